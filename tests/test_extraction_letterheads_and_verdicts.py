"""Forms met in rounds 251-262's articles: a ministry's press release under its state's name and its own ("Republic of
Türkiye" / "Ministry of Foreign Affairs"), titled with its number and date ("No: 134, 4 May 2015, Press Release ..."); a
vote that "harms the efforts towards a settlement"; a numbered item whose verb the parse read as a noun ("1. Condemns in
the strongest terms the sham referendums"); the words of a government's name ("the Government of Reconciliation and
National Unity of Nicaragua"), no person's; a quotation that opens at its verb after its subject ('the Government of
Nicaragua "congratulates ..."'); observers who "found the elections free and transparent"; and a one-word quotation the
next sentence credits ('"Illegitimate." That was the verdict of X'). Each text is written for these tests; each test is
one behaviour; the guards pass on the code before them and fail on a looser rule.
"""

from __future__ import annotations

from datetime import date

from loaders.article import Article
from loaders.statements import extract

from .conftest import extract_text, speakers_in, stances_of

KARABAKH_2015 = "Nagorno-Karabakh held parliamentary elections on 3 May 2015.\n"
DONBAS_2022 = (
    "Russia held so-called referendums in the occupied Donetsk, Luhansk, Zaporizhzhia and Kherson regions of Ukraine "
    "from 23 to 27 September 2022.\n"
)
CYPRUS_2015 = "Mustafa Akinci won the Turkish Cypriot leadership runoff on 26 April 2015.\n"
ABKHAZIA_2019 = "Raul Khajimba won Abkhazia's presidential runoff on 8 September 2019.\n"
TRANSNISTRIA_2015 = "Transnistria held elections to its Supreme Council on 29 November 2015.\n"

PRESS_RELEASE = (
    "Republic of Türkiye\nMinistry of Foreign Affairs\n\n"
    "No: 134, 4 May 2015, Press Release Regarding the So-Called Parliamentary Elections Held in Nagorno-Karabakh\n\n"
    'The so-called "parliamentary elections" held on 3 May 2015 in Nagorno-Karabakh are null and void.'
)


def test_a_press_release_under_its_states_name_and_its_ministrys_is_the_states(nlp):
    assert "non-recognition" in stances_of(nlp, PRESS_RELEASE, date(2015, 5, 4), "Turkey")


def test_harming_the_efforts_towards_a_settlement_condemns_the_vote(nlp):
    text = KARABAKH_2015 + "Ankara said the elections harm the efforts towards a peaceful settlement of the conflict."
    assert "condemnation" in stances_of(nlp, text, date(2015, 5, 4), "Turkey")


def test_harm_done_by_something_else_condemns_nothing(nlp):
    # the guard: harm the vote does not do
    text = KARABAKH_2015 + "Ankara said it welcomed the vote, and that the war had done great harm to the region."
    assert "condemnation" not in stances_of(nlp, text, date(2015, 5, 4), "Turkey")


def test_a_numbered_items_verb_read_as_a_noun_keeps_its_object(nlp):
    text = DONBAS_2022 + (
        "\nThe Seimas of the Republic of Lithuania,\n\n1. Condemns in the strongest possible terms the sham "
        "referendums held at gunpoint;"
    )
    assert "condemnation" in stances_of(nlp, text, date(2022, 10, 7), "Lithuania")


def test_words_of_a_governments_name_are_no_persons(nlp):
    text = ABKHAZIA_2019 + (
        "The Government of Reconciliation and National Unity of Nicaragua congratulated the people of Abkhazia on "
        "the elections."
    )
    assert ("Nicaragua", ()) in speakers_in(nlp, text, date(2019, 9, 10))
    assert not any(persons for who, persons in speakers_in(nlp, text, date(2019, 9, 10)) if who == "Nicaragua")


def test_a_minister_named_after_a_states_organ_is_a_person(nlp):
    # the guard: a name outside the organisation's own is a person's
    text = ABKHAZIA_2019 + (
        "Nicaragua's Foreign Minister Denis Moncada Colindres congratulated the people of Abkhazia on the elections."
    )
    assert any(persons for who, persons in speakers_in(nlp, text, date(2019, 9, 10)) if who == "Nicaragua")


def test_a_quotation_opening_at_its_verb_is_its_subjects_words(nlp):
    text = ABKHAZIA_2019 + (
        'In a communique, the Government of Nicaragua "congratulates the people and the Government of the Republic of '
        'Abkhazia on the successful holding of the presidential elections".'
    )
    assert stances_of(nlp, text, date(2019, 9, 10), "Nicaragua") == {"recognition"}


def test_a_verb_inside_anothers_quotation_is_no_event_of_its_own(nlp):
    # the guard: a quotation that opens before its verb, on its own subject, is the quoting speaker's words
    text = ABKHAZIA_2019 + 'Georgia\'s foreign ministry said: "Nicaragua congratulates the occupier once again."'
    assert not [who for who, *_ in extract_text(nlp, text, date(2019, 9, 10)) if who == "Nicaragua"]


def test_observers_who_found_the_elections_free_praise_them(nlp):
    text = TRANSNISTRIA_2015 + (
        'Russia\'s embassy said observers from the State Duma had found the elections "free and transparent".'
    )
    assert stances_of(nlp, text, date(2015, 11, 30), "Russia") == {"recognition"}


def test_observers_who_did_not_find_the_elections_free_praise_nothing(nlp):
    # the guard: negated, the finding praises nothing
    text = TRANSNISTRIA_2015 + ('Ukraine\'s embassy said observers had not found the elections "free and transparent".')
    assert "recognition" not in stances_of(nlp, text, date(2015, 11, 30), "Ukraine")


def test_a_one_word_quotation_is_whose_verdict_the_next_sentence_says(nlp):
    text = (
        '"Illegitimate": Chisinau rejects the vote\n\nCHISINAU, 30 November 2015\n\n'
        '"Illegitimate." That was the one-word verdict of Moldova\'s Deputy Prime Minister for Reintegration, Victor '
        "Osipov, when asked on Monday about the elections to the Supreme Council held in Transnistria on Sunday."
    )
    statements = extract(Article("t.txt", text, published=date(2015, 11, 30)), nlp).statements
    assert any(
        text[slice(*s.words)].startswith("Illegitimate") and s.speaker.persons == ("Victor Osipov",) for s in statements
    )

"""Layouts and turns of phrase met in round 32's articles: a meeting's verbatim record ("Mr. Churkin (Russian
Federation):", dated "Saturday, 15 March 2014, 9 a.m."), posts embedded with their credit below them ("— Name
(@handle) September 10, 2023"), a quotation credited after a dash on its own line, a story kept as Markdown (headings,
quoted blocks, bold names) and a brief's note numbers ("the elections[4]"), a round-up's "Name, EU spokesperson:"
label, a verb joined to a quotation that ends in a relative clause, a spokesman telling what his principal did
("Peskov said President Putin had sent Gunba a message of congratulations"), a newsletter's heading quoting "We are
ready", "described the vote as 'well organised'", "a propaganda exercise"; and what no one did: "denied reports that
X had congratulated", "is expected to issue a statement condemning", "voted against a resolution describing the
referendum as invalid"; and the times a text gives: a briefing's title ("Regular Press Conference on September 28,
2022"), "Ten years ago today" in a look back, a timeline's "16.03.2014:", "that vote" after another vote is named, and
"My country" in an opinion piece whose foot says which minister wrote it; lines of capitals (wire flashes), a broadcast
transcript's labels in capitals, greetings sent "on the occasion of the referendum" in a message a reader reads out,
"respects the sovereign decision ... expressed in the referendums", results called "very convincing". Each text is
written for these tests; each test is one behaviour.
"""

from __future__ import annotations

from datetime import date

from loaders.all_caps import recase
from loaders.dates import stated_date
from loaders.text import normalise

from .conftest import extract_text, positions, sides, speakers_in, verdicts

_RECORD = (
    "Security Council\n7138th meeting\nSaturday, 15 March 2014, 9 a.m.\nNew York\n\n"
    "The President (spoke in Spanish): I now give the floor to the members of the Council.\n\n"
    "Mr. Churkin (Russian Federation) (spoke in Russian): We could not support the draft. Russia will respect the "
    "choice that the inhabitants of Crimea make in tomorrow's referendum.\n\n"
    "Ms. Power (United States of America): The United States will not recognize the results of this referendum.\n\n"
    "Mr. Doughty (Cardiff South and Penarth): The referendum in Crimea is a sham."
)
_MEETING = date(2014, 3, 15)


def test_a_meetings_record_is_dated_by_its_heading_with_the_hour():
    assert stated_date(_RECORD) == date(2014, 3, 15)


def test_a_delegate_speaks_for_the_delegation_in_brackets_with_the_name_the_officials_list_completes(nlp):
    assert positions(extract_text(nlp, _RECORD, _MEETING)) >= {
        ("Russia", "crimea-2014-03-16-referendum", "endorse"),
        ("United States", "crimea-2014-03-16-referendum", "reject"),
    }
    assert speakers_in(nlp, _RECORD, _MEETING) >= {
        ("Russia", ("Vitaly Churkin",)),
        ("United States", ("Samantha Power",)),
    }


def test_a_bracket_that_names_no_actor_makes_no_delegate(nlp):
    # (a member's constituency: the words are no actor's, nor do they go on with the delegate's speech before)
    assert {actor for actor, *_ in extract_text(nlp, _RECORD, _MEETING)} == {"Russia", "United States"}


_EMBEDS = (
    "Russia staged votes in four occupied regions of Ukraine on Sunday.\n\n"
    "> Russia's sham elections in the occupied territories of Ukraine are null and void.\n"
    "> — Dmytro Kuleba (@DmytroKuleba) September 10, 2023\n\n"
    "Turnout figures could not be verified. Polling stations stayed open until evening."
)


def test_an_embedded_post_is_the_words_of_the_author_its_credit_line_names(nlp):
    found = extract_text(nlp, _EMBEDS, date(2023, 9, 10))
    assert ("Ukraine", "zaporizhzhia-2023-09-08-local", "reject") in positions(found)
    assert speakers_in(nlp, _EMBEDS, date(2023, 9, 10)) == {("Ukraine", ("Dmytro Kuleba",))}


def test_an_embedded_post_does_not_go_on_into_the_paragraphs_after_it(nlp):
    text = (
        "Russia staged votes in four occupied regions of Ukraine on Sunday.\n\n"
        "> The UK will never recognise these illegitimate so-called elections.\n"
        "> — James Cleverly (@JamesCleverly) September 10, 2023\n\n"
        "> Russia's sham elections in the occupied territories of Ukraine are null and void.\n"
        "> — Dmytro Kuleba (@DmytroKuleba) September 10, 2023\n\n"
        'Observers called the votes "a farce".'
    )
    found = extract_text(nlp, text, date(2023, 9, 10))
    assert {actor for actor, *_ in found} == {"United Kingdom", "Ukraine"}
    assert verdicts(found) == {
        ("United Kingdom", "reject", ("non-recognition",)),
        ("Ukraine", "reject", ("condemnation", "non-recognition")),
    }


def test_a_quotation_credited_after_a_dash_on_its_line(nlp):
    text = (
        'Moldova says Transnistria vote has "no legal value"\n\nCHISINAU, December 1, 2025\n\n'
        '"The so-called elections in the Transnistrian region have no legal value" — Bureau for Reintegration '
        "Policies of Moldova, in a statement.\n\n"
        '"Moscow respects the choice the voters of Pridnestrovie have made," — Russian Foreign Minister Sergei Lavrov.'
    )
    found = extract_text(nlp, text, date(2025, 12, 1))
    assert positions(found) == {
        ("Moldova", "transnistria-2025-11-30-parliamentary", "reject"),
        ("Russia", "transnistria-2025-11-30-parliamentary", "endorse"),
    }
    assert ("Russia", ("Sergei Lavrov",)) in speakers_in(nlp, text, date(2025, 12, 1))


def test_markdown_marks_and_note_numbers_are_blanked_in_place():
    text = "## Georgia\n> **Hipper**, spokesperson: no\nthe elections[4], and"
    assert normalise(text) == "   Georgia\n    Hipper  , spokesperson: no\nthe elections   , and"
    assert normalise("#Karabakh: a hashtag stays") == "#Karabakh: a hashtag stays"


def test_a_name_and_a_role_before_a_colon_say_who_speaks_for_whom(nlp):
    text = (
        "# Abkhazia runoff: how capitals reacted\n\n*3 March 2025*\n\nBadra Gunba won Saturday's runoff in "
        'Abkhazia.\n\n### European Union\n\n- **Anitta Hipper**, EU spokesperson: the EU "does not recognise the '
        'constitutional and legal framework within which these elections took place" and reaffirms its "firm '
        'support for the sovereignty and territorial integrity of Georgia".'
    )
    found = extract_text(nlp, text, date(2025, 3, 3))
    assert positions(found) == {("European Union", "abkhazia-2025-02-15-presidential", "reject")}
    assert speakers_in(nlp, text, date(2025, 3, 3)) == {("European Union", ("Anitta Hipper",))}


def test_a_verb_after_a_quotation_that_ends_in_a_relative_clause_has_the_quotations_subject(nlp):
    text = (
        'Abkhazia held a presidential runoff on Saturday.\n\nIn Brussels, the EU "does not recognise the framework '
        'within which these elections took place" and reaffirms its "firm support for the territorial integrity '
        'of Georgia".'
    )
    found = extract_text(nlp, text, date(2025, 3, 3))
    assert positions(found) == {("European Union", "abkhazia-2025-02-15-presidential", "reject")}


def test_a_spokesman_telling_what_his_principal_did_gives_the_principal_as_speaker(nlp):
    text = (
        "Badra Gunba won the presidential runoff in Abkhazia on Saturday.\n\nKremlin spokesman Dmitry Peskov said "
        "President Vladimir Putin had sent Gunba a message of congratulations."
    )
    assert speakers_in(nlp, text, date(2025, 3, 3)) == {("Russia", ("Vladimir Putin",))}


def test_a_spokesman_telling_what_his_principal_is_ready_to_do_or_what_his_state_holds_speaks_himself(nlp):
    ready = (
        "Tufan Erhurman won the presidential election in Northern Cyprus on Sunday.\n\nGovernment spokesman "
        "Konstantinos Letymbiotis said President Nikos Christodoulides was ready to meet the new Turkish Cypriot "
        "leader to discuss a resumption of talks."
    )
    assert speakers_in(nlp, ready, date(2025, 10, 20)) == {("Cyprus", ("Konstantinos Letymbiotis",))}
    state = (
        "ASTANA - Kazakhstan does not recognise the results of the referendums held in the Donetsk and Luhansk "
        "regions of Ukraine, Foreign Ministry spokesman Aibek Smadiyarov told reporters on Tuesday."
    )
    assert speakers_in(nlp, state, date(2022, 9, 27)) == {("Kazakhstan", ("Aibek Smadiyarov",))}


def test_we_in_a_short_quotation_in_a_heading_is_not_the_voice_of_the_text(nlp):
    text = (
        "From: Cyprus Brief\nSubject: Erhurman wins\n\n1. ERHURMAN WINS IN THE NORTH\nTufan Erhurman, who backs a "
        "federal settlement, beat the incumbent Ersin Tatar in Sunday's presidential election in the Turkish Cypriot "
        'north.\n\n2. ANKARA CONGRATULATES\n"I congratulate Mr. Tufan Erhurman, who was elected President, and wish '
        'him success," — Turkish President Recep Tayyip Erdogan.\n\n3. NICOSIA: "WE ARE READY"\nCyprus President '
        "Nikos Christodoulides said he was ready to meet Erhurman.\n\n4. ATHENS\nGreece's foreign ministry said it "
        "hoped the result would help restart negotiations."
    )
    found = extract_text(nlp, text, date(2025, 10, 21))
    assert not any(actor == "Turkey" and polarity == "neutral" for actor, _, polarity, *_ in found)
    assert ("Turkey", ("Recep Tayyip Erdogan",)) in speakers_in(nlp, text, date(2025, 10, 21))


def test_a_vote_described_as_well_organised_is_praised(nlp):
    text = (
        "South Ossetia held parliamentary elections on 9 June 2024.\n\nA member of the State Duma described the "
        'vote as "well organised".'
    )
    assert positions(extract_text(nlp, text, date(2024, 6, 24))) == {
        ("Russia", "south-ossetia-2024-06-09-parliamentary", "endorse")
    }


def test_a_vote_called_a_propaganda_exercise_is_condemned(nlp):
    text = (
        "Russia held local elections in occupied Zaporizhzhia and Kherson this weekend.\n\nThe US ambassador to the "
        'OSCE, Michael Carpenter, called the votes "a propaganda exercise".'
    )
    found = extract_text(nlp, text, date(2023, 9, 10))
    assert verdicts(found) == {("United States", "reject", ("condemnation",))}


def test_a_congratulation_denied_is_no_position(nlp):
    text = (
        "Belarus denies congratulating Abkhaz leader\n\nMINSK, 5 March 2025\n\nBelarus's foreign ministry on "
        "Wednesday denied reports that President Alexander Lukashenko had congratulated Badra Gunba on his victory "
        "in the presidential runoff in Abkhazia."
    )
    assert not any(actor == "Belarus" for actor, *_ in extract_text(nlp, text))


def test_what_an_actor_is_expected_to_say_is_not_its_position(nlp):
    text = (
        "KYIV, March 14, 2024 - Russia's presidential election begins on Friday, also in occupied Crimea.\n\nThe "
        "Group of Seven is expected to issue a statement condemning the vote in Crimea after polls close on Sunday, "
        "a Western diplomat said. The European Union is likely to condemn it too."
    )
    assert not any(actor in ("Group of Seven", "European Union") for actor, *_ in extract_text(nlp, text))


def test_a_resolution_voted_against_does_not_speak_for_the_speaker(nlp):
    text = (
        "Fact check, 14 April 2014.\n\nSyria's president Bashar al-Assad said he supported Russia's position, and at "
        "the UN General Assembly on 27 March eleven countries voted against a resolution describing the referendum "
        "in Crimea as invalid."
    )
    assert ("Syria", "reject") not in {(actor, polarity) for actor, _, polarity, *_ in extract_text(nlp, text)}


def test_a_briefings_title_dates_it():
    title = "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on September 28, 2022\n\nAFP: ..."
    assert stated_date(title) == date(2022, 9, 28)
    assert stated_date("Georgia condemns the vote held on March 16, 2014\n\nTbilisi said ...") is None


def test_my_country_in_an_opinion_piece_is_the_country_of_the_author_its_foot_names(nlp):
    text = (
        "Opinion: the vote in occupied Crimea is a crime\n\nMarch 18, 2024\n\nThis weekend Russia held a presidential "
        "election, also in occupied Crimea. My country will not recognise the results of this so-called election. "
        "We will keep supporting Ukraine.\n\nThe author is the Minister of Foreign Affairs of Lithuania."
    )
    found = extract_text(nlp, text, date(2024, 3, 18))
    assert sides(found) == {("Lithuania", "crimea-2024-03-15-presidential", "reject")}


def test_years_ago_today_dates_the_vote_a_look_back_recalls(nlp):
    text = (
        "When Transnistria voted for independence: a look back\n\nTen years ago today, voters in Moldova's breakaway "
        "Transnistria region were asked whether they backed independence.\n\nThe OSCE said it would not recognise "
        "the referendum."
    )
    found = extract_text(nlp, text, date(2016, 9, 17))
    assert positions(found) == {
        ("Organization for Security and Co-operation in Europe", "transnistria-2006-09-17-referendum", "reject")
    }


def test_a_day_written_in_numbers_labels_a_timelines_entry(nlp):
    text = (
        "Two votes in Crimea\n\n16.03.2014: the referendum. Russia's President Vladimir Putin hailed the result as "
        '"fully in line with international law".\n\n18.09.2016: the Duma election. Ukraine\'s foreign ministry called '
        'the voting on the peninsula "null and void".'
    )
    assert positions(extract_text(nlp, text)) == {
        ("Russia", "crimea-2014-03-16-referendum", "endorse"),
        ("Ukraine", "crimea-2016-09-18-parliamentary", "reject"),
    }


def test_that_vote_is_the_last_one_named_before_it(nlp):
    text = (
        'Ten years on, Kyiv again rejects Crimea "referendum"\n\n16 March 2024\n\nTen years after the so-called '
        "referendum in Crimea, Ukraine's foreign ministry said on Saturday that the vote held at gunpoint on 16 March "
        '2014 "was and remains null and void".\n\n"No decade of occupation can turn an illegal referendum into a '
        'legal one," the ministry said.\n\nRussia is holding a presidential election this weekend, including in '
        'Crimea. The ministry in Kyiv called that vote "a travesty" as well.'
    )
    found = extract_text(nlp, text, date(2024, 3, 16))
    assert ("Ukraine", "crimea-2024-03-15-presidential", "reject") in positions(found)


def test_a_line_in_capitals_is_read_as_a_sentence(nlp):
    text = (
        "The day's flashes\n\nSeptember 28, 2022\n\n09:40 GMT - UKRAINE'S FOREIGN MINISTRY SAYS IT WILL NEVER "
        'RECOGNISE "SHAM" REFERENDUMS IN OCCUPIED DONETSK AND KHERSON\n\n10:05 GMT - BRENT CRUDE FALLS 1.2% TO $85.30'
    )
    found = extract_text(nlp, text, date(2022, 9, 28))
    assert positions(found) == {
        ("Ukraine", "donetsk-2022-09-23-referendum", "reject"),
        ("Ukraine", "kherson-2022-09-23-referendum", "reject"),
    }


def test_recasing_keeps_every_offset_and_the_names_the_gazetteer_knows():
    line = "09:12 GMT - KREMLIN SAYS OSCE AND UKRAINE'S ALLIES ARE WRONG - PESKOV"
    cased = recase(line)
    assert len(cased) == len(line)
    assert cased == "09:12 GMT - Kremlin says OSCE and Ukraine's allies are wrong - Peskov"
    assert recase("Georgia: THE VOTE") == "Georgia: THE VOTE"  # (too short to be a line of capitals)


def test_results_called_convincing_are_endorsed(nlp):
    text = "Kremlin says results of the referendums in Donetsk and Luhansk are very convincing, Peskov told reporters."
    assert ("Russia", "endorse", ("recognition",)) in verdicts(extract_text(nlp, text, date(2022, 9, 28)))


def test_a_broadcast_transcripts_label_in_capitals_names_who_speaks(nlp):
    text = (
        "TRANSCRIPT: Russia's votes in occupied Ukraine\n\nDMYTRO KULEBA, UKRAINIAN FOREIGN MINISTER (through "
        "translator): These so-called elections in occupied Zaporizhzhia are a propaganda show.\n\nDMITRY PESKOV, "
        "KREMLIN SPOKESMAN (through translator): The residents of these regions have every right to elect their "
        "representatives, and we respect their choice."
    )
    found = extract_text(nlp, text, date(2023, 9, 9))
    assert positions(found) >= {
        ("Ukraine", "zaporizhzhia-2023-09-08-local", "reject"),
        ("Russia", "zaporizhzhia-2023-09-08-local", "endorse"),
    }
    assert speakers_in(nlp, text, date(2023, 9, 9)) == {
        ("Ukraine", ("Dmytro Kuleba",)),
        ("Russia", ("Dmitry Peskov",)),
    }


def test_greetings_sent_on_the_occasion_of_the_vote_by_a_government_a_reader_reads_out(nlp):
    text = (
        'Nicaragua\'s Government of Reconciliation and National Unity sent its "fraternal greetings" to the people '
        'of Kherson "on the occasion of the referendum", according to a message read by Vice President Rosario '
        "Murillo on state television."
    )
    found = extract_text(nlp, text, date(2022, 9, 30))
    assert positions(found) == {("Nicaragua", "kherson-2022-09-23-referendum", "endorse")}


def test_the_decision_the_voters_expressed_respected(nlp):
    text = (
        'The Bolivarian Republic of Venezuela "respects the sovereign decision of the peoples of Donbas, Zaporozhye '
        'and Kherson expressed in the referendums", the Venezuelan foreign ministry said.'
    )
    found = extract_text(nlp, text, date(2022, 9, 30))
    assert ("Venezuela", "kherson-2022-09-23-referendum", "endorse") in positions(found)
    assert speakers_in(nlp, text, date(2022, 9, 30)) == {("Venezuela", ())}  # (no "Bolivarian Republic" speaks)


def test_a_quotation_credited_in_brackets_at_its_paragraphs_end(nlp):
    text = (
        "Alan Gagloev won Sunday's presidential runoff in South Ossetia.\n\nThe vote \"has no legitimacy whatsoever "
        'and will not be recognised by the international community" (Georgian Foreign Ministry).'
    )
    found = extract_text(nlp, text, date(2022, 5, 9))
    assert positions(found) == {("Georgia", "south-ossetia-2022-04-10-presidential", "reject")}


def test_a_known_official_after_his_states_name_is_a_person(nlp):
    text = (
        "Turkey's Erdogan says Ankara does not accept the referendums in Donetsk and Luhansk.\n\nRussia's Lavrov said "
        "the referendums in Kherson were legitimate.\n\nRussia's Gazprom said the referendum in Zaporizhzhia was legal."
    )
    assert speakers_in(nlp, text, date(2022, 9, 28)) == {
        ("Turkey", ("Recep Tayyip Erdogan",)),
        ("Russia", ("Sergey Lavrov",)),
    }

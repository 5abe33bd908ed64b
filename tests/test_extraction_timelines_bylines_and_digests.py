"""Forms met in rounds 147-154's articles and the 43rd to 45th sets of probes: a timeline whose entries open with their
dates ("March 15-17, 2024 – ... held on the peninsula. Kuleba called the vote ..."); "the peninsula" for Crimea;
words that say where what they judge was ("hailed the turnout on the peninsula"); a parliament's statement quoted
after a fronted participle ("In the statement, supported by 74 members of parliament, the Saeima "strongly condemns
...""); an opinion piece bylined by a minister; a letter signed at its foot with commas; "the French and German
embassies"; "X and Y called the elections "A" and "B", respectively"; "nothing but a propaganda exercise"; "a
similar message"; a claimant's own vote praised in a story of a territory's; "counter to the letter and spirit of";
"X, Y and Z are Ukraine"; "incomprehensible"; a vote that "endangered the peace process"; a digest of headlines, one
a line; a label of observers; a transcript's speech under its label; "the note said"; a protest brushed aside; and,
from rounds 155-156, a fact check's claim, an official's office, asides set off by dashes, an act judged. Each text
is written for these tests; each test is one behaviour; the guards pass on the code before them and fail on a looser
rule.
"""

from __future__ import annotations

from datetime import date

from .conftest import extract_text, positions, speakers_in, stances_of, words_in

CRIMEA_2024 = "crimea-2024-03-15-presidential"
OCCUPIED_2024 = {CRIMEA_2024} | {
    f"{t}-2024-03-15-presidential" for t in ("donetsk", "luhansk", "zaporizhzhia", "kherson")
}
MARCH_2024 = date(2024, 3, 20)
SO_2024 = "south-ossetia-2024-06-09-parliamentary"
SO_VOTED = "South Ossetia held parliamentary elections on 9 June 2024.\n\n"
JUNE_2024 = date(2024, 6, 10)
DONBAS_2014 = {"donetsk-2014-11-02-general", "luhansk-2014-11-02-general"}
DONBAS_VOTED = "Separatists in Donetsk and Luhansk held elections on Sunday.\n\n"
NOVEMBER_2014 = date(2014, 11, 3)


def _votes(nlp, text: str, published: date, actor: str) -> set[str]:
    """The votes an actor's statements in a short text are on."""
    return {election for who, election, _, _, _ in extract_text(nlp, text, published) if who == actor}


def test_a_show_without_legal_consequences_is_not_recognised(nlp):
    text = 'Ukraine\'s foreign minister called the vote in Crimea "a show without any legal consequences".'
    assert "non-recognition" in stances_of(nlp, text, MARCH_2024, "Ukraine")


def test_the_peninsula_is_crimea_where_the_text_names_crimea(nlp):
    text = (
        "Votes in occupied Crimea\n\n"
        "Russia's presidential election was held on the peninsula from March 15 to 17. Ukraine's foreign minister "
        'Dmytro Kuleba called the vote "a propaganda show".'
    )
    assert _votes(nlp, text, MARCH_2024, "Ukraine") == {CRIMEA_2024}


def test_guard_the_peninsula_is_no_place_where_the_text_names_no_peninsula(nlp):
    text = (
        "March 15-17, 2024 – Russia's presidential election is held on the peninsula. Ukrainian Foreign Minister "
        'Dmytro Kuleba called the vote "a propaganda show".'
    )
    assert _votes(nlp, text, MARCH_2024, "Ukraine") == OCCUPIED_2024


def test_the_vote_in_a_timeline_entry_is_the_one_the_entry_placed(nlp):
    text = (
        "Votes in Crimea: a timeline\n\n"
        "March 15-17, 2024 – Russia's presidential election is held on the peninsula. Ukrainian Foreign Minister "
        'Dmytro Kuleba called the vote "a propaganda show".'
    )
    assert _votes(nlp, text, MARCH_2024, "Ukraine") == {CRIMEA_2024}


def test_words_that_say_where_they_judge_narrow_the_vote_they_go_on_from(nlp):
    text = (
        'The G7 said it "will never recognise" the elections held in Crimea and the other occupied regions. Kremlin '
        'spokesman Dmitry Peskov hailed the turnout on the peninsula as "unprecedented".'
    )
    assert _votes(nlp, text, MARCH_2024, "Russia") == {CRIMEA_2024}


def test_guard_a_place_named_among_others_does_not_narrow_the_vote(nlp):
    text = (
        'The G7 said it "will never recognise" the elections held in Crimea and the other occupied regions. Kremlin '
        'spokesman Dmitry Peskov said the turnout in Crimea and the new regions showed "the unity of society".'
    )
    assert _votes(nlp, text, MARCH_2024, "Russia") == OCCUPIED_2024


def test_a_subject_the_parse_hung_on_a_fronted_participles_phrase_speaks(nlp):
    text = (
        "The Saeima adopted a statement on the referendums held by Russia in Kherson.\n\n"
        'In the statement, supported by 74 members of parliament, the Saeima "strongly condemns the sham referendums" '
        'and declares that Latvia "will never recognise their results".'
    )
    assert any(actor == "Latvia" and "strongly condemns" in words for actor, words in words_in(nlp, text))


def test_an_opinion_piece_bylined_by_a_minister_speaks_in_the_ministers_voice(nlp):
    text = (
        "OPINION\n\nThe vote must be called what it is\n\n"
        "By Jeyhun Bayramov, Minister of Foreign Affairs of the Republic of Azerbaijan\n\n"
        "On March 31 the regime installed in Khankendi staged so-called elections. We reject them. These elections "
        "constitute a gross violation of the norms and principles of international law."
    )
    said = words_in(nlp, text, date(2020, 4, 16))
    assert any(actor == "Azerbaijan" and "gross violation" in words for actor, words in said)


def test_guard_a_correspondents_byline_is_no_voice(nlp):
    text = (
        "The vote in Khankendi\n\nBy Jane Doe, Azerbaijan correspondent\n\n"
        "On March 31 the regime in Khankendi staged so-called elections. We spoke to voters. These elections "
        "constitute a gross violation of the norms and principles of international law, critics say."
    )
    said = words_in(nlp, text, date(2020, 4, 16))
    assert not any(actor == "Azerbaijan" and "gross violation" in words for actor, words in said)


def test_a_letter_signed_with_commas_at_its_foot_is_its_signers(nlp):
    text = (
        "Sir, – Your report on South Ossetia did not say that the vote of April 10th was held under occupation.\n\n"
        "Georgia does not recognise these so-called elections, nor their results.\n\n"
        "Yours, etc,\n\nSophie Katsarava,\nAmbassador of Georgia to Ireland,\nDublin 4."
    )
    assert ("Georgia", ("Sophie Katsarava",)) in speakers_in(nlp, text, date(2022, 5, 15))


def test_two_states_adjectives_before_their_embassies_are_both_states(nlp):
    text = SO_VOTED + (
        '"These sham elections are yet another attempt to legitimize the occupation," the French and German '
        "embassies in Tbilisi said."
    )
    assert {a for a, _, _ in positions(extract_text(nlp, text, JUNE_2024))} == {"France", "Germany"}


def test_unnamed_embassies_in_a_capital_are_not_its_states(nlp):
    text = SO_VOTED + "Several Western embassies in Tbilisi said that they did not recognise the so-called elections."
    assert positions(extract_text(nlp, text, JUNE_2024)) == set()


def test_respectively_gives_each_person_their_own_quotation(nlp):
    text = SO_VOTED + (
        'Foreign Minister Ilia Darchiashvili and Prime Minister Irakli Kobakhidze called the elections "illegitimate" '
        'and "a farce", respectively.'
    )
    said = {(s.speaker.persons, tuple(s.stances)) for s in _statements(nlp, text, JUNE_2024)}
    assert said == {(("Ilia Darchiashvili",), ("non-recognition",)), (("Irakli Kobakhidze",), ("condemnation",))}


def _statements(nlp, text: str, published: date):
    from loaders.article import Article
    from loaders.statements import extract

    return extract(Article("t.txt", text, published=published), nlp).statements


def test_nothing_but_a_propaganda_exercise_condemns(nlp):
    text = "Russia held its presidential election in Crimea. For Kyiv, the vote was nothing but a propaganda exercise."
    assert "condemnation" in stances_of(nlp, text, MARCH_2024, "Ukraine")


def test_a_similar_message_shares_the_stance_before_it(nlp):
    text = (
        "Abkhazia elected Aslan Bzhania on 22 March 2020. Russian President Vladimir Putin congratulated Bzhania on "
        "his victory. Syria's foreign ministry issued a similar message."
    )
    assert ("Syria", "abkhazia-2020-03-22-presidential", "endorse") in positions(
        extract_text(nlp, text, date(2020, 3, 24))
    )


def test_praise_of_a_claimants_own_election_is_not_on_the_territorys_vote(nlp):
    text = DONBAS_VOTED + (
        "The OSCE said the elections in Donetsk and Luhansk were illegitimate.\n\n"
        "The OSCE had earlier praised the conduct of Ukraine's parliamentary elections of October 26."
    )
    assert {side for a, _, side in positions(extract_text(nlp, text, NOVEMBER_2014))} == {"reject"}


def test_counter_to_an_agreement_condemns(nlp):
    text = DONBAS_VOTED + 'The OSCE said the elections were "counter to the letter and spirit of the Minsk Protocol".'
    assert "condemnation" in stances_of(
        nlp, text, NOVEMBER_2014, "Organization for Security and Co-operation in Europe"
    )


def test_territories_listed_as_their_state_support_its_integrity(nlp):
    text = (
        "Russia staged referendums in Donetsk, Luhansk, Zaporizhzhia and Kherson. Latvia's foreign minister said "
        'they were a farce: "Donetsk, Luhansk, Zaporizhzhia and Kherson are Ukraine," he wrote.'
    )
    assert "support-territorial-integrity" in stances_of(nlp, text, date(2022, 9, 29), "Latvia")


def test_an_incomprehensible_vote_is_condemned(nlp):
    text = DONBAS_VOTED + 'The German government said the vote was "incomprehensible".'
    assert stances_of(nlp, text, NOVEMBER_2014, "Germany") == {"condemnation"}


def test_a_vote_that_endangers_the_peace_process_is_condemned(nlp):
    text = DONBAS_VOTED + "Ukraine said the elections endangered the Minsk peace process."
    assert "condemnation" in stances_of(nlp, text, NOVEMBER_2014, "Ukraine")


def test_guard_a_call_for_the_peace_process_is_still_one(nlp):
    text = DONBAS_VOTED + "Ukraine condemned the elections and called for the Minsk peace process to resume."
    assert "call-for-peaceful-settlement" in stances_of(nlp, text, NOVEMBER_2014, "Ukraine")


def test_a_digest_of_headlines_is_read_a_line_at_a_time(nlp):
    text = (
        "Morning digest, December 12, 2016\n"
        'Moldova: Transnistrian vote "has no legal effect" - Reintegration Bureau\n'
        'Romania backs Chisinau, calls poll in separatist region "illegitimate"\n'
        "Krasnoselsky wins Transnistria presidency with 62%, ousting Shevchuk\n"
        "Weather: snow expected in Chisinau on Tuesday\n"
    )
    assert ("Romania", "transnistria-2016-12-11-presidential", "reject") in positions(
        extract_text(nlp, text, date(2016, 12, 12))
    )


def test_a_label_of_observers_speaks_for_no_state(nlp):
    text = (
        "Transnistria held a presidential election on 11 December 2016.\n\n"
        'Russian observers: election in Pridnestrovie "transparent and democratic"\n'
    )
    assert positions(extract_text(nlp, text, date(2016, 12, 12))) == set()


def test_a_texts_own_sentence_that_takes_no_side_makes_no_statement(nlp):
    text = (
        "Ministry of Foreign Affairs of Georgia\n\nStatement on the so-called elections in Abkhazia\n\n"
        "We do not recognise the so-called presidential elections held in Abkhazia on 1 March 2025. "
        "Polling stations in the elections opened at eight in the morning."
    )
    said = words_in(nlp, text, date(2025, 3, 2))
    assert [actor for actor, words in said if "Polling stations" in words] == []


def test_a_paragraph_under_a_transcripts_label_goes_on_with_its_speaker(nlp):
    text = (
        "Meeting with Aslan Bzhania\n\nVladimir Putin held a meeting with Aslan Bzhania, elected on March 22.\n\n"
        "Vladimir Putin: Mr President, friends,\n\n"
        "The people of Abkhazia have expressed their will clearly, and we respect their choice.\n\n"
        "Aslan Bzhania: Thank you, Mr President."
    )
    assert speakers_in(nlp, text, date(2020, 4, 7)) == {("Russia", ("Vladimir Putin",))}


def test_guard_a_vote_not_let_derail_the_peace_effort_is_not_condemned(nlp):
    text = (
        "Turkish Cypriots voted in a parliamentary election on 19 April 2009. Cyprus President Demetris Christofias "
        "said the vote in the north was not an election his government recognized, but he would not let it derail "
        "the peace effort."
    )
    assert "condemnation" not in stances_of(nlp, text, date(2009, 4, 20), "Cyprus")


def test_brushing_aside_a_protest_defends_the_vote(nlp):
    text = (
        "Russia held State Duma elections in Crimea on 18 September 2016. Ukraine protested. The Kremlin brushed "
        "aside the protest over the elections."
    )
    assert stances_of(nlp, text, date(2016, 9, 19), "Russia") == {"recognition"}


def test_the_note_an_actor_handed_says_its_words(nlp):
    text = (
        "Russia held State Duma elections in Crimea on 18 September 2016.\n\n"
        "Ukraine's Foreign Ministry handed a note of protest to the Russian Embassy over the elections.\n\n"
        '"The Ukrainian side resolutely protests against the holding of the so-called elections," the note said.'
    )
    assert any(actor == "Ukraine" and "resolutely protests" in words for actor, words in words_in(nlp, text))


def test_an_officials_office_speaks_for_the_officials_actor(nlp):
    text = (
        "Russia held referendums in Donetsk in September. Serbia said it would not recognise them. President Alexander "
        "Lukashenko's office said the referendums reflected the will of the people."
    )
    assert {a for a, _, _ in positions(extract_text(nlp, text, date(2022, 10, 3)))} == {"Serbia", "Belarus"}


def test_a_fact_checks_claim_is_no_ones_position(nlp):
    text = (
        "Fact check: Did Serbia recognise the referendums?\n\n"
        "CLAIM: Posts shared on Telegram say that Serbia has recognised the referendums held by Russia in Donetsk.\n\n"
        "VERDICT: False.\n\n"
        'THE FACTS: Serbian President Aleksandar Vucic said Serbia "will not recognise" the referendums.'
    )
    assert {side for a, _, side in positions(extract_text(nlp, text, date(2022, 10, 3)))} == {"reject"}


def test_a_verb_after_an_aside_set_off_by_dashes_is_the_nouns_before_it(nlp):
    text = (
        "Transnistria re-elected Vadim Krasnoselsky on Sunday.\n\n"
        "Moldova — which considers the region part of its territory and has never recognised its institutions — "
        'called the vote "illegitimate and without legal effect".'
    )
    assert ("Moldova", "transnistria-2021-12-12-presidential", "reject") in positions(
        extract_text(nlp, text, date(2021, 12, 13))
    )


def test_an_act_judged_by_a_word_of_condemnation_is_not_the_vote(nlp):
    text = (
        "Russia held referendums in Donetsk. Serbian President Aleksandar Vucic said Serbia will not recognise the "
        "referendums, because doing so would contradict its own position on Kosovo."
    )
    assert stances_of(nlp, text, date(2022, 10, 3), "Serbia") == {"non-recognition"}


def test_guard_the_words_of_a_subject_end_before_the_verb_the_parse_hung_on_it(nlp):
    text = (
        "BAKU, July 20 - Azerbaijan condemned on Thursday the re-election of Bako Sahakyan as leader of the "
        'separatist Nagorno-Karabakh region by its parliament, calling the vote "illegal and void".'
    )
    assert all(not persons for _, persons in speakers_in(nlp, text, date(2017, 7, 20)))

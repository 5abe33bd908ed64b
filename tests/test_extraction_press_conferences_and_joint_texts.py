"""Forms met in rounds 138-146's articles and the 41st and 42nd sets of probes: a foreign ministry's press
conference, its questions labelled with the outlets that ask them ("Bloomberg: ...?", then "Mao Ning: ..."), whose
answers on other subjects say nothing of the vote and whose "On the congratulatory message, ..." names a subject, not a
greeting; a joint statement signed at its foot by the foreign ministers of several states, each under their name; "We,
the Foreign Ministers of X, Y and Z, do not recognise ..."; "parliamentary by-elections"; votes "not acceptable"; "it"
that stands for a subject listing its members ("The international community, including the EU and the US, has made
clear that it ..."); "For Baku, the vote was ..."; "In Baku's view, ..."; a web page's "Read more:" over other stories'
headlines; a briefer labelled "MS MARLOW:" whom only the line of her office and name under the title names; results
"ignored by the international community"; a vote named in an aside on who speaks; "X's verdict was blunt: ...";
"Condemnation came from X and Y"; "wasted no time in condemning". Each text is written for these tests; each test is
one behaviour; the guards pass on the code before them and fail on a looser rule.
"""

from __future__ import annotations

from datetime import date

from .conftest import extract_text, positions, sides, speakers_in, words_in

CRIMEA_2024 = "crimea-2024-03-15-presidential"
BRIEFING = (
    "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 19, 2024\n\n"
    "Mao Ning: Good afternoon. The floor is open.\n\n"
    "Kyodo News: Voting in Russia's presidential election was also held in Crimea. Does China recognise the results "
    "there?\n\n"
    "Mao Ning: China's position is consistent. We call for dialogue and a political settlement.\n\n"
)
BRIEFING_PUBLISHED = date(2024, 3, 19)
ABKHAZIA_2025 = "abkhazia-2025-02-15-presidential"
ABKHAZIA_VOTED = "Abkhazia held the runoff of its presidential election on 1 March 2025.\n\n"
ABKHAZIA_PUBLISHED = date(2025, 3, 4)


def _sides(nlp, text: str, published: date) -> set[tuple[str, str]]:
    """(actor, polarity) of the positions of a short text, whatever the votes."""
    return {(actor, side) for actor, _, side in sides(extract_text(nlp, text, published))}


def _modes(nlp, text: str, published: date) -> set[tuple[str, str]]:
    """(actor, mode) of the statements of a short text."""
    from loaders.article import Article
    from loaders.statements import extract

    return {(s.actor.name, s.mode) for s in extract(Article("t.txt", text, published=published), nlp).statements}


def test_what_a_reporters_question_tells_is_not_the_spokespersons_words(nlp):
    said = words_in(nlp, BRIEFING, BRIEFING_PUBLISHED)
    assert [words for actor, words in said if actor == "China" and "Voting" in words] == []


def test_guard_the_spokespersons_answer_to_the_reporters_question_is_theirs(nlp):
    found = positions(extract_text(nlp, BRIEFING, BRIEFING_PUBLISHED))
    assert ("China", CRIMEA_2024, "neutral") in found


def test_an_answer_on_another_subject_at_a_press_conference_is_not_on_the_vote(nlp):
    text = BRIEFING + (
        "Reuters: The Philippines said a coast guard vessel fired water cannon at its boat. What is your response?\n\n"
        "Mao Ning: The Philippines should stop its provocations and violations.\n\n"
    )
    assert ("China", "reject") not in _sides(nlp, text, BRIEFING_PUBLISHED)


def test_guard_an_interviewers_question_that_names_no_vote_keeps_its_answer(nlp):
    text = (
        "Explainer: Gunba's victory in Abkhazia\n\n"
        "Q: Who won?\n\n"
        "A: Badra Gunba won the runoff of the presidential election in Abkhazia on 1 March 2025.\n\n"
        "Q: How did Tbilisi react?\n\n"
        "A: Georgia's foreign ministry called Gunba's victory \"illegitimate\" and said it changed nothing."
    )
    assert positions(extract_text(nlp, text, ABKHAZIA_PUBLISHED)) == {("Georgia", ABKHAZIA_2025, "reject")}


def test_a_congratulatory_message_named_as_a_subject_greets_no_one(nlp):
    text = BRIEFING + (
        "Bloomberg: Will President Xi congratulate the winner?\n\n"
        "Mao Ning: On the congratulatory message, we will release information in due course.\n\n"
    )
    assert ("China", "endorse") not in _sides(nlp, text, BRIEFING_PUBLISHED)


def test_guard_a_congratulatory_message_sent_still_greets_the_winner(nlp):
    text = ABKHAZIA_VOTED + "Russian President Vladimir Putin sent Badra Gunba a congratulatory message on his victory."
    assert positions(extract_text(nlp, text, ABKHAZIA_PUBLISHED)) == {("Russia", ABKHAZIA_2025, "endorse")}


JOINT = (
    "Joint Statement of the Foreign Ministers of Estonia and Latvia on the so-called elections in Abkhazia\n\n"
    "4 March 2025\n\n"
    "We do not recognise the so-called presidential elections held in the Russian-occupied Abkhazia region of Georgia "
    "on 15 February and 1 March 2025.\n\n"
    "These so-called elections are null and void.\n\n"
    "Margus Tsahkna\n"
    "Minister of Foreign Affairs of the Republic of Estonia\n"
    "Baiba Braze\n"
    "Minister of Foreign Affairs of the Republic of Latvia\n"
)


def test_each_foreign_minister_signing_a_joint_statement_speaks_for_their_state(nlp):
    assert speakers_in(nlp, JOINT, ABKHAZIA_PUBLISHED) == {
        ("Estonia", ("Margus Tsahkna",)),
        ("Latvia", ("Baiba Braze",)),
    }


def test_a_joint_statements_words_in_the_third_person_are_each_signatorys(nlp):
    said = {actor for actor, words in words_in(nlp, JOINT, ABKHAZIA_PUBLISHED) if "null and void" in words}
    assert said == {"Estonia", "Latvia"}


def test_names_alone_at_a_joint_statements_foot_that_the_gazetteer_knows_sign_it(nlp):
    text = (
        "Joint Statement of the Foreign Ministers of Estonia and Lithuania on the so-called elections in Abkhazia\n\n"
        "We do not recognise the so-called presidential elections held in the Russian-occupied Abkhazia region of "
        "Georgia on 15 February and 1 March 2025.\n\n"
        "Margus Tsahkna\n"
        "Kestutis Budrys\n"
    )
    assert speakers_in(nlp, text, ABKHAZIA_PUBLISHED) == {
        ("Estonia", ("Margus Tsahkna",)),
        ("Lithuania", ("Kestutis Budrys",)),
    }


def test_guard_a_letter_signed_by_one_ambassador_stays_in_his_voice(nlp):
    text = (
        "Letters to the Editor\n\n"
        "Sir, — Your report on the election held in Abkhazia on 1 March 2025 left out that it took place under "
        "occupation. Georgia considers these so-called elections illegitimate.\n\n"
        "Ketevan Sulava\n"
        "Ambassador of Georgia to Ireland\n"
    )
    assert speakers_in(nlp, text, ABKHAZIA_PUBLISHED) == {("Georgia", ("Ketevan Sulava",))}


def test_a_we_that_lists_its_ministers_gives_their_own_words_not_a_report(nlp):
    text = (
        "We, the Foreign Ministers of the Republic of Lithuania, the Republic of Poland and Ukraine, do not recognise "
        "the so-called presidential elections held in the Russian-occupied Abkhazia region of Georgia on 1 March 2025."
    )
    assert _modes(nlp, text, ABKHAZIA_PUBLISHED) == {
        ("Lithuania", "indirect"),
        ("Poland", "indirect"),
        ("Ukraine", "indirect"),
    }


def test_guard_states_listed_with_one_stance_verb_are_only_reported(nlp):
    text = ABKHAZIA_VOTED + "Lithuania, Poland and Ukraine condemned the so-called presidential elections."
    assert {mode for _, mode in _modes(nlp, text, ABKHAZIA_PUBLISHED)} == {"reported"}


def test_parliamentary_by_elections_are_a_parliamentary_vote_on_their_day(nlp):
    text = (
        "Tbilisi, 11 March 2024 - The Georgian Foreign Ministry condemned the so-called parliamentary by-elections "
        'held in Russia-occupied Abkhazia on Sunday, calling them "null and void".'
    )
    assert positions(extract_text(nlp, text, date(2024, 3, 11))) == {
        ("Georgia", "abkhazia-2024-03-10-parliamentary", "reject")
    }


REFERENDUMS = "Russia staged referendums in Donetsk and Luhansk on 23-27 September 2022. "
REFERENDUMS_PUBLISHED = date(2022, 9, 28)


def test_a_vote_not_acceptable_is_condemned(nlp):
    text = REFERENDUMS + 'In Ankara, President Tayyip Erdogan said the referendums were "not acceptable".'
    assert {side for _, _, side in sides(extract_text(nlp, text, REFERENDUMS_PUBLISHED))} == {"reject"}


def test_a_vote_that_could_never_be_acceptable_is_condemned(nlp):
    text = REFERENDUMS + "Erdogan said such referendums could never be acceptable to Turkey."
    assert {side for _, _, side in sides(extract_text(nlp, text, REFERENDUMS_PUBLISHED))} == {"reject"}


def test_a_judgement_its_copula_denies_is_no_condemnation(nlp):
    text = REFERENDUMS + "Russian Foreign Minister Sergei Lavrov said the referendums were not a violation of any law."
    assert ("Russia", "reject") not in _sides(nlp, text, REFERENDUMS_PUBLISHED)


def test_it_stands_for_a_subject_that_lists_its_members(nlp):
    text = ABKHAZIA_VOTED + (
        "The international community, including the European Union and the United States, has made clear that it "
        "does not recognise the vote."
    )
    assert positions(extract_text(nlp, text, ABKHAZIA_PUBLISHED)) == {
        ("European Union", ABKHAZIA_2025, "reject"),
        ("United States", ABKHAZIA_2025, "reject"),
    }


def test_guard_it_after_a_joint_statement_is_the_one_who_speaks_next(nlp):
    text = ABKHAZIA_VOTED + (
        "Germany and France issued a joint statement on Monday. Russia said it respected the choice of the voters."
    )
    assert ("Russia", ABKHAZIA_2025, "endorse") in positions(extract_text(nlp, text, ABKHAZIA_PUBLISHED))
    assert not {"Germany", "France"} & {actor for actor, _, _ in positions(extract_text(nlp, text, ABKHAZIA_PUBLISHED))}


def test_a_chinese_spokesperson_of_2024_speaks_for_china(nlp):
    text = (
        "Russia held its presidential election in occupied Crimea on 15-17 March 2024. Asked about the vote, Lin Jian "
        "said the sovereignty and territorial integrity of all countries should be respected."
    )
    assert positions(extract_text(nlp, text, date(2024, 3, 18))) == {("China", CRIMEA_2024, "neutral")}


KARABAKH_2023 = "nagorno-karabakh-2023-09-09-presidential"
KARABAKH_ELECTED = (
    "Nagorno-Karabakh's separatist parliament elected Samvel Shahramanyan as its leader on 9 September 2023. "
)
KARABAKH_PUBLISHED = date(2023, 9, 11)


def test_a_capital_named_to_open_a_sentence_holds_its_judgement(nlp):
    text = KARABAKH_ELECTED + 'For Baku, the vote was "null and void".'
    assert positions(extract_text(nlp, text, KARABAKH_PUBLISHED)) == {("Azerbaijan", KARABAKH_2023, "reject")}


def test_a_capitals_view_holds_its_judgement(nlp):
    text = KARABAKH_ELECTED + "In Baku's view, the vote was a gross violation of the constitution."
    assert positions(extract_text(nlp, text, KARABAKH_PUBLISHED)) == {("Azerbaijan", KARABAKH_2023, "reject")}


def test_guard_a_sentence_opened_by_for_and_no_actor_is_nobodys(nlp):
    text = KARABAKH_ELECTED + 'For many residents, the vote was "a formality".'
    assert positions(extract_text(nlp, text, KARABAKH_PUBLISHED)) == set()


def test_headlines_listed_under_a_read_more_label_are_not_the_storys(nlp):
    text = KARABAKH_ELECTED + (
        "Azerbaijan's foreign ministry called the vote a provocation.\n\n"
        "Read more:\n"
        "Moscow welcomes Karabakh vote\n"
        "Turkey rejects Karabakh election\n"
    )
    assert positions(extract_text(nlp, text, KARABAKH_PUBLISHED)) == {("Azerbaijan", KARABAKH_2023, "reject")}


KARABAKH_2020 = "nagorno-karabakh-2020-03-31-general"
FPC = (
    "Foreign Press Center Briefing on the South Caucasus\n\n"
    "Deputy Assistant Secretary of State Jane Marlow\n\n"
    "April 16, 2020\n\n"
    "QUESTION: Nagorno-Karabakh held the second round of its presidential election on April 14. What is the U.S. "
    "position?\n\n"
    "MS MARLOW: The United States, as a co-chair of the OSCE Minsk Group, does not recognize these so-called "
    "elections.\n\n"
)


def test_a_briefers_label_takes_the_name_her_office_line_gives(nlp):
    assert speakers_in(nlp, FPC, date(2020, 4, 16)) == {("United States", ("Jane Marlow",))}


def test_a_briefers_we_is_the_actor_her_words_named_before(nlp):
    text = FPC + (
        "QUESTION: Will Washington change its view?\n\n"
        "MS MARLOW: No. We do not recognize the results of these elections, and we urge the sides to negotiate.\n\n"
    )
    assert speakers_in(nlp, text, date(2020, 4, 16)) == {("United States", ("Jane Marlow",))}


SOUTH_OSSETIA_2006 = "South Ossetia held a referendum on independence on 12 November 2006. "


def test_a_vote_ignored_is_rejected(nlp):
    text = SOUTH_OSSETIA_2006 + "Tbilisi said the results would be ignored by the international community."
    assert positions(extract_text(nlp, text, date(2006, 11, 14))) == {
        ("Georgia", "south-ossetia-2006-11-12-referendum", "reject")
    }


def test_guard_ignoring_the_will_of_the_residents_is_no_rejection(nlp):
    text = SOUTH_OSSETIA_2006 + "Russia's envoy accused Tbilisi of ignoring the will of the residents."
    assert ("Russia", "reject") not in _sides(nlp, text, date(2006, 11, 14))


CRIMEA_2018_VOTED = "Russia held its presidential election in Crimea on 18 March 2018.\n\n"


def test_a_vote_named_in_an_aside_on_who_speaks_is_not_the_vote_they_speak_of(nlp):
    text = CRIMEA_2018_VOTED + (
        "Washington, which had imposed sanctions on officials involved in the 2014 referendum, called the inclusion "
        'of Crimea in the vote "unacceptable".'
    )
    assert positions(extract_text(nlp, text, date(2018, 3, 19))) == {
        ("United States", "crimea-2018-03-18-presidential", "reject")
    }


def test_guard_the_vote_after_a_vote_named_with_its_year_in_the_sentence_is_that_vote(nlp):
    text = CRIMEA_2018_VOTED + (
        'Crimea voted in the 2014 referendum under occupation, and Washington called the vote "unacceptable".'
    )
    assert positions(extract_text(nlp, text, date(2018, 3, 19))) == {
        ("United States", "crimea-2014-03-16-referendum", "reject")
    }


def test_a_verdict_a_colon_gives_is_its_owners(nlp):
    text = KARABAKH_ELECTED + 'The Azerbaijani foreign ministry\'s verdict was blunt: "illegal".'
    assert positions(extract_text(nlp, text, KARABAKH_PUBLISHED)) == {("Azerbaijan", KARABAKH_2023, "reject")}


def test_a_stance_that_came_from_capitals_is_theirs(nlp):
    text = KARABAKH_ELECTED + "Condemnation came swiftly from Baku and Ankara."
    assert positions(extract_text(nlp, text, KARABAKH_PUBLISHED)) == {
        ("Azerbaijan", KARABAKH_2023, "reject"),
        ("Turkey", KARABAKH_2023, "reject"),
    }


def test_a_stance_told_by_a_gerund_after_in_is_the_subjects(nlp):
    text = KARABAKH_ELECTED + "Baku wasted no time in condemning the vote."
    assert positions(extract_text(nlp, text, KARABAKH_PUBLISHED)) == {("Azerbaijan", KARABAKH_2023, "reject")}

"""Which vote a mention names (`loaders.vote_resolution`): the votes held in every occupied territory of a state when
no place is named, and the vote a bare "the vote" stands for when the article names several. Each text is written
for these tests; each test is one behaviour.
"""

from __future__ import annotations

from datetime import date

from loaders.elections import mention_kinds

from .conftest import extract_text, positions

REFERENDUMS_2022 = {
    "donetsk-2022-09-23-referendum",
    "luhansk-2022-09-23-referendum",
    "zaporizhzhia-2022-09-23-referendum",
    "kherson-2022-09-23-referendum",
}


def test_referendums_in_a_states_occupied_regions_with_no_place_named(nlp):
    text = (
        "Russia's so-called referendums in four occupied Ukrainian regions have found few takers.\n\n"
        'Serbian President Aleksandar Vucic said Belgrade "will not recognise" the referendums.'
    )
    found = extract_text(nlp, text, date(2022, 10, 1))
    assert {s[0] for s in found} == {"Serbia"}
    assert {s[1] for s in found} == REFERENDUMS_2022


def test_the_vote_is_the_one_the_article_names_most(nlp):
    text = (
        "BAKU, July 20 - Azerbaijan condemned the so-called election of the leader of Nagorno-Karabakh by its "
        'parliament.\n\n"This so-called election is another provocation," the foreign ministry said.\n\n'
        "Turkey's foreign ministry said the vote had no legal validity.\n\n"
        "The leader was re-elected under a constitution adopted in a February referendum."
    )
    found = {(s[0], s[1]) for s in extract_text(nlp, text)}
    assert ("Turkey", "nagorno-karabakh-2017-07-19-presidential") in found
    assert not any(key.endswith("referendum") for _, key in found)


def test_a_territory_in_a_persons_title_is_not_where_the_vote_was(nlp):
    text = (
        "Separatists held leadership elections in Donetsk and Luhansk on 11 November 2018.\n\n"
        "Russia's representative said the elections had been needed after the killing of Donetsk leader Alexander "
        'Zakharchenko, and that Moscow "respected the choice" of the residents.'
    )
    found = {(s[0], s[1]) for s in extract_text(nlp, text) if s[0] == "Russia"}
    assert found == {("Russia", "donetsk-2018-11-11-general"), ("Russia", "luhansk-2018-11-11-general")}


def test_an_election_for_the_presidency_is_a_presidential_one(nlp):
    text = (
        "Mehmet Ali Talat won Sunday's election for the presidency of the Turkish Cypriot community in Northern "
        'Cyprus.\n\nTurkey congratulated Talat, saying the vote "reflects the will of the Turkish Cypriot people".'
    )
    assert {s[1] for s in extract_text(nlp, text)} == {"northern-cyprus-2005-04-17-presidential"}  # (no date)


def test_a_retrospective_places_each_reaction_on_the_vote_its_paragraph_recalls(nlp):
    text = (
        "For ten years, Russia has used ballots in Donetsk and Luhansk to dress up the seizure of Ukrainian "
        "territory.\n\n"
        'The first came in May 2014, when separatists held "referendums on self-rule" in Donetsk and Luhansk. '
        'Kyiv called them a "farce".\n\n'
        'In November 2018, new "elections" followed in Donetsk and Luhansk. The EU called them "illegal and '
        'illegitimate".\n\n'
        'This month\'s "municipal elections" in Donetsk, Luhansk, Zaporizhzhia and Kherson are the latest chapter. '
        'Ukraine\'s foreign ministry said they were "null and void".'
    )
    found = {(s[0], s[1]) for s in extract_text(nlp, text, date(2023, 9, 11))}
    assert ("Ukraine", "donetsk-2014-05-11-referendum") in found
    assert ("European Union", "luhansk-2018-11-11-general") in found
    assert not any(actor == "European Union" and key.endswith("2023-09-08-local") for actor, key in found)


def test_a_presidential_runoff_may_be_the_second_round_of_a_general_election(nlp):
    text = (
        "WASHINGTON, April 15 - The United States does not recognize the legitimacy of the presidential runoff held "
        "in Nagorno-Karabakh on Tuesday, a State Department spokesperson said."
    )
    assert {s[1] for s in extract_text(nlp, text)} == {"nagorno-karabakh-2020-03-31-general"}


def test_a_call_for_talks_with_the_winner_by_name_is_on_the_vote(nlp):
    text = (
        "Vadim Krasnoselsky won the presidential election held in Transnistria on 11 December 2016.\n\n"
        "The former speaker said he would seek integration with Russia.\n\n"
        "Moldova's president-elect Igor Dodon said he hoped to meet Krasnoselsky soon to discuss the settlement of "
        "the conflict."
    )
    assert ("Moldova", "transnistria-2016-12-11-presidential", "neutral") in {
        (actor, key, polarity) for actor, key, polarity, _, _ in extract_text(nlp, text)
    }


def test_the_day_of_the_words_is_not_the_day_of_the_vote(nlp):
    text = (
        "Abkhazia elected a parliament on 12 March 2022, and South Ossetia held a presidential election on 10 April "
        "2022.\n\n"
        "The European Union, which had said that it did not recognise the Abkhaz vote, said on Monday, 11 April, "
        "that it also did not recognise the vote in South Ossetia."
    )
    assert {key for _, key, _, _, _ in extract_text(nlp, text)} == {
        "abkhazia-2022-03-12-parliamentary",
        "south-ossetia-2022-04-10-presidential",
    }


def test_a_vote_named_in_the_speakers_relative_clause_is_not_the_one_spoken_of(nlp):
    text = (
        "Separatist referendums in Donetsk and Luhansk denounced\n\n"
        "Separatists held referendums in Donetsk and Luhansk on 11 May 2014.\n\n"
        'Russia, which annexed Crimea after a similar vote in March 2014, said it "respects the expression of the '
        'will of the population" of the two regions.'
    )
    assert {key for _, key, _, _, _ in extract_text(nlp, text)} == {
        "donetsk-2014-05-11-referendum",
        "luhansk-2014-05-11-referendum",
    }


def test_a_weekday_in_the_days_before_a_known_vote_is_the_coming_one(nlp):
    text = (
        "KIEV, Nov 1 - Ukraine will not recognise the elections that separatists plan to hold in Donetsk and Luhansk "
        "on Sunday, President Petro Poroshenko said on Saturday."
    )
    statements = extract_text(nlp, text, published=date(2014, 11, 1))
    assert {key for _, key, _, _, _ in statements} == {"donetsk-2014-11-02-general", "luhansk-2014-11-02-general"}


def test_a_vote_of_a_year_no_list_knows_is_not_another_years(nlp):
    text = "Moldova condemned the 1990 parliamentary elections in Transnistria as illegal."
    assert [s[1] for s in extract_text(nlp, text)] == ["transnistria-undated-parliamentary"]


def test_a_parliaments_vote_years_after_the_last_one_known_is_not_that_one(nlp):
    # (undated; the latest year it names is after the last parliamentary vote the list knows there, 2022)
    text = (
        "Georgia condemned Sunday's parliamentary elections in the occupied Abkhazia region, the first since the "
        "early presidential vote of 2025, as illegitimate."
    )
    keys = {s[1] for s in extract_text(nlp, text)}
    assert "abkhazia-undated-parliamentary" in keys and "abkhazia-2022-03-12-parliamentary" not in keys


def test_a_vote_named_after_the_body_it_elects_is_a_parliamentary_one():
    assert mention_kinds("Georgia condemned the People's Assembly vote in Abkhazia.") == {"parliamentary"}
    assert mention_kinds("Moldova rejected Sunday's Supreme Council elections.") == {"parliamentary"}
    assert "parliamentary" not in mention_kinds("The parliament's vote elected a new president.")  # a vote it cast


def test_a_vote_the_text_sets_before_another_is_its_background(nlp):
    text = (
        "Georgia condemned the parliamentary elections held in Abkhazia on 12 March 2022.\n\n"
        "Turnout was lower than at the previous elections, on 12 March 2017.\n\n"
        "Ukraine's foreign ministry said Kyiv supported the sovereignty and territorial integrity of Georgia."
    )
    assert ("Ukraine", "abkhazia-2022-03-12-parliamentary", "reject") in positions(extract_text(nlp, text))


def test_the_day_people_voted_names_their_vote():
    assert mention_kinds("Crimeans voted on March 16 to join Russia.") == {None}
    assert mention_kinds("The parliament voted on Tuesday to adopt the law.") == set()  # a body's vote
    assert mention_kinds("Moscow said the regions had voted overwhelmingly to join Russia.") == set()  # a result


def test_an_undated_article_naming_only_a_states_occupied_regions_is_placed_by_their_votes(nlp):
    text = (
        "The Secretary-General said the so-called elections that Russia held on 8 to 10 September in the occupied "
        "regions of Ukraine had no legal basis.\n\nUkraine's foreign ministry called the elections null and void."
    )
    assert {s[1] for s in extract_text(nlp, text)} == {
        "donetsk-2023-09-08-local",
        "luhansk-2023-09-08-local",
        "zaporizhzhia-2023-09-08-local",
        "kherson-2023-09-08-local",
    }


def test_an_undated_vote_of_a_year_is_the_one_whose_winner_the_text_names(nlp):
    text = (
        "Alexander Zakharchenko was declared the winner of Sunday's leadership vote in the self-proclaimed Donetsk "
        "People's Republic.\n\nUkraine's president called the vote a farce."
    )
    assert {s[1] for s in extract_text(nlp, text)} == {"donetsk-2014-11-02-general"}


def test_a_vote_named_in_one_territory_is_also_the_one_held_with_it_there(nlp):
    text = (
        "Alexander Zakharchenko was declared the winner of Sunday's leadership vote in the self-proclaimed Donetsk "
        "People's Republic.\n\nUkraine's president called the vote a farce.\n\n"
        "In neighbouring Luhansk, Igor Plotnitsky claimed a similar victory."
    )
    assert {s[1] for s in extract_text(nlp, text)} == {"donetsk-2014-11-02-general", "luhansk-2014-11-02-general"}


def test_the_territories_whose_recognition_is_asked_to_be_reversed_are_not_where_the_vote_was(nlp):
    text = (
        'South Ossetia elected a president on April 9, 2017. NATO Secretary-General Jens Stoltenberg said: "NATO '
        "does not recognise these so-called elections, and we call on Russia to reverse its recognition of the "
        'Georgian regions of Abkhazia and South Ossetia."'
    )
    statements = extract_text(nlp, text, published=date(2017, 4, 10))
    assert {key for _, key, *_ in statements} == {"south-ossetia-2017-04-09-presidential"}


def test_the_occupied_territories_of_the_claimant_the_sentence_names(nlp):
    text = (
        "Russia's presidential election, which ended on Sunday, was also held in occupied Crimea and in the four "
        "Ukrainian regions Moscow claims to have annexed.\n\n"
        'Ukraine\'s foreign ministry said the vote in the occupied territories was "null and void".'
    )
    statements = extract_text(nlp, text, published=date(2024, 3, 19))
    assert {key for actor, key, *_ in statements if actor == "Ukraine"} == {
        "crimea-2024-03-15-presidential",
        "donetsk-2024-03-15-presidential",
        "luhansk-2024-03-15-presidential",
        "zaporizhzhia-2024-03-15-presidential",
        "kherson-2024-03-15-presidential",
    }


def test_ordlo_is_the_donbas(nlp):
    text = (
        "Russian proxies held so-called elections in ORDLO on November 11, 2018. Kyiv said the vote in ORDLO was a "
        "farce."
    )
    assert {key for _, key, *_ in extract_text(nlp, text)} == {
        "donetsk-2018-11-11-general",
        "luhansk-2018-11-11-general",
    }

"""Forms met in rounds 1150 and after: a story dated on its last line ("Cyprus Mail, Tuesday, December 8, 1998", a
monitoring service's "Source: ... 26 Dec 11"); older votes and officials the lists now know (Crimea's poll of 1994,
Karabakh's Supreme Council of 1991, Dniester's referendum of 1995, northern Cyprus's votes of 1985, 1990 and 1998,
Abkhazia's parliament of 1996, the occupied regions' Duma vote of 2026); undated stories dated by the vote held just
before a full date, by the day a vote is given ("its December 11 elections"), by a timeline's month; a vote "seen as a
referendum" on something else; a year a sentence opens with; a day for each place; a post headed by its author's line;
"our occupied territories" in an address titled by an office; statements "to that effect"; a grouping's members in its
apposition; a quotation under a heading; a leader "once" congratulated; a vote not regarded "as having any legal
effect"; "de facto" territory; a vote held "without coercion". Each text is written for these tests; each test is one
behaviour; the lines marked (guard) held on the code before them and fail on a looser rule.
"""

from __future__ import annotations

from datetime import date

from loaders.dates import stated_date
from loaders.vote_year import vote_year

from .conftest import extract_text, positions, sides, speakers_in, stances_of

DUMA_2026 = [f"{t}-2026-09-18-parliamentary" for t in ("crimea", "donetsk", "luhansk", "zaporizhzhia", "kherson")]


def test_a_papers_date_on_the_last_line_dates_the_story():
    text = "Government dismisses polls in the north\n\nThe government said the vote was void.\n\n"
    assert stated_date(text + "Cyprus Mail, Tuesday, December 8, 1998\n") == date(1998, 12, 8)
    assert stated_date(text + "Source: Infotag news agency, Chisinau, in English 1020 gmt 26 Dec 11") == date(
        2011, 12, 26
    )
    assert stated_date(text + "He said so on December 8, 1998.") is None  # (guard: a sentence's date)


def test_older_votes_and_officials_date_undated_stories():
    assert vote_year("Azerbaijan said the elections held in Nagorno-Karabakh on December 28 were illegal.") == 1991
    text = "Cyprus President Spyros Kyprianou called Sunday's referendum in northern Cyprus null and void."
    assert vote_year("NICOSIA, May 6 (Reuters) - " + text) == 1985
    assert vote_year("CHISINAU, December 26 - Moldova said Sunday's referendum in Transnistria was void.") == 1995


def test_the_occupied_regions_duma_vote_of_2026_is_known(nlp):
    text = "Ukraine condemned the State Duma elections Russia held in the occupied territories of Ukraine on 18-20 "
    text += "September 2026."
    keys = {key for _, key, _ in positions(extract_text(nlp, text, date(2026, 9, 21)))}
    assert keys == set(DUMA_2026)


def test_a_vote_held_just_before_a_full_date_dates_an_undated_story():
    text = (
        "The minister spoke to our correspondent on 20 July 2012, the day after the presidential election held in "
        "Nagorno-Karabakh. He said the vote was a show."
    )
    assert vote_year(text) == 2012
    assert vote_year(text.replace("on 20 July 2012, the day after", "after")) != 2012  # (guard)


def test_the_day_given_to_a_vote_dates_it_over_the_day_of_a_talk():
    text = (
        "Transnistria's December 11 elections to its Supreme Soviet gave Obnovlenie a majority. The minister told the "
        "ambassador December 12 that Moldova would not recognise the parliamentary elections."
    )
    assert vote_year(text) == 2005
    told = text.replace("Transnistria's December 11 elections to its Supreme Soviet", "The elections in Transnistria")
    assert vote_year(told) == 2010  # (guard: the day of the talk alone)


def test_a_vote_seen_as_a_referendum_on_something_is_no_referendum():
    text = "SUKHUMI, Sept 9 - Raul Khajimba won Sunday's runoff in Abkhazia in a vote seen as a referendum on his rule."
    assert vote_year(text) == 2019
    assert (
        vote_year("SUKHUMI, July 11 - Voters in Abkhazia ignored Sunday's referendum on his rule.") == 2016
    )  # (guard)


def test_a_vote_in_a_sentence_opened_by_its_year_says_nothing_of_the_kind():
    text = (
        "SUKHUMI, Sept 9 - Raul Khajimba won Sunday's runoff in Abkhazia. In 1999, voters backed a constitution in a "
    )
    text += "referendum."
    assert vote_year(text) == 2019


def test_the_places_last_referendum_after_one_a_decade_before(nlp):
    text = (
        "Nagorno-Karabakh voted in general elections on Tuesday. Azerbaijan said it would never recognise these "
        "elections, just as it never recognised the so-called referendum."
    )
    keys = {key for _, key, _ in positions(extract_text(nlp, text, date(2020, 4, 2)))}
    assert "nagorno-karabakh-2017-02-20-referendum" in keys


def test_a_vote_held_without_coercion_is_praised(nlp):
    text = "Zakharova said people in Kherson had voted in the referendum openly and without coercion."
    assert "recognition" in stances_of(nlp, text, date(2022, 9, 28), "Russia")
    observed = "Kyiv said the referendum in Kherson had been held without international observers."
    assert "recognition" not in stances_of(nlp, observed, date(2022, 9, 28), "Ukraine")  # (guard)


def test_a_post_headed_by_its_authors_line_is_theirs(nlp):
    telegram = "Maria Zakharova, Telegram, 28 September 2022, 10:14\n\nThe referendum in Kherson was legitimate."
    assert speakers_in(nlp, telegram) == {("Russia", ("Maria Zakharova",))}
    thread = (
        "Thread by Oleg Nikolenko, Spokesperson of the Ministry of Foreign Affairs of Ukraine\n\n15 Mar 2024\n\n"
        "1/ The so-called presidential election in occupied Crimea is null and void."
    )
    assert speakers_in(nlp, thread) == {("Ukraine", ("Oleg Nikolenko",))}


def test_our_occupied_territories_in_an_address_titled_by_an_office(nlp):
    text = (
        "We will not let Russia turn occupation into something ordinary - address by the President of Ukraine\n\n"
        "20 September 2026\n\nToday Russia is finishing its so-called elections in our occupied territories. There "
        "will be no recognition of this."
    )
    found = extract_text(nlp, text, date(2026, 9, 20))
    assert {key for _, key, _ in positions(found)} == set(DUMA_2026)
    assert speakers_in(nlp, text, date(2026, 9, 20)) == {("Ukraine", ("Volodymyr Zelensky",))}


def test_statements_to_that_effect_share_the_stance_before(nlp):
    text = (
        "Azerbaijan said the so-called referendum in Nagorno-Karabakh had no legal force. Ukraine and Georgia issued "
        "statements to that effect."
    )
    assert sides(extract_text(nlp, text, date(2017, 2, 20))) >= {
        ("Ukraine", "nagorno-karabakh-2017-02-20-referendum", "reject"),
        ("Georgia", "nagorno-karabakh-2017-02-20-referendum", "reject"),
    }


def test_a_timelines_month_dates_its_entry(nlp):
    text = (
        "Timeline: Abkhazia's votes\n\nOctober 1999 - Vladislav Ardzinba is re-elected unopposed; a referendum the "
        "same day approves the constitution. Georgia declares both votes illegal."
    )
    assert sides(extract_text(nlp, text, date(2025, 2, 20))) == {
        ("Georgia", "abkhazia-1999-10-03-presidential", "reject"),
        ("Georgia", "abkhazia-1999-10-03-referendum", "reject"),
    }


def test_each_place_is_given_its_own_day(nlp):
    text = (
        "KYIV, 8 July 2015 - Ukraine warned the separatists against local elections, which they have scheduled for 18 "
        "October in Donetsk and 1 November in Luhansk, saying Kyiv would not recognize them."
    )
    keys = {key for _, key, _ in positions(extract_text(nlp, text, date(2015, 7, 8)))}
    assert keys == {"donetsk-2015-10-18-local", "luhansk-2015-11-01-local"}


def test_a_year_set_off_after_a_when_clause_dates_the_vote_after_it(nlp):
    text = (
        "Donetsk and Luhansk held elections on Sunday. When the self-proclaimed Donetsk and Luhansk \"people's "
        'republics" first held leadership elections, in November 2014, Berlin described the vote as a breach of the '
        "Minsk Protocol."
    )
    assert sides(extract_text(nlp, text, date(2018, 11, 13))) == {
        ("Germany", "donetsk-2014-11-02-general", "reject"),
        ("Germany", "luhansk-2014-11-02-general", "reject"),
    }


def test_a_groupings_members_in_its_apposition_do_not_speak(nlp):
    text = (
        "GUAM, the regional grouping of Georgia, Ukraine, Azerbaijan and Moldova, said it did not recognize the "
        "presidential elections held in Nagorno-Karabakh on July 19, 2007."
    )
    assert {actor for actor, _ in speakers_in(nlp, text, date(2007, 7, 23))} == {
        "GUAM Organization for Democracy and Economic Development"
    }
    partners = (
        "Georgia thanked its partners, the European Union and the United States, who said they did not recognize the "
        "presidential election held in South Ossetia on 10 April 2022."
    )
    named = {actor for actor, _ in speakers_in(nlp, partners, date(2022, 4, 12))}
    assert {"European Union", "United States"} <= named  # (guard: a union by name)


def test_a_quotation_under_a_heading_is_the_headings_actors(nlp):
    text = (
        'Reactions to the runoff in Abkhazia\n\nGeorgian Foreign Ministry\n\n"The so-called presidential elections '
        "held in the occupied Abkhazia region represent yet another attempt by the Russian Federation to legitimize "
        'the occupation. Georgia does not recognize these elections."'
    )
    assert {actor for actor, _ in speakers_in(nlp, text, date(2025, 3, 3))} == {"Georgia"}


def test_a_leader_once_congratulated_is_not_this_votes_congratulation(nlp):
    text = (
        "Nagorno-Karabakh's parliament elected Samvel Shahramanyan president on Saturday. Yerevan, which once "
        "congratulated every new Karabakh leader, stayed silent."
    )
    assert ("Armenia", "nagorno-karabakh-2023-09-09-presidential", "endorse") not in sides(
        extract_text(nlp, text, date(2023, 9, 11))
    )
    did = text.replace(
        "Yerevan, which once congratulated every new Karabakh leader, stayed silent", "Yerevan congratulated him"
    )
    assert ("Armenia", "nagorno-karabakh-2023-09-09-presidential", "endorse") in sides(
        extract_text(nlp, did, date(2023, 9, 11))
    )  # (guard)


def test_a_vote_not_regarded_as_having_any_legal_effect_is_not_recognised(nlp):
    text = "The OSCE said it does not regard the referendum in Transnistria as having any legal effect."
    assert "non-recognition" in stances_of(
        nlp, text, date(1995, 12, 26), "Organization for Security and Co-operation in Europe"
    )


def test_a_territory_de_facto_another_states_takes_no_side(nlp):
    text = 'Lukashenko said of the vote in Crimea: "Crimea de facto is Russian territory."'
    assert "recognition" not in stances_of(nlp, text, date(2018, 3, 20), "Belarus")
    claimed = 'Lavrov said of the vote in Crimea: "Crimea is Russian territory."'
    assert "recognition" in stances_of(nlp, claimed, date(2018, 3, 20), "Russia")  # (guard)


def test_a_fronted_participle_does_not_hide_the_assemblys_call(nlp):
    text = (
        "Affirming its commitment to the territorial integrity of Ukraine, the General Assembly this morning called "
        "upon States, international organizations and specialized agencies not to recognize any change in the status "
        "of the Autonomous Republic of Crimea and the city of Sevastopol on the basis of the 16 March referendum."
    )
    assert sides(extract_text(nlp, text, date(2014, 3, 27))) == {
        ("United Nations", "crimea-2014-03-16-referendum", "reject")
    }

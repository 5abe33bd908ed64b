"""Placing an undated article in time by the known votes its text agrees with (`loaders.vote_year`): the kind of
vote it names, a day without a year, the weekday, a runoff, the winner, the officials, the votes it recalls. Each
text is written for these tests; each test is one behaviour.
"""

from __future__ import annotations

from loaders.vote_year import vote_year


def test_election_officials_do_not_make_a_vote_local():
    text = (
        "Residents of Donetsk and Luhansk voted on Sunday in elections for new leaders. Denis Pushilin won, "
        "local election officials said. Fighting has killed thousands since 2014."
    )
    assert vote_year(text) == 2018


def test_a_year_the_text_gives_to_an_earlier_vote_is_before_the_one_reported():
    text = (
        "TSKHINVAL, June 10 - The elections to South Ossetia's parliament held on Sunday passed calmly. "
        "South Ossetia last elected its parliament in 2014."
    )
    assert vote_year(text) == 2019


def test_the_officials_an_undated_article_names_tell_which_vote_it_reports():
    """South Ossetia elected its parliament on 8 June 2014, 9 June 2019 and 9 June 2024: the EU spokesperson
    named spoke from 2014 to 2019."""
    text = (
        "EU spokesperson Maja Kocijancic said the EU did not recognise the elections to South Ossetia's "
        "parliament held on 9 June."
    )
    assert vote_year(text) == 2019


def test_a_year_of_the_future_is_no_background():
    """ "in power until 2036": no article was written after this year."""
    text = (
        "The Council of Europe condemned the vote on constitutional amendments held in Crimea on July 1, which "
        "let Putin stay in power until 2036."
    )
    assert vote_year(text) == 2020


def test_a_runoff_named_is_a_vote_that_had_two_rounds():
    """Northern Cyprus's presidential votes of 2015 and 2020 went to a runoff; those of 2010 and 2025 did not."""
    assert vote_year("Greece commented on the runoff of the presidential election in northern Cyprus.") == 2020


def test_the_winner_named_decides_between_votes_around_the_day():
    """'Dec 11' is 2011's polling day and the day after 2006's; Smirnov won in 2001 and 2006, Shevchuk in 2011."""
    assert vote_year("TIRASPOL, Dec 11 - Igor Smirnov won Sunday's presidential election in Transnistria.") == 2006


def test_a_vote_recalled_by_its_month_places_the_one_after_it():
    text = (
        "Transnistria held a presidential election on Sunday. In September, voters there backed independence "
        "in a referendum."
    )
    assert vote_year(text) == 2006
    assert vote_year(text.replace(" In September", " Last year")) == 2021  # nothing recalled: the latest


def test_a_winner_is_named_with_or_without_diacritics():
    """Akıncı won the runoff of 2015, Tatar that of 2020."""
    assert vote_year("Mustafa Akinci won the presidential runoff in northern Cyprus.") == 2015


def test_a_winner_is_named_in_any_transliteration():
    """Arkadi Ghukasyan won Karabakh's presidential vote of 2002; with no name, the latest (2023) is taken."""
    assert vote_year("Arkady Gukasyan was re-elected in Nagorno-Karabakh's presidential election.") == 2002


def test_the_officials_of_earlier_decades_date_an_article():
    """Condoleezza Rice was Secretary of State from 2005 to 2009: of Abkhazia's parliamentary votes, 2007's."""
    assert vote_year("Condoleezza Rice said the parliamentary elections in Abkhazia were illegitimate.") == 2007


def test_a_dateline_day_and_the_weekday_the_lead_reports_on_tell_the_year():
    """25 August was a Monday in 2014 (the day after Khajimba's first win) and the polling day itself in 2019."""
    text = (
        "MOSCOW, August 25. /TASS/. Moscow respects the choice made in Sunday's presidential election in Abkhazia, "
        "the Foreign Ministry said on Monday. Raul Khajimba won."
    )
    assert vote_year(text) == 2014
    assert vote_year(text.replace("said on Monday", "said on Sunday")) == 2019  # a report of the polling day
    # no weekday: a dateline's day alone is a report's, which comes after its vote (session 65; it was the very day)
    assert vote_year(text.replace("said on Monday", "said")) == 2014


def test_a_runoff_avoided_is_no_runoff():
    """Northern Cyprus's presidential votes of 2015 and 2020 went to a runoff; 2025's did not."""
    assert vote_year("Tufan Erhurman avoided a runoff in the presidential election in northern Cyprus.") == 2025
    assert vote_year("The presidential election in northern Cyprus went to a runoff.") == 2020


def test_elections_named_beside_earlier_referendums_are_not_taken_for_them():
    """Zaporizhzhia voted in a referendum from 23 September 2022 and in local elections from 8 September 2023."""
    text = (
        "Russia held so-called elections in occupied Zaporizhzhia from September 8 to 10. It annexed the region "
        "after so-called referendums."
    )
    assert vote_year(text) == 2023


def test_the_minsk_groups_co_chairs_of_the_time_place_a_vote():
    text = (
        "Azerbaijan rejected the presidential election held on July 19 in Nagorno-Karabakh, won by Bako Sahakyan. "
        "The co-chairmen of the OSCE Minsk Group - Matthew Bryza, Bernard Fassier and Yuri Merzlyakov - said the "
        "vote should not prejudice the negotiations."
    )
    assert vote_year(text) == 2007


def test_the_body_a_vote_elected_tells_crimeas_two_parliaments_apart():
    duma = "Ukraine will not recognise Russia's election to the State Duma held on Sunday in occupied Crimea."
    council = "Ukraine will not recognise the election to the State Council held on Sunday in occupied Crimea."
    assert (vote_year(duma + " Minister Pavlo Klimkin said so."), vote_year(council)) == (2016, 2019)


def test_the_territorys_leader_named_places_its_parliamentary_vote_in_his_term():
    text = (
        "Georgia condemned the parliamentary elections held on Sunday in South Ossetia, in which the party of the "
        "region's leader Anatoly Bibilov won a majority."
    )
    assert vote_year(text) == 2019


def test_a_former_leader_named_places_nothing():
    text = (
        "Cyprus said the parliamentary elections held on Sunday in the north had no legal standing. The party of "
        "former Turkish Cypriot leader Mehmet Ali Talat came first."
    )
    assert vote_year(text) == 2022


def test_the_day_a_president_takes_office_is_no_day_of_a_vote():
    text = (
        "Moscow welcomed the presidential election held on Sunday in Transnistria, won by Vadim Krasnoselsky, who "
        "beat the incumbent in office since 2011. Moldova's president-elect, who takes office on December 23, said he "
        "would meet him."
    )
    assert vote_year(text) == 2016


def test_a_states_president_elected_in_the_territory_too_is_not_its_leader():
    text = (
        "Crimea voted on Sunday for a new State Council. President Vladimir Putin's United Russia party won 70 of the "
        "75 seats. The EU's foreign policy chief Catherine Ashton said the EU did not recognise the vote."
    )
    assert vote_year(text) == 2014


def test_the_day_someone_resigned_is_no_votes():
    text = (
        "STEPANAKERT - Nagorno-Karabakh's parliament on Saturday elected a new leader. He replaces the region's "
        "president, who resigned on July 19."  # (19 July: the day of three earlier presidential votes there)
    )
    assert vote_year(text) == 2023


def test_the_weekday_before_the_verb_is_the_voting_day():
    text = (
        "Nagorno-Karabakh on Thursday re-elected Bako Sahakyan in a presidential vote that Azerbaijan called illegal."
    )
    assert vote_year(text) == 2012  # (of his three votes, 2007 and 2012 fell on a Thursday, 2017 on a Wednesday)


def test_of_two_votes_whose_winners_it_names_the_one_it_names_as_winning(nlp):
    text = (
        "Ersin Tatar, a hard-liner, narrowly won Sunday's runoff for the Turkish Cypriot leadership in Northern "
        "Cyprus, beating incumbent Mustafa Akinci. Cyprus was split in 1974; in 2004 a U.N. plan was put to a "
        "referendum. Akinci congratulated his rival."
    )
    assert vote_year(text, doc=nlp(text)) == 2020


def test_of_two_winners_named_the_one_the_parse_names_as_winning_is_the_votes(nlp):
    text = (
        "Opposition leader Aslan Bzhania has won a snap presidential election in Abkhazia, avoiding a second round. "
        "The election was called after the region's leader, Raul Khajimba, resigned in January, when the supreme "
        "court annulled the result of last year's vote, which he had narrowly won. Russia recognised Abkhazia in 2008."
    )
    assert vote_year(text, doc=nlp(text)) == 2020


def test_neither_winner_named_winning_a_share_tells_which_vote(nlp):
    text = (
        "Turkish Cypriots will choose their next leader in a runoff next Sunday after neither Prime Minister Ersin "
        "Tatar nor incumbent Mustafa Akinci won a majority in Sunday's first round in Northern Cyprus.\n\nTatar, who "
        "is backed by Ankara, took 32.3 percent, while Akinci, who supports reunification, won 29.8 percent."
    )
    assert vote_year(text, doc=nlp(text)) == vote_year(text) == 2020


def test_a_states_own_vote_named_beside_says_nothing_of_the_territorys_kind_of_vote():
    text = (
        "Voters in Transnistria elected a new Supreme Council on Sunday, a week after Maia Sandu defeated Igor Dodon "
        "in Moldova's presidential runoff. Transnistria broke away in 1992."
    )
    assert vote_year(text) == 2020


def test_a_vote_to_come_next_year_is_not_the_kind_reported():
    """Northern Cyprus elected its parliament in 2005, 2009 and 2013, its president in 2005, 2010 and 2015: the
    leader in office until "a presidential vote next year" (Talat, 2005 to 2010) places the parliamentary vote."""
    text = (
        "Nationalists won Sunday's parliamentary elections in Northern Cyprus. Mehmet Ali Talat remains the Turkish "
        "Cypriot leader until a presidential vote next year. Cyprus joined the European Union in 2004."
    )
    assert vote_year(text) == 2009

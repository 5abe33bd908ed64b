"""The extraction finding which votes a statement is about from its context: votes held together in several
territories or as an election and a referendum, the sentence that says what the words answer, a known vote's day,
the vote an article names most. Each text is written for these tests; each test is one behaviour.
"""

from __future__ import annotations

from datetime import date

from loaders.article import Article
from loaders.html import html_to_text
from loaders.statements import extract

from .conftest import extract_text, positions, sides

DONBAS_2018 = ("donetsk-2018-11-11-general", "luhansk-2018-11-11-general")


def test_a_bare_mention_after_a_list_of_regions_names_every_region(nlp):
    text = (
        "Separatists in the Donetsk and Luhansk regions held elections on 11 November 2018.\n\n"
        "Poland's foreign minister said the vote was a farce."
    )
    assert positions(extract_text(nlp, text)) == {("Poland", key, "reject") for key in DONBAS_2018}


def test_a_share_of_the_vote_names_no_region(nlp):
    """'61 percent of the vote, ... in Luhansk' must not make Luhansk the place of every bare mention."""
    text = (
        "Separatists in the Donetsk and Luhansk regions held elections on 11 November 2018.\n\n"
        "Poland said the vote was a farce.\n\n"
        "One candidate took 61 percent of the vote while another won in Luhansk."
    )
    assert positions(extract_text(nlp, text)) == {("Poland", key, "reject") for key in DONBAS_2018}


def test_plural_votes_name_an_election_and_a_referendum_held_the_same_day(nlp):
    text = (
        "South Ossetia held a presidential election and a referendum on its name on 9 April 2017.\n\n"
        "Latvia called the votes a provocation."
    )
    assert positions(extract_text(nlp, text)) == {
        ("Latvia", "south-ossetia-2017-04-09-presidential", "reject"),
        ("Latvia", "south-ossetia-2017-04-09-referendum", "reject"),
    }


def test_words_naming_two_votes_once_each_are_about_both(nlp):
    text = (
        "Norway does not recognise the presidential election and the referendum held in South Ossetia "
        "on 9 April 2017, its foreign ministry said."
    )
    assert {key for _, key, _, _, _ in extract_text(nlp, text)} == {
        "south-ossetia-2017-04-09-presidential",
        "south-ossetia-2017-04-09-referendum",
    }


def test_recognising_the_results_in_an_article_about_votes_held_together(nlp):
    text = (
        "Referendums were held in Donetsk, Luhansk, Zaporizhzhia and Kherson on 23 September 2022.\n\n"
        "Kazakhstan will not recognise the results, a spokesman for its foreign ministry told reporters."
    )
    statements = extract_text(nlp, text)
    assert {s[1] for s in statements} == {
        f"{r}-2022-09-23-referendum" for r in ("donetsk", "luhansk", "zaporizhzhia", "kherson")
    }
    assert {(s[0], s[2]) for s in statements} == {("Kazakhstan", "reject")}


def test_the_sentence_says_what_the_words_answer(nlp):
    text = (
        "Abkhazia elected a president on 22 March 2020.\n\n"
        "Asked about the vote, India's foreign ministry spokesman said the dispute should be settled "
        "through dialogue."
    )
    assert extract_text(nlp, text) == [
        ("India", "abkhazia-2020-03-22-presidential", "neutral", ["call-for-peaceful-settlement"], "indirect")
    ]


def test_a_relative_clause_about_the_vote_does_not_make_the_words_about_it(nlp):
    """Brazil's call for a solution is a neutral position among the reactions to the vote (the paragraph before
    names it), not a word on the resolution a relative clause says it abstained on."""
    text = (
        "Crimea held a referendum on 16 March 2014.\n\n"
        "Brazil, which abstained on a resolution on the vote, called for a political solution."
    )
    assert [(s[0], s[2], s[3]) for s in extract_text(nlp, text)] == [
        ("Brazil", "neutral", ["call-for-peaceful-settlement"])
    ]


def test_the_day_names_the_votes_when_the_nearest_place_does_not(nlp):
    text = (
        "Two years after Russia staged referendums in four Ukrainian regions on Sept. 23-27, 2022, and a decade "
        "after the March 16, 2014 referendum in Crimea, Ukraine's allies said on Monday they stood firm.\n\n"
        'Norway\'s foreign minister said: "None of these so-called referendums has any validity."'
    )
    assert {key for _, key, _, _, _ in extract_text(nlp, text, date(2024, 9, 30))} == {
        f"{r}-2022-09-23-referendum" for r in ("donetsk", "luhansk", "zaporizhzhia", "kherson")
    }


def test_the_other_places_of_a_known_vote_in_the_sentence_join_the_list(nlp):
    text = (
        "Estonia condemned the Russian presidential election that Moscow staged from March 15 to 17, 2024 in "
        "the parts of the Donetsk and Luhansk regions it occupies and in Crimea."
    )
    assert {key for _, key, _, _, _ in extract_text(nlp, text)} == {
        f"{r}-2024-03-15-presidential" for r in ("donetsk", "luhansk", "crimea")
    }


def test_a_list_of_people_s_republics_and_regions_is_one_list(nlp):
    text = (
        "Belarus said the referendums in the Donetsk and Lugansk People's Republics and the Zaporozhye and Kherson "
        "regions on 23 September 2022 were legitimate."
    )
    assert {key for _, key, _, _, _ in extract_text(nlp, text)} == {
        f"{r}-2022-09-23-referendum" for r in ("donetsk", "luhansk", "zaporizhzhia", "kherson")
    }


def test_elections_do_not_name_a_referendum(nlp):
    text = (
        "Moldova condemned the so-called elections held in the occupied territories of Donetsk and Luhansk.\n\n"
        "Turnout was low."
    )
    keys = {key for _, key, _, _, _ in extract_text(nlp, text, date(2023, 9, 11))}
    assert keys and not any(key.endswith("-referendum") for key in keys), keys


def test_a_bare_vote_on_a_known_day_is_that_vote_only_where_the_sentence_points(nlp):
    """Votes were held in Ukraine's occupied regions on 8-10 September 2023, and in Nagorno-Karabakh on the 9th:
    the day alone does not make a vote in Ukraine the one in Karabakh."""
    text = (
        "Occupation authorities in four regions of Ukraine held local elections from Sept. 8 to 10, a vote Kyiv "
        "called a sham.\n\nUkraine's foreign ministry said the so-called elections were null and void."
    )
    keys = {key for _, key, _, _, _ in extract_text(nlp, text, date(2023, 9, 11))}
    assert keys and not any(key.startswith("nagorno-karabakh") for key in keys), keys


def test_the_vote_an_article_names_most_is_its_vote_despite_a_background_one(nlp):
    text = (
        "Azerbaijan condemned the presidential runoff held in Nagorno-Karabakh on 14 April 2020, the first vote "
        "under a constitution adopted in a referendum on 20 February 2017.\n\n"
        "The runoff was held despite the pandemic, and Azerbaijan called the election illegal.\n\n"
        "Armenia's prime minister congratulated the winner on his victory."
    )
    assert ("Armenia", "nagorno-karabakh-2020-03-31-general", "endorse") in positions(extract_text(nlp, text))


def test_support_for_the_claimants_integrity_in_an_article_about_its_territorys_vote(nlp):
    text = (
        "Crimea held a referendum on joining Russia on 16 March 2014.\n\n"
        "China's foreign ministry spokesman urged restraint and said Beijing respected Ukraine's sovereignty and "
        "territorial integrity.\n\n"
        "On 2 March 2014, India said it respected the territorial integrity of Ukraine."
    )
    assert sides(extract_text(nlp, text, date(2014, 3, 17))) == {("China", "crimea-2014-03-16-referendum", "reject")}


def test_turkish_cypriot_names_the_territory_not_turkey(nlp):
    text = "Turkish Cypriot leader Ersin Tatar said the presidential election in the north of Cyprus was fair."
    assert all(s[0] != "Turkey" for s in extract_text(nlp, text, date(2020, 10, 19)))


def test_an_html_page_dates_its_article_from_its_metadata():
    page = (
        "<html><head><meta property='article:published_time' content='2024-06-10T09:00:00Z'></head>"
        "<body><article><p>Text.</p></article></body></html>"
    )
    assert html_to_text(page)[2] == date(2024, 6, 10)
    ld = '<html><head><script type=\'application/ld+json\'>{"datePublished": "2019-09-08"}</script></head></html>'
    assert html_to_text(ld + "<body><p>Text.</p></body>")[2] == date(2019, 9, 8)
    assert html_to_text("<html><body><p>No date.</p></body></html>")[2] is None


def test_an_undated_article_reports_the_vote_after_the_years_of_its_background(nlp):
    """No publication date and no year but one of the past: the known vote after it, whose winner it names."""
    text = (
        "Vadim Krasnoselsky, who first won the post in 2016, was declared the winner of Sunday's presidential "
        "election in Transnistria.\n\nMoldova said the election had no legal value."
    )
    assert positions(extract_text(nlp, text)) == {("Moldova", "transnistria-2021-12-12-presidential", "reject")}


def test_an_undated_article_is_placed_by_a_day_of_a_known_vote(nlp):
    """A dateline's day without a year, a day after a known vote, outweighs a year of the future it names."""
    text = (
        "NICOSIA, Jan 24 - Greece said Sunday's parliamentary election in northern Cyprus was illegitimate. "
        "The vote had been brought forward from 2023."
    )
    assert positions(extract_text(nlp, text)) == {("Greece", "northern-cyprus-2022-01-23-parliamentary", "reject")}


def test_the_kind_of_vote_said_outweighs_a_winner_named_as_a_speaker(nlp):
    """Putin won votes held in Crimea in 2018 and 2024, but the article's vote is a referendum."""
    text = "Russian President Vladimir Putin welcomed Sunday's referendum in Crimea, handed to Ukraine in 1954."
    assert positions(extract_text(nlp, text)) == {("Russia", "crimea-2014-03-16-referendum", "endorse")}


def test_a_past_vote_named_in_passing_without_a_word_on_it_is_no_position(nlp):
    text = (
        "Russia staged local elections in occupied Kherson on 8 September 2023.\n\n"
        "Poland condemned the elections.\n\n"
        "Moscow says the region is part of Russia after a referendum held there in 2022."
    )
    assert positions(extract_text(nlp, text)) == {("Poland", "kherson-2023-09-08-local", "reject")}


def test_the_day_of_the_week_a_vote_was_held_on_narrows_the_known_votes(nlp):
    """Karabakh's parliament was elected on Sundays in 2010 and 2015, its general election of 2020 on a Tuesday:
    with nothing else to tell, the latest vote held on the day the article names."""
    text = "Azerbaijan protested against the so-called parliamentary elections held on Sunday in Nagorno-Karabakh."
    assert positions(extract_text(nlp, text)) == {("Azerbaijan", "nagorno-karabakh-2015-05-03-parliamentary", "reject")}


def test_a_vote_for_a_parliament_named_after_the_noun_is_parliamentary():
    from loaders.elections import mention_kinds

    assert mention_kinds("elections to Russia's State Duma") == {"parliamentary"}
    assert mention_kinds("the vote for the new parliament") == {"parliamentary"}


def test_a_first_round_is_a_mention_of_the_vote_not_a_round_of_talks(nlp):
    text = (
        "Turkey welcomed the presidential election held in northern Cyprus on 18 October 2020.\n\n"
        "Tatar beat the incumbent. The first round had been held a week earlier.\n\n"
        "A spokesman for U.N. Secretary-General Antonio Guterres said the secretary-general looked forward to a "
        "resumption of talks on reunifying the island."
    )
    result = extract(Article("t.txt", text), nlp)
    un = [s for s in result.statements if s.actor.name == "United Nations"]
    assert [(s.election.key, s.polarity, s.speaker.persons) for s in un] == [
        ("northern-cyprus-2020-10-11-presidential", "neutral", ())
    ]


def test_an_election_commission_is_not_a_vote(nlp):
    text = (
        "Putin took 92 percent in the presidential election held in Crimea on 18 March 2018, according to Russia's "
        "Central Election Commission.\n\nThe figure came from Russia's Central Election Commission."
    )
    from loaders.prepared import prepare_article

    a = prepare_article(Article("t.txt", text), nlp)
    assert "Commission" not in {a.doc[i].text for i in a.election_at}


def test_a_kind_is_read_in_its_own_sentence(nlp):
    """'elected a new legislature' is no presidential vote because another sentence names a president."""
    from loaders.vote_year import vote_year

    text = (
        "Voters in Abkhazia elected a new legislature. Georgia's Foreign Ministry said on March 13 that the "
        "elections were illegal. The region's de facto president, Raul Khajimba, took power in 2014."
    )
    assert vote_year(text) == 2017


def test_a_relative_clause_on_a_vote_is_a_position_on_that_vote(nlp):
    text = (
        "Residents voted in elections held in Donetsk on 11 November 2018, elections that Kyiv said violated the "
        "Minsk agreements.\n\nIn Luhansk, residents voted on 11 November 2018 in a vote that Kyiv denounced as a sham."
    )
    assert positions(extract_text(nlp, text)) == {
        ("Ukraine", "donetsk-2018-11-11-general", "reject"),
        ("Ukraine", "luhansk-2018-11-11-general", "reject"),
    }


def test_a_year_before_a_vote_names_the_known_vote_of_that_year(nlp):
    """'a 2017 referendum that Baku rejected', in a story of 2020: the referendum of 2017, and the quotation
    after it stays with the story's vote."""
    text = (
        "Azerbaijan condemned the presidential election held in Nagorno-Karabakh on 14 April 2020.\n\n"
        "It was the first vote under a constitution adopted in a 2017 referendum that Baku also rejected.\n\n"
        '"This is a provocation," the Azerbaijani foreign ministry said.'
    )
    result = extract(Article("t.txt", text, published=date(2020, 4, 16)), nlp)
    assert {(s.actor.name, s.election.key) for s in result.statements} == {
        ("Azerbaijan", "nagorno-karabakh-2020-03-31-general"),
        ("Azerbaijan", "nagorno-karabakh-2017-02-20-referendum"),
    }
    quoted = [s.election.key for s in result.statements if text[s.words[0] : s.words[1]].startswith("This is")]
    assert quoted == ["nagorno-karabakh-2020-03-31-general"]


def test_a_vote_on_a_resolution_is_not_the_vote(nlp):
    from loaders.elections import mention_kinds

    assert mention_kinds("Brazil's vote on the draft resolution reflected its commitment to dialogue.") == set()


def test_regions_listed_with_their_abbreviations_are_all_named(nlp):
    text = (
        "German Chancellor Angela Merkel called the elections held in the Donetsk People's Republic (DPR) and "
        "Luhansk People's Republic (LPR) on 2 November 2014 illegitimate."
    )
    assert {key for _, key, *_ in extract_text(nlp, text)} == {
        "donetsk-2014-11-02-general",
        "luhansk-2014-11-02-general",
    }


def test_a_month_and_year_after_a_vote_name_the_known_vote_then(nlp):
    text = "Ankara had also rejected Nagorno-Karabakh's general election of March 2020, its foreign ministry said."
    assert positions(extract_text(nlp, text, date(2023, 9, 11))) == {
        ("Turkey", "nagorno-karabakh-2020-03-31-general", "reject")
    }


def test_the_occupied_territories_of_a_state_are_all_of_them(nlp):
    """ "in the occupied territories of Ukraine, including Crimea": every territory of the vote held there."""
    text = (
        "Ukraine said it would never recognise the vote held on its occupied land from March 15 to 17, 2024.\n\n"
        '"The so-called elections in the temporarily occupied territories of Ukraine, including Crimea, are null '
        'and void," the G7 foreign ministers said.'
    )
    assert {key for actor, key, *_ in extract_text(nlp, text) if actor == "Group of Seven"} == {
        f"{t}-2024-03-15-presidential" for t in ("crimea", "donetsk", "luhansk", "zaporizhzhia", "kherson")
    }


def test_electing_a_new_supreme_council_is_a_parliamentary_vote(nlp):
    text = (
        "Transnistria elected a new Supreme Council on Sunday, December 12.\n\n"
        "Moldova's government said it did not recognise the vote."
    )
    assert positions(extract_text(nlp, text, date(2010, 12, 13))) == {
        ("Moldova", "transnistria-2010-12-12-parliamentary", "reject")
    }


def test_a_bare_vote_on_a_known_day_names_the_places_its_sentence_names(nlp):
    """The sentence names Russia, not Ukraine, but names the regions where the vote of that day was held."""
    text = (
        "The OSCE said the Russian presidential election in the occupied parts of Ukraine cannot be considered "
        "legitimate.\n\nThe vote is due to be held from March 15 to 17, 2024 across Russia and in Crimea and in "
        "the parts of the Donetsk, Luhansk, Zaporizhzhia and Kherson regions that Russian forces control."
    )
    assert {key for _, key, *_ in extract_text(nlp, text)} == {
        f"{t}-2024-03-15-presidential" for t in ("crimea", "donetsk", "luhansk", "zaporizhzhia", "kherson")
    }


def test_a_parliament_electing_a_leader_holds_a_presidential_vote():
    from loaders.elections import mention_kinds

    assert mention_kinds("Karabakh's separatist parliament elected Samvel Shahramanyan as its new leader.") == {
        "presidential"
    }


def test_the_parts_of_a_state_russia_occupies_are_all_of_them(nlp):
    text = (
        "Britain said the presidential vote held from March 15 to 17, 2024 in Crimea will not be recognised in the "
        "parts of Ukraine that Russia occupies."
    )
    assert {key for _, key, *_ in extract_text(nlp, text)} == {
        f"{t}-2024-03-15-presidential" for t in ("crimea", "donetsk", "luhansk", "zaporizhzhia", "kherson")
    }


def test_the_other_places_a_sentence_names_where_the_vote_was_held_that_day(nlp):
    text = (
        "Denis Pushilin won Sunday's vote for the leadership of the Donetsk People's Republic, while Leonid "
        "Pasechnik won in the neighbouring Luhansk region.\n\nUkraine's foreign ministry said the so-called "
        "elections were null and void."
    )
    assert positions(extract_text(nlp, text, date(2018, 11, 12))) == {
        ("Ukraine", "donetsk-2018-11-11-general", "reject"),
        ("Ukraine", "luhansk-2018-11-11-general", "reject"),
    }


def test_a_clause_the_parser_hangs_on_the_main_verb_is_still_said_of_the_vote_before_it(nlp):
    """'that Ukraine has never recognised' parsed as a clause of 'annexed', not of 'referendum'."""
    text = "Russia annexed Crimea in March 2014 after a referendum that Ukraine has never recognised."
    assert sides(extract_text(nlp, text, date(2019, 9, 9))) == {("Ukraine", "crimea-2014-03-16-referendum", "reject")}


def test_a_vote_held_somewhere_in_a_month_and_year_is_that_years_vote(nlp):
    text = "Ukraine has never recognised the referendum held in Crimea in March 2014."
    assert sides(extract_text(nlp, text, date(2019, 9, 9))) == {("Ukraine", "crimea-2014-03-16-referendum", "reject")}


def test_the_elections_say_which_vote_before_bare_votes_do(nlp):
    """A headline's 'leadership votes' is placed by 'the elections' below it, which are no referendum."""
    text = (
        "Rebels hold leadership votes\n\n"
        "Separatists in Donetsk are holding elections for their leaders.\n\n"
        "Poland's foreign minister called the vote a farce. U.N. Secretary-General Ban Ki-moon was concerned."
    )
    assert sides(extract_text(nlp, text)) == {("Poland", "donetsk-2014-11-02-general", "reject")}


def test_a_call_for_talks_in_a_paragraph_on_the_vote_is_a_reaction_to_it(nlp):
    text = (
        "Vadim Krasnoselsky won the presidential election in Transnistria on 11 December 2016.\n\n"
        "He was backed by the region's largest company.\n\n"
        "The vote was watched closely in Chisinau. Moldova's president said he hoped for talks with the new leader."
    )
    assert sides(extract_text(nlp, text)) == {("Moldova", "transnistria-2016-12-11-presidential", "neutral")}


def test_neither_state_nor_any_other_recognised_the_vote_a_clause_hangs_on(nlp):
    text = (
        "Krasnoselsky won the presidential election in Transnistria on 11 December 2016. He has said he will "
        "pursue independence, a goal that voters backed in a 2006 referendum that neither Moldova nor any other "
        "country recognised."
    )
    assert ("Moldova", "transnistria-2006-09-17-referendum", "reject") in sides(extract_text(nlp, text))


def test_a_general_election_of_a_parliamentary_system_elects_its_parliament(nlp):
    text = "Turkey congratulated the winners of the early general election held in northern Cyprus on 23 January 2022."
    assert sides(extract_text(nlp, text)) == {("Turkey", "northern-cyprus-2022-01-23-parliamentary", "endorse")}


def test_every_occupied_territory_named_by_its_states_demonym_or_later_alone(nlp):
    """The five territories where Russia held its presidential vote of 15-17 March 2024."""
    every = {(f"{t}-2024-03-15-presidential") for t in ("crimea", "donetsk", "luhansk", "zaporizhzhia", "kherson")}
    published = date(2024, 3, 18)
    for words in (
        "the presidential election in the temporarily occupied Ukrainian territories, including Crimea",
        'the presidential election "in the territories of Ukraine" occupied by Russia, including Crimea',
    ):
        assert {key for _, key, *_ in extract_text(nlp, f"Poland condemned {words}.", published)} == every, words
    text = (
        "Poland condemned the presidential election in the occupied territories of Ukraine, including Crimea.\n\n"
        "Japan said it does not recognise the vote in the occupied territories."
    )
    assert {key for actor, key, *_ in extract_text(nlp, text, published) if actor == "Japan"} == every


def test_an_article_on_one_places_vote_covers_the_others_it_names_that_voted_that_day(nlp):
    text = (
        "Denis Pushilin claimed victory in Donetsk. In the neighbouring Luhansk region, Leonid Pasechnik claimed a "
        "similar victory.\n\nPoland said the votes were a farce."
    )
    assert sides(extract_text(nlp, text, date(2018, 11, 12))) == {
        ("Poland", "donetsk-2018-11-11-general", "reject"),
        ("Poland", "luhansk-2018-11-11-general", "reject"),
    }


def test_a_supreme_soviet_elected_is_a_parliamentary_vote(nlp):
    text = "Voters in Transnistria elected a new Supreme Soviet on 29 November 2015. Moldova said the vote was illegal."
    assert sides(extract_text(nlp, text)) == {("Moldova", "transnistria-2015-11-29-parliamentary", "reject")}


def test_crimea_and_other_occupied_regions_are_every_territory_of_the_vote(nlp):
    text = (
        "Russia held its presidential election in the occupied territories of Ukraine, including Crimea.\n\n"
        "Estonia said the vote in Crimea and other occupied regions was illegal."
    )
    found = {key for actor, key, *_ in extract_text(nlp, text, date(2024, 3, 18)) if actor == "Estonia"}
    assert found == {
        f"{t}-2024-03-15-presidential" for t in ("crimea", "donetsk", "luhansk", "zaporizhzhia", "kherson")
    }


def test_territories_named_as_recognised_states_are_not_where_a_vote_was_held(nlp):
    text = (
        "South Ossetia held a presidential election on 25 March 2012, with a runoff on April 8.\n\n"
        "NATO said it did not recognise the elections and called on Russia to reverse its recognition of South "
        "Ossetia and Abkhazia."
    )
    assert {key for _, key, *_ in extract_text(nlp, text)} == {"south-ossetia-2012-03-25-presidential"}


def test_a_call_for_talks_with_the_votes_winner_is_a_reaction_to_it(nlp):
    text = (
        "Northern Cyprus held a presidential election on 19 April 2015.\n\nOne candidate won 27 percent.\n\n"
        "Another won 28 percent.\n\nGreece said it was ready to resume negotiations with whoever emerged as the winner."
    )
    assert sides(extract_text(nlp, text)) == {("Greece", "northern-cyprus-2015-04-19-presidential", "neutral")}


def test_a_planned_referendum_is_not_an_earlier_one(nlp):
    """South Ossetia's known referendum before 2022 is 2017's; one only planned in 2022 is not it."""
    text = (
        "Alan Gagloev won the presidential runoff in South Ossetia on 8 May 2022.\n\n"
        "Georgia said any referendum in South Ossetia on joining Russia would be unacceptable."
    )
    assert "south-ossetia-2017-04-09-referendum" not in {key for _, key, *_ in extract_text(nlp, text)}

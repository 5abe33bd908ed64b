"""Votes no list knows and the words around them: a story that dates itself "TBILISI, July 11, 2016.", "MOSCOW, Dec 12
(Agency)." or on a line of its own ("NICOSIA, Feb 2, 2009"); a vote held "a day earlier" or "the previous day", or
"between Friday and Sunday" as officials said; "the vote for a new regional legislature"; what a referendum asked
("a referendum on an early presidential election") and a vote named to measure another by ("turnout was higher than
in the vote of 2019"), which are nobody's subject; "three-quarters of the vote"; Russia's vote "in occupied Ukraine"
or "in the parts of Ukraine it occupies" in a story that also names Russia's polling in Transnistria; "the
elections" named in a paragraph on another vote than the article's first; "the so-called referendum" named without a
place, only where the article dated a referendum. And who said it: "..., they say, and ..." as an aside; a quotation
that goes on after several spoke together; "a spokesperson for Federica Mogherini"; "the statement by X that ...",
and the other side taken by one who rejects or dismisses it; a factbox's "* POLAND - "; "deputy X" after "a
delegation of Belarusian deputies"; "the Baltic states"; "according to the Ministry", "the Bureau said" after the
body named in full; and what was said: "complied with the law", "showed the residents' support for integration into
Russia", "passed without any serious violations". Each text is written for these tests; each test is one behaviour.
"""

from __future__ import annotations

from datetime import date

from loaders.article import Article
from loaders.dates import find_dates, stated_date
from loaders.elections import find_election_mentions
from loaders.mentions import find_mentions
from loaders.statements import extract
from loaders.text import datelines

from .conftest import extract_text, positions, speakers_in, verdicts


def test_a_dateline_ended_by_a_full_stop_dates_the_story():
    assert stated_date("Tbilisi rejects vote\n\nTBILISI, March 3, 2021. The ministry said ...") == date(2021, 3, 3)


def test_a_dateline_with_its_agency_ended_by_a_full_stop_is_where_the_story_was_filed():
    text = "MOSCOW, Dec 12 (Interfax). The ministry said the vote was fair."
    assert [text[s:e] for s, e in datelines(text)] == ["MOSCOW, Dec 12 (Interfax). "]


def test_the_day_before_the_storys_is_a_day_a_vote_is_held_on():
    found = find_dates("the referendum held a day earlier; the poll held the previous day", date(2016, 5, 9))
    assert [d.value for d in found] == [date(2016, 5, 8), date(2016, 5, 8)]


def test_the_day_before_something_else_is_not_the_day_before_the_story():
    assert find_dates("on the day before the vote", date(2016, 5, 9)) == []


def test_a_vote_no_list_knows_is_dated_by_the_day_it_was_held_and_the_dateline_dates_nothing(nlp):
    text = (
        "Kyiv rejects Russia-run vote in Crimea\n\nKYIV, Sept 9, 2024 - Ukraine on Monday condemned the vote for a new "
        "legislature in occupied Sevastopol, which Russian officials said had been held between Friday and Sunday."
    )
    found = extract_text(nlp, text, date(2024, 9, 9))
    assert positions(found) == {("Ukraine", "crimea-2024-09-06-parliamentary", "reject")}


def test_a_referendum_held_the_day_before_the_story_is_that_days_not_one_the_list_knows(nlp):
    text = (
        "SUKHUMI, May 16, 2016. Georgia's foreign ministry said on Monday that the so-called referendum held a day "
        "earlier in Abkhazia was illegal."
    )
    found = extract_text(nlp, text, date(2016, 5, 16))
    assert positions(found) == {("Georgia", "abkhazia-2016-05-15-referendum", "reject")}


def test_what_a_referendum_asked_is_not_a_vote_anyone_took_a_side_on(nlp):
    text = (
        "Georgia's foreign ministry on Monday called illegal the referendum on an early presidential election held "
        "in Abkhazia on Sunday. Voters were asked whether they supported an early presidential election."
    )
    found = extract_text(nlp, text, date(2016, 5, 16))
    assert {key for _, key, *_ in found} == {"abkhazia-2016-05-15-referendum"}


def test_a_vote_named_to_measure_another_by_is_nobodys_subject(nlp):
    text = (
        "Russia's Central Election Commission said on Monday that the voting in Crimea on Sunday had been in line with "
        "the law and that turnout had been higher than in the regional vote of 2019."
    )
    found = extract_text(nlp, text, date(2023, 9, 11))
    assert {key for _, key, *_ in found} == {"crimea-2023-09-10-unspecified"}


def test_a_share_of_the_vote_given_as_a_fraction_is_no_vote():
    text = "The ruling party claimed three-quarters of the vote on Monday."
    assert find_election_mentions(text, find_mentions(text), published=date(2024, 9, 9)) == []


THE_2024_VOTE_IN_UKRAINE = {
    f"{territory}-2024-03-15-presidential" for territory in ("crimea", "donetsk", "luhansk", "zaporizhzhia", "kherson")
}


def test_russias_vote_in_occupied_ukraine_is_not_its_polling_in_transnistria_named_beside_it(nlp):
    text = (
        "Japan condemns Russia's vote in occupied Ukraine; Moldova protests polling in Transnistria\n\n"
        "Japan on Monday condemned the holding of Russia's presidential election in the parts of Ukraine it "
        "occupies. Moldova protested against polling stations opened for Russia's election in Transnistria."
    )
    found = extract_text(nlp, text, date(2024, 3, 18))
    assert {key for _, key, *_ in found} == THE_2024_VOTE_IN_UKRAINE


def test_an_asides_speakers_said_the_clause_it_interrupts(nlp):
    text = (
        "Polls closed in Donetsk and Luhansk on Sunday.\n\n"
        'Poland and Lithuania issued a joint statement. The votes are "a sham", they say, and will not be recognised.'
    )
    assert verdicts(extract_text(nlp, text, date(2018, 11, 12))) >= {
        (actor, "reject", ("condemnation",)) for actor in ("Poland", "Lithuania")
    }


def test_a_quotation_going_on_after_several_spoke_together_is_all_of_theirs(nlp):
    text = (
        "Polls closed in Donetsk and Luhansk on Sunday.\n\n"
        '"We condemn these elections," the foreign ministers of Estonia, Latvia and Lithuania said on Monday. '
        '"We will never recognise their results."'
    )
    found = extract_text(nlp, text, date(2018, 11, 12))
    assert {actor for actor, _, _, stances, _ in found if "non-recognition" in stances} == {
        "Estonia",
        "Latvia",
        "Lithuania",
    }


def test_a_spokesperson_for_an_official_speaks_for_the_officials_actor(nlp):
    text = (
        "Russia held elections in Crimea on Sunday.\n\n"
        "A spokesperson for Federica Mogherini said the bloc did not recognise the elections in Crimea."
    )
    assert speakers_in(nlp, text, date(2018, 3, 19)) == {("European Union", ())}


def test_a_spokesperson_for_an_official_who_said_speaks_for_the_officials_actor(nlp):
    text = (
        "Russia held elections in Crimea on Sunday.\n\n"
        "The position was restated by a spokesperson for Federica Mogherini, who said the bloc did not recognise the "
        "elections in Crimea."
    )
    assert speakers_in(nlp, text, date(2018, 3, 19)) == {("European Union", ())}


def test_a_vote_said_to_comply_with_the_law_is_endorsed(nlp):
    text = "Russia's foreign ministry said the parliamentary election in South Ossetia had fully complied with the law."
    assert verdicts(extract_text(nlp, text, date(2024, 6, 10))) == {("Russia", "endorse", ("recognition",))}


def test_a_vote_said_to_show_a_wish_to_join_russia_is_endorsed(nlp):
    text = (
        "Moscow said on Monday that the local elections in the Kherson region had shown the residents' support for "
        "integration into Russia."
    )
    assert verdicts(extract_text(nlp, text, date(2023, 9, 11))) == {("Russia", "endorse", ("recognition",))}


TIRASPOL_2016 = "transnistria-2016-12-11-presidential"
DECEMBER_2016 = date(2016, 12, 13)
TIRASPOL_VOTED = "Transnistria elected a president on Sunday. "


def test_a_statement_named_with_what_it_says_is_its_authors(nlp):
    text = TIRASPOL_VOTED + (
        "Moscow noted the statement by Ukraine's foreign ministry that the election had no legal force."
    )
    assert positions(extract_text(nlp, text, DECEMBER_2016)) == {("Ukraine", TIRASPOL_2016, "reject")}


def test_rejecting_a_claim_takes_the_other_side_of_what_it_says(nlp):
    text = TIRASPOL_VOTED + "Chisinau rejected Moscow's claim that the election was legitimate."
    assert positions(extract_text(nlp, text, DECEMBER_2016)) == {
        ("Moldova", TIRASPOL_2016, "reject"),
        ("Russia", TIRASPOL_2016, "endorse"),
    }


def test_dismissing_a_statement_that_the_vote_was_illegal_defends_it(nlp):
    text = TIRASPOL_VOTED + "Russia dismissed Romania's statement that the election was illegal."
    assert positions(extract_text(nlp, text, DECEMBER_2016)) == {
        ("Russia", TIRASPOL_2016, "endorse"),
        ("Romania", TIRASPOL_2016, "reject"),
    }


def test_a_state_named_in_capitals_as_a_factbox_label_is_no_person(nlp):
    text = TIRASPOL_VOTED + "\n\n* POLAND - The foreign ministry said it did not recognise the election."
    assert speakers_in(nlp, text, DECEMBER_2016) == {("Poland", ())}


def test_a_dateline_on_a_line_of_its_own_dates_the_story():
    assert stated_date("Nicosia rejects vote\n\nNICOSIA, Feb 2, 2009\n\nThe government said ...") == date(2009, 2, 2)


def test_a_member_of_a_group_named_before_by_its_role_speaks_for_the_groups_actor(nlp):
    text = TIRASPOL_VOTED + (
        "A delegation of Belarusian deputies watched the vote. The election was free and fair, deputy Ivan Petrov said."
    )
    assert speakers_in(nlp, text, DECEMBER_2016) == {("Belarus", ("Ivan Petrov",))}


def test_a_vote_named_without_a_place_is_the_one_its_paragraph_dated(nlp):
    text = (
        "Transnistria elected a new Supreme Council on 29 November 2020, and the vote was denounced by Moldova. "
        "Chisinau called the vote illegal.\n\n"
        "In South Ossetia, a new parliament was elected on 9 June 2024. Latvia said it did not recognise the elections."
    )
    found = extract_text(nlp, text, date(2024, 6, 12))
    assert ("Latvia", "south-ossetia-2024-06-09-parliamentary", "reject") in positions(found)


def test_a_vote_said_to_have_passed_without_violations_is_endorsed(nlp):
    text = "Russia's foreign ministry said the vote in Crimea on Sunday had passed without any serious violations."
    assert verdicts(extract_text(nlp, text, date(2019, 9, 9))) == {("Russia", "endorse", ("recognition",))}


def test_the_ministry_a_story_goes_on_to_quote_is_the_one_it_named(nlp):
    text = (
        "The Ministry of Foreign Affairs of Georgia responded to the elections held in Abkhazia on 12 March 2022.\n\n"
        'According to the Ministry, the so-called elections "are null and void".'
    )
    found = extract_text(nlp, text, date(2022, 3, 13))
    assert {(actor, mode) for actor, _, _, stances, mode in found if "non-recognition" in stances} == {
        ("Georgia", "direct")
    }


def test_the_bureau_a_story_goes_back_to_keeps_the_name_it_was_first_given(nlp):
    text = TIRASPOL_VOTED + (
        "The Bureau for Reintegration Policies said the election was illegal.\n\n"
        '"We call for a peaceful settlement based on the territorial integrity of Moldova," the Bureau said.'
    )
    statements = extract(Article("t.txt", text, published=DECEMBER_2016), nlp).statements
    assert [s.speaker.body for s in statements] == ["The Bureau for Reintegration Policies"] * 2


def test_a_group_of_states_named_as_one_is_its_members(nlp):
    text = TIRASPOL_VOTED + "The Baltic states said in a joint statement that they would not recognise the election."
    assert speakers_in(nlp, text, DECEMBER_2016) == {(state, ()) for state in ("Estonia", "Latvia", "Lithuania")}


def test_a_vote_named_without_a_place_is_where_the_article_dated_one_of_its_kind(nlp):
    text = (
        "Ten years on, Ukraine said the referendum held in Crimea on March 16, 2014 was void. "
        '"Nobody recognises the so-called referendum," the ministry said.\n\n'
        "Russia was to hold its presidential election in Crimea, Donetsk, Luhansk, Zaporizhzhia and Kherson from "
        "March 15 to 17."
    )
    found = extract_text(nlp, text, date(2024, 3, 16))
    assert {key for _, key, *_ in found} == {"crimea-2014-03-16-referendum"}

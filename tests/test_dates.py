"""Date expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date

from loaders.dates import find_dates, latest_year, stated_date


def values(text, published=None, fallback=None):
    return [d.value for d in find_dates(text, published, fallback)]


def test_absolute_dates_in_both_orders_and_abbreviated():
    assert values("on March 31, 2020, on 31 March 2020 and on Sept. 9 2023") == [
        date(2020, 3, 31),
        date(2020, 3, 31),
        date(2023, 9, 9),
    ]


def test_year_inferred_from_publication_date():
    assert values("held on March 31", date(2020, 4, 1)) == [date(2020, 3, 31)]
    assert values("held on December 20", date(2021, 1, 5)) == [date(2020, 12, 20)]


def test_year_inferred_from_latest_year_mentioned_when_undated():
    text = "The war of 2020 ... the vote on 9 September"
    assert values(text, None, latest_year(text)) == [date(2020, 9, 9)]


def test_relative_days():
    published = date(2020, 4, 14)  # a Tuesday
    assert values("on Tuesday", published) == [date(2020, 4, 14)]
    assert values("on Sunday", published) == [date(2020, 4, 12)]
    assert values("yesterday", published) == [date(2020, 4, 13)]
    assert values("on Sunday", None) == [None]


def test_impossible_date_is_unresolved():
    assert values("on February 30, 2020") == [None]


def test_a_range_of_polling_days_is_dated_by_its_first_day():
    published = date(2024, 9, 30)
    assert values("on Sept. 23-27, 2022", published) == [date(2022, 9, 23)]
    assert values("from 15 to 17 March 2024", published) == [date(2024, 3, 15)]


def test_a_date_without_a_year_takes_the_year_of_the_date_joined_to_it():
    assert values("on 31 March and 14 April 2020", date(2024, 1, 1)) == [date(2020, 3, 31), date(2020, 4, 14)]
    assert values("on March 31 and April 14", date(2020, 4, 20)) == [date(2020, 3, 31), date(2020, 4, 14)]


def test_a_story_dated_on_a_line_of_its_own_at_its_top():
    assert stated_date("Tbilisi rejects vote\nPublished: 5 October 1999\n\nGeorgia said no.") == date(1999, 10, 5)
    assert stated_date("Kyiv condemns vote\nUpdated: 21 September 2026, 14:05\n\nUkraine said no.") == date(2026, 9, 21)
    assert stated_date("Monday, December 1, 2025 10:32 GMT\nMoldova said no.") == date(2025, 12, 1)
    assert stated_date("01.12.2025 14:05\nMoldova said no.") == date(2025, 12, 1)
    assert stated_date("Georgia slams vote\nBy Nino Beridze | 14 March 2022\n\nGeorgia said no.") == date(2022, 3, 14)


def test_a_date_label_in_any_case():
    assert stated_date("South Ossetia votes\ndate: 2017-04-10\n\nVoters elected a leader.") == date(2017, 4, 10)
    assert stated_date("South Ossetia votes\nPUBLISHED: 10 April 2017\n\nVoters elected a leader.") == date(2017, 4, 10)


def test_a_story_dated_by_its_wire_dateline_with_a_year():
    assert stated_date("CHISINAU, Dec 1, 2025 (Example Wire) - Moldova said no.") == date(2025, 12, 1)
    assert stated_date("TIRASPOL, December 1, 2025. /TASS/. Observers saw no violations.") == date(2025, 12, 1)


def test_a_date_in_a_sentence_or_deep_in_the_story_is_not_its_own():
    assert stated_date("Khankendi was occupied by Armenia on December 26, 1991 / Youtube") is None
    assert stated_date("CHISINAU, Dec 1 (Example Wire) - Moldova said no.") is None  # no year: not a date to keep
    assert stated_date("Moldova said no.\n" + "It did. " * 60 + "\nPublished: 5 October 1999") is None
    assert stated_date("Published: 31 February 2020\nMoldova said no.") is None


def test_a_story_dated_by_its_masthead_or_its_page_line():
    assert stated_date("DIGEST | Tuesday 16 December 2003\n\nCyprus said no.") == date(2003, 12, 16)
    assert stated_date("BULLETIN Vol. 3, No. 12, Part II, 4 May 2004\n\nGeorgia said no.") == date(2004, 5, 4)
    assert stated_date("Stepanakert, 20 June 2000 /NEWS AGENCY/\n\nAzerbaijan said no.") == date(2000, 6, 20)
    assert stated_date("14 December 2010, 17:42 | Politics\n\nMoldova said no.") == date(2010, 12, 14)
    assert stated_date("Statement\n\n22 September 2026 - 10:15\n\nUkraine said no.") == date(2026, 9, 22)
    assert stated_date("A blog\nPosted on November 15, 2011 by A. B.\n\nGeorgia said no.") == date(2011, 11, 15)
    assert stated_date("ANKARA/BAKU (Agency) - 19.04.2005 - Turkey said no.") == date(2005, 4, 19)


def test_a_year_in_two_digits_after_an_apostrophe():
    assert stated_date("Tbilisi reacts\n\nNews Portal, Tbilisi / 12 Jul.'16 / 09:10\n\nGeorgia said no.") == date(
        2016, 7, 12
    )


def test_the_previous_day_is_the_day_before_the_one_its_sentence_names():
    text = "Speaking on 24 May, the president called the previous day's election a farce."
    assert values(text, date(2004, 5, 26)) == [date(2004, 5, 24), date(2004, 5, 23)]
    assert values("The president called the previous day's election a farce.", date(2004, 5, 26)) == [date(2004, 5, 25)]


def test_a_masthead_writing_the_day_first_with_slashes():
    assert stated_date("NEWS AGENCY - NEWS IN ENGLISH, 21/04/2000\n\nCyprus said no.") == date(2000, 4, 21)
    assert stated_date("NEWS, 04/21/2000\n\nCyprus said no.") == date(2000, 4, 21)  # (no 21st month: the US order)


def test_a_weeklys_masthead_is_dated_by_its_first_day():
    assert stated_date("THE WEEKLY\nFriday, April 28 - Thursday, May 4, 1995\n\nCyprus said no.") == date(1995, 4, 28)
    assert stated_date("THE WEEKLY\nDecember 28 - January 3, 1996\n\nCyprus said no.") == date(1995, 12, 28)

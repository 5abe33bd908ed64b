"""Date expressions resolved against the publication date."""

from __future__ import annotations

from datetime import date

from loaders.dates import find_dates, latest_year


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

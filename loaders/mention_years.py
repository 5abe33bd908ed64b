"""The year a text gives a vote it mentions without a day: written beside it ("the 2014 referendum", "the vote held
in Crimea in March 2014"), set by the sentence ("In September 2022, Moscow organised referendums"), or counted back
from the story's date ("the so-called referendum held thirty years ago")."""

from __future__ import annotations

import re
from datetime import date

from loaders.dates import MONTH_NAME, SENTENCE_END, latest_year, number_of

# (not another thing's year before "and": "elections in September 2023 and the presidential election of March 2024")
_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)(?:'s)?\s+(?:[A-Z][\w-]*\s+|(?!(?:and|or|but)\s)[\w-]+\s+){0,2}$")
_YEAR_AFTER = re.compile(
    # "the referendum of 2014", "the vote in March 2014", "the referendum held in Crimea in March 2014", "a referendum
    # on independence and eventual union with Russia in September 2006" (what it was on, then when); after a closing
    # quotation mark too ('the so-called "elections" of 2015')
    r"[\"”’']?(?:\s+on\s+(?![\d(])(?:[\w'’-]+\s+){0,7}?[\w'’-]+(?=\s+in\s))?"
    r"(?:\s+(?:held|conducted|staged|organi[sz]ed)(?:\s+in\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?)?"
    r"\s+(?:of|in)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?"
    r"((?:19|20)\d\d)\b(?!\s*[-–]|\s+(?:and|to)\s)"
)


# a year set off by commas right after the mention: "The last parliamentary election, in 2019, had drawn ..."
_YEAR_SET_OFF = re.compile(rf",\s+in\s+(?:{MONTH_NAME.replace('(?P<month>', '(?:')}\s+)?((?:19|20)\d\d),")


# the years of votes named together: 'the so-called "elections" of 2015 and 2017', "the votes of 2005, 2010 and 2015"
_YEARS_AFTER = re.compile(r"[\"”’']?\s+of\s+((?:(?:19|20)\d\d,\s+)*(?:19|20)\d\d\s+and\s+(?:19|20)\d\d)\b(?!\s*[-–])")


def adjacent_years(text: str, start: int, end: int) -> list[int]:
    """The year written right before or after a vote mention, without a day; the years, when it names votes of
    several ("the elections of 2015 and 2017")."""
    if (listed := _YEARS_AFTER.match(text, end)) is not None:
        return [int(y) for y in re.findall(r"\d{4}", listed.group(1))]
    before = _YEAR_BEFORE.search(text, max(0, start - 30), start)
    after = _YEAR_AFTER.match(text, end) or _YEAR_SET_OFF.match(text, end)
    found = before or after
    return [int(found.group(1))] if found else []


# the time a sentence sets for what it tells: "In September 2022, Moscow organised referendums", "The first came in
# May 2014, when separatists held referendums", "On 12 November 2006, South Ossetians voted", "secured on November
# 12, 2006, when South Ossetians also voted in a referendum"
_MONTH = MONTH_NAME.replace("(?P<month>", "(?:")
_SETS_YEAR = re.compile(
    rf"\b(?:[Ii]n\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTH}\s+)?"
    rf"|[Oo]n\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?)\s+)"
    r"(?P<year>(?:19|20)\d\d)\b"
    # ("In 2014 Russia annexed Crimea after a similar vote", "in 2012 the Russian foreign ministry praised the vote")
    r"(?:,?\s+when\b|,|\s+(?=[A-Z][a-z]|the\s))"
)


# a relative clause that sets its own year: "The EU, which in 2022 said it did not recognise the presidential vote, ..."
_CLAUSE_YEAR = re.compile(rf"\b(?:which|who)\s+(?:also\s+)?in\s+(?:{_MONTH}\s+)?(?P<year>(?:19|20)\d\d)\b")


def sentence_year(text: str, start: int, end: int) -> int | None:
    """The year a sentence opens with ("In September 2022, ...", also after a short phrase of time: "Five years later,
    in December 2009, ..."), or gives to a "when" clause or a relative clause the mention is in ("As in 2022, when
    Tbilisi called the presidential vote illegitimate", "The EU, which in 2022 said ..."; such a clause ends at its
    first comma: not "..., the ministry said the parliamentary elections were illegal")."""
    opening = [f for f in _SETS_YEAR.finditer(text, start, end) if _opens(text[start : f.start()].strip())]
    clauses = [f for f in _SETS_YEAR.finditer(text, start, end) if "when" in f[0]]
    clauses += _CLAUSE_YEAR.finditer(text, start, end)
    found = opening + [f for f in clauses if "," not in text[f.end() : end]]
    # (or a timeline's entry under its month: "October 1999 - ... Georgia declares both votes illegal")
    if not found and (label := _ENTRY_YEAR.match(text, text.rfind("\n", 0, end) + 1)) and label.end() <= end:
        return int(label["year"])
    if not found and _THAT_TIME.match(text, start):  # ("The contrast with 2006 is instructive. That September ...")
        return _year_just_named(text, start)
    return int(max(found, key=lambda f: f.start()).group("year")) if found else None


# a sentence set in the year the one before named: "That September", "That year", "The same year"
_THAT_TIME = re.compile(rf"(?:That|The\s+same|That\s+same)\s+(?:year|spring|summer|autumn|fall|winter|{_MONTH})\b")


def _year_just_named(text: str, start: int) -> int | None:
    """The latest year the sentence before `start` names, if it names one."""
    before = text[max(0, start - 400) : start].rstrip()
    ends = list(SENTENCE_END.finditer(before[:-1]))
    return latest_year(before[ends[-1].end() - 1 if ends else 0 :])


# the month and year, or the year, a timeline's entry opens its line with: "November 1996 - ", "2014: "
_ENTRY_YEAR = re.compile(rf"[ \t•*·–—-]*(?:{_MONTH}\s+)?(?P<year>(?:19|20)\d\d)\s*(?::|[–—-]\s)")


# words that may lead a sentence into its year: "Back in 2014", "Already in 2009", "But in 2017"
_LEAD_INS = {"back", "already", "even", "way", "and", "but", "yet", "only"}


def _opens(before: str) -> bool:
    """Whether the words before a year leave it at the sentence's opening: none, a short phrase and a comma, or a
    short clause of time ("When Bzhania won in March 2020, Tbilisi denounced that vote")."""
    words = before.split()
    return (
        not before
        or before.endswith(":")  # (a clause after a colon: "What has changed is Moscow's tone: in 2012 the ...")
        or all(w.lower() in _LEAD_INS for w in words)  # "Back in 2014, when Khajimba first won, ..."
        or before.endswith(",")
        and len(words) <= 4
        or words[0].lower() in ("when", "after")
        and len(words) <= 14
        and "," not in before.rstrip(",")  # ("When the republics first held elections, in November 2014, ...")
    )


# "held thirty years ago", "the vote in Crimea ten years ago", "the referendum, 25 years ago"
_YEARS_AGO = re.compile(
    r"(?:\s+(?:held|conducted|staged|organi[sz]ed))?(?:\s+in(?:\s+[\w'’-]+){1,5}?)?,?"
    r"\s+(?P<n>\d{1,2}|(?:twenty|thirty|forty|fifty)(?:-\w+)?|[a-z]+)\s+years?\s+ago\b",
    re.I,
)


def years_ago(text: str, end: int, published: date | None) -> int | None:
    """The year of a vote mention ending at `end` that the words after it count back from the story's date: "the
    referendum held in the Tskhinvali region thirty years ago", in a story of 2022: 1992."""
    found = _YEARS_AGO.match(text, end)
    if found is None or published is None:
        return None
    years = number_of(found.group("n"))
    return None if years is None else published.year - years

"""Date expressions and their resolution against the publication date.

Absolute dates ("March 31", "31 March 2020", "Sept. 9 2023") take their year from the text, else the
latest such day not after publication, else the latest year the article mentions. Relative dates
("on Saturday", "yesterday", "today") need the publication date.

>>> from datetime import date
>>> [d.value.isoformat() for d in find_dates("Polls on March 31 and yesterday; on Saturday too.", date(2020, 4, 5))]
['2020-03-31', '2020-04-04', '2020-04-04']
>>> find_dates("on 9 September 2023", None)[0].value
datetime.date(2023, 9, 9)
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}

# a month's name as a regex group "month" ("Sept.", "March")
MONTH_NAME = r"(?P<month>" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_TO = r"\s*(?:-|–|to|and)\s*"
_PATTERNS = [  # ranges first ("Sept. 23-27, 2022", "from 15 to 17 March 2024"): a vote is dated by its first day
    re.compile(rf"\b{MONTH_NAME}\s+{_DAY}{_TO}[0-3]?\d(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"\b{_DAY}{_TO}[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH_NAME}(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"\b{MONTH_NAME}\s+{_DAY}(?:,?\s+{_YEAR})?\b"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{MONTH_NAME}(?:,?\s+{_YEAR})?\b"),
]
_GLUE = re.compile(r"\s*(?:,|and|to|-|–|or)?\s*")
_RELATIVE = re.compile(
    r"\b(?P<rel>yesterday|today|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?:last|this\s+past)\s+weekend"  # "last weekend's vote": the Sunday before the story
    # the day before the story's: "the referendum held a day earlier", "the election held the previous day" (not "the
    # day before the vote")
    r"|(?:(?:a|one)\s+day\s+(?:earlier|before)|the\s+(?:previous|preceding)\s+day|the\s+day\s+before)"
    r"(?!\s+(?:the|a|an|its|his|her|their|polling|voting|election|[A-Z0-9])))\b"
)
_YEAR_ONLY = re.compile(r"\b((?:19|20)\d{2})\b")
# a day written in numbers: "16.03.2014", "2014-03-16"
_NUMERIC = re.compile(
    r"\b(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)\b"
    r"|\b(?P<iyear>(?:19|20)\d\d)-(?P<imonth>[01]\d)-(?P<iday>[0-3]\d)\b"
)
_YEARS_AGO_TODAY = re.compile(r"\b(?P<n>\d{1,2}|[A-Za-z]+(?:-[a-z]+)?)\s+(?P<unit>years?|decades?)\s+ago\s+today\b")
# a full date as a page or a wire story gives its own: "Dec 1, 2025", "1 December 2025", "2025-12-01", "01.12.2025"
_MONTH_WORD = "(?:" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\.?"
_FULL_DATE = (
    rf"(?:{_MONTH_WORD}\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_WORD},?"
    r"\s+(?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d|[0-3]?\d\.[01]?\d\.(?:19|20)\d\d|[0-3]?\d/[0-3]?\d/(?:19|20)\d\d"
    # ("2019/06/10", "10-06-2019", as pages date themselves)
    r"|(?:19|20)\d\d/[01]?\d/[0-3]?\d|[0-3]?\d-[0-3]?\d-(?:19|20)\d\d"
    rf"|[0-3]?\d\s+{_MONTH_WORD}\s?['’]\d\d(?!\d))"  # (a year in two digits after an apostrophe: "11 Jul.'16")
)
_SHORT_YEAR = re.compile(r"['’](\d\d)$")
# the first day of a weekly's dates, before the last ("Friday, April 28 - Thursday, May 4, 1995")
_WEEK_FROM = re.compile(rf"(?P<day>{_MONTH_WORD}\s+[0-3]?\d|[0-3]?\d\s+{_MONTH_WORD})\s*[-–—]\s*\S*\s*$")
_WEEKDAY_NAME = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_CLOCK = (  # "14:05 GMT", "10.20 a.m.", "9 a.m." (a meeting's record: "Saturday, 15 March 2014, 9 a.m."), a page's
    # timestamp ("2019-06-10T08:00:00Z", "2019-06-10 08:00:00+03:00")
    r"(?:T[0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-][0-2]\d:?[0-5]\d)?"
    r"|[,\s]+(?:at\s+)?(?:[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?(?:\s*(?:[ap]\.?m\.?|[A-Z]{2,4}(?:[+-]\d{1,2})?))*"
    r"|[01]?\d\s*[ap]\.?m\.?))?"
)
# what a date line may end with: a byline, an agency, a section ("13 December 2010, 17:42 | Politics", "21 September
# 2026 - 10:15", "Posted on November 14, 2011 by Nino K.", "/ 11 Jul.'16 / 14:20"), or a note in brackets on what
# the text is ("Briefing by the Spokesperson ..., 10 April 2017 (excerpts)")
_TRAILER = r"[*_]{0,2}[ \t]*(?:(?:[|/•·–—]|-\s|[Bb]y\s)[^\n]{0,40}|\([^()\n]{1,40}\))?$"
# where a story gives its own date: on a line of its own near its top, after its byline if any ("Published: 5 October
# 1999", "Updated: 21 September 2026, 14:05", "Monday, December 1, 2025 10:32 GMT"), or in its wire dateline
# ("CHISINAU, Dec 1, 2025 (Agency) - ", "TIRASPOL, December 1, 2025. /TASS/. ")
_STATED = re.compile(
    # (in Markdown's emphasis too: "*Published 11 September 2023*", "**Published:** 11 September 2023")
    r"^[ \t]*[*_]{0,2}(?:By\s+[^|•·\n]{1,60}?\s*[|•·]\s*)?"  # a byline before it: "By Nino Beridze | 14 March 2022"
    # (any case; "Published time: 3 Nov, 2014 09:15", as RT dates its pages)
    r"(?:(?i:(?:First |Last )?(?:Published|Posted|Updated|Modified|Edited)(?:\s+(?:on|time|date))?|Date|Dated)"
    r"\s*:?[*_]{0,2}\s*)?"
    rf"{_WEEKDAY_NAME}(?P<line>{_FULL_DATE}){_CLOCK}{_TRAILER}"
    # or a masthead's date after the paper's or the page's name, issue or section and a separator ("PRESS REVIEW |
    # Tuesday 16 December 2003", "NEWSLINE Vol. 8, No. 98, Part I, 25 May 2004", "Baku, 19 June 2000 /AZERTAC/",
    # "Daily brief: April 15, 2020")
    rf"|^[^\n]{{1,80}}?(?:[|/•·,:–—]|\s-)[ \t]*{_WEEKDAY_NAME}(?P<masthead>{_FULL_DATE}){_CLOCK}{_TRAILER}"
    # or a transcript's note in square brackets on its source, its date inside ("[Rustavi-2 TV, evening news, 24 May
    # 2004. Translated transcript]")
    rf"|^\[[^\]\n]{{1,80}}?[ \t,](?P<bracketed>{_FULL_DATE})\b[^\]\n]{{0,60}}\][ \t]*$"
    # (a dateline's place may carry its agency: "ANKARA/LEFKOSA (A.A) - 18.04.2005 - ")
    # ("DONETSK, Ukraine (AP) - Nov. 3, 2014 - ": a country, and an agency, after the place)
    rf"|^[A-Z][A-Z'’./ -]+(?:,\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?=,|\s*\())?"
    rf"(?:\s*\([^)\n]{{1,20}}\)\s*)?(?:,|[-–—])\s*"
    rf"(?P<dateline>{_FULL_DATE})(?:\s*\([^)\n]{{1,40}}\))?"
    # (or a full stop: "TBILISI, July 11, 2016. The"; or the line's end: "NICOSIA, Jan 8, 2018" above the lead)
    r"(?:\s*[-–—]+\s|\.\s*/[A-Z]{2,12}/\.|\.\s+(?=[A-Z\"“])|[ \t]*$)"
    # or a place and the date alone on a line ("Tbilisi, 14 November 2011"), or before a dash and the lead ("Baku,
    # August 9, 2004 - The Ministry ..."), or before the agency's name closing the line ("Kyiv, 8 September 2024.
    # Ukrinform"); two places a joint statement names ("Strasbourg/Vienna, 10 August 2004 - ")
    rf"|^[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?(?:[ \t]*/[ \t]*[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)?,"
    rf"[ \t]*(?P<placed>{_FULL_DATE})"
    r"(?:[ \t]*$|\s*[-–—]+\s|\.[ \t]+[A-Z][\w-]{1,20}\.?[ \t]*$)"
    # or a briefing's title: "Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on September 28, 2022",
    # "Government press conference of 12 November 2018"
    rf"|(?i:press\s+conference|briefing|press\s+briefing)\s+(?:on|of)\s+(?P<briefed>{_FULL_DATE})[ \t]*$"
    # or a transcript's title, closed by its place and date: "Foreign Minister Sergey Lavrov's remarks at a news
    # conference, Moscow, September 12, 2023" (the first line only)
    rf"|\A[^\n]{{1,240}}?,[ \t]*[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?,[ \t]*(?P<titled>{_FULL_DATE})[ \t]*$"
    # or an interview's standfirst: "An interview with X, conducted in Riga on 3 October 2016.", "This interview was
    # recorded on 3 October 2016"
    r"|\b(?i:interview)\b[^\n.]{0,80}?\b(?:conducted|recorded|given)\s+(?:in\s+[A-Z][\w'’-]+\s+)?on\s+"
    rf"{_WEEKDAY_NAME}(?P<interviewed>{_FULL_DATE})\b",
    re.M,
)
_STATED_GROUPS = ("line", "masthead", "bracketed", "dateline", "placed", "briefed", "titled", "interviewed")
# a parliament's written answer, dated under its question, past a headline's reach: "Answered on 3 March 2025"
_ANSWERED_ON = re.compile(rf"^[ \t]*Answered\s+on\s+{_WEEKDAY_NAME}(?P<answered>{_FULL_DATE})[ \t]*$", re.M)
# or, with none at its top, on its last line: a paper's, a wire's or a letter's date at its foot ("Cyprus Mail, Tuesday,
# December 8, 1998", "Kiev, March 26, 1994", "Anadolu Agency, 18.10.2020", "March 15, 2014"), a monitoring service's
# note of its source ("Source: Infotag news agency, Chisinau, in English 1020 gmt 26 Dec 11")
_CLOSING = re.compile(
    rf"(?:\A|\n)[ \t]*(?:[A-Z][^\n,.:;]{{0,40}},[ \t]*)?{_WEEKDAY_NAME}(?P<closing>{_FULL_DATE})\.?[ \t]*\Z"
    rf"|(?:\A|\n)[ \t]*Source:[^\n]{{0,120}}?\s(?P<monitored>[0-3]?\d\s+{_MONTH_WORD}\s+\d\d)[ \t]*\Z"
)
_STATED_WITHIN = 400  # characters from the top: a headline, a byline, a date line, the dateline of the lead


def stated_date(text: str) -> date | None:
    """The date a story gives itself near its top, on a line of its own or in its wire dateline; not a date
    in a sentence ("Khankendi was occupied on December 26, 1991"), which is the story's matter. For an article
    that comes with no publication date: its relative days ("on Sunday") and undated votes are then read
    against it, as against a publication date.

    >>> stated_date("Moldova rejects vote\\nPublished: 5 October 1999\\n\\nGeorgia said no.")
    datetime.date(1999, 10, 5)
    >>> stated_date("CHISINAU, Dec 1, 2025 (Example Wire) - Moldova said on Monday ...")
    datetime.date(2025, 12, 1)
    >>> stated_date("Khankendi was occupied by Armenia on December 26, 1991 / Youtube") is None
    True
    >>> stated_date("Tbilisi rejects vote\\nPosted 2019-06-10T08:00:00Z\\n\\nGeorgia said no.")
    datetime.date(2019, 6, 10)
    >>> stated_date("Minister's remarks at a news conference, Moscow, September 12, 2023\\n\\nQuestion: ...")
    datetime.date(2023, 9, 12)
    """
    cut = text.find("\n", _STATED_WITHIN)
    m = _STATED.search(text if cut < 0 else text[:cut])  # (to the end of the line at the limit, not further)
    if m is None or m.start() > _STATED_WITHIN:
        answered = _ANSWERED_ON.search(text, 0, 4 * _STATED_WITHIN)
        if answered is not None and (found := find_dates(answered["answered"], None)):
            return found[0].value
        return _dated_address(text[: _STATED_WITHIN if cut < 0 else cut]) or _closing_date(text)
    written = next(m[group] for group in _STATED_GROUPS if m[group])
    week = _WEEK_FROM.search(text, max(0, m.start("masthead") - 30), m.start("masthead")) if m["masthead"] else None
    day = _written_date(written)
    if week is not None and day is not None:  # a weekly's "April 28 - May 4, 1995": its first day
        return _week_start(week["day"], day)
    return day


def _written_date(written: str) -> date | None:
    """The day a date line writes, in any of the forms `_FULL_DATE` reads; None for no such day ("2020-02-31")."""
    if short := _SHORT_YEAR.search(written):  # "11 Jul.'16": this century's year, unless that is still to come
        year = 2000 + int(short[1]) if 2000 + int(short[1]) <= date.today().year else 1900 + int(short[1])
        written = f"{written[: short.start()].rstrip()} {year}"
    try:
        if "-" in written and written[4] == "-":
            return date.fromisoformat(written)
        if "." in written and written[-5] == ".":
            day, month, year = (int(x) for x in written.split("."))
            return date(year, month, day)
        if "/" in written and written[4] == "/":  # "2019/06/10"
            year, month, day = (int(x) for x in written.split("/"))
            return date(year, month, day)
        if "/" in written or "-" in written:  # "20/04/2000", "10-06-2019", as Europe writes them; "04/20/2000" only
            day, month, year = (int(x) for x in re.split(r"[/-]", written))  # where the day cannot be first
            return date(year, day, month) if month > 12 else date(year, month, day)
    except ValueError:  # "2020-02-31", "13.13.2020"
        return None
    found = find_dates(written, None)
    return found[0].value if found else None


def _closing_date(text: str) -> date | None:
    """The date on a story's last line, where a paper, a wire or a letter dates itself at its foot."""
    m = _CLOSING.search(text.rstrip())
    if m is None:
        return None
    if m["monitored"]:  # "26 Dec 11": a two-digit year, as "11 Jul.'16" writes it with its apostrophe
        return _written_date(re.sub(r"\s(\d\d)$", r" '\1", m["monitored"]))
    return _written_date(m["closing"])


def _week_start(first: str, last: date) -> date:
    """The first day of a weekly's dates, given without a year ("April 28", "December 28"), before `last`."""
    found = find_dates(f"{first} {last.year}", None)
    day = found[0].value if found else None
    if day is None:
        return last
    return day if day <= last else day.replace(year=last.year - 1)


# a page's address with the day in its path, above the story: "Source: https://example.com/world/2019/06/10/..."
_DATED_ADDRESS = re.compile(r"https?://\S*?/(?P<year>(?:19|20)\d\d)/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)(?:/|\b)")


def _dated_address(top: str) -> date | None:
    """The day a web address near the top of a story gives in its path, if any."""
    found = _DATED_ADDRESS.search(top)
    try:
        return date(int(found["year"]), int(found["month"]), int(found["day"])) if found else None
    except ValueError:  # ("/2019/13/45/")
        return None


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: date | None
    weekday: bool = False  # named by its weekday ("on Sunday"): the last such day before publication
    ahead: bool = False  # set for a day to come ("scheduled for 18 October"): the next such day after publication


# a month and year alone on a line near the top, as a magazine or an op-ed dates itself: "July 2005"
_MONTH_LINE = re.compile(
    rf"^[ \t]*(?:(?i:Published|Posted|Issue|Dated?)\s*:?\s*)?{MONTH_NAME},?[ \t]+{_YEAR}[ \t]*$", re.M
)


def stated_month(text: str) -> date | None:
    """The first day of the month a story gives itself with no day, on a line of its own near its top ("July
    2005"): when it was written, not a year of its background, so that its votes are those held by then.

    >>> stated_month("Karabakh's election\\n\\nBy A. Writer\\n\\nJuly 2005\\n\\nLast month's vote ...")
    datetime.date(2005, 7, 1)
    >>> stated_month("In July 2005 the enclave voted.") is None
    True
    """
    m = _MONTH_LINE.search(text, 0, _STATED_WITHIN)
    return date(int(m["year"]), MONTHS[m["month"].lower()], 1) if m else None


def latest_year(text: str) -> int | None:
    """The latest year the text mentions, not after this one (which no article was written after: "in power
    until 2036" is the future): a floor for undated articles.

    >>> latest_year("fought in 1994 and in autumn 2020, in power until 2096")
    2020
    """
    years = [int(y) for y in _YEAR_ONLY.findall(text) if int(y) <= date.today().year]
    return max(years) if years else None


def _day_matches(text: str) -> list[re.Match]:
    """The day expressions of `text` in order, a range as one."""
    matches: list[re.Match] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if not any(n.start() < m.end() and m.start() < n.end() for n in matches):
                matches.append(m)
    return sorted(matches, key=lambda m: m.start())


def unyeared_days(
    text: str, skip: re.Pattern[str] | None = None, only: Callable[[re.Match[str]], bool] | None = None
) -> list[tuple[int, int]]:
    """The (month, day) of every day the text names without a year, in it or in the next day it names; with
    `skip`, not the days right after what it matches (the 30 characters before the day); with `only`, just the days
    whose match it accepts.

    >>> unyeared_days("on 31 March and 14 April 2020, then on Sept. 8 to 10")
    [(9, 8)]
    """
    days = []
    for m, following in itertools.pairwise([*_day_matches(text), None]):
        joined = following is not None and _GLUE.fullmatch(text[m.end() : following.start()])
        if skip is not None and skip.search(text, max(0, m.start() - 30), m.start()) or only and not only(m):
            continue
        if not m.group("year") and not (joined and following.group("year")):
            days.append((MONTHS[m.group("month").lower()], int(m.group("day"))))
    return days


def find_dates(text: str, published: date | None, fallback_year: int | None = None) -> list[DateMention]:
    """Every date expression in `text`, resolved where possible (value None otherwise)."""
    found: list[DateMention] = []
    matches = _day_matches(text)
    for i, m in enumerate(matches):
        month = MONTHS[m.group("month").lower()]
        day = int(m.group("day"))
        year = int(m.group("year")) if m.group("year") else None
        following = matches[i + 1] if i + 1 < len(matches) else None
        joined = following is not None and _GLUE.fullmatch(text[m.end() : following.start()])
        if year is None and joined and following.group("year"):
            year = int(following.group("year"))  # "on 31 March and 14 April 2020": both in 2020
        ahead = bool(_SET_FOR.search(text, max(0, m.start() - 80), m.start()))
        # (and the day listed after one set for later: "scheduled for 18 October in Donetsk and 1 November in Luhansk")
        before = matches[i - 1] if i else None
        ahead = ahead or bool(before and found[-1].ahead and _LISTED_NEXT.fullmatch(text, before.end(), m.start()))
        value = _absolute(year, month, day, published, fallback_year, ahead)
        found.append(DateMention(m.start(), m.end(), value, ahead=ahead))
    taken = [(m.start(), m.end()) for m in matches]
    for m in _NUMERIC.finditer(text):  # "16.03.2014: the referendum", "on 2014-03-16"
        day, month, year = (int(x) for x in (m["day"] or m["iday"], m["month"] or m["imonth"], m["year"] or m["iyear"]))
        found.append(DateMention(m.start(), m.end(), _absolute(year, month, day, None, None)))
        taken.append((m.start(), m.end()))
    # "Ten years ago today, voters ...", "A decade ago today": the story's day, that many years back
    for m in _YEARS_AGO_TODAY.finditer(text):
        years = (number_of(m["n"]) or 0) * (10 if m["unit"].startswith("decade") else 1)
        found.append(DateMention(m.start(), m.end(), _years_before(published, years) if years else None))
        taken.append((m.start(), m.end()))
    absolute = sorted(found, key=lambda d: d.start)
    for m in _RELATIVE.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        word = m.group("rel").lower()
        value = _relative(word, published)
        if word not in WEEKDAYS and word not in ("yesterday", "today") and not word.endswith("weekend"):
            # "the previous day", "a day earlier": the day before the one its sentence names, if it names one ("on 24
            # May, the president described the previous day's election", in a digest of 25 May), else the story's
            anchor = next((d for d in reversed(absolute) if d.end <= m.start() and d.value), None)
            if anchor and not SENTENCE_END.search(text, anchor.end, m.start()):
                value = anchor.value - timedelta(days=1)
        found.append(DateMention(m.start(), m.end(), value, weekday=word in WEEKDAYS))
    return sorted(found, key=lambda d: d.start)


# where a sentence ends, before the next one's capital or a line's end (not "a U.N. reunification plan")
SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[A-Z\"“]|\n")


_NUMBER_WORDS = {"a": 1, "thirty": 30, "forty": 40, "fifty": 50} | {
    word: n
    for n, word in enumerate(
        ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
         "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"),
        start=1,
    )
}  # fmt: skip


def number_of(words: str) -> int | None:
    """A count written in figures or words, up to fifty: "25", "ten", "twenty-five", "a"."""
    parts = words.lower().split("-")
    numbers = [int(w) if w.isdigit() else _NUMBER_WORDS.get(w) for w in parts]
    return None if None in numbers else sum(numbers)


def _years_before(published: date | None, years: int) -> date | None:
    if published is None:
        return None
    try:
        return published.replace(year=published.year - years)
    except ValueError:  # (29 February)
        return published.replace(year=published.year - years, day=28)


# what sets a vote for a day to come: "called a referendum on joining Russia for July 17", "scheduled for", "to hold
# a referendum on July 17"
# a day listed after another: "scheduled for 18 October in Donetsk and 1 November in Luhansk"
_LISTED_NEXT = re.compile(r"[^.;\n]{0,50}?\b(?:and|or)\s+(?:on\s+)?")
_SET_FOR = re.compile(
    r"(?:\b(?:referend(?:um|ums|a)|elections?|votes?|polls?|run-?off)\b[^.;\n]{0,60}?|\b(?:scheduled|set|slated|due))"
    r"\s+for\s+(?:the\s+)?$"
    # ("signed a decree to hold a referendum on joining Russia on July 17", "will be held on", "to vote on ... on")
    r"|\b(?:to|will|would|shall)\s+(?:be\s+)?(?:hold|held|vote)\b[^.;\n]{0,60}?\s+on\s+$",
    re.I,
)


def _absolute(
    year: int | None, month: int, day: int, published: date | None, fallback_year: int | None, ahead: bool = False
) -> date | None:
    try:
        if year is not None:
            return date(year, month, day)
        if published is not None:
            candidate = date(published.year, month, day)
            # a date a few days after publication is an announced vote (or any a vote is set for); further on, it was
            # last year
            if ahead or candidate <= published + timedelta(days=45):
                return candidate
            return date(published.year - 1, month, day)
        return date(fallback_year, month, day) if fallback_year else None
    except ValueError:
        return None


def _relative(word: str, published: date | None) -> date | None:
    if published is None:
        return None
    if word == "today":
        return published
    if word in WEEKDAYS:
        back = (published.weekday() - WEEKDAYS[word]) % 7
        return published - timedelta(days=back)
    if word.endswith("weekend"):
        return published - timedelta(days=(published.weekday() + 1) % 7 or 7)  # (the one before a Sunday's story)
    return published - timedelta(days=1)  # "yesterday", "a day earlier", "the previous day"


# a month recalled with "last", right before a vote: "last April's referendum", "in last October's election"
_LAST_MONTHS = re.compile(rf"\blast\s+{MONTH_NAME}(?:'s|’s)?\s+(?:[\w-]+\s+)?$", re.I)


def months_ago(text: str, start: int, published: date | None) -> int | None:
    """How many months before the story's month the words right before `start` recall ("last April's referendum" in a
    February story: 10; in an April one, a year: 12), or None when they recall none or the story is not dated."""
    found = _LAST_MONTHS.search(text, max(0, start - 40), start)
    if found is None or published is None:
        return None
    return (published.month - MONTHS[found.group("month").lower()]) % 12 or 12

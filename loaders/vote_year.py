"""The year an undated article's dates fall in, from the known votes its text agrees with.

An article with no publication date ("Sunday's election", "on Tuesday", "April 14") can only be placed in
time by what it says. The latest year it names is a poor guide on its own: news names years of the
background ("first won the post in 2016", "previous elections in 2015 and 2017", "divided since 1974"),
and sometimes of the future ("brought forward from 2023"). The known votes (`data/elections.tsv`) of the
territories the article names settle most cases, the strongest evidence first:

1. a day and month written without a year ("the runoff on April 14", a dateline "Jan 24", "from Sept. 8 to 10") a few
   days around a round of one of those votes: that vote's year (among several, those whose winner it names, in any
   transliteration, then those held within a year after a vote it recalls by its month alone ("In September, voters
   backed independence in a referendum"), then those held while the officials it names were in office (below), then
   those on the very day (for a dateline's day alone, those held in the days before it: a report comes after its
   vote), then the first in or after the latest year named, or after it when the text says that year was before
   ("last elected in 2014", "since 2014"), else the latest);
2. else those votes of a kind the article names (a kind it says, if any, rather than "the vote"), narrowed
   to those whose winner it names if any, then to those after a vote it recalls by its month: the first held
   after the latest year named (the news comes after its background), else in that year;
3. else the latest year named.

A vote the text says went to a runoff (not one that "avoided a runoff", one a rival "withdrew before", nor one that
"would be needed") is one that had two rounds; votes "held alongside" each other are of a day both kinds were held; a
dateline in the "U.S.S.R." is before 1992; a vote that elected a body the text names is one of those ("the State
Duma", not Crimea's "State Council"); among the votes around a dateline's day, those in whose year that day fell on
the weekday the lead reports on ("MOSCOW, August 25 ... said on Monday"); a day someone "takes office", is "sworn in"
or "resigned" is no vote's. Where several votes remain, those held while the officials the text names were in office
(`data/officials.tsv`: "EU spokesperson Maja Kocijancic" spoke from 2014 to 2019; in the office the text gives them,
if it does: "government spokesman Nikos Christodoulides" until 2018, not his later offices) are kept, and a vote other
than a presidential one held while a leader of the territory the text names (not a "former" one) held its presidency
("the region's leader Anatoly Bibilov": 2017 to 2022); with no year named at all, the latest. Where none of the
officials named held office when the winners named won (candidates, or background), the officials alone date the vote;
a winner "re-elected" is not at his first win (`loaders.winners`); a runoff of the vote before, or one the rival quit,
makes no second round; "the three-day vote ended on Sunday" opened on the Friday before.

>>> vote_year("Krasnoselsky, who first won in 2016, won Sunday's presidential election in Transnistria.")
2021
>>> vote_year("The runoff in Karabakh on April 14 follows elections there in 2015 and 2017.")
2020
"""

from __future__ import annotations

import re
from contextlib import suppress
from datetime import date, timedelta

from spacy.tokens import Doc

from kg.namespaces import spelling_key
from loaders.dates import (
    MONTH_NAME,
    MONTHS,
    SENTENCE_END,
    WEEKDAYS,
    find_dates,
    latest_year,
    stated_month,
    unyeared_days,
)
from loaders.elections import ELECTION_PATTERN, mention_kinds
from loaders.gazetteer import KnownElection, Official, load_gazetteer
from loaders.known_votes import ELECTION, compatible
from loaders.mentions import Mention, find_mentions
from loaders.national import claimants_own
from loaders.text import datelines, rough_sentences
from loaders.winners import NAME_WORD, won, won_by_subject

# the day of the week a vote was held on: "Sunday's election", "held on Sunday", "went to the polls on Tuesday"
_WEEKDAY = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_VOTING_DAY = re.compile(
    rf"\b{_WEEKDAY}'s\s+(?:[\w-]+\s+){{0,3}}?(?:elections?|votes?|polls?|referendum|runoff|ballot)\b"
    rf"|\b(?:held|voted|vote|elected|ballots|polls|took place)\s+(?:[\w-]+\s+){{0,4}}?(?:on\s+)?{_WEEKDAY}\b(?!'s)"
    rf"|\bon\s+{_WEEKDAY}\s+(?:held|voted|elected|chose|picked|re-elected)\b"  # "the parliament on Saturday elected"
)
_PAST_YEAR = re.compile(
    r"\b(?:last|previous(?:ly)?|earlier|first|former(?:ly)?|since|prior)\b[^.!?\n]{0,40}?\b((?:19|20)\d\d)\b", re.I
)
# a month named alone in a sentence about a vote: "In September, voters backed independence in a referendum"
_MONTH_ALONE = re.compile(rf"\b(?:in|since|last|early|late|mid-?)\s+{MONTH_NAME}(?![a-z])(?!\s*\d)", re.I)
_RECALLED_VOTE = re.compile(r"\b(referendum|plebiscite|elections?|votes?|polls?|ballot)\b", re.I)
_RUNOFF = re.compile(r"\b(?:run-?off|second round)\b", re.I)
_NO_RUNOFF = re.compile(
    r"\b(?:avoid(?:ed|ing|s)?|avert(?:ed|ing|s)?|without|no|not|outright)\b[^.!?\n]{0,20}$"
    # (a runoff that did not take place: "his rival withdrew before the runoff", "pulled out of the second round")
    r"|\b(?:withdr[ae]w(?:n|s|ing)?|pull(?:ed|s|ing)?\s+out|dropp(?:ed|ing)\s+out|quit)\s+(?:of\s+|from\s+)?"
    r"(?:before\s+|ahead\s+of\s+)?(?:the\s+)?$",
    re.I,
)
# the day a report was made, by the weekday its lead gives it: "the Russian Foreign Ministry said on Monday" (or
# "officials said Monday", as agencies write it), and the wire lead's "Moldova on Monday brushed aside the vote" (a
# weekday between the subject and its verb)
_REPORTED_ON = re.compile(
    rf"\b(?:said|says|told|announced|stated|declared|reported|added)\b[^.!?\n]{{0,40}}?\b(?:on\s+)?{_WEEKDAY}\b(?!'s)"
    rf"|\bon\s+{_WEEKDAY}\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|said|told|wrote|spoke|struck|took|gave|made|sent)\b",
    re.I,
)
# a dateline that places its city in the Soviet Union: "CHISINAU, U.S.S.R. (AP) -", "TSKHINVALI, USSR, Jan 20"
_SOVIET_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z'’.-]+(?:[ -][A-Z][A-Z'’.-]+)?,[ \t]*(?:U\.S\.S\.R\.|USSR\b|Soviet Union\b)", re.M
)
# a runoff one side says may be needed: "supporters of the prime minister said a runoff would be needed"
_RUNOFF_UNSURE = re.compile(
    r"\s+(?:would|could|might|may)\s+(?:still\s+)?be\s+(?:needed|required|necessary)\b"
    # (or one the rival in it quit: "after his rival in the runoff, Prime Minister X, withdrew")
    r"|,\s+(?:[\w.'’-]+\s+){1,5}?[\w.'’-]+,\s+(?:withdrew|pulled\s+out|dropped\s+out|quit)\b",
    re.I,
)
# a person named as a past holder of an office: "former Turkish Cypriot leader Mehmet Ali Talat"
_FORMER = re.compile(r"\b(?:former|ex-|erstwhile|late|then|previous|predecessor|outgoing)\b[^.!?\n,]*$", re.I)
# a person named as a party's leader: "UBP leader Dervis Eroglu", "opposition leader X", "the party's chairman X"
_PARTY_LEADER = re.compile(
    r"\b(?:[A-Z]{2,5}|[Pp]arty(?:'s)?|[Oo]pposition)\s+(?:leader|chairman|head)\s+(?:[A-Z]\w+\s+)?$"
    r"|(?:\b[Pp]arty|\([A-Z]{2,5}\))\s+led\s+by\s+(?:[A-Z]\w+\s+)?$"  # ("the National Unity Party (UBP) led by X")
)
# what a day names that is no vote's: "President-elect Igor Dodon, who takes office on December 23", "Harutyunyan,
# who resigned on Aug. 31"
_NOT_VOTING = re.compile(
    r"\b(?:take|takes|took|taking)\s+office|\binaugurat|\bsworn\s+in|\bresign(?:ed|s)?\b|\bstepped\s+down", re.I
)
# a wire dateline's place before its day ("Baku, December 12, Trend:"): the day of the report, not of a vote
_FILED = re.compile(_NOT_VOTING.pattern + r"|(?-i:(?:^|\n)[ \t]*[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+)?,[ \t]*$)", re.I)
# a dateline or a report some days after a round, or a preview a few days before it
_BEFORE, _AFTER = timedelta(days=4), timedelta(days=7)


def vote_year(
    text: str,
    territories: set[str] | None = None,
    sentences: list[tuple[int, int]] | None = None,
    doc: Doc | None = None,
) -> int | None:
    """The year to give the undated dates of `text`; `territories` (names, regions spanning several given as
    those) default to those the text names, `sentences` (spans) to its text cut at full stops; `doc`, its parse,
    tells which of several winners it names won."""
    latest = latest_year(text)
    mentions = find_mentions(text)
    if territories is None:
        territories = territory_names(mentions)
    # (not a claimant's own vote the text names beside: "a week after Sandu won Moldova's presidential runoff")
    votes_text = _without_future_votes(_without_claimants_own(text, mentions, sentences))
    kinds = mention_kinds(votes_text, sentences)
    known = [k for k in load_gazetteer().elections if k.territory in territories and _of_kind(k, kinds)]
    # "the referendum" says more than "the vote" that also names it: a winner named as an actor ("Putin
    # signed a decree") does not make a referendum his election
    said_kinds = {kind for kind in kinds if kind not in (None, ELECTION)}
    if ELECTION in kinds and said_kinds <= {"referendum"}:
        said_kinds = set()  # "the elections" beside "the referendums": the text names votes of both kinds
    known = [k for k in known if _of_kind(k, said_kinds)] or known
    if len(said_kinds) > 1 and _TOGETHER.search(votes_text):  # ("a referendum held alongside a presidential election")
        known = _held_together(known, said_kinds) or known
    weekdays = {WEEKDAYS[next(g for g in m.groups() if g).lower()] for m in _VOTING_DAY.finditer(text)}
    if weekdays:
        days_on = _polling_weekdays if _SEVERAL_DAYS.search(text) else lambda r: {r.weekday()}
        known = [k for k in known if any(days_on(r) & weekdays for r in k.rounds)] or known
    if _SOVIET_DATELINE.search(text, 0, 300):  # ("CHISINAU, U.S.S.R. (AP) _": a story filed before 1992)
        known = [k for k in known if k.rounds[0].year <= 1991] or known
    if _went_to_runoff(votes_text):  # "the runoff two weeks later": a vote that went to a second round
        two_rounds = [k for k in known if len(k.rounds) > 1]
        # (unless the winner the text names won none of those: "Bzhania won Sunday's snap election ... Khajimba, who
        # had been declared the winner of a runoff in September, resigned")
        winners = won_by_subject(known, doc)
        known = known if winners and not set(winners) & set(two_rounds) else two_rounds or known
    known = _of_body(known, text)
    days = unyeared_days(text, skip=_NOT_VOTING)
    on_day = [k for k in known if any(_around(k, month, day) for month, day in days)]
    officials = _officials_named(text)
    recalled = _recalled(text, territories, sentences)
    if on_day:
        # (the officials in office first: "TIRASPOL, Nov 30 ... Moldovan President Igor Dodon" is of the vote of Sunday
        # 29 November 2020, not of the one on the very day five years later)
        on_day = _in_office(_reported_on(_recalled_before(won(on_day, text, doc), recalled), text), officials)
        said = unyeared_days(text, skip=_FILED)  # (on its day, a vote the text names, not the report's)
        exact = [k for k in on_day if any(_around(k, month, day, exact=True) for month, day in said or days)]
        # (of several, the one on a day the text gives a vote: "its December 11 elections", not "told us December 12")
        voted = unyeared_days(text, only=lambda m: _gives_a_vote(text, m))
        exact = [k for k in exact if any(_around(k, month, day, exact=True) for month, day in voted)] or exact
        if not said:  # (a dateline's day alone: a report after a vote, before one on that very day)
            exact = [k for k in on_day if any(_reported_after(k, month, day) for month, day in days)] or exact
        if held := _held_by(exact or on_day, stated_month(text)):
            return held
        return _after_background(exact or on_day, latest, strictly=latest in _past_years(text))
    pool = _in_office(_led(_recalled_before(won(known, text, doc), recalled), text), officials)
    if not _any_in_office(pool, officials):
        # (the winners it names, or the month it recalls a vote by, point to a time none of the officials it names held
        # office: they name candidates ("a dispute between Bagapsh and Khadzhimba", with Saakashvili speaking) or
        # the vote itself ("sanctions on the organisers of the election in March", Foreign Secretary Cameron said));
        # the officials date the vote
        pool = _in_office(_led(known, text), officials)
    if before := _held_just_before(pool, text):
        return before
    if held := _held_by(pool, stated_month(text)):
        return held
    return _after_background(pool, latest, strictly=True) if pool else latest


# votes said to be held on one day: "a referendum held alongside a presidential election", "at the same time as"
_TOGETHER = re.compile(
    r"\b(?:alongside|together\s+with|simultaneously\s+with|at\s+the\s+same\s+time\s+as|on\s+the\s+same\s+day\s+as"
    r"|coincid(?:ed|ing)\s+with)\b",
    re.I,
)


# a vote said to have lasted several days: "the three-day vote ended on Sunday", "voting over three days"
_SEVERAL_DAYS = re.compile(
    r"\b(?:two|three|five)-day\s+(?:vote|voting|elections?|polls?)\b|\bover\s+(?:two|three|five)\s+days\b"
)


def _polling_weekdays(first: date) -> set[int]:
    """The weekdays a round that opened on `first` was held on, for a text that says the vote lasted several days:
    that day, and for one that opened on a Friday (as Russia's votes of three days do), the weekend after it."""
    return {first.weekday(), 5, 6} if first.weekday() == 4 else {first.weekday()}


def _held_together(votes: list[KnownElection], kinds: set[str]) -> list[KnownElection]:
    """Those of `votes` held on a day a vote of each of `kinds` was held in their territory (the referendum and the
    presidential election of 9 April 2017 in South Ossetia, not the runoff of 2012)."""
    days: dict[tuple[str, date], set[str]] = {}
    for k in votes:
        days.setdefault((k.territory, _first(k)), set()).add(k.kind)
    return [
        k for k in votes if all(any(compatible(kind, held) for held in days[k.territory, _first(k)]) for kind in kinds)
    ]


def _held_by(votes: list[KnownElection], written: date | None) -> int | None:
    """The year of the latest of `votes` held by the month a story gives itself at its top ("July 2005": the
    parliament elected the month before, not the next one five years on), if it gives one and one was."""
    held = [k for k in votes if written is not None and _first(k) < written + timedelta(days=31)]
    return max(held, key=_first).rounds[0].year if held else None


def _without_claimants_own(text: str, mentions: list[Mention], sentences: list[tuple[int, int]] | None) -> str:
    """The text with the mentions of a claimant state's own vote ("Moldova's presidential runoff", "Georgia's
    parliamentary election") blanked, offsets kept: they say nothing of the territory's vote (unlike Russia's vote
    "held in occupied Crimea", which is the territory's too)."""
    sentences = sentences or rough_sentences(text)
    for m in ELECTION_PATTERN.finditer(text):
        sentence = next(((a, b) for a, b in sentences if a <= m.start() < b), (0, len(text)))
        if claimants_own(text, mentions, m.start(), sentence):
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


# a vote of the next year, which the story looks forward to: "until a presidential vote next year", "next year's
# presidential election"
_NEXT_YEAR_AFTER = re.compile(r"\s+(?:(?:due|scheduled|set|expected)\s+(?:for\s+)?)?next\s+year\b", re.I)
_NEXT_YEAR_BEFORE = re.compile(r"\bnext\s+year's\s+(?:[\w-]+\s+){0,2}$", re.I)


# a sentence (or a clause after a semicolon) that opens on a year of the past it tells of: "In 2004, Greek Cypriots
# rejected a U.N. plan in a referendum", "Back in March 2014, ...", "Cyprus was split in 1974; in 2004 a U.N. plan ..."
_IN_A_YEAR = re.compile(
    rf"(?:^|(?<=[.!?\n])\s+|(?<=;)\s+(?=in\b))(?:In|in|Back\s+in|By)\s+(?:{MONTH_NAME}\s+)?(?:19|20)\d\d\b"
)


def _without_future_votes(text: str) -> str:
    """The text with the mentions of a vote to come next year blanked, offsets kept: its kind is not the kind of the
    vote the story reports ("Nationalists won Sunday's parliamentary vote ... until a presidential vote next year");
    nor are those of a sentence told of a year it opens on ("In 2004, Greek Cypriots rejected a U.N. plan in a
    referendum", in an undated story of a runoff)."""
    ends = {m.start(): SENTENCE_END.search(text, m.end()) for m in _IN_A_YEAR.finditer(text)}
    opened = [(start, end.start() + 1 if end else len(text)) for start, end in ends.items()]
    for m in ELECTION_PATTERN.finditer(text):
        in_a_year = any(start <= m.start() < end for start, end in opened)
        if (
            in_a_year
            or _NEXT_YEAR_AFTER.match(text, m.end())
            or _NEXT_YEAR_BEFORE.search(text, max(0, m.start() - 40), m.start())
        ):
            text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    return text


def _went_to_runoff(text: str) -> bool:
    """Whether the text says the vote had a runoff (not "avoided a runoff", "won without a second round")."""
    return any(
        not _NO_RUNOFF.search(text, max(0, m.start() - 40), m.start()) and not _RUNOFF_UNSURE.match(text, m.end())
        for m in _RUNOFF.finditer(text)
    )


def _reported_on(votes: list[KnownElection], text: str) -> list[KnownElection]:
    """Those of `votes` in whose year (or the next) the dateline's day fell on the weekday the lead reports on
    ("MOSCOW, August 25 ... the ministry said on Monday": 25 August was a Monday in 2014, a Sunday in 2019);
    all of them when the text gives no such dateline and weekday."""
    filed = [day for start, end in datelines(text) for day in unyeared_days(text[start:end])]
    weekdays = {WEEKDAYS[next(g for g in m.groups() if g).lower()] for m in _REPORTED_ON.finditer(text, 0, 2000)}
    if not filed or not weekdays:
        return votes

    def fits(k: KnownElection) -> bool:
        for year, (month, day) in ((y, d) for y in (k.rounds[0].year, k.rounds[0].year + 1) for d in filed):
            try:
                reported = date(year, month, day)
            except ValueError:  # 29 February of another year
                continue
            if reported.weekday() in weekdays and any(timedelta(0) <= reported - r <= _AFTER for r in k.rounds):
                return True
        return False

    kept = [k for k in votes if fits(k)]
    return kept or votes


def _of_body(votes: list[KnownElection], text: str) -> list[KnownElection]:
    """Those of `votes` that elected a body the text names ("the State Duma", not Crimea's "State Council"), where
    the known votes say which body; all of them when it names none."""
    return [k for k in votes if k.body and _elected(k.body, text)] or votes


def _elected(body: str, text: str) -> bool:
    """Whether the text names a body as what a vote elected, not in an official's title ("State Duma speaker
    Vyacheslav Volodin", "the speaker of the State Duma", "a State Duma deputy")."""
    title = r"\s+(?:speaker|chairman|chairwoman|deputy|deputies|member|members|committee|lawmaker)\b"
    of = r"\b(?:speaker|chairman|chairwoman|deputy|deputies|members?|committee)\s+of\s+(?:the\s+)?$"
    return any(
        not re.match(title, text[found.end() :], re.I)
        and not re.search(of, text[max(0, found.start() - 40) : found.start()], re.I)
        for found in re.finditer(re.escape(body), text)
    )


def _led(votes: list[KnownElection], text: str) -> list[KnownElection]:
    """Those of `votes` other than a presidential one held while a leader the text names held the territory's
    presidency, from the vote he won to the next presidential vote there ("the United Ossetia party of the region's
    leader Anatoly Bibilov": the parliament of 2019, not of 2014 or 2024); all of them when it names none."""
    # (not a leader named as a past one: "the CTP of former Turkish Cypriot leader Mehmet Ali Talat"; nor as a party's:
    # "UBP leader Dervis Eroglu", who won the territory's presidency later)
    names = {
        spelling_key(m.group())
        for m in NAME_WORD.finditer(text)
        if not _FORMER.search(text[: m.start()][-60:]) and not _PARTY_LEADER.search(text[: m.start()][-40:])
    }
    gaz = load_gazetteer()
    presidential = sorted((k for k in gaz.elections if k.kind == "presidential"), key=_first)
    terms = []
    for win in presidential:
        nxt = next((k for k in presidential if k.territory == win.territory and _first(k) > _first(win)), None)
        if win.winner and not gaz.offices(win.winner) and spelling_key(win.winner.split()[-1]) in names:
            # (the territory's own leader: not a state's president elected there too, as Putin in Crimea)
            terms.append((win.territory, _first(win), _first(nxt) if nxt else date.max))
    led = [
        k
        for k in votes
        if k.kind != "presidential" and any(t == k.territory and s <= _first(k) < e for t, s, e in terms)
    ]
    return led or votes


def _recalled(text: str, territories: set[str], sentences: list[tuple[int, int]] | None) -> list[date]:
    """The first days of the territories' known votes that the text recalls by their month alone, in a sentence
    naming a vote ("In September, Transdniester voters backed independence in a referendum")."""
    sentences = sentences or rough_sentences(text)
    days = []
    for start, end in sentences:
        noun = _RECALLED_VOTE.search(text, start, end)
        if noun is None:
            continue
        referendum = noun.group(1).lower() in ("referendum", "plebiscite")
        for m in _MONTH_ALONE.finditer(text, start, end):
            month = MONTHS[m.group("month").lower()]
            days += [
                k.rounds[0]
                for k in load_gazetteer().elections
                if k.territory in territories and k.rounds[0].month == month and referendum == (k.kind == "referendum")
            ]
    return days


def _recalled_before(votes: list[KnownElection], recalled: list[date]) -> list[KnownElection]:
    """Those of `votes` held within a year after a vote the text recalls by its month; all when none is."""
    return [k for k in votes if any(timedelta(0) < k.rounds[0] - r <= timedelta(days=366) for r in recalled)] or votes


def _officials_named(text: str) -> list[tuple[Official, ...]]:
    """The offices of each official the text names in full ("Maja Kocijancic", "Jay Carney"): those it gives them by
    their title, when it does ("government spokesman Nikos Christodoulides": not his later offices)."""
    named: dict[str, tuple[tuple[Official, ...], list[str]]] = {}
    for form, offices in load_gazetteer().officials.items():
        if form in text:
            named.setdefault(offices[0].name, (offices, []))[1].append(form)
    return [
        tuple(o for o in offices if any(_titled(text, form, o.role) for form in forms)) or offices
        for offices, forms in named.values()
    ]


def _titled(text: str, name: str, role: str) -> bool:
    """Whether the text gives `name` the title `role` right before or after it ("Foreign Minister X", "X, the foreign
    minister")."""
    role = role.lower()
    return any(
        role in text[max(0, m.start() - len(role) - 12) : m.end() + len(role) + 12].lower()
        for m in re.finditer(re.escape(name), text)
    )


def _in_office(votes: list[KnownElection], named: list[tuple[Official, ...]]) -> list[KnownElection]:
    """The votes held while most of the named officials were in office ("EU spokesperson Maja Kocijancic"
    spoke from 2014 to 2019); all of them when the names tell nothing."""
    held = {k: sum(any(o.in_office(k.rounds[0].year) for o in offices) for offices in named) for k in votes}
    most = max(held.values(), default=0)
    return [k for k in votes if held[k] == most] if most else votes


def _any_in_office(votes: list[KnownElection], named: list[tuple[Official, ...]]) -> bool:
    """Whether one of `votes` was held while one of the named officials was in office (or no official is named)."""
    return not named or any(o.in_office(k.rounds[0].year) for k in votes for offices in named for o in offices)


# a vote right after a day ("the December 11 elections", "its 11 December 'parliamentary' vote") or right before it
# ("the elections held on December 11", "the referendum of 24 December")
_VOTE_NEXT = re.compile(
    r"\s*[\"“'‘]?(?:(?:so-called|parliamentary|presidential|local|general)[\"”'’]?\s+[\"“'‘]?)*"
    r"(?:elections?|votes?|voting|polls?|referend(?:um|a|ums)|ballot|run-?off)\b",
    re.I,
)
_VOTE_BEFORE = re.compile(
    r"\b(?:elections?|votes?|voting|polls?|referend(?:um|a|ums)|ballot|run-?off)[\"”'’]?\s+(?:(?:was|were)\s+)?"
    r"(?:held\s+)?(?:on|of)\s+$",
    re.I,
)


def _gives_a_vote(text: str, day: re.Match[str]) -> bool:
    """Whether a day the text names is a vote's: a vote named right after or right before it."""
    return bool(_VOTE_NEXT.match(text, day.end()) or _VOTE_BEFORE.search(text, max(0, day.start() - 40), day.start()))


def _held_just_before(votes: list[KnownElection], text: str) -> int | None:
    """The year of the one of `votes` held in the week before a full date the text names: "spoke to our correspondent
    on 20 July 2012, the day after the presidential election" (the vote of 19 July 2012, not a later one)."""
    named = [d.value for d in find_dates(text, None) if d.value is not None]
    held = {k.rounds[0].year for k in votes for r in k.rounds for d in named if 0 <= (d - r).days <= 7}
    return held.pop() if len(held) == 1 else None


def _past_years(text: str) -> set[int]:
    """Years the text gives to what came before: "last elected its parliament in 2014", "since 2014"."""
    return {int(m.group(1)) for m in _PAST_YEAR.finditer(text)}


def _after_background(votes: list[KnownElection], latest: int | None, strictly: bool) -> int | None:
    """The year of the first vote after (or in, when not `strictly` or none is after) the latest year the text
    names; with no year named, of the latest vote: nothing else tells, and news of recent votes is the most read."""
    if latest is None:
        return max(votes, key=_first).rounds[0].year
    after = [k for k in votes if k.rounds[0].year > latest] if strictly else []
    after = after or [k for k in votes if k.rounds[0].year >= latest]
    return (
        min(after, key=_first).rounds[0].year
        if after
        else (latest if strictly else max(votes, key=_first).rounds[0].year)
    )


def _first(known: KnownElection) -> date:
    return known.rounds[0]


def territory_names(mentions: list[Mention]) -> set[str]:
    """The territories a text's mentions name, a region spanning several ("the Donbas") as those."""
    names = set()
    for m in mentions:
        if m.kind == "territory" and m.territory:
            names.update(m.territory.covers or (m.territory.name,))
    return names


def _of_kind(known: KnownElection, kinds: set[str | None]) -> bool:
    return any(compatible(kind, known.kind) for kind in kinds)


def _reported_after(known: KnownElection, month: int, day: int) -> bool:
    """Whether a dateline's day and month fall in the days after one of the vote's rounds (not on it): "TSKHINVALI,
    June 9 - ... held parliamentary elections on Sunday" is of the vote of 8 June 2014, not of 9 June 2024."""
    for held in known.rounds:
        with suppress(ValueError):  # (29 February of another year)
            if timedelta(days=1) <= date(held.year, month, day) - held <= _AFTER:
                return True
    return False


def _around(known: KnownElection, month: int, day: int, exact: bool = False) -> bool:
    """Whether a day and month fall a few days around one of the vote's rounds (in its year or the next:
    a dateline of early January after a vote in late December), or on it when `exact`."""
    for held in known.rounds:
        for year in (held.year, held.year + 1):
            try:
                when = date(year, month, day)
            except ValueError:  # 29 February of another year
                continue
            if when == held or not exact and held - _BEFORE <= when <= held + _AFTER:
                return True
    return False

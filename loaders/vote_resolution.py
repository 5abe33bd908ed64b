"""Resolving election mentions to their elections: a mention takes its territory from its sentence or from the article's
main territories, its date from a nearby date expression. A runoff is mapped to its election, from the known votes
(`data/elections.tsv`) or from the article's own first-round date; an undated mention takes the dated election of the
same territory in the article, else the known vote the publication date (or the year `loaders.vote_year` gives an
undated article) points to (or, for a referendum, the place's one referendum before it).

>>> from datetime import date
>>> from loaders.elections import find_election_mentions
>>> text = "The runoff in Nagorno-Karabakh on April 14 followed the first round of March 31."
>>> refs = resolve_elections(text, find_election_mentions(text, []), date(2020, 4, 15))
>>> sorted({r.key for found in refs.values() for r in found})
['nagorno-karabakh-2020-03-31-general']
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from loaders.dates import find_dates, latest_year
from loaders.elections import ElectionMention, ElectionRef
from loaders.gazetteer import KnownElection, Territory, load_gazetteer
from loaders.known_votes import ELECTION, compatible, unknown_kind
from loaders.mentions import Mention, find_mentions
from loaders.national import no_vote_there
from loaders.pointing_back import PLURAL, pointing_back
from loaders.winners import won


@dataclass
class _Context:
    published: date | None
    fallback_year: int | None
    text: str = ""
    dated: dict[str, list[ElectionRef]] = field(default_factory=dict)
    days: set[date] | None = None  # (the days the text names, found when first needed)


def resolve_elections(
    text: str,
    election_mentions: list[ElectionMention],
    published: date | None,
    year: int | None = None,
    names: list[Mention] | None = None,
    sentences: list[tuple[int, int]] | None = None,
) -> dict[int, tuple[ElectionRef, ...]]:
    """Resolve every mention (keyed by its index in `election_mentions`) to its election, or to the votes
    held together in several territories when it names no place ("the votes", after "the referendums in
    Donetsk, Luhansk, Zaporizhzhia and Kherson"); unplaceable ones are left out. `year`: as for
    `find_election_mentions`; `names`: the text's mentions (`loaders.mentions.find_mentions`), when already found;
    `sentences`: the text's sentences (character spans), where a bare "the vote" may point back to one named before."""
    ctx = _Context(published, year or latest_year(text), text)
    names = names if names is not None else find_mentions(text)
    defaults = _default_territories(text, election_mentions, published.year if published else ctx.fallback_year, names)
    resolved: dict[int, tuple[ElectionRef, ...]] = {}
    # "referendums in four occupied Ukrainian regions", and no place of that state named (none, or only another
    # state's: "Russia's vote in occupied Ukraine ... polling in Transnistria"): the votes held together in that
    # state's territories, whose places are those of the article's other mentions when it names none
    for i, m in enumerate(election_mentions):
        if m.everywhere and not m.territory and not any(t.claimed_by == m.everywhere for t in defaults):
            resolved[i] = _held_everywhere(m, ctx)
            for ref in resolved[i]:
                ctx.dated.setdefault(ref.territory.name, []).append(ref)
    if not defaults:
        places = {r.territory.name: r.territory for refs in resolved.values() for r in refs}
        defaults = list(places.values())
    for i, m in enumerate(election_mentions):  # dated mentions first: they anchor the undated ones
        places = [m.territory] if m.territory else _labelled_place(text, names, m) or defaults
        if m.date and not m.territory and len(places) > 1:
            # "a runoff on April 8", in an article on several places: those that voted that day, else the main one
            places = [t for t in places if _known_on(t, m.date)] or places[:1]
        if m.date and places:
            resolved[i] = tuple(_dated(m, territory, election_mentions) for territory in places)
            for ref in resolved[i]:
                ctx.dated.setdefault(ref.territory.name, []).append(ref)
    # then mentions that say which kind of vote, then "the elections" (no referendum), then bare ones ("the
    # polls", "leadership votes"), which join what came before
    # (those said to be held alongside another before any: "a referendum held alongside it", named in the headline too)
    for i, m in sorted(
        enumerate(election_mentions),
        key=lambda x: (not _alongside(text, x[1]), x[1].kind is None, x[1].kind == ELECTION, x[1].start),
    ):
        places = (
            [m.territory]
            if m.territory
            else _labelled_place(text, names, m) or _paragraphs_place(text, election_mentions, i, defaults)
        )
        if i in resolved or not places:
            continue
        if not m.territory and len(places) > 1 and any(_dated_here(m, t, ctx) for t in places):
            # "the so-called referendum", in a story of Crimea's referendum and of a vote held in every occupied region
            # since: not the places where the article dated only votes of another kind
            places = [t for t in places if _dated_here(m, t, ctx) or not ctx.dated.get(t.name)]
        day = _listed_day(m, election_mentions, ctx)
        if day is not None:  # "the elections in the new regions and Crimea", after Crimea's vote was dated: that day's
            refs = (_dated(replace(m, date=day), m.territory, election_mentions),)
        else:
            refs = tuple(ref for territory in places for ref in _undated(m, territory, ctx))
        if m.year and not m.territory and any(r.date and r.date.year == m.year for r in refs):
            # "In November 2018, new elections followed", in an article on four territories: those that voted then
            refs = tuple(r for r in refs if r.date and r.date.year == m.year)
        resolved[i] = refs
        for ref in resolved[i]:
            if ref.date:
                ctx.dated.setdefault(ref.territory.name, []).append(ref)
    for i, m in enumerate(election_mentions):  # "in the occupied territories of Ukraine": all those held together
        if m.everywhere and resolved.get(i):
            days = {r.date for r in resolved[i]}
            together = [
                from_known(k)
                for k in load_gazetteer().elections
                if k.rounds[0] in days
                and load_gazetteer().territories[k.territory].claimed_by == m.everywhere
                and compatible(m.kind, k.kind)
            ]
            resolved[i] = tuple(dict.fromkeys([*resolved[i], *together]))
    for i, refs in pointing_back(text, election_mentions, resolved, sentences or []):
        resolved[i] = refs
    for i, refs in _all_of_them(election_mentions, resolved, names, sentences or []):
        resolved[i] = refs
    return _kind_of_the_day(resolved, election_mentions)


def _all_of_them(
    mentions: list[ElectionMention],
    resolved: dict[int, tuple[ElectionRef, ...]],
    names: list[Mention],
    sentences: list[tuple[int, int]],
) -> Iterator[tuple[int, tuple[ElectionRef, ...]]]:
    """A vote named with no place, time or qualifier after one held "in the occupied territories of Ukraine, including
    Crimea" is that vote, in all of them, not in the one place the article names ("This is not an election in any
    meaningful sense", "The President of the Assembly also condemned the vote"); unless its sentence names a place (and
    not after "the vote in the parts of Ukraine occupied by Russia", which names none, in a story of Russia's vote)."""
    for i, m in enumerate(mentions):
        if m.territory or m.everywhere or m.date or m.year or m.planned or m.earlier or not resolved.get(i):
            continue
        wider = [
            resolved[j]
            for j, o in enumerate(mentions[:i])
            if o.everywhere and o.territory and set(resolved[i]) < set(resolved[j])
        ]
        sentence = next(((s, e) for s, e in sentences if s <= m.start < e), (m.start, m.end))
        if wider and not any(sentence[0] <= n.start < sentence[1] and n.kind == "territory" for n in names):
            yield i, wider[-1]


def _kind_of_the_day(
    resolved: dict[int, tuple[ElectionRef, ...]], mentions: list[ElectionMention]
) -> dict[int, tuple[ElectionRef, ...]]:
    """A vote no list knows, named without its kind ("Sunday's vote") on the day the article names votes of a
    kind in the same place ("the parliamentary election of 14 December"), is that vote (those votes: "the vote",
    in a story of a referendum and a presidential election held that day)."""
    kinds: dict[tuple[str, date], set[ElectionRef]] = {}
    for refs in resolved.values():
        for r in refs:
            if r.date and r.kind != "unspecified":
                kinds.setdefault((r.territory.name, r.date), set()).add(r)

    def kinds_of(r: ElectionRef, kind: str | None) -> list[ElectionRef]:
        that_day = kinds.get((r.territory.name, r.date), set()) if r.kind == "unspecified" and r.date else set()
        return sorted((x for x in that_day if compatible(kind, x.kind)), key=lambda x: x.key) or [r]

    return {
        i: tuple(dict.fromkeys(x for r in refs for x in kinds_of(r, mentions[i].kind))) for i, refs in resolved.items()
    }


def _listed_day(m: ElectionMention, mentions: list[ElectionMention], ctx: _Context) -> date | None:
    """The day of the vote the article dated for a place one noun names beside the mention's own ("the elections in
    the new regions and Crimea", after "The voting, held from Sept. 6 to Sept. 8, 2024" in Crimea), when the
    article gave the mention's place no vote near that day and both are one state's territories: the votes a noun
    names together are held together (not each place's latest vote the list knows: Donetsk's of March)."""
    if not m.territory or m.year or m.earlier:
        return None
    days = Counter(
        r.date
        for o in mentions
        if o.start == m.start and o.territory and o.territory.claimed_by == m.territory.claimed_by
        for r in _dated_here(m, o.territory, ctx)
        if r.date
    )
    day = days.most_common(1)[0][0] if days else None
    own = [r.date for r in _dated_here(m, m.territory, ctx) if r.date]
    return day if day is not None and not any(abs((d - day).days) <= 7 for d in own) else None


def _paragraphs_place(text: str, mentions: list[ElectionMention], i: int, defaults: list[Territory]) -> list[Territory]:
    """Where a vote named without a place was held: where the vote its paragraph dated before it was, when that is
    not where the article's votes mostly were ("In Abkhazia, Gunba won the runoff on 1 March 2025. The EU said it
    did not recognise the elections", in a story on South Ossetia's vote too); else the article's places."""
    m = mentions[i]
    if m.kind not in (None, ELECTION) or m.year or m.everywhere:
        return defaults
    before = [
        o for o in mentions[:i] if o.territory and o.date and not o.earlier and "\n" not in text[o.start : m.start]
    ]
    places = [o.territory for o in before if o.start == before[-1].start] if before else []  # (one per place it names)
    return places if places and not set(places) <= set(defaults) else defaults


# a round-up's label opening a paragraph: "August–September: Abkhazia.", "ABKHAZIA.", "Abkhazia:"
_LABELS = (re.compile(r"[^\n.!?]{1,40}\.(?=\s)"), re.compile(r"[^\n.:!?]{1,40}:(?=\s)"))


def _labelled_place(text: str, names: list[Mention], m: ElectionMention) -> list[Territory]:
    """The one territory a short label opening the mention's paragraph names, where a round-up gives each place a
    paragraph ("August–September: Abkhazia. Khajimba narrowly won a runoff on 8 September ...")."""
    start = text.rfind("\n", 0, m.start) + 1
    labels = (x.match(text, start) for x in _LABELS)
    label = next((x for x in labels if x and x.end() <= m.start and len(x.group().split()) <= 4), None)
    if label is None:
        return []
    named = {n.territory.name: n.territory for n in names if n.territory and start <= n.start < label.end()}
    return list(named.values()) if len(named) == 1 and not next(iter(named.values())).covers else []


def _held_everywhere(m: ElectionMention, ctx: _Context) -> tuple[ElectionRef, ...]:
    """The known votes of the mention's kind held on one day in the territories of the state it names ("the
    occupied Ukrainian regions"): of the year the mention or the article gives, else the latest before the
    article's date."""
    gaz = load_gazetteer()
    known = [
        k
        for k in gaz.elections
        if gaz.territories[k.territory].claimed_by == m.everywhere and compatible(m.kind, k.kind)
    ]
    year = m.year or (ctx.published.year if ctx.published else ctx.fallback_year)
    days = sorted({k.rounds[0] for k in known if (k.rounds[0].year == year if year else True)})
    days = [d for d in days if ctx.published is None or d <= ctx.published]
    return tuple(from_known(k) for k in known if days and k.rounds[0] == days[-1])


def _default_territories(
    text: str, election_mentions: list[ElectionMention], year: int | None, names: list[Mention]
) -> list[Territory]:
    """Where the votes an article names without a place are held: the territory its vote mentions name most,
    with those a mention of it names beside it ("the elections in the Donetsk and Luhansk regions": both;
    "Sunday's vote in Donetsk, while Pasechnik won in Luhansk": the votes held together), else the territory the
    text names most, with the others it names that voted on the same day that year ("Pushilin won in Donetsk.
    In the neighbouring Luhansk region, Pasechnik claimed a similar victory")."""
    # (not a vote of years before, named in the background: "In 2014 Russia annexed Crimea after a similar vote")
    counts = Counter(
        m.territory.name for m in election_mentions if m.territory and not (m.year and year and m.year < year - 1)
    )
    gaz = load_gazetteer()
    everywhere = {m.everywhere for m in election_mentions if m.everywhere and not m.territory}
    if not counts and everywhere:
        # "the elections in the occupied areas", of a state that has one such territory (Cyprus's north): that one
        only = [t for t in gaz.territories.values() if t.claimed_by in everywhere and not t.covers]
        # "referendums in four occupied Ukrainian regions": the votes held together there (below)
        return only if len(only) == 1 else []
    if not counts:
        main = _main_territory(text, names)
        return [main, *_held_with(main, names, year)] if main else []
    top, _ = counts.most_common(1)[0]
    lists = {m.start for m in election_mentions if m.territory and m.territory.name == top}
    places = [top] + [
        m.territory.name for m in election_mentions if m.start in lists and m.territory and m.territory.name != top
    ]
    if len(counts) == 1:  # ("Sunday's vote in Donetsk ... In neighbouring Luhansk, X claimed a similar victory")
        places += [t.name for t in _held_with(gaz.territories[top], names, year)]
    return [gaz.territories[name] for name in dict.fromkeys(places)]


def _known_on(territory: Territory, day: date) -> bool:
    """Whether a known vote of the territory had a round within a few days of `day`."""
    return any(
        k.territory == territory.name and any(abs((r - day).days) <= 4 for r in k.rounds)
        for k in load_gazetteer().elections
    )


def _held_with(main: Territory, names: list[Mention], year: int | None) -> list[Territory]:
    """The other territories the text names whose known vote of `year` was held on a day `main` voted that year."""
    if year is None:
        return []
    known = [k for k in load_gazetteer().elections if k.rounds[0].year == year]
    days = {k.rounds[0] for k in known if k.territory == main.name}
    together = {k.territory for k in known if k.rounds[0] in days} - {main.name}
    named = {m.territory.name for m in names if m.kind == "territory" and m.territory}
    return [load_gazetteer().territories[name] for name in sorted(together & named)]


def _main_territory(text: str, names: list[Mention]) -> Territory | None:
    counts = Counter(
        m.territory.name
        for m in names
        if m.kind == "territory" and not m.territory.covers and not no_vote_there(text, m.start)
    )  # (not "No voting took place in Abkhazia and South Ossetia")
    return load_gazetteer().territories[counts.most_common(1)[0][0]] if counts else None


def from_known(known: KnownElection) -> ElectionRef:
    territory = load_gazetteer().territories[known.territory]
    return ElectionRef(territory, known.kind, known.rounds[0], known.rounds, known.winner)


def _dated(m: ElectionMention, territory: Territory, mentions: list[ElectionMention]) -> ElectionRef:
    assert m.date is not None
    for known in load_gazetteer().elections:
        if (
            known.territory == territory.name
            and compatible(m.kind, known.kind)
            # (a day up to a week after it: a vote held over several days, or the day its results or the reactions
            # came, which the text put next to it: "announced the results of the referendum in Kherson on Wednesday")
            and any(-4 <= (m.date - r).days <= 7 for r in known.rounds)
        ):
            return from_known(known)
    first = m.date
    if m.round == 2:  # a runoff: its election started at the article's earlier date for the same place
        earlier = [
            x.date
            for x in mentions
            if x.date and x.date < m.date and (m.date - x.date).days <= 42 and (x.territory or territory) == territory
        ]
        first = min(earlier) if earlier else m.date
    rounds = (first, m.date) if first != m.date else (first,)
    return ElectionRef(territory, unknown_kind(m.kind), first, rounds)


def _undated(m: ElectionMention, territory: Territory, ctx: _Context) -> tuple[ElectionRef, ...]:
    """The vote an undated mention names: one already dated in the article for its place, the one the article
    names most, the first named of those named as often (all of those held that day for a plural that says no kind:
    "the votes", after "the election and the referendum"), else the known vote of its place the article's date
    points to; of the year it names, if it names one. None for earlier votes a plural names with no time ("previous
    votes"): some votes before the one the text is about, which it does not say."""
    if m.earlier and not m.year and PLURAL.search(m.text):
        return ()  # "Kyiv had condemned previous votes in Transnistria": some votes before, none the text says
    named = _dated_here(m, territory, ctx)
    # (a vote ahead, or "any" vote, is not one the article dates years before its time: "plans for another
    # referendum", "any such referendum", thirty years after the first one)
    recent = _since(ctx) - timedelta(days=366) if m.planned and _since(ctx) else None
    named = [r for r in named if r.date is None or r.date >= recent] if recent else named
    # ("This so-called election ... the so-called election ... the vote", then "a February referendum": the vote is
    # the election; of votes named as often, the one named last before it: "When Crimea voted in a referendum in
    # 2014, ... A decade later, it voted again, in Russia's presidential election ... Borrell condemned the vote")
    times = Counter(named)  # ("This so-called election ... the so-called election ... the vote", then "a February
    same_place = sorted(dict.fromkeys(named), key=lambda r: -times[r])  # referendum": the vote is the election)
    if same_place:
        if m.kind in (None, ELECTION) and PLURAL.search(m.text):
            return tuple(dict.fromkeys(r for r in same_place if r.date == same_place[0].date))
        if same_place[0].kind == "unspecified" and m.kind not in (None, ELECTION) and same_place[0].date:
            # "a referendum and presidential election", after "residents voted Sunday": that day's, of its kind
            return (ElectionRef(territory, m.kind, same_place[0].date),)
        return (same_place[0],)
    return (_held_that_day(m, territory, ctx, recent) or _known_or_undated(m, territory, ctx),)


def _since(ctx: _Context) -> date | None:
    """The earliest day the article can have been written: its date, else the first day of the year it is of."""
    return ctx.published or (date(ctx.fallback_year, 1, 1) if ctx.fallback_year else None)


def _dated_here(m: ElectionMention, territory: Territory, ctx: _Context) -> list[ElectionRef]:
    """The votes of the mention's kind (and year, if it names one) the article dated for the place."""
    return [
        r
        for r in ctx.dated.get(territory.name, [])
        if (compatible(m.kind, r.kind) or r.kind == "unspecified")
        and (m.year is None or r.date and r.date.year == m.year)
    ]


def _held_that_day(
    m: ElectionMention, territory: Territory, ctx: _Context, since: date | None = None
) -> ElectionRef | None:
    """A vote of the mention's kind held on the day of another vote the article dated for its place: "the
    referendum or the presidential election", after "on 12 November 2006, South Ossetians voted in a referendum";
    one no list knows when the text says so ("Sunday's presidential election ..., and a referendum held alongside
    it"); of the days from `since` on, if given."""
    if m.kind in (None, ELECTION) or m.year:
        return None
    days = Counter(r.date for r in ctx.dated.get(territory.name, []) if r.date and (since is None or r.date >= since))
    for day, _ in days.most_common():
        same_day = [
            k
            for k in load_gazetteer().elections
            if k.territory == territory.name and k.kind == m.kind and k.rounds[0] == day
        ]
        if same_day:
            return from_known(same_day[0])
    if days and _alongside(ctx.text, m):
        return ElectionRef(territory, m.kind, days.most_common(1)[0][0])
    return None


# a vote said to be held with another: "a referendum held alongside it", "on the same day", "a simultaneous vote"
_ALONGSIDE_AFTER = re.compile(
    r"\s+(?:(?:was|were|being)\s+)?(?:held\s+|taking\s+place\s+|conducted\s+)?"
    r"(?:alongside|together\s+with|simultaneously|at\s+the\s+same\s+time|on\s+the\s+same\s+day)\b",
    re.I,
)
_ALONGSIDE_BEFORE = re.compile(r"\b(?:simultaneous|concurrent|parallel)\s+$", re.I)


def _alongside(text: str, m: ElectionMention) -> bool:
    """Whether the text says the vote was held together with another."""
    return bool(_ALONGSIDE_AFTER.match(text, m.end) or _ALONGSIDE_BEFORE.search(text, max(0, m.start - 14), m.start))


def _days_named(ctx: _Context) -> set[date]:
    """The days the article names anywhere, a vote's among them or not ("Ten years ago today", "On 17 September
    2006 voters were asked"): an undated vote of the article's place held on one of them is that vote."""
    if ctx.days is None:
        ctx.days = {d.value for d in find_dates(ctx.text, ctx.published, ctx.fallback_year) if d.value}
    return ctx.days


def _known_or_undated(m: ElectionMention, territory: Territory, ctx: _Context) -> ElectionRef:
    known = [k for k in load_gazetteer().elections if k.territory == territory.name and compatible(m.kind, k.kind)]
    exact = [k for k in known if k.kind == m.kind]
    year = m.year or (None if ctx.published else ctx.fallback_year)
    # of the kind it says, else, for a runoff, one that includes it that year ("the presidential runoff" of a general
    # election)
    runoff = m.round == 2 and bool(re.search(r"runoff|run-off|second round", m.text, re.I))
    pool = known if runoff and year and not any(k.rounds[0].year == year for k in exact) else exact or known
    that_year = [k for k in pool if k.rounds[0].year == m.year]
    if that_year:
        return from_known(min(that_year, key=lambda k: k.rounds[0]))
    if m.year:  # "the October 1999 vote", which no list knows: not a vote of another year
        return ElectionRef(territory, unknown_kind(m.kind), None)
    if m.planned:  # a vote ahead ("a plan for a referendum"): a known one after the article's time, else none known
        since = _since(ctx)
        ahead = [k for k in pool if since and k.rounds[0] >= since]
        return (
            from_known(min(ahead, key=lambda k: k.rounds[0]))
            if ahead
            else ElectionRef(territory, unknown_kind(m.kind), None)
        )
    if recalled := [k for k in pool if k.rounds[0] in _days_named(ctx)]:
        return from_known(recalled[0])  # "Ten years ago today, voters ... The OSCE would not recognise the referendum"
    if ctx.published:
        # (of the kind said, else one that included it: "the presidential election" of a general vote held that spring)
        window = (ctx.published - timedelta(days=400), ctx.published + timedelta(days=1))
        recent = [k for k in pool if window[0] <= k.rounds[0] <= window[1]]
        recent = recent or [k for k in known if window[0] <= k.rounds[0] <= window[1]]
        if recent:
            return from_known(max(recent, key=lambda k: k.rounds[0]))
        held = sorted(
            (k for k in exact if k.kind == "referendum" and k.rounds[0] <= ctx.published), key=lambda k: k.rounds[0]
        )
        # the place's one referendum before: "never recognised the so-called referendum", in a story of 2016 on Crimea
        # (the next was in 2020); or its last, some years before, when those before it were held more than a decade
        # earlier (1994's)
        last = held[-1].rounds[0].year if held else 0
        if (
            held
            and not PLURAL.search(m.text)
            and (len(held) == 1 or last - held[-2].rounds[0].year > 10 and ctx.published.year - last <= 5)
        ):
            return from_known(held[-1])
    elif ctx.fallback_year:
        # (of the kind said, else one that included it that year: "voted for a president", in a general election)
        if not any(k.rounds[0].year == ctx.fallback_year for k in pool):
            pool = [k for k in known if k.rounds[0].year == ctx.fallback_year] or pool
        later = [k for k in pool if k.rounds[0].year >= ctx.fallback_year]
        if later:  # the first vote of the first year, or that year's vote whose winner the text names
            first = min(k.rounds[0].year for k in later)  # ("Zakharchenko was declared the winner of Sunday's vote")
            return from_known(
                min(won([k for k in later if k.rounds[0].year == first], ctx.text), key=lambda k: k.rounds[0])
            )
        last = max(pool, key=lambda k: k.rounds[0]) if pool else None
        if last and (last.kind == "referendum" or last.rounds[0].year >= ctx.fallback_year - 1):
            # "after referendums that Kyiv called a sham", in an undated story of a later vote: the last one; not
            # a parliament's vote of years before the text's time, when it has since elected another no list knows
            return from_known(last)
    return ElectionRef(territory, unknown_kind(m.kind), None)

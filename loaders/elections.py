"""Election mentions: the words that name a vote ("the so-called 'presidential elections' in Nagorno-Karabakh on
31 March 2020", "the polls", "elected a new president", "the runoff"), with the kind they say, the territory their
sentence names and the date near them; and the election node a mention resolves to (`ElectionRef`: territory,
kind, first polling day). `loaders.vote_resolution` resolves each mention to its election.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from kg.namespaces import slug
from loaders.assembly_votes import TALLY, counted_vote
from loaders.dates import DateMention, find_dates, latest_year, months_ago
from loaders.gazetteer import Territory
from loaders.known_votes import (
    ELECTION,
    elects_someone,
    held_shortly_before,
    held_together,
    known_places,
    known_that_year,
    places_named_before,
)
from loaders.mention_years import adjacent_years, sentence_year, years_ago
from loaders.mentions import Mention
from loaders.national import claimants_own, no_vote_there, states_own
from loaders.occupied import all_occupied, not_after_occupied
from loaders.text import rough_sentences
from loaders.timeline_entries import entry_places, labelled_day
from loaders.vote_kinds import kind_of
from loaders.vote_places import TITLE, nationwide, on_their_days, territories_of, votes_in_general

KINDS = r"(?:presidential|parliamentary|parliamentarian|legislative|general|local|municipal|regional|constitutional)"
ELECTION_PATTERN = re.compile(
    rf"(?<![\w-])(?:re-?(?=elected))?(?:(?:pseudo|so[- ]called)[- ]['\"]?)?"
    rf"(?P<kinds>(?:{KINDS}\s+(?:and\s+)?)*){KINDS}?['\"]?\s*"
    r"(?P<noun>(?<!opinion )(?:(?:by-?)?elections?|polls?|votes?|voting|referend(?:um|ums|a)|plebiscite|ballot"
    r"|run-?off|re-?run"
    r"|electoral\s+(?:exercise|process)(?:es)?"  # "does not recognize the electoral exercise"
    r"|(?:first|second|final|decisive)\s+round(?!\s+of\s+(?:talks|negotiations|consultations|sanctions|fighting)))"
    r"|elected|voted|(?<=\bwon\s)the\s+presidency)(?![\w-])"  # ("when X won the presidency in 2014")
    # the body or the people running it: "the Central Election Commission", "local election officials"
    r"(?!\s+(?:commission|committee|board|authorit(?:y|ies)|council|office|body|administration|officials?|workers?"
    r"|observers?|monitors?|staff)s?\b)"
    # a vote in a council or an assembly: "Brazil's vote on the draft resolution", "a vote for the resolution"
    r"(?!\s+(?:on|for|against)\s+(?:the\s+|a\s+|this\s+)?(?:draft\s+)?(?:resolution|motion|bill|text|amendment)s?\b)",
    re.I,
)
_RUNOFF = re.compile(r"\b(run-?off|second round|second time|re-?run)\b", re.I)
_FIRST_ROUND = re.compile(r"\bfirst round\b", re.I)
# "61 percent of the vote", "a majority of the votes cast": a share of the ballots, not the vote as a whole
_SHARE_OF = re.compile(
    r"(?:percent|per cent|%|share|majority|half|thirds?|quarters?|most|count|tally|recount)\s+of\s+(?:the\s+)?$", re.I
)


@dataclass(frozen=True)
class ElectionMention:
    start: int
    end: int
    text: str
    kind: str | None
    round: int | None
    territory: Territory | None
    date: date | None
    year: int | None = None  # a year that names the vote without its day: "a 2017 referendum"
    # the state whose every occupied territory the words name: "in the occupied territories of Ukraine, including
    # Crimea" (ISO alpha-3)
    everywhere: str | None = None
    # a vote ahead, not yet held: "Bibilov's plan for a referendum", "whether to hold the referendum"
    planned: bool = False
    earlier: bool = False  # a vote the text sets before another: "the previous elections in 2020"


@dataclass(frozen=True)
class ElectionRef:
    """A resolved election: what an election node in the graph describes."""

    territory: Territory
    kind: str
    date: date | None
    rounds: tuple[date, ...] = ()
    winner: str | None = None

    @property
    def key(self) -> str:
        return f"{slug(self.territory.name)}-{self.date.isoformat() if self.date else 'undated'}-{self.kind}"

    @property
    def label(self) -> str:
        when = self.date.isoformat() if self.date else "undated"
        kind = {"general": "general election", "referendum": "referendum", "unspecified": "election"}.get(
            self.kind, f"{self.kind} election"
        )
        return f"{self.territory.name} {kind} ({when})"


_TO_PRESIDENCY = re.compile(
    r"[\"”’']?\s+(?:to|for)\s+(?:the\s+|an?\s+)?(?:[\w'’]+\s+){0,2}(?:presidency|president)\b", re.I
)
# "elections to Russia's State Duma", "the vote for the new parliament", 'so-called "elections" to the State Duma':
# a parliamentary vote named after its noun
_TO_PARLIAMENT = re.compile(
    r"[\"”’']?\s+(?:to|for)\s+(?:the\s+|an?\s+)?(?:[\w'’]+\s+){0,2}"
    r"(?:parliament|duma|assembly|legislature|rada|supreme (?:council|soviet))\b",
    re.I,
)


# "the Supreme Council vote", "Sunday's State Duma elections": a vote named after the body it elects (not "the
# parliament's vote", which a parliament casts)
_PARLIAMENT_BEFORE = re.compile(
    r"\b(?:parliament|duma|legislature|rada|supreme (?:council|soviet)|(?:people's |national )?assembly|state council)"
    r"\s+\Z",
    re.I,
)


# the day people "voted", which makes the verb a vote's mention: "Crimeans voted on March 16" (not a body's vote:
# "the parliament voted on Tuesday to ...", "states voted"; nor a result claimed: "the regions voted to join")
_VOTED_WHEN = re.compile(  # (a wire's "voted Sunday", without "on"; "voted for a new parliament on Sunday")
    r"(?:\s+for\s+(?:a\s+|the\s+|their\s+)?(?:new\s+)?(?:president|parliament|legislature|assembly|leader))?"
    r"(?:\s+on\s+(?:joining|whether)\b[^.,;\n]{0,40}?)?"  # (a referendum's question: "voted on joining Russia on")
    r"\s+(?:(?:overwhelmingly|massively|heavily|largely)\s+)?(?:(?:on\s+)?(?:Sunday|Saturday|Monday|Tuesday|Wednesday"
    r"|Thursday|Friday)\b|on\s+(?:[0-3]?\d\s+[A-Z]|[A-Z][a-z]+\.?\s+[0-3]?\d\b))"
)
_BODY_VOTED = re.compile(
    r"\b(?:parliament|council|assembly|lawmakers|legislators|deputies|MPs|senators|senate|duma|rada|congress|members"
    r"|committee|delegates|delegations|states|countries|nations)\b[^.!?\n]{0,40}$",
    re.I,
)


def mention_kinds(text: str, sentences: list[tuple[int, int]] | None = None) -> set[str | None]:
    """The kinds of the votes a text mentions (None for a bare "vote" or "the polls"); `sentences` as for
    `find_election_mentions` (default: the text cut at full stops and line ends)."""
    sentences = sentences or rough_sentences(text)
    return {kind for _, _, _, kind in _vote_matches(text, sentences)}


def _vote_matches(text: str, sentences: list[tuple[int, int]]) -> Iterator[tuple[re.Match[str], int, int, str | None]]:
    """Each vote mention with its sentence's span and kind; not "61% of the vote", nor "elected" but of leaders, MPs."""
    for m in ELECTION_PATTERN.finditer(text):
        s_start, s_end = next(((s, e) for s, e in sentences if s <= m.start() < e), (0, len(text)))
        sentence = text[s_start:s_end]
        noun = m.group("noun")
        if noun.lower().startswith(("vote", "ballot")) and _SHARE_OF.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        if noun.lower().startswith("vote") and not m.group("kinds") and _body_voted_today(text, m):
            continue  # "adopted by a vote of 100 to 11", and then "Today's vote shows ...": an assembly's vote
        if (
            noun.lower() == "vote"
            and text.endswith("to ", 0, m.start())
            and _BODY_VOTED.search(text, s_start, m.start())
        ):
            continue  # "calling for the north's parliament to vote on joining Turkey": a body's, not the people's
        if noun.lower().startswith("referend") and _AS_A_REFERENDUM.search(text, max(0, m.start() - 40), m.start()):
            continue  # "a vote seen as a referendum on Ankara's influence": a vote's meaning, not another vote
        if noun.lower() == "elected" and (
            not elects_someone(sentence) or _AS_A_POST.search(text, m.end(), s_end) or _POST_NEXT.match(text, m.end())
        ):
            continue  # (nor an assembly's choice of its officers: "re-elected Alan Tadtaev ... as its speaker")
        if noun.lower() == "voted" and not (
            _VOTED_WHEN.match(text, m.end()) and not _BODY_VOTED.search(text, s_start, m.start())
        ):
            continue
        yield m, s_start, s_end, _mention_kind(text, m, sentence)


# what a vote is taken for: "seen as a referendum on Ankara's influence", "billed as a de facto referendum on"
_AS_A_REFERENDUM = re.compile(
    r"\b(?:seen|viewed|regarded|billed|cast|treated|framed|described|considered|interpreted|read)\s+as\s+"
    r"(?:a\s+|an\s+)?(?:(?:de\s+facto|virtual|kind\s+of|sort\s+of|informal)\s+)?$",
    re.I,
)
# a post a body fills by electing one of its own: "re-elected X as its speaker" (anywhere after), "elected speaker of
# parliament" (right after)
_AS_A_POST = re.compile(
    r"\bas\s+(?:its\s+|the\s+|parliament['’]s\s+)?(?:new\s+)?(?:deputy\s+|vice[- ])?"
    r"(?:speaker|chair(?:man|woman|person)?)\b",
    re.I,
)
_POST_NEXT = re.compile(r"\s+(?:the\s+)?(?:new\s+)?(?:deputy\s+)?speaker\b", re.I)


def _body_voted_today(text: str, m: re.Match[str]) -> bool:
    """Whether a vote is an assembly's that the text counts ("by a vote of 100 to 11"), or one it held that day in a
    text that counts one ("Today's vote shows that Russia is isolated"), or "the vote" alone just after such a count
    ("The text, approved by 512 votes to 47, condemns ... Georgia's Foreign Ministry welcomed the vote")."""
    return bool(
        TALLY.match(text, m.start())
        or re.search(r"\btoday['’]s\s+$", text[max(0, m.start() - 10) : m.start()], re.I)
        and TALLY.search(text)
        or counted_vote(text, m.start(), m.end())
    )


# the question a vote puts, which makes it a referendum: "a vote on joining Russia", "a poll on independence"
_ON_A_QUESTION = re.compile(
    r"\s+on\s+(?:joining|independence|unification|reunification|accession|secession|sovereignty|(?:the\s+)?status)\b",
    re.I,
)


# "any so-called referendums or elections", "elections and referendums": votes of every kind, named as a pair (and
# "any so-called referendum or elections": not "the elections and referendum" of one day, which are two votes)
_REFERENDUMS_BEFORE = re.compile(
    r"(?:\breferend(?:ums|a)|\bany\s+(?:so-called\s+)?referendum)[\"”]?\s+(?:or|and|and/or)\s+(?:so-called\s+)?[\"“]?\Z",
    re.I,
)
_REFERENDUMS_AFTER = re.compile(r"[\"”]?\s+(?:or|and|and/or)\s+(?:so-called\s+)?[\"“]?referend(?:ums|a)\b", re.I)


def _mention_kind(text: str, m: re.Match[str], sentence: str) -> str | None:
    noun = m.group("noun")
    if (
        noun.lower() == "elections"
        and not m.group("kinds")
        and (
            _REFERENDUMS_AFTER.match(text, m.end())
            or _REFERENDUMS_BEFORE.search(text, max(0, m.start() - 40), m.start())
        )
    ):
        return None  # "any so-called referendums or elections held in the occupied territories": any vote there
    if noun.lower() != "elected" and _TO_PARLIAMENT.match(text, m.end()) and not m.group("kinds"):
        return "parliamentary"
    if (
        noun.lower() != "elected"
        and not m.group("kinds")
        and _PARLIAMENT_BEFORE.search(text, max(0, m.start() - 40), m.start())
    ):
        return "parliamentary"  # "the Supreme Council vote", "the State Duma elections"
    if noun.lower() != "elected" and _TO_PRESIDENCY.match(text, m.end()) and not m.group("kinds"):
        return "presidential"  # "the election for the presidency of the Turkish Cypriot community"
    if noun.lower() != "elected" and not m.group("kinds") and _ON_A_QUESTION.match(text, m.end()):
        return "referendum"  # "another vote on joining Russia", "a ballot on independence": a question put to voters
    return kind_of(m.group("kinds") or m.group(0), noun, sentence)


def find_election_mentions(
    text: str,
    mentions: list[Mention],
    sentences: list[tuple[int, int]] | None = None,
    published: date | None = None,
    year: int | None = None,
) -> list[ElectionMention]:
    """Election mentions in a normalised text; `sentences` are (start, end) spans (default: the whole text);
    `year` is the one undated dates fall in when there is no `published` date (default: the latest named)."""
    sentences = sentences or [(0, len(text))]
    dates = find_dates(text, published, year or latest_year(text))
    found = []
    national, national_at = False, None  # whether the article names a claimant state's own vote, and where it last did
    for m, s_start, s_end, kind in _vote_matches(text, sentences):
        if nationwide(text, mentions, m.end(), s_end) or claimants_own(text, mentions, m.start(), (s_start, s_end)):
            national, national_at = True, s_start
            continue  # "the presidential election on May 25 to go ahead across Ukraine": a state's, not a territory's
        if national_at == s_start and votes_in_general(text, mentions, m, (s_start, s_end)):
            continue  # ('the vote in Russia was "not what free and fair elections look like"': not the territory's
        if _LIKENED_TO.search(text, max(s_start, m.start() - 40), m.start()):
            continue  # "comparing it to the votes Russia organised in Crimea": named to liken, no one's subject
        if _MEASURED_AGAINST.search(text, max(s_start, m.start() - 40), m.start()):
            continue  # "turnout exceeded that of the previous regional vote": a vote named to measure another by
        if _PUT_TO_VOTE.search(text, max(s_start, m.start() - 60), m.start()):
            continue  # "a referendum on an early presidential election": what the vote asked, not a vote held
        if _ANY_VOTE.search(text, max(s_start, m.start() - 20), m.start()):
            continue  # "any so-called election held in the occupied territories": votes in general, not one held
        if no_vote_there(text, m.end()):
            continue  # "No voting took place in Abkhazia and South Ossetia"
        sentence = text[s_start:s_end]
        round_ = (
            2
            if _RUNOFF.search(m.group(0)) or _RUNOFF.search(sentence)
            else (1 if _FIRST_ROUND.search(sentence) else None)
        )
        territories = [x for x in mentions if x.kind == "territory" and s_start <= x.start < s_end]
        territories = [x for x in territories if not TITLE.match(text, x.end)]  # not "Donetsk leader X"
        # not across a semicolon: "Russia's vote in occupied Ukraine; Chisinau protests polling in Transnistria"
        territories = [x for x in territories if ";" not in text[min(x.end, m.end()) : max(x.start, m.start())]]
        territories = not_after_occupied(text, mentions, territories, m.start(), m.end(), min(s_end, m.end() + 60))
        if compared := _COMPARED_TO.search(text, m.end(), s_end):  # not the place of the vote it is likened to
            territories = [x for x in territories if x.start < compared.start()]
        near = _nearby_date(text, dates, m.start(), m.end(), s_start, s_end)
        label = None if near else labelled_day(text, dates, m.start())
        near = near or label
        # (a vote ahead on a weekday, but not one people "voted" in: "residents voted Sunday", "voted for independence
        # in a referendum Sunday")
        past = m.group("noun").lower() in ("voted", "elected") or bool(_HELD_THEN.search(sentence))
        day = (near.value if near else None) if past else _coming_vote(near, kind)
        places = territories_of(text, territories, m.start())
        if day is not None and places and held_shortly_before(places, kind, day):
            day = None  # ("The disputed election in Abkhazia deepened into a crisis on Tuesday": a vote days before)
        if label and not places and kind in (None, ELECTION):  # "the vote" in a timeline's entry: the entry's
            places = entry_places(found, label)
        if day is None and places and (year or published):
            # "Pushilin won Sunday's vote in Donetsk, while Pasechnik won in Luhansk": the sentence's other places
            # where a vote of that kind was held the same day that year
            places += held_together(places, territories, kind, year or published.year)
        # (or a bare "voting" there after a vote in a state's occupied territories: `not_after_occupied`)
        beside = kind is None and any(f.everywhere and f.start >= s_start for f in found)
        if (
            places
            and (beside or states_own(text, mentions, m.start()))
            and not known_that_year(places, kind, day, year, published)
        ):
            continue  # "polling stations in Transnistria for Russia's presidential election": Russia's own vote
        known = known_places(kind, day)
        if kind in (None, ELECTION):  # a bare "vote" on a day: only the votes of a state or a place the sentence names
            states = {x.entity.iso3 for x in mentions if s_start <= x.start < s_end and x.entity and x.entity.iso3}
            named_places = {x.territory.name for x in territories if x.territory}
            known = [t for t in known if t.claimed_by in states or t.name in named_places]
        if known and not {t.name for t in places} & {t.name for t in known}:
            # the day says which votes better than the nearest place does ("referendums in four Ukrainian
            # regions on Sept. 23-27, 2022, ... the referendum in Crimea"), or names the place no word did (of those,
            # the places of the votes named before, when some are: `known_votes.places_named_before`)
            places = (places_named_before(known, found) if not places else []) or known
        elif known:  # "in the Donetsk, ... regions it occupies and in Crimea": the sentence's other places of that vote
            named = {x.territory.name for x in territories if x.territory}
            places = places + [t for t in known if t.name in named and t not in places]
        everywhere = all_occupied(text, mentions, s_start, s_end)
        # (several for votes named together: "the so-called elections of 2015 and 2017")
        named_years = adjacent_years(text, m.start(), m.end()) or [
            y for y in [years_ago(text, m.end(), published) or sentence_year(text, s_start, m.start())] if y
        ]
        if day is not None and named_years and day.year not in named_years:
            day = None  # "As in 2022, when Tbilisi called the presidential vote illegitimate, ... on Monday": 2022's
        years = [None] if day or not named_years else named_years
        places, own_days = on_their_days(places, dates, territories, text, m.end()) if day else (places, {})
        for territory, named_year in ((t, y) for t in places or [None] for y in years):
            found.append(
                ElectionMention(
                    m.start(),
                    m.end(),
                    m.group(0),
                    kind,
                    round_,
                    territory,
                    own_days.get(territory.name, day) if territory else day,  # ("18 October in Donetsk and 1 ...")
                    named_year,
                    everywhere,
                    bool(_PLANNED.search(text, max(0, m.start() - 30), m.start()) or _TO_BE_HELD.match(text, m.end())),
                    bool(_EARLIER.search(text, max(0, m.start() - 30), m.start()))
                    or (months_ago(text, m.start(), published) or 0) > 2,  # "last April's vote", in a February story
                )
            )
    if national and not any(f.territory or f.everywhere for f in found):
        return []  # "Aliyev won ... OSCE observers said the election took place in a restrictive environment": his
    return found


# what makes a vote's noun stand for any vote: "Any so-called election or referendum held in the occupied territories"
_ANY_VOTE = re.compile(r"\b(?:any|every)\s+(?:other\s+|future\s+)?$", re.I)
# what likens a vote to another: "said the vote had no legal force, comparing it to the votes Russia held in Crimea"
_COMPARED_TO = re.compile(r"\b(?:compar(?:ing|ed)|liken(?:ing|ed))\s+(?:it|them|this|the\s+\w+)\s+(?:to|with)\s+")
_LIKENED_TO = re.compile(_COMPARED_TO.pattern + r"(?:the\s+)?$")
# what measures a vote by another: "turnout exceeded that of the previous vote", "higher than in the 2019 election"
_MEASURED_AGAINST = re.compile(
    r"\b(?:than|(?:that|those)\s+of)\s+(?:in\s+|at\s+|during\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}$"
)
# the question a referendum puts: "a referendum on an early presidential election", "asked whether they backed one"
_PUT_TO_VOTE = re.compile(
    r"(?:\breferend(?:um|ums|a)\s+(?:on|about)|\bwhether\s+(?:[\w'’-]+\s+){1,3}(?:supported|backed|wanted|favou?red"
    r"|support|back|want|favou?r))\s+(?:holding\s+|calling\s+)?(?:an?\s+|the\s+)?(?:new\s+|early\s+|snap\s+)*$",
    re.I,
)


# what comes right before a vote that has not been held: "a plan for a referendum", "whether to hold the referendum",
# "plans for another vote", "any such referendum"
_PLANNED = re.compile(
    r"\b(?:plans?\s+(?:for|to\s+hold)|planned|proposed|possible|upcoming|future|any|(?:talk|idea|prospect)\s+of"
    r"|(?:whether|would|will)\s+"
    r"(?:to\s+)?hold|to\s+hold)\s+(?:a\s+|the\s+|an\s+|another\s+)?(?:new\s+|such\s+)?$",
    re.I,
)
# what follows a vote that has not been held: "a referendum on accession would be held", "elections will take place"
_TO_BE_HELD = re.compile(  # (or its plan named after it: "Karabakh referendum plan", "the referendum planned in ...")
    r"(?:\s+on\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:would|will|is\s+to|was\s+to)\s+(?:be\s+held|take\s+place)\b|\s+plan(?:s|ned)?\b"
)
# what comes right before a vote the text sets before another: "the previous elections", "the last parliamentary
# vote", "an earlier referendum" (not "last week's vote")
_EARLIER = re.compile(r"\b(?:previous|prior|earlier|preceding|past|last)\s+(?:[\w-]+\s+)?$", re.I)
_ADJACENT = re.compile(r"(?:'s)?\s*(?:['\"]\s*)?")

# a sentence that says its vote was held (past), which a weekday then dates back: "voted for independence in a
# referendum Sunday", "the vote was held on Sunday"
_HELD_THEN = re.compile(r"\b(?:voted|went\s+to\s+the\s+polls|(?:was|were)\s+held|took\s+place)\b", re.I)
# a clause opening between a date and a vote: the day of the words ("said on January 19 that the referendum")
_THAT = re.compile(r"\bthat\b", re.I)
# a speech verb between a vote and a date: the day of the words ("the Abkhaz vote, said on Monday"), not the vote's
_SPOKEN = "said|says|told|announced|stated|declared|added|wrote|tweeted|speaking|spoke|talking|stressed|insisted"
_SAID = re.compile(rf"\b(?:{_SPOKEN}|noted|recalled|repeated|reiterated)\b", re.I)  # ("repeated on Friday that")
# a verb of speech or stance: what someone did on the day named before it
_REACTED = re.compile(
    r"\b(?:said|says|told|announced|stated|declared|added|wrote|tweeted|condemn\w*|denounc\w*|reject\w*|call(?:s|ed)"
    r"|describ\w*|dismiss\w*|slam\w*|critici[sz]\w*|welcom\w*|hail\w*|recogni[sz]\w*|brand\w*|decr\w*|deplor\w*"
    r"|protest\w*|congratulat\w*|prais\w*|blast\w*|lambast\w*|urg\w*|warn\w*)\b",
    re.I,
)
# what opens a sentence before the day it opens with ("On 18 June 2000 the regime ...", "From 18 to 20 September"), and
# the verb right before a vote that sentence says was held then ("held so-called parliamentary elections")
_OPENS = re.compile(r"\s*(?:[•*–—-]\s*)?(?:(?:[Oo]n|[Ff]rom)\s+)?")
_HELD_BEFORE = re.compile(r"\b(?:held|staged|conducted|organi[sz]ed)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$")
# what a vote's day follows in a clause on the vote, however far its head: "had been held between Friday and Sunday"
_HELD_ON = re.compile(r"\b(?:held|took\s+place|conducted|staged)\s+(?:on|between|from|over)\s+$")
# the occasion of the words between a vote and a date, which dates the words: 'called the poll "a farce" at a news
# conference in Tbilisi on 24 May'
_OCCASION = re.compile(
    r"\b(?:at|in|during)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}(?:(?:news|press)\s+conference|briefing"
    r"|interview|statement|speech|address)\b",
    re.I,
)
# a source cited with its date, in brackets: "(Basapress, 24 December 1996)"
_CITED = re.compile(r"\(\s*[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3},\s*$")
# a page's own date in its title: "who said what about the referendums (updated 3 October 2022)"
_PAGE_DATE = re.compile(r"\b(?:updated|published|posted|as\s+of)\s*:?\s*(?:on\s+)?$", re.I)
# a document's own date before the vote it is on: "European Parliament resolution of 13 March 2025 on the ... election"
_DOCUMENT_OF = re.compile(
    r"\b(?:resolution|statement|declaration|decision|communiqu[eé]|letter|note|report)\s+of\s+(?:the\s+)?$", re.I
)


# what comes between two mentions of one vote's day: another vote named with it ('the so-called "referendum" and
# "presidential elections" held on 12 November'), or the one a referendum asks of ("the referendum on an early
# presidential election held on Sunday")
_WITH_IT = re.compile(
    r"""[\s"'”“]*(?:,|and|or|as\s+well\s+as)\s+(?:the\s+|a\s+)?(?:so-called\s+)?[\s"'“]*|\s+on\s+(?:[\w-]+\s+){0,3}""",
    re.I,
)


def _another_vote_before(text: str, end: int, day: int) -> bool:
    """Whether a vote not named with the one ending at `end` is named between it and a date at `day`."""
    other = ELECTION_PATTERN.search(text, end, day)
    return other is not None and not _WITH_IT.fullmatch(text, end, other.start())


def _coming_vote(found: DateMention | None, kind: str | None) -> date | None:
    """The day of a date mention, or for a weekday the coming one, when a known vote was held then and none on the
    last: "the polls the separatists plan to hold on Sunday", in Saturday's paper."""
    if found is None or found.value is None:
        return None
    coming = found.value + timedelta(days=7)
    if found.weekday and not known_places(kind, found.value) and known_places(kind, coming):
        return coming
    return found.value


def _nearby_date(
    text: str, dates: list[DateMention], start: int, end: int, s_start: int, s_end: int
) -> DateMention | None:
    """The date of a vote stands right before its mention ("the March 16, 2014 referendum", "Sunday's vote"),
    else just after it ("held ... on March 31", not "the vote, said on Monday", but "the vote ..., which officials said
    had been held between Friday and Sunday" however far), else just before a verb mention ("on Saturday elected")."""
    after = [
        d
        for d in dates
        if end <= d.start < s_end
        and d.value
        and not _PAGE_DATE.search(text, max(0, d.start - 20), d.start)
        and not _CITED.search(text, max(0, d.start - 40), d.start)
        and (
            d.start < end + 90
            and not _SAID.search(text, end, d.start)
            and not _OCCASION.search(text, end, d.start)
            # (not another vote's, named nearer it: "a referendum would be held ..., and after losing the first round
            # on 10 April"; but "the referendum and presidential elections held on 12 November" share it)
            and not _another_vote_before(text, end, d.start)
            # "the vote ..., which officials said had been held between Friday and Sunday"
            or _HELD_ON.search(text, max(end, d.start - 30), d.start)
            and not ELECTION_PATTERN.search(text, end, d.start)
        )
    ]
    before = [
        d
        for d in dates
        if max(start - 25, s_start) <= d.start
        and d.end <= start
        and d.value
        and not _THAT.search(text, d.end, start)
        and not _DOCUMENT_OF.search(text, max(0, d.start - 30), d.start)
        # (not the day someone reacted: "Ukraine on Wednesday denounced the elections in ...")
        and not _REACTED.search(text, d.end, start)
    ]
    adjacent = [d for d in before if _ADJACENT.fullmatch(text[d.end : start])]
    if adjacent or after or before:
        return adjacent[-1] if adjacent else after[0] if after else before[-1]
    # "On 18 June 2000 the separatist regime ... held so-called parliamentary elections": the day the sentence opens
    # with is the day of the vote it says was held
    opening = next((d for d in dates if s_start <= d.start and d.end <= start and d.value), None)
    if (
        opening
        and _OPENS.fullmatch(text, s_start, opening.start)
        and _HELD_BEFORE.search(text, max(0, start - 20), start)
    ):
        return opening
    return None

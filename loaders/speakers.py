"""Who speaks: the speaker and the actor it speaks for, from the subject of a speech or stance verb.

A subject can name an actor ("Turkey", "Ankara", "the U.K."), a body ("the Ministry of Foreign Affairs of
Kazakhstan", "Estonian MFA"), a person with a role ("Turkish Ambassador to Azerbaijan Erkan Ozoral",
"Nabila Massrali, the spokesperson for ..."), a list of actors, or point back to one ("the ministry", "the
bloc", "the statement", "it", "she", "the ambassador"), which `loaders.discourse` resolves from who spoke last.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg.namespaces import spelling_key
from loaders.clauses import beside_the_speaker
from loaders.de_facto import territory_held
from loaders.discourse import BODY_PRONOUNS, Discourse, Speaker, reference, unowned_government
from loaders.gazetteer import Entity, load_gazetteer
from loaders.mentions import Mention
from loaders.named_officials import office_of, paired_with_actors
from loaders.persons import CLAIMANTS_OWN, PORTFOLIO_WORDS, ROLE_WORDS, held_formerly, persons_in, principals_in
from loaders.possessives import CLAIMED_PART, authored_by, institution_words, owning_state
from loaders.presiding import BLOCS, beside_the_co_chairs, chaired_together, chairs, presided
from loaders.role_owners import (
    acts_where,
    antecedent_owner,
    group_before,
    group_of_role,
    holder_named_before,
    member_of_group,
    officials_in_capital,
    officials_own,
    one_of_them,
    owned_by_unnamed,
    owner_named_before,
    setting,
    state_before,
)
from loaders.speech_verbs import SPEECH_VERBS
from loaders.stance_words import VOTE_NOUNS
from loaders.state_groups import group_members, listed_group, states_counted
from loaders.text import TIME_STAMP

# what a state's adjective may qualify to name its speaker: "the U.S. administration", "Georgian Prime Minister"
_MODIFIES_ROLE = ROLE_WORDS | {
    "ministry", "embassy", "government", "administration", "side", "authorities", "officials", "mfa", "statement",
    "leadership", "office", "delegation", "mission", "parliament", "prime", "vice", "acting", "press", "defence",
    "defense", "interior", "diplomacy", "counterpart", "governor",  # ("Kherson's Ukrainian governor")
}  # fmt: skip
# the people of a state's institutions, who speak for it ("Russian lawmakers"; not "Greek Cypriot leaders", any party's)
_SPEAKING_FOR_STATE = {"lawmakers", "diplomats", "mps", "deputies", "senators", "envoys", "ministers"}
# a state's legislators, who speak for the state whose capital a sentence is set in ("In Moscow, lawmakers welcomed")
_LEGISLATORS = {"lawmakers", "legislators", "mps", "deputies", "senators", "parliamentarians"}


@cache
def _territory_leaders() -> frozenset[str]:
    """The surnames (spelling keys) of the known votes' winners who hold no office of a state: the territories'
    leaders, who speak for no actor (Putin, a winner of Crimea's votes, speaks for Russia)."""
    gaz = load_gazetteer()
    return frozenset(
        spelling_key(e.winner.split()[-1]) for e in gaz.elections if e.winner and not gaz.offices(e.winner)
    )


def territory_leader(name: str) -> bool:
    """Whether a person's name is that of a known vote's winner who holds no office of a state: a territory's leader."""
    return bool(name.split()) and spelling_key(name.split()[-1]) in _territory_leaders()


def _actor_of(entity: Entity) -> Entity:
    return load_gazetteer().actor_of(entity)


def _within(token: Token, mentions: list[Mention]) -> bool:
    """Whether the token is part of one of the mentions."""
    return any(m.start <= token.idx < m.end for m in mentions)


def _demonym_counts(
    doc: Doc, m: Mention, subject_head_idx: int, demonyms: list[Mention], bodies: list[Mention] = ()
) -> bool:
    """A demonym names its state only as the head ("neighbour Georgian") or before a role or body word, alone or
    with other demonyms joined to it ("the French and German foreign ministers", "the French and German embassies":
    both states)."""
    tokens = [t for t in doc if m.start <= t.idx < m.end]
    if not tokens:
        return False
    last = tokens[-1]
    if last.i == subject_head_idx:
        return True
    after = last.i + 1
    while after < len(doc) - 1 and doc[after].lower_ in (",", "and") and _within(doc[after + 1], demonyms):
        after += 1
        while after < len(doc) - 1 and _within(doc[after], demonyms):
            after += 1
    if after < len(doc) - 1 and doc[after].lower_ in (",", "and") and _within(doc[after + 1], bodies):
        return True
    while after < len(doc) - 1 and doc[after].lower_ in PORTFOLIO_WORDS | {"foreign", "parliamentary"}:
        after += 1  # "Georgian Reintegration Minister Eka Tkeshelashvili", "Russian parliamentary speaker X"
    if after < len(doc) and doc[after].lemma_.lower() in ("observer", "monitor"):
        return doc[after - 1].lower_ == "parliamentary"  # "a Russian parliamentary observer": a lawmaker watching
        # the vote; a "Russian observer" may be a political commentator
    return after < len(doc) and (doc[after].lower_ in _MODIFIES_ROLE or doc[after].lower_ in _SPEAKING_FOR_STATE)


# what an actor named in a post may be the subject of: "the committee on CIS affairs"
_PORTFOLIO = re.compile(r"\s+(?:affairs|relations|integration)\b", re.I)
_BACKED = re.compile(r"-(?:backed|supported|installed|appointed|sponsored|controlled|friendly|leaning)\b", re.I)
# a state named as a party's country: "leader of Turkey's Nationalist Movement Party" (the party's, not the state's)
_PARTY_OF = re.compile(
    r"['’]s\s+(?:(?:ruling|opposition|main|far-right|nationalist)\s+)?(?:[A-Z][\w-]*\s+){0,4}[Pp]arty\b"
)
# a legislator named with the state or district they sit for: "Senator Jon Ossoff of Georgia", "Rep. X (D-Georgia)"
_CONSTITUENCY = re.compile(
    r"\b(?:Senator|Sen\.|Representative|Rep\.|Congressman|Congresswoman|Governor|Gov\.)\s+"
    r"(?:[A-Z][\w'’.-]+\s+){1,3}(?:of\s+|\([DRI]-)$"
)
_POSTS = {"chair", "head", "lead"}  # "X, who chairs the State Duma's committee ...": the post held
_GROUPINGS = BLOCS | {"grouping", "association"}
_INDEFINITE = ("a", "an", "one", "another")  # ("Serbia, another country friendly to Russia, said")


def _holds_post(verb: Token) -> bool:
    """Whether a relative clause says the post its subject holds ("who chairs the Duma's committee on ..."):
    what it names is whom they speak for, not something said about them."""
    return verb.lemma_.lower() in _POSTS and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children)


# what comes before a host state or organisation: "Ambassador to", "Embassy in the", "the OSCE mission to", "Diplomats
# at the UN" (the states' envoys there), "its special representative for Moldova" (where an envoy is sent)
_SENT_FOR = r"(?<=representative )for|(?<=envoy )for"
_HOST = re.compile(rf"(?:\b(?P<sent>mission|delegation|office)\s+)?\b(?:to|in|at|{_SENT_FOR})\s+(?:the\s+)?$", re.I)


def resolve_subject(
    doc: Doc, span: Span, head_idx: int, mentions: list[Mention], text: str, discourse: Discourse
) -> list[Speaker]:
    """The speakers a subject span names (several for a list of actors; none when nobody is named); one who
    chairs an international organisation speaks for it (`loaders.presiding`)."""
    speakers = _named_speakers(doc, span, head_idx, mentions, text, discourse)
    # "X, Y and Z, as co-chairs of the Minsk Group,", "the co-chairs - A of Russia, B of France ... -": the group
    listed = len(speakers) > 1 and not beside_the_co_chairs(span)  # (not "Turkey and the co-chairs said")
    group = chaired_together(text, span.start_char, span.end_char, mentions) if listed else None
    if group is not None and all(s.actor.kind == "State" or s.actor == group for s in speakers):
        return [Speaker(group, (span.start_char, span.end_char), tuple(p for s in speakers for p in s.persons))]
    chaired = presided(text, span.start_char, span.end_char, mentions)
    if chaired is not None and len(speakers) == 2 and listed and chaired in {s.actor for s in speakers}:
        speakers = [s for s in speakers if s.actor == chaired]  # "The Luxembourg presidency of the EU said": the EU
    if chaired is None or len(speakers) > 1:
        return speakers
    plural = doc[head_idx].tag_ == "NNS"  # (not one named before for "the co-chairs")
    if not speakers or plural and speakers[0].weak and not any(p in span.text for p in speakers[0].persons):
        return [Speaker(chaired, (span.start_char, span.end_char))]
    return [replace(speakers[0], actor=chaired, weak=False)]


def _related_to(doc: Doc, person: tuple[str, int, int]) -> bool:
    """Whether a person's name is the object of a preposition ("an ally of Vladimir Putin"), not a name given."""
    name = doc.char_span(person[1], person[2], alignment_mode="expand")
    return name is not None and len(name) > 0 and name[-1].dep_ == "pobj"


def _in_relative_clause(doc: Doc, span: Span, head_idx: int, person: tuple[str, int, int]) -> bool:
    """Whether a person is named in a relative clause on the subject, however parsed, as what the clause says of it,
    not as who speaks: "The United Nations, whose Secretary-General Kofi Annan drew up the plan, said" (but "The EU,
    whose spokesperson X said ..., added": who speaks for it)."""
    at = next((t for t in span if t.idx <= person[1] < t.idx + len(t)), None)
    if at is None:
        return False
    name = next((t for t in span if t.idx < person[2] <= t.idx + len(t)), at)
    # (or a participle that says who leads it: "The government in Chisinau, led by Prime Minister X, said"; or a
    # clause on its apposition: "Moldova's president, X, who lost the runoff to Y, said")
    on_it = [c for c in span if c.head.i == head_idx and c.is_ancestor(at)]
    clause = next((c for c in on_it if c.dep_ == "relcl" or c.dep_ == "acl" and c.lemma_ in ("lead", "head")), None)
    clause = clause or next((c for c in at.ancestors if c.dep_ == "relcl" and span.start <= c.i < at.i), None)
    whose = next((t for t in reversed(doc[span.start : at.i]) if t.lower_ == "whose" or t.text == ","), None)
    return (clause is not None or whose is not None and whose.lower_ == "whose") and (
        name.head.lemma_.lower() not in SPEECH_VERBS
    )


def _apposition_start(token: Token) -> int:
    """Where the phrase of `token` starts, with the words of its apposition the parse split off before it ("a co -
    chair of the Minsk Group": "co" and "-" hung apart from "chair")."""
    start = token.left_edge.i
    while start > token.head.i + 1 and token.doc[start - 1].text != "," and token.doc[start - 1].head.i == token.head.i:
        start = token.doc[start - 1].left_edge.i
    return start


def _named_speakers(
    doc: Doc, span: Span, head_idx: int, mentions: list[Mention], text: str, discourse: Discourse
) -> list[Speaker]:
    # a relative clause in the subject ("Russia, which recognised X after a war with Y, said") says something about
    # the speaker; the actors it names are not speakers; and so does an indefinite apposition ("The government of
    # Cyprus, a member of the European Union, said") and an adjective set off after it ("Hungary, usually reluctant
    # to criticise Moscow, said")
    clauses = [
        (doc[_apposition_start(c)].idx, doc[c.right_edge.i].idx + len(doc[c.right_edge.i]))
        for c in span
        if c.i != head_idx
        and (
            c.dep_ in ("relcl", "acl")
            and c.pos_ in ("VERB", "AUX")
            and not _holds_post(c)
            and not (c.lemma_.lower() in _PUBLISHED and c.head.lemma_.lower() in _PAPERS)  # (who published the paper)
            or c.dep_ == "appos"  # ("France, one of the co-chairs, said"; "GUAM, the regional grouping of ..., said")
            and (doc[_apposition_start(c)].lower_ in _INDEFINITE or c.pos_ == "NOUN" and c.lemma_ in _GROUPINGS)
            or c.dep_ == "amod"
            and c.i > head_idx
            and doc[c.left_edge.i - 1].text == ","
        )
    ]
    # and whom the speaker met, spoke with or is likened to ("in a conversation with X", "Ukraine, like the EU, ...")
    met = [
        (doc[c.left_edge.i].idx, doc[c.right_edge.i].idx + len(doc[c.right_edge.i]))
        for c in span
        if c.i != head_idx and beside_the_speaker(c)
    ]
    clauses += met
    # and a clause the parse left inside the subject ("Ukraine on Thursday condemned Russia for ..., saying")
    clauses += [
        (c.idx, doc[c.right_edge.i].idx + len(doc[c.right_edge.i]))
        for c in span
        if c.i != head_idx and c.pos_ == "VERB" and c.dep_ in ("ROOT", "conj", "advcl", "ccomp") and c.i < span.end - 1
    ]
    inside = [  # a name the parse cut the subject into counts too: "[co-][chairs of the OSCE Minsk Group]"
        m
        for m in mentions
        if m.start < span.end_char
        and span.start_char < m.end
        and not any(s <= max(m.start, span.start_char) < e for s, e in clauses)
    ]
    head = doc[head_idx]
    if territory_held(span, head, mentions, clauses):
        return []  # "the separatist authorities", "Abkhaz leader Aslan Bzhania": nobody the graph holds
    counters = ELECTION_BODY.search(span.text) and not any(m.entity is not None for m in inside)
    known = counters and office_of(persons_in(doc, span, mentions), discourse.year) is not None  # (Ella Pamfilova)
    if counters and not known and setting(doc, span, mentions) is None:
        return []  # "The head of the referendum commission, Mikhail Malyshev": the vote's counters, no state's
    bodies = [m for m in inside if m.kind == "body"]
    # (not one an indefinite apposition relates to: "Lukashenko, a close ally of X"; but its name: "a spokeswoman, X,")
    asides = [(doc[_apposition_start(c)], c) for c in span if c.dep_ == "appos" and c.i != head_idx]
    asides = [(a.idx, doc[c.right_edge.i].idx) for a, c in asides if a.lower_ in ("a", "an", "another")]
    persons = [
        p
        for p in persons_in(doc, span, mentions)
        if not _in_relative_clause(doc, span, head_idx, p)
        and not (any(s <= p[1] <= e for s, e in asides) and _related_to(doc, p))
        and not any(s <= p[1] < e for s, e in met)  # ("X, in a phone call with Vladimir Putin, voiced support")
    ]
    if held_formerly(span):  # "Former NATO Secretary General X said", "A former U.S. co-chair of the Minsk Group
        return []  # said": a former official speaks for no actor, named or not
    role_tokens = [t for t in span if t.lower_ in ROLE_WORDS]
    if (
        head.lower_ in _THE_VOTE_ITSELF
        and not persons
        and not role_tokens
        and not bodies
        and not any(m.start <= head.idx < m.end for m in mentions)
    ):
        return []  # "The holding of so-called elections in the occupied areas of Ukraine has ... and supports"
    actors = []
    demonyms = [m for m in inside if m.kind == "demonym"]
    for m in inside:
        if (
            m.kind in ("actor", "capital")
            or m.kind == "demonym"
            and _demonym_counts(doc, m, head_idx, demonyms, bodies)
        ):
            host = _HOST.search(text, max(span.start_char, m.start - 20), m.start)
            hosted = role_tokens or bodies or host and host.group("sent") or head.lemma_.lower() in ROLE_WORDS
            if host and hosted and not officials_in_capital(head, m):
                continue  # "Ambassador to Azerbaijan", "Embassy in Baku", "the OSCE mission to Moldova": the host
            if CLAIMED_PART.match(text, m.end):
                continue  # "the acting leader of Georgia's breakaway region": the territory's, not Georgia's
            if _CONSTITUENCY.search(text, max(span.start_char, m.start - 60), m.start):
                continue  # "U.S. Senator Jon Ossoff of Georgia": the state a legislator sits for, not the country
            if _PORTFOLIO.match(text, m.end):
                continue  # "the committee on CIS affairs", "Minister for EU Integration": a subject, not a speaker
            if _BACKED.match(text, m.end):
                continue  # "the Moscow-backed prime minister Raul Khajimba": who backs him, not for whom he speaks
            if _PARTY_OF.match(text, m.end):
                continue  # "Devlet Bahceli, leader of Turkey's Nationalist Movement Party": the party's country
            actors.append(m)

    # a person, with the actor of their role, or of an earlier mention of them
    paired = paired_with_actors(persons, actors)
    if paired:
        role_text = _role_text(text, span, persons)
        return [Speaker(actor, (start, end), (name,), role_text) for actor, (name, start, end) in paired]
    if persons and not actors and not any(b.entity for b in bodies) and all(territory_leader(p[0]) for p in persons):
        return []  # "Bibilov, a former commander of the region's emergency ministry, has said": a territory's leader
    if persons:
        role_text = _role_text(text, span, persons)
        role_actor, inferred = None, False
        if bodies and bodies[0].entity:
            role_actor = _actor_of(bodies[0].entity)
        elif actors:
            role_actor = _actor_of(actors[0].entity)
        elif bodies or re.search(r"\b(ministry|embassy|country)\b", role_text or "", re.I):
            # "Kazakhstan will not ..., a spokesman for its foreign ministry said": the actor the sentence named
            # before; else the state spoken of last, unless the words name another (a guess, which an official the
            # list knows overrides: "The Turkish Foreign Ministry said ... Foreign Ministry spokeswoman Leyla
            # Abdullayeva said": Azerbaijan's)
            role_actor = antecedent_owner(doc, span, mentions) or setting(doc, span, mentions)
            inferred = role_actor is not None
            if role_actor is None and bodies and unowned_government(bodies[0]):
                role_actor, inferred = discourse.government, True
            if role_actor is None:
                role_actor, inferred = discourse.last_state or discourse.header or discourse.claimant, True
        elif role_tokens:
            role_actor = setting(doc, span, mentions)  # "In Ankara, Deputy Prime Minister Besir Atalay welcomed"
            if role_actor is None and (any(t.lower_ in ("whose", "its", "their") for t in span) or one_of_them(head)):
                # "the Duma sent observers whose head, X, said", "A delegation of Russian lawmakers observed the vote.
                # Its head, X, said"
                role_actor = antecedent_owner(doc, span, mentions)
            if role_actor is None and CLAIMANTS_OWN.search(role_text or ""):
                role_actor = discourse.claimant  # "Deputy Prime Minister for Reintegration X": the claimant's portfolio
            if role_actor is None and not re.search(r"\bgovernment\b", role_text or "", re.I):
                # (a guess a listed official overrides; not "Government spokesman X", whom a paper's own government
                # speaks through after "Turkey congratulated ...")
                role_actor = state_before(doc, span, mentions)
                inferred = role_actor is not None
        official = office_of(persons, discourse.year, role_text)
        if official is None and not actors and re.search(r"\bparty\b", role_text or "", re.I):
            return []  # "Nationalist Movement Party leader X" (no office of a state named or listed): no actor's
        known = next((discourse.persons[p[0]] for p in persons if p[0] in discourse.persons), None)
        if official is not None and (role_actor is None or inferred) and not chairs(known, role_tokens):
            role_actor, inferred = official[0], False  # "Foreign Ministry spokeswoman Maria Zakharova": Russia's
        elif role_actor is None and (served := office_of(principals_in(doc, span), discourse.year)) is not None:
            role_actor = served[0]  # "Erdogan's spokesman Ibrahim Kalin": the aide of an official of Turkey
        elif role_actor is None and role_tokens:
            # "A group of Russian State Duma deputies ... . The elections were legal, deputy X said"
            role_actor = group_of_role(doc, span, role_tokens[0], mentions)
        if known and len(persons) == 1 and any(persons[0][0] in n for n in known.persons):
            names = tuple(n for n in known.persons if persons[0][0] in n)  # (not the others named with them)
        elif official is not None and len(persons) == 1:
            names = (official[1],)  # "Lavrov said": Sergey Lavrov
        else:
            names = tuple(p[0] for p in persons)
        if official is not None and len(names) == 1 and " " not in names[0]:
            names = (official[1],)  # a surname met before with another: "Kerry, Lavrov at odds" ... "Lavrov said"
        actor = role_actor or (known.actor if known else None)
        actor = actor or member_of_group(doc, span, head, mentions)  # "one of the deputies, X", after "... deputies"
        if actor is None and one_of_them(head) and discourse.last_speaker is not None:
            actor = discourse.last_speaker.actor  # "..., said one of them, Viktor Alksnis": of those who spoke last
        if actor is None and not role_tokens:
            return []  # a bare name no earlier sentence introduced ("Gagloev, who has opposed ..."): not a spokesman
        weak = actor is None or inferred
        # "President X said", nobody named yet: the state of the last speaker, else of the dateline's capital
        actor = actor or (
            discourse.last_speaker.actor if discourse.last_speaker else discourse.header or discourse.last_state
        )
        if actor is None:
            return []
        body = bodies[0] if bodies else None
        return [
            Speaker(
                actor,
                (persons[0][1], persons[-1][2]),
                names,
                role_text or (known.role if known else None),
                body.text if body else None,
                body.body if body else None,
                weak=weak,
            )
        ]
    # an official named by role alone: "Lithuania's foreign minister", "The Council of Europe's Secretary General"
    misheaded = (
        len(actors) == 1 and actors[0].start <= head.idx < actors[0].end and text[actors[0].end :].startswith("'s")
    )
    joined = len(actors) > 1 and any(c.dep_ == "conj" or c.lower_ == "as" for c in head.children)  # (", as well as")
    if role_tokens and actors and not bodies and not joined and (head.lower_ in ROLE_WORDS or misheaded):
        role = re.sub(r"^(?:the|a|an)\s+", "", text[span.start_char : span.end_char], flags=re.I)
        actor = _actor_of(actors[0].entity)  # (and whom the text named before, if they held the office then)
        named = holder_named_before(discourse.persons, actor, role, discourse.year)
        return [Speaker(actor, (span.start_char, span.end_char), named, role=role)]
    # bodies and actors, several of them when the subject lists them
    non_possessive = [
        m for m in actors if not re.match(r"\s*'s?\b|\s*'", text[m.end : m.end + 3]) or authored_by(doc, m)
    ]
    named = sorted([m for m in bodies] + non_possessive, key=lambda m: m.start)
    speakers: list[Speaker] = []
    for m in named:
        if m.kind == "body":
            if m.entity is None and not _anaphoric(text, m):
                continue  # "Western governments": nobody in particular
            owner = (
                _actor_of(m.entity)
                if m.entity
                else (
                    antecedent_owner(doc, span, mentions)
                    or setting(doc, span, mentions)
                    or (discourse.government if unowned_government(m) else None)
                    or owner_named_before(mentions, m)
                    # ("Secretary General X said the Secretariat regards ...": an organisation's, the one that spoke)
                    or (discourse.last_org if BODY_PRONOUNS.get(m.text.split()[-1].lower()) == "org" else None)
                    # ("the Bureau for Reintegration Policies said", after others spoke: the claimant's portfolio;
                    # and "the government's Bureau for Reintegration Policies", read from the government on)
                    or (discourse.claimant if CLAIMANTS_OWN.search(text, m.start, max(m.end, span.end_char)) else None)
                    or discourse.last_state
                    or discourse.header
                    # (not a vote's counters: "According to the Central Election Commission, turnout ..." is the
                    # territory's own, which speaks for no state)
                    or (discourse.claimant if not ELECTION_BODY.search(m.text) else None)
                )
            )
            if owner is not None:
                named = discourse.body_named_before(owner, m.text.split()[-1]) if m.entity is None else None
                body, kind = (named.body, named.body_kind) if named else (m.text, m.body)
                weak = m.entity is None and acts_where(span) is None  # (not for "Moscow, where the ministry said")
                speakers.append(Speaker(owner, (m.start, m.end), body=body, body_kind=kind, weak=weak))
        else:
            # (an organisation's body the gazetteer names speaks for the organisation, through that body: "the
            # European Commission", "the Council of Europe's Committee of Ministers")
            body = m.entity.name if m.entity.part_of else None
            speakers.append(Speaker(_actor_of(m.entity), (m.start, m.end), body=body, body_kind=body))
    unique = list({s.actor.key: s for s in reversed(speakers)}.values())[::-1]
    if unique and (listed := listed_group(span)):  # "Britain, France, Poland and the Baltic states said"
        have = {s.actor.key for s in unique}
        unique += [Speaker(actor, (span.start_char, span.end_char)) for actor in listed if actor.key not in have]
    owner = owning_state(doc, span, actors) if not unique else None
    if owner is not None:  # "Moldova's Bureau for Reintegration": an institution of the state that owns it
        return [Speaker(owner, (span.start_char, span.end_char), body=institution_words(span))]
    if not unique and head.lower_ in ROLE_WORDS and (served := office_of(principals_in(doc, span), discourse.year)):
        return [Speaker(served[0], (span.start_char, span.end_char), role=span.text)]  # "a spokesperson for Mogherini"
    if not unique and head.lower_ in ROLE_WORDS and (owner := antecedent_owner(doc, span, mentions)) is not None:
        return [Speaker(owner, (span.start_char, span.end_char), role=span.text)]  # "..., and its envoy said"
    whose_body = not unique and BODY_PRONOUNS.get(head.lower_) == "body" and span[0].lower_ == "whose"
    if whose_body and (owner := antecedent_owner(doc, span, mentions)) is not None:  # "Venezuela, whose ministry said"
        return [Speaker(owner, (span.start_char, span.end_char), body=span[1:].text)]
    # "For Germany, ..., a government spokesman said", "In Moscow, lawmakers (a Foreign Ministry source) said"
    officer = head.lower_ in ROLE_WORDS | _LEGISLATORS or head.lower_ in ("source", "sources") and bodies
    if not unique and officer and (owner := setting(doc, span, mentions)):
        return [Speaker(owner, (span.start_char, span.end_char), role=span.text)]
    if not unique and head.lower_ in ROLE_WORDS and owned_by_unnamed(doc, span, mentions):
        return []  # "The CTP is expected to form a government. Its leader has said": the party's, nobody's official
    if not unique and (pair := states_counted(span, mentions) or group_members(span.text)):
        return [Speaker(actor, (span.start_char, span.end_char)) for actor in pair]  # (or "the Baltic states")
    if not unique and len(actors) == 1 and head.lemma_.lower() in _PAPERS:  # "According to the EU's statement"
        return [Speaker(_actor_of(actors[0].entity), (span.start_char, span.end_char))]
    if not unique and head.lower_ == "they" and (group := group_before(doc, head, mentions)) is not None:
        return [Speaker(group, (span.start_char, span.end_char), weak=True)]  # "... our Ukrainian partners. They said"
    if not unique and (held := officials_own(doc, head, discourse.year)) is not None:
        return [Speaker(held, (span.start_char, span.end_char), body=span.text)]  # "President X's office said"
    return unique or reference(head, discourse)


_PAPERS = {"statement", "declaration", "communique", "communiqué", "message", "note", "letter"}  # what one issues
_PUBLISHED = {"post", "publish", "issue", "release", "circulate"}  # ("a statement posted on the website of X")


# a subject that is the vote or its holding, which speaks for no one whatever actor its words name
_THE_VOTE_ITSELF = VOTE_NOUNS | {"holding", "conduct"}


# a vote's counters ("the Central Election Commission", "the referendum commission"), whose figures are no state's
# position
# (and "the region's electoral authorities", "election officials": the territory's own)
ELECTION_BODY = re.compile(
    r"\b(?:elect(?:ion|oral)|referendum)\s+(?:commission|committee|board|authorities|officials)\b|\bCEC\b", re.I
)


_OF_STATES = re.compile(r"\b(?:States|Countries|Nations|Republics)\b")


def _anaphoric(text: str, m: Mention) -> bool:
    """'the ministry', 'its foreign ministry', 'the Bureau for Reintegration Policies': a body named without its
    owner points back to one (not 'the governments': its name's head, before any "of"/"for", is plural)."""
    head = re.split(r"\s+(?:of|for|on)\s+", m.text, maxsplit=1)[0]
    # before the name, or opening it ("The Bureau for ...", capitalised); "its country's foreign ministry"
    definite = r"\b(?:the|its|their|this|that)\s+(?:country(?:'s|’s)\s+)?"
    if _OF_STATES.search(m.text):
        return False  # "The Cooperation Council of Turkic-Speaking States": an organisation of states, not one's body
    return head[-1:] != "s" and bool(
        re.search(definite + "$", text[max(0, m.start - 18) : m.start], re.I) or re.match(definite, m.text, re.I)
    )


# a live blog's time stamp or a dateline before a subject: "17:10 - ", "10:15 President X", "Oct 12 (Wire) - X"
_STAMPED = re.compile(rf"{TIME_STAMP.pattern}|^\s*\d{{1,2}}[:.]\d{{2}}\s+(?=[A-Z])|^(?:[^\n]*\d[^\n]*?)?\s*[-–—]\s+")


def _role_text(text: str, span: Span, persons: list[tuple[str, int, int]]) -> str | None:
    before = _STAMPED.sub("", text[span.start_char : persons[0][1]], count=1).strip(" ,")  # (not "17:10 - ")
    after = re.sub(r"\s*\(@\w+\)\s*:?", "", text[persons[-1][2] : span.end_char]).strip(" ,")  # (a post's handle)
    role = after if after and not before else before
    role = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.I).strip(" ,")
    # (a relative's antecedent is no part of the role: "observers whose head, Deputy Speaker X, praised")
    role = re.sub(r"^whose\s+[\w\s-]{1,30}?,\s*", "", role, flags=re.I)
    return role or None

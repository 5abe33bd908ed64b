"""Person names in a subject, and the role words that are their titles, not their names.

spaCy's PERSON entities, kept once per doc; a title the model takes into a name ("Spokeswoman Leyla
Abdullayeva") is left out of it, a name in the possessive ("Angela Merkel's spokesman") or after "a spokeswoman
for" or "an adviser to" is whose aide speaks, not the speaker; where the model finds no person, a run of proper nouns
no gazetteer name covers stands for one.
"""

from __future__ import annotations

import re

from spacy.attrs import ENT_IOB, POS
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token

from loaders.gazetteer import load_gazetteer
from loaders.mentions import Mention

# offices of the state claiming the territory: "Minister for Reintegration", a Ukrainian region's administration under
# Kyiv ("the head of the Kherson Regional Military Administration"; Russia's there are "military-civilian"), and its
# council ("Kherson Oblast Council"; the occupiers' is a "Duma")
CLAIMANTS_OWN = re.compile(
    r"\breintegration\b|\b(?:regional|oblast)\s+(?:military|state)\s+administration\b|\boblast\s+council\b", re.I
)

ROLE_WORDS = {
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "spokespersons",
    "ambassador",
    "minister",
    "president",
    "director",
    "representative",
    "delegate",  # ("The United Kingdom's delegate said")
    "envoy",
    "secretary",
    "general",  # "NATO's secretary general", "the Secretary-General"
    "official",
    "diplomat",
    "chairman",
    "chair",
    "chairperson",
    "chairwoman",
    "head",
    "leader",
    "premier",
    "deputy",
    "adviser",
    "advisor",
    "commissioner",
    "chancellor",
    "senator",
    "lawmaker",
    "mp",
    "spokespeople",
    "chief",
    "foreign",
    *("co-chairs", "co-chair", "co-chairmen", "co-chairman"),
    "rapporteur",
    "press",
    "consul",
    "undersecretary",
    "counsellor",
    "counselor",
    "speaker",  # of a parliament
    *("ombudsman", "ombudsperson"),  # (the state's commissioner for human rights, who speaks for it)
}

# what a minister is minister of, which the model may take into the name after "Minister for":
# "Minister for [Conflict Resolution Merab Antadze]"
PORTFOLIO_WORDS = {
    "affairs",
    "conflict",
    "resolution",
    "reintegration",
    "reconciliation",
    "integration",
    "european",
    "euro-atlantic",
    "defence",
    "defense",
    "justice",
    "interior",
    "finance",
    "economy",
    "trade",
    "development",
    "international",
    "relations",
    "cooperation",
    "co-operation",
    "civic",
    "equality",
    "security",
    "culture",
    "education",
    "health",
    "energy",
    "diaspora",
    "human",  # "Commissioner for Human Rights Lyudmyla Denisova"
    "rights",
    "territories",
    "occupied",
    "state",  # "Secretary of State John Kerry", "Minister of State Leo Docherty"
    "and",
}

_PERSONS = "contested_elections_person_entities"  # key of the PERSON entities in a doc's user_data
_NOT_NAMES = {
    # a state's or a body's own words, never a person's: "The Bolivarian Republic of Venezuela", "Government of ..."
    "Republic",
    "Kingdom",
    "Federation",
    "Government",
    "Ministry",
    "Council",
    "Assembly",
    "Parliament",
    "Commission",
    "Committee",
    "Bureau",
    "Federal",  # "The Federal Government does not recognise ..."
    "Allies",  # "NATO Allies do not recognise ...": the alliance's members
    "Partners",
    "SOUNDBITE",  # a video's shot list, which the model may tag a person: "6. SOUNDBITE (Greek) X, Role:"
    "UPSOUND",
    "GMT",  # a live blog's time stamps: "11:02 GMT - Moldova says ..."
    "UTC",
    "CET",
    "BST",
    "The",
    "A",
    "An",
    "On",
    "In",
    "At",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Sir",  # a knight's honorific: "Sir Alan Duncan" is Alan Duncan
    "Dame",
    "President",
    "Ambassador",
    "Minister",
    "Prime",
    "Foreign",
    "Deputy",
    "Spokesperson",
    "Director",
    "Secretary",
    "General",
    "Special",
    "Representative",
    "Head",
    "Chairman",
    "Chief",
    "Office",  # "Chairperson-in-[Office Ian Borg]"
    "Declaration",  # texts named after a city: "the Hague Declaration", "the Minsk Protocol"
    "Protocol",
    "Memorandum",
    "Agreement",
    "Agreements",
    "Accords",
    # the office an organisation speaks through, not a person: "The OSCE Chairmanship said", "the EU Presidency"
    "Chairmanship",
    "Chairpersonship",
    "Presidency",
}


def person_entities(doc: Doc) -> list[tuple[int, int]]:
    """The token offsets (start, end) of the doc's PERSON entities, found once per doc and kept in its
    `user_data` (`doc.ents` makes every entity span anew at each access, and the subjects of an article are
    looked at a dozen times). Offsets, not spans: a span kept on its doc would make a reference cycle, and
    docs waiting in cycles for the collector made a worker's memory grow by a third. (Also a known official's name
    the model gave another label, as it may after a quotation: '..." Jean-Yves Le Drian and Heiko Maas said', where
    "Jean-Yves Le Drian" came out a work of art, or the end of one: "[Secretary of State Matthew Bryza]" an
    organisation; or in no entity at all: "(Ambassadors Igor Popov of ...)".)"""
    persons = doc.user_data.get(_PERSONS)
    if persons is None:
        officials = load_gazetteer().officials
        persons = [_unpunctuated(e) for e in doc.ents if e.label_ == "PERSON" and e.text not in _NOT_NAMES]
        persons += [named for e in doc.ents if e.label_ != "PERSON" and (named := _official_ending(e, officials))]
        doc.user_data[_PERSONS] = persons = sorted(persons + _names_untagged(doc, officials, persons))
    return persons


def _unpunctuated(entity: Span) -> tuple[int, int]:
    """A PERSON entity's token offsets without the dash the model may take in at its end: "[Yuri Merzlyakov -]"."""
    end = entity.end
    while end - 1 > entity.start and entity.doc[end - 1].is_punct:
        end -= 1
    return entity.start, end


def _official_ending(entity: Span, officials: dict) -> tuple[int, int] | None:
    """The token offsets of the known official's name an entity of another label is or ends with, if any."""
    doc = entity.doc
    starts = range(entity.start, max(entity.end - 1, entity.start + 1))  # (the whole, or two words and more)
    return next(((j, entity.end) for j in starts if doc[j : entity.end].text in officials), None)


def _names_untagged(doc: Doc, officials: dict, persons: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Known officials' names that end a run of proper nouns outside every entity; and a surname alone after the text
    gave the full name, a person's or a known official's ("Ukraine's human rights commissioner Dmytro Lubinets ...
    '...,' Lubinets said"; "Maia Sandu defeated Igor Dodon ... Sandu, who takes office on December 24, said"). Read
    from the parse's arrays, not by making a token of every word."""
    found, run = [], []
    for i, (pos, iob) in enumerate([*doc.to_array([POS, ENT_IOB]).tolist(), (0, 0)]):
        if pos == PROPN and iob == 2:
            run.append(i)
            continue
        if len(run) >= 2:
            found += [(j, run[-1] + 1) for j in run[:-1] if doc[j : run[-1] + 1].text in officials][:1]
        elif len(run) == 1 and _named_in_full_before(doc[run[0]], persons):
            found.append((run[0], run[0] + 1))
        elif pos == NOUN and iob == 2 and doc[i].is_title and _named_in_full_before(doc[i], persons):
            found.append((i, i + 1))  # (a surname the tagger took for a noun: '"...," Lubinets said')
        run = []
    return found


def _named_in_full_before(surname: Token, persons: list[tuple[int, int]]) -> bool:
    """Whether a word is the last of a person's name given before it, or a known official's surname whose full name
    the text gave before it."""
    doc = surname.doc
    if any(end - start >= 2 and end <= surname.i and doc[end - 1].text == surname.text for start, end in persons):
        return True
    named = {o.name for o in load_gazetteer().surnames.get(surname.text, ())}
    return any(name in doc.text[: surname.idx] for name in named)


def _in_a_states_organ(run: list[Token], mentions: list[Mention]) -> bool:
    """Whether names lie in an organisation's name that ends on the state it belongs to: "the Government of
    Reconciliation and [National Unity] of Nicaragua" (words of the government's name, no person's)."""
    organ = next((e for e in run[0].doc.ents if e.start <= run[0].i and run[-1].i < e.end and e.label_ == "ORG"), None)
    return organ is not None and any(
        run[-1].idx < m.start < organ.end_char and m.kind == "actor" and m.entity is not None for m in mentions
    )


def persons_in(doc: Doc, span: Span, mentions: list[Mention]) -> list[tuple[str, int, int]]:
    """Person names in a subject span: NER persons, else runs of proper nouns no gazetteer name covers."""
    covered = [(m.start, m.end) for m in mentions]

    def free(tok) -> bool:
        return not any(s <= tok.idx < e for s, e in covered)

    names = []
    reach = 0  # (the end of the name before, past its particles and surname)
    for first, end in person_entities(doc):
        if not span.start <= first < span.end or first < reach:
            continue
        while first < end - 1 and doc[first].lower_ in ROLE_WORDS:
            first += 1  # the model may take the title in: "[Spokeswoman Leyla Abdullayeva]"
        while first < end - 2 and doc[first].lower_ in PORTFOLIO_WORDS:
            first += 1  # and the portfolio: "Minister for [Conflict Resolution Merab Antadze]"
        end = reach = _name_end(doc, end)  # and leave out the end of a hyphenated name: "[Ban Ki]-moon's spokesman"
        e = doc[first:end]
        if all(t.lower_ in ROLE_WORDS for t in e) or all(t.lower_ in PORTFOLIO_WORDS for t in e):
            continue  # a title taken for a name: "[Spokesperson] for ...", "for Reconciliation and [Civic Equality]"
        if e[-1].text in ("'s", "’s") or end < len(doc) and doc[end].text in ("'s", "’s", "'") or _principal(e.root):
            continue  # "Angela Merkel's spokesman", "a spokeswoman for Federica Mogherini": whose aide speaks
        if all(free(t) for t in e):
            start = e.start  # the model may leave a first name out: "General Anders [Fogh Rasmussen]"
            if (
                start - 1 >= span.start
                and e.text not in load_gazetteer().officials  # (a known name is whole: "Ambassadors [Igor Popov]")
                and _name_word(doc[start - 1])
                and not _lower_word(doc[start - 1])  # ("president-elect [Petru Lucinschi]")
                and free(doc[start - 1])
                and doc[start - 1].lower_ not in PORTFOLIO_WORDS  # "Minister for Reintegration [Vladislav Kulminski]"
                and not (start - 2 >= span.start and _name_word(doc[start - 2]))
            ):
                start -= 1
            names.append((doc[start : e.end].text, doc[start].idx, e.end_char))
    if names:
        return names
    run: list = []
    runs = []
    for tok in span:
        if (
            tok.tag_ in ("NNP", "NNPS")
            and free(tok)
            and tok.text not in _NOT_NAMES
            and tok.lower_ not in ROLE_WORDS
            and tok.text[:1].isupper()
            and tok.text.isalpha()
            and (run or tok.lower_ not in PORTFOLIO_WORDS)  # "Minister for Conflict Resolution Merab Antadze"
        ):
            run.append(tok)
        elif run and tok.text == "-" and not run[-1].whitespace_ and not tok.whitespace_ and _capital_after(tok, span):
            run.append(tok)  # a hyphenated first name the model took for no person: "Jean-Christophe Filori"
        else:
            if len(run) >= 2:
                runs.append(run)
            run = []
    if len(run) >= 2:
        runs.append(run)
    # "a spokesman for U.N. Secretary-General Antonio Guterres", "Secretary of State Hillary Clinton's spokeswoman";
    # and no name after "the", which names a thing: "the ministers of the Lublin Triangle"
    runs = [
        r
        for r in runs
        if not _principal(r[-1])
        and not (_name_end(doc, r[-1].i + 1) < len(doc) and doc[_name_end(doc, r[-1].i + 1)].text in ("'s", "’s", "'"))
        and not (r[0].i > 0 and doc[r[0].i - 1].lower_ == "the")
        and not _in_a_states_organ(r, mentions)
    ]
    if not runs:  # a surname alone ("Ozoral said"): a person when the subject is just that name
        proper = [
            t
            for t in span
            # (or a known official's surname the model took for a plural noun: "Christodoulides wrote on X")
            if (t.tag_ in ("NNP", "NNPS") or t.text[:1].isupper() and load_gazetteer().offices(t.text))
            and free(t)
            and t.text not in _NOT_NAMES
            and t.lower_ not in ROLE_WORDS
            and t.text.isalpha()
        ]
        if len(proper) == 1 and (
            len([t for t in span if not t.is_punct]) <= 2
            # (or a known official after their state's name: "Russia's Lavrov", "Turkey's Erdogan")
            or load_gazetteer().offices(proper[0].text)
            and all(not free(t) or t.text in ("'s", "’s") or t.i == proper[0].i for t in span if not t.is_punct)
        ):
            runs.append(proper)
    return [(doc[r[0].i : r[-1].i + 1].text, r[0].idx, r[-1].idx + len(r[-1].text)) for r in runs]


def _capital_after(tok: Token, span: Span) -> bool:
    """Whether a hyphen joins two parts of a first name, a surname following ("Jean-Christophe Filori"; not
    "Pro-Russia separatists", "Interfax-Ukraine")."""
    return tok.i + 2 < span.end and all(
        t.tag_ in ("NNP", "NNPS") and t.text[:1].isupper() and t.text.isalpha() for t in tok.doc[tok.i + 1 : tok.i + 3]
    )


_PARTICLES = {"von", "der", "van", "den", "de", "da", "di", "du", "la", "le", "bin", "al", "ibn"}  # inside surnames


def _lower_word(t: Token) -> bool:
    """A lower-case word no name opens with (but a particle: "de Soto")."""
    return t.is_alpha and t.is_lower and t.lower_ not in _PARTICLES


def _name_end(doc: Doc, end: int) -> int:
    """The end of a name past the hyphenated parts the model or a run of proper nouns left out ("Ban Ki[-moon]"), the
    place of a peer's title it cut ("[Lord Ahmad of] Wimbledon"), the surname after a particle ("von der Leyen") or
    one tagged a plural ("Nicos Anastasiades")."""
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ + doc[end].whitespace_:
        end += 2
    if end < len(doc) and doc[end - 1].lower_ == "of" and doc[end].pos_ == "PROPN":
        end += 1
    particles = end
    while particles < len(doc) and doc[particles].lower_ in _PARTICLES and doc[particles].text[:1].islower():
        particles += 1  # ("[René van] der [Linden]": the model cut the name at each particle)
    if (
        particles < len(doc)
        and (doc[end - 1].lower_ in _PARTICLES or particles > end)
        and doc[particles].text[:1].isupper()
    ):
        end = particles + 1  # and the surname after a particle the model left it at: "[Ursula von der] Leyen"
    if end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end and doc[end].tag_ == "NNPS":
        end += 1  # and the surname the model tagged a plural and left out: "[Nicos] Anastasiades"
    return end


AIDES = ("spokesperson", "spokesman", "spokeswoman", "spokespeople", "aide", "adviser", "advisor", "assistant")
# what speaks for the person it serves as aides do: "the office of President X", "the press service of X"
_SERVING = {*AIDES, "office", "administration", "chancellery", "secretariat", "service"}


def principals_in(doc: Doc, span: Span) -> list[tuple[str, int, int]]:
    """The persons a subject names as those its aide serves: "a spokesperson for Federica Mogherini", "an adviser to
    President X" (whose office says whom the aide speaks for, when nothing else in the subject does)."""
    names = []
    for first, end in person_entities(doc):
        if span.start <= first < span.end and _principal(doc[end - 1]):
            names.append((doc[first:end].text, doc[first].idx, doc[end - 1].idx + len(doc[end - 1])))
    return names


def _principal(name: Token) -> bool:
    """A name in "a spokeswoman for X" / "a spokesman for Prime Minister X" / "an adviser to X" / "X's spokesman" /
    "the office of President X": the one the aide serves (also where the parse made the name a subject of its own: "A
    spokesperson for EU foreign policy chief [Catherine Ashton] said")."""
    first = name.left_edge.i
    if name.dep_ == "poss" and name.head.lemma_.lower() in AIDES:
        return True  # "Erdogan's spokesman Ibrahim Kalin"
    while name.dep_ in ("compound", "appos", "flat") and name.head.i != name.i:
        if name.dep_ == "appos" and (name.head.pos_ == "PROPN" or name.head.lower_ not in ROLE_WORDS):
            # "a spokeswoman for EU foreign policy chief Catherine Ashton, Maja Kocijancic,": the aide (and "for the
            # bloc's diplomatic service, Maja Kocijancic,": an institution's, which a name cannot be; not "for the
            # foreign minister, Sergei Lavrov,": the principal)
            return False
        name = name.head
    preposition = name.head if name.dep_ == "pobj" else None
    if preposition is not None and preposition.lower_ in ("for", "of", "to") and preposition.head.lower_ in _SERVING:
        # (and "foreign policy adviser to President Ilham Aliyev", "the office of President X"; not a name right after
        # the name its title ends on, which the parse hung on the title: "the head of the press service of the
        # Ministry of Foreign Affairs of Azerbaijan Leyla Abdullayeva", the title's own bearer)
        before = name.doc[first - 1] if first > 0 else None
        return not (before is not None and before.pos_ == "PROPN" and before.dep_ == "pobj")
    doc = name.doc
    # the title words back to "for" ("EU foreign policy chief", "the European Union's foreign policy chief")
    for i in range(first - 1, max(first - 11, 0), -1):
        if doc[i].lower_ in ("for", "of", "to"):
            return doc[i - 1].lower_ in _SERVING
        if doc[i].is_punct and doc[i].text not in ("'s", "’s") or doc[i].pos_ in ("VERB", "AUX"):
            return False
    return False


def _name_word(token: Token) -> bool:
    return token.tag_ == "NNP" and token.text not in _NOT_NAMES and token.lower_ not in ROLE_WORDS


# people who comment on what actors do and speak for none of them
_COMMENTATORS = {
    "analyst",
    "expert",
    "observer",
    "scholar",
    "professor",
    "researcher",
    "commentator",
    "journalist",
    "correspondent",
    "historian",
    "economist",
    "critic",
    "fellow",  # "a senior fellow at ..."
    "consultancy",  # "founder of the R.Politik consultancy"
    "pundit",
    "scientist",  # "political scientist"
    "activist",
    "resident",
    "voter",
}


def speaks_for_nobody(subject: Span) -> bool:
    """A subject who speaks for nobody ("Analyst Mark Galeotti", "experts", "Former U.S. ambassador X"): what they
    say an actor thinks is their reading, not the actor's statement. So does one member of the European Parliament
    ("an MEP from Poland", "Lithuanian MEP X"), who speaks for neither the state they come from nor the Parliament
    (the "MEPs" of a resolution's text are the Parliament's voice)."""
    return any(t.lemma_.lower() in _COMMENTATORS or t.text == "MEP" for t in subject) or held_formerly(subject)


def outside_government(subject: Span) -> bool:
    """A subject whose head is a commentator or the opposition ("one Tbilisi-based political scientist", "Opposition
    politicians in Tbilisi", "the opposition"): the place it names is where they are, not whom they speak for (not
    observers, whom `loaders.layout` and the statements' rules weigh apart). A label before a colon is not the
    subject: "CORRESPONDENT (TBILISI): Georgia's foreign ministry"."""
    colon = max((t.i for t in subject if ":" in t.text), default=None)
    if colon is not None:
        subject = subject.doc[colon + 1 : subject.end]
    if not len(subject):
        return False
    root = subject.root
    # (or one member of the European Parliament: "an MEP from Poland")
    return (root.lemma_.lower() in _COMMENTATORS and root.lemma_.lower() != "observer" or root.text == "MEP") or any(
        t.lower_ == "opposition" and (t.i == root.i or t.head.i == root.i) for t in subject
    )


# what says a role is no longer held: "Former NATO Secretary General X", "Ukraine's ex-president X"
_FORMER = {"former", "ex", "one-time", "onetime", "erstwhile"}


def held_formerly(subject: Span) -> bool:
    """Whether every role a subject names is one its holder no longer holds ("Former NATO Secretary General Anders
    Fogh Rasmussen", "Ukraine's former foreign minister X", "X, a former Moldovan foreign minister now at a think
    tank"): such a person speaks for no actor. One role held now is enough to speak: "Foreign Minister X, a former
    ambassador", "Former Russian President X, now deputy chairman of Russia's Security Council"."""
    tokens = list(subject)
    roles = [i for i, t in enumerate(tokens) if t.lower_ in ROLE_WORDS]
    return bool(roles) and all(_former_before(tokens, i) for i in roles)


def _former_before(tokens: list[Token], role: int) -> bool:
    """Whether a word saying "former" stands among the four before a role word, for it ("former foreign minister"; not
    "the former Soviet republic's minister")."""
    before = tokens[max(0, role - 4) : role]
    return any(
        t.lower_ in _FORMER and not any(x.lower_ in ("soviet", "yugoslav") for x in before[k + 1 : k + 3])
        for k, t in enumerate(before)
    )

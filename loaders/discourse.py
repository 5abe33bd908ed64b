"""What an article has said so far that later references point back to: who spoke last, the persons, states and
organisations it has named, the section a heading opened, and how "it", "she", "the ministry", "the bloc", "the
statement", "the mediators" or "a spokesperson for the bloc" resolve against them. `loaders.speakers` reads the
subjects that name someone; this module is what the ones that only point back resolve to.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from loaders.gazetteer import Entity, load_gazetteer
from loaders.mentions import Mention
from loaders.persons import ROLE_WORDS
from loaders.speech_verbs import SPEECH_VERBS

BODY_PRONOUNS = {
    "ministry": "body",
    "office": "body",
    "embassy": "body",
    "department": "body",
    "government": "body",
    "country": "state",
    "state": "state",
    "bloc": "org",
    "union": "org",
    "organization": "org",
    "organisation": "org",
    "alliance": "org",
    "assembly": "org",  # ("Council of Europe - Parliamentary Assembly ... 1. The Assembly reaffirms")
    "secretariat": "org",
    "mediators": "org",  # "The co-chairs of the OSCE Minsk Group said ... The mediators also said"
    "statement": "statement",
    "resolution": "statement",
    "declaration": "statement",
    "communique": "statement",
    "message": "statement",  # 'sent Bagapsh a telegram of congratulations ... "Your victory ...," the message reads'
    "telegram": "statement",
    "letter": "statement",
    "cable": "statement",
    "note": "statement",  # ("handed a note of protest to the Russian Embassy ... "...," the note said")
    "text": "statement",  # "adopted a resolution ... The text condemns the holding of so-called elections"
    "appeal": "statement",  # "adopted an appeal ... The appeal describes the vote as a gross violation"
    "address": "statement",
    "communiqué": "statement",
    "mfa": "body",
    "authorities": "body",
    "cabinet": "body",
    "bureau": "body",  # ("Moldova's Bureau for Reintegration Policies said ... , the bureau said")
    "committee": "body",  # ("The Committee on Foreign Affairs of the Seimas ... In the statement, the Committee")
}
# the words that name whichever document was issued last ("adopted a resolution ... The text condemns")
_ANY_DOCUMENT = {"text"}
# documents every speaker may be said to have issued, which "the statement" after a quotation of another's points to
# (the quotation's speaker, not who issued one paragraphs before)
_EVERYONES = {"statement", "message", "note"}


@dataclass
class Speaker:
    """Who said it: the actor spoken for, and the person or body that voiced it, with the mention span."""

    actor: Entity
    span: tuple[int, int]
    persons: tuple[str, ...] = ()
    role: str | None = None
    body: str | None = None  # the body's name as the text gives it
    body_kind: str | None = None
    weak: bool = False  # resolved through a reference ("the statement", "it"): own words may say better


@dataclass
class Discourse:
    """What the article has said so far that later references point back to."""

    persons: dict[str, Speaker] = field(default_factory=dict)
    last_speaker: Speaker | None = None
    last_person: Speaker | None = None
    last_body: Speaker | None = None
    last_state: Entity | None = None
    last_org: Entity | None = None
    header: Entity | None = None
    joint: list[Speaker] = field(default_factory=list)  # the actors of the last statement made together
    voice: Entity | None = None  # who a text in the first person is: the actor it names as a subject of its own
    voice_persons: tuple[str, ...] = ()  # and who speaks for it there (a briefing's spokesperson)
    # the state claiming the territory that voted: whose an unowned "the government" is when no state was named
    # before it (a Cypriot paper's "The government on Monday dismissed ...", with no dateline)
    claimant: Entity | None = None
    # whose every unowned "the government" is, in an article that spoke of one before naming any other state
    # (`own_government`)
    government: Entity | None = None
    year: int | None = None  # the year the article speaks in: which of an official's offices they hold
    # who issued or adopted the last document of each kind ("approved a resolution declaring ...", "said in a
    # statement"): whom "the resolution" names later, when others spoke in between
    documents: dict[str, list[Speaker]] = field(default_factory=dict)

    def remember_all(self, speakers: list[Speaker], verb: Token | None = None) -> None:
        """The speakers of one event: several made a statement together, which "the statement" or "they" may
        later quote ("Estonia, Latvia and Lithuania issued a joint statement. ... the statement said"); and, given the
        event's verb, the documents it names them the issuers of."""
        for speaker in speakers:
            self.remember(speaker)
        self.joint = list(speakers) if len(speakers) > 1 else []
        if verb is not None:
            self._remember_documents(verb, speakers)

    def remember(self, speaker: Speaker) -> None:
        self.joint = []
        self.last_speaker = speaker
        if speaker.persons:
            self.last_person = speaker
            for name in speaker.persons:
                self.persons[name] = speaker
                # (the surname too, unless another person's: what they spoke for is what "Osmani said" speaks for)
                surname = self.persons.get(name.split()[-1])
                if surname is None or name in surname.persons:
                    self.persons[name.split()[-1]] = speaker
                self._family_name_first(name, speaker)
        if speaker.body:
            self.last_body = speaker
        if speaker.actor.kind == "State":
            self.last_state = speaker.actor
        else:
            self.last_org = speaker.actor

    def _remember_documents(self, verb: Token, speakers: list[Speaker]) -> None:
        """Remember `speakers` as the issuers of the documents an event's verb names: its object ("approved a
        resolution", "adopted a declaration"), the document its clause describes ("a resolution declaring ..."), the
        one it was said in ("said in a letter"); not a statement, a message or a note, which every speaker issues."""
        near = [c for c in verb.children if c.dep_ == "dobj"]
        near += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children]
        near += [verb.head] if verb.dep_ == "acl" else []
        for noun in near:
            if BODY_PRONOUNS.get(noun.lower_) == "statement" and noun.lower_ not in _ANY_DOCUMENT | _EVERYONES:
                self.documents[noun.lower_] = self.documents[""] = speakers

    def body_named_before(self, owner: Entity, word: str) -> Speaker | None:
        """The body of `owner` named last, when a bare "the Ministry" or "the Bureau" (its last `word`) points back to
        it ("the Bureau for Reintegration Policies ... the Bureau said", "Azerbaijan's Foreign Ministry said ... The
        ministry called on"), whose name and kind it keeps."""
        last = self.last_body
        return (
            last if last and last.actor == owner and last.body and word.lower() in last.body.lower().split() else None
        )

    def remember_person(self, speaker: Speaker) -> None:
        """A person met outside a speech verb ("Foreign Minister X met ..."): a later "she" may be them."""
        if speaker.persons and not speaker.weak:
            self.last_person = speaker
            for name in speaker.persons:
                self.persons[name] = speaker
                self.persons.setdefault(name.split()[-1], speaker)
                self._family_name_first(name, speaker)

    def _family_name_first(self, name: str, speaker: Speaker) -> None:
        """Remember a two-word name by its first word too, unless that is someone's surname already: where the family
        name comes first ("Foreign Ministry spokesperson Hong Lei ... Hong said", "Wang Yi"), the text calls the
        person by it."""
        words = name.split()
        if len(words) == 2:
            self.persons.setdefault(words[0], speaker)

    def met(self, name: str) -> bool:
        """Whether a person of this name (or surname) was met before."""
        return name in self.persons or name.split()[-1] in self.persons

    def enter_section(self, header: Entity, also: tuple[Entity, ...] = ()) -> None:
        """A heading naming an actor starts a new section: references now point to that actor (a label naming
        several, "GERMANY AND FRANCE:", to all of them: "the ministries", "they")."""
        self.header = header
        self.last_speaker = None
        self.note_actor(header)
        self.joint = [Speaker(actor, (0, 0)) for actor in (header, *also)] if also else []

    def note_actor(self, actor: Entity) -> None:
        if actor.kind == "State":
            self.last_state = actor
        else:
            self.last_org = actor


def _role_owner(head, discourse: Discourse) -> Entity | None:
    """Whom "a spokesperson for the bloc / the ministry / the country" speaks for."""
    for t in head.subtree:
        kind = BODY_PRONOUNS.get(t.lower_)
        if kind == "org":
            return discourse.last_org or discourse.header
        if kind in ("body", "state"):
            return discourse.last_state or discourse.header
    return discourse.last_speaker.actor if discourse.last_speaker else discourse.header


_QUANTIFIERS = {"every", "each", "no", "some", "any", "many", "few", "most", "several", "other"}


def _of_a_name(token) -> bool:
    return token.dep_ == "prep" and token.lower_ == "of" and any(g.pos_ == "PROPN" for g in token.children)


def _addressed(subject, person: Speaker) -> bool:
    """Whether a person is named as the object of the verb whose subject `subject` is ("the president had told Putin
    ...", "he called Putin"): who is spoken to is not who speaks."""
    objects = " ".join(t.text for c in subject.head.children if c.dep_ in ("dobj", "dative") for t in c.subtree)
    return bool(objects) and any(name.split()[-1] in objects.split() for name in person.persons)


def reference(head, discourse: Discourse) -> list[Speaker]:
    """Resolve "it", "she", "the ministry", "the bloc", "the statement", "the spokesperson" ..., and whatever
    belongs to one of them ("the organisation's chairmanship")."""
    word = head.lower_
    if any(c.dep_ in ("det", "predet", "amod") and c.lower_ in _QUANTIFIERS for c in head.children):
        return []  # "Not every government condemned the vote", "some states": nobody in particular
    if (BODY_PRONOUNS.get(word) == "body" or word in ROLE_WORDS) and any(
        c.dep_ == "poss" and c.pos_ == "PROPN" for c in head.children
    ):
        # "President X's office said" (X in no list): an owner named, not one spoken of before; the actor a label
        # names, in its section ("* Afghanistan - President X's office said ...")
        span = (head.idx, head.idx + len(head.text))
        return [Speaker(discourse.header, span, body=head.text, weak=True)] if discourse.header else []
    owner = next((c for c in head.children if c.dep_ == "poss" and c.lower_ in BODY_PRONOUNS), None)
    if word not in BODY_PRONOUNS and word not in ROLE_WORDS and owner is not None:
        return reference(owner, discourse)
    span = (head.idx, head.idx + len(head.text))
    last = discourse.last_speaker
    if discourse.voice is not None and any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in head.children):
        return [Speaker(discourse.voice, span, discourse.voice_persons, weak=True)]  # "My country will not recognise"
    if word in ROLE_WORDS and any(c.lower_ in ("a", "an") for c in head.children):
        # "a spokesperson for the bloc": a new speaker, whose owner the role phrase points to
        owner = _role_owner(head, discourse)
        return [Speaker(owner, span, role=" ".join(t.text for t in head.subtree), weak=True)] if owner else []
    if word in ("he", "she", "him", "her") or word in ROLE_WORDS:
        target = discourse.last_person
        if last and last.role and not last.persons and (target is None or target.span[0] < last.span[0]):
            target = last  # "The representative of the Russian Federation said ... . ..., he said": not a name
        # ("Ban deplored the elections, according to his spokesman": the aide of the person just named, who speaks)
        aide = any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in head.children)
        if word in ROLE_WORDS and target and target.role and word not in target.role.lower() and not aide:
            # "Secretary X spoke today with Foreign Minister Y. The Secretary reaffirmed ...": the one of that role
            held = [p for p in discourse.persons.values() if p.role and word in p.role.lower().split()]
            target = held[-1] if held else discourse.last_person
        if target and _addressed(head, target):  # "the president had told Putin": not Putin, whom he told
            others = [p for p in discourse.persons.values() if p.persons and not _addressed(head, p)]
            target = others[-1] if others else None
        if target:
            return [Speaker(target.actor, span, target.persons, target.role, weak=True)]
        # (a bare office, in a text in an actor's voice: "The Secretary-General congratulates ...", in a statement
        # his spokesman signs)
        if word in ROLE_WORDS and discourse.voice is not None:
            role = "".join(t.text_with_ws for t in head.subtree if t.dep_ != "det").strip()
            return [Speaker(discourse.voice, span, role=role, weak=True)]
        return []
    kind = BODY_PRONOUNS.get(word)
    # a press release's own voice: "We do not recognize", "Let us be clear"
    if word in ("we", "us") and discourse.voice is not None:
        return [Speaker(discourse.voice, span, discourse.voice_persons, weak=True)]
    # "a Russian Foreign Ministry source told Interfax ... the source said": who spoke last
    the_source = word in ("source", "sources") and any(c.lower_ == "the" for c in head.children)
    # "The foreign ministers of the G7 condemned ... . "...," the ministers said": those who spoke last (and "the
    # ministers of the Lublin Triangle", a grouping's name no list knows, which is not the subject's owner); "the
    # members", the organisation that spoke last
    # ("the three ministers said": counted, as the joint statement's signers were named)
    the_group = word in ("ministers", "leaders", "members") and [
        c.lower_ for c in head.children if not _of_a_name(c) and not (c.dep_ == "nummod" and c.tag_ == "CD")
    ] == ["the"]
    issued = discourse.documents.get("" if word in _ANY_DOCUMENT else word) if kind == "statement" else None
    if issued and (not last or last.actor not in {s.actor for s in issued}) and not _in_reported_clause(head):
        # ("The General Assembly approved a resolution ... Ukraine's minister called it ... The resolution affirms")
        return [Speaker(s.actor, span, body=s.body, body_kind=s.body_kind, weak=True) for s in issued]
    if the_group and word == "members" and discourse.last_org is not None:  # ("Members of the Security Council ...
        return [Speaker(discourse.last_org, span, weak=True)]  # the members said")
    if word == "it" and (before := _actor_just_before(head)) is not None and (not last or last.actor != before):
        return [Speaker(before, span, weak=True)]  # "NATO rapped the votes as well. It said ...": NATO
    if word in ("it", "they", "we") or kind == "statement" or the_source or the_group:
        if discourse.joint and (word != "it" or _the_reporters(head)):
            # (the ministers are the persons who spoke together; a statement or "they", their states or bodies)
            return [
                Speaker(s.actor, span, s.persons if the_group else (), body=s.body, body_kind=s.body_kind, weak=True)
                for s in discourse.joint
            ]
        if last:  # ("The co-chairs - A, B and C - issued a statement. They said ...": the persons named, for "they")
            persons = last.persons if word == "they" and len(last.persons) > 1 else ()
            return [Speaker(last.actor, span, persons, body=last.body, body_kind=last.body_kind, weak=True)]
        return [Speaker(discourse.header, span, weak=True)] if discourse.header else []
    if word in ("ministries", "governments"):  # "GERMANY AND FRANCE: The foreign ministries said"; not "Western
        return [Speaker(s.actor, span, body=head.text, weak=True) for s in discourse.joint]  # governments"
    if kind == "body":
        actor = discourse.government if word == "government" else None
        actor = actor or (last.actor if last and last.actor.kind == "State" else discourse.last_state)
        if actor is None and discourse.header and discourse.header.kind == "State":
            actor = discourse.header
        actor = actor or discourse.claimant
        if actor is None:
            return []
        named = discourse.body_named_before(actor, word)
        if named is not None:
            return [Speaker(actor, span, body=named.body, body_kind=named.body_kind, weak=True)]
        return [Speaker(actor, span, body=head.text, weak=True)]
    if kind == "state":
        actor = discourse.last_state or discourse.header
        return [Speaker(actor, span, weak=True)] if actor else []
    if kind == "org":
        actor = discourse.last_org or (
            discourse.header if discourse.header and discourse.header.kind != "State" else None
        )
        return [Speaker(actor, span, weak=True)] if actor else []
    return []


def _actor_just_before(it) -> Entity | None:
    """The actor that "It" opening a sentence points back to: the subject of the sentence before, when that names an
    actor and says nothing ("NATO rapped the votes as well. It said ...")."""
    if it.dep_ != "nsubj" or it.i != it.sent.start or it.i == 0:
        return None
    before = it.doc[it.i - 1].sent
    subject = next((c for c in before.root.children if c.dep_ == "nsubj"), None)
    if subject is None or before.root.lemma_.lower() in SPEECH_VERBS or before.text.rstrip().endswith("?"):
        return None  # (nor a question's: "Minister, how does Kyiv view the vote?" / "It is a farce.")
    words = " ".join(t.text for t in subject.subtree if t.dep_ != "det")
    return load_gazetteer().lookup(words)


def own_government(mentions: list[Mention], home: Entity | None, claimant: Entity | None) -> Entity | None:
    """The government an article means by an unowned "the government" all through it, when it speaks of one before
    naming another state: the dateline's state, else the claimant of the territory that voted. A Cypriot paper
    opens "THE GOVERNMENT yesterday dismissed ...", quotes Athens and Ankara, and then "government spokesman X":
    still Nicosia's, not the capital named last."""
    own = home or claimant
    for m in mentions:  # (in the order of the text)
        if unowned_government(m):
            return own
        if m.entity is not None and m.entity.kind == "State" and m.entity is not own:
            return None
    return None


def unowned_government(m: Mention) -> bool:
    """Whether a mention is a government no words say whose ("the government", "Government spokesman")."""
    return m.kind == "body" and m.entity is None and m.text.lower().split()[-1] == "government"


def _in_reported_clause(head) -> bool:
    """Whether a word is in a clause another's words report ("said the resolution would not help ... and called"),
    which speaks of it and not as it."""
    clause = head.head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ in ("ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp")


def _the_reporters(it) -> bool:
    """Whether "it" is the subject of a clause that reports what the subject of the clause above it made known, and so
    stands for that subject ("The international community, including the EU and the US, has made clear that it does
    not recognise them"): who spoke last, several as they were."""
    verb = it.head
    while verb.dep_ in ("ccomp", "xcomp", "acomp") and verb.head is not verb:
        verb = verb.head
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in verb.children):
            return it.dep_ in ("nsubj", "nsubjpass")
    return False

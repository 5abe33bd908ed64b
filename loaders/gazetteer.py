"""The bundled gazetteer: states, international organisations and their bodies, contested territories,
known contested votes and the officials who speak for the actors, read from the TSV files in `loaders/data/`.

>>> gaz = load_gazetteer()
>>> gaz.entity("Turkey").qid, gaz.entity("Turkey").iso3
('Q43', 'TUR')
>>> gaz.lookup("Türkiye").name, gaz.lookup("Turkish").name, gaz.lookup("Ankara").name
('Turkey', 'Turkey', 'Turkey')
>>> gaz.lookup("EEAS").part_of
'European Union'
>>> [(o.actor, o.in_office(2014)) for o in gaz.surnames["Lavrov"]]
[('Russia', True)]
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from kg.namespaces import spelling_key

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Entity:
    """A state, an international organisation, or a body of an organisation."""

    name: str
    kind: str  # State | InternationalOrganization | GovernmentBody
    qid: str | None = None
    iso3: str | None = None
    iso2: str | None = None
    part_of: str | None = None

    @property
    def key(self) -> str:
        return self.qid or self.name


@dataclass(frozen=True)
class Territory:
    name: str
    claimed_by: str  # ISO alpha-3 of the state it belongs to
    covers: tuple[str, ...] = ()  # a region spanning several territories: their names


@dataclass(frozen=True)
class KnownElection:
    territory: str
    kind: str
    rounds: tuple[date, ...]
    winner: str | None = None
    body: str | None = None  # the parliament elected, where a territory elects two ("State Duma", "State Council")


@dataclass(frozen=True)
class Official:
    """A person who held an office that speaks for an actor, from one year to another (`end` None: still)."""

    name: str
    actor: str
    role: str
    start: int
    end: int | None = None

    def in_office(self, year: int) -> bool:
        return self.start <= year <= (self.end if self.end is not None else 9999)


@dataclass(frozen=True)
class SurfaceForm:
    """A way the text names an entity; `form` tells how (name, alias, demonym, capital, place)."""

    text: str
    target: str  # entity or territory name
    form: str


@dataclass
class Gazetteer:
    entities: dict[str, Entity] = field(default_factory=dict)
    territories: dict[str, Territory] = field(default_factory=dict)
    elections: list[KnownElection] = field(default_factory=list)
    actor_forms: dict[str, SurfaceForm] = field(default_factory=dict)
    territory_forms: dict[str, SurfaceForm] = field(default_factory=dict)
    # an official's offices by the names the text may give them: full name and other spellings
    officials: dict[str, tuple[Official, ...]] = field(default_factory=dict)
    # ... and by surname alone, where only one official bears it ("Lavrov said")
    surnames: dict[str, tuple[Official, ...]] = field(default_factory=dict)
    # ... and the one name the table writes for each transliteration of a name ("Robert Kocharian": Kocharyan)
    spellings: dict[str, str] = field(default_factory=dict)

    def entity(self, name: str) -> Entity:
        return self.entities[name]

    def lookup(self, surface: str) -> Entity | None:
        form = self.actor_forms.get(surface)
        return self.entities[form.target] if form else None

    def by_iso3(self, iso3: str) -> Entity | None:
        return next((e for e in self.entities.values() if e.iso3 == iso3), None)

    def offices(self, name: str, year: int | None = None, role: str | None = None) -> tuple[Official, ...]:
        """The offices of the official a name names: in full or in another spelling, else by a surname only one
        official bears ("Lavrov", "Jomart Tokayev" for a name the model cut, "Sergei Lavrov"; not "Rasul Guliyev", whose
        first name is not the official's); () for anyone else. Given the `year` spoken of, those held then come first
        (Kaja Kallas: Estonia's prime minister in March 2024, the EU's High Representative from December), and of
        those, the one the `role` the text gives names ("Prime Minister Donald Tusk" in 2014: Poland's, not the
        European Council's he took up that December)."""
        found = self.officials.get(name)
        if not found:
            words = [w for w in name.split() if not _INITIAL.fullmatch(w)]  # ("Antony J. Blinken")
            found = self.surnames.get(words[-1] if words else name, ())
            # (not a state's name or its people's before the surname: "Belarus' Lukashenko", "Russian Lavrov")
            before = re.sub(r"['’]s?$", "", words[-2]) if len(words) > 1 else None
            if found and before and before not in self.actor_forms and not _first_names_agree(before, found[0].name):
                found = ()
        if year is None:  # (the role the text gives, still: "Foreign Minister Federica Mogherini", in an undated story)
            return tuple(sorted(found, key=lambda o: -_same_office(o.role, role)))
        return tuple(sorted(found, key=lambda o: (not o.in_office(year), -_same_office(o.role, role))))

    def official_name(self, name: str, actor: Entity) -> str:
        """The name the officials' table gives an official of `actor` whom `name` names in another spelling or by a
        surname only one official bears ("Tayyip Erdogan", "Robert Kocharian", "Lavrov": "Recep Tayyip Erdogan",
        "Robert Kocharyan", "Sergey Lavrov"), so that one person is one node; `name` itself for anyone else."""
        canonical = self.spellings.get(spelling_key(name))
        offices = self.officials.get(canonical, ()) if canonical else self.surnames.get(name, ())
        if not any(self.actor_of(self.entities[o.actor]).name == actor.name for o in offices):
            return name
        return offices[0].name

    def actor_of(self, entity: Entity) -> Entity:
        """The state or organisation an entity speaks for: itself, or what a body is part of."""
        return self.entities[entity.part_of] if entity.part_of else entity


_INITIAL = re.compile(r"[A-Z]\.")  # a middle initial: "J." of "Antony J. Blinken"


def _first_names_agree(before: str, official: str) -> bool:
    """Whether the word before a surname may be the official's: one of their given names ("Jomart", "Tayyip"),
    another spelling of their first, which starts with the same letter ("Sergei" for "Sergey"), or a title
    ("President Zelensky", "Elect Maia Sandu" as the model cuts "President-elect"); not another first name
    ("Rasul Guliyev" is not Vilayat Guliyev)."""
    given = re.split(r"[\s-]+", official)[:-1]
    same_initial = bool(given) and before[:1].lower() == given[0][:1].lower()
    return before.lower().rstrip(".") in _TITLES or before in given or same_initial


# words a text may put before an official's surname that are no first name
_TITLES = {"president", "elect", "prime", "minister", "chancellor", "premier", "mr", "mrs", "ms", "dr", "sir", "madam"}
_TITLES |= {"secretary", "general", "ambassador", "spokesman", "spokeswoman", "spokesperson", "deputy", "speaker"}
_TITLES |= {"senator", "lord", "baroness", "king", "queen", "foreign", "leader", "envoy", "commissioner", "chairman"}


def _rows(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split(";") if v.strip()]


@cache
def load_gazetteer() -> Gazetteer:
    """Read the bundled tables once per process."""
    gaz = Gazetteer()

    def add_form(text: str, target: str, form: str, table: dict[str, SurfaceForm], override: bool = False) -> None:
        for variant in {text, text.replace("’", "'")}:
            # a name beats an alias or a capital that happens to be spelled the same
            if variant not in table or form == "name" or override:
                table[variant] = SurfaceForm(variant, target, form)

    for row in _rows("states.tsv"):
        gaz.entities[row["name"]] = Entity(row["name"], "State", row["qid"] or None, row["iso3"], row["iso2"])
        add_form(row["name"], row["name"], "name", gaz.actor_forms)
        for alias in _split(row["aliases"]):
            add_form(alias, row["name"], "alias", gaz.actor_forms)
        for demonym in _split(row["demonyms"]):
            add_form(demonym, row["name"], "demonym", gaz.actor_forms)
        for capital in _split(row["capitals"]):
            add_form(capital, row["name"], "capital", gaz.actor_forms)
    for row in _rows("organizations.tsv"):
        gaz.entities[row["name"]] = Entity(row["name"], row["kind"], row["qid"] or None, part_of=row["part_of"] or None)
        add_form(row["name"], row["name"], "name", gaz.actor_forms)
        for alias in _split(row["aliases"]):
            add_form(alias, row["name"], "alias", gaz.actor_forms)
        for metonym in _split(row.get("metonyms")):
            # in diplomatic news "Brussels said" is the EU speaking, not Belgium
            add_form(metonym, row["name"], "capital", gaz.actor_forms, override=True)
    for row in _rows("territories.tsv"):
        gaz.territories[row["name"]] = Territory(row["name"], row["claimed_by"], tuple(_split(row.get("covers"))))
        add_form(row["name"], row["name"], "name", gaz.territory_forms)
        for alias in _split(row["aliases"]):
            add_form(alias, row["name"], "alias", gaz.territory_forms)
        for place in _split(row["places"]):
            add_form(place, row["name"], "place", gaz.territory_forms)
    for row in _rows("elections.tsv"):
        rounds = tuple(date.fromisoformat(d) for d in _split(row["rounds"]))
        winner, body = row["winner"] or None, row.get("body") or None
        gaz.elections.append(KnownElection(row["territory"], row["kind"], rounds, winner, body))
    _add_officials(gaz)
    return gaz


def _add_officials(gaz: Gazetteer) -> None:
    by_surname: dict[str, set[str]] = {}
    spelled: dict[str, set[str]] = {}  # (spelling keys of full names and their other spellings)
    for row in _rows("officials.tsv"):
        office = Official(
            row["name"], row["actor"], row["role"], int(row["from"]), int(row["to"]) if row["to"] else None
        )
        for form in [row["name"], *_split(row["aliases"])]:
            gaz.officials[form] = gaz.officials.get(form, ()) + (office,)
            surname = form.split()[-1]
            if len(form.split()) > 1 and len(surname) > 3 and gaz.entities[office.actor].iso3 != "CHN":
                by_surname.setdefault(surname, set()).add(row["name"])  # (a Chinese name puts the surname first)
            spelled.setdefault(spelling_key(form), set()).add(row["name"])
    gaz.spellings = {key: names.pop() for key, names in spelled.items() if len(names) == 1}
    for surname, names in by_surname.items():
        if len(names) == 1:
            gaz.surnames[surname] = gaz.officials[names.pop()]


def _same_office(office: str, role: str | None) -> int:
    """How many words of a role as the text gives it name an office ("Prime Minister" and "Prime Minister": 2; not
    "President of the European Council": 0; "Foreign Minister" names Italy's "Foreign Minister" better than the EU's
    "High Representative for Foreign Affairs")."""
    words = {w for w in re.findall(r"[a-z]+", (role or "").lower()) if w not in ("the", "of", "for", "and")}
    return len(words & set(re.findall(r"[a-z]+", office.lower())))

"""Places: countries, Vietnam's provinces (before and after the 2025 merger), regions, seas,
cities, the provinces, states and cities of other countries, and named facilities
(``Nội Bài International Airport``, ``Vung Ang Economic Zone``).

The component writes its hits to ``doc.spans["vne_places"]`` (label ``PLACE``, ``kb_id_``
the norm) and nationality adjectives to ``doc.spans["vne_demonyms"]`` (label ``NORP``,
``kb_id_`` the country code), for the officials and resolver components to use.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from .abbreviations import after_bracketed_acronym
from .gazetteer import Gazetteer, Match
from .lexicon import PhraseTable
from .ranks import ranks
from .resources import read_json, read_records
from .text import (
    HYPHEN,
    POSSESSIVES,
    SpanData,
    View,
    WordSet,
    fold,
    is_capitalised,
    name_start,
    named_heads,
    next_item,
    positions_in,
    previous_item_end,
    replace_inside,
    written_name,
)

PLACES_KEY = "vne_places"
HOME = "VN"  # Viet Nam's country code
DEMONYMS_KEY = "vne_demonyms"
DATELINE_MARKS = frozenset({"-", "--", ","})  # folded: after a dateline's place (``NICE —``)
MUNICIPALITY = "Thành phố"  # the official name's start of a centrally-run city: ``Thành phố Hải Phòng``
RIVER = "river"  # a lower-case head, and the kind of place it names
MAX_UNIT_DIGITS = 2  # a numbered unit inside a facility's name: ``Vinh Tan 4 Thermal Power Plant``


@dataclass(frozen=True)
class Place:
    """What vnentities knows of a place norm."""

    norm: str
    kind: str
    names: tuple[str, ...]
    province_code: str | None = None
    successor: str | None = None
    successor_code: str | None = None
    municipality: bool = False  # a centrally-run city (``Thành phố``), whose bodies are ``municipal``


@cache
def place_index() -> dict[str, Place]:
    """Every known place, by norm."""
    index: dict[str, Place] = {}
    for country in read_records("countries.jsonl", frozenset({"code", "names", "demonyms"})):
        index[country["code"]] = Place(country["code"], "country", tuple(country["names"]))
    for province in read_json("provinces.json"):
        successor = province["successor"]
        index[province["norm"]] = Place(
            province["norm"],
            "province",
            tuple(province["names"]),
            province["code"],
            successor["norm"],
            successor["code"],
            province["name"].startswith(MUNICIPALITY),
        )
    for place in (
        *read_records("places.jsonl", frozenset({"norm", "kind", "names"}), frozenset({"province_code"})),
        *read_records("cities.jsonl", frozenset({"norm", "kind", "names", "province_code"})),
    ):
        index[place["norm"]] = Place(
            place["norm"], place["kind"], tuple(place["names"]), place.get("province_code")
        )
    for file in ("foreign_places.jsonl", "world_cities.jsonl"):
        for place in read_records(file, frozenset({"norm", "kind", "country", "names"})):
            index[place["norm"]] = Place(place["norm"], place["kind"], tuple(place["names"]))
    return index


@cache
def world_city_norms() -> frozenset[str]:
    """The norms of the cities of ``world_cities.jsonl`` (built from GeoNames), which name a place only where
    a locative or a dateline cues one: many are also people's names (``Rodriguez``, ``Vladimir``)."""
    fields = frozenset({"norm", "kind", "country", "names"})
    return frozenset(place["norm"] for place in read_records("world_cities.jsonl", fields))


@cache
def country_descriptions() -> frozenset[str]:
    """Nouns a place right after ``the`` describes, as a nationality does: ``the Caribbean nation``."""
    return frozenset(read_json("facility_terms.json")["region_adjective_heads"])


def describes_a_country(before: str, after: str) -> bool:
    """Whether a place between the lower-cased words ``before`` and ``after`` describes a country (``the
    Caribbean nation``) rather than naming itself."""
    return before == "the" and after in country_descriptions()


@cache
def provinces_by_code() -> dict[str, Place]:
    """Vietnam's provinces (before the 2025 merger), by GSO code."""
    provinces: dict[str, Place] = {}
    for place in place_index().values():
        if place.kind == "province" and place.province_code:
            provinces.setdefault(place.province_code, place)
    return provinces


def place_positions(doc: Doc, view: View, key: str = PLACES_KEY) -> dict[int, tuple[int, str]]:
    """The places (or, for ``DEMONYMS_KEY``, nationalities) in ``doc`` by view start: start → (end, norm)."""
    spans = {}
    for span in view.group(doc, key):
        positions = view.positions(span.start, span.end)
        if positions:
            spans[positions[0]] = (positions[1], span.kb_id)
    return spans


def by_end(spans: dict[int, tuple[int, str]]) -> dict[int, tuple[int, str]]:
    """Spans of ``place_positions`` keyed by their end instead: end → (start, norm)."""
    return {end: (start, norm) for start, (end, norm) in spans.items()}


def country_positions(places: dict[int, tuple[int, str]]) -> dict[int, tuple[int, str]]:
    """The countries among ``places`` (``place_positions``), by view start: start → (end, code)."""
    index = place_index()
    return {
        start: (end, norm) for start, (end, norm) in places.items()
        if (place := index.get(norm)) and place.kind == "country"
    }


def demonyms() -> list[tuple[str, str]]:
    """(adjective, country code) pairs: ``("Vietnamese", "VN")``."""
    return [
        (adjective, country["code"])
        for country in read_records("countries.jsonl", frozenset({"code", "names", "demonyms"}))
        for adjective in country["demonyms"]
    ]


class PlaceTagger:
    """Find places and nationality adjectives by gazetteer lookup; a place's name after a ship prefix
    (``INS Delhi``) names the ship."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        world = world_city_norms()
        entries = [
            (surface, p.norm) for p in place_index().values() if p.norm not in world for surface in p.names
        ]
        self.places = Gazetteer(nlp.make_doc, entries)
        self.world_cities = Gazetteer(
            nlp.make_doc, [(surface, norm) for norm in sorted(world) for surface in place_index()[norm].names]
        )
        self.demonyms = Gazetteer(nlp.make_doc, demonyms())
        terms = read_json("facility_terms.json")
        self.facility_heads = WordSet(terms["heads"])
        self.plural_heads = {f"{head}s": head for head in terms["heads"]}
        self.head_first = WordSet(terms["head_first"])
        self.head_first_connectors = frozenset(terms["head_first_connectors"])
        self.plural_head_words = WordSet(self.plural_heads)
        self.generic = frozenset(terms["generic"])
        self.personal_honorifics = frozenset(terms["personal_honorifics"])
        self.max_words = terms["max_words"]
        self.particles = frozenset(terms["name_particles"])
        self.gate_heads = PhraseTable.of(nlp.make_doc, terms["lower_case_heads"])
        self.gate_head_words = WordSet(self.gate_heads.first_words)
        self.gate_modifiers = frozenset(terms["lower_case_modifiers"])
        self.capitalised_unit_heads = frozenset(terms["capitalised_unit_heads"])
        self.pair_joiners = frozenset(terms["pair_joiners"])
        self.hyphen_modifiers = frozenset(terms["hyphen_modifiers"])
        self.not_place_before = frozenset(terms["not_place_before"])
        self.compass_points = frozenset(terms["compass_points"])
        self.compass_followers = frozenset(terms["compass_followers"])
        titles = read_json("titles.json")
        self.vessel_prefixes = frozenset(titles["vessel_prefixes"])
        self.topics = frozenset(titles["complement_words"])  # ``Science and Technology Park``
        # ``Ambassador Park``, ``Mr. Park``: a post or honorific and a name, no facility
        self.title_words = frozenset(
            fold(word).lower() for phrase in (*titles["heads"], *ranks(), *titles["honorifics"])
            for word in phrase.split()
        )
        self.not_first = frozenset(read_json("events.json")["not_first"])
        self.place_heads = {head: frozenset(kinds) for head, kinds in terms["place_heads"].items()}
        self.outside_heads = frozenset(terms["outside_heads"])
        self.units_before_of = WordSet(terms["units_before_of"])
        self.numbered_units = WordSet(terms["numbered_units"])
        self.numbered_roads = WordSet(terms["numbered_roads"])
        self.road_words_before = terms["road_words_before"]
        self.road_number = re.compile(terms["road_number"]).fullmatch
        self.route_heads = PhraseTable.of(nlp.make_doc, terms["route_heads"])
        self.route_head_words = WordSet(self.route_heads.first_words)
        self.route_modifiers = frozenset(terms["route_modifiers"])
        self.state_forms = frozenset(terms["state_forms"])
        self.city_locatives = frozenset(terms["city_locatives"])

    def __call__(self, doc: Doc) -> Doc:
        view = View.of(doc)
        places = {
            self._headed(view, m.start, m.end, m.key): m.key for m in self.places.longest(view)
            if not self._names_no_place(view, m.end) and not self._is_direction(view, m)
            and not self._describes_a_country(view, m)
            and not (m.start and view.words[m.start - 1] in self.vessel_prefixes)  # ``INS Delhi``, a ship
        }
        self._add_world_cities(view, places)
        known = set(places)
        demonyms = [m for m in self.demonyms.longest(view) if not self._names_no_place(view, m.end)]
        self._add_facilities(view, places)
        self._add_shared_heads(view, places)
        self._add_memorials(view, places)
        self._add_border_gates(view, places, {k for m in demonyms for k in range(m.start, m.end)})
        self._add_routes(view, places)
        self._add_units_before_of(view, places)
        self._add_numbered_units(view, places)
        self._add_state_forms(view, places)
        self._add_cities_before_countries(view, places)
        self._add_mentions(view, places, known)
        view.write(doc, PLACES_KEY, [
            SpanData(*view.span(s, e), "PLACE", key) for (s, e), key in sorted(places.items())
        ])
        view.write(doc, DEMONYMS_KEY, [SpanData(*view.span(m.start, m.end), "NORP", m.key) for m in demonyms])
        return doc

    @staticmethod
    def _countries(places: dict[tuple[int, int], str]) -> list[tuple[int, int]]:
        """The spans of the countries among ``places``."""
        index = place_index()
        return [span for span, norm in places.items() if norm in index and index[norm].kind == "country"]

    def _add_state_forms(self, view: View, places: dict[tuple[int, int], str]) -> None:
        """``Kingdom of Jordan``, ``Hashemite Kingdom of Jordan``: a capitalised form of state, with
        capitalised words before it, and ``of (the)`` before a country are one place, that country."""
        words, lowered = view.words, view.lowered
        taken = positions_in(places)
        for start, end in self._countries(places):
            of = start - 1 - (start > 1 and lowered[start - 1] == "the")
            form = of - 1
            if form < 0 or lowered[of] != "of" or lowered[form] not in self.state_forms or (
                not is_capitalised(words[form]) or form in taken
            ):
                continue
            first = name_start(view, form + 1, self.not_first, self.max_words)
            places[(first, end)] = places.pop((start, end))

    def _add_cities_before_countries(self, view: View, places: dict[tuple[int, int], str]) -> None:
        """``in Nice, France``: capitalised words after a locative word, then a comma and a country (not its
        possessive), are a place of that country, named as written."""
        words, lowered = view.words, view.lowered
        taken = positions_in(places)
        for start, end in self._countries(places):
            comma = start - 1
            if comma < 2 or words[comma] != "," or comma - 1 in taken or (
                end < len(words) and lowered[end] in POSSESSIVES
            ):
                continue
            first = name_start(view, comma, self.not_first, self.max_words)
            if first < comma and first and lowered[first - 1] in self.city_locatives and taken.isdisjoint(
                range(first, comma)  # not over a known place: ``in Shandong Province, China``
            ) and all(
                words[k].isalpha() and words[k].istitle() and lowered[k] not in self.title_words
                for k in range(first, comma)
            ):
                places[(first, comma)] = written_name(words[first:comma], HYPHEN)

    def _add_world_cities(self, view: View, places: dict[tuple[int, int], str]) -> None:
        """``in Erfurt``, ``Mayor of Nasushiobara city``, ``NICE —``: a city of the world list after a
        locative (``in``, ``at``, ``from``, ``near``), before a lower-case ``city``, or opening a line before a
        dateline's dash or comma, with no capitalised word after it and outside the places found."""
        words, lowered = view.words, view.lowered
        taken = positions_in(places)
        for m in self.world_cities.longest(view):
            after = words[m.end] if m.end < len(words) else ""
            cued = (m.start and lowered[m.start - 1] in self.city_locatives) or after == "city" or (
                (m.start == 0 or m.start in view.newline_before) and after in DATELINE_MARKS
            )
            if cued and not is_capitalised(after) and taken.isdisjoint(range(m.start, m.end)):
                places[(m.start, m.end)] = m.key

    def _add_mentions(
        self, view: View, places: dict[tuple[int, int], str], known: set[tuple[int, int]]
    ) -> None:
        """``In Tra On, …`` after ``Tra On district``: a name of two words or more that a rule (not the
        gazetteer, the ``known`` spans) found a place is that place wherever else it stands alone, with no
        capitalised word next to it but a sentence's opener (``In``)."""
        words = view.words
        names = {words[s:e]: key for (s, e), key in places.items() if (s, e) not in known and e - s > 1}
        if not names:  # nothing to look for: no pass over the words
            return
        taken = positions_in(places)
        for start in view.where({name[0].lower() for name in names}):
            for name, key in names.items():
                end = start + len(name)
                if words[start:end] == name and taken.isdisjoint(range(start, end)) and not (
                    (start and is_capitalised(words[start - 1]) and words[start - 1] not in self.not_first
                     and start not in view.newline_before)
                    or (end < len(words) and is_capitalised(words[end]) and end not in view.newline_before)
                ):
                    places[(start, end)] = key
                    taken.update(range(start, end))

    def _names_no_place(self, view: View, end: int) -> bool:
        """A place ending at ``end`` names a currency or an index (``US dollars``, ``VN-Index``)."""
        after = end + (end + 1 < len(view) and view.words[end] == "-")
        return after < len(view) and view.lowered[after] in self.not_place_before

    def _describes_a_country(self, view: View, m: Match) -> bool:
        """A region between ``the`` and ``nation`` or ``country`` describes it, as a nationality does: ``the
        Caribbean nation``."""
        before = view.lowered[m.start - 1] if m.start else ""
        after = view.lowered[m.end] if m.end < len(view) else ""
        return place_index()[m.key].kind == "region" and describes_a_country(before, after)

    def _is_direction(self, view: View, m: Match) -> bool:
        """One compass point before ``of`` or a continent's adjective gives a direction: ``the Northeast of
        Con Co Island``, ``the Northeast Asian nation``."""
        return m.end - m.start == 1 and view.lowered[m.start] in self.compass_points and (
            m.end < len(view) and view.lowered[m.end] in self.compass_followers
        )

    def _headed(self, view: View, start: int, end: int, norm: str) -> tuple[int, int]:
        """``Sansha City``, ``Abyei Region``: a place widened over a head of its kind written after it;
        ``Yamaguchi Prefecture``: a name's last word of ``outside_heads`` left out."""
        if end - start > 1 and view.words[end - 1] in self.outside_heads:
            return start, end - 1
        kinds = self.place_heads.get(view.words[end]) if end < len(view) else None
        return (start, end + 1) if kinds and place_index()[norm].kind in kinds else (start, end)

    def _add_facilities(self, view: View, places: dict[tuple[int, int], str]) -> None:
        """``Nội Bài International Airport``, ``Whitsun Reef``, ``Ninh Thuan 1 Nuclear Power Plant``:
        capitalised words ending in a head, a small number between them.

        The places inside give way to it; the norm is the name as written, folded (a known
        place with the same span keeps its own). A hyphened modifier's lower-case part ends the name before
        it (``Hanoi-based Presidential Palace``).
        """
        words, lowered = view.words, view.lowered
        facilities = {}
        named = named_heads(
            view, self.facility_heads, self.not_first, self.max_words, self.particles, self.topics
        )
        for start, head in named:
            modifiers = [
                k for k in range(start + 1, head)
                if lowered[k] in self.hyphen_modifiers and words[k - 1] in HYPHEN
            ]
            start = modifiers[-1] + 1 if modifiers else start
            if start > 1 and _is_unit_number(words[start - 1]) and (
                (numbered := name_start(view, start - 1, self.not_first, self.max_words)) < start - 1
            ):
                start = numbered  # a plant's unit number: ``Ninh Thuan 1 Nuclear Power Plant``
            after = head + 1
            before = lowered[start:head]
            if (start, after) not in places and not (
                all(word in self.generic for word in before) or all(word in self.title_words for word in before)
                or lowered[start] in self.personal_honorifics
                or (start and lowered[start - 1] in self.personal_honorifics)
            ):
                facilities[(start, after)] = name = written_name(words[start:after], HYPHEN)
                if after_bracketed_acronym(words, after):  # ``… Industrial Parks (VSIP)``, and every ``VSIP``
                    for i in view.occurrences(words[after + 1]):
                        facilities.setdefault((i, i + 1), name)
        replace_inside(places, facilities)

    def _add_shared_heads(self, view: View, places: dict[tuple[int, int], str]) -> None:
        """``Fiery Cross and Subi Reefs``, ``the Paracel and Spratly Islands``: names joined by ``and`` or
        commas before a capitalised plural facility head are places, the head left out; each is the known
        place of its name with the head (plural, then singular) or alone, else the name as written with the
        singular head."""
        words, lowered = view.words, view.lowered
        for head in view.where(self.plural_head_words):
            if not is_capitalised(words[head]):
                continue
            singular = self.plural_heads[lowered[head]]
            names, end = [], head
            while (start := name_start(view, end, self.not_first, self.max_words)) < end:
                names.append((start, end))
                if (end := previous_item_end(lowered, start)) is None:
                    break
            if len(names) < 2:
                continue
            for start, end in names:
                name = lowered[start:end]
                places.pop((start, head + 1), None)  # ``Spratly Islands``, a known place with the head
                places[(start, end)] = next(
                    (norm for key in ((*name, lowered[head]), (*name, singular), name)
                     if (norm := self.places.lookup(key))),
                    f"{written_name(words[start:end], HYPHEN)} {singular.title()}",
                )

    def _add_memorials(self, view: View, places: dict[tuple[int, int], str]) -> None:
        """``Monument of President Ho Chi Minh``, ``Monument to War Heroes and Martyrs``: a capitalised memorial
        head, ``of`` or ``to`` and capitalised words (``and`` between two) are one place named as written; the
        places inside give way. A head that ends a facility's name opens none (``Tiên Sa Port of Đà Nẵng``)."""
        words, lowered = view.words, view.lowered
        memorials = {}
        named_ends = {end for start, end in places if end - start > 1}
        for head in view.where(self.head_first):
            end = head + 2
            if end > len(words) or not is_capitalised(words[head]) or head + 1 in named_ends or (
                lowered[head + 1] not in self.head_first_connectors
            ):
                continue
            while end < len(words) and end - head <= self.max_words and (
                is_capitalised(words[end])
                or (lowered[end] == "and" and end + 1 < len(words) and is_capitalised(words[end + 1]))
            ):
                end += 1
            if end > head + 2:
                memorials[(head, end)] = written_name(words[head:end], HYPHEN)
        replace_inside(places, memorials)

    def _add_border_gates(self, view: View, places: dict[tuple[int, int], str], demonyms: set[int]) -> None:
        """``Moc Bai border gate``, ``Tan Nam – Meun Chey international border gate pair``, ``Cai Mep port``,
        ``Prey Veng, Svay Rieng and Oddar Meanchey provinces``, ``Nghia Tru Commune``.

        The capitalised names before a lower-case head (after its modifiers, and a parenthesis after a name;
        each name of a list before a plural head; a small number ending the name: ``Can Tho 2 bridge``) are
        places, named as written unless known; a nationality (``the Chinese port``), a known place's longer
        name (but for a numbered one) and a sentence's first word alone (``Eleven provinces``) are not.
        """
        words, lowered = view.words, view.lowered
        known = positions_in(places)
        gates = {}
        for head in view.where(self.gate_head_words):
            capitalised = is_capitalised(words[head]) and words[head] not in self.capitalised_unit_heads
            if capitalised or self.gate_heads.match(lowered, head) is None:
                continue
            end = _modifiers_start(view, head, self.gate_modifiers)
            while True:
                end = _before_parenthesis(words, end)
                start = self._gate_name_start(view, end)
                numbered = start == end and end > 1 and _is_unit_number(words[end - 1])
                if numbered:  # ``Can Tho 2 bridge``: the number is the name's, the place inside gives way
                    start = self._gate_name_start(view, end - 1)
                    start = start if start < end - 1 else end
                if start == end or not demonyms.isdisjoint(range(start, end)):
                    break
                if (start, end) not in places:
                    opens = start == 0 or start in view.newline_before or words[start - 1] == "."
                    inside = not numbered and not known.isdisjoint(range(start, end))
                    if inside or (end - start == 1 and opens):
                        break  # a known place's longer name (``Quang Tri Province and``), ``Eleven provinces``
                    gates[(start, end)] = written_name(words[start:end], HYPHEN)
                if lowered[head] == RIVER and (
                    river := place_index().get(f"{gates.get((start, end)) or places[(start, end)]} River")
                ) and river.kind == RIVER:
                    gates[(start, end)] = river.norm  # ``Mekong river``, ``Da river``: the known river
                if start >= 2 and words[start - 1] in self.pair_joiners:
                    end = start - 1  # the name before the joiner, the other gate of a pair
                elif lowered[head].endswith("s") and (before := previous_item_end(lowered, start)) is not None:
                    end = before  # a list before a plural head
                else:
                    break
        replace_inside(places, gates)

    def _add_routes(self, view: View, places: dict[tuple[int, int], str]) -> None:
        """``Cat Linh-Ha Dong metro``, ``Lao Cai–Hanoi–Hai Phong railway``: the capitalised name of a route
        by its ends, before a lower-case head (and its modifiers: ``standard railway``) or bracketed after it
        and its number (``metro line 1 (Ben Thanh - Suoi Tien)``), is one place named as written; compass
        points are not its ends (``North–South railway``)."""
        words = view.words
        routes = {}
        for head in view.where(self.route_head_words):
            if is_capitalised(words[head]) or (match := self.route_heads.match(view.lowered, head)) is None:
                continue
            end = _modifiers_start(view, head, self.route_modifiers)
            start = name_start(view, end, self.not_first, self.max_words)
            if start < end and self.compass_points.issuperset(view.lowered[start:end:2]):
                continue  # ``North–South railway``: an axis, no place
            if any(word in self.pair_joiners for word in words[start + 1 : end - 1]):
                routes[(start, end)] = written_name(words[start:end], HYPHEN)
            elif bracketed := self._bracketed_route(words, match[0]):
                routes[bracketed] = written_name(words[slice(*bracketed)], HYPHEN)
        replace_inside(places, routes)

    def _add_units_before_of(self, view: View, places: dict[tuple[int, int], str]) -> None:
        """``the district of Gia Lam``: capitalised words after a local unit's lower-case head and ``of`` (up to
        another such head: ``the ward of Ba Dinh District``) are a place, named as written unless known; after
        a plural head, each of a list joined by commas and ``and`` (``the districts of Thanh Xuan, Hoang Mai and
        Thanh Tri``)."""
        words, lowered = view.words, view.lowered
        covered = positions_in(places)
        for head in view.where(self.units_before_of):
            start = head + 2
            if is_capitalised(words[head]) or lowered[head + 1 : start] != ("of",):
                continue
            while start not in covered:
                end = start
                while end < len(words) and end - start < self.max_words and is_capitalised(words[end]) and (
                    lowered[end] not in self.units_before_of and end not in covered
                ):
                    end += 1
                if end == start:
                    break
                places[(start, end)] = written_name(words[start:end], HYPHEN)
                covered.update(range(start, end))
                if not lowered[head].endswith("s") or (start := next_item(lowered, end)) is None:
                    break

    def _add_numbered_units(self, view: View, places: dict[tuple[int, int], str]) -> None:
        """``District 1``, ``Ward 5``: a capitalised unit head starting a name and a small number; ``National
        Highway 1A``, ``Ring Road No.3``: a capitalised road head, up to two capitalised words right before it
        (a place before them stays its own: ``Hanoi Ring Road No.3``) and a road number. Each is a place, named
        as written."""
        words = view.words
        covered = positions_in(places)
        for heads, before, is_number in (
            (self.numbered_units, 0, _is_unit_number),
            (self.numbered_roads, self.road_words_before, self.road_number),
        ):
            for head in view.where(heads):
                end = head + 2
                if end > len(words) or not is_capitalised(words[head]) or not is_number(words[head + 1]):
                    continue
                start = name_start(view, head, self.not_first, before + 1)
                while start < head and start in covered:
                    start += 1
                if head - start <= before and covered.isdisjoint(range(start, end)):
                    places[(start, end)] = written_name(words[start:end], HYPHEN)

    def _bracketed_route(self, words: tuple[str, ...], k: int) -> tuple[int, int] | None:
        """The capitalised name with a pair joiner bracketed at ``k`` (after a number if any there), or None."""
        opening = k + (k < len(words) and words[k].isdigit())
        if words[opening : opening + 1] != ("(",):
            return None
        end = opening + 1
        while end < len(words) and end - opening <= self.max_words and (
            is_capitalised(words[end]) or words[end] in self.pair_joiners
        ):
            end += 1
        paired = self.pair_joiners.intersection(words[opening + 2 : end - 1])
        return (opening + 1, end) if paired and words[end : end + 1] == (")",) else None

    def _gate_name_start(self, view: View, end: int) -> int:
        """Where the name of a border gate ending at ``end`` starts (not over a pair joiner)."""
        start = name_start(view, end, self.not_first, self.max_words)
        joiners = [k for k in range(start, end) if view.words[k] in self.pair_joiners]
        return joiners[-1] + 1 if joiners else start


def _is_unit_number(word: str) -> bool:
    """Whether ``word`` is a unit's small number (``4`` of ``Vinh Tan 4 Thermal Power Plant``)."""
    return word.isdigit() and len(word) <= MAX_UNIT_DIGITS


def _modifiers_start(view: View, head: int, modifiers: frozenset[str]) -> int:
    """Where the lower-case ``modifiers`` right before the head at ``head`` start (``international`` of
    ``international border gate``, ``standard`` of ``standard railway``)."""
    k = head
    while k > 0 and view.lowered[k - 1] in modifiers and not is_capitalised(view.words[k - 1]):
        k -= 1
    return k


def _before_parenthesis(words: tuple[str, ...], end: int, limit: int = 8) -> int:
    """The position of the ``(`` whose ``)`` is right before ``end`` (``end`` if there is none)."""
    if end == 0 or words[end - 1] != ")":
        return end
    for k in range(end - 2, max(-1, end - 2 - limit), -1):
        if words[k] == "(":
            return k
    return end



@Language.factory("vnentities_places", assigns=["doc.spans"])
def make_places(nlp: Language, name: str) -> PlaceTagger:
    """Factory of the places component."""
    return PlaceTagger(nlp, name)

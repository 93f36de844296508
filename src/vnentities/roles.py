"""What a title says about its holder: the role it names and the country it belongs to."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from functools import cache, lru_cache
from operator import attrgetter
from typing import NamedTuple

from spacy.tokens import Doc

from .organisations import ORGANISATIONS_KEY
from .places import DEMONYMS_KEY, PLACES_KEY, place_index
from .resources import read_json
from .text import SpanData, View, fold

LOCALITIES = frozenset({"province", "city", "subdivision"})  # the place kinds with local officials
BRACKETED = re.compile(r" ?\([^)]*\)")  # a bracketed insert, acronym or gloss
PRESIDING = ("president", "chairman")  # roles over a body: ``President of the VFF``, ``State Duma Chairman``


class Role(NamedTuple):
    """A title's role (``party leader``, ``president`` …) and country code, if any.

    ``roles`` are all the roles the title names (``Party General Secretary and State
    President``: ``party leader`` and ``president``), ``words`` its folded lower-cased words
    after a leading country.
    """

    role: str
    country: str | None
    roles: tuple[str, ...]
    words: str


@cache
def _aliases() -> tuple[tuple[re.Pattern, str], ...]:
    """(a role's alias as a whole-word pattern, the role), longest alias first."""
    roles = read_json("titles.json")["roles"]
    pairs = [(alias, role) for role, aliases in roles.items() for alias in aliases]
    return tuple(
        (re.compile(rf"\b{re.escape(alias)}\b"), role)
        for alias, role in sorted(pairs, key=lambda p: -len(p[0]))
    )


@cache
def _role_words(role: str) -> frozenset[str]:
    """The one-word aliases of ``role``: ``chairman``, ``chairwoman``, ``chairperson``."""
    return frozenset(alias for alias in read_json("titles.json")["roles"][role] if " " not in alias)


@cache
def _qualifiers() -> frozenset[str]:
    """Words that make another role of the role after them: ``deputy``, ``vice``, ``city``."""
    terms = read_json("titles.json")
    return frozenset(terms["role_qualifiers"]) | _local_qualifiers()


@cache
def _local_qualifiers() -> frozenset[str]:
    """Words that make the local role of the role after them: ``city``, ``provincial``."""
    return frozenset(read_json("titles.json")["local_qualifiers"])


@cache
def _inclusive_qualifiers() -> tuple[str, ...]:
    """Qualifiers (with their space) whose role is also the role without them: ``permanent ``."""
    return tuple(f"{word} " for word in read_json("titles.json")["inclusive_qualifiers"])


def broader(role: str) -> str | None:
    """The role a qualified role is one of (``permanent deputy prime minister``: ``deputy prime minister``)."""
    return next((role[len(q) :] for q in _inclusive_qualifiers() if role.startswith(q)), None)


@lru_cache(maxsize=4096)
def _roles(text: str) -> tuple[str, ...]:
    """The roles a title's folded, lower-cased words name, bracketed inserts aside, in text order (the words
    themselves if none).

    Qualifiers right before a role's words make another role: ``deputy prime minister``,
    ``deputy foreign minister`` (``deputy minister of foreign affairs``); local qualifiers
    make its local one (``city party chief``: ``local party leader``).
    """
    found: list[tuple[int, int, str]] = []
    text = BRACKETED.sub("", text)  # ``national assembly (na) vice chairman``: ``vice na chairman``
    for pattern, role in _aliases():
        for m in pattern.finditer(text):
            if all(m.end() <= start or end <= m.start() for start, end, _ in found):
                before = text[: m.start()].replace("-", " ").split()
                k = len(before)
                while k and before[k - 1] in _qualifiers():
                    k -= 1
                qualifiers = ["local" if word in _local_qualifiers() else word for word in before[k:]]
                if role.startswith("local "):  # ``local secretary of the party committee``
                    qualifiers = [word for word in qualifiers if word != "local"]
                found.append((m.start(), m.end(), " ".join([*qualifiers, role])))
    return tuple(role for _, _, role in sorted(found)) or (text,)


def country_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """``(start, end, code)`` token spans of the countries and nationality words in ``doc``."""
    index = place_index()
    view = View.of(doc)
    spans = [
        (s.start, s.end, s.kb_id) for s in view.group(doc, PLACES_KEY)
        if (place := index.get(s.kb_id)) and place.kind == "country"
    ]
    spans += [(s.start, s.end, s.kb_id) for s in view.group(doc, DEMONYMS_KEY)]
    return sorted(spans)


def describe(doc: Doc, start: int, end: int, countries: list[tuple[int, int, str]]) -> Role:
    """The role and country of the TITLE ``doc[start:end]``, from its words and the countries in it.

    A known role is local when a province or city is inside the title (``Secretary of the Hanoi Party
    Committee``) or a local qualifier right before it (``the city Party chief``). ``countries`` is
    ``country_spans(doc)``, computed once per document.
    """
    first = None
    for i in range(bisect_left(countries, (start,)), len(countries)):
        if countries[i][0] >= end:
            break
        if countries[i][1] <= end:
            first = countries[i]
            break
    country = first[2] if first else None
    view = View.of(doc)
    after = first[1] if first and first[0] == start else start
    words = _words(view, after, end)
    roles = _roles(words)
    for presiding in PRESIDING:  # ``President of the VFF``, ``Chairman of the State Duma``
        if presiding in roles and (body := _presided_body(doc, view, start, end, _role_words(presiding))):
            roles = tuple(f"{presiding} of {body}" if role == presiding else role for role in roles)
    if country is None and not roles[0].startswith("local "):
        localities = _localities(doc, view, after, end)
        k = bisect_left(view.index, start)
        if localities or (k and view.lowered[k - 1] in _local_qualifiers()):  # ``the city Party chief``
            bounds = [after, *(b for span in localities for b in span), end]
            pieces = [_words(view, bounds[j], bounds[j + 1]) for j in range(0, len(bounds), 2)]
            local = " ".join(["local", *filter(None, pieces)])
            if _roles(local) != (local,):
                words, roles = local, _roles(local)
    return Role(roles[0], country, roles, words)


def _presided_body(doc: Doc, view: View, start: int, end: int, heads: frozenset[str]) -> str | None:
    """The organisation that one of ``heads`` (``president``) inside doc tokens ``start`` to ``end`` presides,
    if any: a body, not a state (``President of the Vietnam Fatherland Front``, ``European Council
    President``)."""
    lowered = view.lowered
    for org in _starting_inside(view.group(doc, ORGANISATIONS_KEY), start, end):
        k = bisect_left(view.index, org.start)
        k -= k > 0 and lowered[k - 1] == "the"
        after = bisect_left(view.index, org.end)
        if (k > 1 and lowered[k - 1] == "of" and lowered[k - 2] in heads) or (
            after < len(lowered) and view.index[after] < end and lowered[after] in heads
        ):
            return org.kb_id
    return None


def _words(view: View, start: int, end: int) -> str:
    """The folded, lower-cased words of doc tokens ``start`` to ``end``, one space apart."""
    return " ".join(fold(view.text_of(start, end)).lower().split())


def _localities(doc: Doc, view: View, start: int, end: int) -> list[tuple[int, int]]:
    """The provinces and cities (at home or abroad) inside doc tokens ``start`` to ``end``."""
    return [
        (place.start, place.end) for place in _starting_inside(view.group(doc, PLACES_KEY), start, end)
        if place.end <= end and (known := place_index().get(place.kb_id)) and known.kind in LOCALITIES
    ]


def _starting_inside(spans: list[SpanData], start: int, end: int) -> Iterator[SpanData]:
    """The spans of a group (sorted by start) that start inside doc tokens ``start`` to ``end``."""
    for k in range(bisect_left(spans, start, key=attrgetter("start")), len(spans)):
        if spans[k].start >= end:
            break
        yield spans[k]

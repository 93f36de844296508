"""What a title says about its holder: the role it names and the country it belongs to."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from spacy.tokens import Doc, Span

from .places import DEMONYMS_KEY, PLACES_KEY, place_index
from .resources import read_json
from .text import fold


class Role(NamedTuple):
    """A title's role (``party leader``, ``president`` …) and country code, if any."""

    role: str
    country: str | None


@cache
def _aliases() -> tuple[tuple[str, str], ...]:
    """(alias, role) pairs, longest alias first."""
    roles = read_json("titles.json")["roles"]
    pairs = [(alias, role) for role, aliases in roles.items() for alias in aliases]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _inside(doc: Doc, key: str, span: Span) -> list[Span]:
    return [s for s in doc.spans.get(key, []) if span.start <= s.start and s.end <= span.end]


def describe(span: Span) -> Role:
    """The role and country of a TITLE span, from its words and the places inside it."""
    doc = span.doc
    start = span.start_char
    country = None
    for inner in sorted(_inside(doc, PLACES_KEY, span) + _inside(doc, DEMONYMS_KEY, span)):
        place = place_index().get(inner.kb_id_)
        if inner.label_ == "NORP" or (place and place.kind == "country"):
            country = country or inner.kb_id_
            if inner.start_char == start:
                start = inner.end_char
    text = " ".join(fold(doc.text[start : span.end_char]).lower().split())
    for alias, role in _aliases():
        if text == alias or re.search(rf"\b{re.escape(alias)}\b", text):
            return Role(role, country)
    return Role(text, country)

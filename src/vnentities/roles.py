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


def country_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """``(start, end, code)`` token spans of the countries and nationality words in ``doc``."""
    index = place_index()
    spans = [
        (s.start, s.end, s.kb_id_) for s in doc.spans.get(PLACES_KEY, [])
        if (place := index.get(s.kb_id_)) and place.kind == "country"
    ]
    spans += [(s.start, s.end, s.kb_id_) for s in doc.spans.get(DEMONYMS_KEY, [])]
    return sorted(spans)


def describe(span: Span, countries: list[tuple[int, int, str]]) -> Role:
    """The role and country of a TITLE span, from its words and the ``countries`` inside it.

    ``countries`` is ``country_spans(span.doc)``, computed once per document.
    """
    inside = [(s, e, code) for s, e, code in countries if span.start <= s and e <= span.end]
    country = inside[0][2] if inside else None
    words = span.doc[inside[0][1] : span.end] if inside and inside[0][0] == span.start else span
    text = " ".join(fold(words.text).lower().split())
    for alias, role in _aliases():
        if text == alias or re.search(rf"\b{re.escape(alias)}\b", text):
            return Role(role, country)
    return Role(text, country)

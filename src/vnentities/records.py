"""Grouped records built from an annotated ``Doc``: officials, agreements, places, dates.

Everything here is derived from ``doc.ents`` (label, offsets, ``kb_id_`` norm), the
component span groups and ``doc._.doc_date``, so it survives pickling and ``DocBin``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import asdict, dataclass, field
from typing import Any

from spacy.tokens import Doc, Span

from .agreements import knowledge_base
from .organisations import ORGANISATIONS_KEY
from .places import place_index, provinces_by_code
from .roles import country_spans, describe

YEAR = re.compile(r"\b(1[89]|20)\d\d\b")


@dataclass(frozen=True)
class Entity:
    """One entity, in the gold format: offsets into the text as given."""

    start: int
    end: int
    label: str
    text: str
    norm: str | None

    @classmethod
    def of(cls, span: Span) -> Entity:
        return cls(span.start_char, span.end_char, span.label_, span.text, span.kb_id_ or None)


@dataclass
class Official:
    """A person: name as first written in full, norm, titles, organisation, country."""

    name: str
    norm: str
    titles: list[str] = field(default_factory=list)
    organisation: str | None = None
    country: str | None = None
    mentions: list[Entity] = field(default_factory=list)


@dataclass
class Agreement:
    """An agreement: id, full name, acronym, year and mentions."""

    id: str
    name: str | None
    acronym: str | None
    year: int | None
    mentions: list[Entity] = field(default_factory=list)


@dataclass
class Place:
    """A place: norm, kind, province code and post-2025 province for Vietnamese provinces."""

    norm: str
    kind: str | None
    province_code: str | None
    province_2025: str | None
    province_2025_code: str | None
    mentions: list[Entity] = field(default_factory=list)


@dataclass(frozen=True)
class DateMention:
    """A date mention: text, ISO value and granularity."""

    text: str
    value: str | None
    granularity: str | None
    start: int
    end: int


def granularity(value: str | None) -> str | None:
    """``interval``, ``moment``, ``day``, ``month`` or ``year`` from an ISO value."""
    if not value:
        return None
    if "/" in value:
        return "interval"
    if "T" in value:
        return "moment"
    return {10: "day", 7: "month", 4: "year"}.get(len(value))


def officials(doc: Doc) -> list[Official]:
    """One record per person named in ``doc``, in order of first mention."""
    people: dict[str, Official] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and ent.kb_id_:
            person = people.setdefault(ent.kb_id_, Official(ent.text, ent.kb_id_))
            if len(person.name.split()) < len(ent.text.split()):
                person.name = ent.text
            person.mentions.append(Entity.of(ent))
    countries = country_spans(doc)
    # (start, position in the group, end, norm) of the organisations, by start
    organisations = sorted(
        (s.start, i, s.end, s.kb_id_) for i, s in enumerate(doc.spans.get(ORGANISATIONS_KEY, []))
    )
    starts = [o[0] for o in organisations]
    for ent in doc.ents:
        person = people.get(ent.kb_id_) if ent.label_ == "TITLE" else None
        if person is None:
            continue
        if ent.text not in person.titles:
            person.titles.append(ent.text)
        role = describe(doc, ent.start, ent.end, countries)
        person.country = person.country or role.country
        if not person.organisation:
            inside = organisations[bisect_left(starts, ent.start) : bisect_left(starts, ent.end)]
            person.organisation = min(((i, norm) for _, i, end, norm in inside if end <= ent.end),
                                      default=(None, None))[1]
    return list(people.values())


def agreements(doc: Doc) -> list[Agreement]:
    """One record per agreement id, with knowledge-base facts where known."""
    kb = knowledge_base()
    found: dict[str, Agreement] = {}
    for ent in doc.ents:
        if ent.label_ != "AGREEMENT" or not ent.kb_id_:
            continue
        known = kb.get(ent.kb_id_)
        record = found.setdefault(
            ent.kb_id_,
            Agreement(
                ent.kb_id_,
                known.names[0] if known else None,
                known.acronyms[0] if known and known.acronyms else None,
                known.year if known else None,
            ),
        )
        record.mentions.append(Entity.of(ent))
        words = ent.text.split()
        if not known and len(words) == 1 and ent.text.isupper():
            record.acronym = ent.text
        elif not known and (record.name is None or len(record.name) < len(ent.text)):
            record.name = ent.text
        year = YEAR.search(ent.text)
        if record.year is None and year:
            record.year = int(year.group())
    return list(found.values())


def places(doc: Doc) -> list[Place]:
    """One record per place norm, with its kind and its province before and after 2025."""
    index = place_index()
    found: dict[str, Place] = {}
    for ent in doc.ents:
        if ent.label_ != "PLACE" or not ent.kb_id_:
            continue
        if ent.kb_id_ not in found:
            known = index.get(ent.kb_id_)
            province = index.get(known.norm) if known and known.kind == "province" else None
            code = known.province_code if known else None
            if known and known.kind != "province" and code:
                province = provinces_by_code().get(code)
            found[ent.kb_id_] = Place(
                ent.kb_id_,
                known.kind if known else None,
                code,
                province.successor if province else None,
                province.successor_code if province else None,
            )
        found[ent.kb_id_].mentions.append(Entity.of(ent))
    return list(found.values())


def dates(doc: Doc) -> list[DateMention]:
    """One record per date mention."""
    return [
        DateMention(e.text, e.kb_id_ or None, granularity(e.kb_id_), e.start_char, e.end_char)
        for e in doc.ents
        if e.label_ == "DATE"
    ]


def as_dicts(records: list[Any]) -> list[dict[str, Any]]:
    """JSON-ready dictionaries of dataclass records."""
    return [asdict(r) for r in records]

"""``extract``: annotate one text and return a ``Document`` of entities and records."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import pieces, records
from .pipeline import default_pipeline


@dataclass(frozen=True)
class Document:
    """The result of ``extract``: the spaCy ``Doc`` and the structured view of it."""

    doc: Doc

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def doc_date(self) -> str | None:
        return self.doc._.doc_date

    @property
    def entities(self) -> list[records.Entity]:
        """Flat, sorted, non-overlapping entities in the gold format."""
        return [records.Entity.of(e) for e in self.doc.ents]

    @property
    def officials(self) -> list[records.Official]:
        return records.officials(self.doc)

    @property
    def agreements(self) -> list[records.Agreement]:
        return records.agreements(self.doc)

    @property
    def places(self) -> list[records.Place]:
        return records.places(self.doc)

    @property
    def dates(self) -> list[records.DateMention]:
        return records.dates(self.doc)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: ``doc_date``, ``entities`` (gold keys) and the grouped records."""
        return {
            "doc_date": self.doc_date,
            "entities": records.as_dicts(self.entities),
            "officials": records.as_dicts(self.officials),
            "agreements": records.as_dicts(self.agreements),
            "places": records.as_dicts(self.places),
            "dates": records.as_dicts(self.dates),
        }


def check_text(text: object) -> str:
    """``text`` itself; ``TypeError`` naming its type when it is not a ``str``."""
    if not isinstance(text, str):
        raise TypeError(f"text: expected str, got {type(text).__name__}")
    return text


def check_doc_date(doc_date: str | dt.date | None) -> str | None:
    """``doc_date`` as ISO ``YYYY-MM-DD``; ``ValueError`` naming the value if it is not one."""
    if doc_date is None:
        return None
    if isinstance(doc_date, dt.datetime):
        return doc_date.date().isoformat()
    if isinstance(doc_date, dt.date):
        return doc_date.isoformat()
    if isinstance(doc_date, str):
        try:
            return dt.date.fromisoformat(doc_date.strip()).isoformat()
        except ValueError:
            pass
    raise ValueError(f"doc_date: expected an ISO date such as '2023-03-30', got {doc_date!r}")


def extract(
    text: str, doc_date: str | dt.date | None = None, *, nlp: Language | None = None
) -> Document:
    """Annotate ``text``; relative dates resolve against ``doc_date`` or the dateline.

    A text longer than ``nlp.max_length`` is annotated in pieces (see ``pieces``).
    """
    nlp = nlp or default_pipeline()
    doc, _ = next(pieces.pipe(nlp, [(check_text(text), check_doc_date(doc_date), None)]))
    return Document(doc)

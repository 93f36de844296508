"""Texts of any length through ``nlp.pipe``: long ones in pieces, joined back into one Doc.

spaCy refuses texts over ``nlp.max_length`` (E088). Such a text is cut at the last
paragraph break before the limit, else the last sentence end, else the last line break
or space, so no entity is cut in two. The pieces share the document date of the first
piece's dateline, go through the pipeline like any text, and are joined with
``Doc.from_docs`` (offsets into the whole text); the resolver then runs once more on the
joined Doc so names and titles resolve across pieces.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import Any, TypeVar

from spacy.language import Language
from spacy.tokens import Doc

DATES = "vnentities_dates"
RESOLVER = "vnentities_resolver"
# Where a piece may end, best first: after a blank line, a sentence end, a line, a space.
BREAKS = (
    re.compile(r"\n[^\S\n]*\n\s*"),
    re.compile(r"[.!?][\"'”’)\]]*\s+"),
    re.compile(r"\n\s*"),
    re.compile(r"\s+"),
)

C = TypeVar("C")


def cut_points(text: str, limit: int) -> list[int]:
    """Offsets ``[0, …, len(text)]`` cutting ``text`` into pieces of at most ``limit`` characters."""
    if limit < 1:
        raise ValueError(f"limit: expected a positive number of characters, got {limit!r}")
    points = [0]
    while len(text) - points[-1] > limit:
        start = points[-1]
        points.append(_last_break(text, start, start + limit) or start + limit)
    points.append(len(text))
    return points


def _last_break(text: str, start: int, stop: int) -> int | None:
    """The end of the last break of the best kind inside ``text[start:stop]``."""
    for pattern in BREAKS:
        ends = [m.end() for m in pattern.finditer(text, start, stop) if start < m.end() <= stop]
        if ends:
            return ends[-1]
    return None


def pipe(
    nlp: Language,
    items: Iterable[tuple[str, str | None, C]],
    **pipe_options: Any,
) -> Iterator[tuple[Doc, C]]:
    """``(doc, context)`` for each ``(text, doc_date, context)``, in order, whatever its length.

    ``pipe_options`` go to ``nlp.pipe`` (``n_process``, ``batch_size``).
    """
    docs = nlp.pipe(_piece_docs(nlp, items), as_tuples=True, **pipe_options)
    for doc, (context, count) in docs:
        if count == 1:
            yield doc, context
        else:
            yield join(nlp, [doc, *(next(docs)[0] for _ in range(count - 1))]), context


def _piece_docs(
    nlp: Language, items: Iterable[tuple[str, str | None, C]]
) -> Iterator[tuple[Doc, tuple[C | None, int]]]:
    """Unprocessed Docs with their dates; a long text's first piece carries the piece count."""
    for text, doc_date, context in items:
        points = cut_points(text, nlp.max_length)
        if len(points) > 2 and doc_date is None and DATES in nlp.pipe_names:
            doc_date = nlp.get_pipe(DATES).dateline(text[: points[1]])
        for i, (start, end) in enumerate(pairwise(points)):
            doc = nlp.make_doc(text[start:end])
            doc._.doc_date = doc_date
            yield doc, (context, len(points) - 1) if i == 0 else (None, 0)


def join(nlp: Language, docs: list[Doc]) -> Doc:
    """One Doc from the annotated pieces of a text, names resolved across pieces."""
    doc = Doc.from_docs(docs, ensure_whitespace=False, exclude=["user_data"])
    doc._.doc_date = docs[0]._.doc_date
    if RESOLVER in nlp.pipe_names:
        doc = nlp.get_pipe(RESOLVER)(doc)
    return doc

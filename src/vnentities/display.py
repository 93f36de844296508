"""displaCy for vnentities: a colour per label, ready for ``displacy.render``.

``render`` shows an annotated ``Doc``; ``side_by_side`` shows two annotations of one text
(gold and predicted, say) next to each other, optionally only the lines where they differ.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping
from typing import Any

from spacy import displacy
from spacy.tokens import Doc

# One colour per label of the annotation guide; headline labels in strong colours.
COLORS = {
    "PERSON": "#f4a261",
    "TITLE": "#e9c46a",
    "AGREEMENT": "#e76f51",
    "PLACE": "#8ecae6",
    "DATE": "#b5e48c",
    "ORG": "#cdb4db",
    "EVENT": "#ffafcc",
}
OPTIONS: dict[str, Any] = {"ents": list(COLORS), "colors": COLORS}
CELL = "vertical-align:top;text-align:left;width:50%"


class HTML(str):
    """A string of HTML that Jupyter shows as HTML when it ends a cell."""

    def _repr_html_(self) -> str:
        return str(self)

    def __repr__(self) -> str:  # what Jupyter stores beside the HTML: not the markup again
        return f"<HTML, {len(self)} characters>"


def render(doc: Doc, *, page: bool = False, jupyter: bool | None = None) -> str | None:
    """displaCy's entity view of ``doc`` with the vnentities colours (HTML, or shown in Jupyter)."""
    return displacy.render(doc, style="ent", options=OPTIONS, page=page, jupyter=jupyter)


def _offsets(entity: Any) -> tuple[int, int, str]:
    """``(start, end, label)`` of a gold-format dict, an ``Entity`` or such a tuple."""
    if isinstance(entity, Mapping):
        return entity["start"], entity["end"], entity["label"]
    if isinstance(entity, tuple) and len(entity) == 3:
        return entity
    return entity.start, entity.end, entity.label


def manual(text: str, entities: Iterable[Any], title: str | None = None) -> dict[str, Any]:
    """displaCy's manual format for ``text`` and entities (gold-format dicts, ``Entity`` or tuples)."""
    ents = [{"start": s, "end": e, "label": label} for s, e, label in sorted(map(_offsets, entities))]
    return {"text": text, "ents": ents, "title": title}


def segments(text: str, *annotations: Iterable[Any]) -> list[tuple[int, int]]:
    """``text`` cut into lines, never inside an entity of any of the ``annotations``."""
    inside = {i for entities in annotations for s, e, _ in map(_offsets, entities) for i in range(s + 1, e)}
    cuts = [i for i, c in enumerate(text) if c == "\n" and i not in inside]
    return list(zip([0, *(c + 1 for c in cuts)], [*cuts, len(text)], strict=True))


def note(text: str) -> str:
    """A table row of plain text across both columns."""
    return f'<tr><td colspan="2" style="text-align:left">{html.escape(text)}</td></tr>'


def side_by_side(
    text: str,
    left: Iterable[Any],
    right: Iterable[Any],
    *,
    titles: tuple[str, str] = ("gold", "predicted"),
    only_differences: bool = False,
    max_rows: int | None = None,
) -> HTML:
    """Two annotations of ``text`` in two columns, coloured as ``OPTIONS``.

    ``left`` and ``right`` are gold-format entities (dicts or ``Entity``). With
    ``only_differences``, a row per line whose entities differ (by start, end and label),
    else one row with the whole text. ``max_rows`` shows the first rows only, and says how
    many more there are.
    """
    left, right = list(map(_offsets, left)), list(map(_offsets, right))
    rows = segments(text, left, right) if only_differences else [(0, len(text))]
    cells = []
    for start, end in rows:
        sides = [[(s - start, e - start, label) for s, e, label in side if start <= s and e <= end]
                 for side in (left, right)]
        if only_differences and sorted(sides[0]) == sorted(sides[1]):
            continue
        views = [displacy.render(manual(text[start:end], side), style="ent", manual=True,
                                 options=OPTIONS, jupyter=False) for side in sides]
        cells.append("<tr>" + "".join(f'<td style="{CELL}">{view}</td>' for view in views) + "</tr>")
    if not cells:
        cells.append(note("no differences"))
    elif max_rows is not None and len(cells) > max_rows:
        cells[max_rows:] = [note(f"… {len(cells) - max_rows} more rows")]
    head = "".join(f'<th style="text-align:left">{html.escape(t)}</th>' for t in titles)
    return HTML(f'<table style="width:100%;table-layout:fixed"><tr>{head}</tr>{"".join(cells)}</table>')

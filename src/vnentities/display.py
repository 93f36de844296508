"""displaCy for vnentities: a colour per label, ready for ``displacy.render``."""

from __future__ import annotations

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


def render(doc: Doc, *, page: bool = False, jupyter: bool | None = None) -> str | None:
    """displaCy's entity view of ``doc`` with the vnentities colours (HTML, or shown in Jupyter)."""
    return displacy.render(doc, style="ent", options=OPTIONS, page=page, jupyter=jupyter)

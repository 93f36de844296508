"""spaCy extension attributes of vnentities, registered once when the package is imported.

Only plain values are stored (``doc._.doc_date`` is an ISO string); everything else is
a getter over ``doc.ents``, so docs pickle across processes and round-trip ``DocBin``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from . import records


def register() -> None:
    """Register the extensions (a no-op when they already exist)."""
    if not Doc.has_extension("doc_date"):
        Doc.set_extension("doc_date", default=None)
    getters = {
        "officials": records.officials,
        "agreements": records.agreements,
        "places": records.places,
        "dates": records.dates,
    }
    for name, getter in getters.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=getter)
    if not Span.has_extension("norm"):
        Span.set_extension("norm", getter=lambda span: span.kb_id_ or None)


register()

"""Property tests: ``extract`` on arbitrary text never raises and keeps its invariants."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import vnentities

PIECES = st.sampled_from([
    "Hà Nội", "Viet\u00a0Nam", "U.S.", "President", "Joe Biden", "Nguyễn Phú Trọng", "(DOC)",
    "Comprehensive Partnership", "on Saturday", "March 30, 2023 8:09 AM GMT+7", "the same day",
    "\u0301", "\u00a0", "\n\n", "—", "'s", "./.", "General Secretary", "ASEAN", "2020 - 2025",
    "Ha\u0300 No\u0302\u0323i", "\u200b", "\ufeff", "\r\n", "\x00", "\x1b[0m",
])
# Any code point (combining marks, controls, NBSP, surrogates excluded as Python forbids
# them in valid text), and very long tokens.
ANY = st.text(st.characters(exclude_categories=["Cs"]), max_size=30)
LONG = st.builds(lambda c, n: c * n, st.sampled_from(["a", "Hà", "\u0301", "9", "."]),
                 st.integers(200, 3000))
TEXTS = st.lists(st.one_of(PIECES, ANY, LONG), max_size=25).map(" ".join)
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check(document: vnentities.Document, text: str) -> None:
    """Offsets are valid, entities sorted and disjoint."""
    end = 0
    for e in document.entities:
        assert 0 <= e.start < e.end <= len(text) and text[e.start : e.end] == e.text
        assert e.start >= end
        end = e.end


@SETTINGS
@given(text=TEXTS)
@example(text="\ufeff \ufb99")  # en_core_web_sm's PERSON over a BOM and a letter that folds to nothing
def test_extract_never_raises_and_keeps_invariants(nlp, text):
    """Valid, disjoint offsets and the same result twice, on either base."""
    first = vnentities.extract(text, "2023-04-15", nlp=nlp)
    check(first, text)
    assert vnentities.extract(text, "2023-04-15", nlp=nlp).entities == first.entities


@SETTINGS
@given(text=TEXTS)
def test_pieces_keep_the_invariants(nlp_blank, text):
    """With a tiny ``max_length`` the text is cut in pieces and the invariants still hold."""
    limit = nlp_blank.max_length
    nlp_blank.max_length = 64
    try:
        document = vnentities.extract(text, nlp=nlp_blank)
    finally:
        nlp_blank.max_length = limit
    assert document.doc.text == text
    check(document, text)

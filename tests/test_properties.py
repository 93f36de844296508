"""Property tests: ``extract`` on arbitrary text never raises and keeps its invariants."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vnentities

PIECES = st.sampled_from([
    "Hà Nội", "Viet\u00a0Nam", "U.S.", "President", "Joe Biden", "Nguyễn Phú Trọng", "(DOC)",
    "Comprehensive Partnership", "on Saturday", "March 30, 2023 8:09 AM GMT+7", "the same day",
    "\u0301", "\u00a0", "\n\n", "—", "'s", "./.", "General Secretary", "ASEAN", "2020 - 2025",
])
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=30)), max_size=25).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS)
def test_extract_never_raises_and_keeps_invariants(nlp_blank, text):
    """Offsets are valid, entities sorted and disjoint, and results deterministic."""
    first = vnentities.extract(text, "2023-04-15", nlp=nlp_blank).entities
    end = 0
    for e in first:
        assert 0 <= e.start < e.end <= len(text) and text[e.start : e.end] == e.text
        assert e.start >= end
        end = e.end
    assert vnentities.extract(text, "2023-04-15", nlp=nlp_blank).entities == first

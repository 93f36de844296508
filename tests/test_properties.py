"""Property tests: ``extract`` never raises and keeps its invariants; the view agrees with spaCy."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from spacy.tokens import Span

import vnentities
from vnentities.text import SpanData, View, set_entities

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


@settings(max_examples=60, deadline=None)
@given(text=TEXTS, data=st.data())
def test_view_text_and_offsets_are_spacys(nlp_blank, text, data):
    """The view's text, token texts and contracted character spans are those of spaCy's ``Doc`` (the spans
    less the space tokens at their edges)."""
    doc = nlp_blank.make_doc(text)
    view = View.of(doc)
    assert view.text == doc.text
    if len(doc):
        start = data.draw(st.integers(0, len(doc) - 1))
        end = data.draw(st.integers(start, len(doc)))
        assert view.text_of(start, end) == doc[start:end].text
    if text:
        first = data.draw(st.integers(0, len(text) - 1))
        last = data.draw(st.integers(first + 1, len(text)))
        span = doc.char_span(first, last, alignment_mode="contract")
        kept = [token.i for token in span if not token.is_space] if span is not None else []
        expected = (kept[0], kept[-1] + 1) if kept else None
        assert view.char_span(first, last) == expected


@settings(max_examples=60, deadline=None)
@given(text=TEXTS, data=st.data())
def test_set_entities_is_set_ents(nlp_blank, text, data):
    """Entities written as one array are those ``Doc.set_ents`` writes."""
    doc = nlp_blank.make_doc(text)
    cuts = sorted(data.draw(st.sets(st.integers(0, len(doc)), max_size=8)))
    labels, norms = st.sampled_from(["PLACE", "PERSON"]), st.sampled_from(["", "VN"])
    spans = [
        SpanData(start, end, data.draw(labels), data.draw(norms))
        for start, end in zip(cuts[::2], cuts[1::2], strict=False) if start < end
    ]
    set_entities(doc, spans)
    expected = nlp_blank.make_doc(text)
    expected.set_ents([Span(expected, s.start, s.end, label=s.label, kb_id=s.kb_id) for s in spans])
    assert [(e.start, e.end, e.label_, e.kb_id_) for e in doc.ents] == [
        (e.start, e.end, e.label_, e.kb_id_) for e in expected.ents
    ]
    assert [t.ent_iob_ for t in doc] == [t.ent_iob_ for t in expected]

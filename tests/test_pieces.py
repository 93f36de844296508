"""Texts longer than ``nlp.max_length``: pieces at paragraph or sentence ends, one result."""

from __future__ import annotations

import pytest

import vnentities
from conftest import DATA
from vnentities.pieces import cut_points

ARTICLE = (DATA / "004_77f411d3910898ad.txt").read_text(encoding="utf-8")


def test_cut_points_prefer_paragraphs_then_sentences():
    """Pieces end after a blank line when there is one, else after a sentence."""
    text = "First para. Still first.\n\nSecond para here. More words follow now."
    assert cut_points(text, 40) == [0, 26, len(text)]
    assert cut_points("One sentence here. Another one there.", 25) == [0, 19, 37]


def test_cut_points_cover_the_text_within_the_limit():
    """Pieces are contiguous, within the limit, and a run without spaces is cut hard."""
    text = "word " * 50 + "x" * 120
    points = cut_points(text, 100)
    assert points[0] == 0 and points[-1] == len(text)
    assert all(0 < b - a <= 100 for a, b in zip(points, points[1:], strict=False))
    with pytest.raises(ValueError, match="positive"):
        cut_points(text, 0)


def test_long_text_gives_the_same_entities_as_one_piece(nlp_blank):
    """With a small max_length the article is cut; entities, norms and date are unchanged."""
    whole = vnentities.extract(ARTICLE, nlp=nlp_blank)
    limit = nlp_blank.max_length
    nlp_blank.max_length = 1500
    try:
        cut = vnentities.extract(ARTICLE, nlp=nlp_blank)
        assert len(cut_points(ARTICLE, 1500)) > 3
    finally:
        nlp_blank.max_length = limit
    assert cut.doc.text == ARTICLE
    assert cut.doc_date == whole.doc_date == "2023-04-15"
    assert cut.entities == whole.entities
    assert [o.norm for o in cut.officials] == [o.norm for o in whole.officials]


def test_names_resolve_across_pieces(nlp):
    """A surname alone in a later piece still resolves to the full name of an earlier one."""
    text = "President Joe Biden spoke on Monday.\n\n" + "Nothing here.\n\n" * 5 + "Biden left."
    limit = nlp.max_length
    nlp.max_length = 40
    try:
        doc = vnentities.extract(text, "2023-04-15", nlp=nlp)
    finally:
        nlp.max_length = limit
    biden = [e for e in doc.entities if e.text == "Biden"]
    assert biden and biden[0].norm == "Joe Biden" and biden[0].start == text.rindex("Biden")

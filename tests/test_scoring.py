"""The scorer and gold-file checks."""

from __future__ import annotations

import json

import pytest

from vnentities.scoring import GoldDocument, Report, read_gold, score

GOLD = GoldDocument("d", "2023-01-01", "Joe Biden met To Lam.", (
    {"start": 0, "end": 9, "label": "PERSON", "text": "Joe Biden", "norm": "Joe Biden"},
    {"start": 14, "end": 20, "label": "PERSON", "text": "To Lam", "norm": "To Lam"},
))


def test_strict_matching_and_norm_accuracy():
    """A boundary error is a miss plus a spurious entity; norms count only on matches."""
    report = Report()
    score(GOLD, [
        {"start": 0, "end": 9, "label": "PERSON", "text": "Joe Biden", "norm": "Biden"},
        {"start": 17, "end": 20, "label": "PERSON", "text": "Lam", "norm": "To Lam"},
    ], report)
    person = report.labels["PERSON"]
    assert (person.tp, person.fp, person.fn) == (1, 1, 1)
    assert person.f1 == pytest.approx(0.5)
    assert (person.norm_correct, person.norm_total) == (0, 1)
    assert [m["text"] for m in report.misses] == ["To Lam"]
    assert [s["text"] for s in report.spurious] == ["Lam"]


def test_duplicate_predictions_are_false_positives():
    """A prediction repeated twice counts once as a match and once as spurious."""
    report = Report()
    twice = [dict(GOLD.entities[0]), dict(GOLD.entities[0]), dict(GOLD.entities[1])]
    score(GOLD, twice, report)
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (2, 1, 0)


@pytest.mark.parametrize(
    ("entity", "message"),
    [
        ({"start": 0, "end": 3, "label": "PERSON", "text": "Joe Biden", "norm": None}, "offsets"),
        ({"start": 0, "end": 9, "label": "PERSON", "text": "Joe Biden"}, "expected keys"),
    ],
)
def test_read_gold_rejects_bad_entities(tmp_path, entity, message):
    """Wrong offsets or missing keys in a gold file raise ``ValueError``."""
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps({"id": "x", "doc_date": None, "text": GOLD.text,
                                "entities": [entity]}), encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        read_gold(path)

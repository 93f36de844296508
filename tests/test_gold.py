"""Scores on the hand-made gold: the seed articles and the dev set of real articles."""

from __future__ import annotations

import pytest

from conftest import DATA
from vnentities.scoring import HEADLINE, evaluate, read_gold

SEEDS = DATA / "gold" / "seeds.jsonl"
DEV = DATA / "dev" / "dev.jsonl"
HELDOUT = DATA / "heldout" / "heldout.jsonl"


def test_gold_files_are_well_formed():
    """Gold texts equal the copied articles; offsets, keys and order are valid."""
    seeds = read_gold(SEEDS)
    assert [g.text for g in seeds] == [
        (DATA / name).read_text(encoding="utf-8")
        for name in ("000_23359aa9ccde5524.txt", "004_77f411d3910898ad.txt")]
    for path in (DEV, HELDOUT):
        documents = read_gold(path)
        assert len(documents) >= 5 and sum(len(g.entities) for g in documents) >= 150


@pytest.fixture(scope="module")
def seed_reports(nlp_sm, nlp_blank):
    return {"sm": evaluate(SEEDS, nlp_sm), "blank": evaluate(SEEDS, nlp_blank)}


def test_seed_scores_on_en_core_web_sm(seed_reports):
    """With en_core_web_sm: strict F1 ≥ 0.97 overall, ≥ 0.95 per headline label, norms ≥ 0.97."""
    report = seed_reports["sm"]
    assert report.overall.f1 >= 0.97
    for label in HEADLINE:
        assert report.labels[label].f1 >= 0.95, label
    assert report.headline.norm_accuracy >= 0.97


def test_seed_scores_rules_only(seed_reports):
    """Rules only keeps the same headline floors on the seeds."""
    report = seed_reports["blank"]
    assert report.headline.f1 >= 0.95
    assert report.headline.norm_accuracy >= 0.95


@pytest.mark.parametrize("mode", ["sm", "blank"])
def test_dev_set_scores(mode, nlp_sm, nlp_blank):
    """On real articles beyond the seeds: headline strict F1 ≥ 0.95, norm accuracy ≥ 0.97."""
    report = evaluate(DEV, nlp_sm if mode == "sm" else nlp_blank)
    assert report.headline.f1 >= 0.95
    assert report.headline.norm_accuracy >= 0.97


@pytest.mark.parametrize("mode", ["sm", "blank"])
def test_heldout_scores(mode, nlp_sm, nlp_blank):
    """On held-out real articles: headline F1 ≥ 0.95, norms ≥ 0.97."""
    report = evaluate(HELDOUT, nlp_sm if mode == "sm" else nlp_blank)
    assert report.headline.f1 >= 0.95
    assert report.headline.norm_accuracy >= 0.97

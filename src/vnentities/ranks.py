"""Ranks (military, police, clerical), written out or abbreviated."""

from __future__ import annotations

from functools import cache
from itertools import product

from .resources import read_json


@cache
def ranks() -> tuple[str, ...]:
    """Every rank of ``titles.json`` as written there, with any of its words abbreviated (``Senior Lieut.
    Gen.``, ``Lt Col``); a one-word rank only with a dotted abbreviation (``Gen.``, not ``Gen``)."""
    terms = read_json("titles.json")
    short = terms["rank_abbreviations"]
    found = dict.fromkeys(terms["ranks"])
    for rank in terms["ranks"]:
        words = rank.split()
        for spelling in product(*([word, *short.get(word, ())] for word in words)):
            if len(words) > 1 or spelling[0].endswith("."):
                found[" ".join(spelling)] = None
    return tuple(found)

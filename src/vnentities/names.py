"""Vietnamese family names, the first word of most Vietnamese people's names."""

from __future__ import annotations

from functools import cache

from .resources import read_lines
from .text import WordSet, fold


@cache
def family_names() -> WordSet:
    """Vietnamese family names, folded and lower-cased."""
    return WordSet(fold(name).lower() for name in read_lines("family_names.txt"))

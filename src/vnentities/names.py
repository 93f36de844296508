"""Vietnamese family names, the first word of most Vietnamese people's names, and the shape of a syllable."""

from __future__ import annotations

import re
from functools import cache

from .resources import read_lines
from .text import WordSet, fold


@cache
def family_names() -> WordSet:
    """Vietnamese family names, folded and lower-cased."""
    return WordSet(fold(name).lower() for name in read_lines("family_names.txt"))


# A Vietnamese syllable without its diacritics: an initial consonant if any (no f, j, w or z), one to three
# vowels, and one of the few finals the language has (``Ngoc``, ``Lenh``, ``Nguyen``; not ``Air``, ``Force``).
SYLLABLE = re.compile(
    r"(?:ngh|ng|nh|ch|tr|th|ph|kh|gh|gi|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?", re.IGNORECASE
)


def is_syllable(word: str) -> bool:
    """Whether a folded word can be a Vietnamese syllable."""
    return SYLLABLE.fullmatch(word) is not None

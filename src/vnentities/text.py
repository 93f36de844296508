"""Diacritic folding and token views that ignore whitespace tokens.

Matching runs on a *view* of a ``Doc``: its non-space tokens, each folded to ASCII
(NFC first, so decomposed text folds like composed text). Offsets always come from
the original tokens, so they point into the text as given.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc
from unidecode import unidecode


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Return ``text`` composed, then transliterated to ASCII (``Trọng`` → ``Trong``)."""
    text = unicodedata.normalize("NFC", text)
    if text.isascii():
        return text
    return unidecode(text)


def is_capitalised(word: str) -> bool:
    """True when the first letter of a folded word is upper case."""
    return word[:1].isupper()


@dataclass(frozen=True)
class View:
    """The non-space tokens of a doc: ``index[i]`` is the doc token of view position ``i``."""

    index: tuple[int, ...]
    words: tuple[str, ...]

    @classmethod
    def of(cls, doc: Doc) -> View:
        pairs = [(t.i, fold(t.text) or t.text) for t in doc if not t.is_space]
        return cls(tuple(i for i, _ in pairs), tuple(w for _, w in pairs))

    def __len__(self) -> int:
        return len(self.words)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Doc token offsets of view positions ``start`` to ``end`` (exclusive)."""
        return self.index[start], self.index[end - 1] + 1

    def position(self, token_i: int) -> int | None:
        """View position of doc token ``token_i`` (None for a space token)."""
        pos = bisect_left(self.index, token_i)
        return pos if pos < len(self.index) and self.index[pos] == token_i else None

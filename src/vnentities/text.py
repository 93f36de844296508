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

from spacy.attrs import IS_SPACE, ORTH
from spacy.tokens import Doc, Span
from unidecode import unidecode


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Return ``text`` composed, then transliterated to ASCII (``Trọng`` → ``Trong``)."""
    text = unicodedata.normalize("NFC", text)
    if text.isascii():
        return text
    return unidecode(text)


@lru_cache(maxsize=200_000)
def _fold_word(word: str) -> str:
    """``fold`` for a token: a lone combining mark folds to nothing, so it stays itself."""
    return fold(word) or word


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
        orths, spaces = doc.to_array([ORTH, IS_SPACE]).T if len(doc) else ((), ())
        strings = doc.vocab.strings
        pairs = [(i, _fold_word(strings[int(o)])) for i, (o, s) in enumerate(zip(orths, spaces, strict=True))
                 if not s]
        return cls(tuple(i for i, _ in pairs), tuple(w for _, w in pairs))

    def __len__(self) -> int:
        return len(self.words)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Doc token offsets of view positions ``start`` to ``end`` (exclusive)."""
        return self.index[start], self.index[end - 1] + 1

    def positions(self, span: Span) -> tuple[int, int] | None:
        """View positions ``(start, end)`` of ``span``'s non-space tokens; None if it has none."""
        start, end = bisect_left(self.index, span.start), bisect_left(self.index, span.end)
        return (start, end) if start < end else None

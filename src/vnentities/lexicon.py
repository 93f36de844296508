"""Longest-match lookup of multi-word phrases in a view's lower-cased words."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from spacy.tokens import Doc

from .text import View

T = TypeVar("T")


class PhraseTable(Generic[T]):
    """Phrases (tokenised like the text, folded, lower-cased) → values."""

    def __init__(self, tokenizer: Callable[[str], Doc], items: Iterable[tuple[str, T]]) -> None:
        self._values: dict[tuple[str, ...], T] = {}
        for phrase, value in items:
            words = tuple(w.lower() for w in View.of(tokenizer(phrase)).words)
            if words:
                self._values.setdefault(words, value)
        self._longest = max((len(k) for k in self._values), default=0)

    def match(self, lowered: tuple[str, ...], i: int) -> tuple[int, T] | None:
        """The end and value of the longest phrase starting at ``lowered[i]``."""
        for size in range(min(self._longest, len(lowered) - i), 0, -1):
            value = self._values.get(lowered[i : i + size])
            if value is not None:
                return i + size, value
        return None

    def __contains__(self, phrase: tuple[str, ...]) -> bool:
        return phrase in self._values

"""Longest-match lookup of multi-word phrases in a view's lower-cased words."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from spacy.tokens import Doc

from .text import folded_words

T = TypeVar("T")


class PhraseTable(Generic[T]):
    """Phrases (tokenised like the text, folded, lower-cased) → values."""

    def __init__(self, tokenizer: Callable[[str], Doc], items: Iterable[tuple[str, T]]) -> None:
        self._values: dict[tuple[str, ...], T] = {}
        for phrase, value in items:
            words = tuple(word.lower() for word in folded_words(tokenizer(phrase)))
            if words:
                self._values.setdefault(words, value)
        sizes: dict[str, set[int]] = {}
        for words in self._values:
            sizes.setdefault(words[0], set()).add(len(words))
        # first word → the lengths of the phrases it starts, longest first
        self._sizes = {word: sorted(lengths, reverse=True) for word, lengths in sizes.items()}
        self.first_words = frozenset(self._sizes)
        self._last_words = frozenset(words[-1] for words in self._values)
        self._lengths = sorted({len(words) for words in self._values})

    @classmethod
    def of(cls, tokenizer: Callable[[str], Doc], phrases: Iterable[str]) -> PhraseTable[str]:
        """A table of ``phrases``, each its own value."""
        return cls(tokenizer, ((phrase, phrase) for phrase in phrases))

    def match(self, lowered: tuple[str, ...], i: int) -> tuple[int, T] | None:
        """The end and value of the longest phrase starting at ``lowered[i]``."""
        if i >= len(lowered):
            return None
        for size in self._sizes.get(lowered[i], ()):
            if i + size <= len(lowered):
                value = self._values.get(lowered[i : i + size])
                if value is not None:
                    return i + size, value
        return None

    def ends_at(self, lowered: tuple[str, ...], end: int) -> bool:
        """Whether a phrase ends right before ``lowered[end]``."""
        if 0 < end <= len(lowered) and lowered[end - 1] not in self._last_words:
            return False  # no phrase's last word there: most places, at once
        return any(lowered[end - size : end] in self._values for size in self._lengths if size <= end)

    def __contains__(self, phrase: tuple[str, ...]) -> bool:
        return phrase in self._values

"""Phrase lookup over a diacritic-folded, whitespace-free view of a ``Doc``.

A ``Gazetteer`` holds surface forms, each with a key (the entity's norm or id). It
matches them on the folded view, so ``Hà Nội``, ``Ha Noi``, ``HÀ NỘI`` and
``Ha\\u00a0Noi`` all match the pattern ``Ha Noi``. Forms are indexed by their
lower-cased words; only the view positions holding a form's first word are tried.

Case policy: a surface form with no lower-case letter (an acronym: ``US``, ``U.S.``,
``ASEAN``) must match exactly; any other form matches in any case, provided the
matched text does not start in lower case (so ``party`` is not ``Party``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from spacy.tokens import Doc

from .text import View, WordSet, fold, is_capitalised


class Match(NamedTuple):
    """A gazetteer hit, in view positions."""

    start: int
    end: int
    key: str


class _Form(NamedTuple):
    """A surface form: its key, its exact words (acronyms only) and whether it may start lower."""

    key: str
    exact: tuple[str, ...] | None
    lower_ok: bool


class Gazetteer:
    """Surface forms → keys, matched diacritic- and whitespace-insensitively."""

    def __init__(self, tokenizer: Callable[[str], Doc], entries: Iterable[tuple[str, str]]) -> None:
        self._forms: dict[tuple[str, ...], dict[_Form, None]] = {}
        self._sizes: dict[str, set[int]] = {}
        for surface, key in entries:
            words = View.of(tokenizer(surface)).words
            if not words:
                continue
            if any(c.islower() for c in fold(surface)):
                form = _Form(key, None, not is_capitalised(words[0]))
            else:
                form = _Form(key, words, False)
            lowered = tuple(w.lower() for w in words)
            self._forms.setdefault(lowered, {})[form] = None
            self._sizes.setdefault(lowered[0], set()).add(len(lowered))
        self._first_words = WordSet(self._sizes)

    def matches(self, view: View) -> Iterator[Match]:
        """Every hit in ``view`` (overlapping hits included)."""
        for start in view.where(self._first_words):
            for size in self._sizes[view.lowered[start]]:
                end = start + size
                if end > len(view):
                    continue
                for form in self._forms.get(view.lowered[start:end], ()):
                    if form.exact is not None:
                        hit = view.words[start:end] == form.exact
                    else:
                        hit = form.lower_ok or not view.words[start][:1].islower()
                    if hit:
                        yield Match(start, end, form.key)

    def longest(self, view: View) -> list[Match]:
        """Non-overlapping hits, longest first, then leftmost, in text order."""
        chosen: list[Match] = []
        taken: set[int] = set()
        for hit in sorted(self.matches(view), key=lambda m: (m.start - m.end, m.start)):
            if taken.isdisjoint(range(hit.start, hit.end)):
                chosen.append(hit)
                taken.update(range(hit.start, hit.end))
        return sorted(chosen)

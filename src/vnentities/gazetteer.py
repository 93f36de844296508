"""Phrase lookup over a diacritic-folded, whitespace-free view of a ``Doc``.

A ``Gazetteer`` holds surface forms, each with a key (the entity's norm or id). It
matches them with spaCy's ``PhraseMatcher`` on the folded view, so ``Hà Nội``,
``Ha Noi``, ``HÀ NỘI`` and ``Ha\\u00a0Noi`` all match the pattern ``Ha Noi``.

Case policy: a surface form with no lower-case letter (an acronym: ``US``, ``U.S.``,
``ASEAN``) must match exactly; any other form matches in any case, provided the
matched text does not start in lower case (so ``party`` is not ``Party``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from .text import View, fold, is_capitalised


class Match(NamedTuple):
    """A gazetteer hit, in view positions."""

    start: int
    end: int
    key: str


class Gazetteer:
    """Surface forms → keys, matched diacritic- and whitespace-insensitively."""

    def __init__(self, vocab: Vocab, tokenizer, entries: Iterable[tuple[str, str]]) -> None:
        self.vocab = vocab
        self._exact = PhraseMatcher(vocab, attr="ORTH")
        self._caseless = PhraseMatcher(vocab, attr="LOWER")
        self._keys: dict[int, str] = {}
        self._lower_ok: set[int] = set()
        for surface, key in entries:
            words = View.of(tokenizer(surface)).words
            if not words:
                continue
            label = f"{key}\x1f{surface}"
            match_id = vocab.strings.add(label)
            self._keys[match_id] = key
            pattern = Doc(vocab, words=list(words))
            if any(c.islower() for c in fold(surface)):
                self._caseless.add(label, [pattern])
                if not is_capitalised(words[0]):
                    self._lower_ok.add(match_id)
            else:
                self._exact.add(label, [pattern])

    def __len__(self) -> int:
        return len(self._keys)

    def matches(self, view: View) -> Iterator[Match]:
        """Every hit in ``view`` (overlapping hits included)."""
        if not view.words:
            return
        doc = Doc(self.vocab, words=list(view.words))
        for match_id, start, end in self._exact(doc):
            yield Match(start, end, self._keys[match_id])
        for match_id, start, end in self._caseless(doc):
            if match_id in self._lower_ok or not view.words[start][:1].islower():
                yield Match(start, end, self._keys[match_id])

    def longest(self, view: View) -> list[Match]:
        """Non-overlapping hits, longest first, then leftmost, in text order."""
        chosen: list[Match] = []
        taken: set[int] = set()
        for hit in sorted(self.matches(view), key=lambda m: (m.start - m.end, m.start)):
            if taken.isdisjoint(range(hit.start, hit.end)):
                chosen.append(hit)
                taken.update(range(hit.start, hit.end))
        return sorted(chosen)

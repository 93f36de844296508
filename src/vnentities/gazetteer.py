"""Phrase lookup over a diacritic-folded, whitespace-free view of a ``Doc``.

A ``Gazetteer`` holds surface forms, each with a key (the entity's norm or id). It
matches them on the folded view, so ``Hà Nội``, ``Ha Noi``, ``HÀ NỘI`` and
``Ha\\u00a0Noi`` all match the pattern ``Ha Noi``. Forms sit in a trie of their
lower-cased words, walked only from the view positions holding a form's first word.

Case policy: an acronym (a form with no lower-case letter: ``US``, ``U.S.``, ``ASEAN``; or one
word with more capitals than lower-case letters: ``MoHA``, not the ``Moha`` of ``Akka Moha Sena``)
must match exactly; any other form matches in any case, provided the
matched text does not start in lower case (so ``party`` is not ``Party``) and has no
lower-case word where the form has a capitalised one after its first (so ``Chinese coast
guard`` is not ``Chinese Coast Guard``, nor ``UN mission in South Sudan`` the ``UN Mission in
South Sudan``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from spacy.tokens import Doc

from .text import View, WordSet, fold, folded_words, is_capitalised

LIST_AND = re.compile(r"(, [^,]+?) and ")  # the ``and`` closing a list: ``Labour, Invalids and Social Affairs``
LIST_DASHES = (" – ", " - ")  # in place of a list's commas: ``Labour – Invalids and Social Affairs``


def _is_acronym(surface: str) -> bool:
    """No lower-case letter (``U.S.``), or one word with more capitals than lower-case letters (``MoHA``)."""
    lower = sum(c.islower() for c in surface)
    return not lower or (" " not in surface and sum(c.isupper() for c in surface) > lower)


class Match(NamedTuple):
    """A gazetteer hit, in view positions."""

    start: int
    end: int
    key: str


class _Form(NamedTuple):
    """A surface form: its key, its exact words (acronyms only), whether it may start lower and the places
    of its capitalised words after the first."""

    key: str
    exact: tuple[str, ...] | None
    lower_ok: bool
    capitals: tuple[int, ...]


class _Node(dict):
    """A trie node: the next lower-cased word → node; ``forms`` are the forms ending here."""

    forms: tuple[_Form, ...] = ()


def _with_list_forms(entries: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """Each entry, its form with ``&`` for ``and`` (``Trinidad & Tobago``), and, if it has a list closed by
    ``and``, its forms with a comma before that ``and`` (``Ministry of Labour, Invalids, and Social Affairs``)
    and with a dash for the list's commas (``Ministry of Labour – Invalids and Social Affairs``)."""
    for surface, key in entries:
        yield surface, key
        if " and " in surface:
            yield surface.replace(" and ", " & "), key
        serial = LIST_AND.sub(r"\1, and ", surface, count=1)
        if serial != surface:
            yield serial, key
            head, _, items = surface.partition(", ")
            for dash in LIST_DASHES:
                yield dash.join([head, *items.split(", ")]), key


class Gazetteer:
    """Surface forms → keys, matched diacritic- and whitespace-insensitively."""

    def __init__(self, tokenizer: Callable[[str], Doc], entries: Iterable[tuple[str, str]]) -> None:
        self._trie = _Node()
        for surface, key in _with_list_forms(entries):
            words = folded_words(tokenizer(surface))
            if not words:
                continue
            if not _is_acronym(fold(surface)):
                capitals = tuple(k for k in range(1, len(words)) if is_capitalised(words[k]))
                form = _Form(key, None, not is_capitalised(words[0]), capitals)
            else:
                form = _Form(key, words, False, ())
            node = self._trie
            for word in words:
                node = node.setdefault(word.lower(), _Node())
            if form not in node.forms:
                node.forms += (form,)
        self._first_words = WordSet(self._trie)

    def matches(self, view: View) -> Iterator[Match]:
        """Every hit in ``view`` (overlapping hits included)."""
        lowered, words = view.lowered, view.words
        for start in view.where(self._first_words):
            node = self._trie[lowered[start]]
            end = start + 1
            while True:
                for form in node.forms:
                    if form.exact is not None:
                        hit = words[start:end] == form.exact
                    else:
                        hit = (form.lower_ok or not words[start][:1].islower()) and not any(
                            words[start + k][:1].islower() for k in form.capitals
                        )
                    if hit:
                        yield Match(start, end, form.key)
                if end == len(lowered) or (node := node.get(lowered[end])) is None:
                    break
                end += 1

    def lookup(self, lowered: tuple[str, ...]) -> str | None:
        """The key of a surface form whose lower-cased words are ``lowered``, if any."""
        node = self._trie
        for word in lowered:
            if (node := node.get(word)) is None:
                return None
        return node.forms[0].key if node.forms else None

    def longest(self, view: View) -> list[Match]:
        """Non-overlapping hits, longest first, then leftmost, in text order."""
        chosen: list[Match] = []
        taken: set[int] = set()
        for hit in sorted(self.matches(view), key=lambda m: (m.start - m.end, m.start)):
            if taken.isdisjoint(range(hit.start, hit.end)):
                chosen.append(hit)
                taken.update(range(hit.start, hit.end))
        return sorted(chosen)

"""Diacritic folding and token views that ignore whitespace tokens.

Matching runs on a *view* of a ``Doc``: its non-space tokens, each folded to ASCII
(NFC first, so decomposed text folds like composed text). Offsets always come from
the original tokens, so they point into the text as given.

A view is built once per doc with array operations and a cache of folded words by
string id; the components that run one after another on a doc share it. Each word of a
``WordSet`` (the lexicons' word lists) gets a small id, and every other word one shared
id, so that the positions of a ``WordSet``'s words are found with one array lookup
instead of a pass over the words, and the ids stay as few as the lexicons' words however
many texts are read. The view also reads each span group of its doc once, as plain
values, for the components that use another's results (a group written through the view
is never read back).
"""

from __future__ import annotations

import threading
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import add
from typing import NamedTuple

import numpy as np
from spacy.attrs import ENT_IOB, ENT_KB_ID, ENT_TYPE, IDX, IS_SPACE, ORTH, SPACY
from spacy.tokens import Doc, Span, SpanGroup
from unidecode import unidecode

MAX_CACHED_WORDS = 500_000
INSIDE, OUTSIDE, BEGIN = 1, 2, 3  # spaCy's ``ENT_IOB`` codes


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Return ``text`` composed, then transliterated to ASCII (``Trọng`` → ``Trong``)."""
    text = unicodedata.normalize("NFC", text)
    if text.isascii():
        return text
    return unidecode(text)


def _fold_word(word: str) -> str:
    """``fold`` for a token: a lone combining mark folds to nothing, so it stays itself."""
    return fold(word) or word


SENTENCE_ENDS = frozenset({".", "!", "?"})
# What may follow a title's holder set off by a comma: a sentence's end, a caption's bracket
# (``… Consul General in Ho Chi Minh City, Susan Burns (Photo: SGGP)``) or ``who`` (``…, Sandeep Arya who …``).
HOLDER_ENDS = SENTENCE_ENDS | {"(", "who"}
ARTICLES = frozenset({"a", "an"})  # indefinite: ``a Memorandum of Understanding``, ``Li Shangfu, a State …``
POSSESSIVES = frozenset({"'s", "'"})  # folded: a place before one owns the event after it, an owner a post
HYPHEN = frozenset({"-"})  # the joiner of ``written_name`` for names such as ``Hi-Tech``
LIST_CLOSERS = frozenset({"and", "&"})  # the word before a list's last item: ``Foreign, Commonwealth & …``
COMPLEMENT_OPENERS = frozenset({"of", "for"})  # a body's complement: ``Ministry of Science and Technology``
ITEM_JOINERS = frozenset({",", "and"})  # between two items of a list of names: ``Thanh Xuan, Hoang Mai and …``


def written_name(words: tuple[str, ...], joiners: frozenset[str]) -> str:
    """``Vietnam-Japan Defence Cooperation``: folded words, one space apart, none around a joiner
    nor before a comma or a possessive ``'s`` or ``'``."""
    text = ""
    for k, word in enumerate(words):
        joined = word in joiners or word in (",", "'s", "'") or (k and words[k - 1] in joiners)
        text += word if not k or joined else " " + word
    return text


def name_start(
    view: View, end: int, stop: frozenset[str], limit: int, particles: frozenset[str] = frozenset(),
    topics: frozenset[str] = frozenset(),
) -> int:
    """Where the capitalised words (and hyphens) right before view position ``end`` begin.

    At most ``limit`` words, not across a line start, not over a ``stop`` word (``The``, ``At``) unless
    ``the`` or another capitalised word comes before it (``the To Lich River``, ``Tra On district``: ``To``
    and ``On`` a Vietnamese name's syllables); a lower-case word of ``particles`` may stand between two of
    them (``Quatro de Fevereiro``), and so may the lower-case part of a hyphened word (``Hoa Lac High-tech
    Park``), a plural's possessive apostrophe (``Heroic Martyrs’ Monument``) and ``and`` between two
    capitalised words of ``topics`` (``Disaster and Dyke Management``), not after ``of`` (``Ministry of
    National Defence`` + ``and Defence Industry Agency``).
    """
    words, start, joined = view.words, end, end
    while (
        start > 0 and end - start < limit and start not in view.newline_before
        and (
            is_capitalised(words[start - 1]) or words[start - 1] == "-"
            or (words[start - 1] in particles and start > 1 and is_capitalised(words[start - 2]))
            or (words[start - 1] == "'" and start > 1 and (  # folded ``’``
                is_capitalised(words[start - 2]) and words[start - 2].endswith("s")
            ))
            or (words[start - 1] == "and" and start > 1 and start < end and all(
                is_capitalised(words[k]) and view.lowered[k] in topics for k in (start - 2, start)
            ))
            or (words[start - 1].isalpha() and start > 2 and words[start - 2] == "-" and (
                is_capitalised(words[start - 3]) and words[start] != "-"  # not ``Second-in-Command``
            ))
        )
        and (words[start - 1] not in stop or (start > 1 and (
            view.lowered[start - 2] == "the" or (
                start - 1 not in view.newline_before and is_capitalised(words[start - 2])
                and words[start - 2] not in stop
            )
        )))
    ):
        joined = start if words[start - 1] == "and" else joined
        start -= 1
    if joined < end and start > 0 and view.lowered[start - 1] in COMPLEMENT_OPENERS:
        start = joined
    while start < end and words[start] == "-":  # a name starts with no dash: ``(VNA) – Two Indian Navy``
        start += 1
    return start


def named_heads(
    view: View, heads: WordSet, stop: frozenset[str], limit: int, particles: frozenset[str] = frozenset(),
    topics: frozenset[str] = frozenset(),
) -> Iterator[tuple[int, int]]:
    """``(start, head)`` of each capitalised word of ``heads`` that no capitalised word follows on its line,
    ``start`` where the capitalised words before it begin (``name_start``): ``Whitsun Reef``, ``RMIT
    University``."""
    words = view.words
    for head in view.where(heads):
        if is_capitalised(words[head]) and not (
            head + 1 < len(words) and head + 1 not in view.newline_before and is_capitalised(words[head + 1])
        ):
            yield name_start(view, head, stop, limit, particles, topics), head


def list_end(lowered: tuple[str, ...], comma: int, item: Callable[[int], int | None]) -> int | None:
    """End of a list closed by ``and`` or ``&`` that goes on from the comma at ``comma`` (``, Fair, and
    Balanced``, ``Foreign, Commonwealth & Development Office``).

    ``item(k)`` is the end of a list item starting at ``k``, None if none starts there; the
    list has none when an item is missing or no ``and`` closes it.
    """
    k = comma
    while True:
        k += 1
        last = k < len(lowered) and lowered[k] in LIST_CLOSERS
        end = item(k + last)
        if end is None or last:
            return end
        if end < len(lowered) and lowered[end] in LIST_CLOSERS:
            return item(end + 1)
        if end >= len(lowered) or lowered[end] != ",":
            return None
        k = end


def next_item(lowered: tuple[str, ...], end: int) -> int | None:
    """Where the list item after one ending at ``end`` starts, past ``,``, ``and`` or ``, and``; None if no
    list goes on there."""
    if end >= len(lowered) or lowered[end] not in ITEM_JOINERS:
        return None
    return end + 1 + (lowered[end : end + 2] == (",", "and"))


def previous_item_end(lowered: tuple[str, ...], start: int) -> int | None:
    """Where the list item before one starting at ``start`` ends, before ``,``, ``and`` or ``, and``; None if
    no list goes on there."""
    if start < 2 or lowered[start - 1] not in ITEM_JOINERS:
        return None
    return start - 1 - (lowered[start - 2 : start] == (",", "and"))


def folded_words(doc: Doc) -> tuple[str, ...]:
    """The ``words`` of a view of ``doc``, without building one: for the lexicons' short phrases."""
    return tuple(_fold_word(token.text) for token in doc if not token.is_space)


def positions_in(spans: Iterable[tuple[int, int]]) -> set[int]:
    """The positions inside ``(start, end)`` spans."""
    return {k for start, end in spans for k in range(start, end)}


def owners(spans: Iterable[tuple[int, int]]) -> dict[int, tuple[int, int]]:
    """Each position inside the ``(start, end)`` spans → the span over it."""
    return {k: span for span in spans for k in range(*span)}


def replace_inside(spans: dict[tuple[int, int], str], found: dict[tuple[int, int], str]) -> None:
    """Add ``found`` to ``spans``; the spans inside a found one give way to it."""
    inside = {k: end for start, end in found for k in range(start, end)}  # position → end of the found span
    for span in [span for span in spans if span[0] in inside and span[1] <= inside[span[0]]]:
        del spans[span]
    spans.update(found)


def is_capitalised(word: str) -> bool:
    """True when the first letter of a folded word is upper case."""
    return word[:1].isupper()


# Folded lower-cased word of a WordSet → id. Never cleared: the tables of WordSets index
# these ids. Words of no WordSet have the id OTHER, which every table maps to False.
_IDS: dict[str, int] = {}
_IDS_LOCK = threading.Lock()
OTHER = np.iinfo(np.int64).max
# String id (a hash of the string, the same in every vocab) → the folded word, the folded
# lower-cased word and its id. Replaced by an empty dict when it grows too large, or when
# a new WordSet gives ids to words that may be cached with OTHER.
_words: dict[int, tuple[str, str, int]] = {}
# String id → the string, for every token (space tokens too). Emptied when it grows too large.
_strings: dict[int, str] = {}
# The last doc viewed, its length and its view: the components ask for the same doc in turn.
_last: tuple[Doc, int, View] | None = None


def _ids(words: Iterable[str]) -> tuple[list[int], int]:
    """The ids of ``words`` (new words get new ids), and the number of ids given so far."""
    global _words
    with _IDS_LOCK:
        known = len(_IDS)
        ids = [_IDS.setdefault(word, len(_IDS)) for word in words]
        if len(_IDS) > known:
            _words = {}
        return ids, len(_IDS)


def _words_of(orths: list[int], doc: Doc) -> list[tuple[str, str, int]]:
    """The cached words of ``orths``, folding the strings not cached yet."""
    global _words
    words = _words
    missing = list(set(orths).difference(words))
    if len(words) + len(missing) > MAX_CACHED_WORDS:
        words = _words = {}
        missing = list(set(orths))
    strings = doc.vocab.strings
    folded = [_fold_word(strings[orth]) for orth in missing]
    lowered = [word.lower() for word in folded]
    ids = [_IDS.get(word, OTHER) for word in lowered]
    words.update(zip(missing, zip(folded, lowered, ids, strict=True), strict=True))
    return list(map(words.__getitem__, orths))


def _strings_of(orths: list[int], doc: Doc) -> list[str]:
    """The strings of ``orths``, cached."""
    global _strings
    if len(_strings) > MAX_CACHED_WORDS:
        _strings = {}
    strings = doc.vocab.strings
    _strings.update((orth, strings[orth]) for orth in set(orths).difference(_strings))
    return list(map(_strings.__getitem__, orths))


class WordSet:
    """Folded lower-cased words, as a set and as a table of their ids for ``View.where``."""

    def __init__(self, words: Iterable[str]) -> None:
        self.words = frozenset(words)
        ids, known = _ids(self.words)
        # One entry more than the ids known now: later ids and OTHER (never in the set) map to it.
        self.table = np.zeros(known + 1, dtype=bool)
        self.table[ids] = True

    def __contains__(self, word: object) -> bool:
        return word in self.words


def hashes(doc: Doc, spans: list[SpanData]) -> list[tuple[int, int]]:
    """The string ids of each span's label and KB id, added to ``doc``'s strings."""
    if not spans:
        return []
    _, _, labels, kb_ids = zip(*spans, strict=True)
    add = doc.vocab.strings.add
    known = {string: add(string) for string in {*labels, *kb_ids}}
    return list(zip(map(known.__getitem__, labels), map(known.__getitem__, kb_ids), strict=True))


def set_entities(doc: Doc, spans: list[SpanData]) -> None:
    """Set ``doc.ents`` to ``spans`` (which must not overlap) in one array write; other tokens are outside."""
    array = np.zeros((len(doc), 3), dtype=np.uint64)
    array[:, 0] = OUTSIDE
    for s, (label, kb_id) in zip(spans, hashes(doc, spans), strict=True):
        array[s.start : s.end] = (INSIDE, label, kb_id)
        array[s.start, 0] = BEGIN
    doc.from_array([ENT_IOB, ENT_TYPE, ENT_KB_ID], array)


class SpanData(NamedTuple):
    """A span of a span group as plain values: doc token offsets, label and KB id."""

    start: int
    end: int
    label: str
    kb_id: str


@dataclass(eq=False)
class View:
    """The non-space tokens of a doc: ``index[i]`` is the doc token of view position ``i``.

    ``words`` are folded, ``lowered`` folded and lower-cased, ``ids`` the ids of
    ``lowered`` (given while fewer than ``known`` ids existed); ``newline_before`` and
    ``newline_after`` are the positions at the start and at the end of a line. ``text``
    is the doc's text, and ``starts`` and ``ends`` the character offsets of every doc token.
    """

    index: tuple[int, ...]
    words: tuple[str, ...]
    lowered: tuple[str, ...]
    ids: np.ndarray
    known: int
    newline_before: frozenset[int]
    newline_after: frozenset[int]
    text: str
    starts: list[int]
    ends: list[int]
    _groups: dict[str, tuple[SpanGroup, int, list[SpanData]]] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, doc: Doc) -> View:
        """The view of ``doc`` (the last one is kept and returned again for the same doc)."""
        global _last
        last = _last
        if last is not None and last[0] is doc and last[1] == len(doc):
            return last[2]
        view = cls._build(doc)
        _last = (doc, len(doc), view)
        return view

    @classmethod
    def _build(cls, doc: Doc) -> View:
        if not len(doc):
            return cls((), (), (), np.zeros(0, dtype=np.int64), 0, frozenset(), frozenset(), "", [], [])
        known = len(_IDS)
        array = doc.to_array([ORTH, IS_SPACE, SPACY, IDX])
        all_orths = array[:, 0].tolist()
        try:
            strings = list(map(_strings.__getitem__, all_orths))
        except KeyError:
            strings = _strings_of(all_orths, doc)
        trailing = array[:, 2].tolist()
        text = "".join([s + " " if space else s for s, space in zip(strings, trailing, strict=True)])
        starts = array[:, 3].tolist()
        ends = list(map(add, starts, map(len, strings)))
        kept = array[:, 1] == 0
        orths = array[kept, 0].tolist()
        try:
            entries = list(map(_words.__getitem__, orths))
        except KeyError:
            entries = _words_of(orths, doc)
        words, lowered, ids = zip(*entries, strict=True) if entries else ((), (), ())
        index = tuple(kept.nonzero()[0].tolist())
        before, after = set(), set()
        if index and index[0] == 0:
            before.add(0)
        if index and index[-1] == len(doc) - 1:
            after.add(len(index) - 1)
        space_tokens = (~kept).nonzero()[0].tolist()
        spaces = set(space_tokens)
        for t in space_tokens:
            if "\n" not in strings[t]:
                continue
            i = bisect_left(index, t)  # the view position after the space token
            if t + 1 < len(doc) and t + 1 not in spaces:
                before.add(i)
            if t > 0 and t - 1 not in spaces:
                after.add(i - 1)
        return cls(
            index, words, lowered, np.array(ids, dtype=np.int64), known, frozenset(before), frozenset(after),
            text, starts, ends,
        )

    def __len__(self) -> int:
        return len(self.words)

    def where(self, words: WordSet | Iterable[str]) -> list[int]:
        """Sorted view positions of any of ``words`` (folded, lower-cased).

        A ``WordSet`` is looked up by id; other words (a document's own names) by a pass.
        """
        if isinstance(words, WordSet):
            if len(words.table) - 1 > self.known:  # the set has ids newer than this view's
                self.known = len(_IDS)
                self.ids = np.array([_IDS.get(word, OTHER) for word in self.lowered], dtype=np.int64)
            return words.table.take(self.ids, mode="clip").nonzero()[0].tolist()
        found = map(frozenset(words).__contains__, self.lowered)
        return list(compress(range(len(self.lowered)), found))

    def occurrences(self, word: str) -> list[int]:
        """Sorted view positions of ``word`` exactly as written (folded, case kept)."""
        found, k = [], -1
        try:
            while True:  # each search in C: most words are rare
                k = self.words.index(word, k + 1)
                found.append(k)
        except ValueError:
            return found

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Doc token offsets of view positions ``start`` to ``end`` (exclusive)."""
        return self.index[start], self.index[end - 1] + 1

    def positions(self, start: int, end: int) -> tuple[int, int] | None:
        """View positions of the non-space tokens of doc tokens ``start`` to ``end``; None if none."""
        start, end = bisect_left(self.index, start), bisect_left(self.index, end)
        return (start, end) if start < end else None

    def write(self, doc: Doc, key: str, spans: list[SpanData]) -> None:
        """Set ``doc.spans[key]`` to ``spans`` (and keep them as the group's plain values)."""
        ids = hashes(doc, spans)
        doc.spans[key] = [
            Span(doc, s.start, s.end, label=label, kb_id=kb) for s, (label, kb) in zip(spans, ids, strict=True)
        ]
        group = doc.spans[key]
        self._groups[key] = (group, len(group), spans)

    def glued(self, k: int) -> bool:
        """Whether view position ``k`` follows ``k - 1`` with nothing between (the ``-`` of ``Dong-yeon``)."""
        return 0 < k < len(self.index) and self.ends[self.index[k - 1]] == self.starts[self.index[k]]

    def glued_hyphen(self, k: int) -> bool:
        """Whether view position ``k`` is a hyphen glued to the words on both sides (``People-centered``)."""
        return self.words[k] in HYPHEN and self.glued(k) and self.glued(k + 1)

    def text_of(self, start: int, end: int) -> str:
        """The text of doc tokens ``start`` to ``end`` (exclusive), as ``doc[start:end].text``."""
        return self.text[self.starts[start] : self.ends[end - 1]] if start < end else ""

    def char_span(self, start: int, end: int) -> tuple[int, int] | None:
        """Doc token offsets of the tokens wholly inside characters ``start`` to ``end``, less the space
        tokens at either edge; None if none is left.

        As ``doc.char_span(start, end, alignment_mode="contract")``, but never starting or ending in
        whitespace.
        """
        if not 0 <= start < len(self.text) or not 0 < end <= len(self.text):
            return None
        first = bisect_right(self.starts, start) - 1
        last = bisect_right(self.starts, end - 1) - 1
        first += self.starts[first] < start
        last -= end < self.ends[last]
        first, last = bisect_left(self.index, first), bisect_right(self.index, last) - 1  # view positions
        return (self.index[first], self.index[last] + 1) if first <= last else None

    def group(self, doc: Doc, key: str) -> list[SpanData]:
        """The spans of ``doc.spans[key]`` (none when it is absent), read once while unchanged."""
        group = doc.spans.get(key)
        if group is None:
            return []
        cached = self._groups.get(key)
        if cached is None or cached[0] is not group or cached[1] != len(group):
            spans = [SpanData(s.start, s.end, s.label_, s.kb_id_) for s in group]
            self._groups[key] = cached = (group, len(group), spans)
        return cached[2]

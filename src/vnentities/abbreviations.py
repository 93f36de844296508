"""In-text definitions ``Long Form (ACRONYM)``, found with the Schwartz–Hearst rule.

Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation definitions
in biomedical text": walk the acronym's characters right to left through the words
before the parenthesis; the first character must start a word.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from typing import NamedTuple

from .text import View, WordSet, is_capitalised

# ``MOFA``, ``MoIT``, ``AMM-57``, ``P4G``, ``U.N.``, ``IPE19``, ``P20``
ACRONYM = re.compile(r"^(?:[A-Z][A-Za-z0-9.]*[A-Z][A-Za-z.]*\d{0,4}|[A-Z]\d{1,3})(?:-\d{1,4})?$")
YEAR = re.compile(r"^(1[89]|20)\d\d$")
ORDINAL = re.compile(
    r"^\d+(st|nd|rd|th)$|^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$", re.IGNORECASE
)
SESSION = re.compile(r"-\d{1,4}$")  # the session number of ``AMM-57``
NUMBER = re.compile(r"^\d{1,4}$")  # the number in ``(AMM 53)`` or ``(APEC 2017)``
OPEN = WordSet({"("})
MINOR_WORDS = frozenset({"of", "on", "for", "the", "and", "in", "to", "with", "&"})  # passed over by initials


def after_bracketed_acronym(words: tuple[str, ...], k: int) -> int | None:
    """The position after ``(ACRONYM)`` or ``(ACRONYM number)`` starting at ``k`` (``(MOFA)``, ``(AMM 53)``);
    None if none is there."""
    if k + 2 >= len(words) or words[k] != "(" or not ACRONYM.match(words[k + 1]):
        return None
    close = k + 2 + (NUMBER.match(words[k + 2]) is not None)
    return close + 1 if close < len(words) and words[close] == ")" else None


def _after_hyphened_acronym(words: tuple[str, ...], k: int) -> int | None:
    """The position after ``(ACRONYM-ACRONYM)`` written as three words at ``k`` (``(JPWG-MOC)``); None if
    none is there."""
    inside = words[k + 1 : k + 4]
    if words[k : k + 1] != ("(",) or words[k + 4 : k + 5] != (")",) or len(inside) < 3 or inside[1] != "-":
        return None
    return k + 5 if all(ACRONYM.match(part) and part.isalpha() for part in inside[::2]) else None


def after_bracketed_insert(words: tuple[str, ...], k: int, limit: int = 4) -> int | None:
    """The position after ``(ACRONYM)`` (``after_bracketed_acronym``) or a short bracketed name at ``k``: at
    most ``limit`` words (``(Paris region)``, ``(the lower house)``, ``(lower house)``); None if none is
    there."""
    close = after_bracketed_acronym(words, k)
    if close or k + 2 >= len(words) or words[k] != "(":
        return close
    end = k + 1
    while end < len(words) and end - k <= limit and words[end].isalpha():
        end += 1
    return end + 1 if end < len(words) and words[end] == ")" else None


class Definition(NamedTuple):
    """A long form (view positions ``start``–``end``) defining the acronym at ``acronym``."""

    start: int
    end: int
    acronym: int
    acronym_end: int


def _initials_start(words: tuple[str, ...], letters: list[str]) -> int | None:
    """Index into ``words`` where the last words' initials spell ``letters``, passing over words that are
    not, or do not start with, the next letter and are short lower-case ones or not words at all (``of``,
    ``-``); None if they do not spell them."""
    k = len(words)
    for letter in reversed(letters):
        k -= 1
        while k >= 0 and words[k][:1].lower() != letter and (
            words[k] in MINOR_WORDS or not words[k][:1].isalnum()
        ):
            k -= 1
        if k < 0 or words[k][:1].lower() != letter:
            return None
    return k


def _long_form_start(words: tuple[str, ...], acronym: str) -> int | None:
    """Index into ``words`` where the long form of ``acronym`` starts, if it has one (a session number such as
    the ``-45`` of ``AIPA-45`` aside): where the words' initials spell it (``Enhanced Economic Engagement
    Strategy`` for ``EEES``), else where Schwartz and Hearst's walk ends."""
    letters = [c.lower() for c in SESSION.sub("", acronym) if c.isalnum()]
    initials = _initials_start(words, letters)
    if initials is not None:
        return initials
    text = " ".join(words)
    char = len(text) - 1
    for n, letter in reversed(list(enumerate(letters))):
        while char >= 0 and (
            text[char].lower() != letter or (n == 0 and char > 0 and text[char - 1] != " ")
        ):
            char -= 1
        if char < 0:
            return None
        char -= 1
    return text[: char + 1].count(" ")


def _after_last_article(words: tuple[str, ...], start: int, end: int) -> int:
    """``start``, or the position after the last ``a``/``an`` from ``start`` to ``end``: a long form names, it
    holds no indefinite article (``Dũng received a delegation from …``)."""
    return next((k + 1 for k in range(end - 1, start - 1, -1) if words[k] in ("a", "an")), start)


def names_a_complement(words: tuple[str, ...], acronym: str) -> bool:
    """Whether ``acronym`` stands for words after an ``of`` in ``words`` only, not for their whole:
    ``(OV)`` after ``World Conference of Overseas Vietnamese``."""
    start = _long_form_start(words, acronym)
    return start is not None and "of" in words[:start]


def definitions(
    view: View, heads: frozenset[str], known: Collection[tuple[int, int]] = ()
) -> Iterator[Definition]:
    """Definitions whose long form has one of ``heads`` (lower-case words) in it or is a ``known`` name (view
    positions: ``Mekong – Japan Cooperation (MJC)``)."""
    words = view.words
    for i in view.where(OPEN):
        after = after_bracketed_acronym(words, i) or _after_hyphened_acronym(words, i)
        if after is None:
            continue
        close = after - 1
        acronym = "".join(words[i + 1 : close]) if words[i + 2] == "-" else words[i + 1]
        if sum(char.isalpha() for char in acronym) < 2:
            continue  # ``(P20)``: one letter spells no long form
        window_start = max(0, i - 3 * len(acronym) - 5)
        # not back over a line's start nor over another bracket: ``… Agency (BPIP), and … Agency (BRIN)``
        window_start = max([
            window_start,
            *(k for k in range(window_start, i + 1) if k in view.newline_before),
            *(k + 1 for k in range(window_start, i) if words[k] == ")"),
        ])
        window = words[window_start:i]
        start = _long_form_start(window, acronym)
        if start is None:
            continue
        start += window_start
        while (  # "Code of Conduct …" for COC: prefer the fuller form with the same initial
            start - 2 >= window_start
            and words[start - 1] in ("of", "on", "for")
            and words[start - 2][:1] == acronym[0]
        ):
            start -= 2
        start = _after_last_article(words, start, i)
        while start < i and not is_capitalised(words[start]):
            start += 1
        # the body whose complement the initials spell: ``Committee on International Trade (INTA)``
        complemented = (
            start - 2 >= window_start and words[start - 1] in ("of", "on", "for")
            and words[start - 2].lower() in heads and not any(w.lower() in heads for w in words[start:i])
        )
        if complemented:
            start -= 2
        if i - start == 1 and words[start].lower() in heads:
            continue  # a head alone spells no acronym: ``Labour Party (PT)`` (``PT`` in ``Party``)
        if start < i and (complemented or words[start][0] == acronym[0]) and (
            (start, i) in known or any(w.lower() in heads for w in words[start:i])
        ):
            yield Definition(start, i, i + 1, close)

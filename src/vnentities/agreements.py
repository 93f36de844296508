"""Agreements: a knowledge base of named agreements, in-text definitions, partnerships,
and documents named by a head and a subject (``Treaty on … between Viet Nam and Russia``).

Writes ``doc.spans["vne_agreements"]`` (label ``AGREEMENT``, ``kb_id_`` the agreement id).
Partnership ids follow the guide: ``VN-US Comprehensive Partnership``.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Set
from dataclasses import dataclass
from functools import cache, partial

from spacy.language import Language
from spacy.tokens import Doc

from .abbreviations import ORDINAL, YEAR, after_bracketed_acronym, definitions
from .dates import is_calendar_word
from .gazetteer import Gazetteer, Match
from .organisations import ORGANISATIONS_KEY, organisation_names
from .places import HOME, by_end, country_positions, place_positions
from .resources import read_json, read_records
from .text import (
    ARTICLES,
    POSSESSIVES,
    SENTENCE_ENDS,
    SpanData,
    View,
    WordSet,
    is_capitalised,
    list_end,
    positions_in,
    written_name,
)

AGREEMENTS_KEY = "vne_agreements"
LONG_FTA = "Free Trade Agreement"
SENTENCE_END_WORDS = WordSet(SENTENCE_ENDS)


@dataclass(frozen=True)
class Agreement:
    """A knowledge-base agreement."""

    id: str
    names: tuple[str, ...]
    acronyms: tuple[str, ...]
    year: int | None


@cache
def knowledge_base() -> dict[str, Agreement]:
    """The packaged agreements, by id."""
    records = read_records("agreements.jsonl", frozenset({"id", "names", "acronyms", "year"}))
    return {
        r["id"]: Agreement(r["id"], tuple(r["names"]), tuple(r["acronyms"]), r["year"])
        for r in records
    }


def _surfaces(agreement: Agreement, pair_joiners: Set[str]) -> tuple[str, ...]:
    """The names and acronyms of ``agreement``; each ``… Free Trade Agreement`` also as ``… FTA``, and after a
    pair (two names and one of ``pair_joiners``) also in lower case (``Vietnam-EAEU free trade agreement``)."""
    owners = [name.removesuffix(LONG_FTA) for name in agreement.names if name.endswith(" " + LONG_FTA)]
    short = tuple(owner + "FTA" for owner in owners)
    lowered = tuple(
        owner + LONG_FTA.lower() for owner in owners if any(joiner in owner for joiner in pair_joiners)
    )
    return (*agreement.names, *short, *lowered, *agreement.acronyms)


def partnership_id(first: str, second: str, kind: str) -> str:
    """``VN-US Comprehensive Partnership``: Viet Nam first when it is one of the pair."""
    if second == HOME:
        first, second = second, first
    return f"{first}-{second} {kind}"


class AgreementTagger:
    """Find agreements by name, acronym, definition, partnership pattern and back-reference."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        terms = read_json("agreement_terms.json")
        self.heads = frozenset(terms["heads"])
        self.back_references = frozenset(terms["back_references"])
        self.back_reference_words = WordSet(w.lower() for w in self.back_references)
        self.pair_joiners = frozenset(terms["pair_joiners"])
        self.pair_blocs = frozenset(terms["pair_blocs"])
        self.partnership_blocs = terms["partnership_blocs"]
        self.partnership_purposes = frozenset(terms["partnership_purposes"])
        self.named_partnerships = {name: tuple(pair) for name, pair in terms["named_partnerships"].items()}
        self.relationship_types = frozenset(terms["relationship_types"])
        self.document_heads = WordSet(terms["document_heads"])
        self.document_modifiers = frozenset(terms["document_modifiers"])
        self.definite_fillers = frozenset(terms["definite_fillers"])
        self.modified_document_heads = frozenset(terms["modified_document_heads"])
        self.owned_document_heads = frozenset(terms["owned_document_heads"])
        self.generic_documents = frozenset(tuple(name.split()) for name in terms["generic_documents"])
        self.subject_prepositions = frozenset(terms["subject_prepositions"])
        self.subject_connectors = frozenset(terms["subject_connectors"])
        titles = read_json("titles.json")
        self.head_words = frozenset(w.split()[0] for w in titles["heads"])
        self.modifier_words = frozenset(w.split()[0] for w in titles["modifiers"])
        self.event_heads = frozenset(read_json("events.json")["heads"])
        entries = [
            (surface, a.id) for a in knowledge_base().values() for surface in _surfaces(a, self.pair_joiners)
        ]
        self.gazetteer = Gazetteer(nlp.make_doc, entries)
        self.partnerships = Gazetteer(nlp.make_doc, terms["partnership_types"].items())

    def __call__(self, doc: Doc) -> Doc:
        view = View.of(doc)
        places = place_positions(doc, view)
        countries = country_positions(places)
        found: dict[tuple[int, int], str] = {}
        country_ends = by_end(countries)
        organisations = place_positions(doc, view, ORGANISATIONS_KEY)
        for m in self.gazetteer.longest(view):
            if organisations.get(m.start, (None,))[0] == m.end:
                continue  # a body's acronym the text defines: ``US Department of Commerce (DOC)``, not the DOC
            # A country pair before a known name makes the pair's own document, named as written: the
            # ``Vietnam-Laos Treaty of Amity and Cooperation`` is not the TAC.
            if pair := self._pair_before(view, m.start, country_ends):
                found[(pair[0], m.end)] = written_name(view.words[pair[0] : m.end], self.pair_joiners)
                continue
            found[self._with_year(view, m.start, m.end)] = m.key
        self._add_place_names(view, places, found)
        blocs = {start: span for start, span in organisations.items() if span[1] in self.pair_blocs}
        self._add_documents(view, places, blocs, organisations.keys() - blocs.keys(), found)
        self._add_definitions(view, country_ends, found)
        # a bloc with no code of its own (ASEAN) is a partner too, its partnership with no id
        partners = {start: (end, self.partnership_blocs.get(norm)) for start, (end, norm) in blocs.items()}
        self._add_partnerships(view, countries | partners, found)
        self._add_back_references(view, found)
        view.write(doc, AGREEMENTS_KEY, [
            SpanData(*view.span(s, e), "AGREEMENT", key) for (s, e), key in sorted(found.items())
        ])
        return doc

    def _add_place_names(
        self, view: View, places: dict[int, tuple[int, str]], found: dict[tuple[int, int], str]
    ) -> None:
        """``Hà Nội Convention``: a place (of ``place_positions``) right before a capitalised agreement word,
        with its subject if any (``Ha Noi Declaration on Sustainable and People-centered Green Transition``;
        none after an owned head, ``of`` naming its owner there: ``Indo-Pacific Strategy of the US``)
        and a year right before it (``1961 Vienna Convention on …``); the id of a document found whose id
        starts with the name (``Tokyo Strategy`` of ``Tokyo Strategy 2018 for Mekong-Japan Cooperation``),
        else the name as written."""
        for start, (end, _) in places.items():
            if end >= len(view):
                continue
            if start and view.words[start - 1] in self.pair_joiners:
                continue  # ``Vietnam-Russia Treaty on …``: a pair's document, found with the documents
            dated = start - (start > 0 and YEAR.fullmatch(view.words[start - 1]) is not None)
            if view.words[end] in self.back_references and found.keys().isdisjoint(
                {(start, end + 1), (dated, end + 1)}
            ):
                stop = self._subject_end(view, end + 1, places) or end + 1  # ``… Declaration on …``
                owned = view.lowered[end] in self.owned_document_heads
                if owned and view.lowered[end + 1 : end + 2] == ("of",):
                    stop = end + 1  # its owner stays outside: ``Indo-Pacific Strategy`` + ``of the US``
                name = written_name(view.words[start:stop], self.pair_joiners)
                longer = (key for key in found.values() if key.startswith(f"{name} "))
                found[(dated, stop)] = next(longer, written_name(view.words[dated:stop], self.pair_joiners))

    def _add_documents(
        self,
        view: View,
        places: dict[int, tuple[int, str]],
        blocs: dict[int, tuple[int, str]],
        bodies: Set[int],
        found: dict[tuple[int, int], str],
    ) -> None:
        """Documents the knowledge base does not hold: ``Joint Statement on …``, ``Treaty between …``.

        A capitalised head, its capitalised modifiers (joined by ``and``: ``Friendship and Cooperation
        Treaty``) before it and its subject after it (up to other ``bodies`` than blocs after ``between``),
        or ``the`` before them (``the Friendship Cooperation Agreement``), or a pair of places or ``blocs``
        before them (``Vietnam–Cambodia Border Trade Agreement``, ``Viet Nam-EU Cooperation and Partnership
        Agreement``, ``Vietnam – EFTA FTA``, ``Mekong-Han River Declaration``), or a bloc alone (``ASEAN
        Strategy for Carbon Neutrality``), and a year right before or after (``2016 Agreement on …``); an
        owned head (``Strategy``) only after a pair or a bloc, a modified head (``Vision``) only after a
        modifier and before no other head; not after ``a``/``an`` (``a Memorandum of Understanding`` names
        none). The id is the name as written, folded, with no spaces around a pair joiner, or that of a
        document named before whose name starts with it (``Mekong-Han River Declaration`` after ``Mekong-Han
        River Declaration for Establishing …``). A kind of document alone names none either (``the Memorandum
        of Understanding``).
        """
        covered = positions_in(found)
        named: dict[tuple[str, ...], str] = {}  # the beginnings of the names found, to their ids
        words, lowered = view.words, view.lowered
        ends = by_end(places) | by_end(blocs)
        for head in view.where(self.document_heads):
            if head in covered or not is_capitalised(words[head]):
                continue
            def modifier(k: int) -> bool:
                return k >= 0 and lowered[k] in self.document_modifiers and is_capitalised(words[k])

            start = head
            while modifier(start - 1) or (start < head and lowered[start - 1] == "and" and modifier(start - 2)):
                start -= 1
            if lowered[head] in self.modified_document_heads and (
                start == head or (head + 1 < len(words) and lowered[head + 1] in self.document_heads.words)
            ):
                continue  # ``Long-Term Vision for …`` names none; ``Joint Vision Statement`` ends later
            pair = self._pair_before(view, self._name_start(view, head, ends), ends)
            end = self._subject_end(view, head + 1, places, bodies)
            if end is not None and self._pair_modifies(view, end, ends):
                continue  # ``Protocol on Vietnam – Laos border mechanisms``: a lower-case subject
            if end is None and (pair is not None or self._definite_unsubjected(view, start, head)):
                end = head + 1  # ``Vietnam–Cambodia Border Trade Agreement``, ``the Friendship … Agreement``
            bloc = by_end(blocs).get(start)
            if pair is None and bloc is None and lowered[head] in self.owned_document_heads:
                continue
            if pair is not None or bloc is not None:  # ``Vietnam–Cambodia Border …``, ``ASEAN Strategy …``
                start = (pair or bloc)[0]
            if end is None or (start > 0 and lowered[start - 1] in ARTICLES):
                continue
            dated = self._with_year(view, start, end)
            if dated[1] == end and lowered[start:end] in self.generic_documents:
                continue  # ``the Joint Statement``, ``the 2011 Memorandum of …``; not ``… Statement 2020``
            start, end = dated
            if covered.isdisjoint(range(start, end)):
                key = named.get(lowered[start:end]) or written_name(words[start:end], self.pair_joiners)
                found[(start, end)] = key
                covered.update(range(start, end))
                for k in range(head + 1, end + 1):
                    named.setdefault(lowered[start:k], key)

    def _pair_modifies(self, view: View, end: int, ends: dict[int, tuple[int, str]]) -> bool:
        """Whether a subject ending at ``end`` in a country pair (``ends``: the places by end) goes on in a
        lower-case noun that the pair modifies (``… on Vietnam – Laos border mechanisms``)."""
        words = view.words
        if end not in ends or end >= len(words) or not (words[end].isalpha() and words[end].islower()):
            return False
        joiner = ends[end][0] - 1
        return joiner > 0 and words[joiner] in self.pair_joiners and joiner in ends and (
            view.lowered[end] not in self.subject_connectors
        )

    def _definite_unsubjected(self, view: View, start: int, head: int) -> bool:
        """Whether capitalised modifiers at ``start`` and their head name a document alone: ``the`` (and a
        year, or up to two of ``definite_fillers``) before them and no subject preposition after (``the
        Friendship Cooperation Agreement``, ``the 2005 Supplementary Treaty``, ``the newly signed … Agreement``,
        not ``the Joint Statement on upgrading …``)."""
        lowered = view.lowered
        before = start - 1 - (start > 1 and YEAR.match(lowered[start - 1]) is not None)  # ``the 2005 …``
        while before > 0 and start - before <= 2 and lowered[before] in self.definite_fillers:
            before -= 1  # ``the recently signed Peacekeeping Partnership Agreement``
        return 0 <= before < start < head and lowered[before] == "the" and (
            head + 1 == len(lowered) or lowered[head + 1] not in self.subject_prepositions
        )

    @staticmethod
    def _name_start(view: View, head: int, ends: dict[int, tuple[int, str]], limit: int = 4) -> int:
        """Where the capitalised words right before ``head`` start: at most ``limit``, none of a country,
        ``and`` between two of them (``Cooperation and Partnership Agreement``)."""
        words, start = view.words, head
        while start > 0 and start not in ends and head - start < limit and words[start - 1].isalpha() and (
            is_capitalised(words[start - 1])
            or (words[start - 1] == "and" and start > 1 and is_capitalised(words[start - 2]))
        ):
            start -= 1
        return start

    def _subject_end(
        self, view: View, k: int, countries: dict[int, tuple[int, str]], bodies: Set[int] = frozenset()
    ) -> int | None:
        """End of ``on Defence Cooperation`` at ``k``: its last capitalised word or country. After
        ``between``, one of ``bodies`` ends it (``… between the Ho Chi Minh City People's Council``).

        ``and`` before a post (``… and Prime Minister Anwar``) or before ``the`` and no country ends it, and
        so does a month or weekday (``… on October 26``); a list closed by ``and`` continues it.
        """
        words = view.words
        if k >= len(words) or view.lowered[k] not in self.subject_prepositions:
            return None
        last, j = None, k + 1
        while j < len(words) and j not in view.newline_before:
            if j in bodies and "between" in view.lowered[k:j]:
                break
            if j in countries:
                j = last = countries[j][0]
            elif (
                is_capitalised(words[j]) and words[j].replace("-", "").isalpha()
                and not is_calendar_word(words[j])
            ):
                j = last = j + 1
            elif (ORDINAL.match(words[j]) or YEAR.match(words[j])) and j + 1 < len(words) and is_capitalised(
                words[j + 1]
            ):  # ``of the 36th ASEAN Summit``, ``of the 2023 APEC Economic Leaders' Meeting``
                j += 1
            elif words[j] in POSSESSIVES and last == j and j + 1 < len(words) and is_capitalised(words[j + 1]):
                j += 1  # ``of the 53rd ASEAN Foreign Ministers’ Meeting``
            elif view.lowered[j] == "and" and self._post_at(view, j + 1):
                break
            elif view.lowered[j : j + 2] == ("and", "the") and j + 2 not in countries:
                break  # ``… on Friendly Relations and the Joint Statement``: a new item
            elif last == j and view.glued_hyphen(j) and words[j + 1].isalpha():
                j = last = j + 2  # a lower-case word after a hyphen: ``People-centered``
            elif view.lowered[j] in self.subject_connectors or words[j] in self.pair_joiners:
                j += 1
            elif words[j] == "," and (
                listed := list_end(view.lowered, j, partial(_capitalised_words_end, view))
            ) is not None:
                j = last = listed
            else:
                break
        return last

    def _post_at(self, view: View, k: int) -> bool:
        """Whether a post's head starts at ``k``, after its modifiers if any (``Deputy Prime Minister``, not
        ``Economic Cooperation``)."""
        while k < len(view.words) and view.lowered[k] in self.modifier_words and (
            view.lowered[k] not in self.head_words
        ):
            k += 1
        return k < len(view.words) and view.lowered[k] in self.head_words

    @staticmethod
    def _with_year(view: View, start: int, end: int) -> tuple[int, int]:
        """Widen a name over a year written right before or after it (``UNCLOS 1982``)."""
        if end < len(view) and YEAR.match(view.words[end]):
            return start, end + 1
        if start > 0 and YEAR.match(view.words[start - 1]):
            return start - 1, end
        return start, end

    def _add_definitions(
        self, view: View, country_ends: dict[int, tuple[int, str]], found: dict[tuple[int, int], str]
    ) -> None:
        """``Long Form (ACR)``: link the acronym, everywhere, to the long form's id; a long form the
        knowledge base does not hold takes the acronym as its id, with a pair before it too
        (``Vietnam-Laos Border Trade Facilitation Agreement (BTFA)``, ``Australia-Vietnam Enhanced Economic
        Engagement Strategy (EEES)``). A known organisation's acronym defines none (``Mekong-US Partnership
        (MUSP)``) but after a document's head (``… Comprehensive Partnership and Cooperation Agreement (PCA)``,
        not the Permanent Court of Arbitration); a meeting's long form defines none."""
        by_start = {s: (e, key) for (s, e), key in found.items()}
        starts = {e: s for (s, e) in found}
        covered = positions_in(found)

        def add(span: tuple[int, int], key: str) -> None:
            found[span] = key
            covered.update(range(*span))

        linked: set[str] = set()  # acronyms whose every mention is covered
        for d in definitions(view, self.heads):
            if view.words[d.acronym] in organisation_names() and (
                view.lowered[d.end - 1] not in self.document_heads.words
            ):
                continue  # a known organisation's acronym, after no document's name
            if not self.event_heads.isdisjoint(view.lowered[d.start : d.end]):
                continue  # a meeting's acronym: ``Senior Officials Meeting on the Declaration … (SOM-DOC)``
            start = d.start if d.start in by_start else d.start - 1
            if start not in by_start and starts.get(d.end, d.start) < d.start:
                start = starts[d.end]  # the long form ends a longer name: a pair's document
            end, key = by_start.get(start, (None, None))
            if key is None and (
                (d.start and view.lowered[d.start - 1] in ARTICLES)
                or view.lowered[d.start : d.end] in self.generic_documents
            ):
                continue  # ``a Memorandum of Understanding (MoU)``: a kind of document, not a named one
            if key is None or (end < d.end and key not in knowledge_base()):
                found.pop((start, end), None)  # ``Vienna Declaration`` in ``Vienna Declaration and … (VDPA)``
                key = view.words[d.acronym]
                pair = self._pair_before(view, d.start, country_ends)
                add((d.start if pair is None else pair[0], d.end), key)
            elif end == d.end and key not in knowledge_base():
                key = found[(start, end)] = view.words[d.acronym]
            if (d.acronym, d.acronym_end) not in found:
                add((d.acronym, d.acronym_end), key)
            acronym = view.words[d.acronym]
            if acronym in linked:
                continue
            linked.add(acronym)
            for i in view.occurrences(acronym):
                if i not in covered:
                    add(self._with_year(view, i, i + 1), key)

    def _add_partnerships(
        self, view: View, countries: dict[int, tuple[int, str]], found: dict[tuple[int, int], str]
    ) -> None:
        """Bilateral partnerships: a country pair before the type, or the pair named near it (``countries``
        may hold blocs, by their codes, None for a bloc with none: ``ASEAN-US strategic partnership`` has no id
        unless the knowledge base names it); a type that describes a relationship only when capitalised."""
        ends = by_end(countries)
        starts = sorted(countries)
        last_pair: dict[str, tuple[str, str]] = {}
        for m in self.partnerships.longest(view):
            if m.key in self.relationship_types and not is_capitalised(view.words[m.start]):
                continue  # ``Vietnam-Laos great friendship, special solidarity …``: a description
            pair = self._pair_before(view, m.start, ends)
            if pair:
                start, codes = pair
            elif is_capitalised(view.words[m.start]):
                start = m.start
                codes = (
                    self._pair_after(view, m.end, countries)
                    or self._pair_in_sentence(view, m, countries, starts)
                    or last_pair.get(m.key)
                )
            else:
                continue
            if codes:
                last_pair[m.key] = codes
            if (
                is_capitalised(view.words[m.start]) and m.end < len(view) and view.lowered[m.end] == "on"
                and (subject := self._subject_end(view, m.end, {}))
            ):
                found[(start, subject)] = written_name(view.words[start:subject], self.pair_joiners)
                continue  # ``Strategic Partnership on Climate Change Adaptation``: a partnership in one field
            if m.end < len(view) and is_capitalised(view.words[m.end]) and view.lowered[m.end] in self.heads:
                found[(start, m.end + 1)] = written_name(view.words[start : m.end + 1], self.pair_joiners)
                continue  # ``Strategic Partnership Agreement``: a document that names the partnership
            # a name's purpose after it: ``Comprehensive strategic partnership for peace …``, ``Vietnam-Japan
            # strategic partnership for peace and prosperity in Asia``
            end = self._named_end(view, m.end) if is_capitalised(view.words[m.start]) or pair else m.end
            if not codes or None in codes:
                codes = self.named_partnerships.get(" ".join(view.lowered[m.start : end]))
            found[(start, end)] = partnership_id(*codes, m.key) if codes else ""

    def _named_end(self, view: View, end: int) -> int:
        """``… Partnership for Peace and Prosperity in Asia and the World``, ``… strategic partnership for
        peace and prosperity in Asia and the world``, ``… Strategic Partnership for the Future``, ``…
        Partnership for Asia's Peace and Prosperity``: the full name, its purpose written in the case of the
        partnership's own words, no month in it (``end`` when there is no purpose)."""
        words, lowered = view.words, view.lowered
        lower_case = not is_capitalised(words[end - 1])

        def named(j: int) -> bool:  # no month: ``… in Asia and the World`` + ``in November 2023``
            return not is_calendar_word(words[j]) and (
                is_capitalised(words[j]) or (lower_case and lowered[j] in self.partnership_purposes)
            )

        purpose = end + 1 + (lowered[end + 1 : end + 2] == ("the",))
        if purpose >= len(words) or lowered[end] != "for" or not named(purpose):
            return end
        last, j = end, end + 1
        joiners = ("and", "the", "in", "of")
        while j < len(words) and (
            named(j) or words[j] in joiners or (
                (words[j] == "," or (words[j] in POSSESSIVES and last == j))  # ``… for Asia's Peace …``
                and j + 1 < len(words) and named(j + 1)
            )
        ):
            if named(j):
                last = j + 1
            j += 1
        return last

    @staticmethod
    def _pair_in_sentence(
        view: View, m: Match, countries: dict[int, tuple[int, str]], starts: list[int]
    ) -> tuple[str, str] | None:
        """Viet Nam and one other country named earlier in the same sentence.

        ``starts`` are the sorted keys of ``countries``.
        """
        ends = view.where(SENTENCE_END_WORDS)
        k = bisect_left(ends, m.start)
        start = ends[k - 1] + 1 if k else 0
        codes = {countries[s][1] for s in starts[bisect_left(starts, start) : bisect_left(starts, m.start)]}
        others = codes - {HOME}
        return (HOME, others.pop()) if len(others) == 1 else None

    def _pair_before(
        self, view: View, end: int, ends: dict[int, tuple[int, str]]
    ) -> tuple[int, tuple[str, str]] | None:
        """``Viet Nam-U.S. comprehensive partnership``, ``Vietnam-United Arab Emirates (UAE) Comprehensive
        …``: the start and codes of the pair ending at ``end``, or before a bracketed acronym there."""
        second = ends.get(end)
        if second is None and end >= 3 and after_bracketed_acronym(view.words, end - 3) == end:
            second = ends.get(end - 3)
        if not second or second[0] == 0 or view.words[second[0] - 1] not in self.pair_joiners:
            return None
        first = ends.get(second[0] - 1)
        return (first[0], (first[1], second[1])) if first else None

    @staticmethod
    def _pair_after(
        view: View, end: int, countries: dict[int, tuple[int, str]]
    ) -> tuple[str, str] | None:
        """``… Partnership between Việt Nam and the US`` or ``… Partnership with Japan``."""
        words = view.words

        def country_at(i: int) -> tuple[int, str] | None:
            if i < len(words) and words[i] == "the":
                i += 1
            return countries.get(i)

        if end < len(words) and words[end] == "between":
            first = country_at(end + 1)
            if first and first[0] < len(words) and words[first[0]] == "and":
                second = country_at(first[0] + 1)
                if second:
                    return first[1], second[1]
        if end < len(words) and words[end] == "with":
            other = country_at(end + 1)
            if other and other[1] != HOME:
                return HOME, other[1]
        return None

    def _add_back_references(self, view: View, found: dict[tuple[int, int], str]) -> None:
        """``the Agreement``: the last agreement named before with that head word, as written or in its
        knowledge-base name (``the Convention`` after ``1982 UNCLOS``).

        One sweep: agreements are taken in order of their end, and for each head word the
        latest (by start, then end) whose words contain it is kept.
        """
        covered = positions_in(found)
        named = sorted(((span, key) for span, key in found.items() if key), key=lambda item: item[0][1])
        latest: dict[str, tuple[tuple[int, int], str]] = {}
        seen = 0
        for i in view.where(self.back_reference_words):
            word = view.words[i]
            if word not in self.back_references or i == 0 or view.lowered[i - 1] != "the" or i in covered:
                continue
            while seen < len(named) and named[seen][0][1] <= i:
                span, key = named[seen]
                known = knowledge_base().get(key)
                text = " ".join([*view.words[span[0] : span[1]], *(known.names[:1] if known else ())]).lower()
                for head in self.back_references:
                    if head.lower() in text and (head not in latest or latest[head][0] < span):
                        latest[head] = (span, key)
                seen += 1
            if word in latest:
                found[(i, i + 1)] = latest[word][1]


def _capitalised_words_end(view: View, k: int) -> int | None:
    """End of the capitalised words from ``k`` (``Balanced Trade``); None if none start there."""
    end = k
    while end < len(view.words) and is_capitalised(view.words[end]) and view.words[end].isalpha():
        end += 1
    return end if end > k else None


@Language.factory("vnentities_agreements", assigns=["doc.spans"])
def make_agreements(nlp: Language, name: str) -> AgreementTagger:
    """Factory of the agreements component."""
    return AgreementTagger(nlp, name)

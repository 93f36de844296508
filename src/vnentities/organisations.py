"""Organisations (gazetteer, in-text definitions, bodies named after a country pair,
companies by their suffix) and named events (patterns).

Writes ``doc.spans["vne_organisations"]`` (label ``ORG``, ``kb_id_`` the full name) and
``doc.spans["vne_events"]`` (label ``EVENT``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache, partial

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from .abbreviations import (
    ACRONYM,
    NUMBER,
    ORDINAL,
    SESSION,
    YEAR,
    after_bracketed_acronym,
    definitions,
    names_a_complement,
)
from .addresses import Addresses
from .dates import is_calendar_word
from .gazetteer import Gazetteer, Match
from .lexicon import PhraseTable
from .names import family_names
from .places import DEMONYMS_KEY, HOME, by_end, country_positions, place_index, place_positions
from .resources import read_json, read_records
from .text import (
    ARTICLES,
    HYPHEN,
    POSSESSIVES,
    SpanData,
    View,
    WordSet,
    fold,
    is_capitalised,
    list_end,
    name_start,
    named_heads,
    owners,
    positions_in,
    replace_inside,
    written_name,
)

ORGANISATIONS_KEY = "vne_organisations"
EVENTS_KEY = "vne_events"
NUMBERED = re.compile(r"No\.?\d{1,3}")  # ``No.2``, ``No2``: one word
NUMBER_SIGN = re.compile(r"\bNo ?\. ?(?=\d)")  # ``No . 4`` (``No. 4`` as words) in a name: ``No.4``
SMALL_NUMBER = re.compile(r"\d{1,3}")  # ``Engineering Unit 3``, ``Central Military Hospital 108``
SESSION_NUMBER = re.compile(r"\d{1,3}")  # ``UNGA 79``: not a year
ROMAN_SESSION = re.compile(r"I{1,3}|IV|VI{0,3}|IX|X")  # ``ABAC III``: a body's third meeting
GOVERNMENT = WordSet({"government"})  # a country's, capitalised, with ``of (the) <country>`` after it
UNITED_NATIONS = "United Nations"  # the knowledge base's norm, in the norms of its bodies
ROYAL = "Royal"  # a kingdom's ``Royal Government of Cambodia``
MAX_PLACE_PHRASE_WORDS = 3  # ``the central province of``: ``the``, descriptions and the head
GOVERNMENT_NORM = "Government of Vietnam"  # the knowledge base's; other countries' take their name in its place
GLUED_SESSION = re.compile(r"([A-Z]{2,})\d{1,3}")  # ``APPF28``: a body's acronym and its session number
BRACKETED_ACRONYM = re.compile(r" \( ?[A-Z]{2,} ?\)")  # ``(LPRP)`` (or ``( LPRP )``) in a name written out
MAX_ORGAN_WORDS = 3  # capitalised words naming an organ after its organisation: ``Executive Board``
MAX_ALIAS_WORDS = 3  # the words before the year of an event's bracketed short name: ``(Vietnam Defence 2024)``
MAX_PARTY_LIST = 10  # words and organisations between a bare ``Party`` and the country closing its list
MAX_PAIRED_WORDS = 6  # lower-case words after a numbered pair: ``ministerial - level defence policy dialogue``


def _before_agency(words: tuple[str, ...], k: int) -> bool:
    """Whether a bracketed agency opens at ``k``: ``MILAN (VNA) –`` is a dateline's city, ``Xuan Que Huong
    (Homeland Spring)`` no dateline."""
    return words[k : k + 1] == ("(",) and k + 1 < len(words) and words[k + 1].isupper()


def _as_written(view: View, start: int, end: int) -> str:
    """The text of view positions ``start`` to ``end``, folded, one space between words (``People's``) and
    none around a dash (``Vietnamese-German University``)."""
    return " ".join(fold(view.text_of(*view.span(start, end))).split()).replace(" - ", "-")


def _acronym_named_body(view: View, acronym: int, k: int, limit: int = 3) -> tuple[int, str] | None:
    """``United Nations (UN) Security Council``, ``Mekong River Commission (MRC) Council``: the end and norm of
    the longest run of up to ``limit`` capitalised words from ``k`` that the bracketed acronym at ``acronym``
    opens a known name with (``UN Security Council``, ``MRC Council``), if any."""
    end = k
    while end < min(k + limit, len(view.words)) and is_capitalised(view.words[end]):
        end += 1
    names = organisation_names()
    for j in range(end, k, -1):
        norm = names.get(f"{view.words[acronym]} {_as_written(view, k, j)}")
        if norm is not None:
            return j, norm
    return None


def _complete_bare_names(found: dict[tuple[int, int], str], known: frozenset[str]) -> None:
    """``the Joint Working Group`` in a text that names the ``Việt Nam – Holy See Joint Working Group``: a body
    of several words named as written (none of the ``known`` norms) takes the name of the one body of the
    text whose name ends in it after capitalised words (not a unit's: ``Standing Board of the … Committee``)."""
    longer: dict[str, set[str]] = {}  # a name's every ending after capitalised words → the names with it
    for norm in set(found.values()):
        for k, char in enumerate(norm):
            if char == " " and not any(word.islower() for word in norm[:k].split()):
                longer.setdefault(norm[k + 1 :], set()).add(norm)
    for span, norm in found.items():
        if " " in norm and norm not in known and len(names := longer.get(norm, ())) == 1:
            found[span] = next(iter(names))


def _share_a_word(name: str, other: str) -> bool:
    """Whether two names share a word of more than three letters (``South East Asian`` and ``Southeast Asian``:
    ``Asian``), whatever their case."""
    return not {w for w in name.lower().split() if len(w) > 3}.isdisjoint(other.lower().split())


def _spellings(name: str, pairs: list[list[str]]) -> set[str]:
    """``name`` in every spelling the word pairs allow: ``UN … Organisation``, ``United Nations …
    Organization``."""
    variants = {name}
    for first, second in pairs:
        for old, new in ((first, second), (second, first)):
            variants |= {re.sub(rf"\b{re.escape(old)}\b", new, variant) for variant in variants}
    return variants


@cache
def organisation_names() -> dict[str, str]:
    """Every organisation surface form → its full name (a name's leading ``The`` is never in its span); the
    names in other spellings too, where the knowledge base gives them to no other."""
    records = read_records("organisations.jsonl", frozenset({"norm", "names", "acronyms"}))
    names = {
        surface: record["norm"]
        for record in records
        for surface in (*record["names"], *record["acronyms"], record["norm"].removeprefix("The "))
    }
    pairs = read_json("organisation_terms.json")["spelling_pairs"]
    for name, norm in list(names.items()):
        for variant in _spellings(name, pairs):
            names.setdefault(variant, norm)
    return names


class OrganisationTagger:
    """Find organisations by gazetteer and definition, and events by pattern."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.gazetteer = Gazetteer(nlp.make_doc, organisation_names().items())
        terms = read_json("organisation_terms.json")
        titles = read_json("titles.json")
        self.org_heads = frozenset(terms["heads"])
        self.ruling_parties = terms["ruling_parties"]
        self.party_list_words = frozenset(terms["party_list_words"])
        self.peoples = frozenset(terms["party_list_peoples"])
        self.party_work_words = frozenset(terms["party_work_words"])
        self.party_distributives = frozenset(terms["party_distributives"])
        self.home_party = organisation_names()["Party"]
        self.pair_joiners = frozenset(read_json("agreement_terms.json")["pair_joiners"])
        self.hyphen_modifiers = frozenset(read_json("facility_terms.json")["hyphen_modifiers"])
        self.company_suffixes = WordSet(terms["company_suffixes"])
        events = read_json("events.json")
        self.ordinal_heads = [tuple(head.split()) for head in events["ordinal_heads"]]
        self.ordinal_head_words = frozenset(head[-1] for head in self.ordinal_heads)
        self.year_heads = frozenset(events["year_heads"])
        self.year_head_qualifiers = frozenset(events["year_head_qualifiers"])
        self.event_heads = WordSet(
            [*events["heads"], *events["pair_heads"], *self.ordinal_head_words, *self.year_heads]
        )
        self.pair_heads = frozenset(events["pair_heads"])
        self.holidays = frozenset(tuple(holiday.split()) for holiday in events["holidays"])
        self.inner_joiners = frozenset(events["inner_joiners"])
        self.solo_heads = frozenset(events["solo_heads"])
        self.joiners = frozenset(events["joiners"])
        self.connectors = frozenset(events["complement_connectors"])
        self.complement_joiners = frozenset(events["complement_joiners"])
        self.bound_to = frozenset(events["bound_to"])
        self.numbered_heads = frozenset(events["numbered_heads"])
        self.not_first = frozenset(events["not_first"])
        self.party_words = WordSet(("party",))
        self.acronym_suffix = events["acronym_suffix"]
        self.suffix_counts = frozenset(events["suffix_counts"])
        self.track_words = frozenset(events["track_words"])
        self.track_numbers = frozenset(events["track_numbers"])
        self.named_heads = WordSet([*events["named_heads"], *(f"{head}s" for head in events["named_heads"])])
        self.meeting_acronyms = frozenset(events["session_acronyms"])  # ``AMM``, ``AMMTC``
        self.session_acronyms = self.meeting_acronyms | {
            name for name in organisation_names() if name.isupper() and name.isalpha()
        }
        # ``UNGA 79``, ``AMM 53``: a meeting's or an assembly's acronym numbers a session as two words too
        spaced_bodies = tuple(f" {head}" for head in events["spaced_session_bodies"])
        self.spaced_session_acronyms = self.meeting_acronyms | {
            name for name, norm in organisation_names().items()
            if name.isupper() and name.isalpha() and norm.endswith(spaced_bodies)
        }
        self.session_words = WordSet(  # ``ADMM+``, one word, after its ordinal
            name.lower() for name in (*self.session_acronyms, *(f"{name}+" for name in self.meeting_acronyms))
        )
        self.named_head_qualifiers = frozenset(events["named_head_qualifiers"])
        self.number_words = frozenset(events["number_words"])
        self.historic = Gazetteer(nlp.make_doc, ((name, "") for name in events["historic"]))
        self.recurring = Gazetteer(nlp.make_doc, ((name, "") for name in events["recurring"]))
        self.max_company_words = terms["max_company_words"]
        self.mission_heads = PhraseTable(nlp.make_doc, terms["mission_heads"].items())
        self.mission_head_words = WordSet(self.mission_heads.first_words)
        self.missions_to = frozenset(terms["missions_to"])
        self.mission_country_names = terms["mission_country_names"]
        self.local_qualifiers = frozenset(terms["local_qualifiers"])
        self.provincial_qualifiers = terms["provincial_qualifiers"]
        self.municipal_qualifiers = frozenset(terms["municipal_qualifiers"])
        self.national_bodies = tuple(terms["national_bodies"])
        self.pair_blocs = frozenset(terms["pair_blocs"])
        self.known_norms = frozenset(organisation_names().values())
        self.addresses = Addresses(
            organisation_names(),
            (place.norm for place in place_index().values() if place.kind == "province"),
            terms["address_domains"],
            terms["address_host_prefixes"],
            terms["provincial_newspapers"],
        )
        # ``National Assembly`` of ``National Assembly of Vietnam``: every country's body of that kind
        self.national_body_heads = tuple(body.split(" of ")[0] for body in self.national_bodies)
        self.portfolio_bodies = tuple(body for body in self.national_bodies if body.endswith(" of "))
        self.one_country_bodies = terms["one_country_bodies"]
        self.nationality_heads = frozenset(terms["nationality_heads"])
        self.organisation_heads = frozenset(titles["organisation_heads"])
        self.head_first_bodies = WordSet(terms["head_first_bodies"])
        self.head_first_connectors = frozenset(terms["head_first_connectors"])
        self.head_first_prefixes = frozenset(terms["head_first_prefixes"])
        self.unit_heads = WordSet(terms["unit_heads"])
        self.unit_words = frozenset(terms["unit_words"])
        self.unit_commands = PhraseTable.of(nlp.make_doc, terms["unit_commands"])
        self.military_unit_heads = frozenset(terms["military_unit_heads"])
        self.sub_body_heads = WordSet(terms["sub_body_heads"])
        self.country_party_heads = WordSet(terms["country_party_heads"])
        self.named_party_head = terms["named_party_head"]
        self.portfolio_words = frozenset(titles["complement_words"])
        self.local_bodies = PhraseTable.of(nlp.make_doc, terms["local_bodies"])
        self.local_body_words = WordSet(self.local_bodies.first_words)
        self.foreign_local_kinds = frozenset(terms["foreign_local_kinds"])
        self.local_place_phrases = frozenset(terms["local_place_phrases"])
        self.foreign_local_bodies = PhraseTable.of(nlp.make_doc, terms["foreign_local_bodies"])
        self.foreign_local_body_words = WordSet(self.foreign_local_bodies.first_words)
        self.parties = frozenset((*self.ruling_parties.values(), self.home_party))
        self.party_bodies = PhraseTable(nlp.make_doc, terms["party_bodies"].items())
        self.bare_party_bodies = terms["bare_party_bodies"]
        self.bare_party_body_words = WordSet(self.bare_party_bodies)
        self.central_committees = {f"Central Committee of the {party}": party for party in self.parties}
        self.plural_party_bodies = PhraseTable.of(nlp.make_doc, terms["plural_party_bodies"])
        self.own_bodies = PhraseTable.of(nlp.make_doc, terms["own_bodies"])
        self.local_chapters = PhraseTable.of(nlp.make_doc, terms["local_chapters"])
        self.shared_owners = terms["shared_owners"]
        self.institution_heads = WordSet(terms["institution_heads"])
        self.foreign_institution_heads = WordSet(terms["foreign_institution_heads"])
        self.institution_generic = frozenset(terms["institution_generic"])
        self.institution_max_words = terms["institution_max_words"]
        self.institution_connectors = frozenset(terms["institution_connectors"])
        self.foreign_connectors = frozenset(terms["foreign_institution_connectors"])
        self.foreign_joiners = frozenset(terms["foreign_institution_joiners"])
        self.lone_word_connectors = frozenset(terms["foreign_institution_lone_word_connectors"])
        self.topic_heads = PhraseTable.of(nlp.make_doc, terms["topic_heads"])
        self.topic_head_words = WordSet(self.topic_heads.first_words)
        self.topic_connectors = frozenset(terms["topic_connectors"])
        self.institution_joiners = frozenset(terms["institution_joiners"])
        self.institution_numbers = frozenset(terms["institution_numbers"])
        self.institution_levels = frozenset(terms["institution_levels"])
        self.posts = frozenset(head.title() for head in titles["heads"] if " " not in head)
        # ``Party Committee``, ``Party Central Committee``, ``Party General Secretary``
        post_words = {phrase.split()[0].lower() for phrase in (*titles["heads"], *titles["modifiers"])}
        self.party_followers = self.sub_body_heads.words | self.party_bodies.first_words | post_words
        # ``President of Hanoi University``, ``Two Indian Navy ships``
        self.institution_stops = self.not_first | self.posts | frozenset(terms["institution_stops"])

    def __call__(self, doc: Doc) -> Doc:
        view = View.of(doc)
        found = {
            (m.start, m.end): m.key for m in self.gazetteer.longest(view) if not self._is_party_work(view, m)
        }
        self._add_addresses(view, found)
        known = {view.words[s:e]: key for (s, e), key in found.items()}
        # a known name one word longer than a long form, on its left: ``Vietnamese National Assembly (NA)``
        widened = {(s + 1, e): key for (s, e), key in found.items() if e - s > 1}
        places = place_positions(doc, view)
        countries = country_positions(places)
        pairs = self._pairs(view.words, countries)
        paired = {end: start for start, (_, end) in pairs.items()}  # a pair before a long form
        linked: set[tuple[str, ...]] = set()  # acronyms whose every mention has been linked
        mentions: dict[str, list[tuple[int, int]]] = {}  # each known name's spans, by norm
        for span, norm in found.items():
            mentions.setdefault(norm, []).append(span)
        spaced: dict[tuple[int, int], str] = {}  # acronyms of several words, in place of the spans inside them
        for d in definitions(view, self.org_heads, found):
            if SESSION.search(view.words[d.acronym]) or NUMBER.match(view.words[d.acronym_end - 1]):
                continue  # ``(AIPA-45)``, ``(AIPA 41)``: a numbered session of the body, an event's acronym
            if view.words[d.start] in self.posts:
                continue  # ``Chief of Air Force (CAF)``: a post's acronym
            start, end = paired.get(d.start, d.start), d.end
            acronym = view.words[d.acronym : d.acronym_end]  # ``JPWG - MOC`` is three words
            # a known acronym's own name inside a longer form is its long form: ``… Executive Director of the
            # UN Population Fund (UNFPA)``, ``United Nations Development Program in Vietnam (UNDP)``
            own = mentions.get(organisation_names().get(acronym[0], ""), ()) if len(acronym) == 1 else ()
            start, end = next((span for span in own if start <= span[0] and span[1] <= end), (start, end))
            last = view.lowered[end - 1]
            if end - start > 1 and last in self.event_heads.words and last[0] != view.lowered[d.acronym][-1]:
                end -= 1  # ``… Working Group Meeting (ACCWG)``: the acronym spells the group, not its meeting
            written = _as_written(view, start, end)
            norm = (
                known.get(view.words[start:end]) or widened.get((start, end))
                or organisation_names().get(written) or written
            )
            found.setdefault((start, end), norm)
            (spaced if len(acronym) > 1 else found)[(d.acronym, d.acronym_end)] = norm
            if acronym in linked:
                continue
            linked.add(acronym)
            for i in view.occurrences(acronym[0]):
                if len(acronym) > 1:
                    if view.words[i : i + len(acronym)] == acronym:
                        spaced[(i, i + len(acronym))] = norm
                elif norm != written or (i, i + 1) not in found or not _share_a_word(found[i, i + 1], written):
                    # a known long form's name over the acronym's own (``(PCC)``); a long form sharing no
                    # word with the acronym's own, over it (``Australian Federal Police (AFP)``, not the agency)
                    found[(i, i + 1)] = norm
        replace_inside(found, spaced)  # ``MOC`` of ``JPWG - MOC`` gives way
        nationalities = place_positions(doc, view, DEMONYMS_KEY)
        blocs = {start: (end, norm) for (start, end), norm in found.items() if norm in self.pair_blocs}
        sides = countries | nationalities | blocs  # ``Vietnamese – Egyptian``, ``Vietnam-EU Joint Committee``
        self._add_paired(view, sides, self._pairs(view.words, sides), found)
        self._add_bodies_after(view, places, found)
        self._add_organs(view, found)
        self._add_bare_local_bodies(view, places, self._add_local_bodies(view, places, found), found)
        self._add_foreign_bodies_of(view, places, countries, found)
        self._add_sector_party_committees(view, found)
        self._add_head_first(view, places, nationalities, found)
        self._add_units(view, found)
        self._add_sub_bodies(view, found)
        self._add_portfolios(view, places, nationalities, found)
        self._add_nationalities(view, nationalities, countries, found)
        self._add_owning_countries(view, countries, found)
        self._add_parties(view, places, nationalities, countries, found)
        self._add_missions(view, places, countries, nationalities, found)
        self._add_companies(view, found)
        self._add_topic_bodies(view, found)
        self._add_institutions(view, nationalities, countries, found)
        self._foreign_parties(view, countries, nationalities, found)
        self._owned_communist_parties(view, countries, found)
        self._add_bare_party_bodies(view, found)
        self._add_un_prefixed(found)
        _complete_bare_names(found, self.known_norms)
        view.write(doc, ORGANISATIONS_KEY, [
            SpanData(*view.span(s, e), "ORG", norm) for (s, e), norm in sorted(found.items())
        ])
        ends = {end: norm for (_, end), norm in found.items()}
        events = self._events(view, places, countries, pairs, ends, positions_in(found))
        view.write(doc, EVENTS_KEY, [SpanData(*view.span(s, e), "EVENT", "") for s, e in events])
        return doc

    def _pairs(
        self, words: tuple[str, ...], countries: dict[int, tuple[int, str]]
    ) -> dict[int, tuple[int, int]]:
        """Two countries joined by a pair joiner (``Vietnam–Laos``), by start: start → (joiner, end)."""
        return {
            start: (first_end, countries[first_end + 1][0]) for start, (first_end, _) in countries.items()
            if first_end + 1 in countries and words[first_end] in self.pair_joiners
        }

    def _add_paired(
        self,
        view: View,
        countries: dict[int, tuple[int, str]],
        pairs: dict[int, tuple[int, int]],
        found: dict[tuple[int, int], str],
    ) -> None:
        """``Vietnam–Laos Intergovernmental Committee for Bilateral Cooperation``.

        A pair of countries or nationalities, then capitalised words (hyphened ones too, the part after a glued
        hyphen in any case: ``Inter-Governmental``, ``Inter-governmental``; possessive ones too: ``Friendship
        Parliamentarians’ Group``) up to the last organisation head among them (not an event's:
        ``Vietnam–Thailand Business Forum``), then an ``of/on/for`` complement; the norm is the name as written,
        folded, without a bracketed acronym.
        """
        words, lowered = view.words, view.lowered
        owner = owners(found)

        def hyphened(j: int) -> bool:  # a hyphen with no space around it, or the word it glues on
            return view.glued_hyphen(j) or (view.glued_hyphen(j - 1) and words[j].isalpha())

        for start, (_, pair_end) in pairs.items():
            head, j = None, pair_end
            while j < len(words) and j not in countries and (is_capitalised(words[j]) or (
                j > pair_end and (hyphened(j) or (
                    (words[j] in HYPHEN or (words[j] in POSSESSIVES and view.glued(j)))
                    and j + 1 < len(words) and is_capitalised(words[j + 1])
                ))
            )):
                j += 1
                if lowered[j - 1] in self.org_heads:
                    head = j
            if head is None or lowered[head - 1] in self.event_heads:
                continue  # ``Vietnam–Thailand Business Forum`` is an event
            end = self._complement_end(view, head)
            name = BRACKETED_ACRONYM.sub("", written_name(words[start:end], self.pair_joiners))
            _outgrow(found, owner, (start, end), name)

    def _add_organs(self, view: View, found: dict[tuple[int, int], str]) -> None:
        """``UNESCO Executive Board``, ``UNESCO Intergovernmental Committee of the 2003 Convention …``: a known
        organisation other than a party, then capitalised words ending in a body's head (and its ``of``
        complement, less a year that ends it), are one ORG, the organisation's organ, named as the knowledge
        base names it or as written, less a bracketed acronym (``Lao People's Revolutionary Party (LPRP) Central
        Committee Office``)."""
        words, lowered = view.words, view.lowered
        starts = {start for start, _ in found}
        organs = {}
        for (start, end), norm in found.items():
            if norm in self.parties or end >= len(words) or not is_capitalised(words[end]):
                continue
            j, head = end, None
            while j < len(words) and j - end < MAX_ORGAN_WORDS and is_capitalised(words[j]) and j not in starts:
                j += 1
                if lowered[j - 1] in self.sub_body_heads:
                    head = j
            if head is not None:
                organ = self._complement_end(view, head)
                if organ > head and YEAR.match(words[organ - 1]):  # not its term: ``… for the 2021-2025``
                    organ -= 1
                    while organ > head and not is_capitalised(words[organ - 1]):
                        organ -= 1
                name = BRACKETED_ACRONYM.sub("", _as_written(view, start, organ))
                organs[(start, organ)] = organisation_names().get(name, name)
        replace_inside(found, organs)

    def _add_bodies_after(
        self, view: View, places: dict[int, tuple[int, str]], found: dict[tuple[int, int], str]
    ) -> None:
        """``Lao People's Revolutionary Party (LPRP) Central Committee``, ``LPRP Central Committee``, ``PCC
        Secretariat``: a party (or its Central Committee), its bracketed acronym and a capitalised party body
        are one ORG, that party's body, as the knowledge base names it if it does. So is an organisation, its
        bracketed acronym and the words that acronym opens a known body's name with (``United Nations (UN)
        Security Council``: ``UN Security Council``). Another organisation's own body is the organisation
        (``Vietnam Fatherland Front (VFF) Central Committee``); its chapter head, then ``of``/``in`` and a
        place, is its chapter there, one ORG up to the head (``Vietnam Fatherland Front (VFF) Committee of Dong
        Thap`` → ``Vietnam Fatherland Front Committee of Dong Thap``). An organisation, a year and a body's head
        are the body of that year, with the capitalised words before it, named as written (``APEC 2027
        Secretariat``, ``National ASEAN 2020 Committee``)."""
        words, lowered = view.words, view.lowered
        bodies = {}
        for (start, end), norm in found.items():
            if end < len(words) and YEAR.match(words[end]) and (head := self._body_head(view, end + 1)):
                start = name_start(view, start, self.not_first, 2)  # ``National ASEAN 2020 Committee``
                bodies[(start, head + 1)] = _as_written(view, start, head + 1)  # ``APEC 2027 Secretariat``
                continue
            k = after_bracketed_acronym(words, end) or end
            if k >= len(words) or not is_capitalised(words[k]):
                continue
            party = self.central_committees.get(norm, norm)  # ``PCC Secretariat``: the party's own body
            if party in self.parties and (body := self.party_bodies.match(lowered, k)):
                name = f"{body[1]} of the {party}"
                within = organisation_names().get(f"{name} Central Committee") if party != norm else None
                bodies[(start, body[0])] = within or organisation_names().get(name, name)
            elif norm in self.parties:
                continue
            elif k > end and (named := _acronym_named_body(view, end + 1, k)):
                bodies[(start, named[0])] = named[1]
            elif own := self.own_bodies.match(lowered, k):
                bodies[(start, own[0])] = norm
            elif (head := self.local_chapters.match(lowered, k)) and (
                lowered[head[0] : head[0] + 1] in (("of",), ("in",)) and head[0] + 1 in places
            ):
                place = _as_written(view, head[0] + 1, places[head[0] + 1][0])
                bodies[(start, head[0])] = f"{norm} {_as_written(view, k, head[0])} of {place}"
        replace_inside(found, bodies)

    def _body_head(self, view: View, k: int, limit: int = 3) -> int | None:
        """The position of a body's head among the first ``limit`` capitalised words from ``k``
        (``Secretariat``, ``National Committee``), or None."""
        for j in range(k, min(k + limit, len(view.words))):
            if not is_capitalised(view.words[j]):
                return None
            if view.lowered[j] in self.sub_body_heads.words:
                return j
        return None

    def _add_sector_party_committees(self, view: View, found: dict[tuple[int, int], str]) -> None:
        """``Central Public Security Party Committee``, ``Government Party Committee``: capitalised words (no
        organisation's: a local committee is found before as a local body) before a capitalised ``Party
        Committee`` are one ORG named as written; the ``Party`` inside gives way."""
        words = view.words
        covered = positions_in(found)
        committees = {}
        for k in view.where(self.party_words):
            if words[k : k + 2] != ("Party", "Committee"):
                continue
            start = name_start(view, k, self.not_first, 4)
            if start < k and covered.isdisjoint(range(start, k)):
                committees[(start, k + 2)] = written_name(words[start : k + 2], HYPHEN)
        replace_inside(found, committees)

    def _add_local_bodies(
        self, view: View, places: dict[int, tuple[int, str]], found: dict[tuple[int, int], str]
    ) -> dict[int, str]:
        """``Hanoi People’s Committee``, ``Binh Phuoc provincial Border Guard Command``: a Vietnamese
        province or city, an optional qualifier and a local body, or the body and ``of`` the place (``Border
        Guard Command of Dak Nong``, ``… of the central province of Quang Tri``, and a foreign city's,
        subdivision's or region's: ``Military Command of Savannakhet``); ``Seoul Metropolitan Council``: a
        foreign city, subdivision or region, and a foreign local body. Named as written (straight quotes), the
        organisations inside give way to it; the local bodies listed right after one are the same place's (``Ho
        Chi Minh City Party Committee, People's Council and People's Committee``). Returns the Vietnamese ones'
        places (the place first) as written, by end."""
        index, lowered = place_index(), view.lowered
        bodies, home = {}, {}
        for start, (end, norm) in places.items():
            place = index.get(norm)
            if place is None:
                continue
            if place.kind == "province" or place.province_code:
                local_bodies = self.local_bodies
            elif place.kind in self.foreign_local_kinds:
                local_bodies = self.foreign_local_bodies
            else:
                continue
            if end < len(lowered) and lowered[end] in self.local_qualifiers:
                end += 1
            body = local_bodies.match(lowered, end)
            if body is None or not is_capitalised(view.words[end]):
                continue
            bodies[(start, body[0])] = _as_written(view, start, body[0])
            if local_bodies is self.local_bodies:
                home[body[0]] = _as_written(view, start, end)
            place, j = _as_written(view, start, end), body[0]
            while j + 1 < len(lowered) and lowered[j] in (",", "and"):  # ``…, People's Council and …``
                k = j + 1 + (lowered[j : j + 2] == (",", "and"))
                listed = local_bodies.match(lowered, k)
                if listed is None or not is_capitalised(view.words[k]):
                    break
                bodies[(k, listed[0])] = f"{place} {_as_written(view, k, listed[0])}"
                j = listed[0]
        for k in view.where(self.local_body_words):  # ``Border Guard Command of Dak Nong``
            if (after_of := self._body_before_of(view, self.local_bodies, k)) is None:
                continue
            end, norm = places.get(self._after_place_phrase(view, after_of), (None, ""))
            if (place := index.get(norm)) and (
                place.kind == "province" or place.province_code or place.kind in self.foreign_local_kinds
            ):
                bodies[(k, end)] = _as_written(view, k, end)
        # a known name that a body's head starts gives way to the body: ``Busan Metropolitan Council of the
        # Republic of Korea`` holds no ``Council of the Republic`` (Belarus's)
        heads = {end - 1 for _, end in bodies}
        for span in [span for span in found if span[0] in heads and span[1] > span[0] + 1]:
            del found[span]
        replace_inside(found, bodies)
        return home

    def _add_foreign_bodies_of(
        self,
        view: View,
        places: dict[int, tuple[int, str]],
        countries: dict[int, tuple[int, str]],
        found: dict[tuple[int, int], str],
    ) -> None:
        """``People's Government of China's Guangxi Zhuang Autonomous Region``: a foreign local body, ``of`` and
        a foreign city, subdivision or region, ``the`` or its country's possessive before it, no capitalised
        word before the body; named as written, the possessive read as ``the``."""
        lowered, index = view.lowered, place_index()
        for k in view.where(self.foreign_local_body_words):
            if (after_of := self._body_before_of(view, self.foreign_local_bodies, k)) is None:
                continue
            j = after_of
            if j in countries and countries[j][0] < len(lowered) and lowered[countries[j][0]] in POSSESSIVES:
                j = countries[j][0] + 1
            elif lowered[j : j + 1] == ("the",):
                j += 1
            else:
                continue  # ``Council of Europe``: neither ``the`` nor an owner before the place
            end, norm = places.get(j, (None, ""))
            if end is None or not ((place := index.get(norm)) and place.kind in self.foreign_local_kinds):
                continue
            if lowered[j - 1] == "the" and end < len(lowered) and lowered[end] in self.local_place_phrases:
                continue  # a description: ``Party Committee of the Mekong Delta province of Ben Tre``
            name = f"{_as_written(view, k, after_of)} the {_as_written(view, j, end)}"
            replace_inside(found, {(k, end): name})

    def _body_before_of(self, view: View, bodies: PhraseTable[str], k: int) -> int | None:
        """The position after the ``of`` that follows one of ``bodies`` capitalised at ``k`` and opening its
        name (no capitalised word before it but one of ``not_first``: not ``Vietnam Fatherland Front Committee
        of …``, ``Legislative Assembly of …``); None if there is none."""
        body = bodies.match(view.lowered, k)
        before = view.words[k - 1] if k else "the"
        if body is None or not is_capitalised(view.words[k]) or view.lowered[body[0] : body[0] + 1] != ("of",):
            return None
        return None if is_capitalised(before) and before not in self.not_first else body[0] + 1

    def _after_place_phrase(self, view: View, k: int) -> int:
        """The view position after ``the central province of`` at ``k`` (``k`` if no such phrase is there)."""
        if view.lowered[k : k + 1] != ("the",):
            return k
        for j in range(k + 1, min(k + 1 + MAX_PLACE_PHRASE_WORDS, len(view.words) - 1)):
            if is_capitalised(view.words[j]):
                break
            if view.lowered[j] in self.local_place_phrases and view.lowered[j + 1] == "of":
                return j + 2
        return k

    def _add_bare_local_bodies(
        self,
        view: View,
        places: dict[int, tuple[int, str]],
        named: dict[int, str],
        found: dict[tuple[int, int], str],
    ) -> None:
        """``the Party Committee, People’s Council …``: capitalised local bodies after ``the`` (and the next
        items of a list they start) or ``the city’s``, no ``of`` after them, are the bodies of the place of the
        last local body named before them (``Secretary of the Ho Chi Minh City Party Committee``); after ``the
        provincial`` or ``the municipal``, of the last province named before them (``Khanh Hoa Provincial
        People's Committee``, ``Ho Chi Minh City People's Committee``)."""
        words, lowered = view.words, view.lowered
        ends = sorted(named)
        bodies, last = {}, None
        for k in view.where(self.local_body_words):
            body = self.local_bodies.match(lowered, k)
            if body is None or not is_capitalised(words[k]) or (
                body[0] < len(lowered) and lowered[body[0]] == "of"
            ):
                continue
            before = bisect_right(ends, k) - 1
            owned = k >= 3 and lowered[k - 3 : k - 1] in (("the", "city"), ("the", "province")) and (
                lowered[k - 1] in POSSESSIVES
            )  # ``the city’s Party Committee``
            if before >= 0 and (
                lowered[k - 1] == "the" or owned or (last == k - 1 and lowered[k - 1] in (",", "and"))
            ):
                bodies[(k, body[0])] = f"{named[ends[before]]} {_as_written(view, k, body[0])}"
                last = body[0]
            elif k >= 2 and lowered[k - 2] == "the" and words[k - 1] in self.provincial_qualifiers and (
                province := _last_province(places, k, municipal=words[k - 1] in self.municipal_qualifiers)
            ):
                qualifier = self.provincial_qualifiers[words[k - 1]]
                bodies[(k, body[0])] = f"{province} {qualifier} {_as_written(view, k, body[0])}"
        replace_inside(found, bodies)

    def _add_head_first(
        self,
        view: View,
        places: dict[int, tuple[int, str]],
        nationalities: dict[int, tuple[int, str]],
        found: dict[tuple[int, int], str],
    ) -> None:
        """``Ministry of Education and Sports``, ``Committee for Bilateral Cooperation``: a capitalised head,
        ``of``/``for`` (and ``the`` before a portfolio word: ``Ministry of the Interior``) and capitalised
        portfolio words (the complement words of titles) or places, ``and`` or a comma between two of them,
        ``with`` before a place (``Committee for Solidarity with South Vietnam``),
        outside the known organisations; named as written. Not the head of a body named before it (``Central
        Committee of …``, ``People's Committee of …``), which a nationality or a word such as ``The`` does not
        do (``Indonesian Ministry of Trade``). A place with a possessive after it starts another body
        (``Ministry of Trade and Malaysia's …``). With a prefix before its head (``General Department of Defense
        Industry``) the body outgrows the known organisations inside it; a Vietnamese province or city before it
        is the body's own (``Ho Chi Minh City Committee for Overseas Vietnamese``)."""
        words, lowered = view.words, view.lowered
        owner = owners(found)
        place_ends = {end for end, _ in places.values()}
        nationality_ends = {end for end, _ in nationalities.values()}
        index = place_index()
        provinces = {  # a Vietnamese province or centrally-run city before the head owns the body
            end: start for start, (end, norm) in places.items()
            if (place := index.get(norm)) and place.kind == "province"
        }
        def portfolio(k: int) -> bool:
            return k < len(words) and is_capitalised(words[k]) and lowered[k] in self.portfolio_words

        for head in view.where(self.head_first_bodies):
            if not is_capitalised(words[head]) or head + 2 >= len(words):
                continue
            if lowered[head + 1] not in self.head_first_connectors:
                continue
            prefixed = head > 0 and lowered[head - 1] in self.head_first_prefixes and is_capitalised(
                words[head - 1]
            )
            before = words[head - 1] if head else ""
            # the head of a body named before it: ``Central Committee of …``, ``People's Committee of …``
            named_before = (
                (is_capitalised(before) and before not in self.not_first and head not in nationality_ends)
                or (before in POSSESSIVES and head - 1 not in place_ends)
                or after_bracketed_acronym(words, head - 3) == head  # ``… Front (VFF) Committee of …``
            )
            if named_before and not prefixed and head not in provinces:
                continue
            start = provinces[head] if named_before and not prefixed else head - prefixed
            end, j = None, head + 2
            if lowered[j] == "the" and portfolio(j + 1):
                j += 1  # ``the`` before a portfolio: ``Federal Ministry of the Interior``
            listed = None  # the end before a comma whose list has not yet closed with ``and``
            while j < len(words) and j not in view.newline_before:
                if j in places:
                    if places[j][0] < len(words) and words[places[j][0]] in POSSESSIVES:
                        break
                    j = end = places[j][0]
                elif portfolio(j):
                    j = end = j + 1
                elif words[j] in POSSESSIVES and end == j and portfolio(j + 1):  # ``Office of City People's …``
                    j += 1
                elif words[j] in ("and", ",") and (end == j or words[j - 1 : j + 1] == (",", "and")) and (
                    j + 1 < len(words) and (is_capitalised(words[j + 1]) or words[j + 1] == "and")
                ):  # ``Economic, Scientific, and Technical``
                    if words[j] == "and":
                        listed = None
                    elif listed is None:
                        listed = end
                    j += 1
                elif lowered[j] == "with" and end == j and j + 1 in places:
                    j += 1
                else:
                    break
            if listed is not None:  # a list ends with ``and``: not ``Department of Europe, Russia``
                end = listed
            owned_end = _owned_until(view, owner, head + 1 if end is None else end)
            if owned_end is not None:  # ``of the <organisation>`` after the portfolio
                end, prefixed = owned_end, True
            if end is not None:
                name = written_name(words[start:end], HYPHEN)
                _outgrow(found, owner, (start, end), name, inside_too=prefixed)

    def _add_units(self, view: View, found: dict[tuple[int, int], str]) -> None:
        """``Military Region 5 High Command``, ``Vietnam People's Navy Region 3 Command``, ``Infantry Division 1
        of the Lao People's Army``, ``4th Naval Region High Command``, ``Brigade 170``: capitalised words with a
        military one (none before a military head), a unit head, its number (or an ordinal before them), a
        command and an owning organisation if any, a unit too (``Division 308 of Army Corps 1``: the units are
        read from the last); named as written, the organisations inside give way to it."""
        words, lowered = view.words, view.lowered
        owner = owners(found)
        for head in sorted(view.where(self.unit_heads), reverse=True):
            if not is_capitalised(words[head]):
                continue
            start = name_start(view, head, self.not_first, 4)
            if start - 1 in owner:  # the organisation before a possessive: ``Vietnam People's Navy Region``
                start = owner[start - 1][0]
            if start in owner:
                start = owner[start][0]
            military = lowered[head] in self.military_unit_heads  # ``Brigade 170`` needs no military word
            if not (military or self.unit_words.intersection(lowered[start:head])):
                continue  # ``Economic Region 2`` is none
            after = head + 1
            if after < len(words) and words[after].isdigit():
                after += 1
            elif start and ORDINAL.match(words[start - 1]):
                start -= 1
            else:
                continue
            command = self.unit_commands.match(lowered, after)
            end = command[0] if command and is_capitalised(words[after]) else after
            end = _owned_until(view, owner, end) or end
            _outgrow(found, owner, (start, end), _as_written(view, start, end))

    def _add_sub_bodies(self, view: View, found: dict[tuple[int, int], str]) -> None:
        """``Army Command of the Royal Cambodian Armed Forces``: capitalised words ending in a body's head
        outside the known organisations, then ``of (the) <organisation>``, or up to the head before ``at (the)
        <organisation>`` (``Immigration Department at the Ministry of …``); named as written, without a
        bracketed acronym, the organisation inside gives way to it. So does a known organisation ending in such
        a head before another's ``of`` (``Central Committee``, the CPV's, of the Ho Chi Minh Communist Youth
        Union; ``Border Guard High Command``, Vietnam's, of the Lao People’s Army), named as the knowledge base
        names the whole if it does."""
        words = view.words
        owner = owners(found)
        for head in view.where(self.sub_body_heads):
            known = owner.get(head)
            if known and known[1] == head + 1 and (end := _owned_until(view, owner, known[1])):
                name = _as_written(view, known[0], end)
                _outgrow(found, owner, (known[0], end), organisation_names().get(name, name))
                continue
            if head in owner or not is_capitalised(words[head]):
                continue
            start = name_start(view, head, self.not_first, 4)
            end = _owned_until(view, owner, head + 1)
            if end is None and start < head and _owned_until(view, owner, head + 1, "at") is not None:
                end = head + 1  # a unit seated at a body, the body apart: ``Immigration Department at the …``
            alone = start == head and head and view.lowered[head - 1] == "the"  # ``the Command of …``
            if (start < head or alone) and end is not None and start not in owner:
                name = BRACKETED_ACRONYM.sub("", _as_written(view, start, end))
                _outgrow(found, owner, (start, end), name)

    def _add_portfolios(
        self,
        view: View,
        places: dict[int, tuple[int, str]],
        nationalities: dict[int, tuple[int, str]],
        found: dict[tuple[int, int], str],
    ) -> None:
        """``Cambodian Ministry of Foreign Affairs and International Cooperation``, ``Algerian Ministry of
        Foreign Affairs, National Community Abroad and African Affairs``: a ministry (or department) of the
        knowledge base after a foreign nationality goes on over more portfolios, ``and`` or a comma before
        each, up to a portfolio word after an ``and`` (``… African Cooperation and Moroccan Expatriates``);
        named as written. With no nationality before it, only portfolios ending the capitalised words do
        (``Ministry of Health and Welfare of …``, not ``Ministry of Health and Health Departments``). A post, a
        place or another organisation ends them; a body's head (``Agency``) after them makes them that body's
        name."""
        words, lowered = view.words, view.lowered
        foreign = {end for end, code in nationalities.values() if code != HOME}
        taken = places.keys() | {start for start, _ in found}
        # with no nationality before it, no nationality either: ``… and Vietnamese diplomatic missions``
        taken_unowned = taken | nationalities.keys()
        for (start, end), norm in list(found.items()):
            if not norm.startswith(self.portfolio_bodies) or end >= len(words):
                continue
            owned = start in foreign
            stops = taken if owned else taken_unowned
            j, last, joined = end, None, False
            while j < len(words) and j not in view.newline_before:
                if words[j] in (",", "and") and j + 1 < len(words) and is_capitalised(words[j + 1]):
                    joined = joined or words[j] == "and"
                    j += 1
                elif j > end and lowered[j] in self.org_heads:
                    last = None  # the words name another body: ``… and Defence Industry Agency``
                    break
                elif j > end and is_capitalised(words[j]) and words[j] not in self.posts and j not in stops:
                    j += 1
                    last = j if joined and lowered[j - 1] in self.portfolio_words else last
                else:
                    break
            if last is not None and (owned or j == last):  # ``Ministry of Health and Welfare``
                del found[(start, end)]
                found[(start, last)] = _as_written(view, start, last)

    def _add_nationalities(
        self,
        view: View,
        nationalities: dict[int, tuple[int, str]],
        countries: dict[int, tuple[int, str]],
        found: dict[tuple[int, int], str],
    ) -> None:
        """``French Foreign Ministry``, ``South Korean National Assembly``, ``New Zealand Ministry of Foreign
        Affairs and Trade``: a foreign nationality or country before a national body is part of it, and makes it
        that country's (``Vietnamese NA`` stays apart).

        An acronym bracketed after it (``Lao National Assembly (NA)``) names that country's body too, where
        no nationality stands before it. A foreign nationality or country before a head of
        ``nationality_heads`` names that country's body (``Japanese Government``, ``New Zealand Government``,
        ``Danish Parliament`` before ``Speaker``), unless a capitalised word other than a post goes on with the
        name or ``leader`` or ``chief`` makes it a post (``Singaporean Government's leader``).
        """
        words, lowered = view.words, view.lowered
        covered = positions_in(found)
        for start, (end, code) in (*nationalities.items(), *countries.items()):
            if code == HOME or end >= len(words) or end in covered or (
                end in view.newline_before or words[end] not in self.nationality_heads
            ):
                continue
            after = end + 1 + (end + 1 < len(words) and lowered[end + 1] in POSSESSIVES)
            named_on = end + 1 < len(words) and is_capitalised(words[end + 1]) and (
                words[end + 1] not in self.posts  # ``Danish Parliament Speaker``
            )
            post = after < len(words) and lowered[after].removesuffix("s") in self.organisation_heads
            if not named_on and not post:
                found[(start, end + 1)] = f"{words[end]} of {self._country_name(code)}"
        before = _by_end_on_line(view, {**countries, **nationalities})
        relinked: set[str] = set()  # acronyms whose every mention has been relinked
        for (start, end), norm in list(found.items()):
            nationality, code = before.get(start, (None, HOME))
            owner = next((c for prefix, c in self.one_country_bodies.items() if norm.startswith(prefix)), None)
            if owner and code not in (HOME, owner):  # ``Australian Department of Defense``
                del found[(start, end)]
                found[(nationality, end)] = f"{_as_written(view, start, end)} of {self._country_name(code)}"
            elif code != HOME and norm.startswith(self.national_bodies):
                del found[(start, end)]
                foreign = self._body_of(norm, code)
                found[(nationality, end)] = foreign
                if after_bracketed_acronym(view.words, end) and view.words[end + 1] not in relinked:
                    relinked.add(view.words[end + 1])
                    for i in view.occurrences(view.words[end + 1]):
                        if found.get((i, i + 1)) == norm and i not in before:
                            found[(i, i + 1)] = foreign

    def _add_owning_countries(
        self, view: View, countries: dict[int, tuple[int, str]], found: dict[tuple[int, int], str]
    ) -> None:
        """``Ministry of Foreign Affairs of Japan``: a national body and ``of (the) <country>`` are one ORG,
        that country's body (Viet Nam's as it is: ``Ministry of Public Security of Vietnam``); after a foreign
        country's possessive, a body of the knowledge base alone is that country's (``Thailand's Ministry of
        Defence``; ``Egypt's Ministry of Local Development`` stays as written, as the dev gold has it), and so
        is one right after a foreign country, which it takes in (``RoK NA``). A bare ``Government`` and ``of
        (the) <country>`` are that country's government (``Government of Papua New Guinea``, ``Royal Government
        of Cambodia``)."""
        for k in view.where(GOVERNMENT):
            country = countries.get(_after(view, k + 1))
            if country and is_capitalised(view.words[k]) and not any(s <= k < e for s, e in found):
                start = k - (k > 0 and view.words[k - 1] == ROYAL)
                found[(start, country[0])] = self._body_of(GOVERNMENT_NORM, country[1])
        ends = _by_end_on_line(view, countries)
        owner = {  # the word after ``'s``, or after ``(RoK)'s``
            (after_bracketed_acronym(view.words, end) or end) + 1: code for end, (_, code) in ends.items()
        }
        for (start, end), norm in list(found.items()):
            if not norm.startswith(self.national_bodies):
                continue
            if country := countries.get(_after(view, end)):
                del found[(start, end)]
                found[(start, country[0])] = norm if country[1] == HOME else self._body_of(norm, country[1])
            elif norm in self.known_norms and ends.get(start, (start, HOME))[1] != HOME:
                del found[(start, end)]  # a foreign country right before: ``RoK NA``
                found[(ends[start][0], end)] = self._body_of(norm, ends[start][1])
            elif norm in self.known_norms and owner.get(start, HOME) != HOME and (
                view.words[start - 1] in POSSESSIVES
            ):
                found[(start, end)] = self._body_of(norm, owner[start])
                if after_bracketed_acronym(view.words, end) and found.get((end + 1, end + 2)) == norm:
                    found[(end + 1, end + 2)] = found[(start, end)]  # its acronym: ``National Assembly (NA)``

    def _add_parties(
        self,
        view: View,
        places: dict[int, tuple[int, str]],
        nationalities: dict[int, tuple[int, str]],
        countries: dict[int, tuple[int, str]],
        found: dict[tuple[int, int], str],
    ) -> None:
        """``Communist Party of Belarus``, ``Communist Youth League of Belarus``: capitalised words, a party
        head (and its bracketed acronym, which names the party elsewhere too: ``Labour Party (PT) of Mexico``)
        and ``of (the) <country>`` are one ORG; so are capitalised words and ``Party`` with no country after
        it (``the ruling Nur Otan Party``), unless a place or a nationality is among them or a body or post
        goes on with it (``Hanoi Party Committee``, ``Party Central Committee``). Named as the knowledge base
        names them (an acronym left out), as the known organisation before a bare ``Party`` (``FLN Party``), or
        as written; the bare ``Party`` inside gives way."""
        words = view.words
        owner = owners(found)
        placed = positions_in((s, e) for s, (e, _) in (*places.items(), *nationalities.items()))
        for head in view.where(self.country_party_heads):
            if not is_capitalised(words[head]):
                continue
            start = name_start(view, head, self.not_first, self.max_company_words)
            close = after_bracketed_acronym(words, head + 1) if head + 1 < len(words) else None
            country = countries.get(_after(view, close or head + 1))
            after = words[head + 1] if head + 1 < len(words) else ""
            if country:
                end = country[0]
            elif words[head] == self.named_party_head and after.lower() not in self.party_followers and (
                placed.isdisjoint(range(start, head))
            ):
                end, close = head + 1, None
            else:
                continue
            if start < head and (start, end) not in found:
                name = _as_written(view, start, end)
                if close:  # ``Labour Party (PT) of Mexico``: named without its acronym, which names it too
                    name = f"{_as_written(view, start, head + 1)} {_as_written(view, close, end)}"
                    for i in view.occurrences(words[head + 2]) if close == head + 4 else ():
                        found[(i, i + 1)] = name
                known = found.get((start, head)) if end == head + 1 else None  # ``FLN Party``: the FLN's norm
                _outgrow(found, owner, (start, end), organisation_names().get(name) or known or name)

    def _add_institutions(
        self,
        view: View,
        nationalities: dict[int, tuple[int, str]],
        countries: dict[int, tuple[int, str]],
        found: dict[tuple[int, int], str],
    ) -> None:
        """``RMIT University``, ``University of Malaya``, ``Hanoi - Amsterdam High School for the Gifted``,
        ``Vietnam Fine Arts Association``, ``Cambodia Development Council``:
        capitalised words before an institution head (a foreign institution head only after a foreign country
        or nationality, or after two words or more with no known body or country among them: ``Foreign Policy
        Advisory Committee``) and its ``of/for`` complement (none after a number: ``Engineering Unit Rotation
        2`` + ``of Vietnam``), named as written; ``Vietnamese`` opening them stays outside (``Vietnamese
        Level-2 Field Hospital Rotation 5``), a foreign nationality inside."""
        words, lowered = view.words, view.lowered
        institutions = {}
        stops, limit = self.institution_stops, self.institution_max_words
        levels = self.institution_levels
        topics = self.portfolio_words  # ``Disaster and Dyke Management Authority``
        named = list(named_heads(view, self.institution_heads, stops, limit, levels, topics))
        foreign = named_heads(view, self.foreign_institution_heads, stops, limit, levels, topics)
        openers = nationalities | countries
        owner = owners(found)
        foreign_heads = set()
        for start, head in foreign:
            complemented = self._institution_complement(view, head + 1, foreign=True) > head + 1 and (
                lowered[head + 1] in self.lone_word_connectors
            )
            if openers.get(start, (start, HOME))[1] != HOME or (
                head - start >= (1 if complemented else 2)
                and not any(k in owner or k in openers for k in range(start, head))
            ):
                named.append((start, head))
                foreign_heads.add(head)
        numbered = {  # head → the end of its number: ``Level-2 Field Hospital No.2``
            head: after for head in view.where(self.institution_heads)
            if is_capitalised(words[head]) and (after := self._numbered_until(view, head + 1)) is not None
        }
        numbered_named = [(name_start(view, head, stops, limit, levels), head) for head in numbered]
        for start, head in [*named, *numbered_named]:
            # ``Hanoi-based Military Medical University``: named after the modifier, however generic its words
            based = [
                k + 1 for k in range(start + 1, head)
                if lowered[k] in self.hyphen_modifiers and words[k - 1] == "-"
            ]
            start = based[-1] if based else start
            nationality_end, code = nationalities.get(start, (start, None))
            if code == HOME and nationality_end < head and words[nationality_end] not in HYPHEN:
                start = nationality_end
            after = numbered.get(head, head + 1)  # a number ends the name
            end = after if head in numbered else self._institution_complement(
                view, after, countries=countries, foreign=head in foreign_heads
            )
            if head in owner:  # not past a known body over the head: ``… of Politics Nguyen Xuan Thang``
                end = min(end, owner[head][1])
            if head not in numbered and end == after and not based and all(
                word in self.institution_generic for word in lowered[start:head]
            ):
                continue  # ``the National University``, ``the Institute``; not ``Military Hospital 108``
            institutions[(start, end)] = NUMBER_SIGN.sub("No.", written_name(words[start:end], HYPHEN))
        for span, name in institutions.items():
            if span not in found:
                _outgrow(found, owner, span, name)

    def _numbered_until(self, view: View, k: int) -> int | None:
        """End of the institution number at view position ``k`` (``No.2``, ``No. 2``, ``3``, ``Rotation 4``), or
        None."""
        words = view.words
        if k < len(words) and (NUMBERED.fullmatch(words[k]) or SMALL_NUMBER.fullmatch(words[k])):
            return k + 1
        if k + 1 < len(words) and view.lowered[k] in self.institution_numbers and words[k + 1].isdigit():
            return k + 2
        if k + 2 < len(words) and view.lowered[k] in self.institution_numbers and words[k + 1] == "." and (
            words[k + 2].isdigit()
        ):  # ``No. 4``, its period apart
            return k + 3
        return None

    def _institution_complement(
        self, view: View, k: int, connectors: frozenset[str] | None = None,
        countries: dict[int, tuple[int, str]] | None = None, foreign: bool = False,
    ) -> int:
        """End of ``of/for`` (or one of ``connectors``) and capitalised words joined by ``and``, ``the``,
        hyphens (a lower-case word too after a hyphen, a number or year after an acronym: ``for AIPA 41``; a
        comma before a list of portfolio words) from ``k`` (or ``k``), no calendar word among them; one of
        ``countries`` is taken whole and ends it (``… of the Democratic People’s Republic of Korea``), or ends
        it before ``and`` if one came before it. A ``foreign`` head's complement may open with ``on`` too, and
        ``of`` joins inside it (``Committee on the Settlement of Post-War UXO …``), but not before a country
        (``… Region`` + ``of Vietnam``); it ends before a Vietnamese family name and another capitalised word.
        Any complement ends before a name after a portfolio word."""
        words, lowered = view.words, view.lowered
        connectors = self.foreign_connectors if foreign else connectors or self.institution_connectors
        joiners = self.foreign_joiners if foreign else self.institution_joiners
        if k >= len(words) or lowered[k] not in connectors:
            return k
        end, j, joined = k, k + 1, None
        while j < len(words) and j not in view.newline_before:
            if countries and j in countries:  # after ``and``, the next item: ``… and the China …``
                return countries[j][0] if joined is None else end
            if lowered[j] in self.institution_heads.words or lowered[j] in self.foreign_institution_heads.words:
                # the next institution, with its own words: ``… for the Gifted and the Institute of …``,
                # ``… for Defense Strategy and the Vietnamese Academy …``, ``… and the China … Commission``
                return end if joined is None else min(end, joined)
            if foreign and j > k + 1 and lowered[j] in family_names() and (
                j + 1 < len(words) and is_capitalised(words[j + 1])
            ):
                break  # a person's name after the body's: ``… for Southwest Region Tran Van Son``
            if j > k + 1 and self._name_after_portfolio(view, j):
                break  # ``… of Commerce and Industry Clement Osei Amoako``
            name_word = is_capitalised(words[j]) and words[j] not in self.institution_stops
            if (name_word and not is_calendar_word(words[j])) or (
                words[j - 1] in HYPHEN and words[j].isalpha()  # ``of Ile-de-France``
            ):
                j = end = j + 1
            elif end == j and words[j - 1].isupper() and (
                SMALL_NUMBER.fullmatch(words[j]) or YEAR.match(words[j])
            ):
                j = end = j + 1  # an acronym's session or year: ``for AIPA 41``, ``for APEC 2027``
            elif lowered[j] in joiners:
                joined = j if lowered[j] in ("and", "of") else joined  # an inner ``of`` owns no country
                j += 1
            elif words[j] == "," and end == j and (
                listed := list_end(words, j, partial(self._portfolios_end, words))
            ):
                return listed  # a list of portfolios ends it: ``for Economic, Trade and Investment …``
            else:
                break
        return end

    def _name_after_portfolio(self, view: View, j: int) -> bool:
        """Whether two capitalised words at ``j`` that are no portfolio words follow one that is: a person's
        name after a body's (``Chamber of Deputies Jerges Mercado``)."""
        words, lowered = view.words, view.lowered
        return (
            j + 1 < len(words) and words[j - 1].isalpha() and lowered[j - 1] in self.portfolio_words
            and all(
                is_capitalised(words[i]) and words[i].isalpha() and lowered[i] not in self.portfolio_words
                for i in (j, j + 1)
            )
        )

    def _add_addresses(self, view: View, found: dict[tuple[int, int], str]) -> None:
        """``hanoimoi.com.vn``, ``www.qdnd.vn``: a site's bare address names the body running it."""
        for k, word in enumerate(view.words):
            if "." in word and (k, k + 1) not in found and (norm := self.addresses.norm(word)):
                found[(k, k + 1)] = norm

    def _add_companies(self, view: View, found: dict[tuple[int, int], str]) -> None:
        """``Partron Vina``, ``Viettel Group``: capitalised words before a company suffix, as written unless
        known with the suffix; a known organisation inside gives way (``Hyosung Corporation``). A suffix right
        after an organisation (a comma between them aside) goes on its name: ``China Energy International
        Group Co. Ltd.``"""
        words = view.words
        owner = owners(found)
        for suffix in view.where(self.company_suffixes):
            before = suffix - 1 - (suffix > 1 and words[suffix - 1] == ",")
            named = owner.get(before)
            if named and named[1] == before + 1 and is_capitalised(words[suffix]):
                _outgrow(found, owner, (named[0], suffix + 1), _as_written(view, named[0], suffix + 1))
                continue
            start = name_start(view, suffix, self.not_first, self.max_company_words)
            if start < suffix and is_capitalised(words[suffix]) and (start, suffix + 1) not in found:
                _outgrow(found, owner, (start, suffix + 1), written_name(words[start : suffix + 1], HYPHEN))

    def _add_topic_bodies(self, view: View, found: dict[tuple[int, int], str]) -> None:
        """``ADMM+ Experts’ Working Group on Peacekeeping Operations``: a capitalised topic head, the
        capitalised words before it (a plural possessive among them) and its ``on/for`` subject up to the next
        such body, named as written; the organisations inside give way to it."""
        words = view.words
        named = []  # (start, end of the head)
        for head in view.where(self.topic_head_words):
            match = self.topic_heads.match(view.lowered, head)
            if match is None or not is_capitalised(words[head]):
                continue
            start = head
            while start > 0:
                if is_capitalised(words[start - 1]) and words[start - 1] not in self.not_first:
                    start -= 1
                elif start > 1 and words[start - 1] == "'" and (
                    words[start - 2].endswith("s") and is_capitalised(words[start - 2])
                ):
                    start -= 2  # ``Experts’``
                else:
                    break
            named.append((start, match[0]))
        bodies = {}
        for k, (start, head_end) in enumerate(named):
            next_start = named[k + 1][0] if k + 1 < len(named) else len(words)
            end = min(self._institution_complement(view, head_end, self.topic_connectors), next_start)
            while end > head_end and view.lowered[end - 1] in self.institution_joiners:
                end -= 1  # ``… Operations and the`` before the next body
            if end > head_end:
                bodies[(start, end)] = _as_written(view, start, end)
        replace_inside(found, bodies)

    def _add_missions(
        self,
        view: View,
        places: dict[int, tuple[int, str]],
        countries: dict[int, tuple[int, str]],
        nationalities: dict[int, tuple[int, str]],
        found: dict[tuple[int, int], str],
    ) -> None:
        """``Dutch Embassy in Vietnam``, ``Embassy of Vietnam in Japan``, ``Vietnamese Mission to the UN``.

        A country or nationality before a mission head (or ``of``, ``the`` if any, and a country after it),
        then ``to`` and an organisation, then ``in`` and a place (``in the UK``); the norm names the mission
        in full (``Embassy of the Netherlands in Vietnam``, ``Permanent Mission of Vietnam to the United
        Nations``).
        """
        words, lowered = view.words, view.lowered
        covered = positions_in(found)
        before = _by_end_on_line(view, {**countries, **nationalities})
        bodies = {start: (end, norm) for (start, end), norm in found.items()}
        for i in view.where(self.mission_head_words):
            match = self.mission_heads.match(lowered, i)
            if match is None or not is_capitalised(words[i]):
                continue
            end, head = match
            of = _after(view, end)  # ``of the Republic of India``
            if of in countries:
                start, (end, code) = i, countries[of]
            elif i in before:
                start, code = before[i]
            else:
                continue
            name = f"{head} of {self._country_name(code)}"
            inner = range(0)  # the organisation a mission is to, which gives way to it
            if (to := _after(view, end, "to")) in bodies:
                end, body = bodies[to]
                inner, name = range(to, end), f"{name} to {'the ' * (lowered[to - 1] == 'the')}{body}"
            elif lowered[i] in self.missions_to:
                continue
            at = end + 1 + (lowered[end + 1 : end + 2] == ("the",))  # ``in the UK``
            if at < len(words) and lowered[end] == "in" and at in places:
                place_end, norm = places[at]
                where = (
                    self._country_name(norm) if at in countries else written_name(words[at:place_end], HYPHEN)
                )
                name, end = f"{name} in {where}", place_end
            if covered.isdisjoint(k for k in range(start, end) if k not in inner):
                found.pop((inner.start, inner.stop), None)
                found[(start, end)] = name
                covered.update(range(start, end))

    def _body_of(self, norm: str, code: str) -> str:
        """A national body's norm (Viet Nam's in the knowledge base) made the body of the country ``code``, as
        the knowledge base names it if it holds it (``National Assembly of People's Power of Cuba``)."""
        name = f"{norm.removesuffix(' of Vietnam')} of {self._country_name(code)}"
        return organisation_names().get(name, name)

    def _country_name(self, code: str) -> str:
        """A country's name in a mission's norm: ``the Netherlands``."""
        return self.mission_country_names.get(code) or place_index()[code].names[0]

    @staticmethod
    def _add_un_prefixed(found: dict[tuple[int, int], str]) -> None:
        """``UN Food and Agriculture Organisation``: the UN right before one of its bodies is part of it."""
        un_ends = {end: start for (start, end), norm in found.items() if norm == UNITED_NATIONS}
        replace_inside(found, {
            (un_ends[start], end): norm for (start, end), norm in found.items()
            if start in un_ends and UNITED_NATIONS in norm and norm != UNITED_NATIONS
        })

    def _foreign_parties(
        self,
        view: View,
        countries: dict[int, tuple[int, str]],
        nationalities: dict[int, tuple[int, str]],
        found: dict[tuple[int, int], str],
    ) -> None:
        """``the Lao Party``, ``the Party, State and people of China``, ``the Party, State, the SFDCM, and the
        Cambodian people``: that country's ruling party (organisations may stand in the list); a national
        body in the list is that country's too (``the Party, State, National Assembly and people of Cuba``)."""
        words, lowered = view.words, view.lowered
        nationality = {end: code for end, code in nationalities.values()}
        organisation_end = {start: end for start, end in found}
        for (start, end), norm in list(found.items()):
            if norm != self.home_party or end - start != 1 or words[start] != "Party":
                continue
            j = end
            listed = []
            while j < len(words) and j - end < MAX_PARTY_LIST:
                if j in organisation_end:
                    listed.append((j, organisation_end[j]))
                    j = organisation_end[j]
                elif lowered[j] in self.party_list_words:
                    j += 1
                else:
                    break
            after = countries.get(j + 1) if j < len(words) and lowered[j] == "of" else None
            people = nationalities.get(j)
            if people and not (people[0] < len(words) and lowered[people[0]] in self.peoples):
                people = None
            code = nationality.get(start) or (after or people or (None, None))[1]
            if code in self.ruling_parties:
                found[(start, end)] = self.ruling_parties[code]
            if code not in (None, HOME):
                for body in listed:
                    if found[body].startswith(self.national_bodies):
                        found[body] = self._body_of(found[body], code)

    def _owned_communist_parties(
        self, view: View, countries: dict[int, tuple[int, str]], found: dict[tuple[int, int], str]
    ) -> None:
        """``China's Communist Party``: a bare ``Communist Party`` after a country's possessive is that
        country's ruling party when it is a communist one."""
        parties = {**self.ruling_parties, HOME: self.home_party}
        owners = {end: code for end, code in countries.values()}
        for start, end in list(found):
            owned = start and view.lowered[start - 1] in POSSESSIVES
            if owned and view.words[start:end] == ("Communist", "Party"):
                party = parties.get(owners.get(start - 1), "")
                if party.startswith("Communist Party"):
                    found[(start, end)] = party

    def _add_bare_party_bodies(self, view: View, found: dict[tuple[int, int], str]) -> None:
        """``the Politburo, the Secretariat``: a bare party body is the Communist Party of Vietnam's where the
        document names that party or another of its bodies."""
        if not any(self.home_party in norm for norm in found.values()):  # in its bodies' norms too
            return
        words, covered = view.words, positions_in(found)
        for k in view.where(self.bare_party_body_words):
            if is_capitalised(words[k]) and k not in covered and not (k and is_capitalised(words[k - 1])) and (
                view.lowered[k + 1 : k + 2] != ("of",)
            ):
                found[(k, k + 1)] = self.bare_party_bodies[view.lowered[k]]

    def _is_party_work(self, view: View, m: Match) -> bool:
        """A bare ``Party`` before a noun of its work, in any case, is a modifier (``Party building``, ``the
        Party channel``, ``Party Secretaries``, ``the Party Committees of Hanoi and La Habana``), and so is
        either side of ``Party-to-Party``, ``Party`` before a plural body (two parties, not the CPV: ``the
        Party Central Committees``) and after ``each`` (``each Party's foreign relations``)."""
        if m.key != self.home_party or m.end - m.start != 1:
            return False
        words, word = view.words, view.words[m.start]
        reciprocal = words[m.end : m.end + 4] == ("-", "to", "-", word) or (
            words[max(0, m.start - 4) : m.start] == (word, "-", "to", "-")
        )
        plural = self.plural_party_bodies.match(view.lowered, m.end) is not None
        distributive = m.start > 0 and view.lowered[m.start - 1] in self.party_distributives
        return reciprocal or plural or distributive or self._shared(view, m.start) or (
            m.end < len(view) and view.lowered[m.end] in self.party_work_words
        )

    def _shared(self, view: View, k: int) -> bool:
        """Whether the possessive of two countries stands before ``k``, across a few lower-case modifiers:
        ``the two countries' high-ranking Party …``."""
        lowered, j = view.lowered, k
        while j > 0 and k - j < self.shared_owners["max_modifiers"] and (
            view.words[j - 1].islower() or view.words[j - 1] in HYPHEN
        ) and lowered[j - 1] not in POSSESSIVES:
            j -= 1
        return j >= 3 and lowered[j - 1] in POSSESSIVES and lowered[j - 2] in self.shared_owners["nouns"] and (
            lowered[j - 3] in self.shared_owners["counts"]
        )

    def _holiday_start(self, lowered: tuple[str, ...], end: int) -> int | None:
        """Where a holiday ending at ``end`` starts (the longest), None if none ends there."""
        starts = (end - len(h) for h in self.holidays if lowered[max(0, end - len(h)) : end] == h)
        return min(starts, default=None)

    def _heads_body_or_post(self, word: str) -> bool:
        """Whether lower-cased ``word`` heads a body or a post (``ministry``, ``president``): its ``of`` opens
        a complement, not the inside of an event's name."""
        return word in self.org_heads or word.title() in self.posts

    def _is_name_word(self, word: str) -> bool:
        return is_capitalised(word) or bool(ORDINAL.match(word)) or bool(YEAR.match(word))

    def _portfolios_end(self, words: tuple[str, ...], k: int) -> int | None:
        """End of the capitalised portfolio words from ``k``, a hyphen between two of them (``Technical
        Cooperation``, ``Scientific-Technical Cooperation``); None if none."""

        def portfolio(j: int) -> bool:
            return j < len(words) and is_capitalised(words[j]) and words[j].lower() in self.portfolio_words

        j = k
        while portfolio(j) or (j > k and words[j] in HYPHEN and portfolio(j + 1)):
            j += 1
        return j if j > k else None

    def _events(
        self,
        view: View,
        places: dict[int, tuple[int, str]],
        countries: dict[int, tuple[int, str]],
        pairs: dict[int, tuple[int, int]],
        organisations: dict[int, str],
        within: set[int],
    ) -> list[tuple[int, int]]:
        """Capitalised event heads, the name before them (not an owner's possessive) and their complement;
        ``organisations`` maps the end of each body found to its norm, ``within`` holds their positions.

        None is named after ``a``/``an`` unless a country pair opens it (``attended a Vietnam-RoK Business
        Forum``). A pair head (``Year``) makes an event only when a country pair is in
        the name, or a country before it hosts it in another (``Russia Year in Vietnam``); an ordinal head
        (``General Assembly``) only when an ordinal opens it; a year head (``Day``) only with a year after it,
        or a place right before it, which alone names it then (``Belarus Day``, ``Hanoi Days``), or a qualifier
        after a name (``Vietnam Culture Days``).
        """
        country_ends = by_end(countries)
        place_ends = by_end(places)
        owner_ends = place_ends.keys() | organisations.keys()  # an owner of the event after its possessive
        words, lowered = view.words, view.lowered
        spans: list[tuple[int, int]] = []
        for i in view.where(self.event_heads):
            word = words[i]
            if not is_capitalised(word):
                continue
            if spans and spans[-1][1] > i:
                continue
            start = i
            while start > 0 and words[start] not in self.not_first and start not in view.newline_before:
                if (
                    start > 3 and after_bracketed_acronym(words, start - 3) == start
                    and (self._is_name_word(words[start - 4]) or words[start - 4] in POSSESSIVES)
                ):
                    start -= 3  # ``ASEAN Economic Committee (AEC) Council Meeting``, ``… (AEM) Meeting``
                elif (
                    start > 2 and words[start - 2] in ("-", "+") and words[start - 1].isalnum()
                    and self._is_name_word(words[start - 3])
                ):
                    start -= 1  # a hyphened name's lower part, a count: ``Shangri-la Dialogue``, ``ASEAN+3``
                elif start > 2 and words[start - 2] in self.track_words and (
                    words[start - 1] in self.track_numbers
                ):
                    start -= 2  # ``Mekong-US Partnership Track 1.5 Policy Dialogue``
                elif (
                    self._is_name_word(words[start - 1]) or words[start - 1] in self.joiners
                ) and not (
                    words[start - 1] in POSSESSIVES and (start - 1 in owner_ends or words[start - 2] == ")")
                ):
                    start -= 1  # not over an owner's possessive: ``Việt Nam’s``, ``the CPV’s …``, ``(WEF)’s``
                elif start > 1 and words[start - 1] in self.inner_joiners and (
                    (
                        is_capitalised(words[start]) and is_capitalised(words[start - 2])
                        and words[start - 2] not in self.not_first
                        and lowered[start - 2] not in self.event_heads  # two events: ``ASEAN Summit and EAS``
                        and not (words[start - 1] == "of" and self._heads_body_or_post(lowered[start - 2]))
                    ) or (ORDINAL.match(words[start]) and ORDINAL.match(words[start - 2]))
                ):
                    start -= 1  # ``Import and Export Fair``, ``Future of Asia Forum``, ``40th and 41st …``
                else:
                    break
            while start < i and (words[start] in self.joiners or words[start] in self.not_first):
                start += 1
            if start and lowered[start - 1] in ARTICLES and start not in pairs:
                continue  # ``establish a Strategic Dialogue``: a kind of event, none named; a pair names one
            if start and words[start - 1] == "," and lowered[i][:-1] in self.event_heads:
                continue  # a plural head a list shares: ``the ASEAN-US, ASEAN+3 Foreign Ministers’ Meetings``
            if i in within and not ORDINAL.match(words[start]):
                continue  # a known body named by an event's head: ``National People's Congress (of China)``
            if lowered[i] in self.ordinal_head_words and not self._is_numbered_session(
                view, start, i, organisations, within
            ):
                continue
            end = self._complement_end(view, i + 1)
            yearly = YEAR.match(words[end - 1]) is not None
            holiday = self._holiday_start(lowered, i + 1)
            if holiday and holiday > 1 and not yearly and YEAR.match(words[holiday - 1]) and (
                lowered[holiday - 2] == "the" and not (end < len(words) and is_capitalised(words[end]))
            ):
                spans.append((holiday - 1, end))  # the year before it: ``the 2026 Lunar New Year``
                continue
            if lowered[i] in self.year_heads and not yearly:
                if i in place_ends:
                    start = place_ends[i][0]  # a place's day: ``Belarus Day``
                elif not (start < i - 1 and lowered[i - 1] in self.year_head_qualifiers):
                    continue  # a holiday, not one year of it: ``National Day``
            if holiday is not None and yearly:
                spans.append((holiday, end))  # one year's holiday: ``Lunar New Year 2025``
                continue
            if not yearly and self._holiday_start(lowered, i) is not None:
                continue  # the holiday itself: ``Lunar New Year Festival``
            if words[end : end + 1] == (self.acronym_suffix,):  # ``… Meeting Plus``, ``… Conference Plus One``
                end += 1 + (end + 1 < len(words) and words[end + 1] in self.suffix_counts)
            if end - start < 2 and lowered[i] not in self.solo_heads:
                continue
            if lowered[i] in self.pair_heads:
                hosted = i in country_ends and lowered[i + 1 : i + 2] == ("in",) and countries.get(i + 2)
                if hosted:  # ``Vietnam Year in Russia``: one country's year in another, the name no longer
                    start, end = country_ends[i][0], hosted[0]
                elif not any(start <= k and joiner < i for k, (joiner, _) in pairs.items()):
                    continue  # ``Year`` without a country pair in the name
                start = _with_reversed_pair(words, start, pairs, countries)
            spans.append((start, end))
        covered = positions_in(spans)
        for span in [
            *self._named(view), *self._sessions(view), *self._historic(view),
            *self._numbered_paired(view, pairs),
            *((m.start, self._complement_end(view, m.end)) for m in self.recurring.longest(view)
              if not _before_agency(words, m.end)),
        ]:
            if covered.isdisjoint(range(*span)):
                spans.append(span)
                covered.update(range(*span))
        return self._with_back_references(view, _with_acronyms(view, sorted(spans), self.acronym_suffix))

    def _historic(self, view: View) -> list[tuple[int, int]]:
        """Past events known by name, not a holiday named after one (``National Reunification Day``)."""
        lowered = view.lowered
        return [(m.start, m.end) for m in self.historic.longest(view) if lowered[m.end : m.end + 1] != ("day",)]

    def _numbered_paired(self, view: View, pairs: dict[int, tuple[int, int]]) -> list[tuple[int, int]]:
        """``fifth Vietnam-Philippines defence policy dialogue``, ``first Vietnam-Laos-Cambodia border defence
        friendship exchange``: an ordinal (and a lower-case word: ``29th annual``), a chain of countries joined
        by pair joiners, and lower-case words (at most ``MAX_PAIRED_WORDS``, hyphened ones too) up to a
        lower-case event head."""
        words, lowered = view.words, view.lowered
        spans = []
        for start, (joiner, end) in pairs.items():
            ordinal = next((k for k in (start - 1, start - 2) if k >= 0 and ORDINAL.match(words[k])), None)
            if ordinal is None or (ordinal < start - 1 and not words[start - 1].islower()):
                continue
            while joiner + 1 in pairs:  # ``Vietnam-Laos-Cambodia``
                joiner, end = pairs[joiner + 1]
            j = end
            while j < len(words) and j - end < MAX_PAIRED_WORDS and (words[j].islower() or words[j] in HYPHEN):
                if lowered[j] in self.event_heads:
                    spans.append((ordinal, j + 1))
                    break
                j += 1
        return spans

    def _is_numbered_session(
        self, view: View, start: int, head: int, organisations: dict[int, str], within: set[int]
    ) -> bool:
        """``88th INTERPOL General Assembly``: an ordinal opens the name, which ends in an ordinal head (not
        ``UN General Assembly``); a one-word head right after an organisation (``150th IPU Assembly``), right
        after the ordinal with ``of (the)`` and an organisation after it (``147th Assembly of the
        Inter-Parliamentary Union``) or ending one that is no national legislature (``41st ASEAN
        Inter-Parliamentary Assembly``, not ``15th National Assembly``); ``organisations`` maps the end of each
        to its norm, ``within`` holds their positions."""
        ended = organisations.get(head + 1)
        owner = head + 2 + (view.lowered[head + 2 : head + 3] == ("the",))
        owned = start == head - 1 and view.lowered[head + 1 : head + 2] == ("of",) and owner in within
        return bool(ORDINAL.match(view.words[start])) and any(
            view.lowered[head + 1 - len(h) : head + 1] == h and (
                len(h) > 1 or head in organisations or owned
                or (ended is not None and not ended.startswith(self.national_body_heads))
            )
            for h in self.ordinal_heads
        )

    def _named(self, view: View) -> list[tuple[int, int]]:
        """``Typhoon Yagi``, ``Super Typhoon Kong-rey``: a capitalised head before a one-word name (hyphened
        too); ``Typhoons Bualoi and Matmo``: each of the names a plural head lists, the head left out."""
        words, lowered = view.words, view.lowered

        def name_end(k: int) -> int | None:
            name = words[k] if k < len(words) else ""
            if not (
                is_capitalised(name) and name.isalpha() and name not in self.not_first
                and name not in self.number_words and not is_calendar_word(name)
            ):
                return None
            hyphened = words[k + 1 : k + 2] == ("-",) and k + 2 < len(words) and words[k + 2].isalpha()
            return k + 3 if hyphened else k + 1

        spans = []
        for i in view.where(self.named_heads):
            if not is_capitalised(words[i]) or (end := name_end(i + 1)) is None:
                continue
            if lowered[i].endswith("s") and lowered[i][:-1] in self.named_heads:  # a plural head
                spans.extend(_listed_names(lowered, i + 1, name_end))
                continue
            qualified = i > 0 and is_capitalised(words[i - 1]) and lowered[i - 1] in self.named_head_qualifiers
            spans.append((i - qualified, end))
        return spans

    def _sessions(self, view: View) -> list[tuple[int, int]]:
        """``AIPA-45``, ``IPU-132``, ``AMM-57``, ``APPF28``: a known acronym and a session number, one word;
        ``UNGA 79``, ``APPF 28``: a meeting's, an assembly's or a forum's acronym and a number of up to three
        digits, two words; ``ABAC III``: a known acronym and a Roman numeral, two words; ``57th AMM``: an
        ordinal and a meeting's acronym, with its ``+`` or ``-Plus`` (``11th ADMM+``)."""
        words = view.words
        numbered = [
            word.lower() for word in set(words)
            if word[-1:].isdigit() and (  # both forms end in the session's number: most words fail here
                (SESSION.search(word) and word.rsplit("-", 1)[0] in self.session_acronyms)
                or ((glued := GLUED_SESSION.fullmatch(word)) and glued[1] in self.session_acronyms)
            )
        ]
        sessions = [(k, k + 1) for k in view.where(numbered)] if numbered else []
        for k in view.where(self.session_words):
            number = words[k + 1] if k + 1 < len(words) else ""
            if (words[k] in self.spaced_session_acronyms and SESSION_NUMBER.fullmatch(number)) or (
                words[k] in self.session_acronyms and ROMAN_SESSION.fullmatch(number)
            ):
                sessions.append((k, k + 2))
            elif words[k] in self.meeting_acronyms and number == "-" and k + 2 < len(words) and (
                ACRONYM.match(words[k + 2])
            ):  # ``SOM-DOC``, ``SOM-DOC 15``: a meeting on a known subject
                end = k + 3 + (k + 3 < len(words) and SESSION_NUMBER.fullmatch(words[k + 3]) is not None)
                sessions.append((k, end))
            elif k and words[k].removesuffix("+") in self.meeting_acronyms and ORDINAL.fullmatch(words[k - 1]):
                plus = words[k + 1 : k + 3] == ("-", "Plus")  # ``11th ADMM-Plus``
                sessions.append((k - 1, k + 3 if plus else k + 1))
        return sorted(sessions)

    def _with_back_references(self, view: View, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """``the Summit`` after a named summit: a capitalised head after ``the`` is that event too."""
        words, lowered = view.words, view.lowered
        covered = positions_in(spans)
        named: set[str] = set()  # the lower-cased words of the events named so far
        found, k = list(spans), 0
        for i in view.where(self.event_heads):
            while k < len(spans) and spans[k][1] <= i:
                named.update(lowered[spans[k][0] : spans[k][1]])
                k += 1
            if i not in covered and i and lowered[i - 1] == "the" and is_capitalised(words[i]) and (
                lowered[i] in named
            ):
                found.append((i, i + 1))
        return sorted(found)

    def _complement_end(self, view: View, end: int) -> int:
        """Extend an event name over a year (an edition's number after some heads: ``SEA Games 31``), over
        ``of/on/for`` + capitalised words (not a date's, nor past a line's end; ``and the`` starts a new item;
        ``to`` goes on after ``Parties``: ``Conference of the Parties to the UN Framework Convention …``)
        and a bracketed acronym if more of them follow it (``… of the National People’s Congress (NPC) of
        China``) or the words it opens a known body's name with (``… of the Mekong River Commission (MRC)
        Council``), or over ``and``, one capitalised word and another head (``ASEAN Summits and Related
        Summits``)."""
        words = view.words
        if end < len(words) and (YEAR.match(words[end]) or (
            view.lowered[end - 1] in self.numbered_heads and SMALL_NUMBER.fullmatch(words[end])
        )):
            return end + 1
        if end + 2 < len(words) and words[end] in self.inner_joiners and all(
            is_capitalised(word) for word in words[end + 1 : end + 3]
        ) and words[end + 2].lower() in self.event_heads:
            return end + 3
        if end < len(words) and words[end] in self.connectors:
            last, j = end, end + 1
            while j < len(words) and j not in view.newline_before and not is_calendar_word(words[j]) and (
                words[j : j + 2] != ("and", "the")
            ):
                if self._is_name_word(words[j]):
                    last = j = j + 1
                elif words[j] in self.complement_joiners or (
                    words[j] == "to" and view.lowered[j - 1] in self.bound_to
                ):
                    j += 1
                elif words[j] == "," and (listed := list_end(words, j, partial(self._portfolios_end, words))):
                    last = listed  # a list of portfolios ends the name: ``for Science, Technology and …``
                    break
                else:
                    break
            noun = words[last] if last < len(words) else ""
            listed = "and" in words[end:last]  # a name's list: ``on … Adaptation and Water Management slated``
            if words[end] == "on" and noun.islower() and noun not in STOP_WORDS and not listed:
                return end  # a topic's noun: ``Summit on Covid-19 response``, ``on the African continent``
            after = after_bracketed_acronym(words, last)
            if after and after < len(words) and words[after] in self.connectors and (
                (further := self._complement_end(view, after)) > after
            ):
                return further
            if after and (named := _acronym_named_body(view, last + 1, after)):
                return named[0]  # ``29th Meeting of the Mekong River Commission (MRC) Council``
            return last
        return end


def _by_end_on_line(view: View, spans: dict[int, tuple[int, str]]) -> dict[int, tuple[int, str]]:
    """``by_end`` of the spans whose line goes on after them: a name ending a line qualifies nothing below."""
    return {end: span for end, span in by_end(spans).items() if end not in view.newline_before}


def _last_province(places: dict[int, tuple[int, str]], k: int, municipal: bool = False) -> str | None:
    """The norm of the last Vietnamese province among ``places`` (``place_positions``) starting by ``k``; the
    last centrally-run city if ``municipal`` and one is there (``the municipal People's Council`` of Hai Phong,
    after Hai Duong merged into it)."""
    index = place_index()
    provinces = [
        (start, norm, place.municipality) for start, (_, norm) in places.items()
        if start <= k and (place := index.get(norm)) and place.kind == "province"
    ]
    cities = [province for province in provinces if province[2]] if municipal else []
    return max(cities or provinces)[1] if provinces else None


def _with_reversed_pair(
    words: tuple[str, ...], start: int, pairs: dict[int, tuple[int, int]], countries: dict[int, tuple[int, str]]
) -> int:
    """Where a name starting at ``start`` with a country pair starts with the pair written the other way
    round and a comma before it: ``Vietnam-Laos, Laos-Vietnam Friendship and Solidarity Year``."""
    if start not in pairs or start < 4 or words[start - 1] != ",":
        return start
    joiner = pairs[start][0]
    for other, (other_joiner, end) in pairs.items():
        if end == start - 1 and (countries[other][1], countries[other_joiner + 1][1]) == (
            countries[joiner + 1][1], countries[start][1]
        ):
            return other
    return start


def _owned_until(view: View, owner: dict[int, tuple[int, int]], of: int, word: str = "of") -> int | None:
    """The end of ``of (the) <organisation>`` (or ``word``: ``at the …``) at view position ``of`` (``owner``:
    position → the found span over it), None if none is there."""
    owned = _after(view, of, word)
    if owned in owner and owner[owned][0] == owned:
        return owner[owned][1]
    return None


def _after(view: View, k: int, word: str = "of") -> int | None:
    """The view position after ``word`` or ``word the`` (``of``, ``of the``) at ``k``, None if no ``word`` is
    there."""
    lowered = view.lowered
    if k >= len(lowered) or lowered[k] != word:
        return None
    return k + 1 + (k + 2 < len(lowered) and lowered[k + 1] == "the")


def _outgrow(
    found: dict[tuple[int, int], str], owner: dict[int, tuple[int, int]], span: tuple[int, int], name: str,
    inside_too: bool = True,
) -> None:
    """Add ``span`` to ``found`` (``owner``: position → the found span over it), in place of the spans
    wholly inside it if ``inside_too``; not if it overlaps any other span (any span at all if not
    ``inside_too``)."""
    overlapping = {owner[k] for k in range(*span) if k in owner}
    if overlapping and not (inside_too and all(span[0] <= s and e <= span[1] for s, e in overlapping)):
        return
    for other in overlapping:
        del found[other]
    found[span] = name
    owner.update(dict.fromkeys(range(*span), span))


def _with_acronyms(view: View, spans: list[tuple[int, int]], suffix: str) -> list[tuple[int, int]]:
    """``East Asia Summit (EAS)``, ``(AMM 53)``: the acronym bracketed after an event, and its every other
    mention, with the ``suffix`` of a wider event that follows it (``ADMM-Plus``), an ordinal before it
    (``19th ASIAD``) or, numbered, another session's number (``AMMS 8`` after ``(AMMS 9)``)."""
    words = view.words
    covered = positions_in(spans)
    found = list(spans)
    for start, end in spans:
        close = after_bracketed_acronym(words, end)
        if close is None:
            for i in _year_alias_mentions(view, end):
                if covered.isdisjoint(range(*i)):
                    found.append(i)
                    covered.update(range(*i))
            continue
        acronym = words[end + 1 : close - 1]
        if len(acronym) == 1 and names_a_complement(words[start:end], acronym[0]):
            continue  # ``(OV)`` names the complement; ``(AIPA 41)``, numbered, the session
        numbered = len(acronym) == 2 and SESSION_NUMBER.fullmatch(acronym[1]) is not None
        for i in view.occurrences(acronym[0]):
            j = i + len(acronym)
            session = numbered and j <= len(words) and SESSION_NUMBER.fullmatch(words[i + 1]) is not None
            if words[i:j] != acronym and not session:  # ``AMMS 8``
                continue
            if not numbered and i and ORDINAL.match(words[i - 1]):
                i -= 1  # ``19th ASIAD``
            j += 2 if words[j : j + 2] == ("-", suffix) else words[j : j + 1] == (suffix,)
            if covered.isdisjoint(range(i, j)):
                found.append((i, j))
                covered.update(range(i, j))
    return sorted(found)


def _listed_names(
    lowered: tuple[str, ...], k: int, name_end: Callable[[int], int | None]
) -> list[tuple[int, int]]:
    """The names of a list from view position ``k`` closed by ``and`` (``Bualoi and Matmo``, ``Yagi, Trami and
    Kong-rey``), none when no list is there."""
    names, end = [], k
    while (after := name_end(end)) is not None:
        names.append((end, after))
        if lowered[after : after + 1] == ("and",) or lowered[after : after + 2] == (",", "and"):
            closing = after + 1 + (lowered[after] == ",")
            last = name_end(closing)
            return [*names, (closing, last)] if last is not None else []
        if lowered[after : after + 1] != (",",):
            return []
        end = after + 1
    return []


def _year_alias_mentions(view: View, end: int) -> list[tuple[int, int]]:
    """``Vietnam International Defence Expo 2024 (Vietnam Defence 2024)``: the short name and year bracketed
    right after an event ending in the same year, and its every mention with a year (``Vietnam Defence
    2022``); none if no such bracket follows the event ending at ``end``."""
    words = view.words
    closes = (k for k in range(end + 3, min(end + MAX_ALIAS_WORDS + 3, len(words))) if words[k] == ")")
    close = next(closes, None)
    if words[end : end + 1] != ("(",) or close is None or words[close - 1] != words[end - 1] or not (
        YEAR.match(words[end - 1]) and all(map(is_capitalised, words[end + 1 : close - 1]))
    ):
        return []
    alias = words[end + 1 : close - 1]
    year_at = len(alias)
    return [
        (i, i + year_at + 1) for i in view.occurrences(alias[0])
        if words[i : i + year_at] == alias and i + year_at < len(words) and YEAR.match(words[i + year_at])
    ]


@Language.factory(
    "vnentities_organisations",
    assigns=["doc.spans"],
)
def make_organisations(nlp: Language, name: str) -> OrganisationTagger:
    """Factory of the organisations and events component."""
    return OrganisationTagger(nlp, name)

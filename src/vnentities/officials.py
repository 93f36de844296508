"""Officials: titles (TITLE) and the names of the people who hold them (PERSON).

A title is ``[nationality] modifier* head [complement]``, chained with ``and`` (``Party
General Secretary and State President``) or with commas, before a name or after a name
and a comma (``Đỗ Văn Chiến, Politburo member, Secretary of …, and President of …``). The
vocabulary is in ``data/titles.json``; Vietnamese names are found from a family-name
lexicon, other names from their place after a title, in credits and in bylines.

Writes ``doc.spans["vne_titles"]`` and ``doc.spans["vne_persons"]`` (``kb_id_`` the name
without diacritics), and ``doc.spans["vne_vessels"]``, the names of ships (``Sailing Vessel 286 - Le
Quy Don``, ``BRP Gabriela Silang``), which the resolver keeps from being PERSONs. Runs
after the places, organisations, agreements and dates components, whose spans are never
taken for names.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import takewhile

from spacy.language import Language
from spacy.tokens import Doc

from .abbreviations import NUMBER, ORDINAL, YEAR, after_bracketed_acronym, after_bracketed_insert
from .agreements import AGREEMENTS_KEY
from .dates import DATES_KEY
from .lexicon import PhraseTable
from .names import family_names, is_syllable
from .organisations import EVENTS_KEY, ORGANISATIONS_KEY
from .places import DEMONYMS_KEY, PLACES_KEY, place_index
from .ranks import ranks
from .resources import read_json, read_lines
from .text import (
    ARTICLES,
    HOLDER_ENDS,
    POSSESSIVES,
    SENTENCE_ENDS,
    SpanData,
    View,
    WordSet,
    fold,
    is_capitalised,
    list_end,
    next_item,
    positions_in,
    replace_inside,
)

TITLES_KEY = "vne_titles"
PERSONS_KEY = "vne_persons"
VESSELS_KEY = "vne_vessels"  # ships named after people: no PERSON, from the rules or the base model
BLOCKING = (PLACES_KEY, DEMONYMS_KEY, ORGANISATIONS_KEY, AGREEMENTS_KEY, DATES_KEY, EVENTS_KEY)
PREFIXES = (PLACES_KEY, DEMONYMS_KEY, ORGANISATIONS_KEY, EVENTS_KEY)
MAX_SYLLABLE = 7
INITIALS = re.compile(r"(?:[A-Z]\.)+")  # ``G.S.`` in ``G.S. Bezdetko``
GLUED_INITIAL = re.compile(r"[A-Z]\.[A-Z][A-Za-z]+")  # a credit's ``T.PHUONG``
REGNAL = re.compile(r"[IVX]{1,4}")  # ``III`` in ``Charles III``
CLOCK = re.compile(r"\d{1,2}:\d{2}")  # the time after a byline: ``Minh Anh 23:57, 2020/09/08``
# between a name and the post it holds: ``…, Consul General of``, ``… as President``, ``… – Speaker of``
POST_LINKS = WordSet({",", "as", "-", "--"})  # folded dashes
BEFORE_APPOSITIVE_POST = ARTICLES | {"former", "also"}  # ``, a former Minister of …``, ``, also Chairman of …``
BEFORE_LOWER_CASE_POST = frozenset({"former", "also"})  # alone after a comma: ``, also general secretary of``
SETS_OFF = frozenset({",", "--", "-"})  # folded: between a name and its posts (``Nguyen Van Duoc—Member of …``)
MAX_CUE_WORDS = 7  # lower-case words between a place and its post: ``Laos to successfully assume the role of``
MAX_NAME_WORDS = 5  # ``Awang Bemee Awang Ali Basah`` after a title
MAX_BODY_WORDS = 6  # the longest name of a body in a complement that is not in the vocabulary
# capitalised words outside the vocabulary in a complement: a body's own-language name before its bracketed
# gloss (``Milli Majlis``), an unknown place's name before its head (``Izumisano City``)
MAX_UNKNOWN_WORDS = 3
BYLINE_JOINERS = frozenset({"-", "–", ",", "and"})  # between the names of a byline
DETERMINERS = frozenset({"the", "his", "her", "their", "all"})  # before the post one is relieved of
CHAIN_JOINERS = frozenset({"and", "cum"})  # between two posts of one person: ``… Secretary … cum Chairman …``
DASHES = frozenset({"-", "–", "—"})
MAX_OWNER_WORDS = 3  # ``Viet Nam's`` between a post cue and the post
MAX_DIRECTION_WORDS = 3  # ``(second from left)``
AGE_DIGITS = 2  # a person's age set off after the name: ``Tran Thanh Man, 62, Politburo Member …``
IN_CHARGE = ("in", "charge", "of")  # a post's remit before its body: ``Deputy Commander in charge of law of …``
MAX_LOWERCASE_WORDS = 3  # of a remit or a unit: ``in charge of law``, ``border guard department``
MIN_REPEATED_TITLE_WORDS = 3  # a shorter title repeated with no name may be another holder's


@lru_cache(maxsize=20_000)  # a name is normed at each of its mentions
def person_norm(text: str) -> str:
    """A name without diacritics, whitespace collapsed, capitals title-cased (``SON TRUNG``) but for a
    regnal number after the first word of a name not written all in capitals (``Charles III``, ``Abdullah
    II Ibn Al Hussein``) and two initials opening one (``KP Sharma Oli``); a Vietnamese name's lower-case
    syllable capitalised (``Vo van Thuong``)."""
    words = fold(text).split()
    capitals = all(w.isupper() for w in words)
    vietnamese = len(words) > 2 and words[0].lower() in family_names()

    def kept(k: int, word: str) -> bool:  # capitals kept as written
        if capitals:
            return False
        if k:
            return REGNAL.fullmatch(word) is not None
        return len(word) == 2 and not REGNAL.fullmatch(word) and word.lower() not in family_names()

    return " ".join(
        w.title() if w.isupper() and len(w) > 1 and not kept(k, w)
        else w.capitalize() if vietnamese and w.islower() else w
        for k, w in enumerate(words)
    )


@cache
def name_suffixes() -> frozenset[str]:
    """Generational suffixes that end a name (``Jr.``), lower-cased."""
    return frozenset(suffix.lower() for suffix in read_json("titles.json")["name_suffixes"])


def is_regnal(name: str) -> bool:
    """Whether a name of two words or more ends in a regnal number (``Charles III``, ``Mohammed VI``), not
    written all in capitals."""
    words = name.split()
    return len(words) > 1 and REGNAL.fullmatch(words[-1]) is not None and not words[-2].isupper()


@cache
def post_cue_fillers() -> frozenset[str]:
    """Words that may stand between a post cue and the post: ``the``, ``first``, ``female``."""
    return frozenset(read_json("titles.json")["post_cue_fillers"])


def before_fillers(lowered: tuple[str, ...], start: int) -> int:
    """Where the post cue fillers (``the first``) that end at view position ``start`` begin."""
    while start and lowered[start - 1] in post_cue_fillers():
        start -= 1
    return start


def after_post_cue(cues: PhraseTable, lowered: tuple[str, ...], start: int) -> bool:
    """Whether a post cue (``served as``) ends right before view position ``start``, or before fillers and
    an owner there (``became the``, ``becomes Viet Nam's first female``)."""
    start = before_fillers(lowered, start)
    if start and lowered[start - 1] in POSSESSIVES:
        return any(cues.ends_at(lowered, k) for k in range(max(0, start - 1 - MAX_OWNER_WORDS), start - 1))
    return cues.ends_at(lowered, start)


@cache
def caption_directions() -> frozenset[str]:
    """The words of a caption's bracketed direction: ``(right)``, ``(second from left)``, ``(R)``."""
    return frozenset(read_json("titles.json")["caption_directions"])


def after_caption_direction(lowered: tuple[str, ...], k: int) -> int:
    """The view position after a caption's bracketed direction at ``k`` (``k`` if none is there)."""
    end = k + 1
    while end < len(lowered) and end - k <= MAX_DIRECTION_WORDS and lowered[end] in caption_directions():
        end += 1
    return end + 1 if k < len(lowered) and lowered[k] == "(" and k + 1 < end < len(lowered) and (
        lowered[end] == ")"
    ) else k


def after_age(words: tuple[str, ...], k: int) -> int:
    """The view position of the comma after a person's age set off at ``k`` (``, 62,``), ``k`` if none."""
    return k + 2 if words[k : k + 1] == (",",) and k + 2 < len(words) and words[k + 2] == "," and (
        words[k + 1].isdigit() and len(words[k + 1]) == AGE_DIGITS
    ) else k


def after_honorifics(honorifics: PhraseTable, view: View, k: int) -> int:
    """The view position after the capitalised honorifics from ``k`` (``Mr.``, ``Dato' Seri Dr.``)."""
    while k < len(view.words) and is_capitalised(view.words[k]) and (
        honorific := honorifics.match(view.lowered, k)
    ):
        k = honorific[0]
    return k


def definite_start(view: View, k: int, modifiers: frozenset[str]) -> int:
    """The capitalised post after ``the`` and at most two ``modifiers`` at view position ``k`` (``the newly
    appointed US Consul General``, ``the newly-appointed …``), else ``k``."""
    if view.lowered[k] != "the":
        return k
    j, count = k + 1, 0
    while j < len(view.words) and count < 2 and view.lowered[j] in modifiers:
        j, count = j + 1, count + 1
        if j + 1 < len(view.words) and view.words[j] == "-" and view.lowered[j + 1] in modifiers:
            j += 1  # the hyphen of ``newly-appointed``
    return j if j < len(view.words) and is_capitalised(view.words[j]) else k


def closes_phrase(view: View, k: int, closers: frozenset[str]) -> bool:
    """Whether a phrase ends at view position ``k``: at the text's or a line's end, or before one of
    ``closers`` (``…, the new UK Consul General in Da Nang, …``)."""
    return k == len(view.words) or k in view.newline_before or view.lowered[k] in closers


def sentence_start(words: tuple[str, ...], newline_before: frozenset[int], k: int) -> int:
    """The view position where the sentence holding position ``k`` starts."""
    while k > 0 and k not in newline_before and words[k - 1] not in SENTENCE_ENDS:
        k -= 1
    return k


def _before_named_post(d: _Doc, chain: list[int]) -> int | None:
    """The end of the posts of a comma ``chain`` (``_post_ends``) before its last ``, and`` that opens another
    person's post (``Truong Thi Mai, Politburo member, head of …, and President of Laos Thongloun
    Sisoulith``); None if there is no such link."""
    return next((end for end in reversed(chain[1:-1]) if d.lowered[end : end + 2] == (",", "and")), None)


def _is_whole_name(d: _Doc, name: tuple[int, int]) -> bool:
    """Whether a name after a title is taken without being known from elsewhere: it has several words,
    or is a Vietnamese family name."""
    return name[1] - name[0] > 1 or d.lowered[name[0]] in family_names()


def plural(word: str) -> str:
    """The English plural of a title word: ``ministers``, ``deputies``, ``secretaries``."""
    if word.endswith(("s", "sh", "ch", "x")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _is_hyphened_syllable(word: str) -> bool:
    """The second syllable of a hyphened given name, lower case or capitalised (``yeon`` of ``Dong-yeon``,
    ``Gon`` of ``Hyeon-Gon``)."""
    return word.isalpha() and (word.islower() or word.istitle()) and len(word) <= MAX_SYLLABLE


def _is_hyphen(d: _Doc, j: int) -> bool:
    """A hyphen glued to the words on both sides (``Dong-yeon``), not a dash between spaces (``Mai – head``)."""
    return j + 1 < len(d.words) and d.words[j] == "-" and d.view.glued(j) and d.view.glued(j + 1)


def _before_the(d: _Doc, k: int) -> int:
    """The position before ``k``, past a ``the`` right before it (``both`` in ``both the Prime Minister``)."""
    return k - 1 - (k > 1 and d.lowered[k - 1] == "the")


class _Doc:
    """One document's view, with the spans other components found, by view position."""

    def __init__(self, doc: Doc, qualifiers: frozenset[str] = frozenset()) -> None:
        self.view = View.of(doc)
        self.words = self.view.words
        self.lowered = self.view.lowered
        self.newline_before = self.view.newline_before
        self.newline_after = self.view.newline_after
        self.blocked: set[int] = set()
        self.placed: set[int] = set()
        self.place_end: dict[int, int] = {}  # where each place starting at a position ends
        self.place_ends: set[int] = set()  # the last position of each place
        self.place_inner: set[int] = set()  # the positions of places but for their first
        self.prefix: dict[int, int] = {}
        self.organisation_end: dict[int, int] = {}  # where each organisation starting at a position ends
        self.organisation_ends: set[int] = set()  # the last position of each organisation
        self.nationality_at: dict[int, int] = {}  # where each nationality ending at a position starts
        self.nationality_end: dict[int, int] = {}  # where each nationality starting at a position ends
        self.date_ends: set[int] = set()  # the last position of each date
        self.consorts: set[int] = set()  # where a couple's second post starts: ``Queen`` in ``King and Queen``
        # what ``OfficialTagger`` read here already (the spans above never change): a post's core by its start,
        # a complement by its start and ``posted``, a title before its chains by its start, core and ``posted``
        self.cores: dict[int, int | None] = {}
        self.complements: dict[tuple[int, bool], int] = {}
        self.unchained: dict[tuple[int, int, bool], tuple[int, int] | None] = {}
        for key in BLOCKING:
            for span in self.view.group(doc, key):
                positions = self.view.positions(span.start, span.end)
                if positions is None:
                    continue
                start, end = positions
                self.blocked.update(range(start, end))
                if key in (PLACES_KEY, DEMONYMS_KEY):
                    self.placed.update(range(start, end))
                if key == PLACES_KEY:
                    self.place_end[start] = end
                    self.place_ends.add(end - 1)
                    self.place_inner.update(range(start + 1, end))
                if key == DEMONYMS_KEY:
                    self.nationality_at[end] = start
                    self.nationality_end[start] = end
                if key in PREFIXES and not (key == PLACES_KEY and self._dateline(start, end, span.kb_id)):
                    self.prefix[start] = max(end, self.prefix.get(start, end))
                if key == ORGANISATIONS_KEY:
                    self.organisation_end[start] = end
                    self.organisation_ends.add(end - 1)
                if key == DATES_KEY:
                    self.date_ends.add(end - 1)
        # where a title's core may start after a prefix: past a bracketed acronym (``National Assembly (NA)
        # Chairman``); else past a second prefix too (``Vietnamese NA Chairman``)
        self.core_start = {start: self._past_prefix(start) for start in self.prefix}
        self.core_after = {
            start: self._past_prefix(core) for start, core in self.core_start.items()
            if core in self.prefix and core not in self.newline_before
        }
        # a capitalised one of ``qualifiers`` before a prefix opens the title: ``Permanent NA Vice Chairman``
        for start, core in list(self.core_start.items()):
            if start and self.lowered[start - 1] in qualifiers and is_capitalised(self.words[start - 1]):
                self.core_start.setdefault(start - 1, core)

    def _past_prefix(self, start: int) -> int:
        """The position after the prefix at ``start`` and its bracketed acronym if any."""
        return after_bracketed_acronym(self.words, self.prefix[start]) or self.prefix[start]

    def _dateline(self, start: int, end: int, norm: str) -> bool:
        """A place opening a line in capitals it is not known by: a dateline (``HÀ NỘI Minister …``, its
        dash lost), no part of a title after it, as ``HCMC`` in ``HCMC Party chief`` is."""
        written = "".join(self.words[start:end])
        if not ((start == 0 or start in self.newline_before) and written.isupper()):
            return False
        place = place_index().get(norm)
        return written not in {fold(name).replace(" ", "") for name in (place.names if place else ())}


class OfficialTagger:
    """Find titles and personal names."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        terms = read_json("titles.json")
        tokenize = nlp.make_doc
        self.heads = PhraseTable.of(tokenize, terms["heads"])
        self.modifiers = PhraseTable.of(tokenize, terms["modifiers"])
        self.rank_posts = frozenset(terms["rank_posts"])
        self.ranks = PhraseTable.of(tokenize, [*ranks(), *self.rank_posts])
        self.standalone = PhraseTable.of(tokenize, terms["standalone_heads"])
        self.standalone_after_the = frozenset(terms["standalone_after_the"])
        self.connectors = frozenset(terms["complement_connectors"])
        self.first_connectors = frozenset(terms["first_connectors"])
        self.several_holders = frozenset(terms["several_holders"])
        self.held_posts = frozenset(terms["held_posts"])
        # a couple's second post → the first's words
        self.consorts = PhraseTable(
            tokenize, ((second, tuple(first.split())) for first, second in terms["consorts"])
        )
        self.consort_words = WordSet(self.consorts.first_words)
        self.complement_words = frozenset(terms["complement_words"])
        self.portfolio_words = self.complement_words.difference(terms["body_words"])
        self.complement_lowercase = frozenset(terms["complement_lowercase"])
        self.complement_descriptors = frozenset(terms["complement_descriptors"])
        self.complement_eras = frozenset(terms["complement_eras"])
        self.definite_modifiers = frozenset(terms["definite_appositive"]["modifiers"])
        self.definite_closers = frozenset(terms["definite_appositive"]["closers"])
        self.numbered_bodies = frozenset(terms["numbered_bodies"])
        self.posted_heads = PhraseTable.of(tokenize, terms["posted_heads"])
        self.topic_posts = PhraseTable.of(tokenize, terms["topic_posts"])
        self.complement_place_heads = frozenset(terms["complement_place_heads"])
        self.located_bodies = frozenset(terms["located_bodies"])
        self.lowercase_bodies = frozenset(terms["lowercase_bodies"])
        self.body_heads = frozenset(read_json("organisation_terms.json")["heads"])
        self.stop_words = frozenset(terms["name_stop_words"])
        self.syllable_stop_words = frozenset(terms["name_stop_words_also_syllables"])
        self.family_stop_words = frozenset(terms["name_stop_words_also_family_names"])
        self.honorifics = PhraseTable.of(tokenize, terms["honorifics"])
        self.name_cues = frozenset(terms["name_cues"])
        self.post_cues = PhraseTable.of(tokenize, terms["post_cues"])
        self.pronouns = frozenset(terms["pronouns"])
        self.person_verbs = frozenset(terms["person_verbs"])
        self.eponymous_places = frozenset(terms["eponymous_places"])
        self.eponymous_works = frozenset(terms["eponymous_works"])
        self.person_possessions = frozenset(terms["person_possessions"])
        self.glossed_body_heads = frozenset(terms["glossed_body_heads"])
        self.person_object_verbs = frozenset(terms["person_object_verbs"])
        self.person_relieved_from = frozenset(terms["person_relieved_from"])
        self.people = PhraseTable.of(tokenize, read_lines("people.txt"))
        self.people_words = WordSet(self.people.first_words)
        self.epithets = PhraseTable(tokenize, terms["epithets"].items())
        self.epithet_words = WordSet(self.epithets.first_words)
        self.particles = frozenset(terms["name_particles"])
        self.abbreviated_given_names = frozenset(terms["abbreviated_given_names"])
        self.patronymics = frozenset(terms["patronymics"])
        self.organisation_heads = frozenset(terms["organisation_heads"])
        self.owned_heads = frozenset(terms["owned_heads"])
        self.single_name_heads = frozenset(terms["single_name_heads"])
        self.local_qualifiers = frozenset(terms["local_qualifiers"])
        self.prefix_qualifiers = frozenset(terms["inclusive_qualifiers"])  # ``Standing NA Vice Chairwoman``
        self.honorific_words = WordSet([*self.honorifics.first_words, *self.name_cues])
        self.credit_cues = frozenset(terms["credit_cues"])
        self.vessel_words = frozenset(terms["vessel_words"])
        self.vessel_prefixes = WordSet(prefix.lower() for prefix in terms["vessel_prefixes"])
        self.core_words = WordSet(self.heads.first_words | self.modifiers.first_words)
        title_words = {word for phrase in (*terms["heads"], *terms["modifiers"]) for word in phrase.split()}
        self.title_plurals = frozenset(map(plural, title_words)) - title_words  # not ``Sports``
        self.title_plural_words = WordSet(self.title_plurals)
        self.rank_words = WordSet(self.ranks.first_words)
        self.credit_words = WordSet(cue.lower() for cue in self.credit_cues)

    def __call__(self, doc: Doc) -> Doc:
        d = _Doc(doc, self.prefix_qualifiers)
        d.consorts.update(self._consorts(d))
        titles: dict[tuple[int, int], None] = {}
        persons: dict[tuple[int, int], str | None] = {}  # name → its norm, if not the name itself
        vessels: list[tuple[int, int]] = []
        pending: list[tuple[tuple[int, int], int, bool]] = []
        unheld: list[tuple[int, int]] = []  # titles with no name next to them that do not stand alone
        i = 0
        for start in self._title_starts(d):
            found = self._title_with_name(d, start) if start >= i else None
            if found is None:
                continue
            title, name, standalone = found
            if title[0] in d.place_inner:
                continue  # a place's word: ``Hanoi City leader``
            if name and d.words[title[0]] in self.local_qualifiers and is_capitalised(d.words[title[0] + 1]):
                title = (title[0] + 1, title[1])  # ``the municipal Secretary of the Party Committee``
            if name and (_is_whole_name(d, name) or d.lowered[title[1] - 1] in self.single_name_heads):
                titles[title] = None
                persons[name] = None
                titles.update(dict.fromkeys(self._ranks_between(d, title[1], name[0])))
                titles.update(dict.fromkeys(self._acronym_between(d, title, name[0])))
                i = name[1]
                continue
            if name:
                pending.append((title, name[0], standalone))
            elif standalone:
                titles[title] = None
            else:
                unheld.append(title)
                if not is_capitalised(d.words[title[0]]):  # ``the municipal Party chief``: try ``Party chief``
                    i = title[0] + 1
                    continue
            i = title[1]
        # a single word standing alone after posts (not ranks) twice or more is a name even when known from
        # nowhere else (``PM Bettel``; not ``Deputy Prime Ministers``)
        after_posts = Counter(
            d.lowered[at] for _, at, _ in pending
            if at + 1 == len(d.words) or not is_capitalised(d.words[at + 1])
        )
        pending += self._rank_titles(d, titles, persons)
        self._vietnamese_names(d, titles, persons, vessels)
        self._honorific_names(d, titles, persons)
        self._credits(d, persons)
        self._epithets(d, persons)
        self._well_known_people(d, titles, persons)
        known = self._known_name_words(doc, d, persons)
        for title, at, standalone in pending:
            if d.lowered[at] in known or after_posts[d.lowered[at]] > 1:
                titles[title] = None
                persons[(at, at + 1)] = None
            elif standalone:
                titles[title] = None
            else:
                unheld.append(title)
        self._repeated_names(d, titles, persons)
        self._names_after_plural_posts(d, titles, persons)
        self._names_before_posts(d, titles, persons)
        self._appositives(d, titles, persons)
        known = self._known_name_words(doc, d, persons)
        self._cued_posts(d, titles, persons, known)
        # a place the base model read as a one-word name speaks as no name does (``Rakhine said``)
        self._speaking_places(d, persons, self._known_name_words(doc, d, persons, base_words=2))
        self._repeated_titles(d, titles, persons, unheld)
        vessels += self._prefixed_vessels(d)
        ships = positions_in(vessels)
        persons = {name: norm for name, norm in persons.items() if ships.isdisjoint(range(*name))}
        d.view.write(doc, TITLES_KEY, [SpanData(*d.view.span(s, e), "TITLE", "") for s, e in sorted(titles)])
        found = [(d.view.span(*name), norm) for name, norm in sorted(persons.items())]
        d.view.write(doc, PERSONS_KEY, [
            SpanData(s, e, "PERSON", norm or person_norm(d.view.text_of(s, e))) for (s, e), norm in found
        ])
        d.view.write(doc, VESSELS_KEY, [SpanData(*d.view.span(s, e), "VESSEL", "") for s, e in vessels])
        return doc

    # titles

    def _title_starts(self, d: _Doc) -> list[int]:
        """The positions where a title can start: a core word there or after a prefix there."""
        starts = set(d.view.where(self.core_words))
        starts.update(
            i for cores in (d.core_start, d.core_after) for i, end in cores.items()
            if end < len(d.words) and d.lowered[end] in self.core_words
        )
        return sorted(starts)

    def _consorts(self, d: _Doc) -> Iterator[int]:
        """Where a couple's second post starts: ``Queen`` in ``the King and Queen``, ``King and the Queen``."""
        for k in d.view.where(self.consort_words):
            if (found := self.consorts.match(d.lowered, k)) is None:
                continue
            first = found[1]
            joiner = _before_the(d, k)
            if joiner > 0 and d.lowered[joiner] == "and" and d.lowered[joiner - len(first) : joiner] == first:
                yield k

    def _core(self, d: _Doc, j: int) -> int | None:
        """``_read_core``, read once per position."""
        if j not in d.cores:
            d.cores[j] = self._read_core(d, j)
        return d.cores[j]

    def _read_core(self, d: _Doc, j: int) -> int | None:
        """End of ``modifier* head`` starting at ``j``: the end of its last head.

        A hyphen may join a modifier to the next word (``Vice-Minister``). A rank post after a head that
        is no modifier starts a title of its own (``VUFO President Ambassador …``, not ``Deputy Ambassador``).
        None before a capitalised plural post word: ``Deputy`` of ``Deputy Secretaries``, ``Deputy PMs``; and
        for a post word that is part of a name: ``Amir-Abdollahian``, ``Sultan Bin Ahmed Al Jaber``.
        """
        if self._in_name(d, j):
            return None
        last_head, k, rank_ends = None, j, False
        while k < len(d.words) and (k == j or k not in d.newline_before) and not (
            rank_ends and d.lowered[k] in self.rank_posts
        ):
            head = self.heads.match(d.lowered, k)
            modifier = self.modifiers.match(d.lowered, k)
            if head and modifier and modifier[0] < head[0] and (
                (longer := self.heads.match(d.lowered, modifier[0])) and longer[0] > head[0]
            ):
                head = None  # ``Deputy`` + ``Director General``, not ``Deputy Director`` + ``General``
            if head and (not modifier or head[0] >= modifier[0]):
                rank_ends = not modifier or modifier[0] != head[0]
                k = last_head = head[0]
            elif modifier:
                rank_ends = False
                k = modifier[0]
            elif k > j and k != last_head and (joined := self._joined_portfolios(d, j, k)):
                k = joined  # ``Industry and Trade Minister``, ``Trade and Export Growth Minister``
            else:
                break
            if k + 1 < len(d.words) and d.words[k] == "-" and (
                self.heads.match(d.lowered, k + 1) or self.modifiers.match(d.lowered, k + 1)
            ):
                k += 1
        if last_head is not None and last_head < len(d.words) and last_head not in d.newline_before and (
            d.lowered[last_head] in self.title_plurals and is_capitalised(d.words[last_head])
        ):
            return None  # ``Deputy`` + ``Secretaries``
        return last_head

    def _joined_portfolios(self, d: _Doc, j: int, k: int) -> int | None:
        """Where a capitalised head follows ``and`` at ``k`` and capitalised portfolio words if any (``and
        Export Growth``), after capitalised portfolio words from ``j``, in no other entity and in no complement
        (not ``the Government and Prime Minister``, ``Committee on …, Technology and Environment and Chair``);
        None if none does."""
        def portfolio(p: int) -> bool:
            return is_capitalised(d.words[p]) and d.lowered[p] in self.portfolio_words and p not in d.blocked

        if d.lowered[k] != "and" or (j and d.lowered[j - 1] in (",", "on", *self.first_connectors)):
            return None
        if j > 1 and d.lowered[j - 1] == "and" and d.lowered[j - 2] in self.complement_words:
            return None  # the last of a list of portfolios
        if not all(map(portfolio, range(j, k))):
            return None
        head = k + 1
        while head < len(d.words) and portfolio(head) and not self.heads.match(d.lowered, head):
            head += 1
        found = head < len(d.words) and is_capitalised(d.words[head]) and self.heads.match(d.lowered, head)
        return head if found else None

    def _title_with_name(
        self, d: _Doc, i: int, appositive: bool = False
    ) -> tuple[tuple[int, int], tuple[int, int] | None, bool] | None:
        """A title at ``i``, the name after it, and whether it may stand alone.

        A nationality or organisation right before the core is part of the title
        (``U.S. President``); the core alone is tried when that reading gives neither a
        name nor a standalone title (``the Party leader``, where ``Party`` is an ORG), and
        then two of them before the core (``Vietnamese NA Chairman``).
        Posts chained with commas are one title when a name follows them (unless the
        title comes right after a comma no date ends before, as the next item of a list, or after ``the``:
        ``with the Australian Consul General, Secretary Tran Luu Quang``; or the first post is lower-case with
        no complement, ``act as standing vice chair, and Deputy Minister …``, or after ``former`` or ``also``,
        ``Bill Shorten, former leader of …, and Australian Ambassador …``), or with no name
        after them when the title is an ``appositive`` (it follows a name and a comma).
        """
        if i and ORDINAL.match(d.words[i - 1]) and not is_capitalised(d.words[i]):
            return None  # ``the 11th member of ASEAN``: a place in a body's order, no post
        readings = []
        for core in dict.fromkeys((d.core_start.get(i, i), i, d.core_after.get(i, i))):
            parsed = self._title(d, i, core)
            chain = self._post_ends(d, i, core, commas=True)
            chained = (chain[0], chain[-1]) if chain else None
            if chained and chained != parsed and not self._bare_lower_case(d, i, core):
                name = self._name(d, chained[1])
                listed = self._listed_after(d, i) or (
                    i > 0 and not is_capitalised(d.words[i]) and d.lowered[i - 1] in BEFORE_LOWER_CASE_POST
                )
                if (name and not appositive and not listed) or (appositive and not name):
                    return (i, chained[1]), name, self._is_standalone(d, i, core, *chained)
                if appositive and (end := _before_named_post(d, chain)):
                    return (i, end), None, self._is_standalone(d, i, core, chained[0], end)
            if parsed:
                core_end, end = parsed
                name = self._name(d, end) or (None if appositive else self._name_after_comma(d, end))
                if name is None and not appositive and self.posted_heads.ends_at(d.lowered, core_end):
                    core_end, end = self._title(d, i, core, posted=False) or parsed  # ``in …`` only by a name
                reading = ((i, end), name, self._is_standalone(d, i, core, core_end, end))
                if reading[1] or reading[2]:
                    return reading
                readings.append(reading)
        return readings[0] if readings else None

    @staticmethod
    def _listed_after(d: _Doc, i: int) -> bool:
        """Whether the post at ``i`` follows ``the`` or a comma that no date ends a phrase before (``On
        September 26, Member of …, Standing Vice Chairman of … Phung Thi Hong Ha`` is one title)."""
        return i > 0 and (d.lowered[i - 1] == "the" or (d.lowered[i - 1] == "," and i - 2 not in d.date_ends))

    def _bare_lower_case(self, d: _Doc, i: int, core: int) -> bool:
        """Whether the post at ``i`` (core at ``core``) is lower-case and has no complement (``standing vice
        chair``)."""
        if is_capitalised(d.words[i]):
            return False
        unchained = self._unchained(d, i, core)
        return unchained is not None and unchained[0] == unchained[1]

    def _name_after_comma(self, d: _Doc, comma: int) -> tuple[int, int] | None:
        """``… met Dutch Minister of …, Cora van Nieuwenhuizen.``: a name of two words or more after the comma
        at ``comma``, ending the sentence, before a caption's bracket (``…, Susan Burns (Photo: SGGP)``) or
        ``who``, or set off by a comma that no ``and`` follows; after an honorific, wherever it ends (``Vice
        Mayor of Vientiane, Mr. Phoukhong Bannavong and …``); after a rank if any (``…, Archbishop Paul
        Gallagher``); one a family name that is a stop word opens (``…, He Wei.``). A bracketed acronym may
        stand before the comma (``Governor of … of the Republic of Korea (RoK), Kim Kwan Yong``)."""
        comma = after_bracketed_acronym(d.words, comma) or comma
        if comma + 1 >= len(d.words) or d.words[comma] != ",":
            return None
        rank = self._rank(d, comma + 1) if is_capitalised(d.words[comma + 1]) else None
        name = self._family_opened_name(d, rank[0] if rank else comma + 1)
        if name is None or name[1] - name[0] < 2:
            return None
        end = name[1]
        honoured = after_honorifics(self.honorifics, d.view, comma + 1) > comma + 1
        if honoured or end == len(d.words) or end in d.newline_before or d.words[end] in HOLDER_ENDS or (
            d.words[end] == "," and end + 1 < len(d.words) and d.lowered[end + 1] != "and"
        ):
            return name
        return None

    def _title(
        self, d: _Doc, i: int, core: int, commas: bool = False, posted: bool = True
    ) -> tuple[int, int] | None:
        """``(core end, end)`` of a title starting at ``i`` whose core starts at ``core``.

        Further posts chained with ``and`` (and, if ``commas``, with ``,`` or ``, and``) belong to it; a
        posted head's ``in …`` complement too if ``posted``.
        """
        ends = self._post_ends(d, i, core, commas, posted)
        return (ends[0], ends[-1]) if ends else None

    def _post_ends(self, d: _Doc, i: int, core: int, commas: bool = False, posted: bool = True) -> list[int]:
        """The core's end of the title ``_title`` reads, then the end of each of its chained posts."""
        if (unchained := self._unchained(d, i, core, posted)) is None:
            return []
        ends = list(unchained)
        across = i not in d.placed  # no nationality of its own: ``CPC General Secretary and Chinese …``
        while (more := self._chained(d, ends[-1], commas, across)) is not None or (
            (close := after_bracketed_acronym(d.words, ends[-1]))
            and (more := self._chained(d, close, commas, across))
        ):
            ends.append(self._complement(d, more))  # a bracketed acronym stays inside only before a post
        return ends[:2] if len(ends) > 2 and self._held_by_several(d, i, ends[-1]) else ends

    def _held_by_several(self, d: _Doc, i: int, end: int) -> bool:
        """Whether a word before the chained posts from ``i`` to ``end`` (``the`` between if any) says they are
        several people's (``both the Prime Minister and Ambassador Hildner``), no ``positions`` after them
        (``holding both Party leader and President positions``)."""
        before = _before_the(d, i)
        return before >= 0 and d.lowered[before] in self.several_holders and (
            end == len(d.words) or d.lowered[end] not in self.held_posts
        )

    def _unchained(self, d: _Doc, i: int, core: int, posted: bool = True) -> tuple[int, int] | None:
        """``_unchained_title``, read once per start, core and ``posted``."""
        if (i, core, posted) not in d.unchained:
            d.unchained[(i, core, posted)] = self._unchained_title(d, i, core, posted)
        return d.unchained[(i, core, posted)]

    def _unchained_title(self, d: _Doc, i: int, core: int, posted: bool) -> tuple[int, int] | None:
        """``(core end, end)`` of ``_title`` before any chained post."""
        if not d.newline_before.isdisjoint(range(i + 1, core + 1)):
            return None  # a nationality or body before the core stays on its line
        core_end = self._core(d, core)
        if core_end is None:
            return None
        if core in d.consorts:
            return core_end, core_end  # ``the King and Queen of the Netherlands``: the complement is both's
        end = self._complement(d, core_end, posted=posted and self.posted_heads.ends_at(d.lowered, core_end))
        if end == core_end and core == i and (body := d.organisation_end.get(core_end)) and self._name(d, body):
            end = body  # ``Chairman HCMC People’s Committee Phan Van Mai``: the ``of the`` left out
        owned = end == core_end == core + 1 and d.lowered[core] in self.owned_heads
        if owned and core - 1 not in d.organisation_ends:
            return None  # ``top Chinese leader Xi Jinping``: a description, not a post
        return core_end, end

    def _chained(self, d: _Doc, k: int, commas: bool, across: bool = False) -> int | None:
        """End of the core of a post chained at ``k`` (``and [organisation] core``, ``cum …``); after ``and``
        alone, also one after at most two capitalised words of its field, no name among them (``… and
        Emergency Relief Coordinator``) or, ``across``, after a nationality (``CPC General Secretary and
        Chinese President``); None if none."""
        comma = commas and k < len(d.words) and d.words[k] == ","
        k += comma
        if k < len(d.words) and d.lowered[k] in CHAIN_JOINERS:
            k += 1
        elif not comma:
            return None
        if k >= len(d.words) or k in d.newline_before or k in d.consorts:
            return None
        core = self._core(d, k) or self._core(d, d.organisation_end.get(k, k))
        if core is not None or comma:
            return core
        if across and k in d.nationality_end:
            return self._core(d, d.nationality_end[k])
        field = k
        while field < min(k + 2, len(d.words)) and is_capitalised(d.words[field]) and (
            field not in d.blocked and self._core(d, field) is None
        ):
            field += 1
        return self._core(d, field) if field > k else None

    @staticmethod
    def _place_alone(d: _Doc, k: int) -> bool:
        """Whether a place starts at ``k`` and no body's name goes on after it (``Bahrain Foreign Ministry``,
        ``Kenya's Ministry …``)."""
        end = d.place_end.get(k)
        return end is not None and (
            end == len(d.words) or (not is_capitalised(d.words[end]) and d.words[end] not in POSSESSIVES)
        )

    def _complement(self, d: _Doc, k: int, posted: bool = False) -> int:
        """``_read_complement``, read once per position and ``posted``."""
        if (k, posted) not in d.complements:
            d.complements[(k, posted)] = self._read_complement(d, k, posted)
        return d.complements[(k, posted)]

    def _read_complement(self, d: _Doc, k: int, posted: bool = False) -> int:
        """End of an ``of/for/to …`` complement starting at ``k`` (``k`` if none); ``in …`` too after a
        ``posted`` head, before a name (``Consul General in Shanghai``, not ``… in the city``); ``in charge
        of`` a lower-case remit only before such a complement (``in charge of law of the Coast Guard``). The
        post's bracketed acronym may stand before it (``Chief Financial Officer (CFO) of Samsung …``); none
        opens with a nationality's or a body's post (``the co-chair of Vietnamese Minister …``)."""
        acronym_end = after_bracketed_acronym(d.words, k)
        if acronym_end and acronym_end < len(d.words) and d.lowered[acronym_end] in self.first_connectors:
            end = self._complement(d, acronym_end, posted)
            return end if end > acronym_end else k
        first = d.lowered[k] if k < len(d.words) else None
        if first and YEAR.fullmatch(first) and (k + 1 == len(d.words) or not d.words[k + 1][:1].isalnum()):
            return k + 1  # the year of a rotating post right after it: ``Siphandone - ASEAN Chair 2024.``
        if d.lowered[k : k + len(IN_CHARGE)] == IN_CHARGE:  # ``in charge of law of the Vietnam Coast Guard``
            j = k + len(IN_CHARGE)
            while j < len(d.words) and j - k < len(IN_CHARGE) + MAX_LOWERCASE_WORDS and (
                d.words[j].isalpha() and d.words[j].islower() and d.lowered[j] not in self.connectors
            ):
                j += 1
            end = self._complement(d, j) if j > k + len(IN_CHARGE) and d.lowered[j : j + 1] == ("of",) else j
            return end if end > j else k
        named = k + 1 + (d.lowered[k + 1 : k + 2] == ("the",))  # what the connector names, past ``the``
        if first == "in" and posted:
            posted = named < len(d.words) and is_capitalised(d.words[named])
        bodies = d.organisation_end
        body_end = bodies.get(named) or bodies.get(d.nationality_end.get(named, -1))
        # ``at`` only before a whole body: not ``at ASEAN Future Forum``, an event named after it
        at_body = first == "at" and body_end is not None and d.prefix.get(named, body_end) <= body_end
        topic = first == "on" and named == k + 1 and is_capitalised(d.words[named]) and (
            self.topic_posts.ends_at(d.lowered, k)
        )  # ``Special Envoy on Climate Change``
        if first not in self.first_connectors and not (posted and first == "in") and not at_body and not topic:
            return k  # ``at`` only before a body: ``State Secretary at the German Federal Ministry for …``
        core = d.nationality_end.get(named, d.organisation_end.get(named) if named == k + 1 else None)
        if first == "of" and core is not None and self.heads.match(d.lowered, core):
            return k  # a nationality's or a body's post is no complement: ``the co-chair of Vietnamese Minister
            # … Ha``, ``Special Envoy of CPC General Secretary … Xi Jinping`` (not ``of the ASEAN Chair``)
        if first == "to" and named in d.place_end and named not in d.organisation_end and (
            not self.posted_heads.ends_at(d.lowered, k)
        ):  # only an envoy is posted to a place: ``the German Chancellor to Vietnam``, not to a body it
            return k  # opens (``Special Advisor to the Japan-Vietnam Parliamentary Friendship Alliance``)
        end, j = k, k + topic
        while j < len(d.words) and j not in d.newline_before:
            word = d.lowered[j]
            if j in d.prefix:
                if d.place_end.get(j) == d.prefix[j] and j - 1 in d.place_ends:
                    break  # a place right after a place: ``Ambassador to Vietnam Iran Frew``
                if d.nationality_end.get(j) == j + 1 and self._vietnamese_name(d, j):
                    break  # a name a nationality opens: ``… Provincial Party Committee Thai Dai Ngoc``
                j = end = d.prefix[j]
            elif word == "and" and j - 1 in d.place_ends and d.lowered[j + 1 : j + 2] == ("the",) and (
                j + 2 in d.place_end
            ):
                j += 2  # two places: ``Director General for Asia and the Pacific``
            elif word == "and" and d.lowered[j + 1 : j + 2] == ("the",) and (item := self._list_item(d, j + 1)):
                j = end = item  # the last of two portfolios: ``… of Natural Resources and the Environment``
            elif word == "and" and j + 1 < len(d.words) and (
                d.lowered[j + 1] == "the" or self._chained(d, j, commas=False) is not None
            ):
                break
            elif word == "," and (listed := self._listed(d, j)):
                j = end = listed
            elif is_capitalised(d.words[j]) and (body := self._named_body(d, j) or self._glossed_body(d, j)):
                j = end = body
            elif is_capitalised(d.words[j]) and (place := self._headed_place(d, j)):
                j = end = place
            elif j == k + 1 and d.lowered[k] == "for" and YEAR.match(word) and (
                j + 1 == len(d.words) or not d.words[j + 1][:1].isalnum()
            ):
                end = j + 1  # the year of a rotating post: ``ASEAN Chair for 2025,``
                break
            elif d.words[j].islower() and (unit := self._lowercase_body(d, j)):
                j = unit  # ``of the border guard department`` + ``of the General Staff …``
            elif word == "(" and (inserted := after_bracketed_insert(d.words, j)):
                j = inserted  # ``… of China (CPC) Central Committee``: kept only if the complement goes on
            elif word == "in" and ("in" in d.lowered[k:j] or (
                j - 1 in d.place_ends and self.located_bodies.isdisjoint(d.lowered[k:j])
                and not self.posted_heads.ends_at(d.lowered, k)
            )):
                # one place a post is held in (``… JICA Office in Viet Nam in Ha Noi``), abroad only for
                # an envoy or a body seated there (``Consul General of Singapore in …``, not ``… of China in
                # Beijing``)
                break
            elif word == "to" and j - 1 in d.place_ends and not self.posted_heads.ends_at(d.lowered, k):
                break  # only an envoy is posted to a place: ``welcome the Emir of Qatar to Vietnam``
            elif word == "at" and self._place_alone(d, j + 1 + (d.lowered[j + 1 : j + 2] == ("the",))):
                break  # where a post's holder is, no part of it: ``Head of State of Samoa at Government House``
            elif word in self.connectors or (
                ORDINAL.match(word) and j + 1 < len(d.words) and is_capitalised(d.words[j + 1])
            ) or (
                word in POSSESSIVES and end == j and j + 1 < len(d.words) and is_capitalised(d.words[j + 1])
            ) or (
                word in self.complement_descriptors and d.lowered[j - 1] in ("the", "of")
                and (place := d.place_end.get(j + 1)) is not None and place < len(d.words)
                and (is_capitalised(d.words[place]) or d.lowered[place] in self.complement_lowercase)
            ) or (
                word in self.complement_eras and d.lowered[j - 1] == "the" and j + 1 < len(d.words)
                and (j + 1 in d.place_end or d.lowered[j + 1] in self.complement_lowercase)
            ):
                j += 1  # ``of the 13th Party Central Committee``, ``of Yunnan province's Party Committee``,
                # ``of the southern Binh Duong provincial Party Committee``, ``of the former Can Tho``
            elif word in self.complement_words and (
                is_capitalised(d.words[j]) or word in self.complement_lowercase
            ) and not (word == "-" and d.lowered[j + 1 : j + 2] == ("the",)):  # ``of the Philippines – the …``
                rank = self._rank(d, j)
                if rank and self._name(d, rank[0]):
                    break
                j = end = j + 1
            else:
                break
            if j < len(d.words) and d.lowered[j - 1] in self.numbered_bodies and NUMBER.match(d.words[j]) and (
                len(d.words[j]) <= 2
            ):
                j = end = j + 1  # ``Commander of Military Zone 7``
        while end > k and d.words[end - 1] == "-":
            end -= 1  # a dash closing an inserted post: ``Governor - Permanent Representative … to the IAEA -``
        return end

    def _lowercase_body(self, d: _Doc, k: int) -> int | None:
        """The end of a lower-case unit at ``k`` (at most ``MAX_LOWERCASE_WORDS`` words ending in a body's
        head) when ``of``/``under`` and a capitalised body follow it; None otherwise."""
        for end in range(k + 1, min(k + MAX_LOWERCASE_WORDS, len(d.words) - 2) + 1):
            if not (d.words[end - 1].isalpha() and d.words[end - 1].islower()):
                return None
            if d.lowered[end - 1] in self.lowercase_bodies and d.lowered[end] in ("of", "under"):
                named = end + 1 + (d.lowered[end + 1] == "the")
                return end if named < len(d.words) and is_capitalised(d.words[named]) else None
        return None

    def _named_body(self, d: _Doc, k: int) -> int | None:
        """End of a body named by capitalised words from ``k`` up to a head such as ``Department``.

        ``Multilateral Trade Policy Department``, ``Inter-Governmental Joint Commission``, ``Front-line Tactical
        Command`` in a complement;
        None if there is none or a post starts at ``k``.
        """
        end, j = None, k
        while (
            j < len(d.words) and j - k < MAX_BODY_WORDS and j not in d.newline_before
            and (is_capitalised(d.words[j]) or (j > k and _is_hyphen(d, j)) or (
                j > k + 1 and _is_hyphen(d, j - 1) and d.words[j].isalpha()  # ``Front-line``
            ))
        ):
            j += 1
            if d.lowered[j - 1] in self.body_heads:
                end = j
        return end if end is not None and self._core(d, k) is None else None

    def _unknown_words_end(self, d: _Doc, k: int, stops: frozenset[str] = frozenset()) -> int:
        """End of at most ``MAX_UNKNOWN_WORDS`` capitalised words from ``k`` outside the vocabulary of posts and
        bodies, none of ``stops`` (``k`` if none)."""
        j = k
        while j < len(d.words) and j - k < MAX_UNKNOWN_WORDS and d.words[j].isalpha() and (
            is_capitalised(d.words[j]) and d.words[j] not in stops
            and d.lowered[j] not in self.complement_words and d.lowered[j] not in self.body_heads
        ):
            j += 1
        return j

    def _glossed_body(self, d: _Doc, k: int) -> int | None:
        """End of a body's own-language name and its bracketed gloss from ``k`` (``Milli Majlis (National
        Assembly)``): unknown words (not ``Parliament (lower house)``), then a bracketed insert holding a body's
        head; None if there is none."""
        j = self._unknown_words_end(d, k)
        close = after_bracketed_insert(d.words, j) if j > k else None
        if close and not self.glossed_body_heads.isdisjoint(d.lowered[j + 1 : close - 1]):
            return close
        return None

    def _headed_place(self, d: _Doc, k: int) -> int | None:
        """End of a place not in the gazetteer from ``k``: unknown words, then a capitalised head of its kind
        (``Izumisano City``, ``Cockburn Shire``); None if there is none."""
        heads = self.complement_place_heads
        j = self._unknown_words_end(d, k, heads)
        return j + 1 if k < j < len(d.words) and d.words[j] in heads else None

    def _listed(self, d: _Doc, k: int) -> int | None:
        """End of a list that goes on a complement from the comma at ``k``: ``, Sports and Tourism``.

        Its items are capitalised complement words, none starting a post, or places after a place; it ends
        with ``and``.
        """
        places = k - 1 in d.place_ends
        return list_end(d.lowered, k, lambda j: self._list_item(d, j, places))

    def _list_item(self, d: _Doc, k: int, places: bool = False) -> int | None:
        """End of the capitalised complement words from ``k`` (a nationality among them, ``the`` before them),
        or, in a list of ``places``, of a place, nationality or body there, ``the`` before it if any
        (``Ambassador to Algeria, Mali, … and Gambia``, ``… to Belgium, Luxembourg and the EU``); None if none
        or a post starts there."""
        k += d.lowered[k : k + 1] == ("the",)  # ``… and the Environment``
        if places and (place := d.place_end.get(k, d.nationality_end.get(k, d.organisation_end.get(k)))):
            return place if self._core(d, place) is None else None
        j = k
        while j < len(d.words) and j not in d.newline_before and is_capitalised(d.words[j]):
            if self._core(d, j) is not None:
                return None  # a post starts in it: ``…, and Vietnamese President Nguyen Phu Trong``
            if d.lowered[j] in self.complement_words:
                j += 1
            elif (nationality := d.nationality_end.get(j, j)) < len(d.words) and nationality > j and (
                d.lowered[nationality] in self.complement_words
            ):
                j = nationality  # ``…, African Cooperation and Moroccan Expatriates``
            else:
                break
        return j if j > k else None

    def _is_standalone(self, d: _Doc, i: int, core: int, core_end: int, end: int) -> bool:
        """A title without a name must start capitalised (its core, or an organisation before it: ``Vietnamese
        Government leader``) and end a post in a standalone role (its first post, or the last of a chain: ``Lao
        Party Secretary and President``), or open with a head that stands alone after ``the`` or ``former`` and
        capitalised modifiers if any (``The Secretary of the Hanoi Party Committee``, ``the Standing Deputy
        Secretary of …``, ``former Secretary of …``). None stands alone after ``a``/``an`` (``A Vietnamese State
        President`` is any holder), nor after a lower-case modifier other than a local qualifier (``the deputy
        FM``, a post of its own; ``the municipal Party chief`` stands), nor before ``level`` (``at the Head of
        State/Government level``, ``Deputy Minister-level talks``)."""
        if i and (d.lowered[i - 1] in ARTICLES or (
            self.modifiers.ends_at(d.lowered, i) and d.words[i - 1].islower()
            and d.words[i - 1] not in self.local_qualifiers
        )):
            return False
        after = end + 2 if d.words[end : end + 1] == ("/",) else end  # ``Head of State/Government``
        after += d.words[after : after + 1] == ("-",)
        if after < len(d.words) and d.lowered[after] == "level":
            return False
        if not is_capitalised(d.words[core]) and not (
            d.organisation_end.get(i) == core and d.lowered[core] in self.organisation_heads
        ):
            return False
        head = d.lowered[core_end - 1]
        if i and d.lowered[i - 1] in ("the", "former") and head in self.standalone_after_the and all(
            is_capitalised(word) for word in d.words[i:core_end]
        ):  # ``The Standing Deputy Secretary of the Municipal Party Committee``
            return True
        return any(d.lowered[k:stop] in self.standalone for stop in {core_end, end} for k in range(core, stop))

    def _rank_titles(self, d: _Doc, titles: dict, persons: dict) -> list[tuple[tuple[int, int], int, bool]]:
        """A capitalised military rank before a name, outside titles, with a nationality before it if any
        (``General Phan Van Giang``, ``Indian Colonel Dheeraj Kotwal``); a rank whose last word was read as
        a post replaces it, and so does a rank whose inner word was read as a post with a name after it
        (``Air Chief Marshal Airbull Suttiwan``, not ``Chief`` + ``Marshal …``).

        A name of several words (or with a Vietnamese family name) is taken at once; a single
        word is returned as pending, kept if the name is known from elsewhere (``General Giang``).
        """
        covered = positions_in((*titles, *persons))
        pending = []
        for i in d.view.where(self.rank_words):
            rank = self._rank(d, i)
            if rank is None or i in covered or not is_capitalised(d.words[i]):
                continue
            tail = next(((k, rank[0]) for k in range(i + 1, rank[0]) if (k, rank[0]) in titles), None)
            if tail:  # ``Lieutenant Commander``: the rank, not the post its last word names
                del titles[tail]
                titles[(i, rank[0])] = None
                covered.update(range(i, rank[0]))
                continue
            if stale := [span for span in (*titles, *persons) if i < span[0] < rank[0]]:
                for span in stale:
                    titles.pop(span, None)
                    persons.pop(span, None)
                covered = positions_in((*titles, *persons))
            name = self._plain_name(d, rank[0])
            if name is None or not covered.isdisjoint(range(*name)):
                continue
            start = d.nationality_at.get(i, i)  # ``Indian Colonel Dheeraj Kotwal``
            if _is_whole_name(d, name):
                titles[(start, rank[0])] = None
                persons[name] = None
                covered.update(range(start, name[1]))
            else:
                pending.append(((start, rank[0]), name[0], False))
        return pending

    def _rank(self, d: _Doc, k: int) -> tuple[int, str] | None:
        """The end and text of the rank starting at ``k`` on its line (not ``Army`` ending a headline and
        ``Gen.`` opening the next line), if any."""
        rank = self.ranks.match(d.lowered, k)
        return rank if rank is None or d.newline_before.isdisjoint(range(k + 1, rank[0])) else None

    def _ranks_between(self, d: _Doc, end: int, name_start: int) -> list[tuple[int, int]]:
        """A rank between a post and its holder, after a bracketed acronym or a comma if any (``Chief of Air
        Force (CAF) Air Marshal Stephen Chappell``, ``Secretary for Relations with States, Archbishop Paul
        Gallagher``)."""
        end = after_bracketed_insert(d.words, end) or end
        end += d.words[end : end + 1] == (",",)
        rank = self._rank(d, end)
        return [(end, rank[0])] if rank and rank[0] <= name_start and end < name_start else []

    def _acronym_between(self, d: _Doc, title: tuple[int, int], name_start: int) -> list[tuple[int, int]]:
        """``Foreign Minister (FM) Pham Binh Minh``, ``Chief of Air Force (CAF) …``: an acronym bracketed
        between a post and its holder, of the initials of its capitalised words from a head on, is a TITLE
        too, unless it names an organisation (``(MOFA)`` after ``Minister of Foreign Affairs``)."""
        start, end = title
        close = after_bracketed_acronym(d.words, end)
        if close is None or close > name_start or end + 1 in d.blocked:
            return []
        acronym = d.words[end + 1]
        for j in range(end - 1, start - 1, -1):
            initials = "".join(word[0] for word in d.words[j:end] if word != "-" and not word.islower())
            if len(initials) >= len(acronym):
                return [(end + 1, end + 2)] if initials == acronym and self._core(d, j) else []
        return []

    # names

    def _name(self, d: _Doc, k: int) -> tuple[int, int] | None:
        """The name right after a title on its line (skipping a bracketed acronym or short name, a military
        rank and honorifics); there, a stop word that is a family name opens one (``He Wei``)."""
        if k in d.newline_before:
            return None  # a headline's ``Mayor`` and the byline under it
        # ``Minister of Foreign Affairs (MOFA) Bui Thanh Son``, ``… (Paris region) Valérie Pécresse``
        k = after_bracketed_insert(d.words, k) or k
        rank = self._rank(d, k)
        if rank and is_capitalised(d.words[k]):
            after = self._plain_name(d, rank[0])
            if after:
                return after
        return self._family_opened_name(d, k)

    def _family_opened_name(self, d: _Doc, k: int) -> tuple[int, int] | None:
        """The plain name at ``k``, or one a stop word that is a family name opens (``Chinese Ambassador to
        Vietnam He Wei``, ``his Chinese counterpart He Rong``)."""
        name = self._plain_name(d, k)
        if name is None and k + 1 < len(d.words) and d.words[k] in self.family_stop_words and (
            k + 1 not in d.newline_before
        ):
            rest = self._plain_name(d, k + 1)
            name = (k, rest[1]) if rest and rest[0] == k + 1 else None
        return name

    def _plain_name(self, d: _Doc, k: int) -> tuple[int, int] | None:
        k = after_honorifics(self.honorifics, d.view, k)
        vietnamese = self._vietnamese_name(d, k) or self._place_as_name(d, k)
        if vietnamese:
            return vietnamese
        if d.place_end.get(k) == k + 1 and d.words[k].istitle():  # a name word that names a place too
            end = k + 1  # ``Deputy Prime Minister Hue``, ``Mr. Hue``, ``Ambassador to Vietnam Iran Frew``
            while end - k < MAX_NAME_WORDS and end not in d.newline_before and end < len(d.words) and (
                self._name_word(d, end)
            ):
                end += 1
            return k, end
        j, count = k, 0
        while j < len(d.words) and j - k < 2 and d.words[j] in self.particles:
            j += 1  # a name a particle opens: ``President da Silva``, ``President von der Leyen``
        if j > k and not (j < len(d.words) and self._name_word(d, j)):
            return None
        while j < len(d.words) and count < MAX_NAME_WORDS and self._name_word(d, j, inner=count > 0):
            j, count = j + 1, count + 1  # ``Men Sam An``: a syllable after a first word
            after = j  # past up to two particles: ``Cora van Nieuwenhuizen``, ``Ursula von der Leyen``
            while after < len(d.words) and after - j < 2 and d.words[after] in self.particles:
                after += 1
            if after > j and after < len(d.words) and (
                self._name_word(d, after) or (d.place_end.get(after) == after + 1 and d.words[after].istitle())
            ):
                j = after  # a place's name too after a particle: ``Paul de Jersey``
            elif j + 2 < len(d.words) and d.words[j] in self.particles and d.words[j + 1] == "-" and (
                self._name_word(d, j + 2)
            ):
                j += 3  # ``Tamim bin Hamad al-Thani``, ``Abdel Fattah el-Sisi``
            while _is_hyphen(d, j) and (
                _is_hyphened_syllable(d.words[j + 1]) or (d.words[j + 1].isalpha() and d.words[j + 1].istitle())
            ):
                j += 2  # ``Dong-yeon``, ``Jae-myung``, ``Al-Sabah``
            if j in d.newline_before:
                break
        if k < j < len(d.words) and d.lowered[j - 1] in self.particles and self._name_word(d, j, inner=True):
            j += 1  # nor in a particle: ``Obaid Saeed Obaid Bintaresh Al Dhaheri``
        while j > k and INITIALS.fullmatch(d.words[j - 1]):  # a name does not end in initials
            j -= 1
        j += j > k and self._place_ends_name(d, k, j)
        if j > k and j < len(d.words) and d.lowered[j] in name_suffixes():
            j += 1  # ``Ferdinand Romualdez Marcos Jr.``
        if j < len(d.words) and d.words[j].isdigit() and j not in d.newline_before:
            return None  # a unit's number ends no name: ``Commander Joint Task Force 661``
        return (k, j) if j > k else None

    @staticmethod
    def _place_ends_name(d: _Doc, k: int, j: int) -> bool:
        """Whether the one-word place at ``j`` ends the foreign name from ``k`` (``Lloyd Austin``, ``Luis
        Montenegro``, ``Huang Kunming``): no capitalised word follows it and no Vietnamese family name opens
        the name."""
        return (
            d.place_end.get(j) == j + 1 and d.words[j].istitle() and d.lowered[k] not in family_names()
            and not (j + 1 < len(d.words) and is_capitalised(d.words[j + 1]))
        )

    def _in_name(self, d: _Doc, j: int) -> bool:
        """Whether the post word at ``j`` is a name's: hyphened to a capitalised word that is no post word
        (``Amir-Abdollahian``, not ``Secretary-General``) or before a patronymic and a capitalised word
        (``Sultan Bin Ahmed Al Jaber``)."""
        return j + 2 < len(d.words) and is_capitalised(d.words[j + 2]) and (
            (d.words[j + 1] == "-" and d.lowered[j + 2] not in self.core_words)
            or d.lowered[j + 1] in self.patronymics
        )

    def _name_word(self, d: _Doc, j: int, inner: bool = False) -> bool:
        """A word of a name; a stop word that is also a syllable (``An``) only where it is ``inner``, as in
        ``_syllable``."""
        word = d.words[j]
        return (
            j not in d.blocked
            and is_capitalised(word)
            and (
                word.replace("-", "").replace("'", "").isalpha() or INITIALS.fullmatch(word) is not None
                or word in self.abbreviated_given_names
            )
            and (word not in self.stop_words or (inner and word in self.syllable_stop_words))
            and (not self.heads.match(d.lowered, j) or self._in_name(d, j))
            and not self.modifiers.match(d.lowered, j)
            and d.lowered[j] not in self.title_plurals  # ``Deputy Prime Ministers``
        )

    def _place_as_name(self, d: _Doc, k: int) -> tuple[int, int] | None:
        """A place right after a title that is a whole Vietnamese name: ``President Ho Chi Minh``."""
        if k not in d.place_end:
            return None
        name = self._vietnamese_name(d, k, place_ok=True)
        return name if name and name[1] == d.place_end[k] else None

    def _vietnamese_name(self, d: _Doc, k: int, place_ok: bool = False) -> tuple[int, int] | None:
        """Family name + one to three capitalised syllables: ``Nguyễn Phú Trọng``.

        ``place_ok``: the caller found a place starting at ``k`` (after a title); it does not block. A
        nationality that is a family name opens a name of three Vietnamese syllables or more (``Thai Dai
        Ngoc``, not ``Thai Nguyen`` nor ``Thai Air Force``).
        """
        if k >= len(d.words) or d.lowered[k] not in family_names():
            return None
        nationality = d.nationality_end.get(k) == k + 1
        if k in d.blocked and not place_ok and not nationality:
            return None
        family = d.words[k]
        if not is_capitalised(family):
            return None
        upper, j = family.isupper(), k + 1

        def before_syllable(k: int) -> bool:  # ``The`` of ``Bui The Duy``
            after = k + 1
            if after >= len(d.words) or after in d.newline_before:
                return False
            return self._syllable(d, after, upper, False)

        while (
            j < len(d.words) and j - k < 4 and j not in d.newline_before
            and self._syllable(d, j, upper, j - k > 1 or before_syllable(j))
            and (j - k < 3 or is_syllable(d.words[j]))  # not ``Nguyen Manh Hung Adachi (Masashi)``
        ):
            j += 1
        if j - k >= 2 and _is_hyphen(d, j) and _is_hyphened_syllable(d.words[j + 1]):
            j += 2  # ``Kim Hong-kyun``
        if nationality and not place_ok and (j - k < 3 or not all(map(is_syllable, d.words[k + 1 : j]))):
            return None
        return (k, j) if j - k >= 2 else None

    def _syllable(self, d: _Doc, j: int, upper: bool, inner: bool) -> bool:
        """A given-name syllable; place words that are syllables count (``Nguyễn Hòa Bình``, not ``To
        Vietnam``), after a family name.

        A stop word that is also a syllable (``An``) counts where it is ``inner``: after another syllable
        (``Nguyễn Văn An``) or before one (``Bùi Thế Duy`` written ``Bui The Duy``).
        """
        word = d.words[j]
        return (
            (j not in d.blocked or (j in d.placed and is_syllable(word)))
            and word.isalpha()
            and len(word) <= MAX_SYLLABLE
            and (word.isupper() if upper else word.istitle())
            and (word not in self.stop_words or (inner and word in self.syllable_stop_words))
        )

    def _vietnamese_names(self, d: _Doc, titles: dict, persons: dict, vessels: list[tuple[int, int]]) -> None:
        """Vietnamese names anywhere, outside titles and names already found; those of ships (and their
        later mentions) go to ``vessels``."""
        covered = positions_in((*titles, *persons))
        ships: set[tuple[str, ...]] = set()
        i = 0
        for start in d.view.where(family_names()):
            name = None if start < i or start in covered else self._vietnamese_name(d, start)
            if name and covered.isdisjoint(range(*name)):
                words = d.lowered[name[0] : name[1]]
                if words in ships or self._names_vessel(d, name):
                    ships.add(words)
                    vessels.append(name)
                else:
                    persons[name] = None
                i = name[1]

    def _names_vessel(self, d: _Doc, name: tuple[int, int]) -> bool:
        """Whether ``name`` is a ship's: a vessel word after it, or before it with a hull number and a
        dash between, if any (``Sailing Vessel 286 - Le Quy Don``, ``frigate HQ-011 Dinh Tien Hoang``)."""
        start, end = name
        if end < len(d.words) and d.lowered[end] in self.vessel_words:
            return True
        j = start - 1
        while j >= 0 and start - j <= 4 and (d.words[j] in DASHES or any(c.isdigit() for c in d.words[j])):
            j -= 1
        return j >= 0 and d.lowered[j] in self.vessel_words

    def _prefixed_vessels(self, d: _Doc) -> list[tuple[int, int]]:
        """A navy's ship prefix and the capitalised words after it: ``BRP Gabriela Silang``."""
        ships = []
        for i in d.view.where(self.vessel_prefixes):
            if not d.words[i].isupper():
                continue
            end = i + 1
            while end < len(d.words) and end - i <= 4 and is_capitalised(d.words[end]):
                end += 1
            if end > i + 1:
                ships.append((i, end))
        return ships

    def _honorific_names(self, d: _Doc, titles: dict, persons: dict) -> None:
        """A name after an honorific or a cue, outside titles and names already found: ``Mr. Khiev
        Rithiphorn``, ``his Lao counterpart Khamliang Outhakaysone``. A comma may follow a cue, and a
        plural cue names each of a list (``counterparts, Sonexay Siphandone and Hun Manet``)."""
        covered = positions_in((*titles, *persons))
        for i in d.view.where(self.honorific_words):
            after = after_honorifics(self.honorifics, d.view, i)
            cue = after == i and d.words[i] in self.name_cues
            if (after == i and not cue) or i + 1 in covered:
                continue
            k = i + 1 + (cue and i + 2 < len(d.words) and d.words[i + 1] == ",")
            plural = cue and d.words[i].endswith("s")
            name = self._family_opened_name(d, max(after, k))
            while name and covered.isdisjoint(range(*name)) and not (cue and name[0] in d.place_end):
                persons[name] = None
                covered.update(range(*name))
                listed = plural and name[1] + 1 < len(d.words) and d.lowered[name[1]] in (",", "and")
                name = self._plain_name(d, name[1] + 1) if listed else None

    def _epithets(self, d: _Doc, persons: dict) -> None:
        """``Uncle Ho``: the capitalised name after an epithet's first word is its person, named in full (not
        in a longer name: ``Uncle Ho Chi Minh``)."""
        covered = positions_in(persons)
        for i in d.view.where(self.epithet_words):
            found = self.epithets.match(d.lowered, i)
            if found is None:
                continue
            end, norm = found
            longer = end < len(d.words) and is_capitalised(d.words[end])
            if is_capitalised(d.words[i + 1]) and not longer and covered.isdisjoint(range(i, end)):
                persons[(i + 1, end)] = norm

    def _well_known_people(self, d: _Doc, titles: dict, persons: dict) -> None:
        """``Fidel Castro``, ``Lenin``: a name of the well-known people's list, capitalised, not a place's whole
        name nor in a body, event or agreement, and in no longer capitalised name (``Lenin Prize``, ``Lee Kuan
        Yew School``; a sentence's first word or a post may stand before it: ``Congratulating Justin
        Trudeau``)."""
        taken = positions_in(persons)
        title_ends = {end for _, end in titles}
        for i in d.view.where(self.people_words):
            found = self.people.match(d.lowered, i)
            if found is None or d.place_end.get(i) == found[0]:  # ``Jose Marti airport``
                continue
            end, _ = found
            span = range(i, end)
            longer = (
                i > 0 and i not in d.newline_before and i not in title_ends and is_capitalised(d.words[i - 1])
                and sentence_start(d.words, d.newline_before, i - 1) != i - 1
            ) or (end < len(d.words) and end not in d.newline_before and is_capitalised(d.words[end]))
            if (
                is_capitalised(d.words[i]) and is_capitalised(d.words[end - 1]) and not longer
                and taken.isdisjoint(span) and d.placed.issuperset(d.blocked.intersection(span))
            ):
                persons[(i, end)] = None
                taken.update(span)

    def _credits(self, d: _Doc, persons: dict) -> None:
        """Photo credits (``Photo Trí Dũng``, ``Photo: T.PHUONG``), bylines on a line of their own (``SON
        TRUNG``), before the time at a line's start (``Minh Anh 23:57, 2020/09/08``) and before ``/`` and the
        paper (``Vinh Tho - Duy Linh / Tuoi Tre News``)."""
        covered = positions_in(persons)
        cues = d.view.where(self.credit_words)
        for i in sorted({*cues, *d.newline_before}):
            word = d.words[i]
            if word in self.credit_cues:
                first = i + 1
                if first < len(d.words) and d.words[first] in (":", "by"):
                    first += 1  # ``Photos: …``, ``Translated by …``
                agency = d.organisation_end.get(first)
                if agency is not None and agency < len(d.words) and d.words[agency] == "/":
                    first = agency + 1  # ``Photo: SGGP/ Viet Dung``
                j = first
                while j < len(d.words) and j - first < 4 and (j == first or j not in d.newline_before) and (
                    self._name_word(d, j, inner=j > first) or GLUED_INITIAL.fullmatch(d.words[j])
                ):
                    j += 1  # not onto the next line: ``Photo: T.PHUONG`` + ``Visiting …``; ``Photo Nhựt An``
                if j > first and covered.isdisjoint(range(first, j)):
                    persons[(first, j)] = None
            elif i in d.newline_before and word.isupper() and word.isalpha():
                j = i
                while j < len(d.words) and j - i < 4 and d.words[j].isupper() and (
                    d.words[j].isalpha() and j not in d.blocked
                ):
                    j += 1
                if j - i >= 2 and j - 1 in d.newline_after and covered.isdisjoint(range(i, j)):
                    persons[(i, j)] = None
            elif i in d.newline_before:
                names = self._byline_names(d, i)
                end = names[-1][1] if names else i
                if end < len(d.words) and covered.isdisjoint(range(i, end)) and (
                    CLOCK.fullmatch(d.words[end]) or (d.words[end] == "/" and end + 1 in d.organisation_end)
                ):
                    persons.update(dict.fromkeys(names))

    def _byline_names(self, d: _Doc, i: int) -> list[tuple[int, int]]:
        """The names of two or three words from ``i`` on, joined by ``-``, ``,`` or ``and`` (``Ngoc Mai -
        Van Ha``), a one-word place among their words (``Vinh Tho``); none if a joiner is not followed by such
        a name."""
        names: list[tuple[int, int]] = []
        start = i
        while True:
            j = start
            while j < len(d.words) and j - start < 3 and (
                self._name_word(d, j) or (d.place_end.get(j) == j + 1 and d.words[j].isalpha())
            ) and (j == start or j not in d.newline_before):
                j += 1
            if j - start < 2 or d.placed.issuperset(range(start, j)):
                return []
            names.append((start, j))
            if j + 1 >= len(d.words) or d.lowered[j] not in BYLINE_JOINERS:
                return names
            start = j + 1

    @staticmethod
    def _known_name_words(doc: Doc, d: _Doc, persons: dict, base_words: int = 1) -> set[str]:
        """Lower-cased words of multi-word names found so far, and of the base model's names of ``base_words``
        words or more."""
        known = {d.lowered[k] for s, e in persons if e - s > 1 for k in range(s, e)}
        known.update(
            fold(t.text).lower() for e in doc.ents if e.label_ == "PERSON" and len(e) >= base_words for t in e
        )
        return known

    @staticmethod
    def _repeated_names(d: _Doc, titles: dict, persons: dict) -> None:
        """Names of several words found once, written again elsewhere (for the appositives after them)."""
        names = {d.lowered[s:e] for s, e in persons if e - s > 1}
        covered = positions_in((*titles, *persons))
        for start in d.view.where({name[0] for name in names}):
            for name in names:
                end = start + len(name)
                if d.lowered[start:end] == name and covered.isdisjoint(range(start, end)) and (
                    d.blocked.isdisjoint(range(start, end)) and is_capitalised(d.words[start])
                ):
                    persons[(start, end)] = None
                    covered.update(range(start, end))

    def _names_before_posts(self, d: _Doc, titles: dict, persons: dict) -> None:
        """``led by Wiraka Moodhitaporn, Consul General of …``, ``the swearing-in of Ferdinand Romualdez Marcos
        Jr. as President of …``, ``and Kevin McCarthy – Speaker of …``: two to five name words (hyphened ones
        too) after a lower-case word, then a comma, a spaced dash or ``as`` and an appositive's post (``Chris
        Taylor, the British Ambassador to Vietnam, …``), are a name (its title is found with the appositives or
        the post cues). A word that is also a syllable (``An``) may end it, not start it (``led by Men Sam An,
        Vice President of …``)."""
        covered = positions_in((*titles, *persons))
        for link in d.view.where(POST_LINKS):
            if _is_hyphen(d, link):
                continue  # ``Jean-Pierre``
            end = link - (link > 0 and d.lowered[link - 1] in name_suffixes())  # ``… Marcos Jr. as``
            start, count = end, 0
            while start > 0 and count < MAX_NAME_WORDS:
                if start > 2 and _is_hyphen(d, start - 2) and (
                    _is_hyphened_syllable(d.words[start - 1]) or self._name_word(d, start - 1)
                ) and self._name_word(d, start - 3, inner=True):
                    start -= 3  # ``Lee Jae-myung``, ``Jean-Pierre Raffarin``
                elif self._name_word(d, start - 1, inner=True):
                    start -= 1
                else:
                    break
                count += 1
            while start < end and d.words[start] in self.syllable_stop_words:  # inner only: not a first word
                start += 1
            opens = sentence_start(d.words, d.newline_before, start) == start
            if (
                end - start < 2 or (not opens and is_capitalised(d.words[start - 1]))
                or not covered.isdisjoint(range(start, link + 1))
            ):
                continue
            if self._appositive_title(d, link + 1):
                persons[(start, link)] = None
                covered.update(range(start, link))

    def _appositives(self, d: _Doc, titles: dict, persons: dict) -> None:
        """``Nguyen Phu Trong, General Secretary of …``: a title right after a name and comma (or dash). A chain
        of posts there replaces its first post found alone (``Men Sam An, Vice President of the CPP, …``)."""
        found_at = {s: e for s, e in titles}
        names = {s for s, _ in persons}
        for _, end in sorted(persons):
            # ``Do Van Chien (right), Politburo member, …``, ``Tran Thanh Man, 62, Politburo Member …``
            end = after_age(d.words, after_caption_direction(d.lowered, end))
            if end + 1 >= len(d.words) or d.words[end] not in SETS_OFF or end + 1 in names:
                continue
            title = self._appositive_title(d, end + 1)
            if title and title[1] > found_at.get(title[0], title[0]):
                replace_inside(titles, {title: None})

    def _appositive_title(self, d: _Doc, k: int) -> tuple[int, int] | None:
        """The title of an appositive at ``k``, with no name after it. After ``the`` (``…, the newly appointed
        US Consul General in HCMC, …``) the title must close the phrase, or the name before is only the one
        spoken to (``… Kritenbrink, the US Embassy would …``)."""
        start = self._appositive_start(d, k)
        definite = start == k and (start := definite_start(d.view, k, self.definite_modifiers)) > k
        found = self._title_with_name(d, start, appositive=True)
        if not found or found[1]:
            return None
        return None if definite and not closes_phrase(d.view, found[0][1], self.definite_closers) else found[0]

    @staticmethod
    def _appositive_start(d: _Doc, k: int) -> int:
        """``k``, or the capitalised post after an indefinite article, ``former`` or ``also`` at ``k`` (``, a
        State Councillor``, ``, former Prime Minister``, ``, a former Minister``), any post after ``former`` or
        ``also`` alone (``, former leader of the Australian Labor Party``), or the capitalised post after an
        owner's possessive (``, Singapore's Consul General in …``, ``, USAID’s Mission Director for …``)."""
        j = k
        while j + 1 < len(d.words) and j - k < 2 and d.lowered[j] in BEFORE_APPOSITIVE_POST:
            j += 1
        owner = d.prefix.get(j, j)
        if owner > j and owner + 1 < len(d.words) and d.lowered[owner] in POSSESSIVES:
            j = owner + 1
        return j if j > k and (is_capitalised(d.words[j]) or (
            j == k + 1 and d.lowered[k] in BEFORE_LOWER_CASE_POST
        )) else k

    def _cued_posts(self, d: _Doc, titles: dict, persons: dict, known: set[str]) -> None:
        """``she later became Deputy Head of …``, ``appointing Mr. Tran Luu Quang as Secretary of …``: a
        capitalised post (or a comma chain of posts) after a post cue or a name and ``as`` (and fillers:
        ``to elect Hue as the NA Chairman``, ``Zalewski as the first …``), in a sentence about a person (named
        in it, or meant by a pronoun), unless a place is the cue's subject (a country's post: a place, then at
        most ``MAX_CUE_WORDS`` lower-case words). It replaces a shorter title found at its start."""
        found_at = {start: end for start, end in titles}
        covered = positions_in((*titles, *persons))
        person_ends = {end for _, end in persons}
        for start in self._title_starts(d):
            link = before_fillers(d.lowered, start) - 1
            if (start in covered and start not in found_at) or not (
                after_post_cue(self.post_cues, d.lowered, start)
                or (link > 0 and d.lowered[link] == "as" and link in person_ends)
            ):
                continue
            first = sentence_start(d.words, d.newline_before, start)
            about = any(
                word in self.pronouns or (word in known and is_capitalised(d.words[k]))
                for k, word in enumerate(d.lowered[first:start], first)
            )
            if self._place_subject(d, first, start):
                continue  # a country's chairmanship: ``Vietnam will also serve as Chair of ASEAN``
            found = self._title_with_name(d, start, appositive=True) if about else None
            if found is None or found[1] or not self._capitalised_posts(d, *found[0]):
                continue
            end = found[0][1]
            if covered.isdisjoint(range(found_at.get(start, start), end)):
                titles.pop((start, found_at.get(start)), None)
                titles[found[0]] = None
                covered.update(range(start, end))

    @staticmethod
    def _place_subject(d: _Doc, first: int, start: int) -> bool:
        """Whether a place ends right before the lower-case words that end at ``start`` (within
        ``MAX_CUE_WORDS`` words before it and not before the sentence start ``first``)."""
        lowest, k = max(first, start - MAX_CUE_WORDS), start - 1
        while k >= lowest and d.words[k].isalpha() and d.words[k].islower():
            k -= 1
        return k >= lowest and k in d.place_ends

    def _speaking_places(self, d: _Doc, persons: dict, known: set[str]) -> None:
        """``Hue said``, ``according to Hue``, ``Vinh, who …``, ``Hue’s visit``, ``invited Hue to``: a one-word
        place that is a word of a name found (``Vuong Dinh Hue``) is that person before a verb of speaking or
        hosting or ``, who``, after ``according to``, before a possessive and a noun of what a person does, or
        between a verb asking someone to act and ``to``, or before ``from`` and a post it is relieved of
        (``relieving Hue from his positions``); a place named after a person is that person before a possessive
        or a word of its work (``Ho Chi Minh's thought``, ``Ho Chi Minh thought``)."""
        lowered = d.lowered
        for start, end in d.place_end.items():
            if (start, end) in persons:
                continue
            if end - start == 1 and lowered[start] in known and (
                (end < len(lowered) and lowered[end] in self.person_verbs)
                or lowered[max(0, start - 2) : start] == ("according", "to")
                or lowered[end : end + 2] == (",", "who")
                or (end + 1 < len(lowered) and lowered[end] in POSSESSIVES
                    and lowered[end + 1] in self.person_possessions)
                or (start > 0 and lowered[start - 1] in self.person_object_verbs
                    and lowered[end : end + 1] == ("to",))
                or (lowered[end : end + 1] == ("from",) and end + 2 < len(lowered)
                    and lowered[end + 1] in DETERMINERS and lowered[end + 2] in self.person_relieved_from)
            ):
                persons[(start, end)] = None
            elif end < len(d.words) and (
                d.lowered[end] in POSSESSIVES or d.lowered[end] in self.eponymous_works
            ) and " ".join(d.lowered[start:end]) in self.eponymous_places:
                persons[(start, end)] = None

    @staticmethod
    def _repeated_titles(d: _Doc, titles: dict, persons: dict, unheld: list[tuple[int, int]]) -> None:
        """``the Secretary of the HCMC Party Committee`` with no name: a title of three words or more
        written (case kept) as one held by a named person elsewhere in the document stands for that person,
        not after ``a``/``an`` (``a Vietnamese Prime Minister`` is any holder)."""
        held = {d.words[s:e] for s, e in titles if e - s >= MIN_REPEATED_TITLE_WORDS}
        taken = positions_in((*titles, *persons))
        for start, end in unheld:
            if start and d.lowered[start - 1] in ARTICLES:
                continue
            if d.words[start:end] in held and taken.isdisjoint(range(start, end)):
                titles[(start, end)] = None
                taken.update(range(start, end))

    def _names_after_plural_posts(self, d: _Doc, titles: dict, persons: dict) -> None:
        """``Deputy Mayors of Budapest Anett Bősz and Gábor Kerpel-Fronius``: the names listed (with commas and
        ``and``) right after a capitalised plural post and its complement are PERSONs, past names found before
        and captions' directions (``Ambassadors Dang Hoang Giang (R) and Dennis Francis Smith``); the post is no
        TITLE."""
        taken = positions_in((*titles, *persons))
        for k in d.view.where(self.title_plural_words):
            if not is_capitalised(d.words[k]) or k in taken:
                continue
            j = self._complement(d, k + 1)
            while (name := self._name(d, j)) and (name in persons or taken.isdisjoint(range(*name))):
                persons.setdefault(name, None)
                taken.update(range(*name))
                if (j := next_item(d.lowered, after_caption_direction(d.lowered, name[1]))) is None:
                    break

    def _capitalised_posts(self, d: _Doc, start: int, end: int) -> bool:
        """Whether the words of a title before its first complement (or its year) are capitalised (a hyphen
        between two of them too: ``Co-Chair``; a post's word after an organisation may be lower case:
        ``Politburo member``); a posted head's complement may open with ``in``."""
        words = takewhile(lambda k: d.lowered[k] not in self.first_connectors and d.lowered[k] != "in",
                          range(start, end))
        return all(
            is_capitalised(d.words[k]) or d.words[k] == "-" or YEAR.fullmatch(d.words[k])
            or (k > start and k - 1 in d.organisation_ends)
            for k in words
        )


@Language.factory(
    "vnentities_officials", assigns=["doc.spans"]
)
def make_officials(nlp: Language, name: str) -> OfficialTagger:
    """Factory of the officials component."""
    return OfficialTagger(nlp, name)

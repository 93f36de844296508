"""Resolution: one flat set of entities, and what each refers to.

Rule spans from the other components compete by length (the guide's "longest span
wins"), then by label priority; the base model's entities (when there is one) fill the
gaps, mapped to the guide's labels. Then, per document: partial names resolve to the
most salient full name, titles to their holder, and every entity's norm goes to
``Span.kb_id_`` (empty for ``null``).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from functools import cache
from operator import attrgetter

from spacy.language import Language
from spacy.tokens import Doc, Span

from .abbreviations import ORDINAL, after_bracketed_insert
from .agreements import AGREEMENTS_KEY
from .dates import DATES_KEY
from .lexicon import PhraseTable
from .names import family_names
from .officials import (
    BEFORE_APPOSITIVE_POST,
    PERSONS_KEY,
    TITLES_KEY,
    VESSELS_KEY,
    after_age,
    after_caption_direction,
    after_honorifics,
    after_post_cue,
    closes_phrase,
    definite_start,
    is_regnal,
    name_suffixes,
    person_norm,
    plural,
    post_cue_fillers,
    sentence_start,
)
from .organisations import EVENTS_KEY, ORGANISATIONS_KEY
from .places import DEMONYMS_KEY, PLACES_KEY, describes_a_country
from .resources import read_json
from .roles import BRACKETED, Role, broader, country_spans, describe
from .text import (
    ARTICLES,
    HOLDER_ENDS,
    POSSESSIVES,
    SENTENCE_ENDS,
    SpanData,
    View,
    fold,
    is_capitalised,
    set_entities,
)

RULE_GROUPS = (
    AGREEMENTS_KEY, EVENTS_KEY, TITLES_KEY, PERSONS_KEY, DATES_KEY, PLACES_KEY, ORGANISATIONS_KEY,
)
PRIORITY = {"AGREEMENT": 0, "TITLE": 1, "PERSON": 2, "DATE": 3, "ORG": 4, "EVENT": 5, "PLACE": 6}
BASE_LABELS = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "EVENT": "EVENT"}
# The base model's own entities, kept so the resolver can run again on a joined Doc.
BASE_KEY = "vne_base"
EDGE_WORDS = frozenset({"the", "The", "'s", "'", "’s", "’"})
SEVERAL_JOINERS = frozenset({"of", "the", "and", "for", "'s", "’s"})  # in plural bodies: ``People's Councils``
LIST_JOINERS = frozenset({",", "and", "&"})  # between generic words listed one by one: ``State, Government``
OWNERS = frozenset({"PLACE", "ORG"})  # an owner's possessive may stand between a name's link and its post
# What may stand between a name and the title it holds after it: ``Chiến, Permanent Vice
# Chairman …``, ``the appointment of … Chiến as (the) Permanent Vice Chairman …``, ``…, a former Minister``
# (the words officials read before an appositive post), or nothing in a list of appointments (``Le Hong Lam
# Ambassador to Norway;``: a title with no name after it).
LINKS = frozenset({
    "", ",", "—", "–", "-", ", a former", *(f", {word}" for word in BEFORE_APPOSITIVE_POST)
})
# What joins a post to the post before it held by the same person: a former post in a list of one person's
# posts (``…, former Secretary of …``), a new post after the present one (``assign Than, Deputy Secretary of
# …, as Secretary of …``)
SAME_HOLDER_LINKS = frozenset({", former", ", and former", "and former", ", as"})


def _linked(view: View, end: int, start: int) -> bool:
    """Whether only a link (and a caption's direction or an age: ``Chien (right), Politburo member``, ``Man,
    62, Politburo Member``) stands between a name ending at doc token ``end`` and a post at ``start``; ``as``
    and post cue fillers are one (``Zalewski as the first …``)."""
    k = bisect_left(view.index, end)
    after = after_age(view.words, after_caption_direction(view.lowered, k))
    if after != k and after < len(view.index):
        end = min(view.index[after], start)
    between = view.text_of(end, start)
    if "\n" in between:
        return False  # a line ending in a name and a caption's post under it
    link = between.strip()
    words = link.split()
    return link in LINKS or (words[:1] == ["as"] and post_cue_fillers().issuperset(words[1:]))


def _possessive_between(view: View, end: int, start: int) -> bool:
    """Whether only a possessive stands between an owner ending at doc token ``end`` and a post at ``start``."""
    return fold(view.text_of(end, start)).strip() in POSSESSIVES


def _flat(spans: list[SpanData]) -> list[SpanData]:
    """Non-overlapping spans: longest first, then by label priority, then leftmost."""
    taken: set[int] = set()
    chosen = []
    for span in sorted(spans, key=lambda s: (s.start - s.end, PRIORITY[s.label], s.start)):
        if taken.isdisjoint(range(span.start, span.end)):
            chosen.append(span)
            taken.update(range(span.start, span.end))
    return chosen


def _trim(span: Span, generic: frozenset[str]) -> SpanData | None:
    """A base-model span cut to the guide's edges, or None when it is not a name.

    Leading ``the``, possessives, punctuation, trailing lower-case words (``Guiyang city``) and an unclosed
    bracket with what follows it go; a span across a line break or opened by ``a``/``an`` (``a Comprehensive
    Economic Partnership Agreement``), a lone generic word (``State``), one of
    ``not_names`` (after an ordinal if any: ``44th National Day``), a name with a decoration's, ceremony's or
    strategy's head (``Friendship Order``, ``Signing Ceremony``, ``National Strategy on Climate Change``) or
    a PLACE/PERSON with digits, or a PLACE describing a ``nation`` or ``country``, is dropped. A PERSON is
    normed as a person's name, a PLACE as written
    (folded: ``Heidelberg``).
    """
    doc = span.doc
    start, end = span.start, span.end
    if "\n" in span.text.strip() or span[0].text in ARTICLES:
        return None

    def edge(token) -> bool:
        return token.text in EDGE_WORDS or token.is_punct or token.is_space

    opened = [k for k in range(start, end) if doc[k].text == "("]
    if opened and not any(doc[k].text == ")" for k in range(opened[-1], end)):
        end = opened[-1]  # an unclosed bracket: ``Nationally Determined Contributions (NDC``
    while start < end and edge(doc[start]):
        start += 1
    while end > start and (edge(doc[end - 1]) or doc[end - 1].is_lower):
        end -= 1
    label = BASE_LABELS[span.label_]
    words = doc[start:end]
    lowered = words.text.lower()
    if len(words) > 1 and ORDINAL.match(words[0].text):
        lowered = lowered.split(" ", 1)[1]
    if not len(words) or lowered in not_names() or (len(words) == 1 and lowered in generic) or (
        not unnamed_heads().isdisjoint(token.lower_ for token in words)
    ):
        return None
    if label == "ORG" and _names_several([token.lower_ for token in words], generic):
        return None
    if label in ("PLACE", "PERSON") and any(c.isdigit() for c in words.text):
        return None
    before = doc[start - 1].lower_ if start else ""
    if label == "PLACE" and describes_a_country(before, doc[end].lower_ if end < len(doc) else ""):
        return None  # ``the Caribbean nation``
    norm = person_norm(words.text) if label == "PERSON" else fold(words.text) if label == "PLACE" else ""
    if label == "PERSON" and not norm:  # nothing of it folds to a letter
        return None
    return SpanData(start, end, label, norm)


def _names_several(words: list[str], generic: frozenset[str]) -> bool:
    """``National Assemblies``, ``Ministries of Foreign Affairs``, ``Foreign Ministers``: generic words with a
    head in the plural (the word before ``of``, else the last) name several bodies or posts, no one
    organisation (``… Association of Prefectural Assembly Chairpersons`` is one); nor do generic words listed
    one by one (``State, Government``, ``Defence and Security``)."""
    if len(words) > 1 and set(words[0::2]) <= generic and set(words[1::2]) <= LIST_JOINERS:
        return True
    plurals = generic_plurals()
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return head in plurals and head not in generic and all(
        word in generic or word in plurals or word in SEVERAL_JOINERS for word in words
    )


def _name_keys(words: tuple[str, ...], regnal: bool) -> set[str]:
    """The words a full name is also mentioned by alone: its first, its last (before a suffix such as
    ``Jr.``), and its last two hyphened when it has three or more (``Diaz-Canel`` for ``Miguel Diaz
    Canel``); the middle one of a foreign name of three, a father's family name (``Bachelet`` for ``Michelle
    Bachelet Jeria``); only its first when it ends in a ``regnal`` number (``Charles`` for ``Charles III``)."""
    if regnal:
        return {words[0]}
    if len(words) > 2 and words[-1] in name_suffixes():
        words = words[:-1]  # ``Marcos`` for ``Ferdinand Romualdez Marcos Jr.``
    keys = {words[0], words[-1], *([f"{words[-2]}-{words[-1]}"] if len(words) > 2 else [])}
    if len(words) == 3 and words[0] not in family_names():
        keys.add(words[1])
    return keys


def _tails(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The shorter forms of a full name it is also mentioned by: its last two words or more, short of the
    whole (``Lula da Silva`` for ``Luiz Inacio Lula da Silva``, ``Marcos Jr.`` for ``Ferdinand Marcos Jr.``),
    but for an end that is a Vietnamese name of its own (``Do Hung Viet`` in ``SOM Do Hung Viet``); and the
    first and last, and the first two, words of a foreign name of three (``Bruno Parrilla`` for ``Bruno
    Rodriguez Parrilla``, ``Esteban Lazo`` for ``Esteban Lazo Hernandez``)."""
    tails = [words[k:] for k in range(1, len(words) - 1) if words[k] not in family_names()]
    if len(words) == 3 and words[0] not in family_names():
        tails += [(words[0], words[-1]), words[:2]]
    return tails


def _bracketed_after(view: View, title: SpanData, entity: SpanData) -> bool:
    """Whether ``entity`` stands alone in brackets right after ``title`` (``… of the Republic of Korea
    (RoK)``)."""
    after = view.ends[entity.end - 1]
    return view.text_of(title.end, entity.start).strip() == "(" and view.text[after : after + 1] == ")"


def _set_off(view: View, title: SpanData, named: SpanData, person: SpanData, starts: set[int]) -> bool:
    """``Vice Chairman of …, Le Trung Ho, said``, ``… met Dutch Minister of …, Cora van Nieuwenhuizen.``: a
    title, a comma (after a bracketed insert if any) and its holder ``named`` right after it (``person``, or the
    rank before them: ``…, Lieut. Gen. Nguyen Tan Cuong gave``), who ends the sentence, comes before a caption's
    bracket or ``who`` or is set off by a comma (when the title opens a sentence, or when neither another name
    nor ``and`` and a capitalised word follows: not a list) or, after a title opening a sentence, by a
    lower-case word other than ``and``."""
    if BRACKETED.sub("", view.text_of(title.end, named.start)).strip() != ",":
        return False
    after = bisect_left(view.index, person.end)
    if after >= len(view) or after in view.newline_before or view.words[after] in HOLDER_ENDS:
        return True
    start = bisect_left(view.index, title.start)
    opens = start == 0 or start in view.newline_before or view.words[start - 1] in SENTENCE_ENDS
    if view.words[after] != ",":
        return opens and view.words[after].islower() and view.words[after] != "and"
    if opens:
        return True
    if after + 1 == len(view):
        return False
    if view.lowered[after + 1] == "and":  # ``…, Lai Thai Binh, and other representatives``
        return after + 2 < len(view) and view.words[after + 2].islower()
    return view.index[after + 1] not in starts


def _subject(view: View, entities: list[SpanData], i: int, pronouns: frozenset[str]) -> SpanData | None:
    """The person a post cued at ``entities[i]`` is about: the last PERSON before it in its sentence (not a
    passive's agent: ``assigned by Prime Minister … to assume the position of …``), else, after a pronoun
    there, the last PERSON before that sentence in its paragraph."""
    at = bisect_left(view.index, entities[i].start)
    first = sentence_start(view.words, view.newline_before, at)
    line = next((k for k in range(first, -1, -1) if k in view.newline_before), 0)
    pronoun = not pronouns.isdisjoint(view.lowered[first:at])
    for k in range(i - 1, -1, -1):
        e = entities[k]
        end = bisect_left(view.index, e.end)
        if end <= line or (end <= first and not pronoun):
            return None
        if e.label == "PERSON" and not _passive_agent(view, entities, k, entities[i].start):
            return e
    return None


def _passive_agent(view: View, entities: list[SpanData], i: int, link_end: int) -> bool:
    """Whether the PERSON ``entities[i]``, before ``as`` or ``to`` and a post at doc token ``link_end``, is a
    passive's agent: ``by`` (and at most a TITLE) right before it (``appointed by Pope Francis as …``,
    ``assigned by Prime Minister … to assume the position of …``)."""
    if view.text_of(entities[i].end, link_end).split()[:1] not in (["as"], ["to"]):
        return False
    start = entities[i].start
    if i and entities[i - 1].label == "TITLE" and _linked(view, entities[i - 1].end, start):
        start = entities[i - 1].start
    k = bisect_left(view.index, start)
    return k > 0 and view.lowered[k - 1] == "by"


def _passive_subject(view: View, entities: list[SpanData], i: int) -> SpanData | None:
    """The last PERSON before a passive's agent ``entities[i]`` in its sentence (``Zalewski has been appointed
    by Pope Francis as …``), if any."""
    first = sentence_start(view.words, view.newline_before, bisect_left(view.index, entities[i].start))
    return next((
        e for e in reversed(entities[:i])
        if e.label == "PERSON" and bisect_left(view.index, e.start) >= first
    ), None)


def _counterparts(
    view: View,
    entities: list[SpanData],
    holders: dict[int, str],
    described: dict[int, Role],
    countries: list[tuple[int, int, str]],
) -> list[tuple[int, Role]]:
    """``Foreign Minister Bui Thanh Son met his Tongan counterpart Fekitamoeloa Katoa``: (the start of a PERSON
    after a nationality or country and ``counterpart``, the role of the last held post before it in its
    sentence, in that country), so that ``the Tongan FM`` later stands for the counterpart."""
    ending = {end: code for _, end, code in countries}
    found = []
    for i, e in enumerate(entities):
        if e.label != "PERSON":
            continue
        k = bisect_left(view.index, e.start)
        k -= k > 0 and view.words[k - 1] == ","
        if k < 2 or view.lowered[k - 1] != "counterpart" or not (code := ending.get(view.index[k - 1])):
            continue
        first = bisect_left(entities, view.index[sentence_start(view.words, view.newline_before, k)], hi=i,
                            key=attrgetter("start"))
        post = next((t for t in reversed(entities[first:i]) if t.label == "TITLE" and t.start in holders), None)
        if post and described[post.start].country != code:
            found.append((e.start, described[post.start]._replace(country=code)))
    return found


def _holding_longer(role: Role, roles: dict[str, set[Role]]) -> list[str]:
    """The people holding a title that begins with ``role``'s words (``Deputy Minister of …``), ``the``
    aside (``Chairman of United Russia Party`` for ``Chairman of the United Russia Party (URP) and …``)."""
    prefix = _without_the(role.words) + " "
    return [
        person for person, held in roles.items() if any(_without_the(r.words).startswith(prefix) for r in held)
    ]


def _holding_owned(role: Role, roles: dict[str, set[Role]]) -> list[str]:
    """For a post that is no known role (``the Secretary-General``), the people holding it after its owner's
    name, with no modifier between (``ASEAN Secretary-General``, not ``Deputy Secretary-General``)."""
    if role.roles != (role.words,):
        return []
    suffix = f" {role.words}"

    def owned(words: str) -> bool:
        return words.endswith(suffix) and generic_words().isdisjoint(words[: -len(suffix)].split())

    return [person for person, held in roles.items() if any(owned(r.words) for r in held)]


def _without_the(words: str) -> str:
    """Space-separated ``words`` without ``the``."""
    return " ".join(word for word in words.split() if word != "the")


@cache
def generic_words() -> frozenset[str]:
    """Institutional words that are never a name alone: ``State``, ``Government``, ``Party``."""
    terms = read_json("titles.json")
    return frozenset(terms["complement_words"]) | frozenset(terms["heads"]) | frozenset(
        terms["modifiers"]
    )


@cache
def generic_plurals() -> frozenset[str]:
    """The plurals of the generic words of one word: ``assemblies``, ``ministers``."""
    return frozenset(plural(word) for word in generic_words() if " " not in word)


@cache
def unnamed_heads() -> frozenset[str]:
    """Lower-cased heads of decorations, ceremonies and strategies, which name no ORG or EVENT: ``Order``."""
    return frozenset(read_json("base_model.json")["unnamed_heads"])


@cache
def not_names() -> frozenset[str]:
    """Lower-cased words that a base-model entity may not consist of alone: ``FDI``, ``Memoranda``."""
    return frozenset(word.lower() for word in read_json("base_model.json")["not_names"])


@cache
def stop_words() -> frozenset[str]:
    """Lower-cased words that are never a name mentioned alone: ``to`` of ``Tô Lâm``, ``an``."""
    return frozenset(word.lower() for word in read_json("titles.json")["name_stop_words"])


class Resolver:
    """Choose the final entities and resolve their norms."""

    def __init__(self, nlp: Language, name: str, *, use_base: bool = True) -> None:
        self.name = name
        self.use_base = use_base
        terms = read_json("titles.json")
        self.post_cues = PhraseTable.of(nlp.make_doc, terms["post_cues"])
        self.pronouns = frozenset(terms["pronouns"])
        self.honorifics = PhraseTable.of(nlp.make_doc, terms["honorifics"])
        self.definite_modifiers = frozenset(terms["definite_appositive"]["modifiers"])
        self.definite_closers = frozenset(terms["definite_appositive"]["closers"])

    def __call__(self, doc: Doc) -> Doc:
        view = View.of(doc)
        entities = _flat([s for key in RULE_GROUPS for s in view.group(doc, key)])
        vessels = view.group(doc, VESSELS_KEY)
        mentions, overridden = self._name_mentions(doc, entities, vessels)
        entities = [e for e in entities if e not in overridden] + mentions
        if self.use_base:
            nationalities = view.group(doc, DEMONYMS_KEY)  # ``Ukrainian`` is no base model's place
            taken = {i for e in (*entities, *nationalities, *vessels) for i in range(e.start, e.end)}
            generic = generic_words()
            if BASE_KEY not in doc.spans:
                doc.spans[BASE_KEY] = [e for e in doc.ents if e.label_ in BASE_LABELS]
            base = [t for e in doc.spans[BASE_KEY] if (t := _trim(e, generic)) and not self._honorific(view, t)]
            for span in _flat(base):
                if taken.isdisjoint(range(span.start, span.end)):
                    entities.append(span)
                    taken.update(range(span.start, span.end))
        entities.sort(key=lambda s: s.start)
        people = self._resolve_people(doc, entities)
        titles = self._resolve_titles(doc, entities, people)
        norms = [people.get(e.start, titles.get(e.start, e.kb_id)) for e in entities]
        set_entities(doc, [SpanData(*e[:3], norm) for e, norm in zip(entities, norms, strict=True)])
        return doc

    # people

    @staticmethod
    def _name_mentions(
        doc: Doc, entities: list[SpanData], vessels: list[SpanData]
    ) -> tuple[list[SpanData], set[SpanData]]:
        """Further mentions of names found elsewhere: the whole name, its end, or its key word alone (not in
        a ship's name); and the entities a whole name's repeat covers in pieces (``Orlando``, a city, and
        ``Hernandez Guillen`` in ``Orlando Hernandez Guillen``), which give way to it."""
        view = View.of(doc)
        texts = [view.text_of(e.start, e.end) for e in entities if e.label == "PERSON"]
        full = {tuple(fold(text).lower().split()): is_regnal(text) for text in texts if len(text.split()) > 1}
        keys = {  # a hyphened key is three words: ``diaz - canel``; an abbreviation (``Md.``, ``G.S.``) is none
            tuple(key.replace("-", " - ").split())
            for name, regnal in full.items() for key in _name_keys(name, regnal)
            if key not in stop_words() and not key.endswith(".")
        }
        keys.update(tail for name, regnal in full.items() if not regnal for tail in _tails(name))
        in_vessels = {i for e in vessels for i in range(e.start, e.end)}
        by_token = {i: e for e in entities for i in range(e.start, e.end)}
        sizes = sorted({len(name) for name in (*full, *keys)}, reverse=True)
        lowered = view.lowered
        found, overridden = [], set()
        k = 0
        for candidate in view.where({name[0] for name in (*full, *keys)}):
            if candidate < k:
                continue
            k = candidate
            for size in sizes:
                name = lowered[k : k + size]
                if len(name) < size or not (name in full or name in keys) or not is_capitalised(view.words[k]):
                    continue
                start, end = view.span(k, k + size)
                if not in_vessels.isdisjoint(range(start, end)):
                    continue
                pieces = {by_token[i] for i in range(start, end) if i in by_token}
                if name in full and all(
                    start <= e.start and e.end <= end and (e.start, e.end) != (start, end) for e in pieces
                ):
                    overridden.update(pieces)
                elif pieces:
                    continue
                found.append(SpanData(start, end, "PERSON", person_norm(view.text_of(start, end))))
                k += size
                break
        return found, overridden

    @staticmethod
    def _resolve_people(doc: Doc, entities: list[SpanData]) -> dict[int, str]:
        """PERSON norms by span start: partial mentions (a key word, or the end of a name) go to the most
        salient full name."""
        text_of = View.of(doc).text_of
        persons = [(e, text_of(e.start, e.end)) for e in entities if e.label == "PERSON"]
        full_names = [n for _, text in persons if len(text.split()) > 1 and (n := person_norm(text))]
        salience = Counter(full_names)
        by_key: dict[str | tuple[str, ...], list[str]] = {}
        for name in salience:
            words = tuple(name.lower().split())
            for key in (*_name_keys(words, is_regnal(name)), *_tails(words)):
                by_key.setdefault(key, []).append(name)
        norms = {}
        for person, text in persons:
            norm = person.kb_id or person_norm(text)  # ``Uncle Ho`` is named in full by the officials
            words = tuple(norm.lower().split())
            candidates = by_key.get(words[0] if len(words) == 1 else words, [])
            if candidates:
                norm = max(candidates, key=lambda n: salience[n])
            norms[person.start] = norm
        return norms

    # titles

    def _next_index(self, doc: Doc, i: int) -> int:
        """The first non-space token from ``i`` on, past a bracket closing a title (``(FM)``), a bracketed
        acronym or short name (``after_bracketed_insert``) and honorifics, on the same line (``len(doc)`` if
        none)."""
        view = View.of(doc)
        k = bisect_left(view.index, i)
        k += k < len(view.words) and view.words[k] == ")"  # ``Foreign Minister (FM) Pham Binh Minh``
        if k in view.newline_before:
            return len(doc)  # a headline's title is not held by the name that opens the next line
        k = after_bracketed_insert(view.words, k) or k  # ``Minister of Foreign Affairs (MOFA) Bui Thanh Son``
        k = after_honorifics(self.honorifics, view, k)  # ``Prime Minister Dato' Seri Anwar Ibrahim``
        return view.index[k] if k < len(view.index) else len(doc)

    def _resolve_titles(
        self, doc: Doc, entities: list[SpanData], people: dict[int, str]
    ) -> dict[int, str]:
        """TITLE norms by span start: the holder named next to it, else the role's holder."""
        holders: dict[int, str] = {}
        by_start = {e.start: e for e in entities}
        for title in reversed([e for e in entities if e.label == "TITLE"]):
            after = by_start.get(self._next_index(doc, title.end))
            if after is not None and after.label == "PERSON":
                holders[title.start] = people[after.start]
            elif after is not None and after.label == "TITLE" and after.start in holders:
                holders[title.start] = holders[after.start]
        view = View.of(doc)
        person_starts = {e.start for e in entities if e.label == "PERSON"}
        cued: dict[int, int] = {}  # a cued post's start → the start of the post its holder holds before it
        for i, e in enumerate(entities):
            if e.label != "TITLE" or e.start in holders:
                continue
            before = entities[i - 1] if i else None
            link_end = e.start
            if before and before.label in OWNERS and i > 1 and _possessive_between(view, before.end, e.start):
                link_end, before = before.start, entities[i - 2]  # ``Pang Te Cheng, Singapore's Consul …``
            j = i + 1
            if j + 1 < len(entities) and _bracketed_after(view, e, entities[j]):
                j += 1  # ``Governor of … of the Republic of Korea (RoK), Kim Kwan Yong``
            after = entities[j] if j < len(entities) else None
            person = after
            if after and after.label == "TITLE" and j + 1 < len(entities):  # a rank held by the name after it
                person = entities[j + 1]
                if person.label != "PERSON" or holders.get(after.start) != people[person.start]:
                    person = None
            if before and before.label == "PERSON" and (
                _linked(view, before.end, link_end) or self._definite_link(view, before.end, e)
            ):
                agent = _passive_agent(view, entities, i - 1, link_end)
                holder = _passive_subject(view, entities, i - 1) if agent else before
                if holder is not None:
                    holders[e.start] = people[holder.start]
            elif person and person.label == "PERSON" and (
                _set_off(view, e, after, person, person_starts) or self._honoured_after_comma(view, e, person)
            ):
                holders[e.start] = people[person.start]
            elif before and before.label == "TITLE" and before.start in holders and (
                " ".join(view.text_of(before.end, e.start).split()) in SAME_HOLDER_LINKS
            ):  # ``Hưng, member of …, former Vice Chairman of …``: one person's posts
                holders[e.start] = holders[before.start]
            elif after_post_cue(self.post_cues, view.lowered, bisect_left(view.index, e.start)):
                if person := _subject(view, entities, i, self.pronouns):
                    holders[e.start] = people[person.start]
                elif before and before.label == "TITLE" and (
                    view.text_of(before.end, e.start).startswith(", who ")
                ):
                    cued[e.start] = before.start  # ``The Vice President of …, who is also Chairman of …``
        countries = country_spans(doc)
        described = {e.start: describe(doc, e.start, e.end, countries) for e in entities if e.label == "TITLE"}
        roles: dict[str, set[Role]] = {}
        for start, holder in holders.items():
            roles.setdefault(holder, set()).add(described[start])
        for start, role in _counterparts(view, entities, holders, described, countries):
            roles.setdefault(people[start], set()).add(role)
        mentions = Counter(people.values())
        holding: dict[str, list[str]] = {}  # role → the people who hold it, in the order of ``roles``
        for person, held in roles.items():
            named = [name for r in held for name in r.roles]
            for role in dict.fromkeys([*named, *filter(None, map(broader, named))]):
                holding.setdefault(role, []).append(person)
        chosen: dict[Role, str | None] = {}
        for e in entities:
            if e.start in cued:
                holders[e.start] = holders[cued[e.start]]
            elif e.label == "TITLE" and e.start not in holders:
                role = described[e.start]
                if role not in chosen:
                    candidates = (
                        holding.get(role.role) or _holding_longer(role, roles) or _holding_owned(role, roles)
                    )
                    chosen[role] = self._holder(role, candidates, roles, mentions)
                holders[e.start] = chosen[role] or ""
        return holders

    def _honorific(self, view: View, span: SpanData) -> bool:
        """Whether a base-model entity is only honorifics, whole or cut short (``Samdech Techo``, ``Samdech Akka
        Moha`` of ``Samdech Akka Moha Sena Padei Techo``)."""
        positions = view.positions(span.start, span.end)
        return positions is not None and after_honorifics(self.honorifics, view, positions[0]) >= positions[1]

    def _definite_link(self, view: View, end: int, title: SpanData) -> bool:
        """``Alice Green, the new UK Consul General in Da Nang, …``: a comma, ``the`` and at most two modifiers
        between a name ending at doc token ``end`` and a post that closes the phrase (as ``officials`` reads
        it)."""
        comma = bisect_left(view.index, end)
        start = bisect_left(view.index, title.start)
        if comma + 1 >= len(view.words) or view.words[comma] != "," or view.words[comma + 1] != "the":
            return False
        if definite_start(view, comma + 1, self.definite_modifiers) != start:
            return False
        return closes_phrase(view, bisect_left(view.index, title.end), self.definite_closers)

    def _honoured_after_comma(self, view: View, title: SpanData, person: SpanData) -> bool:
        """``Vice Mayor of Vientiane, Mr. Phoukhong Bannavong and …``: only a comma and honorifics stand between
        a title and the name after it, wherever the name's sentence goes on."""
        comma = bisect_left(view.index, title.end)
        if comma + 1 >= len(view) or view.words[comma] != ",":
            return False
        named = after_honorifics(self.honorifics, view, comma + 1)
        return named > comma + 1 and named < len(view) and view.index[named] == person.start

    @staticmethod
    def _holder(
        role: Role, candidates: list[str], roles: dict[str, set[Role]], mentions: Counter
    ) -> str | None:
        """The most mentioned of the ``candidates`` holding ``role`` in its country (one of theirs: ``Vietnam
        British Ambassador`` and ``Ambassador of the United Kingdom``), else in a compatible one (a holder whose
        country is unknown)."""

        def countries_of(person: str) -> set[str]:
            known = {r.country for r in roles[person] if r.country}
            return known or ({"VN"} if person.split()[0].lower() in family_names() else set())

        countries = {p: countries_of(p) for p in candidates}
        eligible = [
            p for p in candidates if role.country is None or role.country in countries[p] or not countries[p]
        ]
        same = [p for p in eligible if role.country in countries[p]]
        return max(same or eligible, key=lambda p: mentions[p]) if eligible else None


@Language.factory(
    "vnentities_resolver",
    assigns=["doc.ents"],
    default_config={"use_base": True},
)
def make_resolver(nlp: Language, name: str, use_base: bool) -> Resolver:
    """Factory of the resolver component."""
    return Resolver(nlp, name, use_base=use_base)

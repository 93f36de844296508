"""Organisations and events."""

from __future__ import annotations

import vnentities
from conftest import entities


def test_acronyms_expand_and_credits_split(nlp):
    """Acronyms resolve to full names; ``VNA/VNS`` is two ORGs; ``Party`` is the CPV."""
    doc = vnentities.extract("ASEAN and the UN welcomed the Party's view. — VNA/VNS",
                             "2024-01-01", nlp=nlp)
    assert entities(doc, "ORG") == [
        ("ORG", "ASEAN", "Association of Southeast Asian Nations"),
        ("ORG", "UN", "United Nations"),
        ("ORG", "Party", "Communist Party of Vietnam"),
        ("ORG", "VNA", "Vietnam News Agency"),
        ("ORG", "VNS", "Viet Nam News"),
    ]


def test_foreign_parties_are_not_the_cpv(nlp):
    """A foreign party's name is one ORG of its own; only a bare ``Party`` is the CPV."""
    doc = vnentities.extract(
        "The Lao People’s Revolutionary Party, the Liberal Democratic Party (LDP) and the Party met.",
        "2024-01-01", nlp=nlp)
    assert entities(doc, "ORG") == [
        ("ORG", "Lao People’s Revolutionary Party", "Lao People's Revolutionary Party"),
        ("ORG", "Liberal Democratic Party", "Liberal Democratic Party"),
        ("ORG", "LDP", "Liberal Democratic Party"),
        ("ORG", "Party", "Communist Party of Vietnam"),
    ]


def test_org_defined_in_text(nlp_blank):
    """``Long Form (ACR)`` defines an organisation the gazetteer does not know."""
    doc = vnentities.extract("The Hanoi Association of Exporters (HAE) met. HAE grew.",
                             "2024-01-01", nlp=nlp_blank)
    assert [e for e in entities(doc, "ORG")] == [
        ("ORG", "Hanoi Association of Exporters", "Hanoi Association of Exporters"),
        ("ORG", "HAE", "Hanoi Association of Exporters"),
        ("ORG", "HAE", "Hanoi Association of Exporters"),
    ]


def test_defined_org_keeps_its_punctuation(nlp_blank):
    """A defined organisation's norm is its name as written, diacritics removed."""
    doc = vnentities.extract("The UK Foreign, Commonwealth and Development Office (FCDO) said so.",
                             "2024-01-01", nlp=nlp_blank)
    name = "Foreign, Commonwealth and Development Office"
    assert entities(doc, "ORG") == [("ORG", name, name), ("ORG", "FCDO", name)]


def test_named_events(nlp_blank):
    """Events with ordinals, names and years are one EVENT span each."""
    text = ("Thanks for the ASEAN-U.S. Special Summit 2022 and the 13th National Party Congress, "
            "said the 56th ASEAN Foreign Ministers' Meeting.")
    doc = vnentities.extract(text, "2024-01-01", nlp=nlp_blank)
    assert [t for _, t, _ in entities(doc, "EVENT")] == [
        "ASEAN-U.S. Special Summit 2022", "13th National Party Congress",
        "56th ASEAN Foreign Ministers' Meeting"]

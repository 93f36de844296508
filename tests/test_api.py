"""The public API: ``extract``, ``Document``, bad input."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

import vnentities
from vnentities.pipeline import default_pipeline

TEXT = ("HÀ NỘI — General Secretary Nguyễn Phú Trọng on Saturday received United States "
        "Secretary of State Antony Blinken in Hà Nội.\u00a0Việt\u00a0Nam and the US signed it.")


def test_extract_returns_sorted_flat_entities_with_valid_offsets(nlp):
    """Entities are sorted, non-overlapping, and their offsets give their text."""
    doc = vnentities.extract(TEXT, "2023-04-15", nlp=nlp)
    ends = 0
    for e in doc.entities:
        assert TEXT[e.start : e.end] == e.text and e.start >= ends
        ends = e.end
    assert [e.label for e in doc.entities][:4] == ["PLACE", "TITLE", "PERSON", "DATE"]


def test_to_dict_entities_have_exactly_the_gold_keys(nlp_blank):
    """``to_dict()['entities']`` uses the gold format's keys and is JSON-ready."""
    import json

    result = vnentities.extract(TEXT, "2023-04-15", nlp=nlp_blank).to_dict()
    assert all(set(e) == {"start", "end", "label", "text", "norm"} for e in result["entities"])
    assert set(result) == {"doc_date", "entities", "officials", "agreements", "places", "dates"}
    assert json.loads(json.dumps(result, ensure_ascii=False)) == result


def test_nfd_text_gives_the_same_entities_with_offsets_into_it(nlp):
    """Decomposed Unicode gives the same labels and norms, offsets into the NFD text."""
    nfd = unicodedata.normalize("NFD", TEXT)
    composed = vnentities.extract(TEXT, "2023-04-15", nlp=nlp).entities
    decomposed = vnentities.extract(nfd, "2023-04-15", nlp=nlp).entities
    assert [(e.label, e.norm) for e in decomposed] == [(e.label, e.norm) for e in composed]
    assert all(nfd[e.start : e.end] == e.text for e in decomposed)
    assert [unicodedata.normalize("NFC", e.text) for e in decomposed] == [e.text for e in composed]


def test_non_breaking_spaces_give_the_same_entities(nlp):
    """Replacing spaces by NBSP changes no label, norm or offset."""
    plain = TEXT.replace("\u00a0", " ")
    nbsp = plain.replace(" ", "\u00a0")
    a = vnentities.extract(plain, "2023-04-15", nlp=nlp).entities
    b = vnentities.extract(nbsp, "2023-04-15", nlp=nlp).entities
    rules = {"PLACE", "TITLE", "PERSON", "DATE", "AGREEMENT"}
    assert [(e.label, e.norm, e.start, e.end) for e in b if e.label in rules] == [
        (e.label, e.norm, e.start, e.end) for e in a if e.label in rules]


@pytest.mark.parametrize("text", ["", "   \n\t\u00a0 "])
def test_empty_text_gives_an_empty_result(nlp_blank, text):
    """Empty or whitespace-only text gives no entities and no records."""
    doc = vnentities.extract(text, nlp=nlp_blank)
    assert doc.entities == [] and doc.officials == [] and doc.dates == []


@pytest.mark.parametrize("bad", [None, b"bytes", 42, ["a list"]])
def test_non_string_input_raises_type_error(bad):
    """Anything but ``str`` is a ``TypeError`` naming the type."""
    with pytest.raises(TypeError, match=type(bad).__name__):
        vnentities.extract(bad)


@pytest.mark.parametrize("bad", ["30/03/2023", "yesterday", "2023-13-01", 20230330])
def test_unparseable_doc_date_raises_value_error_naming_it(bad):
    """A ``doc_date`` that is not an ISO date is a ``ValueError`` naming the value."""
    with pytest.raises(ValueError, match=str(bad)):
        vnentities.extract("Hà Nội", bad)


def test_doc_date_accepts_dates(nlp_blank):
    """``doc_date`` may be a ``date``/``datetime`` as well as an ISO string."""
    assert vnentities.extract("x", dt.date(2023, 4, 15), nlp=nlp_blank).doc_date == "2023-04-15"
    assert vnentities.extract("x", dt.datetime(2023, 4, 15, 9), nlp=nlp_blank).doc_date == (
        "2023-04-15")


def test_default_pipeline_is_loaded_once():
    """``extract`` without ``nlp`` reuses one cached pipeline."""
    vnentities.extract("Hà Nội")
    assert default_pipeline() is default_pipeline()
    assert "ner" in default_pipeline().pipe_names


def test_load_rejects_a_bad_base():
    """``load(base=…)`` takes a name, path or 'blank'."""
    with pytest.raises(TypeError, match="base"):
        vnentities.load(3)
    with pytest.raises(OSError):
        vnentities.load("no_such_package_xyz")

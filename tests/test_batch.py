"""Batch annotation: one record per file, in path order, whatever state the file is in."""

from __future__ import annotations

import json
import random
import string

import pytest
from spacy.language import Language

from corpus import SENTENCE, make_corpus
from vnentities.batch import annotate_in_zones, annotate_paths, find_inputs
from vnentities.output import open_sink

KEYS = {"path", "encoding", "text", "doc_date", "entities", "officials", "agreements", "places",
        "dates", "error"}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def records(corpus, nlp_blank):
    return {r["path"]: r for r, _ in annotate_paths(nlp_blank, find_inputs(corpus), corpus)}


def test_inputs_are_the_article_files_sorted_by_relative_path(corpus):
    """.txt/.md/.html files, recursively, in path order; a glob selects any file."""
    found = [p.relative_to(corpus).as_posix() for p in find_inputs(corpus)]
    assert found == sorted(found) and "ignored.csv" not in found
    assert {"nested/deeper/vietnamese.txt", "nested/page.html", "notes.md"} <= set(found)
    assert [p.name for p in find_inputs(corpus, "**/*.csv")] == ["ignored.csv"]
    with pytest.raises(NotADirectoryError):
        find_inputs(corpus / "notes.md")


def test_every_file_has_one_record_with_the_same_keys(corpus, records):
    """No file is skipped, and every record has the documented keys."""
    assert list(records) == [p.relative_to(corpus).as_posix() for p in find_inputs(corpus)]
    assert all(set(r) == KEYS for r in records.values())


def test_encodings_give_the_same_entities(records):
    """UTF-8 with BOM, UTF-16 and Windows-1258 copies of a sentence give the same norms."""
    norms = {path: [(e["label"], e["norm"]) for e in records[path]["entities"]]
             for path in ("nested/utf8_bom.txt", "nested/utf16.txt", "nested/deeper/vietnamese.txt")}
    expected = [("TITLE", "Pham Minh Chinh"), ("PERSON", "Pham Minh Chinh"),
                ("TITLE", "Nguyen Phu Trong"), ("PERSON", "Nguyen Phu Trong"), ("PLACE", "Ha Noi")]
    assert all(found == expected for found in norms.values()), norms
    assert records["nested/deeper/vietnamese.txt"]["encoding"] == "windows-1258"


def test_offsets_point_into_the_decoded_text(corpus, records):
    """For a UTF-16 file, each entity's offsets slice its text out of the decoded file."""
    text = (corpus / "nested" / "utf16.txt").read_bytes().decode("utf-16")
    assert text == SENTENCE
    assert all(text[e["start"]:e["end"]] == e["text"] for e in records["nested/utf16.txt"]["entities"])


def test_html_record_holds_the_extracted_text(records):
    """Offsets of an HTML page refer to the extracted main text, included in the record."""
    page = records["nested/page.html"]
    assert page["error"] is None and page["doc_date"] == "2023-04-15"
    assert page["entities"] and all(page["text"][e["start"]:e["end"]] == e["text"]
                                    for e in page["entities"])
    assert {"COC", "Antony Blinken"} <= {e["text"] for e in page["entities"]}


def test_empty_and_binary_files(records):
    """An empty file is an empty record; a binary one is an error record."""
    empty, binary = records["empty.txt"], records["image.txt"]
    assert empty["error"] is None and empty["entities"] == [] and empty["officials"] == []
    assert binary["error"] and "binary" in binary["error"] and binary["entities"] == []


def test_a_failing_component_fails_only_its_file(corpus, tmp_path):
    """When the pipeline raises on one file, the others are annotated and it gets an error."""

    @Language.component("explode_on_binh_duong")
    def explode(doc):
        if "Binh Duong" in doc.text:
            raise RuntimeError("boom")
        return doc

    from vnentities import load

    nlp = load("blank")
    nlp.add_pipe("explode_on_binh_duong", first=True)
    out = dict((r["path"], r) for r, _ in annotate_paths(nlp, find_inputs(corpus), corpus))
    assert list(out) == [p.relative_to(corpus).as_posix() for p in find_inputs(corpus)]
    failed = [path for path, r in out.items() if r["error"] and "boom" in r["error"]]
    assert failed == ["000_23359aa9ccde5524.txt"]
    assert out["004_77f411d3910898ad.txt"]["entities"]


def test_two_processes_give_the_same_records(corpus, records, nlp_blank):
    """``n_process=2`` yields the same records, in the same order."""
    two = [r for r, _ in annotate_paths(nlp_blank, find_inputs(corpus), corpus, n_process=2)]
    assert two == list(records.values())


def test_memory_zones_free_the_strings_of_the_texts(nlp_blank, tmp_path):
    """Runs of two files in memory zones: the records of ``annotate_paths``, each doc whole
    while it is used, and none of the texts' strings left in the vocabulary after."""
    rng = random.Random(7)
    for i in range(5):
        words = " ".join("".join(rng.choices(string.ascii_lowercase, k=11)) for _ in range(30))
        (tmp_path / f"{i}.txt").write_text(f"{words}. {SENTENCE}", encoding="utf-8")
    paths = find_inputs(tmp_path)
    strings = len(nlp_blank.vocab.strings)
    zoned = []
    for record, doc in annotate_in_zones(nlp_blank, paths, tmp_path, zone_files=2):
        assert [doc.text[e["start"] : e["end"]] for e in record["entities"]] == [
            e.text for e in doc.ents]
        zoned.append(record)
    assert len(nlp_blank.vocab.strings) == strings
    assert zoned == [r for r, _ in annotate_paths(nlp_blank, paths, tmp_path)]
    assert len(nlp_blank.vocab.strings) > strings  # without zones, the strings stay


def test_resume_after_an_interruption(corpus, records, nlp_blank, tmp_path):
    """A run cut off mid-record resumes without losing or repeating a record."""
    out = tmp_path / "out.jsonl"
    paths = find_inputs(corpus)
    with open_sink(out) as sink:
        for record, _ in annotate_paths(nlp_blank, paths[:3], corpus):
            sink.write(record)
    with out.open("a", encoding="utf-8") as file:  # a record half-written when the run was killed
        file.write('{"path": "half')
    with open_sink(out, resume=True) as sink:
        assert sink.done == {p.relative_to(corpus).as_posix() for p in paths[:3]}
        todo = [p for p in paths if p.relative_to(corpus).as_posix() not in sink.done]
        for record, _ in annotate_paths(nlp_blank, todo, corpus):
            sink.write(record)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == list(records.values())


def test_resume_refuses_a_file_that_is_not_records(tmp_path):
    """Resuming onto some other JSONL file is an error, not a silent overwrite."""
    out = tmp_path / "other.jsonl"
    out.write_text('{"a": 1}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="line 1"):
        open_sink(out, resume=True)
    with pytest.raises(ValueError, match="JSONL"):
        open_sink(tmp_path / "out.csv", "csv", resume=True)

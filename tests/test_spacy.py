"""vnentities as a spaCy citizen: entry points, serialisation, multiprocessing, displaCy."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy
from spacy import displacy
from spacy.tokens import DocBin

import vnentities
from conftest import ROOT

TEXT = "Party General Secretary Nguyen Phu Trong talked with U.S. President Joe Biden on Wednesday."


def _ents(doc):
    return [(e.text, e.label_, e.kb_id_) for e in doc.ents]


@pytest.mark.parametrize("name", ["vnentities_sm", "vnentities_blank"])
def test_saved_models_load_in_a_fresh_process(name):
    """``spacy.load("models/…")`` works without importing vnentities first (entry points)."""
    code = (
        "import spacy, sys; nlp = spacy.load(sys.argv[1]); "
        "doc = nlp('U.S. President Joe Biden met Nguyen Phu Trong on Wednesday.'); "
        "print([(e.text, e.label_, e.kb_id_) for e in doc.ents]); print(doc._.doc_date)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(ROOT / "models" / name)],
                         capture_output=True, text=True, check=True).stdout
    assert "('U.S. President', 'TITLE', 'Joe Biden')" in out
    assert "('Nguyen Phu Trong', 'PERSON', 'Nguyen Phu Trong')" in out


def test_to_disk_from_disk_round_trip(nlp, tmp_path):
    """A pipeline saved with ``to_disk`` reloads with ``spacy.load`` and gives the same result."""
    nlp.to_disk(tmp_path / "p")
    again = spacy.load(tmp_path / "p")
    assert again.pipe_names == nlp.pipe_names
    assert _ents(again(TEXT)) == _ents(nlp(TEXT))


def test_pipe_with_two_processes_matches_one(nlp_blank):
    """``nlp.pipe(n_process=2)`` gives the same entities and extension values as serial."""
    texts = [TEXT, "HÀ NỘI — Việt Nam and Japan signed it on March 3, 2024.", ""] * 3
    serial = [(_ents(d), d._.doc_date) for d in nlp_blank.pipe(texts)]
    parallel = [(_ents(d), d._.doc_date) for d in nlp_blank.pipe(texts, n_process=2,
                                                                   batch_size=2)]
    assert parallel == serial


def test_docbin_round_trip_keeps_entities_norms_and_records(nlp, tmp_path):
    """Entities, norms, ``doc._.doc_date`` and the derived records survive ``DocBin``."""
    doc = nlp(TEXT)
    DocBin(docs=[doc], store_user_data=True).to_disk(tmp_path / "d.spacy")
    (back,) = DocBin().from_disk(tmp_path / "d.spacy").get_docs(nlp.vocab)
    assert _ents(back) == _ents(doc)
    assert back._.doc_date == doc._.doc_date
    assert [o.norm for o in back._.officials] == ["Nguyen Phu Trong", "Joe Biden"]
    assert [e._.norm for e in back.ents] == [e.kb_id_ or None for e in doc.ents]


def test_displacy_renders_every_entity(nlp_blank):
    """displaCy's entity view shows each entity with its label."""
    html = displacy.render(nlp_blank(TEXT), style="ent", jupyter=False)
    assert html.count("<mark") == len(nlp_blank(TEXT).ents)
    assert "TITLE" in html and "Joe Biden" in html


def test_extension_attributes_registered_on_import():
    """Doc and Span extensions exist as soon as the package is imported."""
    from spacy.tokens import Doc, Span

    assert vnentities and Doc.has_extension("doc_date") and Doc.has_extension("officials")
    assert Span.has_extension("norm")

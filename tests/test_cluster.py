"""The Dask engine on a local two-worker cluster gives the local records, record for record."""

from __future__ import annotations

import dask.bag as db
import pytest
from spacy.tokens import Doc, DocBin
from typer.testing import CliRunner

import vnentities
from corpus import SENTENCE, make_corpus
from vnentities import cluster
from vnentities.batch import annotate_paths, find_inputs
from vnentities.cli import app
from vnentities.cluster import annotate_bag, annotate_files, connect

runner = CliRunner()


@pytest.fixture(scope="module")
def client():
    with connect(workers=2) as client:
        yield client


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("corpus"))


def test_cluster_has_two_workers(client):
    assert len(client.scheduler_info()["workers"]) == 2


def test_dask_records_equal_local_records(client, corpus, nlp_blank):
    """Small partitions over two workers, streamed back in input order, equal ``nlp.pipe``'s."""
    paths = find_inputs(corpus)
    local = [r for r, _ in annotate_paths(nlp_blank, paths, corpus)]
    remote = list(annotate_files(client, paths, corpus, base="blank", partition_size=2))
    assert [r for r, _ in remote] == local
    assert all(doc is None for _, doc in remote)


def test_dask_can_send_docs_back(client, corpus, nlp_blank):
    """``keep_docs`` returns each Doc as bytes that load with its entities and norms."""
    paths = find_inputs(corpus)[:2]
    (record, data), _ = list(annotate_files(client, paths, corpus, base="blank", keep_docs=True))
    doc = Doc(nlp_blank.vocab).from_bytes(data)
    assert [(e.start_char, e.label_, e.kb_id_ or None) for e in doc.ents] == [
        (e["start"], e["label"], e["norm"]) for e in record["entities"]]
    assert len(DocBin(docs=[doc]).to_bytes()) > 0


def test_annotate_bag_of_texts(client, nlp_blank):
    """A bag of texts or (text, doc_date) pairs maps to ``Document.to_dict()`` records."""
    texts = [SENTENCE, ("He arrived on Saturday.", "2023-04-15"), ""]
    out = annotate_bag(db.from_sequence(texts, npartitions=2), base="blank").compute()
    expected = [vnentities.extract(SENTENCE, nlp=nlp_blank).to_dict(),
                vnentities.extract("He arrived on Saturday.", "2023-04-15", nlp=nlp_blank).to_dict(),
                vnentities.extract("", nlp=nlp_blank).to_dict()]
    assert out == expected
    assert out[1]["dates"][0]["value"] == "2023-04-15"


def test_cli_on_a_running_scheduler_writes_the_local_file(client, corpus, tmp_path):
    """``annotate --engine dask --scheduler ADDRESS`` writes the same file as the local engine."""
    local, remote = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    runner.invoke(app, ["annotate", str(corpus), "-o", str(local), "--base", "blank"])
    result = runner.invoke(app, ["annotate", str(corpus), "-o", str(remote), "--base", "blank",
                                 "--engine", "dask", "--scheduler", client.scheduler.address])
    assert result.exit_code == 1, result.output  # the corpus has a binary file
    assert remote.read_bytes() == local.read_bytes()


def test_a_worker_frees_the_strings_of_each_partition():
    """A partition is annotated in a memory zone: the worker's vocabulary does not keep its words."""
    texts = [f"Delegates of Qzxalvia and Brumtovia met in Hà Nội on {d} May 2024." for d in range(1, 5)]
    nlp = cluster._pipeline("blank")
    strings = len(nlp.vocab.strings)
    out = annotate_bag(db.from_sequence(texts, npartitions=2), base="blank").compute(scheduler="sync")
    assert [r["entities"][-1]["norm"] for r in out] == [f"2024-05-0{d}" for d in range(1, 5)]
    assert len(nlp.vocab.strings) == strings
    nlp(texts[0])
    assert len(nlp.vocab.strings) > strings  # outside a zone, the words stay

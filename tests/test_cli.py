"""The command line, through Typer's ``CliRunner``."""

from __future__ import annotations

import csv
import json
import signal
import subprocess
import sys
import time

import pytest
from spacy.tokens import DocBin
from typer.testing import CliRunner

from conftest import DATA
from corpus import make_corpus
from vnentities.batch import find_inputs
from vnentities.cli import app

runner = CliRunner()


def test_evaluate_prints_a_table_and_json():
    """``evaluate`` prints per-label rows; ``--json`` prints the full report."""
    gold = str(DATA / "gold" / "seeds.jsonl")
    table = runner.invoke(app, ["evaluate", gold, "--base", "blank"])
    assert table.exit_code == 0, table.output
    assert "headline" in table.output and "TITLE" in table.output
    report = json.loads(runner.invoke(app, ["evaluate", gold, "--base", "blank", "--json"]).output)
    assert report["headline"]["f1"] >= 0.95 and "misses" in report


def test_extract_prints_json_for_a_file(tmp_path):
    """``extract FILE`` prints the document as JSON with the dateline's date."""
    path = tmp_path / "a.txt"
    path.write_text("April 15, 2023 - 19:31\nPrime Minister Pham Minh Chinh met them on "
                    "Saturday.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path), "--base", "blank"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["doc_date"] == "2023-04-15"
    assert {"label": "PERSON", "text": "Pham Minh Chinh"}.items() <= data["entities"][2].items()


def test_missing_file_is_a_usage_error():
    """A path that does not exist exits non-zero with a message."""
    result = runner.invoke(app, ["extract", "no/such/file.txt"])
    assert result.exit_code != 0


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("corpus"))


def test_annotate_writes_one_record_per_file_and_fails_on_a_bad_file(corpus, tmp_path):
    """Exit 1 because of the binary file, a record for every file, a summary on stderr."""
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["annotate", str(corpus), "-o", str(out), "--base", "blank"])
    assert result.exit_code == 1, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["path"] for r in records] == [p.relative_to(corpus).as_posix() for p in find_inputs(corpus)]
    assert [r["path"] for r in records if r["error"]] == ["image.txt"]
    assert "1 failed" in result.stderr and "PERSON" in result.stderr
    assert "annotating" not in result.stderr  # no progress bar when stderr is not a terminal


def test_resume_exit_status_counts_the_files_that_failed_before(corpus, tmp_path):
    """Resuming a finished run that had a failed file annotates nothing and still exits 1."""
    out = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["annotate", str(corpus), "-o", str(out), "--base", "blank"]).exit_code == 1
    result = runner.invoke(app, ["annotate", str(corpus), "-o", str(out), "--base", "blank", "--resume"])
    assert result.exit_code == 1, result.output
    assert "0 files annotated (0 failed" in result.stderr and "1 of them failed" in result.stderr
    ok = runner.invoke(app, ["annotate", str(corpus), "-o", str(tmp_path / "ok.jsonl"), "--base", "blank",
                             "--glob", "*.md"])
    resumed = runner.invoke(app, ["annotate", str(corpus), "-o", str(tmp_path / "ok.jsonl"),
                                  "--base", "blank", "--glob", "*.md", "--resume"])
    assert (ok.exit_code, resumed.exit_code) == (0, 0)


def test_annotate_one_good_file_exits_zero(corpus, tmp_path):
    """A single file is its own input; its path is its name."""
    out = tmp_path / "one.jsonl"
    result = runner.invoke(app, ["annotate", str(corpus / "notes.md"), "-o", str(out), "--base", "blank"])
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["path"] == "notes.md" and record["error"] is None and record["officials"]


def test_annotate_csv_and_docbin(corpus, tmp_path, nlp_blank):
    """CSV has a row per entity (and one for a file without any); DocBin holds every file."""
    glob = ["--glob", "nested/*.txt"]
    csv_out, bin_out = tmp_path / "out.csv", tmp_path / "out.spacy"
    runner.invoke(app, ["annotate", str(corpus), "-o", str(csv_out), "--format", "csv", *glob,
                        "--base", "blank"])
    rows = list(csv.DictReader(csv_out.open(encoding="utf-8")))
    assert {r["path"] for r in rows} == {"nested/utf16.txt", "nested/utf8_bom.txt"}
    assert [r["norm"] for r in rows if r["label"] == "PLACE"] == ["Ha Noi", "Ha Noi"]
    runner.invoke(app, ["annotate", str(corpus), "-o", str(bin_out), "--format", "docbin", *glob,
                        "--base", "blank"])
    docs = list(DocBin().from_disk(bin_out).get_docs(nlp_blank.vocab))
    assert [d.user_data["path"] for d in docs] == ["nested/utf16.txt", "nested/utf8_bom.txt"]
    assert [e.kb_id_ for e in docs[0].ents][-1] == "Ha Noi"
    assert not list(tmp_path.glob(".*.part"))


def test_annotate_resume_needs_jsonl(corpus, tmp_path):
    """``--resume`` with CSV is a usage error."""
    result = runner.invoke(app, ["annotate", str(corpus), "-o", str(tmp_path / "o.csv"),
                                 "--format", "csv", "--resume"])
    assert result.exit_code == 2 and "JSONL" in result.output


def test_show_writes_a_displacy_page(corpus, tmp_path):
    """``show`` renders the annotated page with a mark per entity."""
    out = tmp_path / "page.html"
    result = runner.invoke(app, ["show", str(corpus / "nested" / "page.html"), "-o", str(out),
                                 "--base", "blank"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.count("<mark") >= 4 and "Antony Blinken" in html
    bad = runner.invoke(app, ["show", str(corpus / "image.txt"), "-o", str(out)])
    assert bad.exit_code == 1 and "binary" in bad.stderr


def test_killed_run_leaves_whole_records_and_resumes(tmp_path):
    """SIGKILL mid-run leaves complete lines, but for at most a partly written last one (the kernel may cut a
    long write short for a fatal signal); ``--resume`` cuts it off and finishes without duplicates."""
    folder = tmp_path / "many"
    folder.mkdir()
    article = (DATA / "004_77f411d3910898ad.txt").read_text(encoding="utf-8")
    for i in range(120):
        (folder / f"{i:03d}.txt").write_text(article, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "vnentities", "annotate", str(folder), "-o", str(out), "--base", "blank"]
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        if out.exists() and out.read_bytes().count(b"\n") >= 3:
            process.send_signal(signal.SIGKILL)
            break
        time.sleep(0.02)
    process.wait()
    assert process.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    written = out.read_bytes()
    complete = written[: written.rfind(b"\n") + 1].decode("utf-8")
    before = [json.loads(line)["path"] for line in complete.splitlines()]
    assert 3 <= len(before) < 120 and before == sorted(before)
    result = runner.invoke(app, ["annotate", str(folder), "-o", str(out), "--base", "blank", "--resume"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["path"] for r in records] == [f"{i:03d}.txt" for i in range(120)]
    assert records[0] == records[-1] | {"path": "000.txt"}

"""The command line, through Typer's ``CliRunner``."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from conftest import DATA
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

"""The ``vnentities`` command line: ``extract`` one file, ``evaluate`` against gold."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import spacy
import typer

from .document import extract as extract_text
from .pipeline import default_base, load
from .scoring import HEADLINE, evaluate_baseline
from .scoring import evaluate as evaluate_gold

app = typer.Typer(add_completion=False, help=__doc__, no_args_is_help=True)

BaseOption = Annotated[
    str | None,  # noqa: UP007 (typer reads the annotation)
    typer.Option("--base", help="spaCy package or path for the base, or 'blank' for rules only."),
]


@app.command()
def extract(
    path: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A UTF-8 text file.")],
    doc_date: Annotated[
        str | None, typer.Option(help="Publication date, ISO; default: from the dateline.")  # noqa: UP007
    ] = None,
    base: BaseOption = None,
) -> None:
    """Annotate one text file and print the result as JSON."""
    document = extract_text(path.read_text(encoding="utf-8"), doc_date, nlp=load(base))
    typer.echo(json.dumps(document.to_dict(), ensure_ascii=False, indent=2))


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="Gold JSONL file.")],
    base: BaseOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
    baseline: Annotated[
        bool, typer.Option("--baseline", help="Score the base model's own NER instead.")
    ] = False,
) -> None:
    """Score vnentities on a gold file: per-label P/R/F1 (strict) and norm accuracy."""
    if baseline:
        report = evaluate_baseline(gold, spacy.load(base or default_base()))
    else:
        report = evaluate_gold(gold, load(base))
    if as_json:
        typer.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return
    typer.echo(f"{'label':<10} {'P':>6} {'R':>6} {'F1':>6} {'norm':>6} {'tp':>5} {'fp':>5} {'fn':>5}")
    rows = [*sorted(report.labels.items()), ("overall", report.overall),
            ("headline", report.headline)]
    for label, s in rows:
        typer.echo(
            f"{label:<10} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
            f"{s.norm_accuracy:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}"
        )
    typer.echo(f"(headline = {', '.join(HEADLINE)})")
    for title, items in (("missed", report.misses), ("spurious", report.spurious)):
        for item in items:
            typer.echo(f"{title:<8} {item['id']} {item['label']:<9} {item['text']!r} → {item['norm']}")
    for item in report.wrong_norms:
        typer.echo(f"norm     {item['id']} {item['label']:<9} {item['text']!r}: "
                   f"{item['predicted']} ≠ {item['gold']}")

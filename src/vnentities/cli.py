"""The ``vnentities`` command line: ``extract`` or ``show`` one file, ``annotate`` many, ``evaluate``."""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated

import spacy
import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from . import batch, display, output, reading
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
    path: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="An article file.")],
    doc_date: Annotated[
        str | None, typer.Option(help="Publication date, ISO; default: from the dateline.")  # noqa: UP007
    ] = None,
    base: BaseOption = None,
) -> None:
    """Annotate one file (any format ``annotate`` reads) and print the result as JSON."""
    text, page_date = _read(path)
    document = extract_text(text, doc_date or page_date, nlp=load(base))
    typer.echo(json.dumps(document.to_dict(), ensure_ascii=False, indent=2))


def _read(path: Path) -> tuple[str, str | None]:
    """The text of one article file and its page date; exit status 1 with the reason when it has none."""
    text, source = reading.read(path, path.parent)
    if source.error:
        typer.echo(f"{path}: {source.error}", err=True)
        raise typer.Exit(1)
    return text, source.doc_date


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


class Format(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    docbin = "docbin"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


@app.command()
def annotate(
    source: Annotated[Path, typer.Argument(exists=True, help="An article file, or a folder (recursive).")],
    out: Annotated[Path, typer.Option("-o", "--output", help="Output file.", dir_okay=False)],
    glob: Annotated[
        str | None,  # noqa: UP007
        typer.Option(help="Files to take in a folder, e.g. '**/*.txt'; default: .txt .md .html .htm."),
    ] = None,
    fmt: Annotated[Format, typer.Option("--format", help="jsonl (a record per file), csv, docbin.")] = (
        Format.jsonl
    ),
    base: BaseOption = None,
    workers: Annotated[int, typer.Option(min=1, help="Processes (local) or Dask workers.")] = 1,
    engine: Annotated[Engine, typer.Option(help="local (nlp.pipe) or dask (dask.distributed).")] = (
        Engine.local
    ),
    scheduler: Annotated[
        str | None, typer.Option(help="Dask scheduler address; default: a new local cluster.")  # noqa: UP007
    ] = None,
    resume: Annotated[bool, typer.Option(help="Continue an interrupted JSONL run.")] = False,
) -> None:
    """Annotate every article in SOURCE; one record per file, in path order.

    Exit status 1 when any file failed (its record says why; with --resume, also one
    done before), 0 otherwise.
    """
    root = source if source.is_dir() else source.parent
    paths = batch.find_inputs(root, glob) if source.is_dir() else [source]
    try:
        sink = output.open_sink(out, fmt.value, resume=resume)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None
    names = [p.relative_to(root).as_posix() for p in paths]
    todo = [p for p, name in zip(paths, names, strict=True) if name not in sink.done]
    failed_before = sum(name in sink.done_failed for name in names)
    started, failed, labels = time.perf_counter(), 0, Counter()
    with sink, _progress(len(todo)) as (progress, task):
        for record, doc in _annotated(todo, root, base, workers, engine, scheduler, fmt):
            sink.write(record, doc)
            failed += record["error"] is not None
            labels.update(e["label"] for e in record["entities"])
            progress.advance(task)
    elapsed = time.perf_counter() - started
    skipped = f", {len(paths) - len(todo)} already done, {failed_before} of them failed" if resume else ""
    typer.echo(f"{len(todo)} files annotated ({failed} failed{skipped}) in {elapsed:.1f} s "
               f"→ {out}", err=True)
    typer.echo("entities: " + (", ".join(f"{k} {v}" for k, v in sorted(labels.items())) or "none"),
               err=True)
    raise typer.Exit(1 if failed or failed_before else 0)


def _annotated(
    paths: list[Path], root: Path, base: str | None, workers: int, engine: Engine, scheduler: str | None,
    fmt: Format,
) -> Iterator[tuple[dict, object]]:
    """The records (and docs) of ``paths`` from the chosen engine."""
    if not paths:
        return
    if engine is Engine.local:
        yield from batch.annotate_in_zones(load(base), paths, root, n_process=workers)
        return
    try:
        from . import cluster  # the cluster extra, only when asked for
    except ImportError as error:
        raise typer.BadParameter(f"--engine dask needs the cluster extra (pip install "
                                 f"'vnentities[cluster]'): {error}") from None
    with cluster.connect(scheduler, workers) as client:
        yield from cluster.annotate_files(client, paths, root, base=base,
                                          keep_docs=fmt is Format.docbin)


class _FilesPerSecond(ProgressColumn):
    def render(self, task: Task) -> Text:
        return Text(f"{task.speed or 0:.1f} files/s")


@contextmanager
def _progress(total: int) -> Iterator[tuple[Progress, TaskID]]:
    """A progress bar (files, files/s) on a terminal's stderr; nothing when it is not one."""
    with Progress(TextColumn("annotating"), BarColumn(), MofNCompleteColumn(), _FilesPerSecond(),
                  TimeElapsedColumn(), console=Console(stderr=True),
                  disable=not sys.stderr.isatty()) as progress:
        yield progress, progress.add_task("files", total=total)


@app.command()
def show(
    path: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="An article file.")],
    out: Annotated[
        Path | None, typer.Option("-o", "--output", help="HTML file; default: PATH with .html.")  # noqa: UP007
    ] = None,
    base: BaseOption = None,
) -> None:
    """Write a displaCy page of one annotated file (any format ``annotate`` reads)."""
    document = extract_text(*_read(path), nlp=load(base))
    target = out or path.with_suffix(".entities.html")
    target.write_text(display.render(document.doc, page=True), encoding="utf-8")
    typer.echo(f"{len(document.entities)} entities → {target}", err=True)

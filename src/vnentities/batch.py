"""Annotate many files: one record per file, in path order, failures included.

A record is ``Document.to_dict()`` (``doc_date``, ``entities`` in the gold format and the
grouped records) plus ``path`` (relative to the input), ``encoding``, ``text`` (the
extracted main text of an HTML page, else ``null``) and ``error`` (``null``, or why the
file gave no annotation). A file that cannot be read, or whose annotation raised, is a
record with ``error`` set and empty results, never a skip.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import pieces
from .document import Document
from .reading import HTML_SUFFIXES, TEXT_SUFFIXES, Source, read

SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
ZONE_FILES = 1000
EMPTY_RESULTS = {"entities": [], "officials": [], "agreements": [], "places": [], "dates": []}


def find_inputs(root: Path, pattern: str | None = None) -> list[Path]:
    """The files under the folder ``root``, sorted by path relative to it.

    Without ``pattern``, the files ending in ``.txt``, ``.md``, ``.html`` or ``.htm``;
    with one (``"**/2023-*.txt"``), every file it matches, relative to ``root``.
    """
    if not root.is_dir():
        raise NotADirectoryError(f"not a folder: {root}")
    found = root.glob(pattern) if pattern else root.rglob("*")
    files = (p for p in found if p.is_file() and (pattern or p.suffix.lower() in SUFFIXES))
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def record(source: Source, doc: Doc | None) -> dict[str, Any]:
    """The output record of one file."""
    results = Document(doc).to_dict() if doc is not None and source.error is None else {
        "doc_date": source.doc_date, **EMPTY_RESULTS}
    return {
        "path": source.path,
        "encoding": source.encoding,
        "text": doc.text if source.html and doc is not None else None,
        **results,
        "error": source.error,
    }


def annotate_paths(
    nlp: Language, paths: list[Path], root: Path, *, n_process: int = 1, batch_size: int = 16
) -> Iterator[tuple[dict[str, Any], Doc | None]]:
    """``(record, doc)`` for ``paths`` (relative to ``root``), in the order given.

    ``n_process`` > 1 runs ``nlp.pipe`` in that many processes, each loading the pipeline
    once. Should the pipeline raise, the files not yet done are annotated one by one, so
    that only the file at fault gets an error record.
    """
    sources = (read(path, root) for path in paths)
    items = ((text, source.doc_date, source) for text, source in sources)
    done = 0
    try:
        for doc, source in pieces.pipe(nlp, items, n_process=n_process, batch_size=batch_size):
            yield record(source, doc), doc
            done += 1
    except Exception:  # the files left are retried one by one, below
        for path in paths[done:]:
            yield annotate_one(nlp, path, root)


def annotate_in_zones(
    nlp: Language, paths: list[Path], root: Path, *, n_process: int = 1, zone_files: int = ZONE_FILES
) -> Iterator[tuple[dict[str, Any], Doc | None]]:
    """``annotate_paths`` over runs of ``zone_files`` files, each in a spaCy memory zone.

    The strings and lexemes of a run's texts are freed when the run ends, so the
    vocabulary does not grow with the number of files. Each ``doc`` is valid only until
    the next item is taken: use it (or keep ``doc.to_bytes()``) before asking for more.
    With ``n_process`` > 1, every run starts its own processes.
    """
    for start in range(0, len(paths), zone_files):
        with nlp.memory_zone():
            yield from annotate_paths(nlp, paths[start : start + zone_files], root, n_process=n_process)


def annotate_one(nlp: Language, path: Path, root: Path) -> tuple[dict[str, Any], Doc | None]:
    """``(record, doc)`` of one file; an error record when the pipeline raises on it."""
    text, source = read(path, root)
    try:
        doc, _ = next(pieces.pipe(nlp, [(text, source.doc_date, None)]))
        return record(source, doc), doc
    except Exception as error:  # the file at fault: its record says why
        failed = replace(source, error=f"annotation failed: {type(error).__name__}: {error}")
        return record(failed, None), None

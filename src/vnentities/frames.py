"""pandas tables of vnentities results, for notebooks (the ``notebooks`` extra).

Not imported by ``import vnentities``: ``from vnentities import frames`` needs pandas.

The record helpers (``entities``, ``officials``, ``agreements``, ``places``, ``dates``) take
a ``Document``, one record (``Document.to_dict()`` or a batch record), or a list of them.
Given a list, each row starts with the record's ``path`` (``None`` for a ``Document``) and
``doc_date`` (a datetime, ``NaT`` when unknown), so rows from many files stay apart.
A list counts as many documents even when it holds one. Records are read as they are:
the frames never run the pipeline.

    >>> document = vnentities.extract(text)
    >>> frames.officials(document)                 # name, norm, titles, organisation, country, mentions
    >>> records = [r for r, _ in batch.annotate_paths(nlp, paths, root)]
    >>> frames.cooccurrence(records, "PERSON", "AGREEMENT")
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import product
from typing import Any

try:
    import pandas as pd
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError("vnentities.frames needs pandas: pip install 'vnentities[notebooks]'") from error

from .document import Document
from .scoring import Report

Record = Mapping[str, Any]
Source = Document | Record | Iterable[Document | Record]

LABELS = ("PERSON", "TITLE", "AGREEMENT", "PLACE", "DATE", "ORG", "EVENT")
ENTITY_COLUMNS = ["start", "end", "label", "text", "norm"]
OFFICIAL_COLUMNS = ["name", "norm", "titles", "organisation", "country", "mentions"]
AGREEMENT_COLUMNS = ["id", "name", "acronym", "year", "mentions"]
PLACE_COLUMNS = ["norm", "kind", "province_code", "province_2025", "province_2025_code", "mentions"]
DATE_COLUMNS = ["text", "value", "granularity", "start", "end", "date", "until"]
SCORE_COLUMNS = ["precision", "recall", "f1", "norm_accuracy", "tp", "fp", "fn"]
ERROR_COLUMNS = ["kind", "id", "label", "start", "end", "text", "gold", "predicted"]
FILE_COLUMNS = ["path", "doc_date", "encoding", "error", "entities", *LABELS]
TITLE_SEPARATOR = "; "


def _as_records(source: Source) -> tuple[list[Record], bool]:
    """The records of ``source`` and whether it was a list of them (many documents)."""
    if isinstance(source, Document):
        return [source.to_dict()], False
    if isinstance(source, Mapping):
        return [source], False
    if isinstance(source, str | bytes):
        raise TypeError("expected a Document, a record or a list of them, got a string")
    records = [r.to_dict() if isinstance(r, Document) else r for r in source]
    for r in records:
        if not isinstance(r, Mapping):
            raise TypeError(f"expected a Document or a record (dict), got {type(r).__name__}")
    return records, True


def _frame(source: Source, key: str, columns: list[str], row: Any) -> pd.DataFrame:
    """One row per item of ``record[key]`` (``row(item)`` gives its values), per record."""
    records, many = _as_records(source)
    rows = []
    for record in records:
        where = [record.get("path"), record.get("doc_date")] if many else []
        rows.extend([*where, *row(item)] for item in record.get(key) or [])
    frame = pd.DataFrame(rows, columns=(["path", "doc_date"] if many else []) + columns)
    if many:
        frame["doc_date"] = pd.to_datetime(frame["doc_date"], format="ISO8601")
    return frame


def entities(source: Source) -> pd.DataFrame:
    """One row per entity: ``start``, ``end``, ``label``, ``text``, ``norm`` (gold format)."""
    return _frame(source, "entities", ENTITY_COLUMNS, lambda e: [e[c] for c in ENTITY_COLUMNS])


def records_frame(records: Iterable[Document | Record]) -> pd.DataFrame:
    """One row per entity of each batch record, with its ``path`` and ``doc_date``.

    The corpus table: ``path``, ``doc_date`` (datetime), then the entity columns. A file
    without entities (or whose record has an ``error``) has no row; see ``files``.
    """
    return entities(list(records))


def officials(source: Source) -> pd.DataFrame:
    """One row per person: ``name``, ``norm``, ``titles`` (joined by ``"; "``), ``organisation``,
    ``country`` and ``mentions`` (how many times the person is named)."""
    return _frame(source, "officials", OFFICIAL_COLUMNS, lambda o: [
        o["name"], o["norm"], TITLE_SEPARATOR.join(o["titles"]), o["organisation"], o["country"],
        len(o["mentions"])])


def agreements(source: Source) -> pd.DataFrame:
    """One row per agreement: ``id``, ``name``, ``acronym``, ``year`` and ``mentions`` (a count)."""
    frame = _frame(source, "agreements", AGREEMENT_COLUMNS, lambda a: [
        a["id"], a["name"], a["acronym"], a["year"], len(a["mentions"])])
    frame["year"] = frame["year"].astype("Int64")
    return frame


def places(source: Source) -> pd.DataFrame:
    """One row per place: ``norm``, ``kind``, its province code before and after the 1 July 2025
    merger (``province_code``, ``province_2025``, ``province_2025_code``) and ``mentions``."""
    return _frame(source, "places", PLACE_COLUMNS, lambda p: [
        *(p[c] for c in PLACE_COLUMNS[:-1]), len(p["mentions"])])


def period(value: str | None) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The first and last day an ISO value covers: ``2023-03`` → March 1 and 31, 2023.

    A moment gives its calendar day; an interval ``a/b`` runs from ``a``'s first day to
    ``b``'s last. ``None`` or a value of another form gives ``(NaT, NaT)``.
    """
    if not value:
        return pd.NaT, pd.NaT
    first, _, last = value.partition("/")
    last = last or first
    try:
        begin = pd.Timestamp(first[:10])
        end = pd.Timestamp(last[:10])
    except ValueError:
        return pd.NaT, pd.NaT
    size = len(last[:10])
    if size == 4:
        end = end + pd.offsets.YearEnd(0)
    elif size == 7:
        end = end + pd.offsets.MonthEnd(0)
    return begin, end


def dates(source: Source) -> pd.DataFrame:
    """One row per date mention: ``text``, ISO ``value``, ``granularity``, offsets, and the
    period it covers as datetimes, ``date`` (first day) and ``until`` (last day)."""
    frame = _frame(source, "dates", DATE_COLUMNS, lambda d: [
        d["text"], d["value"], d["granularity"], d["start"], d["end"], *period(d["value"])])
    for column in ("date", "until"):
        frame[column] = pd.to_datetime(frame[column])
    return frame


def files(records: Iterable[Document | Record]) -> pd.DataFrame:
    """One row per record: ``path``, ``doc_date``, ``encoding``, ``error``, the number of
    ``entities`` and a count per label."""
    rows = []
    for record in _as_records(list(records))[0]:
        counts = Counter(e["label"] for e in record.get("entities") or [])
        rows.append([record.get("path"), record.get("doc_date"), record.get("encoding"),
                     record.get("error"), sum(counts.values()), *(counts[label] for label in LABELS)])
    frame = pd.DataFrame(rows, columns=FILE_COLUMNS)
    frame["doc_date"] = pd.to_datetime(frame["doc_date"], format="ISO8601")
    return frame


def scores(report: Report, *, totals: bool = True) -> pd.DataFrame:
    """Per-label ``precision``, ``recall``, ``f1``, ``norm_accuracy``, ``tp``, ``fp``, ``fn``.

    Indexed by label (sorted); with ``totals``, the rows ``overall`` (all labels) and
    ``headline`` (PERSON, TITLE, AGREEMENT, PLACE, DATE) follow.
    """
    rows = sorted(report.labels.items())
    if totals:
        rows += [("overall", report.overall), ("headline", report.headline)]
    data = [[getattr(s, c) for c in SCORE_COLUMNS] for _, s in rows]
    return pd.DataFrame(data, index=pd.Index([label for label, _ in rows], name="label"),
                        columns=SCORE_COLUMNS)


def compare(reports: Mapping[str, Report], metric: str = "f1") -> pd.DataFrame:
    """One ``metric`` (a ``scores`` column) for several systems: a row per label, a column per system.

    Labels in the guide's order, then ``overall`` and ``headline``; a label a system never
    predicted nor missed is ``NaN`` for it.
    """
    if metric not in SCORE_COLUMNS:
        raise ValueError(f"metric: expected one of {SCORE_COLUMNS}, got {metric!r}")
    table = pd.DataFrame({name: scores(report)[metric] for name, report in reports.items()})
    order = [label for label in (*LABELS, "overall", "headline") if label in table.index]
    return table.reindex(order + sorted(set(table.index) - set(order)))


def errors(report: Report) -> pd.DataFrame:
    """The errors of a report, one per row: ``kind`` is ``missed`` (in the gold, not
    predicted), ``spurious`` (predicted, not in the gold) or ``wrong norm`` (span right,
    norm wrong); ``gold`` and ``predicted`` are the norms on each side."""
    rows = [["missed", *(m[c] for c in ERROR_COLUMNS[1:6]), m["norm"], None] for m in report.misses]
    rows += [["spurious", *(s[c] for c in ERROR_COLUMNS[1:6]), None, s["norm"]] for s in report.spurious]
    rows += [["wrong norm", *(w[c] for c in ERROR_COLUMNS[1:])] for w in report.wrong_norms]
    frame = pd.DataFrame(rows, columns=ERROR_COLUMNS)
    return frame.sort_values(["id", "start", "kind"], ignore_index=True)


def _key(entity: Record) -> str:
    return entity["norm"] or entity["text"]


def cooccurrence(records: Iterable[Document | Record], rows: str = "PERSON", cols: str = "AGREEMENT",
                 ) -> pd.DataFrame:
    """In how many documents each ``rows`` entity appears together with each ``cols`` entity.

    Entities are told apart by norm (their text when the norm is null). Only entities
    that co-occur at least once are kept, rows and columns sorted by their total, then by
    name. With ``rows == cols`` the diagonal counts the documents naming each entity.
    """
    for name, label in (("rows", rows), ("cols", cols)):
        if label not in LABELS:
            raise ValueError(f"{name}: expected one of {LABELS}, got {label!r}")
    counts: Counter[tuple[str, str]] = Counter()
    for record in _as_records(list(records))[0]:
        found = {label: {_key(e) for e in record.get("entities") or [] if e["label"] == label}
                 for label in (rows, cols)}
        counts.update(product(found[rows], found[cols]))
    if not counts:
        return pd.DataFrame(index=pd.Index([], name=rows, dtype=object),
                            columns=pd.Index([], name=cols, dtype=object), dtype=int)
    table = pd.Series(counts).unstack(fill_value=0).astype(int)
    table = table.loc[_by_total(table.sum(axis=1)), _by_total(table.sum(axis=0))]
    table.index.name, table.columns.name = rows, cols
    return table


def _by_total(totals: pd.Series) -> list[str]:
    return sorted(totals.index, key=lambda name: (-totals[name], name))


__all__ = [
    "agreements", "compare", "cooccurrence", "dates", "entities", "errors", "files",
    "officials", "period", "places", "records_frame", "scores",
]

"""Read the packaged data files (lexicons, gazetteers, patterns), validating their keys."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files
from typing import Any


def _check(record: dict[str, Any], name: str, required: set[str], optional: set[str]) -> None:
    missing = required - record.keys()
    unknown = record.keys() - required - optional
    if missing or unknown:
        raise ValueError(
            f"{name}: expected keys {sorted(required)} (optional {sorted(optional)}), "
            f"got {sorted(record)}"
        )


@cache
def read_json(name: str) -> Any:
    """The parsed content of ``vnentities/data/<name>``."""
    return json.loads(files("vnentities.data").joinpath(name).read_text(encoding="utf-8"))


@cache
def read_records(
    name: str, required: frozenset[str], optional: frozenset[str] = frozenset()
) -> tuple[dict[str, Any], ...]:
    """The records of the JSONL file ``vnentities/data/<name>``, each checked for its keys."""
    text = files("vnentities.data").joinpath(name).read_text(encoding="utf-8")
    records = tuple(json.loads(line) for line in text.splitlines() if line.strip())
    for number, record in enumerate(records, 1):
        _check(record, f"{name} line {number}", set(required), set(optional))
    return records


@cache
def read_lines(name: str) -> tuple[str, ...]:
    """The non-empty, non-comment lines of ``vnentities/data/<name>``."""
    text = files("vnentities.data").joinpath(name).read_text(encoding="utf-8")
    return tuple(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )

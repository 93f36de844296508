"""Write batch records safely: JSONL record by record (resumable), CSV and DocBin whole.

JSONL: each record is one line written with a single ``os.write`` as soon as it is
ready, so an interrupted run leaves complete records (but for a last line a fatal signal
cut short mid-write); ``resume`` drops a trailing partial line, reports the paths already
done and appends after them. CSV (one row per entity)
and DocBin are written to a temporary file that replaces the output only when the run
completes, so they are never half-written.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, DocBin
from spacy.vocab import Vocab

CSV_COLUMNS = ("path", "start", "end", "label", "text", "norm", "doc_date", "error")
FORMATS = ("jsonl", "csv", "docbin")


class Sink:
    """Where records go, as a context manager: ``close`` on success, ``abort`` on error.

    ``done`` holds the paths an earlier run already wrote (JSONL ``resume``), and
    ``done_failed`` those of them whose record has an error.
    """

    done: frozenset[str] = frozenset()
    done_failed: frozenset[str] = frozenset()

    def write(self, record: dict[str, Any], doc: Doc | bytes | None = None) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def abort(self) -> None:
        self.close()

    def __enter__(self) -> Sink:
        return self

    def __exit__(self, kind: type | None, *_: object) -> None:
        self.close() if kind is None else self.abort()


class JsonlSink(Sink):
    """One JSON line per record, on disk as soon as it is written; ``abort`` keeps them."""

    def __init__(self, path: Path, *, resume: bool = False) -> None:
        if resume and path.exists():
            self.done, self.done_failed = _complete_records(path)
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if resume else os.O_TRUNC)
        self._fd = os.open(path, flags, 0o644)

    def write(self, record: dict[str, Any], doc: Doc | bytes | None = None) -> None:
        data = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
        while data:
            data = data[os.write(self._fd, data):]

    def close(self) -> None:
        os.fsync(self._fd)
        os.close(self._fd)


def _complete_records(path: Path) -> tuple[frozenset[str], frozenset[str]]:
    """The paths of the complete records in ``path``, and of those with an error.

    A partial last line is cut off first.
    """
    data = path.read_bytes()
    complete = data[: data.rfind(b"\n") + 1]
    if len(complete) < len(data):
        with path.open("r+b") as file:
            file.truncate(len(complete))
    done, failed = set(), set()
    for number, line in enumerate(complete.decode("utf-8").splitlines(), 1):
        try:
            record = json.loads(line)
            done.add(record["path"])
            if record["error"] is not None:
                failed.add(record["path"])
        except (ValueError, KeyError, TypeError):
            raise ValueError(f"cannot resume {path}: line {number} is not a vnentities record") from None
    return frozenset(done), frozenset(failed)


class _Replacing(Sink):
    """Writes a temporary file beside ``path`` that replaces it on ``commit``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        os.close(fd)
        self.temporary = Path(name)

    def commit(self) -> None:
        self.temporary.chmod(0o644)
        os.replace(self.temporary, self.path)

    def abort(self) -> None:
        self.temporary.unlink(missing_ok=True)


class CsvSink(_Replacing):
    """One row per entity; a file with no entity, or a failed one, still has one row."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._file = self.temporary.open("w", encoding="utf-8", newline="")
        self._writer = csv.DictWriter(self._file, CSV_COLUMNS)
        self._writer.writeheader()

    def write(self, record: dict[str, Any], doc: Doc | bytes | None = None) -> None:
        common = {"path": record["path"], "doc_date": record["doc_date"], "error": record["error"]}
        for entity in record["entities"] or [{}]:
            self._writer.writerow({**common, **entity})

    def close(self) -> None:
        self._file.close()
        self.commit()

    def abort(self) -> None:
        self._file.close()
        super().abort()


class DocBinSink(_Replacing):
    """A spaCy ``DocBin``; each Doc's ``user_data`` has the file's ``path`` and ``error``."""

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._docs = DocBin(store_user_data=True)
        self._vocab = Vocab()

    def write(self, record: dict[str, Any], doc: Doc | bytes | None = None) -> None:
        if isinstance(doc, bytes):
            doc = Doc(self._vocab).from_bytes(doc)
        doc = doc if doc is not None else Doc(self._vocab, words=[])
        doc.user_data.update(path=record["path"], error=record["error"])
        self._docs.add(doc)

    def close(self) -> None:
        self._docs.to_disk(self.temporary)
        self.commit()


def open_sink(path: Path, fmt: str = "jsonl", *, resume: bool = False) -> Sink:
    """The sink for ``fmt``; ``resume`` is for JSONL only."""
    if fmt not in FORMATS:
        raise ValueError(f"format: expected one of {', '.join(FORMATS)}, got {fmt!r}")
    if resume and fmt != "jsonl":
        raise ValueError("--resume needs JSONL output: CSV and DocBin are written whole at the end")
    if fmt == "jsonl":
        return JsonlSink(path, resume=resume)
    return CsvSink(path) if fmt == "csv" else DocBinSink(path)

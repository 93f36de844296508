"""The Dask engine: the batch records, computed on a ``dask.distributed`` cluster.

Each worker process loads the pipeline once (a per-process cache) and annotates whole
partitions, each in a spaCy memory zone: the strings and lexemes of a partition's texts
are freed once its records (plain values) are made, so a long-lived worker's vocabulary
does not grow with the corpus. ``annotate_files`` keeps only a few partitions in flight
and yields their records in input order, so the client's memory stays flat however
large the corpus.
Workers read the files themselves: on a real cluster the paths must be visible to them
(a shared filesystem). Needs the ``cluster`` extra (``pip install "vnentities[cluster]"``).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

import dask.bag as db
from distributed import Client, LocalCluster
from spacy.language import Language

from . import batch, pieces
from .document import Document, check_doc_date, check_text
from .pipeline import load


@cache
def _pipeline(base: str | None) -> Language:
    """The pipeline of this worker process, loaded on first use."""
    return load(base)


def annotate_bag(texts: db.Bag, base: str | None = None) -> db.Bag:
    """A bag of ``Document.to_dict()`` records for a bag of texts or ``(text, doc_date)`` pairs."""
    return texts.map_partitions(_annotate_texts, base)


def _annotate_texts(texts: list[Any], base: str | None) -> list[dict[str, Any]]:
    items = []
    for item in texts:
        text, doc_date = (item, None) if isinstance(item, str) else item
        items.append((check_text(text), check_doc_date(doc_date), None))
    nlp = _pipeline(base)
    with nlp.memory_zone():
        return [Document(doc).to_dict() for doc, _ in pieces.pipe(nlp, items)]


def _annotate_paths(
    paths: list[str], root: str, base: str | None, keep_docs: bool
) -> list[tuple[dict[str, Any], bytes | None]]:
    nlp = _pipeline(base)
    with nlp.memory_zone():
        annotated = batch.annotate_paths(nlp, [Path(p) for p in paths], Path(root))
        return [(record, doc.to_bytes() if keep_docs and doc is not None else None)
                for record, doc in annotated]


@contextmanager
def connect(scheduler: str | None = None, workers: int = 2) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of a new local one of ``workers`` processes."""
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield client


def annotate_files(
    client: Client,
    paths: list[Path],
    root: Path,
    *,
    base: str | None = None,
    partition_size: int = 16,
    keep_docs: bool = False,
) -> Iterator[tuple[dict[str, Any], bytes | None]]:
    """``(record, doc bytes or None)`` for ``paths``, in order, as ``batch.annotate_paths`` gives.

    ``keep_docs`` sends back each ``Doc`` as ``Doc.to_bytes()`` (for DocBin output).
    """
    bag = db.from_sequence([str(p) for p in paths], partition_size=partition_size)
    partitions = bag.map_partitions(_annotate_paths, str(root), base, keep_docs).to_delayed()
    in_flight: deque = deque()
    window = 2 * max(1, len(client.scheduler_info()["workers"]))
    for partition in partitions:
        in_flight.append(client.compute(partition))
        if len(in_flight) >= window:
            yield from in_flight.popleft().result()
    while in_flight:
        yield from in_flight.popleft().result()

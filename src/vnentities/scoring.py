"""Gold files and the guide's scoring: strict span F1 and norm accuracy, per label.

Entities match strictly on (``start``, ``end``, ``label``); counts are multisets, so a
duplicated prediction is a false positive, never silently merged. Norm accuracy is over
the strict matches whose gold ``norm`` is not null; the headline figure is over
PERSON, TITLE, AGREEMENT, PLACE and DATE.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language

from .document import extract

HEADLINE = ("PERSON", "TITLE", "AGREEMENT", "PLACE", "DATE")
ENTITY_KEYS = {"start", "end", "label", "text", "norm"}
BASELINE_LABELS = {  # the base model's labels → the guide's; NORP and the rest are dropped
    "PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE",
    "LAW": "AGREEMENT", "DATE": "DATE", "TIME": "DATE", "EVENT": "EVENT",
}


@dataclass(frozen=True)
class GoldDocument:
    """One line of a gold JSONL file."""

    id: str
    doc_date: str | None
    text: str
    entities: tuple[dict[str, Any], ...]


def read_gold(path: str | Path) -> list[GoldDocument]:
    """Read and check a gold JSONL file (keys, offsets, text, no overlaps)."""
    documents = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        record = json.loads(line)
        where = f"{path} line {number}"
        previous_end = 0
        for entity in record["entities"]:
            if set(entity) != ENTITY_KEYS:
                raise ValueError(f"{where}: expected keys {sorted(ENTITY_KEYS)}, got {sorted(entity)}")
            if record["text"][entity["start"] : entity["end"]] != entity["text"]:
                raise ValueError(f"{where}: offsets do not give the text of {entity}")
            if entity["start"] < previous_end:
                raise ValueError(f"{where}: entities overlap or are not sorted at {entity}")
            previous_end = entity["end"]
        documents.append(
            GoldDocument(record["id"], record.get("doc_date"), record["text"],
                         tuple(record["entities"]))
        )
    return documents


@dataclass
class LabelScore:
    """Counts and rates for one label (or for all)."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    norm_correct: int = 0
    norm_total: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def norm_accuracy(self) -> float:
        return self.norm_correct / self.norm_total if self.norm_total else 0.0

    def add(self, other: LabelScore) -> None:
        for name in ("tp", "fp", "fn", "norm_correct", "norm_total"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, float]:
        return {
            **asdict(self),
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "norm_accuracy": self.norm_accuracy,
        }


@dataclass
class Report:
    """Scores per label, overall and over the headline labels, with the errors listed."""

    labels: dict[str, LabelScore] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)
    spurious: list[dict[str, Any]] = field(default_factory=list)
    wrong_norms: list[dict[str, Any]] = field(default_factory=list)

    def total(self, labels: Iterable[str] | None = None) -> LabelScore:
        """Micro-averaged counts over ``labels`` (all labels by default)."""
        total = LabelScore()
        for label, score in self.labels.items():
            if labels is None or label in labels:
                total.add(score)
        return total

    @property
    def overall(self) -> LabelScore:
        return self.total()

    @property
    def headline(self) -> LabelScore:
        return self.total(HEADLINE)

    def as_dict(self) -> dict[str, Any]:
        return {
            "overall": self.overall.as_dict(),
            "headline": self.headline.as_dict(),
            "labels": {label: s.as_dict() for label, s in sorted(self.labels.items())},
            "misses": self.misses,
            "spurious": self.spurious,
            "wrong_norms": self.wrong_norms,
        }


def score(gold: GoldDocument, predicted: Iterable[dict[str, Any]], report: Report) -> None:
    """Add one document's comparison to ``report``."""
    key = lambda e: (e["start"], e["end"], e["label"])  # noqa: E731
    gold_counts = Counter(key(e) for e in gold.entities)
    predicted = list(predicted)
    predicted_counts = Counter(key(e) for e in predicted)
    gold_norms = {key(e): e["norm"] for e in gold.entities}
    predicted_norms = {key(e): e["norm"] for e in predicted}
    for k in gold_counts | predicted_counts:
        label_score = report.labels.setdefault(k[2], LabelScore())
        matched = min(gold_counts[k], predicted_counts[k])
        label_score.tp += matched
        label_score.fn += gold_counts[k] - matched
        label_score.fp += predicted_counts[k] - matched
        where = {"id": gold.id, "start": k[0], "end": k[1], "label": k[2],
                 "text": gold.text[k[0] : k[1]]}
        if gold_counts[k] > matched:
            report.misses.append({**where, "norm": gold_norms[k]})
        if predicted_counts[k] > matched:
            report.spurious.append({**where, "norm": predicted_norms[k]})
        if matched and gold_norms[k] is not None:
            label_score.norm_total += matched
            if predicted_norms[k] == gold_norms[k]:
                label_score.norm_correct += matched
            else:
                report.wrong_norms.append(
                    {**where, "gold": gold_norms[k], "predicted": predicted_norms[k]}
                )


def evaluate(path: str | Path, nlp: Language | None = None) -> Report:
    """Run vnentities on every document of a gold file and score it."""
    report = Report()
    for gold in read_gold(path):
        document = extract(gold.text, gold.doc_date, nlp=nlp)
        score(gold, (asdict(e) for e in document.entities), report)
    return report


def evaluate_baseline(path: str | Path, base: Language) -> Report:
    """Score a statistical base's own NER, its labels mapped to the guide's (no norms)."""
    report = Report()
    for gold in read_gold(path):
        predicted = [
            {"start": e.start_char, "end": e.end_char, "label": BASELINE_LABELS[e.label_],
             "text": e.text, "norm": None}
            for e in base(gold.text).ents if e.label_ in BASELINE_LABELS
        ]
        score(gold, predicted, report)
    return report

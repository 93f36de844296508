"""pandas tables of results (``vnentities.frames``) and the side-by-side displaCy view."""

from __future__ import annotations

import pandas as pd
import pytest

import vnentities
from conftest import DATA
from vnentities import batch, display, frames
from vnentities.scoring import GoldDocument, Report, score

SEEDS = ("000_23359aa9ccde5524.txt", "004_77f411d3910898ad.txt")


@pytest.fixture(scope="module")
def documents(nlp_sm) -> list[vnentities.Document]:
    """The two seed articles, annotated on en_core_web_sm."""
    return [vnentities.extract((DATA / name).read_text(encoding="utf-8"), nlp=nlp_sm) for name in SEEDS]


@pytest.fixture(scope="module")
def records(documents) -> list[dict]:
    """The seeds as batch records would have them: ``to_dict()`` plus a path."""
    return [{"path": name, **d.to_dict()} for name, d in zip(SEEDS, documents, strict=True)]


def test_entities_frame_is_the_documents_entities(documents):
    """One row per entity, the same values in the same order, offsets giving the text."""
    for document in documents:
        frame = frames.entities(document)
        assert list(frame.columns) == ["start", "end", "label", "text", "norm"]
        expected = [(e.start, e.end, e.label, e.text, e.norm) for e in document.entities]
        assert plain(frame) == expected
        assert all(document.text[s:e] == t for s, e, t in zip(frame.start, frame.end, frame.text, strict=True))


def test_a_document_and_its_record_give_the_same_frames(documents):
    """``Document`` and ``Document.to_dict()`` are interchangeable inputs."""
    document = documents[1]
    for helper in (frames.entities, frames.officials, frames.agreements, frames.places, frames.dates):
        pd.testing.assert_frame_equal(helper(document), helper(document.to_dict()))


def test_officials_frame_follows_the_records(documents):
    """A row per official: titles joined, mentions counted; the seed's people are there."""
    document = documents[1]
    frame = frames.officials(document)
    assert list(frame.columns) == ["name", "norm", "titles", "organisation", "country", "mentions"]
    assert list(frame.norm) == [o.norm for o in document.officials]
    assert [t.split("; ") if t else [] for t in frame.titles] == [o.titles for o in document.officials]
    assert list(frame.mentions) == [len(o.mentions) for o in document.officials]
    assert frame.mentions.sum() == sum(e.label == "PERSON" and e.norm is not None for e in document.entities)
    # Article 004: Trọng receives Blinken; Biden's invitation is conveyed.
    assert {"Nguyen Phu Trong", "Antony Blinken", "Joe Biden"} <= set(frame.norm)


def test_agreements_frame_has_integer_years_and_counts(documents):
    """Years are nullable integers; mentions add up to the AGREEMENT entities with a norm."""
    document = documents[0]
    frame = frames.agreements(document)
    assert str(frame.year.dtype) == "Int64"
    assert frame.id.is_unique
    assert frame.mentions.sum() == sum(e.label == "AGREEMENT" and e.norm is not None for e in document.entities)
    # Article 000 names the UN Convention on the Law of the Sea, signed in 1982.
    assert frame.set_index("id").loc["UNCLOS", "year"] == 1982


def test_places_frame_gives_the_province_after_the_2025_merger(documents):
    """Article 000 lists the 63 former provinces; Binh Duong joined Ho Chi Minh City in 2025."""
    frame = frames.places(documents[0]).set_index("norm")
    assert list(frame.columns) == ["kind", "province_code", "province_2025", "province_2025_code", "mentions"]
    assert frame.loc["Binh Duong", "kind"] == "province"
    assert "Ho Chi Minh" in frame.loc["Binh Duong", "province_2025"]
    assert frame.loc["Cao Bang", "province_2025"] == "Cao Bang"  # one of the 11 provinces left as they were
    provinces = frame[frame.kind == "province"]
    assert provinces.province_2025.notna().all() and provinces.province_2025.nunique() <= 34


@pytest.mark.parametrize(
    ("value", "first", "last"),
    [
        ("2023-03-30", "2023-03-30", "2023-03-30"),
        ("2023-03-30T08:09+07:00", "2023-03-30", "2023-03-30"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2023", "2023-01-01", "2023-12-31"),
        ("2023-05-26/2023-05-27", "2023-05-26", "2023-05-27"),
        ("2023-11/2024-01", "2023-11-01", "2024-01-31"),
    ],
)
def test_period_covers_the_whole_value(value, first, last):
    """The first and last day an ISO value covers, at its granularity."""
    assert frames.period(value) == (pd.Timestamp(first), pd.Timestamp(last))


@pytest.mark.parametrize("value", [None, "", "next week"])
def test_period_of_no_value_is_not_a_time(value):
    assert all(pd.isna(x) for x in frames.period(value))


def test_dates_frame_resolves_the_values(documents):
    """Rows are ``Document.dates``; a day value gives that day, and ``date`` ≤ ``until``."""
    document = documents[1]
    frame = frames.dates(document)
    assert plain(frame[["text", "value", "start", "end"]]) == [
        (d.text, d.value, d.start, d.end) for d in document.dates]
    valued = frame[frame.value.notna()]
    assert (valued.date <= valued.until).all()
    days = valued[valued.granularity == "day"]
    assert (days.date.dt.strftime("%Y-%m-%d") == days.value).all()
    # The article is dated April 15, 2023 (a Saturday, as the text says of the reception).
    assert pd.Timestamp("2023-04-15") in set(frame.date)


def test_many_records_give_a_path_and_a_datetime_doc_date(records):
    """From a list, each row says which record it came from; rows add up over records."""
    for helper in (frames.entities, frames.officials, frames.agreements, frames.places, frames.dates):
        frame = helper(records)
        assert list(frame.columns[:2]) == ["path", "doc_date"]
        assert pd.api.types.is_datetime64_any_dtype(frame.doc_date)
        assert len(frame) == sum(len(helper(r)) for r in records)
        assert set(frame.path) <= set(SEEDS)
    frame = frames.records_frame(records)
    dated = frame.groupby("path").doc_date.first()
    assert dated[SEEDS[0]] == pd.Timestamp("2023-03-30") and dated[SEEDS[1]] == pd.Timestamp("2023-04-15")


def test_files_and_records_frame_from_a_batch_run(tmp_path, nlp_blank):
    """A folder with an article, an empty file and a binary one: every file has a row in
    ``files``; only entities have rows in ``records_frame``."""
    (tmp_path / "a.txt").write_text("HÀ NỘI — Prime Minister Phạm Minh Chính met Lao Prime Minister "
                                    "Sonexay Siphandone on March 5, 2024.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01\x02binary")
    paths = batch.find_inputs(tmp_path)
    records = [r for r, _ in batch.annotate_paths(nlp_blank, paths, tmp_path)]
    table = frames.files(records).set_index("path")
    assert list(table.index) == ["a.txt", "b.txt", "c.txt"]
    assert table.loc["c.txt", "error"] and table.loc["c.txt", "entities"] == 0
    assert table.loc["b.txt", "entities"] == 0 and pd.isna(table.loc["b.txt", "error"])
    assert table.loc["a.txt", "entities"] == table.loc["a.txt", list(frames.LABELS)].sum() > 0
    assert table.loc["a.txt", "PERSON"] >= 2 and table.loc["a.txt", "DATE"] >= 1
    rows = frames.records_frame(records)
    assert set(rows.path) == {"a.txt"} and len(rows) == table.entities.sum()


def test_inputs_that_are_not_records_are_refused():
    with pytest.raises(TypeError, match="string"):
        frames.entities("Hà Nội")
    with pytest.raises(TypeError, match="int"):
        frames.entities([1, 2])


def entity(start: int, end: int, label: str, text: str, norm: str | None) -> dict:
    return {"start": start, "end": end, "label": label, "text": text, "norm": norm}


GOLD = GoldDocument("d", "2023-01-01", "Joe Biden met To Lam in Ha Noi.", (
    entity(0, 9, "PERSON", "Joe Biden", "Joe Biden"),
    entity(14, 20, "PERSON", "To Lam", "To Lam"),
    entity(24, 30, "PLACE", "Ha Noi", "Ha Noi"),
))
PREDICTED = [
    entity(0, 9, "PERSON", "Joe Biden", "Biden"),    # right span, wrong norm
    entity(17, 20, "PERSON", "Lam", "To Lam"),        # boundary error: a miss and a spurious one
    entity(24, 30, "PLACE", "Ha Noi", "Ha Noi"),
]


def plain(rows: pd.DataFrame) -> list[tuple]:
    """The rows of a frame as tuples, missing values (``NaN``, ``None``) as ``None``."""
    return [tuple(None if pd.isna(x) else x for x in row) for row in rows.itertuples(index=False, name=None)]


def report_of(predicted: list[dict]) -> Report:
    report = Report()
    score(GOLD, predicted, report)
    return report


def test_scores_frame_has_a_row_per_label_and_the_totals():
    frame = frames.scores(report_of(PREDICTED))
    assert list(frame.index) == ["PERSON", "PLACE", "overall", "headline"]
    assert list(frame.columns) == ["precision", "recall", "f1", "norm_accuracy", "tp", "fp", "fn"]
    assert tuple(frame.loc["PERSON", ["tp", "fp", "fn"]]) == (1, 1, 1)
    assert frame.loc["PERSON", "f1"] == pytest.approx(0.5)
    assert frame.loc["PERSON", "norm_accuracy"] == 0.0 and frame.loc["PLACE", "norm_accuracy"] == 1.0
    assert frame.loc["overall", "tp"] == frame.loc[["PERSON", "PLACE"], "tp"].sum() == 2
    assert list(frames.scores(report_of(PREDICTED), totals=False).index) == ["PERSON", "PLACE"]


def test_compare_puts_systems_side_by_side():
    perfect = report_of([dict(e) for e in GOLD.entities])
    table = frames.compare({"perfect": perfect, "rules": report_of(PREDICTED)})
    assert list(table.columns) == ["perfect", "rules"]
    assert list(table.index) == ["PERSON", "PLACE", "overall", "headline"]
    assert (table["perfect"] == 1.0).all() and table.loc["PERSON", "rules"] == pytest.approx(0.5)
    recall = frames.compare({"rules": report_of(PREDICTED)}, metric="recall")
    assert recall.loc["overall", "rules"] == pytest.approx(2 / 3)
    with pytest.raises(ValueError, match="metric"):
        frames.compare({"rules": report_of(PREDICTED)}, metric="accuracy")


def test_errors_lists_misses_spurious_and_wrong_norms():
    frame = frames.errors(report_of(PREDICTED))
    assert list(frame.columns) == ["kind", "id", "label", "start", "end", "text", "gold", "predicted"]
    rows = {(k, t): (g, p) for k, t, g, p in plain(frame[["kind", "text", "gold", "predicted"]])}
    assert rows == {
        ("wrong norm", "Joe Biden"): ("Joe Biden", "Biden"),
        ("missed", "To Lam"): ("To Lam", None),
        ("spurious", "Lam"): (None, "To Lam"),
    }
    assert frames.errors(report_of([dict(e) for e in GOLD.entities])).empty


def corpus() -> list[dict]:
    """Three small records: A and B with agreement X; A with X and Y; C alone."""
    return [
        {"path": "1", "doc_date": "2023-01-01", "entities": [
            entity(0, 1, "PERSON", "A", "A"), entity(2, 3, "PERSON", "B", "B"),
            entity(4, 5, "AGREEMENT", "X", "X"), entity(6, 7, "AGREEMENT", "X", "X")]},
        {"path": "2", "doc_date": "2023-02-01", "entities": [
            entity(0, 1, "PERSON", "Mr A", "A"), entity(4, 5, "AGREEMENT", "X", "X"),
            entity(6, 7, "AGREEMENT", "the Y deal", None)]},
        {"path": "3", "doc_date": None, "entities": [entity(0, 1, "PERSON", "C", "C")]},
    ]


def test_cooccurrence_counts_documents_by_norm():
    """Counts are documents, not mentions; a null norm falls back to the text; C co-occurs with nothing."""
    table = frames.cooccurrence(corpus())
    assert (table.index.name, table.columns.name) == ("PERSON", "AGREEMENT")
    assert list(table.index) == ["A", "B"] and list(table.columns) == ["X", "the Y deal"]
    assert table.to_dict(orient="index") == {"A": {"X": 2, "the Y deal": 1}, "B": {"X": 1, "the Y deal": 0}}


def test_cooccurrence_of_a_label_with_itself_has_document_counts_on_the_diagonal():
    table = frames.cooccurrence(corpus(), "PERSON", "PERSON")
    assert {name: table.loc[name, name] for name in table.index} == {"A": 2, "B": 1, "C": 1}
    assert (table.values == table.values.T).all()


def test_cooccurrence_without_pairs_or_with_a_bad_label():
    assert frames.cooccurrence(corpus(), "PERSON", "DATE").empty
    with pytest.raises(ValueError, match="rows"):
        frames.cooccurrence(corpus(), "GPE", "AGREEMENT")


def test_side_by_side_shows_only_the_lines_that_differ():
    text = "Joe Biden spoke.\nTo Lam met him\nin Ha Noi.\nNothing here."
    gold = [entity(0, 9, "PERSON", "Joe Biden", None), entity(17, 23, "PERSON", "To Lam", None),
            entity(35, 41, "PLACE", "Ha Noi", None)]
    assert all(text[e["start"]:e["end"]] == e["text"] for e in gold)
    predicted = [gold[0], entity(20, 23, "PERSON", "Lam", None), gold[2]]
    shown = display.side_by_side(text, gold, predicted, titles=("gold <1>", "mine"), only_differences=True)
    assert isinstance(shown, str) and shown._repr_html_() == str(shown)
    assert "gold &lt;1&gt;" in shown and "Lam" in shown
    assert "Biden" not in shown and "Ha Noi" not in shown and "Nothing" not in shown
    assert "no differences" in display.side_by_side(text, gold, gold, only_differences=True)
    whole = display.side_by_side(text, gold, predicted)
    assert all(word in whole for word in ("Biden", "Ha Noi", "Nothing"))
    assert "Biden" not in repr(whole)  # Jupyter keeps the repr beside the HTML


def test_side_by_side_can_stop_after_some_rows():
    text = "\n".join(f"line {i} Ha Noi" for i in range(5))
    gold = [entity(text.index("Ha Noi", i * 13), text.index("Ha Noi", i * 13) + 6, "PLACE", "Ha Noi", None)
            for i in range(5)]
    assert all(text[e["start"]:e["end"]] == "Ha Noi" for e in gold)
    shown = display.side_by_side(text, gold, [], only_differences=True, max_rows=2)
    assert "line 0" in shown and "line 1" in shown and "line 2" not in shown
    assert "… 3 more rows" in shown


def test_segments_never_cut_an_entity():
    """An entity across a line break keeps its two lines together."""
    text = "one\nHa\nNoi\nthree"
    assert display.segments(text, [entity(4, 10, "PLACE", "Ha\nNoi", None)]) == [(0, 3), (4, 10), (11, 16)]
    assert display.segments(text) == [(0, 3), (4, 6), (7, 10), (11, 16)]

"""The folded view: word ids stay few, and word lists find their words whenever made."""

from __future__ import annotations

import random
import string

from vnentities import text
from vnentities.text import View, WordSet


def _unseen_words(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choices(string.ascii_lowercase, k=12)) for _ in range(n)]


def test_word_ids_do_not_grow_with_the_words_read(nlp_blank):
    """Only the lexicons' words get ids: a long run over new words adds none."""
    nlp_blank("Prime Minister Phạm Minh Chính met the press in Hà Nội.")  # lazy lexicons loaded
    before = len(text._IDS)
    tail = " Prime Minister Phạm Minh Chính visited Huế."
    docs = list(nlp_blank.pipe(" ".join(_unseen_words(200, seed)) + tail for seed in range(20)))
    assert len(text._IDS) == before
    expected = [("Prime Minister", "TITLE"), ("Phạm Minh Chính", "PERSON"), ("Huế", "PLACE")]
    assert all([(e.text, e.label_) for e in doc.ents] == expected for doc in docs)


def test_a_word_list_made_after_a_view_finds_its_words(nlp_blank):
    """A view built before a ``WordSet`` holding its words still finds them (ids refreshed)."""
    first, second = _unseen_words(2, seed=99)
    doc = nlp_blank.make_doc(f"{first.title()} and {second} and {first}")
    view = View.of(doc)
    words = WordSet({first, second})
    assert view.where(words) == [0, 2, 4]
    assert View.of(nlp_blank.make_doc(f"then {second}")).where(words) == [1]


def test_where_takes_any_words_of_the_document(nlp_blank):
    view = View.of(nlp_blank.make_doc("Anwar met Widodo; Anwar left."))
    assert view.where({"anwar"}) == [0, 4]
    assert view.where(["widodo", "nobody"]) == [2]
    assert view.where(set()) == []


def test_occurrences_keep_the_case(nlp_blank):
    view = View.of(nlp_blank.make_doc("The DOC, the doc and Đoc: DOC."))
    assert view.occurrences("DOC") == [1, 8]
    assert view.occurrences("Doc") == [6]  # Đoc folds to Doc
    assert view.occurrences("MISSING") == []

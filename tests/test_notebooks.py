"""Every notebook in ``notebooks/`` runs top to bottom, and is committed with its outputs.

Each notebook is executed by nbclient in a fresh kernel of this interpreter, from the
``notebooks/`` folder, with a time limit per cell; a cell that raises fails the test.
There is no skip list: every ``*.ipynb`` there is run.
"""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from conftest import ROOT

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
CELL_TIMEOUT = 240  # seconds; a notebook takes well under a minute on the CI machine


def read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def code_cells(notebook: nbformat.NotebookNode) -> list[nbformat.NotebookNode]:
    return [cell for cell in notebook.cells if cell.cell_type == "code"]


def test_the_three_notebooks_are_there():
    assert {"01-explore.ipynb", "02-evaluate.ipynb", "03-corpus.ipynb"} <= {p.name for p in NOTEBOOKS}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_top_to_bottom(path: Path):
    """nbclient raises ``CellExecutionError`` on the first cell that fails."""
    notebook = read(path)
    NotebookClient(notebook, timeout=CELL_TIMEOUT, kernel_name="python3", record_timing=False,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    outputs = [output for cell in code_cells(notebook) for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_is_committed_run_in_order_with_outputs(path: Path):
    """Stored outputs come from one run, top to bottom, with no error or warning, and show
    pictures and tables."""
    cells = code_cells(read(path))
    assert [cell.execution_count for cell in cells] == list(range(1, len(cells) + 1))
    outputs = [output for cell in cells for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert not [o for o in outputs if o.output_type == "stream" and o.name == "stderr"]
    kinds = {kind for o in outputs for kind in o.get("data", {})}
    assert {"text/html", "image/png"} <= kinds


@pytest.mark.parametrize("folder", ["", "notebooks"])
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_finds_the_repository_from_the_root_or_its_folder(path: Path, folder: str, monkeypatch):
    """The first code cell (imports and paths) sets ``ROOT`` whichever folder Jupyter started in."""
    monkeypatch.chdir(ROOT / folder)
    namespace: dict = {}
    exec(code_cells(read(path))[0].source, namespace)  # noqa: S102 - the notebook's own setup cell
    assert Path(namespace["ROOT"]).resolve() == ROOT.resolve()

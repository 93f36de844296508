"""Build ``src/vnentities/data/provinces.json`` from underthesea's administrative-unit data.

underthesea ships ``underthesea/address/data/mapping.json`` (source: vietnamadminunits):
the 63 provinces before 1 July 2025, the 34 after it, and the old → new mapping. This
script reads it through the installed package, adds the English forms of
``province_aliases.json``, and writes one record per pre-2025 province:

    {"code", "norm", "name", "names", "successor": {"code", "norm", "name"}}

Run it again when underthesea's data changes: ``python tools/build_provinces.py``.
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path

from unidecode import unidecode

DATA = Path(__file__).resolve().parents[1] / "src" / "vnentities" / "data"
PREFIXES = ("Thành phố ", "Tỉnh ")


def short_forms(short: str) -> list[str]:
    """The short name, and its compact form for names written with a spaced hyphen."""
    forms = [short]
    if " - " in short:
        forms += [short.replace(" - ", "-"), short.replace(" - ", " ")]
    return forms


def build() -> list[dict]:
    mapping = json.loads(
        files("underthesea.address").joinpath("data/mapping.json").read_text(encoding="utf-8")
    )
    aliases = json.loads((DATA / "province_aliases.json").read_text(encoding="utf-8"))
    new = mapping["province_names"]
    records = []
    for key, old in mapping["old_province_names"].items():
        extra = aliases.get(old["code"], {})
        successor = new[mapping["province_mapping"][key]]
        names = short_forms(old["short"]) + [old["name"]] + extra.get("names", [])
        records.append(
            {
                "code": old["code"],
                "norm": extra.get("norm", unidecode(old["short"])),
                "name": old["name"],
                "names": list(dict.fromkeys(names)),
                "successor": {
                    "code": successor["code"],
                    "norm": unidecode(successor["short"]),
                    "name": successor["name"],
                },
            }
        )
    return sorted(records, key=lambda r: r["code"])


if __name__ == "__main__":
    out = DATA / "provinces.json"
    out.write_text(json.dumps(build(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out}")

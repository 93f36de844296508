"""Build ``src/vnentities/data/cities.jsonl`` from underthesea's administrative-unit data.

The ward records of ``underthesea/address/data/mapping.json`` name each ward's district before the
2025 merger; the districts that are cities (``Thành phố …``) are Viet Nam's provincial cities. This
script writes one place record per city that neither shares its name with a province nor is already
in the hand-written ``places.jsonl``:

    {"norm", "kind": "city", "names", "province_code"}

Run it after ``tools/build_provinces.py`` when underthesea's data changes: ``python tools/build_cities.py``.
"""

from __future__ import annotations

import json
from importlib.resources import files

from build_provinces import DATA, short_forms
from unidecode import unidecode

CITY = "Thành phố "


def build() -> list[dict]:
    mapping = json.loads(
        files("underthesea.address").joinpath("data/mapping.json").read_text(encoding="utf-8")
    )
    provinces = json.loads((DATA / "provinces.json").read_text(encoding="utf-8"))
    codes = {province["name"]: province["code"] for province in provinces}
    taken = {province["norm"] for province in provinces} | {
        json.loads(line)["norm"] for line in (DATA / "places.jsonl").read_text(encoding="utf-8").splitlines()
    }
    cities = {
        (ward["old_district"].removeprefix(CITY), codes[ward["old_province"]])
        for ward in mapping["ward_mapping"]
        if ward["old_district"].startswith(CITY)
    }
    records = []
    for name, code in sorted(cities, key=lambda city: unidecode(city[0])):
        norm = unidecode(name).replace(" - ", "-")
        if norm not in taken:
            names = [*short_forms(unidecode(name)), *short_forms(name)]
            records.append(
                {"norm": norm, "kind": "city", "names": list(dict.fromkeys(names)), "province_code": code}
            )
    return records


if __name__ == "__main__":
    out = DATA / "cities.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build()), encoding="utf-8")
    print(f"wrote {out}")

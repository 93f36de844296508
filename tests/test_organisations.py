"""Organisations and events."""

from __future__ import annotations

import pytest

import vnentities
from conftest import entities


def test_acronyms_expand_and_credits_split(nlp):
    """Acronyms resolve to full names; ``VNA/VNS`` is two ORGs; ``Party`` is the CPV."""
    doc = vnentities.extract("ASEAN and the UN welcomed the Party's view. — VNA/VNS",
                             "2024-01-01", nlp=nlp)
    assert entities(doc, "ORG") == [
        ("ORG", "ASEAN", "Association of Southeast Asian Nations"),
        ("ORG", "UN", "United Nations"),
        ("ORG", "Party", "Communist Party of Vietnam"),
        ("ORG", "VNA", "Vietnam News Agency"),
        ("ORG", "VNS", "Viet Nam News"),
    ]


def test_foreign_parties_are_not_the_cpv(nlp):
    """A foreign party's name is one ORG of its own; only a bare ``Party`` is the CPV."""
    doc = vnentities.extract(
        "The Lao People’s Revolutionary Party, the Liberal Democratic Party (LDP) and the Party met.",
        "2024-01-01", nlp=nlp)
    assert entities(doc, "ORG") == [
        ("ORG", "Lao People’s Revolutionary Party", "Lao People's Revolutionary Party"),
        ("ORG", "Liberal Democratic Party", "Liberal Democratic Party"),
        ("ORG", "LDP", "Liberal Democratic Party"),
        ("ORG", "Party", "Communist Party of Vietnam"),
    ]


def test_org_defined_in_text(nlp_blank):
    """``Long Form (ACR)`` defines an organisation the gazetteer does not know."""
    doc = vnentities.extract("The Hanoi Association of Exporters (HAE) met. HAE grew.",
                             "2024-01-01", nlp=nlp_blank)
    assert [e for e in entities(doc, "ORG")] == [
        ("ORG", "Hanoi Association of Exporters", "Hanoi Association of Exporters"),
        ("ORG", "HAE", "Hanoi Association of Exporters"),
        ("ORG", "HAE", "Hanoi Association of Exporters"),
    ]


def test_defined_org_keeps_its_punctuation(nlp_blank):
    """A defined organisation's norm is its name as written, diacritics removed."""
    doc = vnentities.extract("The Federation of Arts, Crafts and Design (FACD) said so.", "2024-01-01",
                             nlp=nlp_blank)
    name = "Federation of Arts, Crafts and Design"
    assert entities(doc, "ORG") == [("ORG", name, name), ("ORG", "FACD", name)]


def test_named_events(nlp_blank):
    """Events with ordinals, names and years are one EVENT span each."""
    text = ("Thanks for the ASEAN-U.S. Special Summit 2022 and the 13th National Party Congress, "
            "said the 56th ASEAN Foreign Ministers' Meeting.")
    doc = vnentities.extract(text, "2024-01-01", nlp=nlp_blank)
    assert [t for _, t, _ in entities(doc, "EVENT")] == [
        "ASEAN-U.S. Special Summit 2022", "13th National Party Congress",
        "56th ASEAN Foreign Ministers' Meeting"]


@pytest.mark.parametrize(
    ("text", "name", "norm"),
    [
        ("The Vietnam – Cuba Friendship Association held its congress.",
         "Vietnam – Cuba Friendship Association", "Vietnam-Cuba Friendship Association"),
        ("The 46th meeting of the Việt Nam–Cambodia Joint Committee for Economic Cooperation "
         "opened.", "Việt Nam–Cambodia Joint Committee for Economic Cooperation",
         "Viet Nam-Cambodia Joint Committee for Economic Cooperation"),
        ("It held the sixth session of the Vietnamese – Egyptian Joint Committee.",
         "Vietnamese – Egyptian Joint Committee", "Vietnamese-Egyptian Joint Committee"),
        ("The fifth meeting of the Vietnam-EU Joint Committee opened.", "Vietnam-EU Joint Committee",
         "Vietnam-EU Joint Committee"),
    ],
)
def test_bodies_named_after_a_country_pair(nlp, text, name, norm):
    """A pair of countries or nationalities, capitalised words and an organisation head are one ORG, named
    as written."""
    found = entities(vnentities.extract(text, "2024-01-01", nlp=nlp))
    assert ("ORG", name, norm) in found
    assert [e for e in found if e[0] == "PLACE"] == []


def test_a_country_pair_before_other_words_stays_two_places(nlp_blank):
    """``Vietnam-Japan relations`` names no body."""
    doc = vnentities.extract("Vietnam-Japan relations grew.", "2024-01-01", nlp=nlp_blank)
    assert entities(doc) == [("PLACE", "Vietnam", "VN"), ("PLACE", "Japan", "JP")]


@pytest.mark.parametrize(
    ("text", "norm"),
    [
        ("He congratulated the Party, State and people of China on their success.",
         "Communist Party of China"),
        ("He thanked the Lao Party, State, and Government for their support.",
         "Lao People's Revolutionary Party"),
        ("The Party, State and people of Viet Nam value it.", "Communist Party of Vietnam"),
    ],
)
def test_a_bare_party_of_another_country_is_its_ruling_party(nlp, text, norm):
    """``Party`` is the CPV unless a nationality or an ``of <country>`` list names another."""
    found = entities(vnentities.extract(text, "2024-01-01", nlp=nlp))
    assert ("ORG", "Party", norm) in found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The seventh Sinan Cup Regatta opened.", "seventh Sinan Cup Regatta"),
        ("He attended the ninth Commission Meeting of the Comprehensive and Progressive Agreement "
         "for Trans-Pacific Partnership.", "ninth Commission Meeting of the Comprehensive and "
         "Progressive Agreement for Trans-Pacific Partnership"),
        ("He attended the Preparatory Regional Comprehensive Economic Partnership (RCEP) Ministerial "
         "Meeting.", "Preparatory Regional Comprehensive Economic Partnership (RCEP) Ministerial Meeting"),
        ("They held the Forum on Science and Technology.", "Forum on Science and Technology"),
        ("He spoke at the 22nd edition of the Shangri-la Dialogue.", "Shangri-la Dialogue"),
        ("He opened the Mekong-US Partnership Track 1.5 Policy Dialogue.",
         "Mekong-US Partnership Track 1.5 Policy Dialogue"),
        ("They joined the ASEAN Regional Forum Track II Workshop.", "ASEAN Regional Forum Track II Workshop"),
    ],
)
def test_event_names_keep_their_ordinal_and_complement(nlp_blank, event, text):
    """A lower-case ordinal before an event, a bracketed acronym inside, an agreement named in it and a
    track and its number belong to it."""
    doc = vnentities.extract(text, "2024-01-01", nlp=nlp_blank)
    assert entities(doc) == [("EVENT", event, None)]


def test_a_date_after_an_event_is_not_its_complement(nlp_blank):
    doc = vnentities.extract("After the ASEAN Economic Committee (AEC) Council Meeting on October 31, the "
                             "Conference on Tuesday opened.", "2019-11-02", nlp=nlp_blank)
    assert entities(doc) == [("EVENT", "ASEAN Economic Committee (AEC) Council Meeting", None),
                             ("DATE", "October 31", "2019-10-31"), ("DATE", "Tuesday", "2019-10-29")]


def test_and_the_ends_an_event_complement(nlp_blank):
    """``… of the Communist Party of Vietnam and the COVID-19 pandemic``: ``and the`` starts a new item."""
    doc = vnentities.extract("It was the first visit since the 13th National Congress of the Communist Party "
                             "of Vietnam and the COVID-19 pandemic.", "2022-11-16", nlp=nlp_blank)
    assert entities(doc) == [("EVENT", "13th National Congress of the Communist Party of Vietnam", None)]


def test_a_place_owning_an_event_is_not_in_its_name(nlp_blank):
    """``Việt Nam’s 14th National Party Congress``: the possessive place stays a PLACE."""
    doc = vnentities.extract("Envoys hailed Việt Nam’s 14th National Party Congress and the People's Congress.",
                             "2026-01-22", nlp=nlp_blank)
    assert entities(doc) == [("PLACE", "Việt Nam", "VN"), ("EVENT", "14th National Party Congress", None),
                             ("EVENT", "People's Congress", None)]


@pytest.mark.parametrize(
    ("text", "org", "norm"),
    [("Photo baochinhphu.vn", "baochinhphu.vn", "Viet Nam Government Portal"),
     ("Source: VOV.VN", "VOV.VN", "Voice of Vietnam"),
     ("The MFA spokesperson spoke.", "MFA", "Ministry of Foreign Affairs"),
     ("(VOVWORLD) - The envoy arrived.", "VOVWORLD", "Voice of Vietnam"),
     ("Photo: moit.gov.vn", "moit.gov.vn", "Ministry of Industry and Trade"),
     ("Photo: News.cn", "News.cn", "Xinhua News Agency"),
     ("Photo: www.qdnd.vn", "www.qdnd.vn", "People's Army Newspaper"),
     ("(Source: asean.org)", "asean.org", "Association of Southeast Asian Nations"),
     ("Photo: VTV.vn", "VTV.vn", "Vietnam Television"),
     ("Photo: baobinhdinh.vn", "baobinhdinh.vn", "Binh Dinh Newspaper"),
     ("Source: baothuathienhue.vn", "baothuathienhue.vn", "Thua Thien Hue Newspaper"),
     ("Photo: infonet.vn", "infonet.vn", "infonet.vn"),
     ("Source: Vietnam.vn", "Vietnam.vn", "Vietnam.vn")],
)
def test_outlet_web_addresses_and_ministry_acronyms(nlp, text, org, norm):
    """Credits written as the outlet's web address are that outlet: a known name, or the name its first label
    spells (an acronym's, a province's newspaper's after ``bao``), or the unknown site itself."""
    assert ("ORG", org, norm) in entities(vnentities.extract(text, "2025-05-15", nlp=nlp))


@pytest.mark.parametrize(
    "text", ["Read more at https://en.vietnamplus.vn/talks/123.vnp today.", "He wrote to info@mofa.gov.vn"]
)
def test_a_link_or_an_email_is_no_body(nlp_blank, text):
    """Only a site's bare address names its body: a page's link or an e-mail address is no ORG."""
    assert not [e for e in entities(vnentities.extract(text, "2025-05-15", nlp=nlp_blank)) if e[0] == "ORG"]


def test_an_acronym_of_a_bodys_complement_defines_the_body(nlp_blank):
    """``Committee on International Trade (INTA)``: the initials spell the complement after a body's head and
    ``on``/``of``/``for``; the acronym names the body, and before a post is the post's body."""
    text = ("Bernd Lange, Chairman of the European Parliament's Committee on International Trade (INTA), came. "
            "INTA Vice Chairman Jan Zahradil spoke.")
    doc = vnentities.extract(text, "2019-11-01", nlp=nlp_blank)
    assert ("ORG", "INTA", "Committee on International Trade") in entities(doc, "ORG")
    assert ("TITLE", "INTA Vice Chairman", "Jan Zahradil") in entities(doc, "TITLE")


def test_a_known_acronyms_own_name_inside_a_longer_form_is_its_long_form(nlp_blank):
    """A known acronym bracketed after a title or a body's place keeps its own name: ``… of the UN Population
    Fund (UNFPA)`` and ``… Development Program in Vietnam (UNDP)``; ``EU`` of ``EU-ABC`` is no such name."""
    text = ("Natalia Kanem, UN Under-Secretary-General and Executive Director of the UN Population Fund "
            "(UNFPA), met Chief Resident Representative of the United Nations Development Program in Vietnam "
            "(UNDP) Ramla Khalidi. The EU-ASEAN Business Council (EU-ABC) came.")
    found = entities(vnentities.extract(text, "2024-01-01", nlp=nlp_blank), "ORG")
    assert ("ORG", "UNFPA", "United Nations Population Fund") in found
    assert ("ORG", "UNDP", "United Nations Development Programme") in found
    assert ("ORG", "EU-ABC", "EU-ASEAN Business Council") in found


@pytest.mark.parametrize(
    ("text", "org", "norm"),
    [("The British Department for International Development funds it.",
      "British Department for International Development",
      "Department for International Development of the United Kingdom"),
     ("The Japan International Co-operation Agency (JICA) said so.", "JICA",
      "Japan International Cooperation Agency"),
     ("A Japan Business Federation (Keidanren) delegation came.", "Keidanren", "Japan Business Federation"),
     ("The People's Government of China's Guangxi Zhuang Autonomous Region agreed.",
      "People's Government of China's Guangxi Zhuang Autonomous Region",
      "People's Government of the Guangxi Zhuang Autonomous Region")],
)
def test_foreign_bodies_by_nationality_spelling_or_owner(nlp_blank, text, org, norm):
    """A nationality before a ``Department for``, a body's other spelling, and a foreign local body ``of`` a
    country's region give that body's norm."""
    assert ("ORG", org, norm) in entities(vnentities.extract(text, "2024-01-01", nlp=nlp_blank), "ORG")


def test_a_foreign_local_body_of_a_described_region_is_none(nlp_blank):
    """``Party Committee of the Mekong Delta province of Ben Tre``: ``the`` and a region then ``province`` is a
    description, not a foreign region's body."""
    text = "The Party Committee of the Mekong Delta province of Ben Tre met."
    assert not [e for e in entities(vnentities.extract(text, "2024-01-01", nlp=nlp_blank)) if "Mekong" in e[1]
                and e[0] == "ORG"]


def test_capitalised_back_reference_to_a_named_event(nlp_blank):
    """``the Summit`` after ``the 46th ASEAN Summit`` is an EVENT; before any named summit it is not."""
    doc = vnentities.extract("The Summit began. The 46th ASEAN Summit opened. The Summit adopted a "
                             "statement.", "2025-05-26", nlp=nlp_blank)
    assert [text for label, text, _ in entities(doc) if label == "EVENT"] == [
        "46th ASEAN Summit", "Summit"]
    assert entities(doc, "EVENT")[-1] == ("EVENT", "Summit", None)


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("Partron Vina and Haesung Vina expanded in Phu Tho.",
         [("ORG", "Partron Vina", "Partron Vina"), ("ORG", "Haesung Vina", "Haesung Vina")]),
        ("The Group met; Hyosung Corporation invested.",
         [("ORG", "Hyosung Corporation", "Hyosung Corporation")]),
    ],
)
def test_companies_by_their_suffix(nlp_blank, text, orgs):
    """Capitalised words before a company suffix are one ORG; a suffix with no name before is not."""
    found = entities(vnentities.extract(text, "2024-01-01", nlp=nlp_blank), "ORG")
    assert found == orgs


def test_an_acronym_bracketed_after_an_event_is_that_event_everywhere(nlp_blank):
    """``East Asia Summit (EAS)``, ``(AMM-57)``: the acronym and its later mentions are EVENTs."""
    doc = vnentities.extract(
        "He attended the East Asia Summit (EAS) within the 57th ASEAN Foreign Ministers’ Meeting (AMM-57). "
        "The EAS is key.", "2024-07-27", nlp=nlp_blank)
    assert entities(doc, "EVENT") == [
        ("EVENT", "East Asia Summit", None), ("EVENT", "EAS", None),
        ("EVENT", "57th ASEAN Foreign Ministers’ Meeting", None), ("EVENT", "AMM-57", None),
        ("EVENT", "EAS", None)]


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("They opened the Vietnam-Cambodia Friendship and Solidarity Year 2027.",
         ["Vietnam-Cambodia Friendship and Solidarity Year 2027"]),
        ("They held the 3rd Vietnam-Laos Border Defence Friendship Exchange.",
         ["3rd Vietnam-Laos Border Defence Friendship Exchange"]),
        ("It falls in the Vietnam-Japan Year of Cultural Exchange.",
         ["Vietnam-Japan Year of Cultural Exchange"]),
        ("Firms came to the 12th Nanning Import and Export Fair.", ["12th Nanning Import and Export Fair"]),
        ("Shares rose on the Hanoi Stock Exchange in the Lunar New Year.", []),
        ("Minister Tran Van Nam and Thai officials opened the Trade Fair.", ["Trade Fair"]),
    ],
)
def test_pair_heads_and_joined_event_names(nlp_blank, text, events):
    """``Year`` and ``Exchange`` name an event only with a country pair in it; ``and`` joins two capitalised
    words of a name, but not a sentence's parts."""
    doc = vnentities.extract(text, "2025-04-17", nlp=nlp_blank)
    assert [e[1] for e in entities(doc, "EVENT")] == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("Leaders sent condolences over the damage caused by Typhoon Yagi.", ["Typhoon Yagi"]),
        ("Super Typhoon Yagi, known as Storm No. 3, and Tropical Storm Trami hit the coast.",
         ["Super Typhoon Yagi", "Tropical Storm Trami"]),
        ("The Typhoon Yagi Recovery Conference opened.", ["Typhoon Yagi Recovery Conference"]),
        ("The storm Kajiki weakened. Storm Number 5 came in September.", []),
        ("Typhoons Bualoi and Matmo hit the north.", ["Bualoi", "Matmo"]),
        ("Storms Yagi, Trami and Kong-rey came. Typhoons hit the coast. Super Typhoon Ma-on passed.",
         ["Yagi", "Trami", "Kong-rey", "Super Typhoon Ma-on"]),
        ("Typhoons Yagi hit.", []),
    ],
)
def test_a_named_storm_is_an_event(nlp_blank, text, events):
    """A capitalised storm head before a one-word name; a storm's number is not its name. A plural head lists
    names closed by ``and``: each is an EVENT, the head left out."""
    doc = vnentities.extract(text, "2024-09-10", nlp=nlp_blank)
    assert [e[1] for e in entities(doc, "EVENT")] == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("They marked the 80th anniversary of the August Revolution and National Day.",
         ["August Revolution"]),
        ("Veterans of the Điện Biên Phủ Victory and of World War II met.",
         ["Điện Biên Phủ Victory", "World War II"]),
        ("Firms prepare for the Fourth Industrial Revolution in August.", []),
        ("It marks 50 years of Southern Liberation and National Reunification. On National Reunification "
         "Day, flags flew.", ["Southern Liberation", "National Reunification"]),
    ],
)
def test_historic_events_by_name(nlp_blank, text, events):
    """Past events known by name are EVENTs, over the month or place inside them; a generic ``Revolution``
    is not one, nor a holiday named after one."""
    doc = vnentities.extract(text, "2025-08-31", nlp=nlp_blank)
    assert [e[1] for e in entities(doc, "EVENT")] == events


def test_a_party_and_its_acronym_before_a_party_body_are_that_partys_body(nlp_blank):
    """``… Party (LPRP) Central Committee``, ``LPRP Central Committee``, ``CPC Politburo``: one ORG each,
    ``<body> of the <party>``; a party before another word stays the party."""
    doc = vnentities.extract(
        "He met the Communist Party of Việt Nam (CPV) Central Committee, the Lao People's Revolutionary "
        "Party (LPRP) Central Committee, the LPRP Central Committee and the CPC Politburo. The LPRP "
        "delegation left.", "2025-08-31", nlp=nlp_blank)
    assert entities(doc, "ORG") == [
        ("ORG", "Communist Party of Việt Nam (CPV) Central Committee",
         "Central Committee of the Communist Party of Vietnam"),
        ("ORG", "Lao People's Revolutionary Party (LPRP) Central Committee",
         "Central Committee of the Lao People's Revolutionary Party"),
        ("ORG", "LPRP Central Committee", "Central Committee of the Lao People's Revolutionary Party"),
        ("ORG", "CPC Politburo", "Politburo of the Communist Party of China"),
        ("ORG", "LPRP", "Lao People's Revolutionary Party")]


def test_coast_guards_of_the_region_and_a_nationality_inside_the_npc(nlp_blank):
    """The region's coast guards are in the knowledge base; ``Chinese NPC`` is one ORG."""
    doc = vnentities.extract(
        "The Japan Coast Guard, the China Coast Guard (CCG) and the Philippine Coast Guard met. The CCG left. "
        "He met a Chinese NPC delegation.", "2023-12-20", nlp=nlp_blank)
    assert entities(doc, "ORG") == [
        ("ORG", "Japan Coast Guard", "Japan Coast Guard"), ("ORG", "China Coast Guard", "China Coast Guard"),
        ("ORG", "CCG", "China Coast Guard"), ("ORG", "Philippine Coast Guard", "Philippine Coast Guard"),
        ("ORG", "CCG", "China Coast Guard"), ("ORG", "Chinese NPC", "National People's Congress")]


def test_a_numbered_acronym_and_its_plus_event(nlp_blank):
    """``(AMM 54)`` keeps its number wherever it is written; ``ADMM-Plus`` after ``(ADMM)`` is an event."""
    doc = vnentities.extract(
        "Ministers met at the 54th ASEAN Foreign Ministers’ Meeting (AMM 54). AMM 54 ended. The ASEAN Defence "
        "Ministers’ Meeting (ADMM) and the ADMM-Plus followed; the ADMM Plus met again.", "2021-08-02",
        nlp=nlp_blank)
    assert [e[1] for e in entities(doc, "EVENT")] == [
        "54th ASEAN Foreign Ministers’ Meeting", "AMM 54", "AMM 54", "ASEAN Defence Ministers’ Meeting", "ADMM",
        "ADMM-Plus", "ADMM Plus"]


@pytest.mark.parametrize(
    ("text", "org", "norm"),
    [
        ("The Dutch Embassy in Vietnam hosted it.", "Dutch Embassy in Vietnam",
         "Embassy of the Netherlands in Vietnam"),
        ("Staff of the Vietnamese Embassy in the country came.", "Vietnamese Embassy",
         "Embassy of Vietnam"),
        ("The Embassy of Vietnam in Japan held it.", "Embassy of Vietnam in Japan",
         "Embassy of Vietnam in Japan"),
        ("The US Consulate General in Ho Chi Minh City held it.", "US Consulate General in Ho Chi Minh City",
         "Consulate General of the United States in Ho Chi Minh City"),
        ("The Consulate-General of Vietnam in Houston held it.", "Consulate-General of Vietnam in Houston",
         "Consulate General of Vietnam in Houston"),
        ("The Vietnamese Mission to the UN in New York held it.", "Vietnamese Mission to the UN in New York",
         "Permanent Mission of Vietnam to the United Nations in New York"),
        ("The Permanent Mission of Vietnam to ASEAN held it.", "Permanent Mission of Vietnam to ASEAN",
         "Permanent Mission of Vietnam to Association of Southeast Asian Nations"),
    ],
)
def test_diplomatic_missions(nlp, nlp_blank, text, org, norm):
    """A country's mission, with the organisation it is to after ``to`` and its host place after ``in``, is
    one ORG named in full; the places and organisations inside it are not entities of their own."""
    for pipeline in (nlp, nlp_blank):
        found = entities(vnentities.extract(text, "2024-01-01", nlp=pipeline))
        assert ("ORG", org, norm) in found
        assert not [e for e in found if e[0] == "PLACE"] and len([e for e in found if e[0] == "ORG"]) == 1


def test_an_embassy_with_no_country_is_not_named(nlp_blank):
    assert entities(vnentities.extract("He visited the Embassy on Monday.", "2024-01-01", nlp=nlp_blank),
                    "ORG") == []


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("(Photo: VNA)Highly valuing ties, he spoke.", [("ORG", "VNA", "Vietnam News Agency")]),
        ("He praised ASEAN+3 and ASEAN+1 mechanisms.",
         [("ORG", "ASEAN+3", "ASEAN Plus Three"), ("ORG", "ASEAN", "Association of Southeast Asian Nations")]),
    ],
)
def test_caption_glue_and_plus_formats_are_split(nlp, nlp_blank, text, orgs):
    """A caption's closing bracket glued to the next sentence, and ``ASEAN+3``, are tokenised apart."""
    for pipeline in (nlp, nlp_blank):
        assert entities(vnentities.extract(text, "2024-01-01", nlp=pipeline), "ORG") == orgs


def test_a_country_pair_before_an_event_head_makes_an_event(nlp_blank):
    """``Forum`` heads both bodies and events; after a country pair it is an event."""
    doc = vnentities.extract("They attended the Vietnam–Thailand Business Forum.", "2025-05-17", nlp=nlp_blank)
    assert entities(doc) == [("EVENT", "Vietnam–Thailand Business Forum", None)]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The Ho Chi Minh City People’s Council met.", "Ho Chi Minh City People's Council"),
        ("The Binh Phuoc provincial Border Guard Command said so.",
         "Binh Phuoc provincial Border Guard Command"),
        ("The Đà Nẵng City People's Committee approved it.", "Da Nang City People's Committee"),
        ("The Seoul Metropolitan Council came.", "Seoul Metropolitan Council"),
        ("The Kanagawa Prefectural Government agreed.", "Kanagawa Prefectural Government"),
        ("The Yunnan Provincial People's Government agreed.", "Yunnan Provincial People's Government"),
        ("Gia Lai Newspaper reported it.", "Gia Lai Newspaper"),
        ("Essex Police said so.", "Essex Police"),
    ],
)
def test_a_province_and_a_local_body_are_one_organisation(nlp, nlp_blank, text, org):
    """A Vietnamese province (or a foreign city, subdivision or region), a qualifier and a local body are one
    ORG named as written; the place inside is no PLACE of its own."""
    for pipeline in (nlp, nlp_blank):
        found = entities(vnentities.extract(text, "2024-01-01", nlp=pipeline))
        assert [(label, norm) for label, _, norm in found] == [("ORG", org)]


def test_a_lower_case_government_after_a_foreign_city_is_no_body(nlp_blank):
    """``the Tokyo government`` names no body: only the city is annotated."""
    doc = vnentities.extract("The Tokyo government agreed.", "2024-01-01", nlp=nlp_blank)
    assert entities(doc) == [("PLACE", "Tokyo", "Tokyo")]


def test_an_outlet_named_with_the_keeps_the_out_of_its_span(nlp_blank):
    """``The Hanoi Times`` styles itself with ``The``: the norm has it, the span does not."""
    doc = vnentities.extract("Photos: The Hanoi Times", "2024-01-01", nlp=nlp_blank)
    assert entities(doc) == [("ORG", "Hanoi Times", "The Hanoi Times")]


def test_a_local_body_before_a_post_is_part_of_the_title(nlp_blank):
    """``Hanoi People’s Committee Chairman``: the body opens the title, as an organisation does."""
    doc = vnentities.extract("Hanoi People’s Committee Chairman Tran Sy Thanh met him.", "2024-01-01",
                             nlp=nlp_blank)
    assert entities(doc, "TITLE") == [("TITLE", "Hanoi People’s Committee Chairman", "Tran Sy Thanh")]


@pytest.mark.parametrize(
    ("text", "org", "norm"),
    [
        ("The French Foreign Ministry said so.", "French Foreign Ministry",
         "Ministry of Foreign Affairs of France"),
        ("The South Korean National Assembly met.", "South Korean National Assembly",
         "National Assembly of the Republic of Korea"),
    ],
)
def test_a_foreign_nationality_before_a_national_body_makes_it_that_countrys(nlp_blank, text, org, norm):
    """A ministry, government or assembly after a foreign nationality is that country's, one ORG."""
    assert entities(vnentities.extract(text, "2024-01-01", nlp=nlp_blank)) == [("ORG", org, norm)]


def test_vietnamese_before_a_vietnamese_body_stays_outside(nlp_blank):
    """``Vietnamese NA``: the body alone is the ORG, as the held-out gold has it."""
    doc = vnentities.extract("The Vietnamese NA approved it.", "2024-01-01", nlp=nlp_blank)
    assert entities(doc) == [("ORG", "NA", "National Assembly of Vietnam")]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("They signed with Laos’ Ministry of Education and Sports on Monday.",
         "Ministry of Education and Sports"),
        ("He met officials of the Ministry for Europe and Foreign Affairs.",
         "Ministry for Europe and Foreign Affairs"),
    ],
)
def test_a_ministry_outside_the_knowledge_base_is_named_as_written(nlp_blank, text, org):
    """``Ministry of``/``for`` and portfolio words or places make an ORG the knowledge base does not hold."""
    assert ("ORG", org, org) in entities(vnentities.extract(text, "2024-01-01", nlp=nlp_blank))


def test_a_ministry_outside_the_knowledge_base_after_the_or_a_nationality(nlp_blank):
    """``The`` does not name the body before its head, a foreign nationality makes it that country's, and a
    country with a possessive after ``and`` starts another body."""
    text = ("The Ministry of Trade met the Indonesian Ministry of Trade, Indonesia’s Ministry of Trade and "
            "Malaysia’s Ministry of Investment, Trade and Industry.")
    doc = vnentities.extract(text, "2024-01-01", nlp=nlp_blank)
    assert entities(doc) == [
        ("ORG", "Ministry of Trade", "Ministry of Trade"),
        ("ORG", "Indonesian Ministry of Trade", "Ministry of Trade of Indonesia"),
        ("PLACE", "Indonesia", "ID"),
        ("ORG", "Ministry of Trade", "Ministry of Trade"),
        ("PLACE", "Malaysia", "MY"),
        ("ORG", "Ministry of Investment, Trade and Industry", "Ministry of Investment, Trade and Industry"),
    ]


def test_a_name_after_a_ministry_outside_the_knowledge_base_stays_a_name(nlp_blank):
    """The ministry's name stops at its last portfolio word, so the holder after a title keeps their name."""
    doc = vnentities.extract("State Secretary of Norway’s Ministry of Trade, Industry and Fisheries Ragnhild "
                             "Syrstad came.", "2024-01-01", nlp=nlp_blank)
    assert entities(doc) == [
        ("TITLE", "State Secretary of Norway’s Ministry of Trade, Industry and Fisheries", "Ragnhild Syrstad"),
        ("PERSON", "Ragnhild Syrstad", "Ragnhild Syrstad"),
    ]


def test_an_acronym_defined_after_a_foreign_national_body_names_that_body(nlp_blank):
    """``Lao National Assembly (NA)``: later bare ``NA`` is Laos's; ``Vietnamese NA`` stays Viet Nam's, and an
    acronym defined for Viet Nam's body stays Viet Nam's after a foreign one."""
    doc = vnentities.extract(
        "He met the Lao National Assembly (NA) delegation. The NA works with the Vietnamese NA.",
        "2024-01-05", nlp=nlp_blank)
    assert [norm for _, _, norm in entities(doc, "ORG")] == [
        "National Assembly of Laos", "National Assembly of Laos", "National Assembly of Laos",
        "National Assembly of Vietnam"]
    doc = vnentities.extract("The National Assembly (NA) met. The Lao NA came; the NA welcomed it.",
                             "2024-01-05", nlp=nlp_blank)
    assert [norm for _, _, norm in entities(doc, "ORG")] == [
        "National Assembly of Vietnam", "National Assembly of Vietnam", "National Assembly of Laos",
        "National Assembly of Vietnam"]


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("He spoke at the University of Malaya and visited the National Heart Institute of Malaysia.",
         ["University of Malaya", "National Heart Institute of Malaysia"]),
        ("Students of RMIT University and the United Nations International School (UNIS) met him. The UNIS "
         "choir sang.",
         ["RMIT University", "United Nations International School", "UNIS", "UNIS"]),
        ("He met the Hanoi - Amsterdam High School for the Gifted and the Institute of Legislative Research.",
         ["Hanoi - Amsterdam High School for the Gifted", "Institute of Legislative Research"]),
        ("Doctors of the Friendship Hospital went to the National University and the Institute.",
         ["Friendship Hospital"]),
    ],
)
def test_institutions_outside_the_knowledge_base(nlp_blank, text, orgs):
    """Capitalised words before an institution head and an ``of/for`` complement make an ORG named as written,
    over the places and known organisations inside; generic words alone (``the National University``) do not."""
    doc = vnentities.extract(text, "2024-11-23", nlp=nlp_blank)
    assert [e[1] for e in entities(doc, "ORG")] == orgs
    assert entities(doc, "PLACE") == []  # ``Malaysia``, ``Hanoi`` and ``Amsterdam`` are inside


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("The Việt Nam Disaster and Dyke Management Authority said on Monday.",
         [("ORG", "Việt Nam Disaster and Dyke Management Authority",
           "Viet Nam Disaster and Dyke Management Authority")]),
        ("He visited the Turkish Ministry of National Defence and Defence Industry Agency.",
         [("ORG", "Turkish Ministry of National Defence", "Ministry of National Defence of Turkey"),
          ("ORG", "Defence Industry Agency", "Defence Industry Agency")]),
    ],
)
def test_and_between_two_topic_words_inside_an_institution_name(nlp_blank, text, orgs):
    """``and`` joins two capitalised topic words before an institution's head, not a body's complement to the
    next institution."""
    assert entities(vnentities.extract(text, "2025-10-15", nlp=nlp_blank), "ORG") == orgs


def test_a_post_before_an_institution_stays_a_title(nlp_blank):
    doc = vnentities.extract("President of Hanoi University Nguyen Van Anh spoke.", "2024-11-23", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [("TITLE", "President of Hanoi University", "Nguyen Van Anh")]


def test_un_peacekeeping_missions(nlp_blank):
    doc = vnentities.extract(
        "Officers will serve at the United Nations Multidimensional Integrated Stabilisation Mission in the "
        "Central African Republic (MINUSCA), the United Nations Mission in South Sudan (UNMISS) and UNISFA in "
        "Abyei, sent by the Vietnam Department of Peacekeeping Operations.", "2024-04-08", nlp=nlp_blank)
    assert [norm for _, _, norm in entities(doc, "ORG")] == [
        "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
        "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
        "United Nations Mission in South Sudan", "United Nations Mission in South Sudan",
        "United Nations Interim Security Force for Abyei", "Vietnam Department of Peacekeeping Operations"]
    assert entities(doc, "PLACE") == [("PLACE", "Abyei", "Abyei")]


def test_head_first_departments_prefixed_and_owned(nlp_blank):
    """``General Department of Defense Industry`` outgrows the known ``Department of Defense`` inside it; a
    department ``of the`` a known body takes it in, named as written (``'s`` joined to its word)."""
    text = ("The General Department of Defense Industry, the US Department of Defense, the Department of "
            "Political Affairs of the Vietnam Border Guard Command and the Department of Foreign Affairs of "
            "the Hanoi People’s Committee met.")
    doc = vnentities.extract(text, "2022-11-24", nlp=nlp_blank)
    assert entities(doc, "ORG") == [
        ("ORG", "General Department of Defense Industry", "General Department of Defense Industry"),
        ("ORG", "US Department of Defense", "United States Department of Defense"),
        ("ORG", "Department of Political Affairs of the Vietnam Border Guard Command",
         "Department of Political Affairs of the Vietnam Border Guard Command"),
        ("ORG", "Department of Foreign Affairs of the Hanoi People’s Committee",
         "Department of Foreign Affairs of the Hanoi People's Committee"),
    ]


def test_navies_and_agencies_named_as_written(nlp_blank):
    doc = vnentities.extract("The Royal Brunei Navy and the Security Industry Agency under the Ministry of "
                             "Public Security welcomed the Vietnam People's Navy.", "2024-07-29", nlp=nlp_blank)
    assert [norm for _, _, norm in entities(doc, "ORG")] == [
        "Royal Brunei Navy", "Security Industry Agency", "Ministry of Public Security", "Vietnam People's Navy"]
    assert entities(doc, "PLACE") == []


def test_an_event_name_does_not_reach_over_an_opening_the(nlp_blank):
    """``Hanoi (VNA) – The Vietnam International Defence Expo 2022``: the dateline stays out of the event."""
    doc = vnentities.extract("Hanoi (VNA) – The Vietnam International Defence Expo 2022 will take place in "
                             "Hanoi.", "2022-11-24", nlp=nlp_blank)
    assert [text for _, text, _ in entities(doc, "EVENT")] == ["Vietnam International Defence Expo 2022"]
    assert [text for _, text, _ in entities(doc, "PLACE")] == ["Hanoi", "Hanoi"]


def test_foreign_parties_and_unesco_bodies_in_the_knowledge_base(nlp_blank):
    text = ("He met the Communist Party of the Russian Federation (KPRF), heir of the Communist Party of the "
            "Soviet Union; KPRF leaders came. Vietnam joined the World Heritage Committee under the World "
            "Heritage Convention.")
    doc = vnentities.extract(text, "2021-12-16", nlp=nlp_blank)
    assert [norm for _, _, norm in entities(doc, "ORG")] == [
        "Communist Party of the Russian Federation", "Communist Party of the Russian Federation",
        "Communist Party of the Soviet Union", "Communist Party of the Russian Federation",
        "World Heritage Committee"]
    assert entities(doc, "AGREEMENT") == [
        ("AGREEMENT", "World Heritage Convention",
         "Convention concerning the Protection of the World Cultural and Natural Heritage")]


def test_a_front_and_its_central_committee_are_one_organisation(nlp):
    """``Vietnam Fatherland Front (VFF) Central Committee``: an organisation other than a party, its bracketed
    acronym and ``Central Committee`` are one ORG, the organisation; a party's stays the party's body."""
    text = ("The Vietnam Fatherland Front (VFF) Central Committee and the Lao Front for National Construction "
            "(LFNC) Central Committee met the Communist Party of Viet Nam (CPV) Central Committee.")
    assert entities(vnentities.extract(text, "2022-07-26", nlp=nlp), "ORG") == [
        ("ORG", "Vietnam Fatherland Front (VFF) Central Committee", "Vietnam Fatherland Front"),
        ("ORG", "Lao Front for National Construction (LFNC) Central Committee",
         "Lao Front for National Development"),
        ("ORG", "Communist Party of Viet Nam (CPV) Central Committee",
         "Central Committee of the Communist Party of Vietnam"),
    ]


def test_an_organ_of_a_body_written_with_its_acronym_is_named_without_it(nlp_blank):
    """A known body's organ is named as written, less the body's bracketed acronym."""
    text = "He met the head of the Lao People's Revolutionary Party (LPRP) Central Committee Office."
    assert entities(vnentities.extract(text, "2024-12-10", nlp=nlp_blank), "ORG") == [
        ("ORG", "Lao People's Revolutionary Party (LPRP) Central Committee Office",
         "Lao People's Revolutionary Party Central Committee Office")]

def test_fronts_forums_and_houses_of_partner_countries_in_the_knowledge_base(nlp_blank):
    """Cambodia's front, the CICA forum and Kazakhstan's lower house are known organisations."""
    text = ("The National Council of the Solidarity Front for Development of the Cambodian Motherland, the "
            "Conference on Interaction and Confidence-Building Measures in Asia and the Mazhilis met.")
    assert [norm for _, _, norm in entities(vnentities.extract(text, "2019-11-15", nlp=nlp_blank), "ORG")] == [
        "National Council of the Solidarity Front for Development of the Cambodian Motherland",
        "Conference on Interaction and Confidence-Building Measures in Asia",
        "Mazhilis of the Parliament of Kazakhstan",
    ]


def test_an_office_of_a_known_body(nlp_blank):
    text = "Heads of the Office of the HCMC Party Committee came."
    doc = vnentities.extract(text, "2022-12-17", nlp=nlp_blank)
    assert entities(doc, "ORG") == [
        ("ORG", "Office of the HCMC Party Committee", "Office of the HCMC Party Committee")]


def test_a_knowledge_base_name_with_a_lower_case_head_is_no_organisation(nlp):
    """``Chinese coast guard`` and ``the ASEAN secretariat`` write the head in lower case: no ORG of the whole,
    only of a known acronym inside; a lower-case foreign ministry before its spokesperson is in the title."""
    text = ("Chinese coast guard ships met the Chinese Coast Guard. The ASEAN secretariat agreed. "
            "Vietnamese foreign ministry spokesperson Pham Thu Hang spoke.")
    doc = vnentities.extract(text, "2024-04-28", nlp=nlp)
    assert entities(doc, "ORG") == [
        ("ORG", "Chinese Coast Guard", "China Coast Guard"),
        ("ORG", "ASEAN", "Association of Southeast Asian Nations"),
    ]
    assert entities(doc, "TITLE") == [("TITLE", "Vietnamese foreign ministry spokesperson", "Pham Thu Hang")]


def test_an_event_with_a_dotted_acronym_inside_and_new_bodies(nlp_blank):
    """``(U.N.)`` inside an event's name; the General Staff in a title's complement; MERCOSUR."""
    text = ("They joined the 4th United Nations (U.N.) Joint Peacekeeping Exercise. Deputy Chief of the "
            "General Staff of the Vietnam People’s Army Rear Admiral Nguyen Trong Binh spoke of the Southern "
            "Common Market (MERCOSUR).")
    doc = vnentities.extract(text, "2023-11-16", nlp=nlp_blank)
    assert entities(doc, "EVENT") == [("EVENT", "4th United Nations (U.N.) Joint Peacekeeping Exercise", None)]
    assert entities(doc, "TITLE")[0] == (
        "TITLE", "Deputy Chief of the General Staff of the Vietnam People’s Army", "Nguyen Trong Binh")
    assert entities(doc, "ORG") == [
        ("ORG", "Southern Common Market", "Southern Common Market"),
        ("ORG", "MERCOSUR", "Southern Common Market"),
    ]


def test_a_defined_name_joins_its_dash(nlp_blank):
    """A name defined by its acronym is normed as written, with no space around a dash."""
    text = "He visited the Vietnamese – German University (VGU)."
    doc = vnentities.extract(text, "2019-02-20", nlp=nlp_blank)
    assert entities(doc, "ORG") == [
        ("ORG", "Vietnamese – German University", "Vietnamese-German University"),
        ("ORG", "VGU", "Vietnamese-German University"),
    ]


def test_a_bare_party_before_a_noun_of_its_work_is_no_organisation(nlp_blank):
    """``Party building``, ``Party affairs``, ``the Party school``: a modifier; ``the Party and State`` is the
    Party."""
    text = "On Party building and Party affairs, he thanked the Party and State. He visited the Party school."
    doc = vnentities.extract(text, "2024-08-20", nlp=nlp_blank)
    assert entities(doc, "ORG") == [("ORG", "Party", "Communist Party of Vietnam")]


def test_head_first_committees_and_a_numbered_general_assembly(nlp_blank):
    """``Joint Committee for Economic, Scientific, and Technical Cooperation`` is one body named as written, and
    so is ``People's Committee of Hanoi`` (a local body of a province), not its ``Committee of Hanoi``; an
    ordinal makes ``General Assembly`` an EVENT;
    an acronym defined after a nationality and a known body takes that body's norm."""
    text = ("They chaired the Joint Committee for Economic, Scientific, and Technical Cooperation and the "
            "Committee for Bilateral Cooperation with the People's Committee of Hanoi. He attended the 88th "
            "INTERPOL General Assembly and the UN General Assembly. The Vietnamese National Assembly (NA) "
            "agreed.")
    doc = vnentities.extract(text, "2023-05-09", nlp=nlp_blank)
    assert [org for org in entities(doc, "ORG") if "Committee" in org[1]] == [
        ("ORG", "Joint Committee for Economic, Scientific, and Technical Cooperation",
         "Joint Committee for Economic, Scientific, and Technical Cooperation"),
        ("ORG", "Committee for Bilateral Cooperation", "Committee for Bilateral Cooperation"),
        ("ORG", "People's Committee of Hanoi", "People's Committee of Hanoi"),
    ]
    assert entities(doc, "EVENT") == [("EVENT", "88th INTERPOL General Assembly", None)]
    assert ("ORG", "UN General Assembly", "United Nations General Assembly") in entities(doc, "ORG")
    assert entities(doc, "ORG")[-1] == ("ORG", "NA", "National Assembly of Vietnam")


def test_a_foreign_nationality_before_government_or_parliament(nlp):
    """``Japanese Government``, ``Indian Parliament`` and ``New Zealand Government`` are that country's bodies,
    and ``Embassy of the Republic of India`` its mission; ``Singaporean Government's leader`` is a post, not the
    body."""
    text = ("He thanked the Japanese Government, the Indian Parliament and the Embassy of the Republic of "
            "India. Singaporean Government's leader arrived. The New Zealand Government helped.")
    doc = vnentities.extract(text, "2022-04-20", nlp=nlp)
    assert entities(doc, "ORG") == [
        ("ORG", "Japanese Government", "Government of Japan"),
        ("ORG", "Indian Parliament", "Parliament of India"),
        ("ORG", "Embassy of the Republic of India", "Embassy of India"),
        ("ORG", "New Zealand Government", "Government of New Zealand"),
    ]


def test_a_lower_case_word_inside_a_known_name_is_not_that_name(nlp_blank):
    """``UN mission in South Sudan`` is not the ``UN Mission in South Sudan``: the UN and a place."""
    doc = vnentities.extract("Viet Nam sent a hospital to the UN mission in South Sudan.", "2019-11-13",
                             nlp=nlp_blank)
    assert entities(doc)[1:] == [("ORG", "UN", "United Nations"), ("PLACE", "South Sudan", "SS")]


def test_summits_and_related_summits_and_mekong_mechanisms(nlp_blank):
    """Two ordinals joined by ``and``, a plural head and ``and Related Summits`` make one EVENT; the Mekong
    cooperation mechanisms are ORGs with their acronyms; ``Granma`` is Cuba's Party newspaper."""
    text = ("They met at the 40th and 41st ASEAN Summits and Related Summits. The Mekong–Korea Cooperation "
            "(MKC) grew, Granma reported.")
    doc = vnentities.extract(text, "2022-11-13", nlp=nlp_blank)
    assert entities(doc, "EVENT") == [("EVENT", "40th and 41st ASEAN Summits and Related Summits", None)]
    assert entities(doc, "ORG") == [
        ("ORG", "Mekong–Korea Cooperation", "Mekong-Korea Cooperation"),
        ("ORG", "MKC", "Mekong-Korea Cooperation"),
        ("ORG", "Granma", "Granma"),
    ]


def test_two_events_are_not_joined_over_a_long_name(nlp_blank):
    """``and`` joins one capitalised word and a head to an event (``and Related Meetings``), no longer name."""
    doc = vnentities.extract("The 56th AMM and Related Meetings opened.", "2023-07-11", nlp=nlp_blank)
    assert entities(doc, "EVENT") == [("EVENT", "56th AMM and Related Meetings", None)]
    doc = vnentities.extract("The ASEAN Summit and Vietnam's proposals.", "2023-07-11", nlp=nlp_blank)
    assert entities(doc, "EVENT") == [("EVENT", "ASEAN Summit", None)]


def test_events_of_a_counted_group_apart_and_shared(nlp_blank):
    """``ASEAN+3`` opens an event's name; two events joined by ``and`` stay two; a topic's common noun ends
    the name before ``on``; a plural head shared by a comma list names no one event."""
    text = ("He chaired the ASEAN Special Summit and ASEAN+3 Special Summit on Covid-19 response. He went to "
            "the ASEAN Summit and East Asia Summit. He attended the ASEAN-US, ASEAN+3 Foreign Ministers’ "
            "Meetings.")
    doc = vnentities.extract(text, "2020-06-22", nlp=nlp_blank)
    assert [e[1] for e in entities(doc, "EVENT")] == [
        "ASEAN Special Summit", "ASEAN+3 Special Summit", "ASEAN Summit", "East Asia Summit",
    ]
    assert ("ORG", "ASEAN+3", "ASEAN Plus Three") in entities(doc, "ORG")


def test_concept_acronyms_and_plural_documents_are_no_base_model_names(nlp_sm):
    """``FDI``, ``ODA``, ``COVID-19``, ``IUU``, ``Memoranda``, ``Member States``: whatever the base model calls
    them, no entity."""
    text = ("They signed Memoranda, drew FDI, ODA and COVID-19 aid, and Member States met. They valued "
            "their efforts in combating IUU fishing.")
    doc = vnentities.extract(text, "2024-03-20", nlp=nlp_sm)
    assert entities(doc) == []


def test_an_institution_name_starts_with_no_dash_nor_number_word(nlp_blank):
    """``Da Nang (VNA) – Two Indian Navy ships``: the ORG is ``Indian Navy``."""
    doc = vnentities.extract("Da Nang (VNA) – Two Indian Navy ships arrived.", "2023-05-19", nlp=nlp_blank)
    assert entities(doc, "ORG") == [("ORG", "VNA", "Vietnam News Agency"),
                                    ("ORG", "Indian Navy", "Indian Navy")]


def test_a_country_hosting_a_year_of_another(nlp_blank):
    """``Russia Year in Vietnam`` is an EVENT without a country pair, two when joined by ``and``; a bare
    ``Year`` is not."""
    doc = vnentities.extract("They held the Russia Year in Vietnam and the Vietnam Year in Russia. A Year in "
                             "Review came out. Next came the India Year in Laos and Laos Year in India.",
                             "2019-07-10", nlp=nlp_blank)
    assert entities(doc, "EVENT") == [("EVENT", "Russia Year in Vietnam", None),
                                      ("EVENT", "Vietnam Year in Russia", None),
                                      ("EVENT", "India Year in Laos", None),
                                      ("EVENT", "Laos Year in India", None)]


def test_foreign_legislatures_are_known(nlp_blank):
    doc = vnentities.extract("He met officials of the State Duma and the Bundestag.", "2019-07-10",
                             nlp=nlp_blank)
    assert entities(doc, "ORG") == [
        ("ORG", "State Duma", "State Duma of the Federal Assembly of the Russian Federation"),
        ("ORG", "Bundestag", "German Bundestag"),
    ]


def test_regional_parliaments_are_known_by_their_own_english_names(nlp_blank):
    """A regional parliament named head first is normed by the name it uses for itself in English; the
    lower-case ``region`` after it stays outside."""
    text = "The Parliament of Flanders region hosted the Walloon Parliament and the Scottish Parliament."
    doc = vnentities.extract(text, "2022-07-06", nlp=nlp_blank)
    assert entities(doc, "ORG") == [
        ("ORG", "Parliament of Flanders", "Flemish Parliament"),
        ("ORG", "Walloon Parliament", "Parliament of Wallonia"),
        ("ORG", "Scottish Parliament", "Scottish Parliament"),
    ]


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Officers of the Military Region 5 High Command welcomed the ship.", "Military Region 5 High Command"),
        ("The Vietnam People's Navy Region 3 Command hosted them.", "Vietnam People's Navy Region 3 Command"),
        ("He visited Infantry Division 1 of the Lao People's Army.",
         "Infantry Division 1 of the Lao People's Army"),
        ("The Coast Guard Region 2 Command held drills.", "Coast Guard Region 2 Command"),
    ],
)
def test_a_numbered_military_unit_is_one_organisation(nlp_blank, text, org):
    """A military unit's head and number, its command and owner if any, make one ORG named as written."""
    assert entities(vnentities.extract(text, "2024-01-01", nlp=nlp_blank)) == [("ORG", org, org)]


def test_a_numbered_unit_needs_a_military_word_and_stays_inside_a_title(nlp_blank):
    """``Economic Region 2`` is no unit; a unit in a title's complement stays in the title."""
    text = ("The Economic Region 2 grew. Major General Tran Van Nam, Commander of the Military Region 9 "
            "Command, spoke.")
    doc = vnentities.extract(text, "2024-01-01", nlp=nlp_blank)
    assert [label for label, _, _ in entities(doc)] == ["TITLE", "PERSON", "TITLE"]
    assert entities(doc)[2][1] == "Commander of the Military Region 9 Command"


@pytest.mark.parametrize(
    ("text", "org", "norm"),
    [
        ("Troops of the Chinese People’s Liberation Army came.", "Chinese People’s Liberation Army",
         "People's Liberation Army"),
        ("The Japan Maritime Self-Defence Force ship docked.", "Japan Maritime Self-Defence Force",
         "Japan Maritime Self-Defense Force"),
        ("Officers of the Armed Forces of the Philippines came.", "Armed Forces of the Philippines",
         "Armed Forces of the Philippines"),
        ("The US Indo-Pacific Command said so.", "US Indo-Pacific Command",
         "United States Indo-Pacific Command"),
    ],
)
def test_foreign_armed_forces_are_known(nlp_blank, text, org, norm):
    """The region's armed forces are in the knowledge base, under the name each styles itself."""
    assert entities(vnentities.extract(text, "2024-01-01", nlp=nlp_blank)) == [("ORG", org, norm)]


def test_numbered_sessions_written_as_an_acronym_or_after_an_organisation(nlp_blank):
    """``IPU-132``, ``AMM-57``: a known acronym and its session number; ``150th IPU Assembly`` is a session,
    ``15th National Assembly`` the legislature; ``COVID-19`` and ``F-16`` are no events."""
    text = ("Vietnam hosted IPU-132 and AMM-57. He attended the 150th IPU Assembly, not the 15th National "
            "Assembly, amid COVID-19, and saw an F-16.")
    doc = vnentities.extract(text, "2025-04-07", nlp=nlp_blank)
    assert entities(doc, "EVENT") == [("EVENT", "IPU-132", None), ("EVENT", "AMM-57", None),
                                      ("EVENT", "150th IPU Assembly", None)]
    assert ("ORG", "National Assembly", "National Assembly of Vietnam") in entities(doc)


def test_holidays_diseases_and_goals_are_no_base_model_names(nlp_sm):
    """``New Year``, ``Ebola``, ``Sustainable Development Goals``: whatever the base model calls them, no
    entity; ``44th National Day`` neither, after its ordinal."""
    text = ("Laos celebrated its 44th National Day and the New Year; the Ebola and Marburg outbreaks ended; "
            "the Sustainable Development Goals (SDGs) were discussed on Victory Day with 650,000 EUR in Q&A.")
    assert entities(vnentities.extract(text, "2019-11-27", nlp=nlp_sm)) == [("PLACE", "Laos", "LA")]


def test_days_and_degrees_are_no_base_model_names(nlp_sm):
    """A holiday's ``Day`` makes no EVENT of a base-model name (``World Tuna Day``), and a degree after a name
    (``MD``) is no place."""
    text = "They marked the World Tuna Day. Director Rochelle Walensky, MD, spoke."
    found = entities(vnentities.extract(text, "2016-12-09", nlp=nlp_sm))
    assert [e for e in found if e[0] in ("EVENT", "PLACE")] == []
    assert ("PERSON", "Rochelle Walensky", "Rochelle Walensky") in found


def test_the_us_cdc_and_its_director(nlp):
    """The US CDC is known by its names and acronym, and its acronym before a post is the post's body."""
    text = ("The US Centers for Disease Control and Prevention (CDC) opened an office. CDC Director Rochelle "
            "Walensky spoke.")
    found = entities(vnentities.extract(text, "2021-08-25", nlp=nlp))
    cdc = "United States Centers for Disease Control and Prevention"
    assert ("ORG", "US Centers for Disease Control and Prevention", cdc) in found
    assert ("ORG", "CDC", cdc) in found
    assert ("TITLE", "CDC Director", "Rochelle Walensky") in found

def test_concepts_are_no_base_model_names(nlp_sm):
    """Aid, farming standards and South-South cooperation name no body and no place."""
    text = ("Japan provided Official Development Assistance for Digital Transformation, and farms met Good "
            "Agricultural Practices (GAP) under South-South cooperation.")
    assert entities(vnentities.extract(text, "2023-11-04", nlp=nlp_sm)) == [("PLACE", "Japan", "JP")]


def test_news_agencies_and_another_spelling_of_the_mongolian_parliament(nlp_blank):
    """Wire agencies by name or acronym; ``Hural`` is ``Khural``."""
    text = "LONDON, (WAM) The State Great Hural met, KCNA and the Qatar News Agency (QNA) reported."
    assert entities(vnentities.extract(text, "2021-11-02", nlp=nlp_blank), "ORG") == [
        ("ORG", "WAM", "Emirates News Agency"),
        ("ORG", "State Great Hural", "State Great Khural"),
        ("ORG", "KCNA", "Korean Central News Agency"),
        ("ORG", "Qatar News Agency", "Qatar News Agency"),
        ("ORG", "QNA", "Qatar News Agency"),
    ]


def test_ceremonies_and_strategies_are_no_names_and_an_unclosed_bracket_ends_one(nlp_sm):
    """A ceremony is no EVENT, whatever document it signs (``Signing Ceremony of the Hanoi Convention``); the
    base model's ceremonies and strategies are no ORG, and its span stops before an unclosed bracket."""
    text = ("Outcomes of the Signing Ceremony of the Hanoi Convention\nThe Ministry of Public Security spoke "
            "at the Credential Presentation Ceremony on the National Strategy on Climate Change and the "
            "Nationally Determined Contributions (NDC.")
    found = entities(vnentities.extract(text, "2025-10-26", nlp=nlp_sm))
    assert ("AGREEMENT", "Hanoi Convention", "Hanoi Convention") in found
    assert ("ORG", "Ministry of Public Security", "Ministry of Public Security") in found
    assert [
        e for e in found if e[0] == "EVENT" or "Ceremony" in e[1] or "Strategy" in e[1] or "(" in e[1]
    ] == []


def test_base_model_names_after_a_or_of_an_ethnic_group_or_a_page_control_are_dropped(nlp_sm):
    """A base-model name opened by ``a`` names nothing (``a Comprehensive Economic Partnership Agreement``);
    an ethnic group, a Khmer festival and the ``Size`` of ``Font Size`` are no names."""
    text = ("Font Size: | Print\nBoth nations are promoting negotiations towards the signing of a "
            "Comprehensive Economic Partnership Agreement. Vinh Long organised traditional Khmer festivals, "
            "including Chol Chnam Thmay, Sene Dolta, and Ok Om Bok. The Kinh and Khmer people live there.")
    assert entities(vnentities.extract(text, "2023-10-09", nlp=nlp_sm)) == [("PLACE", "Vinh Long", "Vinh Long")]


def test_genre_acronyms_unnamed_heads_and_listed_generic_words_are_no_base_model_names(nlp_sm):
    """``FTA``, ``LNG``, ``UXO``, ``OV``: concept acronyms; ``Steering Committee``, ``Standing Board``: a body's
    head with no name; ``State, Government``: generic words listed; none is an ORG, whatever the base model
    calls them."""
    text = ("The two sides signed the FTA and an LNG deal. The Steering Committee met the Standing Board. "
            "They cleared UXO and searched for MIA remains with OV. The Party, State, Government and people "
            "of Vietnam thanked the Defence and Security sectors.")
    found = entities(vnentities.extract(text, "2024-03-20", nlp=nlp_sm))
    assert [e for e in found if e[0] == "ORG" and e[1] != "Party"] == []


def test_an_acronym_defined_in_the_text_over_an_unrelated_known_one(nlp_blank):
    """``Australian Federal Police (AFP)``: every ``AFP`` of the text is the police, not the known news agency
    (no word shared); a variant long form of a known acronym keeps the known name (``ASEAN``)."""
    text = ("Vietnam, Australian Federal Police strengthen ties. He met the Australian Federal Police (AFP) "
            "and the Association of South East Asian Nations (ASEAN). AFP and ASEAN training.")
    found = entities(vnentities.extract(text, "2025-07-04", nlp=nlp_blank), "ORG")
    asean = "Association of Southeast Asian Nations"
    assert [norm for _, _, norm in found] == ["Australian Federal Police"] * 3 + [asean] * 2 + [
        "Australian Federal Police", asean]


def test_a_body_named_again_without_its_qualifiers_takes_its_full_name(nlp_blank):
    """``the Joint Working Group`` after the ``Vietnam – Holy See Joint Working Group`` is that group; not a
    unit's body after the unit (``Standing Board of the … Committee``)."""
    text = ("He backed the Vietnam – Holy See Joint Working Group. She praised the Joint Working Group. The "
            "Standing Board of the Yangsan City Council met the Yangsan City Council.")
    found = entities(vnentities.extract(text, "2025-07-01", nlp=nlp_blank), "ORG")
    assert [(name, norm) for _, name, norm in found] == [
        ("Vietnam – Holy See Joint Working Group", "Vietnam-Holy See Joint Working Group"),
        ("Joint Working Group", "Vietnam-Holy See Joint Working Group"),
        ("Standing Board of the Yangsan City Council", "Standing Board of the Yangsan City Council"),
        ("Yangsan City Council", "Yangsan City Council"),
    ]


def test_nordic_parliaments_and_partner_police_forces_are_known(nlp_blank):
    """Knowledge base: the Nordic parliaments by their own names (``Swedish Riksdag``, ``Storting``) and the
    police forces of partner countries (``Royal Thai Police``)."""
    text = "The Swedish Riksdag, the Norwegian Storting and the Royal Thai Police welcomed the delegation."
    found = entities(vnentities.extract(text, "2024-11-13", nlp=nlp_blank), "ORG")
    assert [norm for _, _, norm in found] == ["Riksdag", "Storting", "Royal Thai Police"]


def test_an_acronym_before_a_bracket_and_a_glued_sentence(nlp_blank):
    """``(LPRP).They``: the bracket, the period and the next sentence's word are split from the acronym."""
    text = "He met leaders of the Lao People’s Revolutionary Party (LPRP).They said the LPRP would act."
    found = entities(vnentities.extract(text, "2019-08-09", nlp=nlp_blank), "ORG")
    assert [e[1] for e in found] == ["Lao People’s Revolutionary Party", "LPRP", "LPRP"]


def test_a_bare_secretariat_is_the_party_s_where_the_party_is_named(nlp_blank):
    """``the Politburo, the Secretariat``: a bare ``Secretariat`` is the CPV's where one of its bodies is named;
    not where none is, nor before ``of``."""
    norm = "Secretariat of the Communist Party of Vietnam Central Committee"
    text = "He thanked the Party Central Committee, the Politburo, the Secretariat and the Secretariat of ASEAN"
    assert entities(vnentities.extract(text, "2024-05-20", nlp=nlp_blank), "ORG") == [
        ("ORG", "Party Central Committee", "Central Committee of the Communist Party of Vietnam"),
        ("ORG", "Politburo", "Politburo of the Communist Party of Vietnam"),
        ("ORG", "Secretariat", norm),
        ("ORG", "Secretariat of ASEAN", "Secretariat of ASEAN"),
    ]
    assert entities(vnentities.extract("The Secretariat said so.", "2024-05-20", nlp=nlp_blank)) == []


def test_a_base_model_name_across_a_paragraph_break_is_dropped(nlp_sm):
    """The base model reads ``Frigate 20\\n\\nEspecially`` as one name; a name never crosses a line break."""
    text = ("Vietnam welcomed the captain and crew-members to Frigate 20\n\nEspecially, during this year’s "
            "exercise, the Indian Navy helped.")
    assert entities(vnentities.extract(text, "2024-02-19", nlp=nlp_sm), "ORG") == [
        ("ORG", "Indian Navy", "Indian Navy")
    ]


@pytest.mark.parametrize(
    ("text", "org", "norm"),
    [
        ("They visited the External Relations Commission of the Lao People’s Revolutionary Party (LPRP) "
         "Central Committee.",
         "External Relations Commission of the Lao People’s Revolutionary Party (LPRP) Central Committee",
         "External Relations Commission of the Lao People's Revolutionary Party Central Committee"),
        ("The Army Command of the Royal Cambodian Armed Forces came.",
         "Army Command of the Royal Cambodian Armed Forces",
         "Army Command of the Royal Cambodian Armed Forces"),
        ("Vietnam's Level-2 Field Hospital Rotation 4 came home.", "Level-2 Field Hospital Rotation 4",
         "Level-2 Field Hospital Rotation 4"),
        ("They met at Cho Ray Hospital No2 today.", "Cho Ray Hospital No2", "Cho Ray Hospital No2"),
        ("The Vietnam Border Guard High Command held a talk.", "Vietnam Border Guard High Command",
         "Vietnam Border Guard"),
        ("The Shanghai Municipal Committee met.", "Shanghai Municipal Committee",
         "Shanghai Municipal Committee"),
        ("He was an officer of the Immigration Department at the Ministry of Public Security.",
         "Immigration Department", "Immigration Department"),
        ("The Standing Board of the Central Steering Committee for Prevention and Control of Corruption, "
         "Wastefulness, and Negative Phenomena met.",
         "Standing Board of the Central Steering Committee for Prevention and Control of Corruption, "
         "Wastefulness, and Negative Phenomena",
         "Standing Board of the Central Steering Committee for Prevention and Control of Corruption, "
         "Wastefulness, and Negative Phenomena"),
    ],
)
def test_bodies_of_an_organisation_numbered_institutions_and_foreign_committees(nlp_blank, text, org, norm):
    """A body named before ``of (the) <organisation>`` (without its bracketed acronym in the norm) or before
    ``at (the) <organisation>`` (the organisation apart), an institution's number and a city's committee are
    part of the ORG."""
    assert ("ORG", org, norm) in entities(vnentities.extract(text, "2023-07-10", nlp=nlp_blank))


def test_party_before_cooperation_or_committees_is_a_modifier(nlp_blank):
    """``Party cooperation``, ``the Hanoi and Havana Party committees``: no ORG ``Party``."""
    text = "The Hanoi and Havana Party committees strengthen Party cooperation."
    doc = vnentities.extract(text, "2025-03-13", nlp=nlp_blank)
    assert entities(doc, "ORG") == []


def test_a_party_list_closed_by_a_nationality_s_people_and_a_body_of_a_foreign_country(nlp_blank):
    """``the Party, State, the VFF, and the Cambodian people``: Cambodia's ruling party; ``Ministry of
    Foreign Affairs of Japan`` is one ORG, Japan's."""
    text = ("She said the Party, State, the VFF, and the Cambodian people remember him. He thanked the Party "
            "and State leaders. He met the Ministry of Foreign Affairs of Japan and the National Assembly of "
            "Laos.")
    found = entities(vnentities.extract(text, "2025-05-25", nlp=nlp_blank), "ORG")
    assert [e for e in found if e[1] == "Party"] == [
        ("ORG", "Party", "Cambodian People's Party"), ("ORG", "Party", "Communist Party of Vietnam")
    ]
    assert ("ORG", "Ministry of Foreign Affairs of Japan", "Ministry of Foreign Affairs of Japan") in found
    assert ("ORG", "National Assembly of Laos", "National Assembly of Laos") in found


def test_an_acronym_of_an_event_s_complement_is_not_the_event(nlp_blank):
    """``World Conference of Overseas Vietnamese (OV)``: ``OV`` stands for the complement only."""
    text = "The 4th World Conference of Overseas Vietnamese (OV) and the East Asia Summit (EAS) open."
    events = entities(vnentities.extract(text, "2024-07-03", nlp=nlp_blank), "EVENT")
    assert [e[1] for e in events] == ["4th World Conference of Overseas Vietnamese", "East Asia Summit", "EAS"]


def test_numbered_units_level_numbers_and_foreign_parliaments(nlp_blank):
    """``Engineering Unit 3``, ``Level 2 Field Hospital Rotation 5`` are ORGs named as written; Cuba's and
    Belarus's parliaments are known; a dash glued to a sentence's period is no part of the word before."""
    text = ("The Level 2 Field Hospital Rotation 5 and Engineering Unit 3 returned. The National Assembly of "
            "People's Power of Cuba and the Council of the Republic met Egypt’s Ministry of Local "
            "Development.- VNA")
    found = entities(vnentities.extract(text, "2024-09-28", nlp=nlp_blank), "ORG")
    assert found == [
        ("ORG", "Level 2 Field Hospital Rotation 5", "Level 2 Field Hospital Rotation 5"),
        ("ORG", "Engineering Unit 3", "Engineering Unit 3"),
        ("ORG", "National Assembly of People's Power of Cuba", "National Assembly of People's Power of Cuba"),
        ("ORG", "Council of the Republic", "Council of the Republic of the National Assembly of Belarus"),
        ("ORG", "Ministry of Local Development", "Ministry of Local Development"),
        ("ORG", "VNA", "Vietnam News Agency"),
    ]


def test_bare_local_bodies_are_the_last_named_place_s(nlp_blank):
    """``the Party Committee, People’s Council …`` after ``Secretary of the Ho Chi Minh City Party
    Committee``: that city's bodies; with no local body named before, ``Party`` stays the CPV. ``the Command
    of <organisation>`` is one ORG."""
    text = ("Secretary of the Ho Chi Minh City Party Committee Nguyen Van Nen and leaders of the Party "
            "Committee, People’s Council, People’s Committee came to the Command of the Coast Guard Region 3.")
    found = entities(vnentities.extract(text, "2024-09-13", nlp=nlp_blank), "ORG")
    assert found == [
        ("ORG", "Party Committee", "Ho Chi Minh City Party Committee"),
        ("ORG", "People’s Council", "Ho Chi Minh City People's Council"),
        ("ORG", "People’s Committee", "Ho Chi Minh City People's Committee"),
        ("ORG", "Command of the Coast Guard Region 3", "Command of the Coast Guard Region 3"),
    ]
    alone = entities(vnentities.extract("The Party Committee met.", "2024-09-13", nlp=nlp_blank), "ORG")
    assert alone == [("ORG", "Party", "Communist Party of Vietnam")]


def test_another_nationality_before_a_known_us_body_makes_it_that_country_s(nlp_blank):
    """``Australian Department of Defense`` is Australia's; ``US Department of Defense`` stays the US's."""
    text = "The Australian Department of Defense and the US Department of Defense met."
    found = entities(vnentities.extract(text, "2021-09-23", nlp=nlp_blank), "ORG")
    assert found == [
        ("ORG", "Australian Department of Defense", "Department of Defense of Australia"),
        ("ORG", "US Department of Defense", "United States Department of Defense"),
    ]


def test_an_ordinal_before_an_assembly_that_is_no_legislature_is_a_session(nlp_blank):
    """``41st ASEAN Inter-Parliamentary Assembly`` is a numbered session (EVENT); ``15th National Assembly``
    and ``9th Lao National Assembly`` are legislatures' terms (ORG)."""
    text = ("Vietnam hosted the 41st ASEAN Inter-Parliamentary Assembly. The 15th National Assembly and the "
            "9th Lao National Assembly met.")
    doc = vnentities.extract(text, "2019-11-15", nlp=nlp_blank)
    assert entities(doc, "EVENT") == [("EVENT", "41st ASEAN Inter-Parliamentary Assembly", None)]
    assert [e[1] for e in entities(doc, "ORG")] == ["National Assembly", "Lao National Assembly"]


def test_named_exercises_are_events_and_not_the_city(nlp):
    """``MILAN 2024`` and ``the MILAN`` are the Indian Navy's exercise, with its year; ``RIMPAC 2024`` too; a
    dateline's ``MILAN (VNA)`` stays the city."""
    text = ("Frigate 20 joined MILAN 2024 in Visakhapatnam; it is the 12th time India has organized the MILAN. "
            "RIMPAC 2024 ended.\n\nMILAN (VNA) – Italy and Vietnam met.")
    found = entities(vnentities.extract(text, "2024-02-19", nlp=nlp))
    assert [e for e in found if e[0] == "EVENT"] == [
        ("EVENT", "MILAN 2024", None), ("EVENT", "MILAN", None), ("EVENT", "RIMPAC 2024", None)
    ]
    assert ("PLACE", "MILAN", "Milan") in found and ("ORG", "VNA", "Vietnam News Agency") in found


def test_a_recurring_event_before_its_bracketed_translation(nlp_blank):
    """``Xuan Que Huong (Homeland Spring)``: a known recurring event keeps its name before a bracketed
    translation, which is the event too; only an agency's capitals in the bracket make a dateline."""
    text = ("The embassy held the Xuan Que Huong (Homeland Spring) programme. Officers joined the UN "
            "Peacekeeping Mission in South Sudan.")
    found = entities(vnentities.extract(text, "2023-01-08", nlp=nlp_blank))
    assert [e for e in found if e[0] == "EVENT"] == [("EVENT", "Xuan Que Huong", None),
                                                     ("EVENT", "Homeland Spring", None)]
    assert ("ORG", "UN Peacekeeping Mission in South Sudan", "United Nations Mission in South Sudan") in found

def test_a_hyphened_word_in_a_paired_body(nlp):
    """``Vietnam – Laos Inter-Governmental Committee``: a hyphened capitalised word stays in a paired body's
    name."""
    text = "The 42nd meeting of the Vietnam – Laos Inter-Governmental Committee opened in Hanoi."
    assert entities(vnentities.extract(text, "2020-01-04", nlp=nlp), "ORG") == [
        ("ORG", "Vietnam – Laos Inter-Governmental Committee", "Vietnam-Laos Inter-Governmental Committee")
    ]


def test_recurring_programmes_and_fairs_known_by_name_are_events(nlp):
    """``Homeland Spring 2026 (Xuan Que Huong 2026)``, the bare ``Homeland Spring`` and ``the SEDEC`` are
    events known by name, with their year."""
    text = ("The Homeland Spring 2026 (Xuan Que Huong 2026) programme opened; Homeland Spring is held every "
            "year. The SEDEC 2024 opened and the SEDEC drew crowds.")
    assert [e[1] for e in entities(vnentities.extract(text, "2026-01-26", nlp=nlp), "EVENT")] == [
        "Homeland Spring 2026", "Xuan Que Huong 2026", "Homeland Spring", "SEDEC 2024", "SEDEC"
    ]


def test_an_acronym_whose_long_form_does_not_start_with_its_letter_is_the_known_one(nlp_blank):
    """``… met the Chairperson of the People's Consultative Assembly (MPR)``: ``MPR`` (Indonesian initials)
    does not define the words before it, which do not open with its letter; it is the known assembly."""
    text = ("The Speaker of the People's Representative Council met the Chairperson of the People's "
            "Consultative Assembly (MPR).")
    found = entities(vnentities.extract(text, "2025-03-11", nlp=nlp_blank))
    assert found == [
        ("TITLE", "Speaker of the People's Representative Council", None),
        ("TITLE", "Chairperson of the People's Consultative Assembly", None),
        ("ORG", "MPR", "People's Consultative Assembly of Indonesia"),
    ]


def test_no_event_is_named_after_an_indefinite_article(nlp_blank):
    """``establish a Strategic Dialogue`` names a kind of event, none in particular; ``the Shangri-La
    Dialogue`` is one, and so is ``a Vietnam-RoK Business Forum``, which a country pair names."""
    text = ("They agreed to establish a Strategic Dialogue and attended the Shangri-La Dialogue and a "
            "Vietnam-RoK Business Forum.")
    assert entities(vnentities.extract(text, "2025-10-28", nlp=nlp_blank)) == [
        ("EVENT", "Shangri-La Dialogue", None), ("EVENT", "Vietnam-RoK Business Forum", None)
    ]


def test_party_to_party_names_no_party(nlp_blank):
    """``Party-to-Party channels`` are between two parties: no ORG; ``The Party leads`` is the CPV."""
    text = "They agreed to strengthen exchanges via Party-to-Party channels. The Party leads."
    assert entities(vnentities.extract(text, "2022-06-28", nlp=nlp_blank)) == [
        ("ORG", "Party", "Communist Party of Vietnam")
    ]


def test_each_party_names_no_party(nlp_blank):
    """``each Party's`` and ``either Party`` are either of two parties: no ORG; ``The Party leads`` is the
    CPV."""
    text = "They shared each Party's situation; either Party may ask. The Party leads."
    assert entities(vnentities.extract(text, "2024-07-26", nlp=nlp_blank)) == [
        ("ORG", "Party", "Communist Party of Vietnam")
    ]


def test_associations_leagues_and_societies_outside_the_knowledge_base(nlp_blank):
    """Capitalised words before ``Association``, ``League`` or ``Society`` name an organisation as written;
    the place inside is no PLACE of its own."""
    text = ("The Vietnam Fine Arts Association met the Muslim World League and the Royal Society of London. "
            "The Japanese Business Association of HCMC hosted them.")
    assert entities(vnentities.extract(text, "2024-07-26", nlp=nlp_blank)) == [
        ("ORG", "Vietnam Fine Arts Association", "Vietnam Fine Arts Association"),
        ("ORG", "Muslim World League", "Muslim World League"),
        ("ORG", "Royal Society of London", "Royal Society of London"),
        ("ORG", "Japanese Business Association of HCMC", "Japanese Business Association of HCMC"),
    ]


def test_the_cpv_central_committees_commissions_are_one_body(nlp_blank):
    """``CPV Central Committee's Commission for External Relations`` and ``… Inspection Commission`` keep the
    party's acronym in the span."""
    text = ("He met the head of the CPV Central Committee’s Commission for External Relations. Reports from "
            "the CPV Central Committee’s Inspection Commission followed.")
    assert entities(vnentities.extract(text, "2023-10-18", nlp=nlp_blank)) == [
        ("ORG", "CPV Central Committee’s Commission for External Relations",
         "Party Central Committee's Commission for External Relations"),
        ("ORG", "CPV Central Committee’s Inspection Commission", "Central Inspection Commission"),
    ]


def test_historic_events_agreement_spellings_and_african_bodies_in_the_knowledge_base(nlp_blank):
    """``Great Patriotic War`` and ``Liberation of the South`` are known events, ``Europe-Vietnam Free Trade
    Agreement`` is the EVFTA, and ``SADC`` a known organisation."""
    text = ("They marked the Great Patriotic War and the Liberation of the South. Hungary backs the "
            "Europe-Vietnam Free Trade Agreement. South Africa chairs the Southern African Development "
            "Community (SADC).")
    found = entities(vnentities.extract(text, "2025-04-02", nlp=nlp_blank))
    assert [e[1] for e in found if e[0] == "EVENT"] == ["Great Patriotic War", "Liberation of the South"]
    assert ("AGREEMENT", "Europe-Vietnam Free Trade Agreement", "EVFTA") in found
    assert ("ORG", "SADC", "Southern African Development Community") in found


def test_a_forum_is_an_event_unless_known_as_a_body(nlp_blank):
    """``ASEAN Mayors Forum (AMF)`` is a meeting, an EVENT with its acronym; the ``ASEAN Regional Forum``
    is a known organisation."""
    text = "The ASEAN Mayors Forum (AMF) opened. The AMF and the ASEAN Regional Forum met."
    assert entities(vnentities.extract(text, "2024-09-18", nlp=nlp_blank)) == [
        ("EVENT", "ASEAN Mayors Forum", None), ("EVENT", "AMF", None), ("EVENT", "AMF", None),
        ("ORG", "ASEAN Regional Forum", "ASEAN Regional Forum"),
    ]


def test_an_institutions_complement_stops_before_the_next_institution(nlp_blank):
    """``… for Defense Strategy and the Vietnamese Academy …``: the words after ``and`` name the next one."""
    text = "He met the Institute for Defense Strategy and the Vietnamese Academy of Social Sciences."
    assert [e[1] for e in entities(vnentities.extract(text, "2019-06-10", nlp=nlp_blank))] == [
        "Institute for Defense Strategy", "Vietnamese Academy of Social Sciences"
    ]


def test_newspapers_credited_and_the_vietnamese_ministry_of_foreign_affairs(nlp):
    """Hanoi's newspapers in photo credits, and ``Vietnamese Ministry of Foreign Affairs`` as the knowledge
    base names the ministry with ``Vietnamese`` (as ``Vietnamese Foreign Ministry``)."""
    text = "Officials of the Vietnamese Ministry of Foreign Affairs visited. (Photo: Kinh te & Do thi)"
    assert entities(vnentities.extract(text, "2020-10-23", nlp=nlp)) == [
        ("ORG", "Vietnamese Ministry of Foreign Affairs", "Ministry of Foreign Affairs"),
        ("ORG", "Kinh te & Do thi", "Kinh te & Do thi Newspaper"),
    ]


def test_major_investors_are_known_companies(nlp):
    """Conglomerates named without a company suffix (``Hyundai``, ``LG``, ``Lotte``) are known organisations;
    the longest known name wins (``Doosan Enerbility``); so is the ``East African Community``."""
    text = ("Hyundai, LG, Lotte, POSCO, Hyosung and Doosan Enerbility invest in Bac Ninh, as do Intel and "
            "Foxconn of the East African Community (EAC).")
    found = entities(vnentities.extract(text, "2026-02-04", nlp=nlp), "ORG")
    assert [(name, norm) for _, name, norm in found] == [
        ("Hyundai", "Hyundai"), ("LG", "LG"), ("Lotte", "Lotte"), ("POSCO", "POSCO"), ("Hyosung", "Hyosung"),
        ("Doosan Enerbility", "Doosan Enerbility"), ("Intel", "Intel"), ("Foxconn", "Foxconn"),
        ("East African Community", "East African Community"), ("EAC", "East African Community"),
    ]


def test_a_bodys_norm_names_turkey_as_the_genre_does(nlp_blank):
    """A mission or ministry of Türkiye is normed with ``Turkey``, however the text spells the country."""
    text = "The Vietnamese Embassy in Türkiye and the Turkish Ministry of National Defence met."
    assert [norm for _, _, norm in entities(vnentities.extract(text, "2024-01-01", nlp=nlp_blank))] == [
        "Embassy of Vietnam in Turkey", "Ministry of National Defence of Turkey"
    ]


def test_a_numbered_unit_takes_no_complement_and_more_known_names(nlp):
    """``Engineering Unit Rotation 2`` + ``of Vietnam``: a number ends a unit's name; ``Hamas`` is a known
    organisation and the ``Soviet Union`` a (former) country."""
    text = "Engineering Unit Rotation 2 of Vietnam left. Hamas met envoys of the former Soviet Union."
    assert entities(vnentities.extract(text, "2023-08-06", nlp=nlp)) == [
        ("ORG", "Engineering Unit Rotation 2", "Engineering Unit Rotation 2"), ("PLACE", "Vietnam", "VN"),
        ("ORG", "Hamas", "Hamas"), ("PLACE", "Soviet Union", "SU"),
    ]


def test_a_long_form_stops_at_an_earlier_bracket_and_a_foreign_department(nlp_blank):
    """``… Agency (BPIP), and … Innovation Agency (BRIN)``: no long form reaches back over another bracket;
    a foreign nationality makes a ``Department of …`` that country's; ``FEALAC`` is a known body."""
    text = ("Megawati heads the Pancasila Ideology Development Agency (BPIP), and the steering committee of "
            "the National Research and Innovation Agency (BRIN). He met the Philippine Department of National "
            "Defence (DND) and the Forum for East Asia-Latin America Cooperation (FEALAC).")
    found = entities(vnentities.extract(text, "2023-11-22", nlp=nlp_blank), "ORG")
    assert not any("BPIP" in name and name != "BPIP" for _, name, _ in found)
    dnd = "Department of National Defence of the Philippines"
    fealac = "Forum for East Asia-Latin America Cooperation"
    assert found[-4:] == [
        ("ORG", "Philippine Department of National Defence", dnd), ("ORG", "DND", dnd),
        ("ORG", fealac, fealac), ("ORG", "FEALAC", fealac),
    ]


def test_a_numbered_meeting_of_a_country_pair_in_lower_case_and_the_partys_bodies(nlp_blank):
    """``fourth Vietnam – Laos ministerial-level defence policy dialogue``: an ordinal, a chain of countries
    and lower-case words up to an event head are an EVENT (the partnership inside gives way); the Party's
    Politburo and Secretariat written with the Central Committee, and ``NAM`` defined after the Movement."""
    text = ("They held the fourth Vietnam – Laos ministerial-level defence policy dialogue, the first "
            "Vietnam-Laos-Cambodia border defence friendship exchange and the 8th Việt Nam-Japan strategic "
            "partnership dialogue. The Politburo of the CPV Central Committee and the CPV Central Committee’s "
            "Secretariat met the Non-Aligned Movement  (NAM). The NAM grew.")
    found = entities(vnentities.extract(text, "2024-03-20", nlp=nlp_blank))
    secretariat = "Secretariat of the Communist Party of Vietnam Central Committee"
    assert [name for label, name, _ in found if label == "EVENT"] == [
        "fourth Vietnam – Laos ministerial-level defence policy dialogue",
        "first Vietnam-Laos-Cambodia border defence friendship exchange",
        "8th Việt Nam-Japan strategic partnership dialogue",
    ]
    assert [(name, norm) for label, name, norm in found if label == "ORG"] == [
        ("Politburo of the CPV Central Committee", "Politburo of the Communist Party of Vietnam"),
        ("CPV Central Committee’s Secretariat", secretariat),
        ("Non-Aligned Movement", "Non-Aligned Movement"), ("NAM", "Non-Aligned Movement"),
        ("NAM", "Non-Aligned Movement"),
    ]
    assert not [e for e in found if e[0] in ("PLACE", "AGREEMENT")]


def test_a_mixed_case_acronym_matches_as_written(nlp_blank):
    """``MoHA`` is the Ministry of Home Affairs; the ``Moha`` of a Cambodian honorific is not."""
    text = "CPP President Samdech Akka Moha Sena Padei Techo Hun Sen spoke. The MoHA agreed."
    found = entities(vnentities.extract(text, "2026-02-06", nlp=nlp_blank))
    orgs = [(name, norm) for label, name, norm in found if label == "ORG"]
    assert orgs == [("MoHA", "Ministry of Home Affairs")]
    assert ("TITLE", "CPP President", "Hun Sen") in found


def test_meeting_acronyms_with_digits_known_meetings_and_ordinal_units(nlp_blank):
    """``(IPE19)`` and ``(P20)`` are acronyms of the events before them, though they end in digits (and a
    single letter spells no long form); ``ADMM-Plus`` and ``EAS`` are events unexplained; an ordinal may number
    a unit before its name (``4th Naval Region High Command``); a bare ``People's Army`` is Vietnam's; ``the
    provincial People's Committee`` is that of the last province named."""
    text = ("The visit is part of Indo-Pacific Endeavour 2019 (IPE19) in Khanh Hoa. During the IPE19, they met "
            "the provincial People’s Committee, the 4th Naval Region High Command and the People’s Army. The "
            "President hailed the G20 Parliamentary Speakers' Summit (P20). The P20 closed. Eighteen ADMM-Plus "
            "member states and the EAS agreed.")
    found = entities(vnentities.extract(text, "2019-05-08", nlp=nlp_blank))
    assert [name for label, name, _ in found if label == "EVENT"] == [
        "Indo-Pacific Endeavour 2019", "IPE19", "IPE19", "G20 Parliamentary Speakers' Summit", "P20", "P20",
        "ADMM-Plus", "EAS",
    ]
    assert [(name, norm) for label, name, norm in found if label == "ORG"] == [
        ("People’s Committee", "Khanh Hoa Provincial People's Committee"),
        ("4th Naval Region High Command", "4th Naval Region High Command"),
        ("People’s Army", "Vietnam People's Army"),
    ]


def test_a_kind_of_document_alone_and_a_ship_class_name_no_entity(nlp_blank):
    """``the Memorandum of Understanding`` names no document (one on a subject does); an ``Adelaide-class``
    frigate is no place."""
    text = ("The two sides signed the Memorandum of Understanding in 2015 and the Memorandum of Understanding "
            "on Defence Cooperation. HMAS Newcastle is an Adelaide-class frigate.")
    found = entities(vnentities.extract(text, "2023-02-22", nlp=nlp_blank))
    assert [(label, name) for label, name, _ in found if label != "DATE"] == [
        ("AGREEMENT", "Memorandum of Understanding on Defence Cooperation"),
    ]


def test_cuban_bodies_and_a_directorate(nlp_blank):
    """The CDR, the PCC and the Council of State of Cuba are in the knowledge base; ``Directorate`` heads a
    body named as written."""
    text = ("A delegation of the Committees for the Defence of the Revolution of Cuba (CDR) met the Communist "
            "Party of Cuba (PCC) and the Cuban Council of State. The CDR thanked the Directorate of Fisheries.")
    found = entities(vnentities.extract(text, "2023-05-17", nlp=nlp_blank), "ORG")
    cdr = "Committees for the Defence of the Revolution of Cuba"
    assert [(name, norm) for _, name, norm in found] == [
        (cdr, cdr), ("CDR", cdr), ("Communist Party of Cuba", "Communist Party of Cuba"),
        ("PCC", "Communist Party of Cuba"), ("Cuban Council of State", "Council of State of Cuba"),
        ("CDR", cdr), ("Directorate of Fisheries", "Directorate of Fisheries"),
    ]


def test_war_legacy_offices_and_a_known_body_ends_an_institution(nlp_blank):
    """The Vietnam Office for Seeking Missing Persons and the U.S. MIA Office are known; a known body over an
    institution's head ends it before a name (``… Academy of Politics Nguyen Xuan Thang``)."""
    text = ("The Vietnam Office for Seeking Missing Persons met the U.S. MIA Office. Director of the Ho Chi "
            "Minh National Academy of Politics Nguyen Xuan Thang came.")
    found = entities(vnentities.extract(text, "2025-12-13", nlp=nlp_blank))
    assert [(label, name) for label, name, _ in found] == [
        ("ORG", "Vietnam Office for Seeking Missing Persons"), ("ORG", "U.S. MIA Office"),
        ("TITLE", "Director of the Ho Chi Minh National Academy of Politics"), ("PERSON", "Nguyen Xuan Thang"),
    ]


def test_a_working_group_named_by_its_topic_and_frelimo(nlp_blank):
    """``ADMM+ Experts’ Working Group on Peacekeeping Operations``: a topic head with the capitalised words and
    the plural possessive before it and its ``on`` subject, up to the next such body; Frelimo is known."""
    text = ("It works via the ADMM+ Experts’ Working Group on Peacekeeping Operations and the Experts' Working "
            "Group on Humanitarian Mine Action of the ADMM Plus. The Liberation Front of Mozambique (Frelimo) "
            "came.")
    found = entities(vnentities.extract(text, "2023-09-21", nlp=nlp_blank))
    frelimo = "Liberation Front of Mozambique"
    assert [(name, norm) for label, name, norm in found if label == "ORG"] == [
        ("ADMM+ Experts’ Working Group on Peacekeeping Operations",
         "ADMM+ Experts' Working Group on Peacekeeping Operations"),
        ("Experts' Working Group on Humanitarian Mine Action",
         "Experts' Working Group on Humanitarian Mine Action"),
        (frelimo, frelimo), ("Frelimo", frelimo),
    ]


def test_vietnamese_before_an_institution_stays_outside(nlp_blank):
    """``Vietnamese Level-2 Field Hospital Rotation 5``: the home nationality opening an institution is not in
    it; a hyphened one is (``Vietnamese-German University``), and so is a foreign one (``Lao People’s
    Army``)."""
    text = ("The Vietnamese Level-2 Field Hospital Rotation 5 met the Lao People’s Army and the "
            "Vietnamese-German University.")
    found = entities(vnentities.extract(text, "2023-06-03", nlp=nlp_blank), "ORG")
    assert [name for _, name, _ in found] == [
        "Level-2 Field Hospital Rotation 5", "Lao People’s Army", "Vietnamese-German University",
    ]


def test_a_defined_known_name_takes_its_norm_and_more_parties(nlp_blank):
    """``… of the Communist Party of Viet Nam (CPV)``: a long form the knowledge base knows, though inside a
    longer known name, gives the acronym its norm; the Lao Women's Union, the Indochinese Communist Party
    and Ethiopia's Prosperity Party are known; the Democratic Republic of Vietnam is a former country."""
    text = ("The Central Committee of the Communist Party of Viet Nam (CPV) met the Lao Women's Union. The "
            "Democratic Republic of Vietnam grew from the Indochinese Communist Party. The Prosperity Party "
            "came.")
    found = entities(vnentities.extract(text, "2025-04-14", nlp=nlp_blank))
    assert ("ORG", "CPV", "Communist Party of Vietnam") in found
    assert [name for label, name, _ in found if label == "ORG"][2:] == [
        "Lao Women's Union", "Indochinese Communist Party", "Prosperity Party",
    ]
    assert ("PLACE", "Democratic Republic of Vietnam", "VD") in found


def test_a_party_of_a_country_is_one_body(nlp_blank):
    """``Communist Party of Belarus``, ``Communist Youth League of the Philippines``: capitalised words, a party
    head and ``of <country>`` are one ORG named as written, the bare ``Party`` (the CPV) inside giving way; a
    name the knowledge base holds keeps its norm, and ``of`` with a city after it makes no party but an
    institution headed by ``League``, named as written."""
    text = ("Delegations of the Communist Party of Belarus, the Communist Youth League of the Philippines and "
            "the Communist Party of the Russian Federation met the Youth League of Hanoi.")
    found = entities(vnentities.extract(text, "2024-03-11", nlp=nlp_blank), "ORG")
    assert found == [
        ("ORG", "Communist Party of Belarus", "Communist Party of Belarus"),
        ("ORG", "Communist Youth League of the Philippines", "Communist Youth League of the Philippines"),
        ("ORG", "Communist Party of the Russian Federation", "Communist Party of the Russian Federation"),
        ("ORG", "Youth League of Hanoi", "Youth League of Hanoi"),
    ]


def test_a_unit_number_with_its_period_apart(nlp_blank):
    """``Level-2 Field Hospital No. 4``: ``No.``, split from its number, still numbers the institution, and
    the name is written ``No.4`` as when they are glued, so both spellings of one unit share a norm."""
    text = "Level-2 Field Hospital No. 4 took over from Level-2 Field Hospital No.3 in Bentiu."
    found = entities(vnentities.extract(text, "2022-06-22", nlp=nlp_blank), "ORG")
    assert found == [
        ("ORG", "Level-2 Field Hospital No. 4", "Level-2 Field Hospital No.4"),
        ("ORG", "Level-2 Field Hospital No.3", "Level-2 Field Hospital No.3"),
    ]


def test_a_foreign_ministry_of_several_portfolios(nlp_blank):
    """``Cambodian Ministry of Foreign Affairs and International Cooperation``: a known ministry after a
    foreign nationality goes on over portfolios joined by commas and ``and`` up to a portfolio word; not
    over another body (``… and Defence Industry Agency``), nor over a name (``… and Lounes Magramane``)."""
    text = ("The Cambodian Ministry of Foreign Affairs and International Cooperation met the Moroccan Ministry "
            "of Foreign Affairs, African Cooperation and Moroccan Expatriates, the Turkish Ministry of "
            "National Defence and Defence Industry Agency, and the Algerian Ministry of Foreign Affairs and "
            "Lounes Magramane.")
    found = entities(vnentities.extract(text, "2025-10-27", nlp=nlp_blank), "ORG")
    assert found == [
        ("ORG", "Cambodian Ministry of Foreign Affairs and International Cooperation",
         "Ministry of Foreign Affairs and International Cooperation of Cambodia"),
        ("ORG", "Moroccan Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates",
         "Ministry of Foreign Affairs, African Cooperation and Moroccan Expatriates of Morocco"),
        ("ORG", "Turkish Ministry of National Defence", "Ministry of National Defence of Turkey"),
        ("ORG", "Defence Industry Agency", "Defence Industry Agency"),
        ("ORG", "Algerian Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Algeria"),
    ]


def test_a_year_named_by_its_pair_both_ways(nlp_blank):
    """``Vietnam-Laos, Laos-Vietnam Friendship and Solidarity Year 2022``: the pair written the other way round
    and a comma before an event's pair are one EVENT with it; another pair before the comma is not."""
    text = ("The Vietnam-Laos, Laos-Vietnam Friendship and Solidarity Year 2022 began. Vietnam-Cambodia, "
            "Laos-Vietnam Friendship Year 2022 ended.")
    found = entities(vnentities.extract(text, "2022-06-02", nlp=nlp_blank))
    assert [(label, name) for label, name, _ in found] == [
        ("EVENT", "Vietnam-Laos, Laos-Vietnam Friendship and Solidarity Year 2022"),
        ("PLACE", "Vietnam"), ("PLACE", "Cambodia"), ("EVENT", "Laos-Vietnam Friendship Year 2022"),
    ]


def test_a_numbered_acronym_names_the_session(nlp_blank):
    """``41st General Assembly of ASEAN Inter-Parliamentary Assembly (AIPA 41)``: an acronym bracketed with a
    number names the session, an EVENT, though its letters spell the body after ``of``; it defines no
    ORG, and the bare acronym stays the body."""
    text = ("Vietnam chairs the 41st General Assembly of ASEAN Inter-Parliamentary Assembly (AIPA 41). AIPA 41 "
            "opened and AIPA members met.")
    found = entities(vnentities.extract(text, "2020-08-28", nlp=nlp_blank))
    assert [(label, name, norm) for label, name, norm in found if label in ("EVENT", "ORG")] == [
        ("EVENT", "41st General Assembly of ASEAN Inter-Parliamentary Assembly", None),
        ("EVENT", "AIPA 41", None), ("EVENT", "AIPA 41", None),
        ("ORG", "AIPA", "ASEAN Inter-Parliamentary Assembly"),
    ]


def test_a_bare_own_body_of_another_organisation(nlp_blank):
    """``Central Committee of the Ho Chi Minh Communist Youth Union``: ``Central Committee`` (alone, the CPV's)
    before ``of the <organisation>`` is that organisation's, one ORG named as written; alone it stays the
    CPV's, and the CPV's own full name keeps its norm."""
    text = ("He met the Central Committee of the Ho Chi Minh Communist Youth Union. The Central Committee of "
            "the Communist Party of Vietnam met. The Central Committee met.")
    found = entities(vnentities.extract(text, "2024-03-11", nlp=nlp_blank), "ORG")
    cpv = "Central Committee of the Communist Party of Vietnam"
    assert found == [
        ("ORG", "Central Committee of the Ho Chi Minh Communist Youth Union",
         "Central Committee of the Ho Chi Minh Communist Youth Union"),
        ("ORG", cpv, cpv), ("ORG", "Central Committee", cpv),
    ]


def test_the_municipal_body_of_the_last_city(nlp_blank):
    """``the municipal People’s Committee`` with no place written is that of the last Vietnamese province or
    centrally-run city named before it, named ``… City People's Committee`` (``the provincial`` names it
    ``… Provincial …``); the qualifier stays outside."""
    text = ("The ship docked in Ho Chi Minh City, where the crew met the municipal People’s Committee. In "
            "Khanh Hoa, they met the provincial People’s Committee.")
    found = entities(vnentities.extract(text, "2023-10-12", nlp=nlp_blank), "ORG")
    assert found == [
        ("ORG", "People’s Committee", "Ho Chi Minh City People's Committee"),
        ("ORG", "People’s Committee", "Khanh Hoa Provincial People's Committee"),
    ]


def test_the_municipal_body_of_a_merged_city_is_the_city_s(nlp_blank):
    """After a province merged into a centrally-run city, ``the municipal People’s Council`` is the city's,
    though the province was named last."""
    text = ("Hải Phòng City was formed by merging Hải Phòng with Hải Dương Province. Hiệu, former chairman of "
            "the Hải Dương People's Council, will chair the municipal People’s Council.")
    found = entities(vnentities.extract(text, "2025-06-30", nlp=nlp_blank), "ORG")
    assert found[-1] == ("ORG", "People’s Council", "Hai Phong City People's Council")


def test_a_local_body_of_a_province_named_after_it(nlp_blank):
    """``Border Guard Command of Dak Nong province``: a capitalised local body, ``of`` and a province are one
    ORG named as written (``province`` in lower case outside); not of a country, nor at the end of a longer
    name (``Vietnam Fatherland Front Committee of …``)."""
    text = ("The Border Guard Command of Dak Nong province met the Military Command of Mondulkiri and the "
            "People’s Committee of Hanoi. The Border Guard Command of Vietnam attended.")
    found = entities(vnentities.extract(text, "2022-08-31", nlp=nlp_blank))
    assert found == [
        ("ORG", "Border Guard Command of Dak Nong", "Border Guard Command of Dak Nong"),
        ("ORG", "Military Command of Mondulkiri", "Military Command of Mondulkiri"),
        ("ORG", "People’s Committee of Hanoi", "People's Committee of Hanoi"),
        ("ORG", "Border Guard Command", "Vietnam Border Guard"), ("PLACE", "Vietnam", "VN"),
    ]


def test_a_centre_is_an_institution(nlp_blank):
    """``Czech Cultural Center``, ``National Action Centre for Toxic Chemicals …``: capitalised words before
    ``Center`` or ``Centre`` (and its ``for`` complement) are an ORG named as written; a lower-case
    ``center`` names none."""
    text = ("They opened the Czech Cultural Center and the National Action Centre for Toxic Chemicals and "
            "Environmental Treatment. The center is new.")
    found = entities(vnentities.extract(text, "2023-04-22", nlp=nlp_blank), "ORG")
    assert [name for _, name, _ in found] == [
        "Czech Cultural Center", "National Action Centre for Toxic Chemicals and Environmental Treatment",
    ]


def test_more_known_names_and_a_foreign_senate(nlp_blank):
    """Knowledge base: ``Hanoitimes`` (The Hanoi Times as its site writes it) and the ``E3``; a foreign
    nationality before ``Senate`` names that country's senate."""
    text = "The Hanoitimes - The E3 note reached the Mexican Senate."
    found = entities(vnentities.extract(text, "2020-10-03", nlp=nlp_blank), "ORG")
    assert found == [
        ("ORG", "Hanoitimes", "The Hanoi Times"), ("ORG", "E3", "E3"),
        ("ORG", "Mexican Senate", "Senate of Mexico"),
    ]


def test_navies_before_a_ship(nlp_blank):
    """Knowledge base: the navies of the region's partners, so a navy stays an ORG before its ship's prefix
    (``Royal Australian Navy HMAS Toowoomba``), where no institution may end; the ship is none."""
    text = "The Royal Australian Navy HMAS Toowoomba and the US Navy destroyer docked. The RAN left."
    found = entities(vnentities.extract(text, "2023-10-12", nlp=nlp_blank))
    assert found == [
        ("ORG", "Royal Australian Navy", "Royal Australian Navy"), ("ORG", "US Navy", "United States Navy"),
        ("ORG", "RAN", "Royal Australian Navy"),
    ]


def test_a_party_named_by_capitalised_words_and_a_ruling_party_in_a_post(nlp_blank):
    """``the ruling Nur Otan Party``: capitalised words before ``Party`` are one ORG named as written, in a
    post's complement too (``ruling`` goes on with it); not with a place or nationality among them or a body
    or post after it, and a known party keeps its norm."""
    text = ("First Deputy Chairman of the ruling Nur Otan Party Bauyrzhan Baibek met the leaders of the "
            "Communist People's Party of Kazakhstan (KNPK) and the Hanoi Party Committee. The Cuban Party "
            "delegation and VGP - Party General Secretary Nguyen Phu Trong came.")
    found = entities(vnentities.extract(text, "2019-09-18", nlp=nlp_blank))
    assert [(label, name, norm) for label, name, norm in found if label in ("ORG", "TITLE")] == [
        ("TITLE", "First Deputy Chairman of the ruling Nur Otan Party", "Bauyrzhan Baibek"),
        ("ORG", "Communist People's Party of Kazakhstan", "Communist People's Party of Kazakhstan"),
        ("ORG", "KNPK", "Communist People's Party of Kazakhstan"),
        ("ORG", "Hanoi Party Committee", "Hanoi Party Committee"),
        ("ORG", "Party", "Communist Party of Cuba"),
        ("ORG", "VGP", "Viet Nam Government Portal"),
        ("TITLE", "Party General Secretary", "Nguyen Phu Trong"),
    ]


def test_a_national_body_listed_with_a_foreign_party_is_that_countrys(nlp_blank):
    """``the Party, State, National Assembly and people of Cuba``: the National Assembly is Cuba's, named as
    the knowledge base names it (as the ``Cuban National Assembly`` is); with Viet Nam's people it stays
    Viet Nam's."""
    text = ("He thanked the Party, State, National Assembly and people of Cuba. The Cuban National Assembly "
            "met. The Party, State, National Assembly and people of Vietnam agreed.")
    found = entities(vnentities.extract(text, "2025-09-30", nlp=nlp_blank), "ORG")
    cuba = "National Assembly of People's Power of Cuba"
    assert found == [
        ("ORG", "Party", "Communist Party of Cuba"), ("ORG", "National Assembly", cuba),
        ("ORG", "Cuban National Assembly", cuba),
        ("ORG", "Party", "Communist Party of Vietnam"),
        ("ORG", "National Assembly", "National Assembly of Vietnam"),
    ]


def test_a_hyphened_acronym_defines_a_long_form_after_a_country_pair(nlp_blank):
    """``Vietnam-Philippines Joint Permanent Working Group on Maritime and Ocean Concerns (JPWG-MOC)``: the
    acronym written as three words is one ORG, the long form's with its country pair; the ``MOC`` inside it
    is not the Ministry of Construction. A numbered bracket is still a session (``(AIPA 41)``)."""
    text = ("The 10th meeting of the Vietnam-Philippines Joint Permanent Working Group on Maritime and Ocean "
            "Concerns (JPWG-MOC) took place in Ha Long City. The 41st AIPA General Assembly (AIPA 41) opened.")
    found = entities(vnentities.extract(text, "2023-05-18", nlp=nlp_blank))
    group = "Vietnam-Philippines Joint Permanent Working Group on Maritime and Ocean Concerns"
    assert [(label, name, norm) for label, name, norm in found if label != "PLACE"] == [
        ("ORG", group, group), ("ORG", "JPWG-MOC", group),
        ("EVENT", "41st AIPA General Assembly", None), ("EVENT", "AIPA 41", None),
    ]


def test_party_before_plural_party_bodies_is_no_organisation(nlp_blank):
    """``the two offices of the Party Central Committees``: two parties' bodies, no ORG (not the CPV)."""
    text = "They shared experience between the two offices of the Party Central Committees."
    assert entities(vnentities.extract(text, "2023-02-18", nlp=nlp_blank), "ORG") == []


def test_plural_bodies_and_posts_are_no_base_model_organisations(nlp_sm):
    """``the two National Assemblies``, ``Ministries of Foreign Affairs``, ``General Secretaries``, ``People's
    Councils``: generic words with a plural head name several bodies or posts, not one ORG, whatever the base
    model calls them; a plural after ``of`` is inside one name (an association, named as written)."""
    text = ("The two National Assemblies, the two Ministries of Foreign Affairs and the People's Councils "
            "agreed, the two General Secretaries said. The National Association of Prefectural Assembly "
            "Chairpersons met.")
    found = entities(vnentities.extract(text, "2024-03-20", nlp=nlp_sm), "ORG")
    assert found == [
        ("ORG", "National Association of Prefectural Assembly Chairpersons",
         "National Association of Prefectural Assembly Chairpersons"),
    ]


def test_sessions_of_assemblies_events_with_plus_and_of_and_more_known_bodies(nlp_blank):
    """``UNGA 79``: an assembly's acronym and a number is a session, an EVENT; ``Plus`` (and a count after it)
    ends an event's name, and ``of`` may join two capitalised words of it (``Future of Asia Forum``), not
    after a body's head; a hyphened acronym is found again later (``EU-ABC``); ``Labs`` ends a company;
    knowledge base: the Hainan Maritime Safety Administration."""
    text = ("He attends the 79th session of the UN General Assembly (UNGA 79), the ASEAN Defence Ministers’ "
            "Meeting Plus, the ASEAN Post Ministerial Conference Plus One and the 29th Future of Asia Forum. "
            "The EU-ASEAN Business Council (EU-ABC) met; Jens Rubbert, Chairman of the EU-ABC, spoke. Photo by "
            "Planet Labs. Hainan Maritime Safety Administration warned ships.")
    found = entities(vnentities.extract(text, "2024-09-22", nlp=nlp_blank))
    assert [(label, name) for label, name, _ in found if label in ("ORG", "EVENT", "TITLE")] == [
        ("ORG", "UN General Assembly"), ("EVENT", "UNGA 79"),
        ("EVENT", "ASEAN Defence Ministers’ Meeting Plus"),
        ("EVENT", "ASEAN Post Ministerial Conference Plus One"),
        ("EVENT", "29th Future of Asia Forum"),
        ("ORG", "EU-ASEAN Business Council"), ("ORG", "EU-ABC"), ("TITLE", "Chairman of the EU-ABC"),
        ("ORG", "Planet Labs"), ("ORG", "Hainan Maritime Safety Administration"),
    ]


def test_a_known_long_form_names_its_acronym_and_military_units_by_number(nlp_blank):
    """``Party Central Committee (PCC)``: an acronym defined in the text by a known long form names every
    later mention so, over the knowledge base's own (Cuba's party), and its party body (``PCC Secretariat``)
    is the CPV's; ``Brigade 170`` and ``Flotilla 18`` are
    units with no military word before them, ``Economic Region 2`` none; the PLA Navy, ``Hanoimoi``."""
    text = ("Members of the Party Central Committee (PCC) met; the PCC Secretariat agreed. Brigade 170 and "
            "Flotilla 18 sailed past Economic Region 2 with the Navy of the Chinese People’s Liberation Army. "
            "Photo: Hanoimoi")
    found = entities(vnentities.extract(text, "2025-01-23", nlp=nlp_blank), "ORG")
    central = "Central Committee of the Communist Party of Vietnam"
    assert found == [
        ("ORG", "Party Central Committee", central), ("ORG", "PCC", central),
        ("ORG", "PCC Secretariat", "Secretariat of the Communist Party of Vietnam Central Committee"),
        ("ORG", "Brigade 170", "Brigade 170"), ("ORG", "Flotilla 18", "Flotilla 18"),
        ("ORG", "Navy of the Chinese People’s Liberation Army", "People's Liberation Army Navy"),
        ("ORG", "Hanoimoi", "Hanoi Moi"),
    ]


def test_a_home_body_of_vietnam_a_generic_school_and_more_known_bodies(nlp_blank):
    """``Ministry of Public Security of Vietnam``: a national body and ``of Vietnam`` are one ORG, Viet Nam's as
    it is; ``Primary School`` alone is generic; the NPC ``of the People's Republic of China`` (whose head names
    no event), the MRC Secretariat and ``baoquocte.vn`` are known."""
    text = ("The Ministry of Public Security of Vietnam met a delegation of the National People's Congress of "
            "the People's Republic of China Ji Bingxuan led. They gave gifts to the township’s Primary School. "
            "The MRC Secretariat agreed (Photo: baoquocte.vn).")
    found = entities(vnentities.extract(text, "2024-12-03", nlp=nlp_blank))
    assert [(label, name, norm) for label, name, norm in found if label in ("ORG", "EVENT")] == [
        ("ORG", "Ministry of Public Security of Vietnam", "Ministry of Public Security"),
        ("ORG", "National People's Congress of the People's Republic of China", "National People's Congress"),
        ("ORG", "MRC Secretariat", "Mekong River Commission Secretariat"),
        ("ORG", "baoquocte.vn", "The World & Vietnam Report"),
    ]


def test_an_event_after_a_bodys_possessive_and_asean_councils(nlp_blank):
    """``the CPV’s 14th National Congress``: the body owns the event after its possessive, as a place does;
    knowledge base: ASEAN's councils, the House of Councillors, China's National Immigration Administration."""
    text = ("He hailed the CPV’s 14th National Congress. The ASEAN Coordinating Council, the ASEAN Business "
            "Advisory Council, the House of Councillors and the National Immigration Administration of China "
            "met.")
    found = entities(vnentities.extract(text, "2026-01-30", nlp=nlp_blank))
    assert [(label, name) for label, name, _ in found] == [
        ("ORG", "CPV"), ("EVENT", "14th National Congress"), ("ORG", "ASEAN Coordinating Council"),
        ("ORG", "ASEAN Business Advisory Council"), ("ORG", "House of Councillors"),
        ("ORG", "National Immigration Administration of China"),
    ]


def test_an_owner_after_its_bracketed_acronym_and_knowledge_base_bodies(nlp_blank):
    """A possessive after a body's bracketed acronym ends the event's name; the Russian Federal Assembly, the
    Australian Labour Party (as written in British spelling), a mission to the UN and the ASEAN Economic
    Community are known bodies."""
    text = ("He attended the World Economic Forum (WEF)’s 16th Annual Meeting of the New Champions. He praised "
            "the Australian Labour Party and the Russian Federal Assembly's State Duma. Ambassador Dang Dinh "
            "Quy, head of the Vietnamese Permanent Mission to the UN, spoke.")
    doc = vnentities.extract(text, "2025-06-25", nlp=nlp_blank)
    assert entities(doc, "EVENT") == [("EVENT", "16th Annual Meeting of the New Champions", None)]
    assert entities(doc, "ORG") == [
        ("ORG", "World Economic Forum", "World Economic Forum"), ("ORG", "WEF", "World Economic Forum"),
        ("ORG", "Australian Labour Party", "Australian Labor Party"),
        ("ORG", "Russian Federal Assembly", "Federal Assembly of the Russian Federation"),
        ("ORG", "State Duma", "State Duma of the Federal Assembly of the Russian Federation"),
    ]
    assert ("TITLE", "head of the Vietnamese Permanent Mission to the UN", "Dang Dinh Quy") in entities(doc)
    doc = vnentities.extract("The tasks of the ASEAN Economic Community grew.", "2023-08-19", nlp=nlp_blank)
    assert entities(doc) == [("ORG", "ASEAN Economic Community", "ASEAN Economic Community")]


def test_a_holiday_with_its_year_is_an_event(nlp_blank):
    """``International Yoga Day 2020`` is one year's event; ``National Day`` without a year is the holiday."""
    text = "Regarding the International Yoga Day 2020, he spoke. Vietnam marked its 78th National Day."
    assert entities(vnentities.extract(text, "2020-02-27", nlp=nlp_blank)) == [
        ("EVENT", "International Yoga Day 2020", None), ("PLACE", "Vietnam", "VN"),
    ]


def test_sector_party_committees_companies_and_a_bodys_numbered_meeting(nlp_blank):
    """Capitalised words before ``Party Committee`` (no local body's) are one ORG; airlines and known
    companies are ORGs; a known acronym and a Roman numeral are a numbered meeting."""
    text = ("The Central Public Security Party Committee met. Qatar Airways, Hanwha and Lockheed Martin came. "
            "The APEC Business Advisory Council's third meeting (ABAC III) was held.")
    assert entities(vnentities.extract(text, "2025-07-15", nlp=nlp_blank)) == [
        ("ORG", "Central Public Security Party Committee", "Central Public Security Party Committee"),
        ("ORG", "Qatar Airways", "Qatar Airways"), ("ORG", "Hanwha", "Hanwha"),
        ("ORG", "Lockheed Martin", "Lockheed Martin"),
        ("ORG", "APEC Business Advisory Council", "APEC Business Advisory Council"),
        ("EVENT", "ABAC III", None),
    ]


def test_numbered_sessions_of_a_forum_and_numbered_hospitals(nlp_blank):
    """A forum's acronym and a number (glued or apart) is its session, an EVENT; a numbered hospital is an ORG
    even when its other words are generic; the Cold War is a historic event."""
    text = ("Members of the Asia Pacific Parliamentary Forum (APPF28) met at APPF 28 after the Cold War. "
            "Doctors of the Central Military Hospital 108 and Lao Central Military Hospital 103 met.")
    assert entities(vnentities.extract(text, "2020-01-15", nlp=nlp_blank)) == [
        ("ORG", "Asia Pacific Parliamentary Forum", "Asia-Pacific Parliamentary Forum"),
        ("EVENT", "APPF28", None), ("EVENT", "APPF 28", None), ("EVENT", "Cold War", None),
        ("ORG", "Central Military Hospital 108", "Central Military Hospital 108"),
        ("ORG", "Lao Central Military Hospital 103", "Lao Central Military Hospital 103"),
    ]


def test_a_general_consulate_and_energy_groups(nlp_blank):
    """``General Consulate`` is a consulate general; Petrovietnam's new name with ``Việt Nam`` and Petronas
    are known."""
    text = ("Ties between the Việt Nam National Industry - Energy Group and Malaysia’s Petronas group grew, "
            "helping the Cuba General Consulate in Hanoi.")
    assert entities(vnentities.extract(text, "2025-12-12", nlp=nlp_blank), "ORG") == [
        ("ORG", "Việt Nam National Industry - Energy Group", "Vietnam Oil and Gas Group"),
        ("ORG", "Petronas", "Petronas"),
        ("ORG", "Cuba General Consulate in Hanoi", "Consulate General of Cuba in Hanoi"),
    ]


def test_a_foreign_countrys_possessive_and_more_known_bodies(nlp_blank):
    """A foreign country's possessive makes a known national body that country's (a ministry outside the
    knowledge base stays as written); the CPI-M, Sumitomo and UNESCO written with a serial comma are known;
    ``Party Congresses`` at all levels are no ORG."""
    text = ("Thailand's Ministry of Defence and Egypt’s Ministry of Local Development met the Communist Party "
            "of India (Marxist) (CPI-M) and Sumitomo. The United Nations Educational, Scientific, and Cultural "
            "Organization agreed to organise Party Congresses at all levels.")
    assert entities(vnentities.extract(text, "2023-12-13", nlp=nlp_blank), "ORG") == [
        ("ORG", "Ministry of Defence", "Ministry of National Defence of Thailand"),
        ("ORG", "Ministry of Local Development", "Ministry of Local Development"),
        ("ORG", "Communist Party of India (Marxist)", "Communist Party of India (Marxist)"),
        ("ORG", "CPI-M", "Communist Party of India (Marxist)"), ("ORG", "Sumitomo", "Sumitomo Corporation"),
        ("ORG", "United Nations Educational, Scientific, and Cultural Organization",
         "United Nations Educational, Scientific and Cultural Organization"),
    ]


def test_a_company_known_with_its_suffix_keeps_its_norm(nlp_blank):
    """A company known with its suffix keeps the knowledge base's norm (``LG Group`` → ``LG``, Viettel's long
    name → ``Viettel Group``); an unknown one is named as written."""
    text = "The Military Industry-Telecoms Group, LG Group and Partron Vina exhibited."
    assert entities(vnentities.extract(text, "2024-11-19", nlp=nlp_blank), "ORG") == [
        ("ORG", "Military Industry-Telecoms Group", "Viettel Group"), ("ORG", "LG Group", "LG"),
        ("ORG", "Partron Vina", "Partron Vina"),
    ]


def test_chapters_of_fronts_foreign_commands_and_friendship_groups(nlp_blank):
    """A front, its acronym and ``Committee of <place>`` are its chapter there (the place apart); a known
    command before another body's ``of`` is that body's; a country pair's ``Friendship Parliamentarians’
    Group`` keeps its ``of …`` complement over a bracketed acronym; ``Province`` may stand before a local
    body; ``Rally`` heads a party the text defines."""
    text = ("The Vietnam Fatherland Front (VFF) Committee of Dong Thap province met the Border Guard High "
            "Command of the Lao People’s Army, the China-Vietnam Friendship Parliamentarians’ Group of the "
            "National People’s Congress (NPC) of China, the Quảng Trị Province Border Guard Command and the "
            "Rally of Houphouëtists for Democracy and Peace (RHDP).")
    assert entities(vnentities.extract(text, "2024-12-14", nlp=nlp_blank)) == [
        ("ORG", "Vietnam Fatherland Front (VFF) Committee", "Vietnam Fatherland Front Committee of Dong Thap"),
        ("PLACE", "Dong Thap", "Dong Thap"),
        ("ORG", "Border Guard High Command of the Lao People’s Army",
         "Border Guard High Command of the Lao People's Army"),
        ("ORG",
         "China-Vietnam Friendship Parliamentarians’ Group of the National People’s Congress (NPC) of China",
         "China-Vietnam Friendship Parliamentarians' Group of the National People's Congress of China"),
        ("ORG", "Quảng Trị Province Border Guard Command", "Quang Tri Province Border Guard Command"),
        ("ORG", "Rally of Houphouëtists for Democracy and Peace",
         "Rally of Houphouetists for Democracy and Peace"),
        ("ORG", "RHDP", "Rally of Houphouetists for Democracy and Peace"),
    ]


def test_party_after_two_countries_possessive_is_no_organisation(nlp_blank):
    """After ``the two countries'`` a bare ``Party`` is both countries' parties; alone it is the CPV."""
    text = "The two countries' high-ranking Party and State leaders met. The Party leads."
    assert entities(vnentities.extract(text, "2025-03-26", nlp=nlp_blank), "ORG") == [
        ("ORG", "Party", "Communist Party of Vietnam"),
    ]


def test_a_holidays_year_and_an_organisations_organs(nlp_blank):
    """A holiday with its year is that year's event, not the holiday before another head; a known
    organisation and capitalised words ending in a body's head (with its ``of`` complement, not its term)
    are one ORG."""
    text = ("On the Lunar New Year 2025, before the Lunar New Year Festival, Vietnam joined the UNESCO "
            "Executive Board and the UNESCO Intergovernmental Committee of the 2003 Convention for the "
            "Safeguarding of the Intangible Cultural Heritage for the 2021-2025 tenure.")
    assert [e for e in entities(vnentities.extract(text, "2025-01-27", nlp=nlp_blank)) if e[0] != "PLACE"] == [
        ("EVENT", "Lunar New Year 2025", None), ("ORG", "UNESCO Executive Board", "UNESCO Executive Board"),
        ("ORG", "UNESCO Intergovernmental Committee of the 2003 Convention for the Safeguarding of the "
         "Intangible Cultural Heritage", "UNESCO Intergovernmental Committee of the 2003 Convention for the "
         "Safeguarding of the Intangible Cultural Heritage"),
        ("DATE", "2021-2025", "2021/2025"),
    ]


def test_no_long_form_across_an_article_and_party_before_its_work_in_any_case(nlp_blank):
    """An acronym's long form holds no ``a`` (``Dũng received a delegation from …``: no long form of
    ``DVG``); ``Party`` before ``channel``, ``Secretaries`` or a capitalised ``Committees`` is a modifier."""
    text = ("Deputy Prime Minister Nguyễn Chí Dũng received a delegation from the Germany–Vietnam Friendship "
            "Association (DVG). Cooperation through the Party channel grew, as the provincial Party "
            "Secretaries and the Party Committees of Hanoi and La Habana agreed.")
    assert entities(vnentities.extract(text, "2025-10-17", nlp=nlp_blank))[:3] == [
        ("TITLE", "Deputy Prime Minister", "Nguyen Chi Dung"), ("PERSON", "Nguyễn Chí Dũng", "Nguyen Chi Dung"),
        ("ORG", "Germany–Vietnam Friendship Association", "Germany-Vietnam Friendship Association"),
    ]
    assert not entities(vnentities.extract(text, "2025-10-17", nlp=nlp_blank), "ORG")[1:]


def test_a_company_suffix_after_an_organisation_and_local_bodies_listed_after_one(nlp_blank):
    """``Co. Ltd.`` after an organisation goes on its name; local bodies listed right after a place's local
    body are that place's."""
    text = ("The China Energy International Group Co. Ltd. met the Ho Chi Minh City Party Committee, People's "
            "Council and People's Committee.")
    assert entities(vnentities.extract(text, "2025-01-14", nlp=nlp_blank)) == [
        ("ORG", "China Energy International Group Co. Ltd.", "China Energy International Group Co. Ltd."),
        ("ORG", "Ho Chi Minh City Party Committee", "Ho Chi Minh City Party Committee"),
        ("ORG", "People's Council", "Ho Chi Minh City People's Council"),
        ("ORG", "People's Committee", "Ho Chi Minh City People's Committee"),
    ]


def test_a_mission_in_a_country_written_with_the(nlp_blank):
    """``Vietnamese Embassy in the UK``: ``in the`` and a country end the mission's name."""
    text = "A reception was hosted by the Vietnamese Embassy in the UK and the Embassy of Vietnam in the US."
    assert entities(vnentities.extract(text, "2025-02-21", nlp=nlp_blank)) == [
        ("ORG", "Vietnamese Embassy in the UK", "Embassy of Vietnam in the United Kingdom"),
        ("ORG", "Embassy of Vietnam in the US", "Embassy of Vietnam in the United States"),
    ]


def test_more_known_bodies_the_clcs_the_peace_corps_and_vusta(nlp_blank):
    """Knowledge base: the UN Commission on the Limits of the Continental Shelf (its acronym too, no PLACE
    inside), the Peace Corps, the Vietnam Union of Science and Technology Associations (inside a title's
    complement), the Vietnamese Revolutionary Youth League and Hanoi Moi's web address in a credit."""
    text = ("Vietnam submitted to the United Nations Commission on the Limits of the Continental Shelf (CLCS). "
            "The Peace Corps will return. Phan Xuan Dung, Chairman of the Vietnam Union of Science and "
            "Technology Associations, visited the Vietnamese Revolutionary Youth League relic site (Photo: "
            "hanoimoi.com.vn).")
    assert entities(vnentities.extract(text, "2021-04-01", nlp=nlp_blank)) == [
        ("PLACE", "Vietnam", "VN"),
        ("ORG", "United Nations Commission on the Limits of the Continental Shelf",
         "Commission on the Limits of the Continental Shelf"),
        ("ORG", "CLCS", "Commission on the Limits of the Continental Shelf"),
        ("ORG", "Peace Corps", "Peace Corps"),
        ("PERSON", "Phan Xuan Dung", "Phan Xuan Dung"),
        ("TITLE", "Chairman of the Vietnam Union of Science and Technology Associations", "Phan Xuan Dung"),
        ("ORG", "Vietnamese Revolutionary Youth League", "Vietnamese Revolutionary Youth League"),
        ("ORG", "hanoimoi.com.vn", "Hanoi Moi"),
    ]


def test_the_coast_guard_command_is_the_vietnam_coast_guard(nlp_blank):
    """``Coast Guard Command`` is the Vietnam Coast Guard, as ``Border Guard Command`` is the Border Guard;
    the China Coast Guard stays itself."""
    text = "He is an officer of the Coast Guard Command. China Coast Guard ships left."
    assert entities(vnentities.extract(text, "2024-01-12", nlp=nlp_blank)) == [
        ("ORG", "Coast Guard Command", "Vietnam Coast Guard"),
        ("ORG", "China Coast Guard", "China Coast Guard"),
    ]


def test_a_partys_acronym_between_its_name_and_its_country(nlp_blank):
    """``Labour Party (PT) of Mexico``: the bracketed acronym stays in the party's span and names it later;
    a lone head spells no acronym (``PT`` is not ``Party``, the CPV)."""
    text = "A delegation of the Labour Party (PT) of Mexico visited. The PT and the CPV agreed."
    assert entities(vnentities.extract(text, "2019-08-29", nlp=nlp_blank)) == [
        ("ORG", "Labour Party (PT) of Mexico", "Labour Party of Mexico"),
        ("ORG", "PT", "Labour Party of Mexico"),
        ("ORG", "CPV", "Communist Party of Vietnam"),
    ]


def test_more_known_names_wvr_g20_scov_the_naval_high_command_and_a_year_before_a_holiday(nlp_blank):
    """Knowledge base: ``WVR``, ``Group of 20``, ``State Commission for Overseas Vietnamese``, ``Naval High
    Command``; ``the 2026 Lunar New Year`` is that year's EVENT, as ``Lunar New Year 2026`` is."""
    text = ("WVR/VNA - The Group of 20 met the State Commission for Overseas Vietnamese (SCOV) and the Naval "
            "High Command on the occasion of the 2026 Lunar New Year.")
    assert entities(vnentities.extract(text, "2026-02-05", nlp=nlp_blank)) == [
        ("ORG", "WVR", "The World & Vietnam Report"), ("ORG", "VNA", "Vietnam News Agency"),
        ("ORG", "Group of 20", "Group of Twenty"),
        ("ORG", "State Commission for Overseas Vietnamese", "State Committee for Overseas Vietnamese Affairs"),
        ("ORG", "SCOV", "State Committee for Overseas Vietnamese Affairs"),
        ("ORG", "Naval High Command", "Vietnam People's Navy"),
        ("EVENT", "2026 Lunar New Year", None),
    ]


@pytest.mark.parametrize(
    "name",
    ["Vietnam-Russia Intergovernmental Committee for Economic, Scientific and Technical Cooperation",
     "Vietnam-Russia Intergovernmental Committee for Economic, Scientific, and Technical Cooperation",
     "Vietnam-Cuba Intergovernmental Committee for Economic, Trade, Scientific and Technical Cooperation"],
)
def test_a_list_of_portfolios_completes_a_paired_body(nlp, name):
    """Portfolio words listed with commas (an Oxford comma too) and ``and`` stay in the body's name."""
    doc = vnentities.extract(f"The {name} met in Hanoi.", "2024-05-01", nlp=nlp)
    assert entities(doc, "ORG") == [("ORG", name, name)]


def test_a_portfolio_list_ends_before_the_name_after_it(nlp):
    """After a listed complement a holder's name starts: it is not a word of the body."""
    text = ("Chairman of the National Assembly Committee for Science, Technology and Environment Phan Xuan "
            "Dung spoke.")
    assert entities(vnentities.extract(text, "2021-04-01", nlp=nlp), "TITLE") == [
        ("TITLE", "Chairman of the National Assembly Committee for Science, Technology and Environment",
         "Phan Xuan Dung"),
    ]


def test_foreign_authorities_boards_chambers_and_national_committees(nlp_blank):
    """``Authority``, ``Board`` and ``Chamber`` head an institution; ``Committee``, ``Council`` and
    ``Commission`` only after a foreign country or nationality, never alone or after Vietnam."""
    text = ("The Qatar Investment Authority, the Thailand Board of Investment, the Lao National Chamber of "
            "Commerce and Industry, the Cambodia Development Council, the Cambodia National Committee for "
            "Maritime Security and the China Securities Regulatory Commission met the Steering Committee and "
            "the Vietnam Sub-Committee.")
    assert entities(vnentities.extract(text, "2024-05-01", nlp=nlp_blank), "ORG") == [
        ("ORG", name, name) for name in (
            "Qatar Investment Authority", "Thailand Board of Investment",
            "Lao National Chamber of Commerce and Industry", "Cambodia Development Council",
            "Cambodia National Committee for Maritime Security", "China Securities Regulatory Commission")
    ]


def test_committees_named_by_two_words_or_more(nlp_blank):
    """``Committee``, ``Council`` or ``Commission`` after two capitalised words or more, none of them a known
    body or a country, is a body named as written; a country in its complement is taken whole."""
    text = ("A delegation of the Foreign Policy Advisory Committee under China’s Ministry of Foreign Affairs "
            "and the Scientific Advisory Council met the Steering Committee. The State Affairs Commission of "
            "the Democratic People’s Republic of Korea Kim Jong-un chairs met too.")
    assert entities(vnentities.extract(text, "2025-06-21", nlp=nlp_blank), "ORG") == [
        ("ORG", "Foreign Policy Advisory Committee", "Foreign Policy Advisory Committee"),
        ("ORG", "Ministry of Foreign Affairs", "Ministry of Foreign Affairs of China"),
        ("ORG", "Scientific Advisory Council", "Scientific Advisory Council"),
        ("ORG", "State Affairs Commission of the Democratic People’s Republic of Korea",
         "State Affairs Commission of the Democratic People's Republic of Korea"),
    ]


def test_departments_named_by_two_words_or_more(nlp_blank):
    """``Department`` after two capitalised words or more names a body as written, not after one alone."""
    text = "The Plant Protection Department and the General Police Department met the Lands Department."
    assert entities(vnentities.extract(text, "2022-07-13", nlp=nlp_blank), "ORG") == [
        ("ORG", "Plant Protection Department", "Plant Protection Department"),
        ("ORG", "General Police Department", "General Police Department"),
    ]


def test_committees_with_a_complement(nlp_blank):
    """With an ``of``/``for``/``on`` complement of capitalised words, one capitalised word before
    ``Committee`` names a body; ``of`` joins inside the complement but owns no country, and a calendar word
    is no part of it, nor a person's name after it; ``of`` after the one word opens no body."""
    text = ("The National Steering Committee on the Settlement of Post-War UXO and Toxic Chemical Consequences "
            "and the Steering Committee for Southwest Region of Vietnam met the National Committee on Digital "
            "Transformation. The Steering Committee on Monday approved it. Head of the Steering Committee for "
            "Southwest Region Tran Van Son met President of the Regional Council of Ile-de-France Valérie "
            "Pécresse.")
    doc = vnentities.extract(text, "2025-11-24", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "Head of the Steering Committee for Southwest Region", "Tran Van Son"),
        ("TITLE", "President of the Regional Council of Ile-de-France", "Valerie Pecresse"),
    ]
    assert entities(doc, "ORG") == [
        ("ORG", "National Steering Committee on the Settlement of Post-War UXO and Toxic Chemical Consequences",
         "National Steering Committee on the Settlement of Post-War UXO and Toxic Chemical Consequences"),
        ("ORG", "Steering Committee for Southwest Region", "Steering Committee for Southwest Region"),
        ("ORG", "National Committee on Digital Transformation", "National Committee on Digital Transformation"),
    ]


def test_knowledge_base_of_the_sixty_second_batch(nlp_blank):
    """Development lenders (``AFD``, ``KEXIM``, ``KfW``), ASEAN's community pillars named alone, and the
    legislatures called ``Congress`` (``National Congress of Brazil``, an ORG, no EVENT)."""
    text = ("The AFD, the Korea Export-Import Bank (KEXIM) and KfW funded it; the Political-Security Community "
            "and the National Congress of Brazil were named.")
    assert entities(vnentities.extract(text, "2025-11-18", nlp=nlp_blank)) == [
        ("ORG", "AFD", "French Development Agency"),
        ("ORG", "Korea Export-Import Bank", "Export-Import Bank of Korea"),
        ("ORG", "KEXIM", "Export-Import Bank of Korea"),
        ("ORG", "KfW", "KfW"),
        ("ORG", "Political-Security Community", "ASEAN Political-Security Community"),
        ("ORG", "National Congress of Brazil", "National Congress of Brazil"),
    ]


def test_knowledge_base_of_the_sixty_third_batch(nlp_blank):
    """The AHA Centre by its short name, Japan's Cabinet Office, the National Assembly's committee by its
    newer name ``Committee for Foreign Affairs``."""
    text = "The AHA Center, the Cabinet Office and the NA’s Committee for Foreign Affairs met."
    assert entities(vnentities.extract(text, "2024-09-14", nlp=nlp_blank)) == [
        ("ORG", "AHA Center", "ASEAN Coordinating Center for Humanitarian Assistance on Disaster Management"),
        ("ORG", "Cabinet Office", "Cabinet Office"),
        ("ORG", "NA’s Committee for Foreign Affairs", "National Assembly's Committee for External Relations"),
    ]


def test_ai_is_no_base_model_name(nlp_sm):
    """``AI``, whatever the base model calls it, is no entity."""
    text = "NVIDIA will build an AI research centre and an AI data centre in Vietnam."
    assert [e for e in entities(vnentities.extract(text, "2024-12-05", nlp=nlp_sm)) if e[1] == "AI"] == []


def test_knowledge_base_of_the_sixty_fourth_batch(nlp_blank):
    """Korea's HRD service by its short name, Vietnam Pictorial, the region ``Central Viet Nam``; a foreign
    local body before ``of the Republic of Korea`` is no Belarusian ``Council of the Republic``."""
    text = ("HRD Korea, Vietnam Pictorial and a delegation from the Busan Metropolitan Council of the Republic "
            "of Korea met in Central Viet Nam.")
    assert entities(vnentities.extract(text, "2025-09-17", nlp=nlp_blank)) == [
        ("ORG", "HRD Korea", "Human Resources Development Service of Korea"),
        ("ORG", "Vietnam Pictorial", "Vietnam Pictorial"),
        ("ORG", "Busan Metropolitan Council", "Busan Metropolitan Council"),
        ("PLACE", "Republic of Korea", "KR"),
        ("PLACE", "Central Viet Nam", "Central Vietnam"),
    ]


def test_knowledge_base_of_the_sixty_fifth_batch(nlp_blank):
    """Russia's Zarubezhneft and its joint ventures, Türkiye's ruling party (its country's spelling aside)."""
    text = "Zarubezhneft, Vietsovpetro and Rusvietpetro met the Justice and Development Party of Türkiye."
    assert entities(vnentities.extract(text, "2023-11-29", nlp=nlp_blank)) == [
        ("ORG", "Zarubezhneft", "Zarubezhneft JSC"),
        ("ORG", "Vietsovpetro", "Vietsovpetro"),
        ("ORG", "Rusvietpetro", "Rusvietpetro"),
        ("ORG", "Justice and Development Party of Türkiye", "Justice and Development Party of Turkey"),
    ]


def test_an_ordinal_and_a_lower_case_word_before_a_paired_event(nlp_blank):
    """``29th annual Vietnam-Laos border meeting``: one lower-case word may stand between the ordinal and the
    pair."""
    text = "The 29th annual Vietnam-Laos border meeting took place in Hanoi."
    assert entities(vnentities.extract(text, "2019-12-26", nlp=nlp_blank), "EVENT") == [
        ("EVENT", "29th annual Vietnam-Laos border meeting", None)]


def test_knowledge_base_of_the_sixty_sixth_batch(nlp_blank):
    """Rosatom; Japan's Kansai region and ``Southern India``; ``Technological`` in a body's portfolio list."""
    text = ("Rosatom and the Joint Commission for Economic, Scientific and Technological Cooperation met in "
            "the Kansai region and Southern India.")
    assert entities(vnentities.extract(text, "2023-07-08", nlp=nlp_blank)) == [
        ("ORG", "Rosatom", "Rosatom"),
        ("ORG", "Joint Commission for Economic, Scientific and Technological Cooperation",
         "Joint Commission for Economic, Scientific and Technological Cooperation"),
        ("PLACE", "Kansai region", "Kansai"),
        ("PLACE", "Southern India", "South India"),
    ]


def test_knowledge_base_of_the_sixty_seventh_batch(nlp_blank):
    """Viet Nam's national Mekong committee under the name the press gives it, the MRC Council, the Chinese
    Navy."""
    text = "The Vietnam Mekong River Commission (VMRC), the MRC Council and the Chinese Navy met."
    assert entities(vnentities.extract(text, "2019-12-03", nlp=nlp_blank)) == [
        ("ORG", "Vietnam Mekong River Commission", "Viet Nam National Mekong Committee"),
        ("ORG", "VMRC", "Viet Nam National Mekong Committee"),
        ("ORG", "MRC Council", "Mekong River Commission Council"),
        ("ORG", "Chinese Navy", "People's Liberation Army Navy"),
    ]


def test_knowledge_base_of_the_sixty_eighth_batch(nlp_blank):
    """Cuba's friendship institute under its Spanish acronym, the Military Medical Academy (all of its words
    generic), and a known name with a comma before the ``and`` closing its list."""
    text = ("The Cuban Institute of Friendship with the Peoples (ICAP) thanked the Military Medical Academy. "
            "ICAP and the Ministry of Labour, Invalids, and Social Affairs (MoLISA) signed it.")
    icap = "Cuban Institute of Friendship with the Peoples"
    molisa = "Ministry of Labour, Invalids and Social Affairs"
    assert entities(vnentities.extract(text, "2023-09-15", nlp=nlp_blank)) == [
        ("ORG", icap, icap),
        ("ORG", "ICAP", icap),
        ("ORG", "Military Medical Academy", "Military Medical Academy"),
        ("ORG", "ICAP", icap),
        ("ORG", "Ministry of Labour, Invalids, and Social Affairs", molisa),
        ("ORG", "MoLISA", molisa),
    ]


def test_knowledge_base_of_the_sixty_ninth_batch(nlp_blank):
    """``KEXIM Bank``, the East-West Economic Corridor and its acronym, ``South-east Asia``; a standing or
    executive board with no name of its own is no ORG."""
    text = ("KEXIM Bank funds the East-West Economic Corridor (EWEC) in South-east Asia. Ngoc joined the Ha "
            "Noi Party Committee and its Standing Board; a 38-member Executive Board of the association was "
            "elected.")
    assert entities(vnentities.extract(text, "2025-03-28", nlp=nlp_blank)) == [
        ("ORG", "KEXIM Bank", "Export-Import Bank of Korea"),
        ("PLACE", "East-West Economic Corridor", "East-West Economic Corridor"),
        ("PLACE", "EWEC", "East-West Economic Corridor"),
        ("PLACE", "South-east Asia", "Southeast Asia"),
        ("ORG", "Ha Noi Party Committee", "Ha Noi Party Committee"),
    ]


def test_knowledge_base_of_the_seventieth_batch(nlp_blank):
    """Religious bodies, mass organisations' foreign counterparts, India's trade remedies directorate and a
    bare ``nhandan`` credit."""
    text = ("The Vietnam Buddhist Sangha, the Catholic Church, the Lao Federation of Trade Unions (LFTU), the "
            "Women's International Democratic Federation, the CYLC and India's DGTR met. (Source: nhandan)")
    assert entities(vnentities.extract(text, "2025-04-14", nlp=nlp_blank), "ORG") == [
        ("ORG", "Vietnam Buddhist Sangha", "Vietnam Buddhist Sangha"),
        ("ORG", "Catholic Church", "Catholic Church"),
        ("ORG", "Lao Federation of Trade Unions", "Lao Federation of Trade Unions"),
        ("ORG", "LFTU", "Lao Federation of Trade Unions"),
        ("ORG", "Women's International Democratic Federation", "Women's International Democratic Federation"),
        ("ORG", "CYLC", "Communist Youth League of China"),
        ("ORG", "DGTR", "Directorate General of Trade Remedies"),
        ("ORG", "nhandan", "Nhan Dan"),
    ]


def test_an_ordinal_numbers_a_plus_meeting_and_the_seventy_first_batch_bodies(nlp_blank):
    """``11th ADMM+`` and ``11th ADMM-Plus`` are one EVENT each; the Asia Zero Emission Community is
    known."""
    text = "It set the agenda of the 11th ADMM+ and the 12th ADMM-Plus with the Asia Zero Emission Community."
    assert entities(vnentities.extract(text, "2024-11-20", nlp=nlp_blank)) == [
        ("EVENT", "11th ADMM+", None),
        ("EVENT", "12th ADMM-Plus", None),
        ("ORG", "Asia Zero Emission Community", "Asia Zero Emission Community"),
    ]


def test_bodies_of_the_seventy_second_batch(nlp_blank):
    """A paired committee's ``on`` complement holding a list goes on before a lower-case word; an acronym's
    session number closes a committee's complement; ``Federal`` opens a ministry named head first."""
    text = ("Ha will co-chair the Vietnam-Netherlands Intergovernmental Committee on Climate Change Adaptation "
            "and Water Management slated for June. The Organising Committee for AIPA 41 met the Federal "
            "Ministry of Education and Research.")
    assert entities(vnentities.extract(text, "2023-06-24", nlp=nlp_blank), "ORG") == [
        ("ORG", "Vietnam-Netherlands Intergovernmental Committee on Climate Change Adaptation and Water "
         "Management", "Vietnam-Netherlands Intergovernmental Committee on Climate Change Adaptation and "
         "Water Management"),
        ("ORG", "Organising Committee for AIPA 41", "Organising Committee for AIPA 41"),
        ("ORG", "Federal Ministry of Education and Research", "Federal Ministry of Education and Research"),
    ]


def test_knowledge_base_of_the_seventy_third_batch(nlp_blank):
    """China's customs administration and procuratorate, PV Gas and the Baoquocte credit; a procurator-general's
    post with its hyphen."""
    text = ("GACC Commissioner Sun Meijun met PV Gas. Procurator-General Nguyen Huy Tien met "
            "Procurator-General of the Supreme People's Procuratorate of China Ying Yong. (Source: Baoquocte)")
    doc = vnentities.extract(text, "2025-06-02", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "GACC Commissioner", "Sun Meijun"),
        ("TITLE", "Procurator-General", "Nguyen Huy Tien"),
        ("TITLE", "Procurator-General of the Supreme People's Procuratorate of China", "Ying Yong"),
    ]
    assert entities(doc, "ORG") == [
        ("ORG", "PV Gas", "PetroVietnam Gas Joint Stock Corporation"),
        ("ORG", "Baoquocte", "The World & Vietnam Report"),
    ]


def test_a_national_body_right_after_a_foreign_country_is_that_countrys(nlp_blank):
    """A known national body right after a foreign country (no possessive) takes it in and is its body;
    Viet Nam's stays as it is."""
    text = ("He met the RoK NA delegation, the Japan Ministry of Foreign Affairs and the Vietnam National "
            "Assembly.")
    assert entities(vnentities.extract(text, "2023-09-14", nlp=nlp_blank), "ORG") == [
        ("ORG", "RoK NA", "National Assembly of the Republic of Korea"),
        ("ORG", "Japan Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Japan"),
        ("ORG", "Vietnam National Assembly", "National Assembly of Vietnam"),
    ]


def test_an_event_name_ends_at_a_line_end_and_an_ordinal_numbers_a_meeting_acronym(nlp_blank):
    """An event's complement does not run onto the next line; ``14th AMMTC``: an ordinal and a meeting's
    acronym are one EVENT."""
    text = ("Results of the Conference of the Hanoi Convention\nThe Ministry of Public Security hosted the "
            "14th AMMTC.")
    assert entities(vnentities.extract(text, "2025-10-26", nlp=nlp_blank)) == [
        ("EVENT", "Conference of the Hanoi Convention", None),
        ("ORG", "Ministry of Public Security", "Ministry of Public Security"),
        ("EVENT", "14th AMMTC", None),
    ]


def test_knowledge_base_of_the_fifty_seventh_batch(nlp_blank):
    """US departments beyond the first four, the Council for the Development of Cambodia, Da Nang Today (in a
    byline's capitals too) and the China-ASEAN trade fairs."""
    text = ("By DA NANG Today\nThe US Department of Energy and the Council for the Development of Cambodia "
            "attended the 19th CAEXPO and CABIS in Nanning, then the Canton Fair and CIIE 2024.")
    assert entities(vnentities.extract(text, "2024-05-01", nlp=nlp_blank)) == [
        ("ORG", "DA NANG Today", "Da Nang Today"),
        ("ORG", "US Department of Energy", "United States Department of Energy"),
        ("ORG", "Council for the Development of Cambodia", "Council for the Development of Cambodia"),
        ("EVENT", "CAEXPO", None), ("EVENT", "CABIS", None), ("PLACE", "Nanning", "Nanning"),
        ("EVENT", "Canton Fair", None), ("EVENT", "CIIE 2024", None),
    ]


def test_ruling_parties_and_coalitions_of_the_region(nlp_blank):
    """Malaysia's, Thailand's and Indonesia's ruling parties and coalitions are known, a bracketed
    translation naming the same coalition."""
    text = ("Anwar Ibrahim leads Pakatan Harapan (Alliance of Hope) with the Barisan Nasional. The Bhumjaithai "
            "Party and NasDem joined.")
    assert entities(vnentities.extract(text, "2024-05-01", nlp=nlp_blank), "ORG") == [
        ("ORG", "Pakatan Harapan", "Pakatan Harapan"), ("ORG", "Alliance of Hope", "Pakatan Harapan"),
        ("ORG", "Barisan Nasional", "Barisan Nasional"), ("ORG", "Bhumjaithai Party", "Bhumjaithai Party"),
        ("ORG", "NasDem", "NasDem Party"),
    ]


def test_an_assembly_numbered_before_of_and_its_organisation(nlp_blank):
    """``147th Assembly of the Inter-Parliamentary Union`` is an EVENT; a legislature's term is not."""
    text = "He attended the 147th Assembly of the Inter-Parliamentary Union. The 15th Assembly of Vietnam met."
    assert entities(vnentities.extract(text, "2023-10-26", nlp=nlp_blank), "EVENT") == [
        ("EVENT", "147th Assembly of the Inter-Parliamentary Union", None),
    ]


def test_local_and_foreign_bodies_of_the_fifty_eighth_batch(nlp_blank):
    """A foreign nationality before ``Assembly`` names that country's; a province before a head-first body
    owns it; ``the city’s Party Committee`` is the city's; ``Armed Forces`` head a body (not alone); a
    division of a corps is one unit; ``with`` and a place complete a committee's name."""
    text = ("Mozambican Assembly President Esperanca Bias met the Cuban Revolutionary Armed Forces. "
            "Secretary of the Hanoi Party Committee Dinh Tien Dung praised the Ho Chi Minh City Committee for "
            "Overseas Vietnamese and the city’s Party Committee. He visited Division 308 of Army Corps 1, the "
            "Armed Forces and the Committee for Solidarity with South Vietnam.")
    assert entities(vnentities.extract(text, "2024-03-06", nlp=nlp_blank), "ORG") == [
        ("ORG", "Cuban Revolutionary Armed Forces", "Cuban Revolutionary Armed Forces"),
        ("ORG", "Ho Chi Minh City Committee for Overseas Vietnamese",
         "Ho Chi Minh City Committee for Overseas Vietnamese"),
        ("ORG", "Party Committee", "Hanoi Party Committee"),
        ("ORG", "Division 308 of Army Corps 1", "Division 308 of Army Corps 1"),
        ("ORG", "Committee for Solidarity with South Vietnam", "Committee for Solidarity with South Vietnam"),
    ]
    titles = entities(vnentities.extract(text, "2024-03-06", nlp=nlp_blank), "TITLE")
    assert titles[0] == ("TITLE", "Mozambican Assembly President", "Esperanca Bias")


def test_knowledge_base_of_the_fifty_eighth_batch(nlp_blank):
    """The National Assembly's website, MOFA's Consular Department and ``South Liberation``."""
    text = ("Photo: Quochoi.vn\nThe Consular Department helped citizens. They marked 50 years of the South "
            "Liberation and National Reunification.")
    assert entities(vnentities.extract(text, "2024-03-06", nlp=nlp_blank)) == [
        ("ORG", "Quochoi.vn", "National Assembly of Vietnam"),
        ("ORG", "Consular Department", "Consular Department"),
        ("EVENT", "South Liberation", None), ("EVENT", "National Reunification", None),
    ]


def test_museums_vesak_day_and_party_bodies(nlp_blank):
    """``Museum`` heads an institution; the UN Vesak Day with its year is an EVENT; ``Party`` before
    ``organisation`` or ``bodies`` is a modifier."""
    text = ("He visited the Asian Civilizations Museum and attended the 2019 UN Vesak Day celebration. Leaders "
            "from key Party bodies and the Party organisation met.")
    assert entities(vnentities.extract(text, "2019-12-18", nlp=nlp_blank)) == [
        ("ORG", "Asian Civilizations Museum", "Asian Civilizations Museum"),
        ("EVENT", "2019 UN Vesak Day", None),
    ]


def test_a_based_institution_and_unesco_bodies(nlp_blank):
    """``Hanoi-based Military Medical University``: the institution starts after ``-based``, however generic
    its words; UNESCO's committee for intangible heritage and its General Conference are known."""
    text = ("He visited the Hanoi-based Military Medical University. Vietnam sits on the Intergovernmental "
            "Committee for the Safeguarding of Intangible Cultural Heritage and the UNESCO General Conference.")
    assert entities(vnentities.extract(text, "2023-12-04", nlp=nlp_blank), "ORG") == [
        ("ORG", "Military Medical University", "Military Medical University"),
        ("ORG", "Intergovernmental Committee for the Safeguarding of Intangible Cultural Heritage",
         "Intergovernmental Committee for the Safeguarding of Intangible Cultural Heritage"),
        ("ORG", "UNESCO General Conference", "UNESCO General Conference"),
    ]


def test_acronym_of_a_known_name_and_a_bodys_year(nlp_blank):
    """An acronym bracketed after a known name stands for it wherever it recurs, spaced dash and all
    (``Mekong – Japan Cooperation (MJC)``); a year after an acronym stays in a committee's complement, and a
    known organisation, a year and a body's head (and the capitalised words before it) are that year's body,
    named as written."""
    text = ("The Mekong – Japan Cooperation (MJC) has six members. He urged a more adaptive MJC mechanism. "
            "The PM set up the National Committee for APEC 2027, helped by the APEC 2027 Secretariat. AIPA "
            "works with the National ASEAN 2020 Committee.")
    assert entities(vnentities.extract(text, "2025-07-18", nlp=nlp_blank), "ORG") == [
        ("ORG", "Mekong – Japan Cooperation", "Mekong-Japan Cooperation"),
        ("ORG", "MJC", "Mekong-Japan Cooperation"),
        ("ORG", "MJC", "Mekong-Japan Cooperation"),
        ("ORG", "National Committee for APEC 2027", "National Committee for APEC 2027"),
        ("ORG", "APEC 2027 Secretariat", "APEC 2027 Secretariat"),
        ("ORG", "AIPA", "ASEAN Inter-Parliamentary Assembly"),
        ("ORG", "National ASEAN 2020 Committee", "National ASEAN 2020 Committee"),
    ]


def test_defence_council_security_university_and_central_party_committee(nlp_blank):
    """The National Defence and Security Council by its other English name, the People's Security University
    with a curly apostrophe, and ``Central Party Committee`` (the CPV's) are known."""
    text = ("He was removed as a member of the Council of National Defense and Security. He studied at the "
            "People’s Security University and was a member of the 13th Central Party Committee.")
    assert entities(vnentities.extract(text, "2024-05-02", nlp=nlp_blank), "ORG") == [
        ("ORG", "Council of National Defense and Security", "National Defence and Security Council"),
        ("ORG", "People’s Security University", "People's Security University"),
        ("ORG", "Central Party Committee", "Central Committee of the Communist Party of Vietnam"),
    ]


def test_an_agencys_slashed_dateline_and_a_committee_for_external_affairs(nlp_blank):
    """TASS's dateline ``/TASS/.`` names the agency; the NA's committee is known as ``… for External
    Affairs`` too; an event's complement runs on over ``against`` (``… Convention against Cybercrime``)."""
    text = ("MOSCOW, December 1. /TASS/. The National Assembly’s Committee for External Affairs attended the "
            "High-Level Conference of the United Nations Convention against Cybercrime.")
    doc = vnentities.extract(text, "2021-12-01", nlp=nlp_blank)
    assert entities(doc, "ORG") == [
        ("ORG", "TASS", "TASS Russian News Agency"),
        ("ORG", "National Assembly’s Committee for External Affairs",
         "National Assembly's Committee for External Relations"),
    ]
    assert entities(doc, "EVENT") == [
        ("EVENT", "High-Level Conference of the United Nations Convention against Cybercrime", None),
    ]


def test_cop_sessions_general_debates_and_an_acronym_spelling_a_group_not_its_meeting(nlp_blank):
    """``COP30`` is a session; ``General Debate`` heads an event; an acronym that spells a group but not
    the meeting after it (``… Working Group Meeting (ACCWG)``) names the group; the APSC by another name."""
    text = ("Brazil will host COP30. Minh addressed the General Debate of the 74th Session of the United "
            "Nations General Assembly. The 9th Meeting of the ASEAN Coordinating Council Working Group "
            "Meeting (ACCWG) opened. The ASEAN Politics and Security Community met.")
    doc = vnentities.extract(text, "2020-03-05", nlp=nlp_blank)
    assert entities(doc, "EVENT") == [
        ("EVENT", "COP30", None),
        ("EVENT", "General Debate of the 74th Session of the United Nations General Assembly", None),
        ("EVENT", "9th Meeting of the ASEAN Coordinating Council Working Group Meeting", None),
    ]
    assert entities(doc, "ORG") == [
        ("ORG", "ACCWG", "ASEAN Coordinating Council Working Group"),
        ("ORG", "ASEAN Politics and Security Community", "ASEAN Political-Security Community"),
    ]


def test_kazakh_companies_a_un_office_and_a_professor(nlp_blank):
    """KazMunayGas (KMG), the Samruk-Kazyna Fund and the UN Office at Geneva are known; ``Professor`` is an
    honorific outside the name."""
    text = ("KazMunayGas (KMG) and the Samruk-Kazyna Fund met staff of the United Nations Office at Geneva at "
            "the monument to Professor Juan Bosch.")
    assert entities(vnentities.extract(text, "2025-05-06", nlp=nlp_blank)) == [
        ("ORG", "KazMunayGas", "KazMunayGas"),
        ("ORG", "KMG", "KazMunayGas"),
        ("ORG", "Samruk-Kazyna Fund", "Samruk-Kazyna Fund"),
        ("ORG", "United Nations Office at Geneva", "United Nations Office at Geneva"),
        ("PERSON", "Juan Bosch", "Juan Bosch"),
    ]


def test_a_foreign_countrys_government_and_the_central_agencies_bloc(nlp_blank):
    """A capitalised ``Government`` and ``of <country>`` are that country's government (not a lower-case
    one); the Party Committee of the Central Agencies' Bloc is known."""
    text = ("He thanked the Government of South Korea and the Government of Papua New Guinea, not the "
            "government of Laos. He leads the Party Committee of the Central Agencies’ Bloc.")
    assert entities(vnentities.extract(text, "2025-04-18", nlp=nlp_blank), "ORG") == [
        ("ORG", "Government of South Korea", "Government of the Republic of Korea"),
        ("ORG", "Government of Papua New Guinea", "Government of Papua New Guinea"),
        ("ORG", "Party Committee of the Central Agencies’ Bloc",
         "Party Committee of the Central Agencies' Bloc"),
    ]


def test_an_events_acronym_after_a_possessive_a_games_edition_and_sports_bodies(nlp_blank):
    """A bracketed acronym after a possessive stays in an event's name (``… Ministers’ (AEM) Meeting``); an
    edition's number after ``Games`` is part of the event (``SEA Games 31``); Olympic and sports bodies are
    known."""
    text = ("He attended the 56th ASEAN Economic Ministers’ (AEM) Meeting. PM Chinh closed SEA Games 31, and "
            "the Vietnam Olympic Committee handed the flag to the Olympic Committee of Cambodia. The Vietnam "
            "Sports Administration (VSA) agreed.")
    doc = vnentities.extract(text, "2024-09-23", nlp=nlp_blank)
    assert entities(doc, "EVENT") == [
        ("EVENT", "56th ASEAN Economic Ministers’ (AEM) Meeting", None), ("EVENT", "SEA Games 31", None),
    ]
    assert entities(doc, "ORG") == [
        ("ORG", "Vietnam Olympic Committee", "Vietnam Olympic Committee"),
        ("ORG", "Olympic Committee of Cambodia", "National Olympic Committee of Cambodia"),
        ("ORG", "Vietnam Sports Administration", "Vietnam Sports Administration"),
        ("ORG", "VSA", "Vietnam Sports Administration"),
    ]


def test_a_numbered_regional_forum_and_mercosur_by_another_name(nlp_blank):
    """An ordinal before ``ARF`` makes the forum's meeting an EVENT (the bare ``ARF`` stays the ORG);
    ``South American Common Market`` is Mercosur."""
    text = "Son attended the 29th ARF. The ARF is a forum. Brazil chairs the South American Common Market."
    assert entities(vnentities.extract(text, "2022-08-05", nlp=nlp_blank)) == [
        ("EVENT", "29th ARF", None),
        ("ORG", "ARF", "ASEAN Regional Forum"),
        ("PLACE", "Brazil", "BR"),
        ("ORG", "South American Common Market", "Southern Common Market"),
    ]


def test_a_places_days_and_a_known_party_before_party(nlp_blank):
    """A place alone before ``Day``/``Days`` names an EVENT (``Belarus Day``), a holiday does not (``National
    Day``); a known party's acronym before ``Party`` keeps its norm (``FLN Party``)."""
    text = ("Vietnam Day was held in Minsk and Belarus Day in Ho Chi Minh City on Vietnam's National Day. "
            "FLN Secretary General Abdelkrim Benmbarek met leaders of the FLN Party.")
    doc = vnentities.extract(text, "2023-12-07", nlp=nlp_blank)
    assert entities(doc, "EVENT") == [("EVENT", "Vietnam Day", None), ("EVENT", "Belarus Day", None)]
    assert entities(doc, "ORG") == [("ORG", "FLN Party", "National Liberation Front")]
    assert entities(doc, "TITLE") == [("TITLE", "FLN Secretary General", "Abdelkrim Benmbarek")]


def test_a_royal_government_the_uns_bodies_and_viettels_ventures(nlp_blank):
    """``Royal Government of <country>`` is that country's government; ``UN`` right before one of its bodies is
    part of it; the JETP's partners group, ECOWAS and Viettel's ventures abroad are known."""
    text = ("The Royal Government of Cambodia, the UN Food and Agriculture Organisation, the International "
            "Partnership Group (IPG), ECOWAS and Halotel, of Viettel Military Industry and Telecoms, met.")
    assert entities(vnentities.extract(text, "2024-04-17", nlp=nlp_blank), "ORG") == [
        ("ORG", "Royal Government of Cambodia", "Government of Cambodia"),
        ("ORG", "UN Food and Agriculture Organisation",
         "Food and Agriculture Organization of the United Nations"),
        ("ORG", "International Partnership Group", "International Partners Group"),
        ("ORG", "IPG", "International Partners Group"),
        ("ORG", "ECOWAS", "Economic Community of West African States"),
        ("ORG", "Halotel", "Halotel"),
        ("ORG", "Viettel Military Industry and Telecoms", "Viettel Group"),
    ]


def test_senior_officials_meetings_a_portfolio_list_and_a_cuban_victory(nlp_blank):
    """``ASEAN SOM`` is a meeting, inside a post too (``Head of Vietnam’s ASEAN SOM``); a ministry's portfolios
    listed with a comma go on over ``Resettlement``; ``Giron Beach Victory`` is a past event."""
    text = ("Nguyen Quoc Dung, Head of Vietnam’s ASEAN SOM, attended the ASEAN SOM. The Ministry of Social "
            "Welfare, Relief and Resettlement marked the Giron Beach Victory.")
    doc = vnentities.extract(text, "2021-06-21", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [("TITLE", "Head of Vietnam’s ASEAN SOM", "Nguyen Quoc Dung")]
    assert entities(doc, "EVENT") == [("EVENT", "ASEAN SOM", None), ("EVENT", "Giron Beach Victory", None)]
    assert entities(doc, "ORG") == [
        ("ORG", "Ministry of Social Welfare, Relief and Resettlement",
         "Ministry of Social Welfare, Relief and Resettlement"),
    ]


def test_a_ministry_of_supplies_and_chinese_and_indian_bodies(nlp_blank):
    """A ministry's portfolios go on over ``Supplies``; the CPAFFC and the ANI news agency are known."""
    text = ("The Ministry of Industry, Commerce and Supplies of Nepal and the Chinese People's Association for "
            "Friendship with Foreign Countries spoke to ANI.")
    assert entities(vnentities.extract(text, "2019-05-13", nlp=nlp_blank), "ORG") == [
        ("ORG", "Ministry of Industry, Commerce and Supplies of Nepal",
         "Ministry of Industry, Commerce and Supplies of Nepal"),
        ("ORG", "Chinese People's Association for Friendship with Foreign Countries",
         "Chinese People's Association for Friendship with Foreign Countries"),
        ("ORG", "ANI", "Asian News International"),
    ]


def test_a_dateline_glued_to_its_agency_and_technology_bodies(nlp_blank):
    """A dateline's place glued to its agency's bracket is split from it (``Hanoi(VNA)``); the Asia Cooperation
    Dialogue is a body, its summit an event; Synopsys, Meta Platforms, KISA, NIPA and the science ministry's
    ``MST`` are known."""
    text = ("Hanoi(VNA) – The Asia Cooperation Dialogue (ACD) Summit opened. The ACD, Synopsys, Meta "
            "Platforms, the Korea Internet & Security Agency, the National IT Industry Promotion Agency and "
            "MST met.")
    doc = vnentities.extract(text, "2024-10-04", nlp=nlp_blank)
    assert entities(doc, "PLACE") == [("PLACE", "Hanoi", "Ha Noi")]
    assert entities(doc, "EVENT") == [("EVENT", "Asia Cooperation Dialogue (ACD) Summit", None)]
    assert entities(doc, "ORG") == [
        ("ORG", "VNA", "Vietnam News Agency"),
        ("ORG", "ACD", "Asia Cooperation Dialogue"),
        ("ORG", "Synopsys", "Synopsys"),
        ("ORG", "Meta Platforms", "Meta Platforms"),
        ("ORG", "Korea Internet & Security Agency", "Korea Internet & Security Agency"),
        ("ORG", "National IT Industry Promotion Agency", "National IT Industry Promotion Agency"),
        ("ORG", "MST", "Ministry of Science and Technology"),
    ]


def test_a_country_pairs_body_with_a_lower_case_word_after_a_hyphen(nlp_blank):
    """A glued hyphen carries a country pair's body on over a lower-case word (``Inter-governmental``), with
    the pair's joiner spaced or not."""
    text = ("The Vietnam-Russia Inter-governmental Committee met, as the Vietnam - Russia Inter-governmental "
            "Committee does every year.")
    assert entities(vnentities.extract(text, "2023-04-07", nlp=nlp_blank), "ORG") == [
        ("ORG", "Vietnam-Russia Inter-governmental Committee", "Vietnam-Russia Inter-governmental Committee"),
        ("ORG", "Vietnam - Russia Inter-governmental Committee", "Vietnam-Russia Inter-governmental Committee"),
    ]


def test_apple_a_digit_acronym_a_russian_victory_and_a_bracket_glued_to_a_weekday(nlp_blank):
    """``Apple`` is a known company (and owns the post after it); ``C4IR`` is the Centre for the Fourth
    Industrial Revolution's acronym; ``Victory in the Great Patriotic War`` is one event; a bracket glued to
    the word before it is split off (``Saturday(local time)``)."""
    text = ("Apple chief executive Tim Cook praised the Centre for the Fourth Industrial Revolution (C4IR). "
            "They met on Saturday(local time) for the anniversary of the Victory in the Great Patriotic War.")
    doc = vnentities.extract(text, "2025-05-11", nlp=nlp_blank)
    assert entities(doc) == [
        ("TITLE", "Apple chief executive", "Tim Cook"),
        ("PERSON", "Tim Cook", "Tim Cook"),
        ("ORG", "Centre for the Fourth Industrial Revolution", "Centre for the Fourth Industrial Revolution"),
        ("ORG", "C4IR", "Centre for the Fourth Industrial Revolution"),
        ("DATE", "Saturday", "2025-05-10"),
        ("EVENT", "Victory in the Great Patriotic War", None),
    ]


def test_news_outlets_a_communist_party_owned_by_a_country_and_an_events_short_name(nlp_blank):
    """Forbes, BenarNews, AMTI and the Southern Theater Command are known; ``China's Communist Party`` is the
    Communist Party of China; an event's short name and year bracketed after it is that event, and the short
    name with another year another edition (``Vietnam Defence 2022``); an initiative is no document."""
    text = ("Forbes and BenarNews cited the Asian Maritime Transparency Initiative, the Southern Theater "
            "Command and the China’s Communist Party. The Vietnam International Defence Expo 2024 (Vietnam "
            "Defence 2024) follows Vietnam Defence 2022. They backed the Korea-ASEAN Solidarity Initiative "
            "(KASI).")
    doc = vnentities.extract(text, "2023-05-25", nlp=nlp_blank)
    assert entities(doc, "ORG") == [
        ("ORG", "Forbes", "Forbes"),
        ("ORG", "BenarNews", "BenarNews"),
        ("ORG", "Asian Maritime Transparency Initiative", "Asia Maritime Transparency Initiative"),
        ("ORG", "Southern Theater Command", "Southern Theater Command"),
        ("ORG", "Communist Party", "Communist Party of China"),
        ("ORG", "ASEAN", "Association of Southeast Asian Nations"),
    ]
    assert entities(doc, "EVENT") == [
        ("EVENT", "Vietnam International Defence Expo 2024", None),
        ("EVENT", "Vietnam Defence 2024", None),
        ("EVENT", "Vietnam Defence 2022", None),
    ]
    assert entities(doc, "AGREEMENT") == []


def test_aeon_mall_is_a_company_of_its_own(nlp_blank):
    """``Aeon Mall`` (the group's mall developer) is known as a whole, not only its ``Aeon``."""
    text = "The delegation had a working session with Aeon Mall group and Aeon."
    assert entities(vnentities.extract(text, "2023-06-16", nlp=nlp_blank), "ORG") == [
        ("ORG", "Aeon Mall", "Aeon Mall"), ("ORG", "Aeon", "Aeon")]


def test_a_bracketed_year_alone_after_an_event_is_no_short_name(nlp_blank):
    """``Expo 2024 (2024)``: a bracket holding only the event's year names no short name (and does not fail)."""
    text = "The Vietnam International Defence Expo 2024 (2024) opened."
    doc = vnentities.extract(text, "2023-05-25", nlp=nlp_blank)
    assert entities(doc, "EVENT") == [("EVENT", "Vietnam International Defence Expo 2024", None)]


def test_a_ministrys_portfolio_may_name_school_levels_and_industries(nlp_blank):
    """Portfolios of partners' ministries: school levels, electronics, shipping, emergency situations."""
    text = ("Saidov met officials of the Ministry of Higher Education and Secondary Education of Uzbekistan, "
            "Russia's Ministry of Emergency Situations and India's Ministry of Ports, Shipping and Waterways.")
    assert [t for _, t, _ in entities(vnentities.extract(text, "2024-05-02", nlp=nlp_blank), "ORG")] == [
        "Ministry of Higher Education and Secondary Education of Uzbekistan",
        "Ministry of Emergency Situations", "Ministry of Ports, Shipping and Waterways"]


def test_courts_and_procuracies_are_every_countrys_and_names_are_known_in_either_spelling(nlp_blank):
    """The Supreme People's Court and Procuracy are national bodies (``… of Laos``, ``Lao …``); a known name
    is known in the other spelling (``UN … Organisation`` is UNESCO); a body after a country's bracketed
    acronym and possessive is that country's, and so is its own bracketed acronym."""
    text = ("Tri met the Supreme People's Procuracy of Laos and the Lao Supreme People's Court, then the UN "
            "Educational, Scientific and Cultural Organisation. A delegation from the Republic of Korea "
            "(RoK)’s National Assembly (NA) arrived.")
    assert [(t, n) for _, t, n in entities(vnentities.extract(text, "2025-10-29", nlp=nlp_blank), "ORG")] == [
        ("Supreme People's Procuracy of Laos", "Supreme People's Procuracy of Laos"),
        ("Lao Supreme People's Court", "Supreme People's Court of Laos"),
        ("UN Educational, Scientific and Cultural Organisation",
         "United Nations Educational, Scientific and Cultural Organization"),
        ("National Assembly", "National Assembly of the Republic of Korea"),
        ("NA", "National Assembly of the Republic of Korea")]


def test_a_peoples_culture_days_are_an_event_without_a_year(nlp_blank):
    """``Day(s)`` needs a year or a place alone before it, or a cultural qualifier after a name; a bare
    ``National Day`` stays a holiday."""
    text = ("The 2024 Vietnamese Culture Days in Russia opened, then the Vietnam Culture Days in Japan and the "
            "Hanoi Days in Paris, before National Day.")
    assert [t for _, t, _ in entities(vnentities.extract(text, "2024-07-03", nlp=nlp_blank), "EVENT")] == [
        "2024 Vietnamese Culture Days", "Vietnam Culture Days", "Hanoi Days"]


def test_a_bodys_portfolio_may_hold_a_possessive_and_students(nlp_blank):
    """``Office of City People's Committee`` is one body; ``Youth and Student`` are joined topics."""
    text = ("The MoU was signed at the Office of City People’s Committee with the Vietnam Youth and Student "
            "Association in Japan.")
    assert [t for _, t, _ in entities(vnentities.extract(text, "2025-06-05", nlp=nlp_blank), "ORG")] == [
        "Office of City People’s Committee", "Vietnam Youth and Student Association"]


def test_a_portfolio_list_after_a_comma_and_a_hyphen_between_portfolios(nlp_blank):
    """``for Economic, Trade and Investment Cooperation`` after a hyphened head's words, and
    ``Scientific-Technical`` inside a list of portfolios, belong to the body's name."""
    text = ("They praised the Inter-Government Committee for Economic, Trade and Investment Cooperation and "
            "the Joint Commission on Economic, Cultural, and Scientific-Technical Cooperation.")
    assert [t for _, t, _ in entities(vnentities.extract(text, "2022-07-12", nlp=nlp_blank), "ORG")] == [
        "Inter-Government Committee for Economic, Trade and Investment Cooperation",
        "Joint Commission on Economic, Cultural, and Scientific-Technical Cooperation"]


def test_a_known_name_with_dashes_for_its_lists_commas_and_insurance_as_a_portfolio(nlp_blank):
    """``Ministry of Labour – Invalids and Social Affairs`` is the known ministry; ``Insurance`` is a
    portfolio word."""
    text = "The Ministry of Labour – Invalids and Social Affairs and the Department of Social Insurance met."
    assert entities(vnentities.extract(text, "2023-05-08", nlp=nlp_blank), "ORG") == [
        ("ORG", "Ministry of Labour – Invalids and Social Affairs",
         "Ministry of Labour, Invalids and Social Affairs"),
        ("ORG", "Department of Social Insurance", "Department of Social Insurance")]


def test_letters_of_exchange_programmes_and_laws_are_no_base_model_names(nlp_sm):
    """A ``Letter of Exchange`` is a document, a programme and a law are no organisation: whatever the base
    model calls them, none is an entity."""
    text = ("The ministries signed two Letters of Exchange under the EPS Program. The Letter of Exchange "
            "follows the Law on Environmental Protection.")
    assert entities(vnentities.extract(text, "2025-04-15", nlp=nlp_sm)) == []


def test_energy_and_technology_companies_of_the_genre_are_known(nlp_blank):
    """Gazprom, Saudi Aramco and Cadence are known companies, named as the knowledge base names them."""
    text = "Gazprom, Saudi Aramco and Cadence signed deals with PetroVietnam."
    found = [(t, norm) for _, t, norm in entities(vnentities.extract(text, "2024-10-30", nlp=nlp_blank), "ORG")]
    assert found[:3] == [
        ("Gazprom", "Gazprom"), ("Saudi Aramco", "Saudi Aramco"), ("Cadence", "Cadence Design Systems")]


def test_vaccine_makers_education_bodies_and_an_outlets_site_are_known(nlp_blank):
    """Vabiotech, T&T (the group), SEAMEO and the ASEAN-China Centre (in either order) are known; ``VTV.vn``
    is Vietnam Television's site."""
    text = ("VTV.vn - Vabiotech bottles the vaccine while T&T buys doses. China-ASEAN Centre and the Southeast "
            "Asian Ministers of Education Organization (SEAMEO) co-organise the week.")
    found = entities(vnentities.extract(text, "2022-08-23", nlp=nlp_blank), "ORG")
    seameo = "Southeast Asian Ministers of Education Organization"
    assert [(t, norm) for _, t, norm in found] == [
        ("VTV.vn", "Vietnam Television"), ("Vabiotech", "Vabiotech"), ("T&T", "T&T Group"),
        ("China-ASEAN Centre", "ASEAN-China Centre"), (seameo, seameo), ("SEAMEO", seameo)]


def test_the_united_nations_vesak_day_of_a_year_is_one_event(nlp_blank):
    """``United Nations Vesak Day 2025`` is one year's EVENT, with the UN inside, as ``2019 UN Vesak Day``."""
    text = "Indian leaders attended the United Nations Vesak Day 2025 in HCM City after the 2019 UN Vesak Day."
    found = entities(vnentities.extract(text, "2025-06-02", nlp=nlp_blank))
    assert [e for e in found if e[0] in ("EVENT", "ORG")] == [
        ("EVENT", "United Nations Vesak Day 2025", None), ("EVENT", "2019 UN Vesak Day", None)]


def test_a_head_first_bodys_list_closes_with_and(nlp_blank):
    """A list in a body named head first closes with ``and`` (``Committee for Cambodia, Laos and Myanmar``,
    ``Ministry of Labour, Invalids and Social Affairs``); a place after a comma with no ``and`` is no item of
    its name (``Department of Europe, Russia``)."""
    text = ("The Department of Europe, Russia, met the Committee for Cambodia, Laos and Myanmar and "
            "the Ministry of Labour, Invalids and Social Affairs.")
    found = entities(vnentities.extract(text, "2022-09-28", nlp=nlp_blank))
    committee = "Committee for Cambodia, Laos and Myanmar"
    ministry = "Ministry of Labour, Invalids and Social Affairs"
    assert found == [
        ("ORG", "Department of Europe", "Department of Europe"), ("PLACE", "Russia", "RU"),
        ("ORG", committee, committee), ("ORG", ministry, ministry)]


def test_holding_heads_a_company(nlp_blank):
    """``Holding`` and ``Holdings`` head a company's name (``JTA International Investment Holding``)."""
    text = "The JTA International Investment Holding and Temasek Holdings invest in Vietnam."
    found = entities(vnentities.extract(text, "2024-11-01", nlp=nlp_blank), "ORG")
    assert [t for _, t, _ in found] == ["JTA International Investment Holding", "Temasek Holdings"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Delegation visits Kyrgyzstan\n\nNational Assembly Vice Chairman Nguyen Khac Dinh met them.",
         [("PLACE", "Kyrgyzstan", "KG"), ("TITLE", "National Assembly Vice Chairman", "Nguyen Khac Dinh"),
          ("PERSON", "Nguyen Khac Dinh", "Nguyen Khac Dinh")]),
        ("Trade grows with Kyrgyzstan\nNational Assembly debates the budget.",
         [("PLACE", "Kyrgyzstan", "KG"), ("ORG", "National Assembly", "National Assembly of Vietnam")]),
        ("PM attends summit in Jakarta\n\nASEAN Summit opens.",
         [("TITLE", "PM", None), ("PLACE", "Jakarta", "Jakarta"), ("EVENT", "ASEAN Summit", None)]),
        ("Leaders met at the Vietnam\nEmbassy in Japan.",
         [("PLACE", "Vietnam", "VN"), ("PLACE", "Japan", "JP")]),
    ],
)
def test_a_name_ending_a_line_qualifies_nothing_below(nlp, text, expected):
    """A country or nationality at a line's end (a headline's last word) is no part of a body, post, mission or
    event that opens the next line."""
    assert entities(vnentities.extract(text, "2023-10-01", nlp=nlp)) == expected


def test_regional_bodies_and_airlines_in_the_knowledge_base(nlp):
    """The Pacific Islands Forum is a body (no event), the CIS is no Commonwealth of Nations, and an airline
    named ``Air`` and a place is the airline, not the place."""
    text = ("The Pacific Islands Forum (PIF), the Commonwealth of Independent States (CIS) and the "
            "Asia-Pacific Parliamentary Union (APPU) met. PIF, CIS and APPU leaders agreed. Air Astana and Air "
            "France fly.")
    assert [(label, norm) for label, _, norm in entities(vnentities.extract(text, "2024-01-01", nlp=nlp))] == [
        *[("ORG", "Pacific Islands Forum")] * 2, *[("ORG", "Commonwealth of Independent States")] * 2,
        *[("ORG", "Asia-Pacific Parliamentary Union")] * 2, ("ORG", "Pacific Islands Forum"),
        ("ORG", "Commonwealth of Independent States"), ("ORG", "Asia-Pacific Parliamentary Union"),
        ("ORG", "Air Astana"), ("ORG", "Air France"),
    ]


@pytest.mark.parametrize("opener", ["Regarding", "Following", "Amid", "Concerning"])
def test_a_sentence_opening_preposition_is_no_part_of_an_event(nlp_blank, opener):
    text = f"{opener} SEA Games 33, the delegation met."
    assert entities(vnentities.extract(text, "2025-12-10", nlp=nlp_blank), "EVENT") == [
        ("EVENT", "SEA Games 33", None)]


def test_a_local_body_of_a_described_or_foreign_province(nlp_blank):
    """A local body, ``of``, the province's description and the province are one ORG named as written; a
    foreign province's local body is one too, the place inside it no PLACE of its own."""
    text = ("The Border Guard Command of the northern province of Lang Son hosted the Military Command of "
            "Champasak and the Department of Public Security of Attapeu.")
    assert entities(vnentities.extract(text, "2025-10-01", nlp=nlp_blank)) == [
        ("ORG", "Border Guard Command of the northern province of Lang Son",
         "Border Guard Command of the northern province of Lang Son"),
        ("ORG", "Military Command of Champasak", "Military Command of Champasak"),
        ("ORG", "Department of Public Security of Attapeu", "Department of Public Security of Attapeu")]


def test_a_known_ministry_grows_over_portfolios_and_hospitals_join_topics(nlp_blank):
    """A known ministry goes on over ``and`` and a portfolio that ends the capitalised words (and takes the
    country after it), not over one that starts another name nor over a nationality; ``and`` joins two
    topics of a hospital's name; ``Conference on Disarmament`` is a body."""
    text = ("Officials of the Ministry of Health and Welfare of South Korea, the Ministry of Health and Health "
            "Departments, the Ministry of Foreign Affairs and Vietnamese missions, Hanoi Obstetrics and "
            "Gynecology Hospital and the Conference on Disarmament met.")
    assert entities(vnentities.extract(text, "2018-05-25", nlp=nlp_blank), "ORG") == [
        ("ORG", "Ministry of Health and Welfare of South Korea",
         "Ministry of Health and Welfare of the Republic of Korea"),
        ("ORG", "Ministry of Health", "Ministry of Health"),
        ("ORG", "Ministry of Foreign Affairs", "Ministry of Foreign Affairs"),
        ("ORG", "Hanoi Obstetrics and Gynecology Hospital", "Hanoi Obstetrics and Gynecology Hospital"),
        ("ORG", "Conference on Disarmament", "Conference on Disarmament"),
    ]


def test_a_numbered_health_assembly_is_an_event(nlp_blank):
    """``71st World Health Assembly`` is a session (an EVENT); the assembly with no ordinal is none."""
    text = ("The 71st World Health Assembly opened; the 6th UN Environment Assembly and the World Health "
            "Assembly followed.")
    assert entities(vnentities.extract(text, "2018-05-21", nlp=nlp_blank), "EVENT") == [
        ("EVENT", "71st World Health Assembly", None), ("EVENT", "6th UN Environment Assembly", None)]


def test_an_event_acronym_with_an_ordinal_or_another_sessions_number(nlp_blank):
    """An acronym bracketed after an event is that event with an ordinal before it (``19th ASIAD``) and,
    numbered, with another session's number (``AMMS 8`` after ``(AMMS 9)``); not alone when numbered."""
    text = ("Athletes left for the 19th ASIAD. The 19th Asian Games (ASIAD) open soon. Cambodia hosts the "
            "ninth ASEAN Ministerial Meeting on Sports (AMMS 9); the AMMS 8 ended; AMMS members met.")
    assert [t for _, t, _ in entities(vnentities.extract(text, "2023-09-17", nlp=nlp_blank), "EVENT")] == [
        "19th ASIAD", "19th Asian Games", "ASIAD", "ninth ASEAN Ministerial Meeting on Sports", "AMMS 9",
        "AMMS 8"]


def test_sports_and_african_bodies_and_a_chinese_landmark_are_known(nlp_blank):
    """The Olympic bodies, Africa's regional communities and banks are in the knowledge base; the Great Hall
    of the People is a PLACE."""
    text = ("The IOC, the Common Market for Eastern and Southern Africa (COMESA) and the AfDB met at the Great "
            "Hall of the People.")
    comesa = "Common Market for Eastern and Southern Africa"
    assert entities(vnentities.extract(text, "2024-11-29", nlp=nlp_blank)) == [
        ("ORG", "IOC", "International Olympic Committee"), ("ORG", comesa, comesa),
        ("ORG", "COMESA", "Common Market for Eastern and Southern Africa"),
        ("ORG", "AfDB", "African Development Bank"),
        ("PLACE", "Great Hall of the People", "Great Hall of the People"),
    ]


def test_a_meeting_acronym_joined_to_a_known_acronym_is_an_event(nlp_blank):
    """``SOM-DOC 15``, ``SOM-DOC``: a meeting's acronym, a hyphen and an acronym (and a session number) make one
    EVENT; the working group on the DOC and Moscow State University are known bodies."""
    text = ("Officials co-chaired the meeting (SOM-DOC 15) after the ASEAN-China Joint Working Group on the "
            "Implementation of the DOC met; the JWG-DOC reports to the SOM-DOC. Rectors met at MGU.")
    assert [(label, t) for label, t, _ in entities(vnentities.extract(text, "2018-06-27", nlp=nlp_blank))] == [
        ("EVENT", "SOM-DOC 15"), ("ORG", "ASEAN-China Joint Working Group on the Implementation of the DOC"),
        ("ORG", "JWG-DOC"), ("EVENT", "SOM-DOC"), ("ORG", "MGU"),
    ]


def test_the_greater_mekong_subregions_cooperation_is_a_body_the_subregion_a_place(nlp_blank):
    """The GMS's cooperation programme, however spelt, is a known body; the subregion alone stays a PLACE."""
    text = "The Greater Mekong Sub-Region Co-operation serves the Greater Mekong Subregion."
    programme = "Greater Mekong Subregion Economic Cooperation Program"
    assert entities(vnentities.extract(text, "2015-11-13", nlp=nlp_blank)) == [
        ("ORG", "Greater Mekong Sub-Region Co-operation", programme),
        ("PLACE", "Greater Mekong Subregion", "Mekong"),
    ]


def test_an_acronyms_long_form_stays_on_its_line(nlp_blank):
    """A dateline's ``(VNA)`` defines no long form running back into the headline above it."""
    text = ("Vietnam ready for UN Security Council’s non-permanent membership\nNew York (VNA) – Vietnam is "
            "ready for the role.")
    doc = vnentities.extract(text, "2019-12-30", nlp=nlp_blank)
    assert [(t, norm) for _, t, norm in entities(doc, "ORG")] == [
        ("UN Security Council", "United Nations Security Council"), ("VNA", "Vietnam News Agency")]


def test_a_bodys_bracketed_acronym_opening_a_known_name(nlp_blank):
    """``United Nations (UN) Security Council``: an organisation, its bracketed acronym and the words that
    acronym opens a known body's name with (``UN Security Council``) are that body; the acronym of an
    organisation alone stays its own ORG."""
    text = ("The United Nations (UN) Security Council and the Mekong River Commission (MRC) Council met. The "
            "United Nations (UN) Country Team helped.")
    doc = vnentities.extract(text, "2019-12-30", nlp=nlp_blank)
    assert [(t, norm) for _, t, norm in entities(doc, "ORG")] == [
        ("United Nations (UN) Security Council", "United Nations Security Council"),
        ("Mekong River Commission (MRC) Council", "Mekong River Commission Council"),
        ("United Nations", "United Nations"), ("UN", "United Nations"),
    ]


def test_a_meeting_of_a_body_named_with_its_bracketed_acronym(nlp_blank):
    """``29th Meeting of the Mekong River Commission (MRC) Council``: a meeting's complement goes on over the
    acronym to the body it names with the words after it."""
    text = "The 29th Meeting of the Mekong River Commission (MRC) Council was held."
    assert entities(vnentities.extract(text, "2022-11-24", nlp=nlp_blank)) == [
        ("EVENT", "29th Meeting of the Mekong River Commission (MRC) Council", None)]


def test_a_country_name_before_a_national_body_and_indian_bodies(nlp_blank):
    """``New Zealand Ministry of Foreign Affairs and Trade`` is New Zealand's ministry, as a nationality before
    it would make it; India's news agencies and its oil corporation are known."""
    text = ("The New Zealand Ministry of Foreign Affairs and Trade briefed IANS, the Press Trust of India and "
            "the Oil and Natural Gas Corporation of India (ONGC).")
    assert entities(vnentities.extract(text, "2018-03-03", nlp=nlp_blank)) == [
        ("ORG", "New Zealand Ministry of Foreign Affairs and Trade",
         "Ministry of Foreign Affairs and Trade of New Zealand"),
        ("ORG", "IANS", "Indo-Asian News Service"),
        ("ORG", "Press Trust of India", "Press Trust of India"),
        ("ORG", "Oil and Natural Gas Corporation of India", "Oil and Natural Gas Corporation"),
        ("ORG", "ONGC", "Oil and Natural Gas Corporation"),
    ]


def test_trade_offices_the_parties_to_a_convention_and_vietrade(nlp_blank):
    """A trade office abroad is named as a mission; ``Conference of the Parties to the …`` goes on past ``to``;
    Vietrade is a known body."""
    text = ("The Vietnamese Trade Office in Japan and Vietrade joined. Leaders went to the 28th Conference of "
            "the Parties to the UN Framework Convention on Climate Change.")
    found = entities(vnentities.extract(text, "2023-07-25", nlp=nlp_blank))
    assert found == [
        ("ORG", "Vietnamese Trade Office in Japan", "Trade Office of Vietnam in Japan"),
        ("ORG", "Vietrade", "Vietnam Trade Promotion Agency"),
        ("EVENT", "28th Conference of the Parties to the UN Framework Convention on Climate Change", None),
    ]


def test_the_before_a_portfolio_in_a_head_first_body_and_the_lao_youth_union(nlp_blank):
    """``Federal Ministry of the Interior``: ``the`` may open the portfolio; not before a place (no
    ``Committee of the Vietnam``). The LPRYU is known."""
    text = ("He met the Federal Ministry of the Interior and the Lao People’s Revolutionary Youth Union "
            "(LPRYU). The Committee of the Vietnam Fatherland Front met.")
    orgs = entities(vnentities.extract(text, "2023-07-04", nlp=nlp_blank), "ORG")
    assert orgs[:3] == [
        ("ORG", "Federal Ministry of the Interior", "Federal Ministry of the Interior"),
        ("ORG", "Lao People’s Revolutionary Youth Union", "Lao People's Revolutionary Youth Union"),
        ("ORG", "LPRYU", "Lao People's Revolutionary Youth Union"),
    ]
    assert all(org[1] != "Committee of the Vietnam" for org in orgs)

"""Titles and names: before and after a name, chains, stand-ins, ranks, resolution."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

import vnentities
from conftest import entities


@pytest.mark.parametrize(
    ("text", "title", "person"),
    [
        ("Prime Minister Pham Minh Chinh chaired the meeting.", "Prime Minister", "Pham Minh Chinh"),
        ("Minister of Public Security To Lam attended.", "Minister of Public Security", "To Lam"),
        ("U.S. President Joe Biden spoke.", "U.S. President", "Joe Biden"),
        ("Secretary of State Antony Blinken arrived.", "Secretary of State", "Antony Blinken"),
        ("Deputy Foreign Minister Do Hung Viet met him.", "Deputy Foreign Minister", "Do Hung Viet"),
        ("National Assembly Chairman Tran Thanh Man opened the session.",
         "National Assembly Chairman", "Tran Thanh Man"),
        ("Chairman of the Khanh Hoa provincial People's Committee Nguyen Tan Tuan said.",
         "Chairman of the Khanh Hoa provincial People's Committee", "Nguyen Tan Tuan"),
        ("Japanese Prime Minister Kishida Fumio welcomed him.", "Japanese Prime Minister",
         "Kishida Fumio"),
        ("Singaporean Minister for Manpower and Second Minister for Trade and Industry Tan See Leng "
         "came.", "Singaporean Minister for Manpower and Second Minister for Trade and Industry",
         "Tan See Leng"),
        ("The statue of President Ho Chi Minh stands in Moscow.", "President", "Ho Chi Minh"),
        ("Sen. Lt. Col. Luong Cao Khai led the patrol.", "Sen. Lt. Col.", "Luong Cao Khai"),
        ("Mexican Undersecretary Luz Maria de la Mora spoke.", "Mexican Undersecretary",
         "Luz Maria de la Mora"),
        ("Tonga's Minister for Fisheries and Marine Resources Semisi Fakahau came.",
         "Minister for Fisheries and Marine Resources", "Semisi Fakahau"),
        ("Minister for Nuclear Safety and Space Industries Ann Lee came.",
         "Minister for Nuclear Safety and Space Industries", "Ann Lee"),
        ("Mayor of Changwon City Hong Nam-pyo visited.", "Mayor of Changwon City", "Hong Nam-pyo"),
        ("South Korean President Lee Jae-myung arrived - the visit was short.",
         "South Korean President", "Lee Jae-myung"),
        ("Mayor of Nara City Na Dong-hyun came.", "Mayor of Nara City", "Na Dong-hyun"),
        ("Governor of Aichi Prefecture Omura Hideaki came.", "Governor of Aichi Prefecture", "Omura Hideaki"),
        ("Osaka Prefectural Governor Yoshimura Hirofumi came.", "Osaka Prefectural Governor",
         "Yoshimura Hirofumi"),
        ("Major General Tran Van The, Commander of the Border Guard, spoke.", "Major General", "Tran Van The"),
        ("Chairperson of the National Election Council Tran Thanh Man spoke.",
         "Chairperson of the National Election Council", "Tran Thanh Man"),
        ("Vice Chairman of the National Election Council and head of its Personnel Sub-committee "
         "Do Van Chien spoke.", "Vice Chairman of the National Election Council and head of its "
         "Personnel Sub-committee", "Do Van Chien"),
        ("Vietnamese Consul General in Shanghai Ninh Thanh Cong attended.",
         "Vietnamese Consul General in Shanghai", "Ninh Thanh Cong"),
        ("UK Secretary of State for International Trade Elizabeth Truss signed it.",
         "UK Secretary of State for International Trade", "Elizabeth Truss"),
    ],
)
def test_title_before_name(nlp, text, title, person):
    """A title directly before a name is one TITLE, the name one PERSON, the title's norm the name."""
    found = entities(vnentities.extract(text, "2024-05-01", nlp=nlp))
    assert ("TITLE", title, person) in found
    assert ("PERSON", person, person) in found


def test_a_city_after_a_title_stays_a_place(nlp):
    """Only a place that is a whole Vietnamese name reads as the person after a title."""
    doc = vnentities.extract("He toured President Ho Chi Minh City and Ho Chi Minh City.", "2024-05-01",
                             nlp=nlp)
    assert ("PLACE", "Ho Chi Minh City", "Ho Chi Minh") in entities(doc)
    assert entities(doc, "PERSON") == []


def test_title_chain_is_one_span(nlp):
    """``Party General Secretary and State President`` is one TITLE of one person."""
    doc = vnentities.extract(
        "Party General Secretary and State President To Lam received the delegation.",
        "2024-10-01", nlp=nlp)
    assert entities(doc, "TITLE") == [
        ("TITLE", "Party General Secretary and State President", "To Lam")]


@pytest.mark.parametrize(
    ("text", "title", "person"),
    [
        # Before the name (the guide's rule).
        ("Member of the Party Central Committee, Secretary of the Provincial Party Committee "
         "Nguyen Van Hieu opened the fair.", "Member of the Party Central Committee, Secretary of "
         "the Provincial Party Committee", "Nguyen Van Hieu"),
        ("Politburo member, Standing Deputy Prime Minister Nguyễn Hòa Bình chaired the meeting.",
         "Politburo member, Standing Deputy Prime Minister", "Nguyen Hoa Binh"),
        # After a name and a comma, with or without a closing ``, and``.
        ("Tran Cam Tu, Politburo member, Standing member of the Secretariat, and Chairman of the "
         "Central Inspection Commission, received the guests.", "Politburo member, Standing member "
         "of the Secretariat, and Chairman of the Central Inspection Commission", "Tran Cam Tu"),
        ("Le Hoai Trung, Secretary of the Party Central Committee, Chief of the Party Central "
         "Committee's Office, said.", "Secretary of the Party Central Committee, Chief of the Party "
         "Central Committee's Office", "Le Hoai Trung"),
        # ``and`` then an organisation starting the next post.
        ("Le Minh Hoan, member of the Party Central Committee and NA Vice Chairman, spoke.",
         "member of the Party Central Committee and NA Vice Chairman", "Le Minh Hoan"),
        # A lower-case post after a comma, and an ordinal inside a complement.
        ("Politburo member, member of the 14th Party Central Committee, Chairman of the 15th National "
         "Assembly, and Chairman of the Council Tran Thanh Man spoke.", "Politburo member, member of the "
         "14th Party Central Committee, Chairman of the 15th National Assembly, and Chairman of the Council",
         "Tran Thanh Man"),
        # A bracketed acronym inside the chain, when another post follows it.
        ("Nguyen Xuan Thang, Politburo member, President of the Ho Chi Minh National Academy of Politics "
         "(HCMA) and Chairman of the Central Theory Council, hosted them.", "Politburo member, President of "
         "the Ho Chi Minh National Academy of Politics (HCMA) and Chairman of the Central Theory Council",
         "Nguyen Xuan Thang"),
    ],
)
def test_posts_chained_with_commas_are_one_title(nlp, text, title, person):
    """A comma-separated chain of one person's posts, before or after the name, is one TITLE."""
    found = entities(vnentities.extract(text, "2025-01-01", nlp=nlp))
    assert ("TITLE", title, person) in found
    assert [norm for label, _, norm in found if label == "PERSON"] == [person]


def test_a_list_of_people_is_not_one_chain(nlp):
    """``A, Title of X, Title B``: the second title is B's, not part of A's."""
    doc = vnentities.extract(
        "Nguyen Van Hieu, Chairman of the Hanoi People's Committee, Deputy Minister Tran Luu Quang "
        "and others attended.", "2025-01-01", nlp=nlp)
    assert entities(doc, "TITLE") == [
        ("TITLE", "Chairman of the Hanoi People's Committee", "Nguyen Van Hieu"),
        ("TITLE", "Deputy Minister", "Tran Luu Quang"),
    ]


@pytest.mark.parametrize(
    "title",
    ["Minister of Culture, Sports and Tourism", "Minister of Labour, Invalids and Social Affairs",
     "Minister of Land, Infrastructure, Transport, and Tourism",
     "Minister of Food, Agriculture and Light Industry"],
)
def test_a_list_inside_a_complement_stays_in_the_title(nlp, title):
    """Portfolios listed with commas and a closing ``and`` belong to the title."""
    doc = vnentities.extract(f"The {title} Kim Van Son arrived.", "2025-01-01", nlp=nlp)
    assert entities(doc, "TITLE") == [("TITLE", title, "Kim Van Son")]


@pytest.mark.parametrize(
    ("text", "title", "holder"),
    [
        ("He met General Secretary of the Communist Party of China (CPC) Central Committee and President "
         "of China Xi Jinping.",
         "General Secretary of the Communist Party of China (CPC) Central Committee and President of China",
         "Xi Jinping"),
        ("Luong Hoang Thai, director general of the Multilateral Trade Policy Department under the "
         "Ministry of Industry and Trade, said so.",
         "director general of the Multilateral Trade Policy Department under the Ministry of Industry and "
         "Trade", "Luong Hoang Thai"),
        ("Chief of the Chancellery of the President Ivan Petrov attended.",
         "Chief of the Chancellery of the President", "Ivan Petrov"),
    ],
)
def test_complements_name_bodies_and_keep_an_acronym_inside(nlp, text, title, holder):
    """A body ending in a head (``Department``, ``Chancellery``), ``under`` and an inner ``(CPC)`` stay in the
    title."""
    assert ("TITLE", title, holder) in entities(vnentities.extract(text, "2025-04-15", nlp=nlp))


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Commander of Military Zone 7 Lt. Gen. Le Xuan The attended.", "Commander of Military Zone 7"),
        ("Commander of Coast Guard Region 1 Nguyen Van Hai spoke.", "Commander of Coast Guard Region 1"),
        ("The Minister of Defence 2 times met Nguyen Van Hai.", "Minister of Defence"),
    ],
)
def test_a_number_completes_a_numbered_body_in_a_complement(nlp_blank, text, title):
    """``Military Zone 7``: a small number after a zone, region or division is part of it, after other
    complements it is not; ``Military Zone`` alone is no place."""
    found = entities(vnentities.extract(text, "2025-01-01", nlp=nlp_blank))
    assert [span for label, span, _ in found if label == "TITLE"][0] == title
    assert "PLACE" not in {label for label, _, _ in found}


@pytest.mark.parametrize(
    ("text", "title", "acronym", "holder"),
    [
        ("Minister of Foreign Affairs (MOFA) Bui Thanh Son said so.", "Minister of Foreign Affairs", "MOFA",
         "Bui Thanh Son"),
        ("Singapore's Minister for Foreign Affairs (MFA) Vivian Balakrishnan said so.",
         "Minister for Foreign Affairs", "MFA", "Vivian Balakrishnan"),
        ("Minister of Industry and Trade (MoIT) Nguyen Hong Dien said so.", "Minister of Industry and Trade",
         "MoIT", "Nguyen Hong Dien"),
    ],
)
def test_an_acronym_ending_a_complement_stays_outside(nlp, nlp_blank, text, title, acronym, holder):
    """``(MOFA)`` with no complement after it is the ministry's own ORG; the name after it holds the title."""
    for model in (nlp, nlp_blank):
        found = entities(vnentities.extract(text, "2025-01-01", nlp=model))
        assert ("TITLE", title, holder) in found
        assert ("PERSON", holder, holder) in found
        assert [label for label, text, _ in found if text == acronym] == ["ORG"]


def test_a_bracketed_acronym_without_a_name_after_it_gives_no_holder(nlp_blank):
    doc = vnentities.extract("The Minister of Foreign Affairs (MOFA) said so.", "2025-01-01", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [("TITLE", "Minister of Foreign Affairs", None)]


def test_names_with_initials(nlp, nlp_blank):
    """Initials start a name after a title (``G.S. Bezdetko``) but never end one."""
    doc = vnentities.extract("Russian ambassador G.S. Bezdetko said so.", "2026-01-22", nlp=nlp)
    assert entities(doc, "PERSON") == [("PERSON", "G.S. Bezdetko", "G.S. Bezdetko")]
    assert ("TITLE", "Russian ambassador", "G.S. Bezdetko") in entities(doc)
    assert entities(vnentities.extract("Ambassador A.B. left.", "2026-01-22", nlp=nlp_blank), "PERSON") == []


def test_appositive_title_after_name(nlp):
    """``Name, Title of …``: the title after the comma belongs to the name before it."""
    doc = vnentities.extract(
        "Nguyen Phu Trong, General Secretary of the Communist Party of Viet Nam, said so.",
        "2023-01-01", nlp=nlp)
    assert ("TITLE", "General Secretary of the Communist Party of Viet Nam",
            "Nguyen Phu Trong") in entities(doc)


def test_a_post_after_as_belongs_to_the_name_before(nlp):
    """``the appointment of … Hoàng Văn Nam as Ambassador to Japan``: the post is his."""
    doc = vnentities.extract(
        "The President approved the appointment of Deputy Minister Hoàng Văn Nam as Ambassador to "
        "Japan.", "2025-01-01", nlp=nlp)
    assert ("TITLE", "Ambassador to Japan", "Hoang Van Nam") in entities(doc)


def test_rank_is_its_own_title(nlp):
    """A military rank between a title and the name is a TITLE of its own."""
    doc = vnentities.extract(
        "Minister of National Defence General Phan Văn Giang hosted the talks.", "2024-01-01",
        nlp=nlp)
    assert entities(doc, "TITLE") == [
        ("TITLE", "Minister of National Defence", "Phan Van Giang"),
        ("TITLE", "General", "Phan Van Giang"),
    ]


def test_standalone_titles_resolve_to_their_holder(nlp):
    """A capitalised stand-in title resolves by role and country; a generic one is not a TITLE."""
    text = ("Party General Secretary Nguyễn Phú Trọng received U.S. Secretary of State Antony "
            "Blinken. The Party chief thanked the US State Secretary. The Vietnamese leader "
            "smiled.")
    found = entities(vnentities.extract(text, "2023-04-15", nlp=nlp), "TITLE")
    assert ("TITLE", "Party chief", "Nguyen Phu Trong") in found
    assert ("TITLE", "US State Secretary", "Antony Blinken") in found
    assert all("leader" not in text for _, text, _ in found)


def test_partial_names_resolve_diacritic_insensitively(nlp):
    """``Trọng``, ``Trong`` and ``Nguyen`` resolve to the full name; ``Biden`` to ``Joe Biden``."""
    text = ("General Secretary Nguyễn Phú Trọng called U.S. President Joe Biden. Trong said "
            "ties were good. Biden agreed, and Nguyen thanked him.")
    persons = entities(vnentities.extract(text, "2023-03-30", nlp=nlp), "PERSON")
    assert ("PERSON", "Trong", "Nguyen Phu Trong") in persons
    assert ("PERSON", "Nguyen", "Nguyen Phu Trong") in persons
    assert ("PERSON", "Biden", "Joe Biden") in persons


def test_bare_family_name_goes_to_most_salient_person(nlp_blank):
    """A bare ``Nguyen`` resolves to the Nguyen mentioned most often."""
    text = ("Deputy Prime Minister Nguyen Hoa Binh met Minister Nguyen Van Thang. "
            "Nguyen Hoa Binh said trade grew. Nguyen Hoa Binh left. Nguyen added more.")
    persons = entities(vnentities.extract(text, "2025-01-01", nlp=nlp_blank), "PERSON")
    assert persons[-1] == ("PERSON", "Nguyen", "Nguyen Hoa Binh")


def test_names_without_diacritics_and_bylines(nlp_blank):
    """Vietnamese names with or without diacritics; a byline in capitals is title-cased."""
    text = "Lê Minh Hưng and Le Minh Hung are one person.\n\nSON TRUNG\n"
    persons = entities(vnentities.extract(text, "2025-01-01", nlp=nlp_blank), "PERSON")
    assert persons == [
        ("PERSON", "Lê Minh Hưng", "Le Minh Hung"),
        ("PERSON", "Le Minh Hung", "Le Minh Hung"),
        ("PERSON", "SON TRUNG", "Son Trung"),
    ]


def test_officials_records(nlp):
    """``doc.officials``: one record per person with titles, country and every mention."""
    text = ("U.S. President Joe Biden phoned General Secretary of the Communist Party of Viet Nam "
            "Nguyen Phu Trong. Biden thanked Trong.")
    officials = {o.norm: o for o in vnentities.extract(text, "2023-03-30", nlp=nlp).officials}
    biden, trong = officials["Joe Biden"], officials["Nguyen Phu Trong"]
    assert biden.titles == ["U.S. President"] and biden.country == "US"
    assert [m.text for m in biden.mentions] == ["Joe Biden", "Biden"]
    assert trong.organisation == "Communist Party of Vietnam" and trong.country == "VN"
    assert len(trong.mentions) == 2


def test_plural_titles_are_neither_titles_nor_names(nlp_blank):
    """``three new Deputy Prime Ministers``: no TITLE and no PERSON (the guide skips plural titles)."""
    doc = vnentities.extract("The NA approved three new Deputy Prime Ministers and two Ministers.",
                             "2024-08-26", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [] and entities(doc, "PERSON") == []


@pytest.mark.parametrize(
    ("text", "title", "person"),
    [
        ("Japanese Parliamentary Vice-Minister for Foreign Affairs Ikuina Akiko visited Hanoi.",
         "Japanese Parliamentary Vice-Minister for Foreign Affairs", "Ikuina Akiko"),
        ("Vice-Minister of Foreign Affairs Kim Hong-kyun arrived.", "Vice-Minister of Foreign Affairs",
         "Kim Hong-kyun"),
        ("Deputy-Director Tran Van Nam arrived.", "Deputy-Director", "Tran Van Nam"),
        ("Deputy Director Pham Van An arrived.", "Deputy Director", "Pham Van An"),
        ("UAE Minister of State Sultan Bin Ahmed Al Jaber arrived.", "UAE Minister of State",
         "Sultan Bin Ahmed Al Jaber"),
        ("Oman's Sultan Haitham bin Tarik arrived.", "Sultan", "Haitham bin Tarik"),
    ],
)
def test_hyphened_titles_and_names(nlp, nlp_blank, text, title, person):
    """A hyphen joins a modifier to a post (``Vice-Minister``) and a syllable to a name (``Hong-kyun``);
    ``An`` ends a Vietnamese name after another syllable; a post word before a patronymic is a given name
    (``Sultan Bin Ahmed``)."""
    for model in (nlp, nlp_blank):
        doc = vnentities.extract(text, "2025-01-01", nlp=model)
        assert ("TITLE", title, person) in entities(doc)
        assert ("PERSON", person, person) in entities(doc)


def test_a_hyphen_alone_does_not_make_a_title(nlp_blank):
    doc = vnentities.extract("The deputy-level talks and the vice-ministerial meeting ended.", "2025-01-01",
                             nlp=nlp_blank)
    assert entities(doc, "TITLE") == []


def test_stop_words_are_not_mentions_of_a_name(nlp_blank):
    """``To`` of ``To Lam`` and ``An`` of ``Nguyen Van An`` at a sentence start are not the person."""
    text = ("General Secretary To Lam met Nguyen Van An. To promote ties, both sides met. An official "
            "said Lam and An agreed.")
    persons = entities(vnentities.extract(text, "2025-01-01", nlp=nlp_blank), "PERSON")
    assert [p[1] for p in persons] == ["To Lam", "Nguyen Van An", "Lam"]


def test_names_after_honorifics_and_their_appositive_titles(nlp_blank):
    """``Mr. Khiev Rithiphorn, Vice Governor of …``: honorific out; the post after the comma is his."""
    text = "Mr. Khiev Rithiphorn, Vice Governor of Kampot Province, spoke. Mr. President and Ms. Hang met."
    found = entities(vnentities.extract(text, "2025-10-11", nlp=nlp_blank))
    assert ("PERSON", "Khiev Rithiphorn", "Khiev Rithiphorn") in found
    assert ("TITLE", "Vice Governor of Kampot Province", "Khiev Rithiphorn") in found
    assert ("PERSON", "Hang", "Hang") in found
    assert [e for e in found if e[1] == "President"] == [("TITLE", "President", None)]


def test_a_name_written_again_takes_the_title_after_it(nlp_blank):
    text = ("He met Secretary of the Guangzhou Municipal Party Committee Guo Yonghang. The talks with Guo "
            "Yonghang, Secretary of the Guangzhou Municipal Party Committee, went well.")
    titles = entities(vnentities.extract(text, "2024-04-02", nlp=nlp_blank), "TITLE")
    assert titles == [("TITLE", "Secretary of the Guangzhou Municipal Party Committee", "Guo Yonghang")] * 2


def test_a_title_opening_a_sentence_is_held_by_the_name_set_off_by_commas(nlp_blank):
    text = ("He spoke. Vice Chairman of the An Giang Provincial People’s Committee, Le Trung Ho, said so. "
            "He met the Ambassador, Pham Minh Chinh and Tran Van Nam.")
    titles = entities(vnentities.extract(text, "2025-10-11", nlp=nlp_blank), "TITLE")
    assert titles == [("TITLE", "Vice Chairman of the An Giang Provincial People’s Committee", "Le Trung Ho"),
                      ("TITLE", "Ambassador", None)]


def test_credits_and_long_names(nlp_blank):
    """``Photos: Thanh Hai/…`` is a credit; a name after a title may have four words."""
    text = "Photos: Thanh Hai/The Hanoi Times\nNew Zealand Ambassador Caroline Rachel Beres Ford spoke."
    found = entities(vnentities.extract(text, "2024-05-15", nlp=nlp_blank))
    assert ("PERSON", "Thanh Hai", "Thanh Hai") in found
    assert ("TITLE", "New Zealand Ambassador", "Caroline Rachel Beres Ford") in found


def test_both_before_posts_joined_by_and_makes_two_holders(nlp_blank):
    """``both the Prime Minister and Ambassador Hildner``: two people's posts, each its own TITLE; not before
    ``positions`` (one person holding both)."""
    text = ("PM Pham Minh Chinh received German Ambassador Guido Hildner. Both the Prime Minister and "
            "Ambassador Hildner praised the ties. To Lam held both Party leader and President positions.")
    titles = entities(vnentities.extract(text, "2024-06-12", nlp=nlp_blank), "TITLE")
    assert titles[2:4] == [("TITLE", "Prime Minister", "Pham Minh Chinh"),
                           ("TITLE", "Ambassador", "Guido Hildner")]
    assert [title[1] for title in titles[4:]] == ["Party leader and President"]


def test_a_list_of_places_after_to_may_end_with_a_body(nlp_blank):
    """``Ambassador to Belgium, Luxembourg and the EU``: a list of places in a complement may end in a body."""
    text = "Vietnamese Ambassador to Belgium, Luxembourg and the EU Nguyen Van Thao spoke."
    assert entities(vnentities.extract(text, "2022-10-17", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Vietnamese Ambassador to Belgium, Luxembourg and the EU", "Nguyen Van Thao")]

def test_a_credit_name_ending_in_a_syllable_that_is_a_stop_word(nlp_blank):
    """``An`` ends a credit's name as a syllable (``Photo Nhựt An``); it opens none (``Photo: An``)."""
    text = "The bridge was built with aid. — VNA/VNS Photo Nhựt An\n\nHÀ NỘI — Aid grew. Photo: An"
    persons = entities(vnentities.extract(text, "2025-03-26", nlp=nlp_blank), "PERSON")
    assert persons == [("PERSON", "Nhựt An", "Nhut An")]


@pytest.mark.parametrize(
    ("text", "title", "holder"),
    [
        ("Malaysia, Vietnam keen to enhance ties, says DPM\n\nDeputy Prime Minister Ahmad Zahid Hamidi "
         "received him.", "DPM", "Ahmad Zahid Hamidi"),
        ("According to Australian treasurer Jim Chalmers, aid rose.", "Australian treasurer", "Jim Chalmers"),
        ("He met French Minister of Solidarities and Health Agnès Buzyn.",
         "French Minister of Solidarities and Health", "Agnes Buzyn"),
    ],
)
def test_a_deputy_prime_ministers_abbreviation_a_treasurer_and_solidarities(nlp, text, title, holder):
    """``DPM`` is a deputy prime minister's post, held by the deputy prime minister named; ``treasurer`` is a
    post; ``Solidarities`` a portfolio."""
    assert ("TITLE", title, holder) in entities(vnentities.extract(text, "2017-07-12", nlp=nlp))

def test_credits_written_with_by(nlp_blank):
    """``Translated by Chung Anh``, ``Photo by Minh Duc``: the name after the cue and ``by`` is a PERSON."""
    doc = vnentities.extract("Source: Baobienphong\nTranslated by Chung Anh\nPhoto by Minh Duc", "2024-05-15",
                             nlp=nlp_blank)
    assert entities(doc) == [
        ("ORG", "Baobienphong", "Border Guard Newspaper"),
        ("PERSON", "Chung Anh", "Chung Anh"),
        ("PERSON", "Minh Duc", "Minh Duc"),
    ]


def test_a_credit_after_an_agency_and_an_abbreviated_rank(nlp_blank):
    """``(Photo: SGGP/ Viet Dung)``, ``(Photo: NDO/MINH DUY)``: the agency is an ORG, the name a PERSON;
    ``Gen. Giang`` is a rank and the known name."""
    text = ("General Phan Van Giang spoke. (Photo: SGGP/ Viet Dung)\nGen. Giang left. (Photo: NDO/MINH DUY)")
    found = entities(vnentities.extract(text, "2025-04-17", nlp=nlp_blank))
    assert ("ORG", "SGGP", "Saigon Giai Phong") in found and ("PERSON", "Viet Dung", "Viet Dung") in found
    assert ("ORG", "NDO", "Nhan Dan") in found and ("PERSON", "MINH DUY", "Minh Duy") in found
    assert ("TITLE", "Gen.", "Phan Van Giang") in found and ("PERSON", "Giang", "Phan Van Giang") in found


def test_a_bracketed_acronym_ends_a_title_unless_a_post_follows(nlp_blank):
    """``(URP) and Deputy Chairman …`` goes on the chain; ``(MOFA)`` before a name is an ORG of its own."""
    text = ("Trong met Dmitry Medvedev, Chairman of the United Russia Party (URP) and Deputy Chairman of the "
            "Security Council of Russia. Minister of Foreign Affairs (MOFA) Bui Thanh Son came.")
    found = entities(vnentities.extract(text, "2023-05-22", nlp=nlp_blank))
    assert ("TITLE", "Chairman of the United Russia Party (URP) and Deputy Chairman of the Security Council of "
            "Russia", "Dmitry Medvedev") in found
    assert ("TITLE", "Minister of Foreign Affairs", "Bui Thanh Son") in found
    assert ("ORG", "MOFA", "Ministry of Foreign Affairs") in found


def test_a_title_repeated_without_its_name_stands_for_its_holder(nlp_blank):
    """A title of three words or more, written again as it was next to a name, is a TITLE held by that
    name; in lower case (``served as prime minister of the Netherlands``) it is not."""
    text = ("Secretary of the HCMC Party Committee Nguyen Van Nen received him. According to the Secretary "
            "of the HCMC Party Committee, ties grew. "
            "Prime Minister of the Netherlands Mark Rutte, who has served as prime minister of the "
            "Netherlands since 2010, came.")
    titles = entities(vnentities.extract(text, "2024-11-15", nlp=nlp_blank), "TITLE")
    assert titles == [
        ("TITLE", "Secretary of the HCMC Party Committee", "Nguyen Van Nen"),
        ("TITLE", "Secretary of the HCMC Party Committee", "Nguyen Van Nen"),
        ("TITLE", "Prime Minister of the Netherlands", "Mark Rutte")]


def test_an_organisation_and_its_bracketed_acronym_before_a_post_open_the_title(nlp_blank):
    """``National Assembly (NA) Chairman``: one TITLE; after the post's ``of`` the acronym stays an ORG."""
    text = ("National Assembly (NA) Chairman Tran Thanh Man welcomed him. Chairman of the National Assembly "
            "(NA) Tran Thanh Man spoke.")
    found = entities(vnentities.extract(text, "2025-08-31", nlp=nlp_blank))
    assert found[:2] == [("TITLE", "National Assembly (NA) Chairman", "Tran Thanh Man"),
                         ("PERSON", "Tran Thanh Man", "Tran Thanh Man")]
    assert found[2:4] == [("TITLE", "Chairman of the National Assembly", "Tran Thanh Man"),
                          ("ORG", "NA", "National Assembly of Vietnam")]


def test_a_commandant_is_a_post(nlp_blank):
    """``Vice Commandant`` of a coast guard is a TITLE before the name."""
    doc = vnentities.extract("Vice Commandant Watanabe Yasunori spoke.", "2023-12-20", nlp=nlp_blank)
    assert entities(doc) == [("TITLE", "Vice Commandant", "Watanabe Yasunori"),
                             ("PERSON", "Watanabe Yasunori", "Watanabe Yasunori")]


def test_abbreviated_lawmakers_and_governors_are_titles(nlp_blank):
    """``Rep.``, ``Sen.`` and ``Gov.`` before a name are TITLEs held by it; ``the Rep. of Korea`` is not."""
    text = ("The delegation was led by Rep. Jang Kyungtae. Sen. Tammy Duckworth and Gov. Gavin Newsom came. "
            "The Rep. of Korea sent a note.")
    assert entities(vnentities.extract(text, "2024-11-06", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Rep.", "Jang Kyungtae"), ("TITLE", "Sen.", "Tammy Duckworth"),
        ("TITLE", "Gov.", "Gavin Newsom")]


def test_a_complement_stops_at_a_place_right_after_a_place(nlp_blank):
    """``UK Ambassador to Vietnam Iran Frew``: ``Iran`` starts something else, not the complement."""
    text = ("He met UK Ambassador to Vietnam Iran Frew and Ambassador of the Republic of Korea to Vietnam "
            "Choi Young-sam.")
    titles = [t[1] for t in entities(vnentities.extract(text, "2025-10-28", nlp=nlp_blank), "TITLE")]
    assert titles == ["UK Ambassador to Vietnam", "Ambassador of the Republic of Korea to Vietnam"]


def test_a_post_after_a_cue_belongs_to_the_last_person_of_the_sentence(nlp_blank):
    """``Do Duc Duy, …, to hold the position of Minister of …``; never across a sentence."""
    text = ("The NA approved Do Duc Duy, Secretary of the Yen Bai Provincial Party Committee, to hold the "
            "position of Minister of Natural Resources and Environment; and Nguyen Hai Ninh to hold the role "
            "of Minister of Justice. Tran Van Nam spoke. The NA named a new member to the post of Minister of "
            "Health.")
    titles = entities(vnentities.extract(text, "2024-08-26", nlp=nlp_blank), "TITLE")
    assert ("TITLE", "Minister of Natural Resources and Environment", "Do Duc Duy") in titles
    assert ("TITLE", "Minister of Justice", "Nguyen Hai Ninh") in titles
    assert ("TITLE", "Minister of Health", None) in titles


def test_posts_of_a_biography_belong_to_the_person_the_sentence_is_about(nlp_blank):
    """``She later became Deputy Head of …``: posts after a post cue, with no name next to them,
    go to the person named in the sentence or, after a pronoun, earlier in the paragraph."""
    text = ("Nguyen Thi Lan, born in 1970, was elected Secretary of the Lao Cai Provincial Party Committee in "
            "2020. She previously served as Vice Chairwoman of the Provincial People's Committee, Head of the "
            "Provincial Party Committee's Organisation Commission and Director of the Department of Home "
            "Affairs.\n\nHe later became Director of the Department of Finance. Vietnam became Chair of ASEAN. "
            "Tran Van Nam, who had served as Minister of Finance, met the Dutch prime minister.")
    titles = entities(vnentities.extract(text, "2025-10-25", nlp=nlp_blank), "TITLE")
    assert titles == [
        ("TITLE", "Secretary of the Lao Cai Provincial Party Committee", "Nguyen Thi Lan"),
        ("TITLE", "Vice Chairwoman of the Provincial People's Committee, Head of the Provincial Party "
                  "Committee's Organisation Commission and Director of the Department of Home Affairs",
         "Nguyen Thi Lan"),
        ("TITLE", "Director of the Department of Finance", None),
        ("TITLE", "Minister of Finance", "Tran Van Nam"),
    ]


def test_a_title_then_a_comma_and_its_holder(nlp_blank):
    """``… met Dutch Minister of …, Cora van Nieuwenhuizen.``: a name ending the sentence, or set off by a
    comma with no other name after it, holds the title; a list does not."""
    text = ("He met Dutch Minister of Infrastructure and Water Management, Cora van Nieuwenhuizen. "
            "According to Vietnamese Minister of Finance, Ho Duc Phoc, revenue rose. He met the Ambassador, "
            "John Smith, Tran Van Nam and Le Van Thanh.")
    found = entities(vnentities.extract(text, "2019-04-09", nlp=nlp_blank))
    assert [e for e in found if e[0] == "TITLE"] == [
        ("TITLE", "Dutch Minister of Infrastructure and Water Management", "Cora van Nieuwenhuizen"),
        ("TITLE", "Vietnamese Minister of Finance", "Ho Duc Phoc"),
        ("TITLE", "Ambassador", None)]
    assert ("PERSON", "John Smith", "John Smith") in found


def test_standalone_titles_after_an_organisation_and_at_a_chain_end(nlp_blank):
    """``Vietnamese Government leader`` and ``Government chief`` stand for the PM; a chain ending in a
    standalone post (``Lao Party Secretary and President``) stands for its holder."""
    text = ("Prime Minister Pham Minh Chinh met Lao Party Secretary and President Thongloun Sisoulith. The "
            "Vietnamese Government leader said the Lao Party Secretary and President’s visit was key. The "
            "Government chief agreed.")
    titles = entities(vnentities.extract(text, "2024-09-13", nlp=nlp_blank), "TITLE")
    assert titles == [
        ("TITLE", "Prime Minister", "Pham Minh Chinh"),
        ("TITLE", "Lao Party Secretary and President", "Thongloun Sisoulith"),
        ("TITLE", "Vietnamese Government leader", "Pham Minh Chinh"),
        ("TITLE", "Lao Party Secretary and President", "Thongloun Sisoulith"),
        ("TITLE", "Government chief", "Pham Minh Chinh")]


def test_the_marshal_of_a_chamber_is_a_post(nlp_blank):
    """``Marshal of the Senate``: Poland's presiding officers are Marshals."""
    text = "He met Marshal of the Senate Stanisław Karczewski in Warsaw."
    assert entities(vnentities.extract(text, "2018-09-21", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Marshal of the Senate", "Stanislaw Karczewski")]


def test_a_rank_before_a_name_is_a_title(nlp_blank):
    """``General Phan Van Giang``; ``General Giang`` once the name is known; never a rank alone."""
    text = ("Senior Lieutenant General Hoang Xuan Chien met General Phan Van Giang. General Giang spoke. "
            "Colonel Smith left.")
    found = entities(vnentities.extract(text, "2025-06-01", nlp=nlp_blank))
    assert [e for e in found if e[0] == "TITLE"] == [
        ("TITLE", "Senior Lieutenant General", "Hoang Xuan Chien"), ("TITLE", "General", "Phan Van Giang"),
        ("TITLE", "General", "Phan Van Giang")]
    assert ("PERSON", "Giang", "Phan Van Giang") in found


def test_an_unknown_name_before_a_comma_and_a_post(nlp_blank):
    """``led by Wiraka Moodhitaporn, Consul General of …``: a name and its title; not an ORG before a comma."""
    text = ("The Chairman met a delegation led by Wiraka Moodhitaporn, Consul General of Thailand in Ho Chi "
            "Minh City. He thanked the European Union, Ambassador Julien Guerrier said.")
    found = entities(vnentities.extract(text, "2025-08-27", nlp=nlp_blank))
    assert ("PERSON", "Wiraka Moodhitaporn", "Wiraka Moodhitaporn") in found
    assert ("TITLE", "Consul General of Thailand in Ho Chi Minh City", "Wiraka Moodhitaporn") in found
    assert [e[1] for e in found if e[0] == "PERSON"] == ["Wiraka Moodhitaporn", "Julien Guerrier"]


@pytest.mark.parametrize(
    "text",
    [
        "Le Minh Khai and Le Van Thanh became new Deputy PMs for the tenure.",
        "Tran Quoc Toan and Nguyen Manh Hung became Deputy Secretaries of the provincial Party Committee.",
    ],
)
def test_a_post_word_before_a_capitalised_plural_post_is_no_title(nlp_blank, text):
    """``Deputy`` of ``Deputy PMs`` and ``Deputy Secretaries`` is part of a plural post, no TITLE."""
    assert entities(vnentities.extract(text, "2021-04-08", nlp=nlp_blank), "TITLE") == []


def test_an_age_between_a_name_and_its_post_and_a_post_after_as_the(nlp_blank):
    """``Trần Thanh Mẫn, 62, Politburo Member …``: the post set off after the age is the name's; so is a post
    after the name and ``as the``."""
    text = ("The NA elected Trần Thanh Mẫn, 62, Politburo Member and Permanent Vice Chairman of the NA, to the "
            "post. Deputies voted to elect Vương Đình Huệ as the NA Chairman.")
    found = entities(vnentities.extract(text, "2024-05-20", nlp=nlp_blank), "TITLE")
    assert found == [
        ("TITLE", "Politburo Member and Permanent Vice Chairman of the NA", "Tran Thanh Man"),
        ("TITLE", "NA Chairman", "Vuong Dinh Hue"),
    ]


def test_a_post_after_a_passive_s_agent_and_as_is_the_subject_s(nlp_blank):
    """``Zalewski has been appointed by Pope Francis as …``: the post after the agent and ``as`` is the
    subject's; a post set off after ``by`` and a name stays that name's (``led by General Giang, …``)."""
    text = ("Tran Van Son was chosen by Prime Minister Pham Minh Chinh as Minister of Finance. Le Van Thanh "
            "was named by Chinh as Minister of Industry. The delegation was led by General Phan Van Giang, "
            "Minister of Defence.")
    found = entities(vnentities.extract(text, "2024-01-01", nlp=nlp_blank), "TITLE")
    assert found == [
        ("TITLE", "Prime Minister", "Pham Minh Chinh"),
        ("TITLE", "Minister of Finance", "Tran Van Son"),
        ("TITLE", "Minister of Industry", "Le Van Thanh"),
        ("TITLE", "General", "Phan Van Giang"),
        ("TITLE", "Minister of Defence", "Phan Van Giang"),
    ]


def test_a_post_after_a_name_as_and_fillers_a_posted_head_in_a_place_and_a_nuncio(nlp_blank):
    """``Zalewski as the first Resident Papal Representative in Vietnam``: fillers may stand between ``as`` and
    the post, whose complement may open with ``in``; ``Apostolic Nuncio to Singapore`` is a posted head's."""
    text = ("The Pope named Archbishop Marek Zalewski as the first Resident Papal Representative in Vietnam. "
            "Marek Zalewski, Apostolic Nuncio to Singapore, spoke.")
    found = entities(vnentities.extract(text, "2023-12-24", nlp=nlp_blank), "TITLE")
    assert found[1:] == [
        ("TITLE", "Archbishop", "Marek Zalewski"),
        ("TITLE", "Resident Papal Representative in Vietnam", "Marek Zalewski"),
        ("TITLE", "Apostolic Nuncio to Singapore", "Marek Zalewski"),
    ]


@pytest.mark.parametrize(
    ("text", "title", "holder"),
    [
        ("It met under the chair of Politburo member and Chairman of the commission Nguyễn Duy Ngọc.",
         "Politburo member and Chairman of the commission", "Nguyen Duy Ngoc"),
        ("Nguyen Truong Son, Vice Director of the authority, said so.", "Vice Director of the authority",
         "Nguyen Truong Son"),
        ("She welcomed Crown Princess Kiko.", "Crown Princess", "Kiko"),
        ("He hosted Speaker of the Legislative Chamber (lower house) of the Oliy Majlis of Uzbekistan Nuriddin "
         "Ismoilov.", "Speaker of the Legislative Chamber (lower house) of the Oliy Majlis of Uzbekistan",
         "Nuriddin Ismoilov"),
    ],
)
def test_a_lower_case_body_closes_a_post_and_crown_princess(nlp_blank, text, title, holder):
    """``of the commission``, ``of the authority``: a lower-case body closes a post's complement."""
    found = entities(vnentities.extract(text, "2025-05-29", nlp=nlp_blank), "TITLE")
    assert found == [("TITLE", title, holder)]


def test_an_unknown_name_opening_a_sentence_before_a_comma_and_a_post(nlp_blank):
    """A name that opens a sentence holds the post set off after it, ``of the ASEAN Chair`` inside it; a place
    or a date opening one is no name."""
    text = ("Maria Theresa Lazaro, Special Envoy of the ASEAN Chair, met him. On Monday, Prime Minister Chinh "
            "spoke.")
    found = entities(vnentities.extract(text, "2026-01-28", nlp=nlp_blank))
    assert [e for e in found if e[0] in ("PERSON", "TITLE")] == [
        ("PERSON", "Maria Theresa Lazaro", "Maria Theresa Lazaro"),
        ("TITLE", "Special Envoy of the ASEAN Chair", "Maria Theresa Lazaro"),
        ("TITLE", "Prime Minister", None),
    ]


@pytest.mark.parametrize(
    ("text", "title", "person"),
    [
        ("Vietnamese FM Bui Thanh Son arrived.", "Vietnamese FM", "Bui Thanh Son"),
        ("Chinese State Councilor and Foreign Minister Wang Yi arrived.",
         "Chinese State Councilor and Foreign Minister", "Wang Yi"),
        ("Kuwaiti Emir Nawaf Al-Ahmad Al-Jaber Al-Sabah sent a message.", "Kuwaiti Emir",
         "Nawaf Al-Ahmad Al-Jaber Al-Sabah"),
        ("WEF Founder and Executive Chairman Klaus Schwab sent a message.",
         "WEF Founder and Executive Chairman", "Klaus Schwab"),
    ],
)
def test_more_posts_and_names_joined_by_hyphens(nlp, nlp_blank, text, title, person):
    """``FM``, ``State Councilor``, ``Emir``, ``Founder``; capitalised parts joined by hyphens stay in names."""
    for model in (nlp, nlp_blank):
        found = entities(vnentities.extract(text, "2025-08-14", nlp=model))
        assert ("TITLE", title, person) in found
        assert ("PERSON", person, person) in found
        assert [e for e in found if e[0] == "PLACE"] == []


@pytest.mark.parametrize(
    ("text", "bare", "holder"),
    [
        ("Deputy Prime Minister Tran Luu Quang met them. The Prime Minister said so.", "Prime Minister", None),
        ("Vice President Vo Thi Anh Xuan met them. The President said so.", "President", None),
        ("Deputy Minister of Foreign Affairs Do Hung Viet attended. The Deputy Minister spoke.",
         "Deputy Minister", "Do Hung Viet"),
        ("Party General Secretary and State President Nguyen Phu Trong received them. The President spoke.",
         "President", "Nguyen Phu Trong"),
    ],
)
def test_a_bare_title_goes_to_the_holder_of_that_post_only(nlp_blank, text, bare, holder):
    """A deputy does not hold the post he deputises; a chain of posts holds each; a bare title is also held by
    the holder of a longer title it begins."""
    doc = vnentities.extract(text, "2024-01-01", nlp=nlp_blank)
    assert entities(doc, "TITLE")[-1] == ("TITLE", bare, holder)


def test_a_digit_glued_to_a_caption_title_is_split_off(nlp_blank):
    doc = vnentities.extract("ảnh 1Armenian Ambassador Vahe Gevorgyan spoke.", "2024-01-01", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [("TITLE", "Armenian Ambassador", "Vahe Gevorgyan")]


def test_the_year_of_a_rotating_post_stays_in_the_title(nlp_blank):
    """``ASEAN Chair for 2025,`` is one TITLE; a year followed by more words is not part of a title."""
    doc = vnentities.extract("Malaysian Prime Minister Anwar Ibrahim, ASEAN Chair for 2025, spoke.",
                             "2025-05-26", nlp=nlp_blank)
    assert entities(doc, "TITLE")[-1] == ("TITLE", "ASEAN Chair for 2025", "Anwar Ibrahim")
    assert entities(doc, "DATE") == []
    doc = vnentities.extract("The Minister for 2025 plans spoke.", "2025-05-26", nlp=nlp_blank)
    assert entities(doc, "DATE") == [("DATE", "2025", "2025")]


def test_a_name_after_counterpart_is_a_person(nlp_blank):
    doc = vnentities.extract("Minister Phan Van Giang met his Lao counterpart Khamliang Outhakaysone. "
                             "Outhakaysone thanked him.", "2024-12-18", nlp=nlp_blank)
    assert entities(doc, "PERSON")[1:] == [("PERSON", "Khamliang Outhakaysone", "Khamliang Outhakaysone"),
                                           ("PERSON", "Outhakaysone", "Khamliang Outhakaysone")]


def test_a_byline_before_the_time_at_a_line_start(nlp_blank):
    doc = vnentities.extract("Minh Anh 23:57, 2020/09/08\nThe meeting opened.", None, nlp=nlp_blank)
    assert entities(doc) == [("PERSON", "Minh Anh", "Minh Anh"),
                             ("DATE", "23:57, 2020/09/08", "2020-09-08T23:57")]


def test_a_byline_of_several_names_on_its_own_line(nlp_blank):
    """``Ngoc Mai - Van Ha 20:20, …`` gives two PERSONs; the headline's line above stays out of them."""
    doc = vnentities.extract("Hanoi ties grow\nNgoc Mai - Van Ha 20:20, 2023/12/18\nTitle\nMinh Anh 21:00, "
                             "2023/12/18", None, nlp=nlp_blank)
    assert entities(doc, "PERSON") == [("PERSON", "Ngoc Mai", "Ngoc Mai"), ("PERSON", "Van Ha", "Van Ha"),
                                       ("PERSON", "Minh Anh", "Minh Anh")]
    doc = vnentities.extract("Ngoc Mai - the 20:20, 2023/12/18", None, nlp=nlp_blank)
    assert entities(doc, "PERSON") == []


def test_a_headline_title_is_not_held_by_the_next_lines_name(nlp_blank):
    """A headline's title has no holder on the next line; its words name the post held in the body, ``the``
    aside."""
    text = ("Party chief holds talks with Chairman of United Russia Party\n"
            "Party General Secretary Nguyen Phu Trong held talks with Chairman of the United Russia Party "
            "(URP) and Deputy Chairman of the Security Council of Russia Dmitry Medvedev.")
    doc = vnentities.extract(text, "2023-05-22", nlp=nlp_blank)
    assert entities(doc, "TITLE")[:3] == [
        ("TITLE", "Party chief", "Nguyen Phu Trong"),
        ("TITLE", "Chairman of United Russia Party", "Dmitry Medvedev"),
        ("TITLE", "Party General Secretary", "Nguyen Phu Trong"),
    ]


def test_a_bare_title_with_a_country_prefers_a_holder_of_that_country(nlp_blank):
    """``Vietnamese Government chief``: of two prime ministers mentioned as often, the Vietnamese one."""
    text = ("Prime Minister Pham Minh Chinh held phone talks with his New Zealand counterpart "
            "Christopher Luxon. PM Chinh praised Prime Minister Luxon's visit. The Vietnamese Government chief "
            "also spoke.")
    doc = vnentities.extract(text, "2025-04-10", nlp=nlp_blank)
    assert entities(doc, "TITLE")[-1] == ("TITLE", "Vietnamese Government chief", "Pham Minh Chinh")


@pytest.mark.parametrize("bare", ["The Tongan FM", "The Tongan Foreign Minister"])
def test_a_counterpart_holds_the_post_of_the_official_he_meets_in_his_country(nlp, nlp_blank, bare):
    """``his Tongan counterpart X``: X is Tonga's foreign minister, so ``the Tongan FM`` is X."""
    text = ("Foreign Minister Bui Thanh Son held talks with his Tongan counterpart Fekitamoeloa Katoa in "
            f"Hanoi. {bare} thanked Vietnam. Son said the two countries would sign an MoU.")
    for model in (nlp, nlp_blank):
        doc = vnentities.extract(text, "2025-04-10", nlp=model)
        assert entities(doc, "TITLE")[-1] == ("TITLE", bare[4:], "Fekitamoeloa Katoa")


def test_a_post_standing_alone_goes_to_its_holder_after_the_owners_name(nlp_blank):
    """``the Secretary-General`` is the ``ASEAN Secretary-General`` named before, not his deputy."""
    text = ("He met ASEAN Secretary-General Kao Kim Hourn and Deputy Secretary-General Nguyen Hai Bang. Son "
            "praised the Secretary-General’s participation.")
    doc = vnentities.extract(text, "2025-02-25", nlp=nlp_blank)
    assert entities(doc, "TITLE")[-1] == ("TITLE", "Secretary-General", "Kao Kim Hourn")


def test_a_lower_case_post_of_an_association_or_a_club(nlp_blank):
    """After a name and a comma, a lower-case post of an association or a club is one TITLE."""
    text = ("Nguyen Van Thinh, head of the association, stated it. Tran Thi Mai, chairwoman of the club, "
            "spoke.")
    assert entities(vnentities.extract(text, "2022-10-17", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "head of the association", "Nguyen Van Thinh"),
        ("TITLE", "chairwoman of the club", "Tran Thi Mai"),
    ]


def test_a_post_after_a_cue_an_owner_and_fillers(nlp_blank):
    """``she becomes Việt Nam's first female Deputy Prime Minister``: hers, not the other deputy's."""
    text = ("The appointment of Phạm Thị Thanh Trà marks a milestone, as she becomes Việt Nam’s first female "
            "Deputy Prime Minister. Deputy Prime Minister Hồ Quốc Dũng spoke.")
    doc = vnentities.extract(text, "2025-10-25", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "Deputy Prime Minister", "Pham Thi Thanh Tra"),
        ("TITLE", "Deputy Prime Minister", "Ho Quoc Dung"),
    ]


def test_honorifics_of_several_words_between_a_title_and_its_name(nlp_blank):
    """Malaysian honorifics (``Dato' Seri``, ``Tan Sri Dato'``, ``Dr.``) stay out of the name, which holds the
    title; a long Malay name is kept whole."""
    text = ("Lam held talks with PM Dato’ Seri Anwar Ibrahim; met Speaker of the House of Representatives "
            "Tan Sri Dato' Johari Bin Abdul and President of the Senate Dato’ Awang Bemee Awang Ali Basah; "
            "and received Deputy Prime Minister, Minister of Rural and Regional Development Dato’ Seri Dr. "
            "Ahmad Zahid Hamidi.")
    doc = vnentities.extract(text, "2024-11-23", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "PM", "Anwar Ibrahim"),
        ("TITLE", "Speaker of the House of Representatives", "Johari Bin Abdul"),
        ("TITLE", "President of the Senate", "Awang Bemee Awang Ali Basah"),
        ("TITLE", "Deputy Prime Minister, Minister of Rural and Regional Development", "Ahmad Zahid Hamidi"),
    ]


def test_governor_general_and_house_of_councillors(nlp_blank):
    doc = vnentities.extract("Australian Governor-General David Hurley met President of the House of "
                             "Councillors Santo Akiko.", "2023-06-03", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "Australian Governor-General", "David Hurley"),
        ("TITLE", "President of the House of Councillors", "Santo Akiko"),
    ]


def test_abbreviated_ranks_in_sequence_and_to_as_a_last_syllable(nlp_blank):
    """``Sen. Lieut. Gen.`` is one rank; ``To`` ends a Vietnamese name after other syllables."""
    doc = vnentities.extract("Deputy Minister of Public Security Sen. Lieut. Gen. Tran Quoc To received them.",
                             "2023-12-01", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "Deputy Minister of Public Security", "Tran Quoc To"),
        ("TITLE", "Sen. Lieut. Gen.", "Tran Quoc To"),
    ]
    assert entities(doc, "PERSON") == [("PERSON", "Tran Quoc To", "Tran Quoc To")]


def test_a_posted_head_takes_in_only_before_a_name(nlp_blank):
    doc = vnentities.extract("Indian Consul General Vipra Pandey spoke. In Ho Chi Minh City, the Indian Consul "
                             "General in the city praised it. Ambassador in the US Nguyen Quoc Dung came.",
                             "2025-08-16", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "Indian Consul General", "Vipra Pandey"),
        ("TITLE", "Indian Consul General", "Vipra Pandey"),
        ("TITLE", "Ambassador in the US", "Nguyen Quoc Dung"),
    ]


def test_a_later_mention_by_the_last_two_names_hyphened(nlp_blank):
    text = ("Pham Minh Chinh met President of Cuba Miguel Díaz Canel. Díaz-Canel thanked Vietnam, and Chinh "
            "said Diaz-Canel was a friend.")
    doc = vnentities.extract(text, "2025-07-07", nlp=nlp_blank)
    assert [(text, norm) for _, text, norm in entities(doc, "PERSON")] == [
        ("Pham Minh Chinh", "Pham Minh Chinh"), ("Miguel Díaz Canel", "Miguel Diaz Canel"),
        ("Díaz-Canel", "Miguel Diaz Canel"), ("Chinh", "Pham Minh Chinh"), ("Diaz-Canel", "Miguel Diaz Canel")]


def test_a_later_mention_by_the_middle_of_a_foreign_name_of_three(nlp_blank):
    """``Bachelet`` for ``Michelle Bachelet Jeria``: a father's family name, in the middle; a Vietnamese name's
    middle word alone is no mention of it (``Hong`` of ``Tran Hong Ha``)."""
    text = ("Bui Thanh Son met former Chilean President Michelle Bachelet Jeria and Tran Hong Ha. Bachelet "
            "said Hong Kong and Chile are partners.")
    doc = vnentities.extract(text, "2023-03-28", nlp=nlp_blank)
    assert [(text, norm) for _, text, norm in entities(doc, "PERSON")] == [
        ("Bui Thanh Son", "Bui Thanh Son"), ("Michelle Bachelet Jeria", "Michelle Bachelet Jeria"),
        ("Tran Hong Ha", "Tran Hong Ha"), ("Bachelet", "Michelle Bachelet Jeria")]


def test_a_full_name_repeated_wins_over_the_pieces_found_inside_it(nlp_blank):
    """A known full name said again is one PERSON, even where a city (``Orlando``) or a shorter name found by
    other rules (``Maria Amarelle Boue``) stands inside it; a place that is the whole name keeps its label."""
    text = ("Cuban Ambassador Orlando Hernandez Guillen met Ha Thi Nga, who hosted Teresa Maria Amarelle Boue, "
            "Secretary General of the Cuban Women's Union. Orlando Hernandez Guillen agreed.\n\n"
            "Teresa Maria Amarelle Boue briefed her host.")
    doc = vnentities.extract(text, "2023-05-12", nlp=nlp_blank)
    assert [(text, norm) for _, text, norm in entities(doc, "PERSON")] == [
        ("Orlando Hernandez Guillen", "Orlando Hernandez Guillen"), ("Ha Thi Nga", "Ha Thi Nga"),
        ("Teresa Maria Amarelle Boue", "Teresa Maria Amarelle Boue"),
        ("Orlando Hernandez Guillen", "Orlando Hernandez Guillen"),
        ("Teresa Maria Amarelle Boue", "Teresa Maria Amarelle Boue")]
    assert entities(doc, "PLACE") == []


def test_a_doctors_park_a_fijian_ratu_and_a_chinese_he_after_a_comma_are_people(nlp_blank):
    """``Dr Kidong Park`` is no facility; ``Ratu`` is an honorific outside the name; ``He Wei`` set off by a
    comma after a post is its holder (a bare ``He`` there stays a pronoun)."""
    text = ("Long honoured Dr Kidong Park, Representative of the World Health Organisation in Vietnam. "
            "Fiji President Ratu Wiliame Maivalili Katonivere met Hoai and the Ambassador of China to Vietnam, "
            "He Wei. "
            "Hoai thanked the Chinese side, He said.")
    doc = vnentities.extract(text, "2025-12-05", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "Representative of the World Health Organisation in Vietnam", "Kidong Park"),
        ("TITLE", "Fiji President", "Wiliame Maivalili Katonivere"),
        ("TITLE", "Ambassador of China to Vietnam", "He Wei")]
    assert [t for _, t, _ in entities(doc, "PERSON")] == [
        "Kidong Park", "Wiliame Maivalili Katonivere", "He Wei"]
    assert "Dr Kidong Park" not in [t for _, t, _ in entities(doc, "PLACE")]


def test_a_post_word_hyphened_to_a_name_is_part_of_the_name(nlp_blank):
    """``Amir`` is a post, but in ``Amir-Abdollahian`` it opens a surname; ``Secretary-General`` stays a post;
    ``Economic Diplomacy`` is a deputy minister's portfolio."""
    text = ("Hang met Iranian Minister of Foreign Affairs Hossein Amir-Abdollahian, Deputy Foreign Minister "
            "for Economic Diplomacy Mehdi Safari and UN Secretary-General Antonio Guterres.")
    assert entities(vnentities.extract(text, "2024-03-05", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Iranian Minister of Foreign Affairs", "Hossein Amir-Abdollahian"),
        ("TITLE", "Deputy Foreign Minister for Economic Diplomacy", "Mehdi Safari"),
        ("TITLE", "UN Secretary-General", "Antonio Guterres")]


def test_a_monks_or_nuns_dharma_name_opens_with_thich(nlp_blank):
    """``Thích`` opens a Buddhist monk's or nun's name as a family name does."""
    text = "Buddhist nun Thich Nguyen An, a representative of the society, spoke."
    assert entities(vnentities.extract(text, "2022-10-31", nlp=nlp_blank), "PERSON") == [
        ("PERSON", "Thich Nguyen An", "Thich Nguyen An")]


def test_capitalised_hyphened_syllables_business_portfolios_and_a_foreign_party(nlp_blank):
    """``Kim Hyeon-Gon`` is one name; ``Business``, ``Promotion`` are portfolio words; Fidesz is known."""
    text = ("Kim Hyeon-Gon, Chairman of the Vietnam–Korea Business and Investment Association, met Canadian "
            "Minister of International Trade, Export Promotion, Small Business and Economic Development "
            "Mary Ng and Vice President of Fidesz – Hungarian Civic Alliance Katalin Novak.")
    assert entities(vnentities.extract(text, "2025-09-17", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Chairman of the Vietnam–Korea Business and Investment Association", "Kim Hyeon-Gon"),
        ("TITLE", "Canadian Minister of International Trade, Export Promotion, Small Business and Economic "
                  "Development", "Mary Ng"),
        ("TITLE", "Vice President of Fidesz – Hungarian Civic Alliance", "Katalin Novak")]


def test_a_local_party_chief_stands_alone_and_goes_to_the_local_holder(nlp_blank):
    """``the municipal Party chief``: the capitalised ``Party chief`` is a title, held by the city's Party
    secretary, not by the General Secretary; a bare ``Party chief`` is still the General Secretary's."""
    text = ("City Party chief visits Moscow\nSecretary of the Hanoi Party Committee Dinh Tien Dung met General "
            "Secretary Nguyen Phu Trong. The municipal Party chief said so. The Party chief agreed.")
    doc = vnentities.extract(text, "2021-12-16", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "City Party chief", "Dinh Tien Dung"),
        ("TITLE", "Secretary of the Hanoi Party Committee", "Dinh Tien Dung"),
        ("TITLE", "General Secretary", "Nguyen Phu Trong"),
        ("TITLE", "Party chief", "Dinh Tien Dung"),
        ("TITLE", "Party chief", "Nguyen Phu Trong"),
    ]
    doc = vnentities.extract("HCMC Party chief Nguyen Van Nen met General Secretary To Lam, who praised the "
                             "city. The city Party chief thanked him.", "2025-05-18", nlp=nlp_blank)
    assert entities(doc, "TITLE")[-1] == ("TITLE", "Party chief", "Nguyen Van Nen")


def test_a_local_qualifier_keeps_apart_only_the_holders_of_a_known_role(nlp_blank):
    """Two cities' People's Committee chairmen stay apart: the place stays in a title of no known role."""
    text = ("Hanoi People’s Committee Chairman Tran Sy Thanh and HCMC People’s Committee Chairman Phan Van Mai "
            "met. Later the HCMC People’s Committee Chairman spoke.")
    doc = vnentities.extract(text, "2024-05-01", nlp=nlp_blank)
    assert entities(doc, "TITLE")[-1] == ("TITLE", "HCMC People’s Committee Chairman", "Phan Van Mai")


def test_naval_ranks_and_a_head_of_delegation(nlp_blank):
    """``Lieutenant Commander`` is one rank, not a rank and a ``Commander``; ``Head of the Vietnamese
    delegation`` keeps its lower-case body; ``Commanding Officer`` is a post."""
    text = ("Senior Captain Nguyen Dinh Giang, Head of the Vietnamese delegation, and Lieutenant Commander "
            "Doan Tu Nguyen Ngoc came. Commander Sharairil bin Hj Shahlan, Commanding Officer of the Supply "
            "Center, welcomed them.")
    doc = vnentities.extract(text, "2024-07-29", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "Senior Captain", "Nguyen Dinh Giang"),
        ("TITLE", "Head of the Vietnamese delegation", "Nguyen Dinh Giang"),
        ("TITLE", "Lieutenant Commander", "Doan Tu Nguyen Ngoc"),
        ("TITLE", "Commander", "Sharairil bin Hj Shahlan"),
        ("TITLE", "Commanding Officer of the Supply Center", "Sharairil bin Hj Shahlan"),
    ]


def test_an_appositive_post_after_an_indefinite_article(nlp_blank):
    """``Li Shangfu, a State Councillor and …``: the name before it, the post (without ``a``) after it; a
    lower-case post after ``a`` is not a title."""
    doc = vnentities.extract("He met Li Shangfu, a State Councillor and Minister of National Defense of China, "
                             "and Wang Wei, a member of the delegation.", "2023-08-29", nlp=nlp_blank)
    assert entities(doc, "PERSON") == [("PERSON", "Li Shangfu", "Li Shangfu")]
    assert entities(doc, "TITLE") == [
        ("TITLE", "State Councillor and Minister of National Defense of China", "Li Shangfu")]


def test_a_lower_case_appositive_post_with_a_political_commissar(nlp_blank):
    doc = vnentities.extract("Major General Nguyen Viet Hung, deputy political commissar of the General "
                             "Department of Defense Industry, said so.", "2022-11-24", nlp=nlp_blank)
    assert entities(doc, "TITLE")[-1] == (
        "TITLE", "deputy political commissar of the General Department of Defense Industry", "Nguyen Viet Hung")


def test_regnal_numbers_and_one_name_royals(nlp_blank):
    """``Charles III`` keeps its numeral in the norm, and the numeral alone is no mention of him (``Ba Vì``
    folds to ``Ba Vi``); a queen or a prince may be named by one word."""
    text = ("King Charles III and Queen Camilla received King Mohammed VI. Charles thanked him. The gate in "
            "Hà Nội’s outlying Ba Vì stands.")
    doc = vnentities.extract(text, "2023-05-07", nlp=nlp_blank)
    assert entities(doc, "PERSON") == [
        ("PERSON", "Charles III", "Charles III"), ("PERSON", "Camilla", "Camilla"),
        ("PERSON", "Mohammed VI", "Mohammed VI"), ("PERSON", "Charles", "Charles III"),
    ]
    assert [norm for _, _, norm in entities(doc, "TITLE")] == ["Charles III", "Camilla", "Mohammed VI"]


def test_a_portfolio_listed_with_commonwealth(nlp_blank):
    text = ("He met Secretary of State for Foreign, Commonwealth and Development Affairs James Cleverly. "
            "Leaders of the Commonwealth met.")
    doc = vnentities.extract(text, "2023-05-07", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "Secretary of State for Foreign, Commonwealth and Development Affairs", "James Cleverly")]
    assert entities(doc, "ORG") == [("ORG", "Commonwealth", "Commonwealth of Nations")]


def test_a_ship_named_after_a_person_gives_no_person(nlp):
    """A Vietnamese name after a vessel word (a hull number and a dash between) or before one is the ship's:
    no PERSON from the rules, from the base model or from a later mention of a name's first word."""
    text = ("Sailing Vessel 286 - Le Quy Don docked at Muara. The frigate HQ-011 Dinh Tien Hoang and the "
            "Tran Dai Nghia ship followed. Deputy Minister Le Van Thanh welcomed the crew of Le Quy Don.")
    doc = vnentities.extract(text, "2024-07-29", nlp=nlp)
    assert entities(doc, "PERSON") == [("PERSON", "Le Van Thanh", "Le Van Thanh")]


def test_a_given_name_that_names_a_place_after_a_title_or_honorific(nlp_blank):
    """``Deputy Prime Minister Hue`` and ``Mr. Hue`` after ``Vuong Dinh Hue`` are the person, and so is a name
    opening with a country after a title (``Iran Frew``); a dash glued to the title (``-Deputy``) is split
    off; ``to Hue`` stays a place."""
    text = ("(VOVWORLD) -Deputy Prime Minister Vuong Dinh Hue met US officials. Deputy Prime Minister Hue "
            "asked for more. Mr. Hue later flew to Hue with UK Ambassador to Vietnam Iran Frew.")
    doc = vnentities.extract(text, "2018-06-26", nlp=nlp_blank)
    assert entities(doc, "PERSON") == [
        ("PERSON", "Vuong Dinh Hue", "Vuong Dinh Hue"),
        ("PERSON", "Hue", "Vuong Dinh Hue"),
        ("PERSON", "Hue", "Vuong Dinh Hue"),
        ("PERSON", "Iran Frew", "Iran Frew"),
    ]
    assert entities(doc, "TITLE") == [("TITLE", "Deputy Prime Minister", "Vuong Dinh Hue")] * 2 + [
        ("TITLE", "UK Ambassador to Vietnam", "Iran Frew")]
    assert entities(doc, "PLACE") == [("PLACE", "US", "US"), ("PLACE", "Hue", "Thua Thien Hue")]


def test_name_suffixes_name_ends_and_spouses(nlp_blank):
    """``Jr.`` ends a name and stays out of its key (``Marcos``); the end of a full name (``Lula da Silva``,
    ``Marcos Jr.``) is that person; a name after ``spouse`` is a PERSON."""
    text = ("Philippine President Ferdinand Romualdez Marcos Jr. and his spouse Louise Araneta Marcos left. "
            "President Marcos Jr. thanked Hanoi. Brazilian President Luiz Inácio Lula da Silva met him, and "
            "Lula da Silva said Marcos was welcome.")
    doc = vnentities.extract(text, "2024-01-31", nlp=nlp_blank)
    marcos, lula = "Ferdinand Romualdez Marcos Jr.", "Luiz Inacio Lula da Silva"
    assert entities(doc, "PERSON") == [
        ("PERSON", marcos, marcos), ("PERSON", "Louise Araneta Marcos", "Louise Araneta Marcos"),
        ("PERSON", "Marcos Jr.", marcos), ("PERSON", "Luiz Inácio Lula da Silva", lula),
        ("PERSON", "Lula da Silva", lula), ("PERSON", "Marcos", marcos),
    ]


def test_an_end_that_is_a_vietnamese_name_is_not_taken_by_a_longer_name(nlp_blank):
    """``Do Hung Viet`` is not the end of a longer name read wrongly before it (``SOM Do Hung Viet``)."""
    text = "Head of Vietnam's ASEAN SOM Do Hung Viet spoke. Do Hung Viet said so."
    doc = vnentities.extract(text, "2024-08-22", nlp=nlp_blank)
    assert entities(doc, "PERSON")[-1] == ("PERSON", "Do Hung Viet", "Do Hung Viet")


def test_new_posts_ranks_and_bodies_in_titles(nlp_blank):
    """``Sr. Col.``, ``Second-in-Command``, ``Regional Councilor``, a ``Division`` in a complement, a city's
    ``Party Secretary`` (local, held by its holder), and no comma chain after ``the``."""
    text = ("Sr. Col. Luong Cao Khai, Second-in-Command and Chief of Staff of the Coast Guard Region 1 "
            "Command, met Wu Youlin, Deputy Director of the Nanhai Division of the China Coast Guard. Regional "
            "Councilor for Ile-de-France Anne-Louise Mesadieu came. Ho Chi Minh City Party Secretary Tran Luu "
            "Quang met the Australian Consul General. With the Australian Consul General, Secretary Tran Luu "
            "Quang agreed. The city Party Chief said so.")
    doc = vnentities.extract(text, "2024-04-28", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "Sr. Col.", "Luong Cao Khai"),
        ("TITLE", "Second-in-Command and Chief of Staff of the Coast Guard Region 1 Command", "Luong Cao Khai"),
        ("TITLE", "Deputy Director of the Nanhai Division of the China Coast Guard", "Wu Youlin"),
        ("TITLE", "Regional Councilor for Ile-de-France", "Anne-Louise Mesadieu"),
        ("TITLE", "Ho Chi Minh City Party Secretary", "Tran Luu Quang"),
        ("TITLE", "Australian Consul General", None),
        ("TITLE", "Australian Consul General", None),
        ("TITLE", "Secretary", "Tran Luu Quang"),
        ("TITLE", "Party Chief", "Tran Luu Quang"),
    ]


def test_election_as_a_post_the_sultan_and_a_mission_director(nlp_blank):
    """A post after ``election as`` is held by the sentence's person; ``The Sultan`` stands alone for the Sultan
    named before; ``Mission Director``; a complement through ``Incident and Disaster Response, Search and
    Rescue``."""
    text = ("They congratulated President To Lam’s election as Party General Secretary. Sultan Haji Hassanal "
            "Bolkiah met them. The Sultan said so. USAID’s Mission Director for Vietnam Michael Greene came. "
            "Pham Van Ty, Deputy Chief of the Office of the National Committee for Incident and Disaster "
            "Response, Search and Rescue, came too.")
    doc = vnentities.extract(text, "2024-08-11", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "President", "To Lam"),
        ("TITLE", "Party General Secretary", "To Lam"),
        ("TITLE", "Sultan", "Hassanal Bolkiah"),
        ("TITLE", "Sultan", "Hassanal Bolkiah"),
        ("TITLE", "Mission Director for Vietnam", "Michael Greene"),
        ("TITLE", "Deputy Chief of the Office of the National Committee for Incident and Disaster Response, "
                  "Search and Rescue", "Pham Van Ty"),
    ]


def test_a_chapter_and_the_capital_in_a_complement(nlp_blank):
    """``of the Beijing chapter of …`` and ``of the capital People’s Committee`` stay in the title; a bracketed
    acronym between the title and the name is an ORG of its own."""
    text = ("Vice President of the Beijing chapter of Chinese People's Political Consultative Conference "
            "(CPPCC) Yu Luming met Chairman of the capital People’s Committee Tran Sy Thanh.")
    doc = vnentities.extract(text, "2019-06-24", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "Vice President of the Beijing chapter of Chinese People's Political Consultative Conference",
         "Yu Luming"),
        ("TITLE", "Chairman of the capital People’s Committee", "Tran Sy Thanh"),
    ]
    assert entities(doc, "ORG") == [("ORG", "CPPCC", "Chinese People's Political Consultative Conference")]


def test_posts_named_by_events_bodies_and_local_party_committees(nlp_blank):
    """An event in a complement (``Chair of AIPA-45``), ``Organizations`` and ``Operation`` in a body's name;
    a later ``provincial Party chief`` goes to the secretary of a Provincial Party Committee."""
    text = ("The trip came at the invitation of President of the Lao NA and Chair of AIPA-45 Saysomphone "
            "Phomvihane, at the 45th General Assembly of the ASEAN Inter-Parliamentary Assembly (AIPA-45). "
            "Chairwoman of the Can Tho Union of Friendship Organizations Le Thi Thanh Giang and Deputy "
            "Director of the Vietnam Department of Peacekeeping Operation Col. Nguyen Nhu Canh spoke.\n\n"
            "Secretary of the Provincial Party Committee of Quang Ninh Nguyen Xuan Ky received him. The "
            "provincial Party chief hoped for more.")
    doc = vnentities.extract(text, "2024-10-17", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "President of the Lao NA and Chair of AIPA-45", "Saysomphone Phomvihane"),
        ("TITLE", "Chairwoman of the Can Tho Union of Friendship Organizations", "Le Thi Thanh Giang"),
        ("TITLE", "Deputy Director of the Vietnam Department of Peacekeeping Operation", "Nguyen Nhu Canh"),
        ("TITLE", "Col.", "Nguyen Nhu Canh"),
        ("TITLE", "Secretary of the Provincial Party Committee of Quang Ninh", "Nguyen Xuan Ky"),
        ("TITLE", "Party chief", "Nguyen Xuan Ky"),
    ]


def test_a_title_opening_a_sentence_then_a_rank_and_a_name(nlp):
    """``Deputy Chief of …, Lieut. Gen. Nguyen Tan Cuong gave …``: the title is held by the name after the
    rank; in a list (``…, Le Van A and …``) it is not."""
    text = ("Deputy Chief of the General Staff of the Vietnam People’s Army, Lieut. Gen. Nguyen Tan Cuong gave "
            "the order.")
    doc = vnentities.extract(text, "2019-11-13", nlp=nlp)
    assert [norm for _, _, norm in entities(doc, "TITLE")] == ["Nguyen Tan Cuong", "Nguyen Tan Cuong"]


def test_names_ending_a_sentence_in_a_us_state_abbreviation(nlp_blank):
    """``Ky.`` and ``La.`` end Vietnamese names and places, not abbreviations of Kentucky and Louisiana; a
    sentence glued after a title (``PM.He``) is split."""
    text = "It will grow, added Secretary Nguyen Xuan Ky. He flew to Son La. They met the Deputy PM.He said so."
    doc = vnentities.extract(text, "2022-04-20", nlp=nlp_blank)
    assert ("PERSON", "Nguyen Xuan Ky", "Nguyen Xuan Ky") in entities(doc)
    assert ("PLACE", "Son La", "Son La") in entities(doc)
    assert ("TITLE", "Deputy PM", "Nguyen Xuan Ky") not in entities(doc)
    assert [e.text for e in doc.entities if e.label == "TITLE"] == ["Secretary", "Deputy PM"]


def test_hun_sen_ends_a_sentence_and_sen_still_opens_a_rank(nlp_blank):
    """``Sen.`` after a name ending a sentence is the name's last word and a period (``Hun Sen.``); before a
    name it is still an abbreviated post or rank (``Sen. Lt. Gen.``, ``Sen. Tammy Duckworth``)."""
    text = ("He met Senate President Hun Sen. The two sides agreed. Sen. Lt. Gen. Phung Si Tan spoke. "
            "US Sen. Tammy Duckworth came.")
    found = entities(vnentities.extract(text, "2024-01-01", nlp=nlp_blank))
    persons = [name for label, name, _ in found if label == "PERSON"]
    assert persons == ["Hun Sen", "Phung Si Tan", "Tammy Duckworth"]
    assert ("TITLE", "Sen. Lt. Gen.", "Phung Si Tan") in found
    assert ("TITLE", "Sen.", "Tammy Duckworth") in found


def test_a_ship_prefix_names_a_vessel_not_a_person(nlp):
    """``BRP Gabriela Silang``, ``USS John S. McCain``: ships, with no PERSON from the rules or the base."""
    text = "The ship BRP Gabriela Silang welcomed Pham Van Tra, and USS John S. McCain docked."
    doc = vnentities.extract(text, "2025-10-02", nlp=nlp)
    assert entities(doc, "PERSON") == [("PERSON", "Pham Van Tra", "Pham Van Tra")]


def test_a_bracketed_place_between_a_title_and_its_name(nlp_blank):
    """``… of Ile-de-France (Paris region) Valérie Pécresse``: the bracket stands between, the name holds it."""
    doc = vnentities.extract("He met President of the Regional Council of Ile-de-France (Paris region) Valérie "
                             "Pécresse in Paris.", "2019-09-18", nlp=nlp_blank)
    assert ("TITLE", "President of the Regional Council of Ile-de-France", "Valerie Pecresse") in entities(doc)
    assert ("PERSON", "Valérie Pécresse", "Valerie Pecresse") in entities(doc)


@pytest.mark.parametrize(
    ("text", "title", "holder"),
    [
        ("Ambassador Designate to Vietnam Caroline Beresford met him.", "Ambassador Designate to Vietnam",
         "Caroline Beresford"),
        ("Secretary of the municipal Party Committee Hoang Trung Hai met her. The Secretary of the Hanoi Party "
         "Committee also emphasized the plan.", "Secretary of the Hanoi Party Committee", "Hoang Trung Hai"),
        ("Chairman of the Hanoi People's Committee Tran Sy Thanh met Phnom Penh Municipal Governor Khuong "
         "Sreng. The Mayor said so.", "Mayor", "Tran Sy Thanh"),
    ],
)
def test_designates_the_secretary_and_the_mayor(nlp_blank, text, title, holder):
    """A designate is a post; ``the Secretary of …`` stands alone after ``the``; a mayor is the People's
    Committee chairman."""
    doc = vnentities.extract(text, "2022-09-05", nlp=nlp_blank)
    assert ("TITLE", title, holder) in entities(doc)


def test_secretary_without_the_does_not_stand_alone(nlp_blank):
    doc = vnentities.extract("Secretary of the Hanoi Party Committee meetings are held monthly.", "2022-09-05",
                             nlp=nlp_blank)
    assert not entities(doc, "TITLE")


def test_an_elect_post_stands_alone_and_a_dateline_in_capitals_is_no_part_of_a_title(nlp_blank):
    """``the President-elect`` stands for the holder named before; ``HÀ NỘI`` opening a line (its dash lost)
    is a PLACE before the title, while ``US`` stays in ``US President``."""
    text = ("HÀ NỘI Minister of Foreign Affairs Bùi Thanh Sơn received Indonesian President-elect Prabowo "
            "Subianto. Later, the President-elect affirmed that.\n\nUS President Joe Biden came.")
    assert entities(vnentities.extract(text, "2024-09-14", nlp=nlp_blank)) == [
        ("PLACE", "HÀ NỘI", "Ha Noi"),
        ("TITLE", "Minister of Foreign Affairs", "Bui Thanh Son"),
        ("PERSON", "Bùi Thanh Sơn", "Bui Thanh Son"),
        ("TITLE", "Indonesian President-elect", "Prabowo Subianto"),
        ("PERSON", "Prabowo Subianto", "Prabowo Subianto"),
        ("TITLE", "President-elect", "Prabowo Subianto"),
        ("TITLE", "US President", "Joe Biden"),
        ("PERSON", "Joe Biden", "Joe Biden"),
    ]


@pytest.mark.parametrize(
    ("text", "title", "holder"),
    [
        ("Lieut. Gen Tien Sophonrnvong from Cambodia hailed them.", "Lieut. Gen", "Tien Sophonrnvong"),
        ("Chargé d' affaires of the Vietnamese Embassy in Laos Nguyen Thanh Tung led them.",
         "Chargé d' affaires of the Vietnamese Embassy in Laos", "Nguyen Thanh Tung"),
        ("He met Deputy Secretary of the Communist Party of China Shanghai Municipal Committee Yu Shaoliang.",
         "Deputy Secretary of the Communist Party of China Shanghai Municipal Committee", "Yu Shaoliang"),
    ],
)
def test_a_rank_without_its_last_period_a_spaced_charge_and_a_city_committee_of_a_party(
    nlp_blank, text, title, holder
):
    """Source slips (``Lieut. Gen``, ``d' affaires``) keep the post; a city committee after a party stays in
    the complement."""
    assert ("TITLE", title, holder) in entities(vnentities.extract(text, "2022-11-23", nlp=nlp_blank))


def test_a_posted_head_standing_alone_leaves_its_place_outside(nlp_blank):
    """``in …`` belongs to a posted head before a name or after one, not to one standing alone."""
    text = ("Mr. Pang Te Cheng, Consul General of Singapore in Ho Chi Minh City, spoke. The Singaporean Consul "
            "General in Ho Chi Minh City stressed that.")
    assert entities(vnentities.extract(text, "2025-08-26", nlp=nlp_blank)) == [
        ("PERSON", "Pang Te Cheng", "Pang Te Cheng"),
        ("TITLE", "Consul General of Singapore in Ho Chi Minh City", "Pang Te Cheng"),
        ("TITLE", "Singaporean Consul General", "Pang Te Cheng"),
        ("PLACE", "Ho Chi Minh City", "Ho Chi Minh"),
    ]


def test_an_acronym_of_the_post_bracketed_before_its_holder_is_a_title_too(nlp):
    """``Foreign Minister (FM) Pham Binh Minh``: the acronym of the post's head is a TITLE held by the name; an
    acronym of the post's complement (``(MOFA)``, ``(NA)``) is its organisation's."""
    text = ("Messages from Deputy Prime Minister and Foreign Minister (FM) Pham Binh Minh were read. "
            "Minister of Foreign Affairs (MOFA) Bui Thanh Son met UN Secretary-General (SG) Antonio Guterres "
            "and Chairman of the National Assembly (NA) Tran Thanh Man.")
    found = entities(vnentities.extract(text, "2019-11-27", nlp=nlp))
    assert ("TITLE", "FM", "Pham Binh Minh") in found
    assert ("TITLE", "SG", "Antonio Guterres") in found
    assert [e for e in found if e[1] in ("MOFA", "NA")] == [
        ("ORG", "MOFA", "Ministry of Foreign Affairs"), ("ORG", "NA", "National Assembly of Vietnam")
    ]


def test_a_name_ending_in_a_syllable_word_and_its_chain_of_posts(nlp):
    """``led by Men Sam An, Vice President of the CPP, President of …, and Chairwoman of …``: ``An`` ends
    the name, and the comma chain after it is one TITLE (not its first post alone)."""
    text = ("The delegation was led by Men Sam An, Vice President of the CPP, President of the National "
            "Council of the Front, and Chairwoman of the Friendship Association.")
    found = entities(vnentities.extract(text, "2025-05-25", nlp=nlp))
    assert ("PERSON", "Men Sam An", "Men Sam An") in found
    assert [e for e in found if e[0] == "TITLE"] == [(
        "TITLE", "Vice President of the CPP, President of the National Council of the Front, and Chairwoman of "
        "the Friendship Association", "Men Sam An"
    )]


def test_posts_set_off_by_dashes_after_a_name_and_more_ranks(nlp):
    """``Nguyen Van Duoc—Member of …, and Chairman of …—hosted``: dashes set off the chain as commas do;
    ``Commodore`` and ``Air Vice-Marshal`` are ranks."""
    text = ("Mr. Nguyen Van Duoc—Member of the Party Central Committee, and Chairman of the HCMC People’s "
            "Committee—hosted Commodore Mal Wise and Air Vice-Marshal Tom Lee.")
    found = entities(vnentities.extract(text, "2025-06-17", nlp=nlp))
    assert ("TITLE", "Member of the Party Central Committee, and Chairman of the HCMC People’s Committee",
            "Nguyen Van Duoc") in found
    assert ("TITLE", "Commodore", "Mal Wise") in found
    assert ("TITLE", "Air Vice-Marshal", "Tom Lee") in found


def test_complements_of_foreign_parliaments_and_the_pope(nlp):
    """``… of People's Power of Cuba`` and ``… of the Council of the Republic`` complete a post; ``Pope`` is
    a post whose holder goes by one name."""
    text = ("He called on President of the National Assembly of People's Power of Cuba Esteban Lazo Hernández "
            "and Chairman of the Council of the Republic Mikhail Myasnikovich, then met Pope Francis.")
    found = entities(vnentities.extract(text, "2023-09-19", nlp=nlp), "TITLE")
    assert found == [
        ("TITLE", "President of the National Assembly of People's Power of Cuba", "Esteban Lazo Hernandez"),
        ("TITLE", "Chairman of the Council of the Republic", "Mikhail Myasnikovich"),
        ("TITLE", "Pope", "Francis"),
    ]


def test_a_rank_post_between_a_post_and_a_name_is_a_title_of_its_own(nlp):
    """``VUFO President Ambassador Nguyen Phuong Nga``: two TITLEs held by the name; ``Deputy Ambassador`` is
    one post (``Deputy`` is a modifier there)."""
    text = ("VUFO President Ambassador Nguyen Phuong Nga met Deputy Ambassador of Turkey to Vietnam "
            "Devletsah Yayan.")
    found = entities(vnentities.extract(text, "2020-12-04", nlp=nlp), "TITLE")
    assert found == [
        ("TITLE", "VUFO President", "Nguyen Phuong Nga"),
        ("TITLE", "Ambassador", "Nguyen Phuong Nga"),
        ("TITLE", "Deputy Ambassador of Turkey to Vietnam", "Devletsah Yayan"),
    ]


def test_a_post_is_held_in_one_place(nlp):
    """``Chief Representative of the JICA Office in Viet Nam in Ha Noi``: the second ``in`` is where they
    met, a PLACE outside the title."""
    text = ("He received Kobayashi Yosuke, Chief Representative of the JICA Office in Viet Nam in Ha Noi on "
            "June 5.")
    found = entities(vnentities.extract(text, "2025-06-06", nlp=nlp))
    assert ("TITLE", "Chief Representative of the JICA Office in Viet Nam", "Kobayashi Yosuke") in found
    assert ("PLACE", "Ha Noi", "Ha Noi") in found


def test_a_caption_direction_between_a_name_and_its_posts(nlp):
    """``Do Van Chien (right), Politburo member, …``: the bracketed direction stands between the name and
    the posts it holds."""
    text = ("Do Van Chien (right), Politburo member and President of the Vietnam Fatherland Front Central "
            "Committee, and Nguyen Van Nen (second from left), Chairman of the Hanoi People's Committee, came.")
    found = entities(vnentities.extract(text, "2025-05-24", nlp=nlp), "TITLE")
    assert found == [
        ("TITLE", "Politburo member and President of the Vietnam Fatherland Front Central Committee",
         "Do Van Chien"),
        ("TITLE", "Chairman of the Hanoi People's Committee", "Nguyen Van Nen"),
    ]


def test_the_president_of_a_body_is_no_head_of_state(nlp):
    """A standalone ``State President`` is not the ``President of the Vietnam Fatherland Front``;
    ``European Council President`` is the ``President of the European Council``."""
    text = ("Nguyen Van Nen, President of the Vietnam Fatherland Front, met President of the European Council "
            "Charles Michel. The State President sent greetings. The European Council President thanked him.")
    found = entities(vnentities.extract(text, "2023-05-20", nlp=nlp), "TITLE")
    assert [e for e in found if e[1] in ("State President", "European Council President")] == [
        ("TITLE", "State President", None), ("TITLE", "European Council President", "Charles Michel")
    ]


def test_a_bracketed_house_between_a_post_and_its_holder(nlp):
    """``Chairman of the Upper House (Rajya Sabha) Jagdeep Dhankhar``, ``Speaker of the Indian Lok Sabha (the
    lower house) Om Birla``: the bracket stands between the post and the name holding it."""
    text = ("He will meet Chairman of the Upper House (Rajya Sabha) Jagdeep Dhankhar, and Speaker of the "
            "Indian Lok Sabha (the lower house) Om Birla.")
    found = entities(vnentities.extract(text, "2024-07-31", nlp=nlp), "TITLE")
    assert found == [
        ("TITLE", "Chairman of the Upper House", "Jagdeep Dhankhar"),
        ("TITLE", "Speaker of the Indian Lok Sabha", "Om Birla"),
    ]


def test_a_bracket_inside_a_complement(nlp):
    """``Chairman of the Mazhilis (lower house) of the Parliament of Kazakhstan``: a short bracket stays inside
    a complement that goes on after it."""
    text = "Chairman of the Mazhilis (lower house) of the Parliament of Kazakhstan Nurlan Nigmatulin came."
    assert entities(vnentities.extract(text, "2019-11-15", nlp=nlp))[:2] == [
        ("TITLE", "Chairman of the Mazhilis (lower house) of the Parliament of Kazakhstan",
         "Nurlan Nigmatulin"),
        ("PERSON", "Nurlan Nigmatulin", "Nurlan Nigmatulin"),
    ]


def test_a_post_after_who_is_also(nlp):
    """``Ha Kim Ngoc, who is also Chairman of …``: a relative clause cues the post its person holds; in
    lower case (``who is also head of the delegation``) it is not read."""
    text = ("Deputy Foreign Minister Ha Kim Ngoc, who is also Chairman of the Vietnam National Commission for "
            "UNESCO, said that Le Van Thanh, who was also Minister of Finance, and Tran Van Nam, who is also "
            "head of the delegation, came.")
    found = entities(vnentities.extract(text, "2023-11-23", nlp=nlp), "TITLE")
    assert found == [
        ("TITLE", "Deputy Foreign Minister", "Ha Kim Ngoc"),
        ("TITLE", "Chairman of the Vietnam National Commission for UNESCO", "Ha Kim Ngoc"),
        ("TITLE", "Minister of Finance", "Le Van Thanh"),
    ]


def test_names_after_counterparts_and_cambodian_honorifics(nlp):
    """``his Lao and Cambodian counterparts, Sonexay Siphandone and Samdech Thipadei Hun Manet``: a comma may
    follow the cue, a plural cue names each of a list, and ``Samdech Thipadei`` is an honorific; places
    after the cue are no names."""
    text = ("Prime Minister Pham Minh Chinh met his Lao and Cambodian counterparts, Sonexay Siphandone and "
            "Samdech Thipadei Hun Manet, in Vientiane. After talks with their counterparts, Vietnam and Laos "
            "agreed.")
    found = entities(vnentities.extract(text, "2024-10-09", nlp=nlp))
    assert [e for e in found if e[0] == "PERSON"] == [
        ("PERSON", "Pham Minh Chinh", "Pham Minh Chinh"),
        ("PERSON", "Sonexay Siphandone", "Sonexay Siphandone"),
        ("PERSON", "Hun Manet", "Hun Manet"),
    ]
    assert ("PLACE", "Laos", "LA") in found


def test_a_title_ending_a_line_holds_no_name_on_the_next(nlp):
    """A headline ending in ``Mayor`` and the byline under it: the byline's two names are their own, not
    one name held by the title."""
    text = ("Vientiane on road toward prosperity: Mayor\nNgoc Mai - Lien Ha 15:36, 2022/08/10\n"
            "Comprehensive cooperation grew.")
    found = entities(vnentities.extract(text, "2022-08-10", nlp=nlp))
    assert [e for e in found if e[0] == "PERSON"] == [
        ("PERSON", "Ngoc Mai", "Ngoc Mai"), ("PERSON", "Lien Ha", "Lien Ha")
    ]


def test_a_title_after_an_indefinite_article_stands_for_no_one(nlp):
    """``A Vietnamese State President`` means any holder of the post: no TITLE; after a name and a comma
    (``Tran Van Nam, a State Councillor``) the post is still that person's."""
    text = ("A Vietnamese State President has not visited Chile for 15 years. He met Tran Van Nam, a State "
            "Councillor.")
    assert entities(vnentities.extract(text, "2024-11-10", nlp=nlp), "TITLE") == [
        ("TITLE", "State Councillor", "Tran Van Nam")
    ]


def test_a_place_word_of_a_name_found_is_the_person_who_speaks(nlp):
    """``Hue said``, ``According to Hue``, ``Hue invited`` after ``Vuong Dinh Hue``: the person; ``flew to
    Hue`` stays the city."""
    text = ("Hanoi Party Secretary Vuong Dinh Hue met the ambassador. Hue said Hanoi welcomes investors. "
            "According to Hue, the city grew. Hue invited him to Hanoi. He later flew to Hue.")
    found = entities(vnentities.extract(text, "2020-05-26", nlp=nlp))
    assert [e for e in found if e[1] == "Hue"] == [
        ("PERSON", "Hue", "Vuong Dinh Hue"), ("PERSON", "Hue", "Vuong Dinh Hue"),
        ("PERSON", "Hue", "Vuong Dinh Hue"), ("PLACE", "Hue", "Thua Thien Hue"),
    ]


def test_head_of_the_unit_after_a_name(nlp):
    """``Mac Duc Trong, head of the unit, said``: a lower-case ``unit`` completes the post, as ``delegation``
    does."""
    text = "Lieutenant Colonel Mac Duc Trong, head of the unit, said the unit was ready."
    assert entities(vnentities.extract(text, "2023-08-15", nlp=nlp), "TITLE") == [
        ("TITLE", "Lieutenant Colonel", "Mac Duc Trong"), ("TITLE", "head of the unit", "Mac Duc Trong")
    ]


def test_a_society_named_in_a_complement(nlp):
    """``Vice President of the Asian Society of International Law``: ``Society`` heads a body in a title's
    complement."""
    text = "Nguyen Thi Lan Anh also serves as Vice President of the Asian Society of International Law."
    assert entities(vnentities.extract(text, "2025-05-30", nlp=nlp), "TITLE") == [
        ("TITLE", "Vice President of the Asian Society of International Law", "Nguyen Thi Lan Anh")
    ]


def test_a_lower_case_particle_hyphened_to_a_name_word(nlp):
    """``Tamim bin Hamad al-Thani``, ``Abdel Fattah el-Sisi``: ``al-`` and ``el-`` glued to a capitalised word
    stay in the name."""
    text = ("Pham Minh Chinh met Emir of Qatar Tamim bin Hamad al-Thani and Egyptian President Abdel Fattah "
            "el-Sisi.")
    assert [e for e in entities(vnentities.extract(text, "2023-10-21", nlp=nlp)) if e[0] == "PERSON"] == [
        ("PERSON", "Pham Minh Chinh", "Pham Minh Chinh"),
        ("PERSON", "Tamim bin Hamad al-Thani", "Tamim bin Hamad al-Thani"),
        ("PERSON", "Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi"),
    ]


def test_a_name_before_as_and_a_post(nlp_blank):
    """``the swearing-in ceremony of Ferdinand Romualdez Marcos Jr. as President of the Philippines``: the
    name before ``as`` and a post holds it, and later ``The new President`` and ``Marcos`` are that person."""
    text = ("Vo Thi Anh Xuan attended the swearing-in ceremony of Ferdinand Romualdez Marcos Jr. as President "
            "of the Philippines. The new President spoke; Marcos thanked her.")
    found = entities(vnentities.extract(text, "2022-06-30", nlp=nlp_blank))
    marcos = "Ferdinand Romualdez Marcos Jr."
    assert found[1:] == [
        ("PERSON", marcos, marcos), ("TITLE", "President of the Philippines", marcos),
        ("TITLE", "President", marcos), ("PERSON", "Marcos", marcos),
    ]


def test_to_a_place_completes_only_an_envoys_post(nlp):
    """``welcome the Emir of Qatar to Vietnam``: ``to`` after a place completes an envoy's post (``Ambassador
    of Vietnam to the US``), not another's."""
    text = ("He wished to welcome the Emir of Qatar to Vietnam. The Ambassador of Vietnam to the US Nguyen "
            "Quoc Dung came.")
    assert entities(vnentities.extract(text, "2023-10-21", nlp=nlp), "TITLE") == [
        ("TITLE", "Emir of Qatar", None), ("TITLE", "Ambassador of Vietnam to the US", "Nguyen Quoc Dung")
    ]


def test_forces_and_armed_complete_a_complement(nlp):
    """``Chief of Defense Forces of the Royal Thai Armed Forces``, ``Chief of Thai Defense Forces``: ``Forces``
    and ``Armed`` complete a post, and are no name."""
    text = ("Chief of Defense Forces of the Royal Thai Armed Forces General Songwit Noonpackdee came. Chief of "
            "Thai Defense Forces Songwit thanked him.")
    found = entities(vnentities.extract(text, "2025-07-05", nlp=nlp))
    assert [e for e in found if e[0] == "TITLE"] == [
        ("TITLE", "Chief of Defense Forces of the Royal Thai Armed Forces", "Songwit Noonpackdee"),
        ("TITLE", "General", "Songwit Noonpackdee"),
        ("TITLE", "Chief of Thai Defense Forces", "Songwit Noonpackdee"),
    ]


def test_a_holder_set_off_by_a_comma_before_a_caption_bracket(nlp):
    """``… the US Consul General in Ho Chi Minh City, Susan Burns (Photo: SGGP)``: the name before a caption's
    bracket holds the title, with its ``in …`` place."""
    text = ("Nguyen Van Nen (R) and the US Consul General in Ho Chi Minh City, Susan Burns (Photo: SGGP)\n\n"
            "They met.")
    assert entities(vnentities.extract(text, "2025-06-27", nlp=nlp), "TITLE") == [
        ("TITLE", "US Consul General in Ho Chi Minh City", "Susan Burns")
    ]


def test_a_headline_post_spelled_the_american_way(nlp_blank):
    """``Defense Minister`` in a headline is the ``Minister of National Defense`` named in the body."""
    text = ("Defense Minister receives Thai guest\nPANO - Minister of National Defense General Phan Van Giang "
            "received him on July 5.")
    assert entities(vnentities.extract(text, "2025-07-05", nlp=nlp_blank), "TITLE")[0] == (
        "TITLE", "Defense Minister", "Phan Van Giang"
    )


def test_portfolio_ministers_and_more_cambodian_honorifics(nlp):
    """``Deputy Prime Minister and Interior Minister Samdech Krolahom Sar Kheng``: a portfolio before
    ``Minister`` (``Interior``, ``Health``, ``Justice``) is part of the post, ``Samdech Krolahom`` an
    honorific; ``head of the UN mission`` ends with its lower-case ``mission``."""
    text = ("He met Cambodian Deputy Prime Minister and Interior Minister Samdech Krolahom Sar Kheng and "
            "Health Minister Dao Hong Lan. Atogebakga Alobawone, acting head of the UN mission, spoke.")
    assert entities(vnentities.extract(text, "2020-01-19", nlp=nlp), "TITLE") == [
        ("TITLE", "Cambodian Deputy Prime Minister and Interior Minister", "Sar Kheng"),
        ("TITLE", "Health Minister", "Dao Hong Lan"),
        ("TITLE", "acting head of the UN mission", "Atogebakga Alobawone"),
    ]


def test_a_malaysian_honorific_of_three_words(nlp):
    """``Dato’ Seri Utama Haji Mohamad Bin Haji Hasan``: ``Dato’ Seri Utama`` and ``Haji`` stand outside the
    name."""
    text = "Malaysian Minister of Defence Dato’ Seri Utama Haji Mohamad Bin Haji Hasan came."
    assert entities(vnentities.extract(text, "2023-12-04", nlp=nlp)) == [
        ("TITLE", "Malaysian Minister of Defence", "Mohamad Bin Haji Hasan"),
        ("PERSON", "Mohamad Bin Haji Hasan", "Mohamad Bin Haji Hasan"),
    ]


def test_a_complement_listed_with_an_ampersand_and_two_places(nlp):
    """``Foreign, Commonwealth & Development Office``: ``&`` closes a list; ``Asia and the Pacific`` are two
    places of one complement."""
    text = ("He met Minister of State in the Foreign, Commonwealth & Development Office Anne-Marie Trevelyan, "
            "and Director General for Asia and the Pacific at the Federal Foreign Office Frank Hartmann.")
    assert entities(vnentities.extract(text, "2023-06-13", nlp=nlp), "TITLE") == [
        ("TITLE", "Minister of State in the Foreign, Commonwealth & Development Office",
         "Anne-Marie Trevelyan"),
        ("TITLE", "Director General for Asia and the Pacific at the Federal Foreign Office", "Frank Hartmann"),
    ]


def test_a_stop_word_syllable_before_another_and_ho_chi_minhs_thought(nlp):
    """``Bui The Duy``: ``The`` is a given-name syllable before another one; ``Ho Chi Minh's`` is the person
    (the city's is ``Ho Chi Minh City's``)."""
    text = ("Deputy Minister Bui The Duy studied Ho Chi Minh's thought in Ho Chi Minh City's libraries.")
    assert entities(vnentities.extract(text, "2025-10-29", nlp=nlp)) == [
        ("TITLE", "Deputy Minister", "Bui The Duy"), ("PERSON", "Bui The Duy", "Bui The Duy"),
        ("PERSON", "Ho Chi Minh", "Ho Chi Minh"), ("PLACE", "Ho Chi Minh City", "Ho Chi Minh"),
    ]


def test_a_leader_after_a_nationality_alone_describes_and_cues_a_name(nlp):
    """``leader`` is a post with an owner (``Party leader``, ``State leader``, ``leader of the … Party``);
    after a nationality alone it describes, and the name after it is a PERSON."""
    text = ("Top Chinese leader Xi Jinping honoured Indian Leader Mahatma Gandhi. Party leader To Lam met "
            "Paetongtarn Shinawatra, leader of the Pheu Thai Party.")
    assert entities(vnentities.extract(text, "2023-10-17", nlp=nlp)) == [
        ("PERSON", "Xi Jinping", "Xi Jinping"), ("PERSON", "Mahatma Gandhi", "Mahatma Gandhi"),
        ("TITLE", "Party leader", "To Lam"), ("PERSON", "To Lam", "To Lam"),
        ("PERSON", "Paetongtarn Shinawatra", "Paetongtarn Shinawatra"),
        ("TITLE", "leader of the Pheu Thai Party", "Paetongtarn Shinawatra"),
    ]


def test_the_chair_of_a_body_named_again_and_a_cabinet_secretary(nlp):
    """``Russian State Duma Chairman`` is the ``Chairman of the State Duma …`` named before, as a president of a
    body is; ``Cabinet Secretary`` is a post."""
    duma = "Chairman of the State Duma of the Federal Assembly of the Russian Federation"
    text = (f"{duma} Vyacheslav Volodin met Cabinet Secretary of the Kenyan Ministry of Foreign Affairs Monica "
            "Juma. President Vo Van Thuong will meet the Russian State Duma Chairman on October 16.")
    titles = entities(vnentities.extract(text, "2023-10-15", nlp=nlp), "TITLE")
    assert titles == [
        ("TITLE", duma, "Vyacheslav Volodin"),
        ("TITLE", "Cabinet Secretary of the Kenyan Ministry of Foreign Affairs", "Monica Juma"),
        ("TITLE", "President", "Vo Van Thuong"),
        ("TITLE", "Russian State Duma Chairman", "Vyacheslav Volodin"),
    ]


def test_a_lower_case_ministry_in_a_complement_and_the_committee_for_overseas_vietnamese(nlp):
    """``… Chairwoman of the ministry's State Committee for Overseas Vietnamese``: a lower-case ``ministry``
    goes on a complement; the committee is known, by its official name."""
    text = ("Deputy Minister of Foreign Affairs and Chairwoman of the ministry's State Committee for Overseas "
            "Vietnamese Le Thi Thu Hang attended. The State Committee for Overseas Vietnamese (SCOV) met.")
    assert entities(vnentities.extract(text, "2024-05-14", nlp=nlp))[:1] == [
        ("TITLE", "Deputy Minister of Foreign Affairs and Chairwoman of the ministry's State Committee for "
         "Overseas Vietnamese", "Le Thi Thu Hang"),
    ]
    scov = "State Committee for Overseas Vietnamese Affairs"
    assert entities(vnentities.extract(text, "2024-05-14", nlp=nlp), "ORG") == [
        ("ORG", "State Committee for Overseas Vietnamese", scov), ("ORG", "SCOV", scov)
    ]


def test_a_parliament_speaker_an_oxford_comma_list_and_an_air_chief_marshal(nlp):
    """``Danish Parliament Speaker`` is the ``Speaker of the Danish Parliament`` named before; a portfolio list
    may close with ``, and``; ``Air Chief Marshal`` is one rank, not ``Chief`` held by ``Marshal …``."""
    text = ("Speaker of the Danish Parliament Soren Gade met Tran Thanh Man, who invited the Danish Parliament "
            "Speaker to visit. He met Minister for Climate, Energy, and Utilities Lars Aagaard. Air Chief "
            "Marshal Airbull Suttiwan spoke.")
    assert entities(vnentities.extract(text, "2024-11-27", nlp=nlp), "TITLE") == [
        ("TITLE", "Speaker of the Danish Parliament", "Soren Gade"),
        ("TITLE", "Danish Parliament Speaker", "Soren Gade"),
        ("TITLE", "Minister for Climate, Energy, and Utilities", "Lars Aagaard"),
        ("TITLE", "Air Chief Marshal", "Airbull Suttiwan"),
    ]


def test_a_name_stops_at_a_spaced_dash_and_a_name_word_that_conveys(nlp_blank):
    """``Le Thi Tuyet Mai – head of …``: a dash between spaces is no hyphen of a name (``Dong-yeon`` is);
    ``Hue conveyed`` is Vuong Dinh Hue, as ``Hue said`` is."""
    text = ("Ambassador Le Thi Tuyet Mai – head of the mission – welcomed Deputy PM Kim Dong-yeon. NA Chairman "
            "Vuong Dinh Hue arrived. Hue conveyed regards.")
    persons = [e for e in entities(vnentities.extract(text, "2024-01-16", nlp=nlp_blank)) if e[0] == "PERSON"]
    assert persons == [
        ("PERSON", "Le Thi Tuyet Mai", "Le Thi Tuyet Mai"), ("PERSON", "Kim Dong-yeon", "Kim Dong-yeon"),
        ("PERSON", "Vuong Dinh Hue", "Vuong Dinh Hue"), ("PERSON", "Hue", "Vuong Dinh Hue"),
    ]


def test_the_cambodian_kings_honorific_and_a_korean_province(nlp_blank):
    """``King Preah Bat Samdech Preah Boromneath Norodom Sihamoni``: the honorific stands between the post and
    the name; ``Gyeongsangbuk Province`` leaves ``Province`` outside the PLACE, inside the title."""
    text = ("He met King Preah Bat Samdech Preah Boromneath Norodom Sihamoni. Governor of Gyeongsangbuk "
            "Province Lee Cheol Woo came. Gyeongsangbuk Province grows.")
    found = entities(vnentities.extract(text, "2026-02-06", nlp=nlp_blank))
    assert found == [
        ("TITLE", "King", "Norodom Sihamoni"), ("PERSON", "Norodom Sihamoni", "Norodom Sihamoni"),
        ("TITLE", "Governor of Gyeongsangbuk Province", "Lee Cheol Woo"),
        ("PERSON", "Lee Cheol Woo", "Lee Cheol Woo"),
        ("PLACE", "Gyeongsangbuk", "North Gyeongsang"),
    ]


def test_hyphened_names_and_former_posts_after_a_comma(nlp_blank):
    """``Lee Jae-myung, President of …``: a hyphened name before a comma and a post; ``, former Prime Minister
    of …`` and ``, a former …`` set off the holder's post too; a place's possessive goes on inside a
    complement (``Secretary of Yunnan province's Party Committee``); ``Air Commodore`` is a rank."""
    text = ("Talks were held. She met Lee Jae-myung, President of the Republic of Korea, in Seoul. He met "
            "Jean-Pierre Raffarin, former Prime Minister of France, and Ban Ki-moon, a former UN "
            "Secretary-General. Wang Ning, Secretary of Yunnan province's Party Committee, came. Air Commodore "
            "Richard Owen spoke.")
    found = entities(vnentities.extract(text, "2023-03-29", nlp=nlp_blank))
    assert [e for e in found if e[0] in ("PERSON", "TITLE")] == [
        ("PERSON", "Lee Jae-myung", "Lee Jae-myung"),
        ("TITLE", "President of the Republic of Korea", "Lee Jae-myung"),
        ("PERSON", "Jean-Pierre Raffarin", "Jean-Pierre Raffarin"),
        ("TITLE", "Prime Minister of France", "Jean-Pierre Raffarin"),
        ("PERSON", "Ban Ki-moon", "Ban Ki-moon"), ("TITLE", "UN Secretary-General", "Ban Ki-moon"),
        ("PERSON", "Wang Ning", "Wang Ning"),
        ("TITLE", "Secretary of Yunnan province's Party Committee", "Wang Ning"),
        ("TITLE", "Air Commodore", "Richard Owen"), ("PERSON", "Richard Owen", "Richard Owen"),
    ]


def test_a_remit_in_charge_of_before_a_body_and_a_units_number_after_a_post(nlp_blank):
    """``deputy commander in charge of law of the Vietnam Coast Guard`` is one TITLE (the remit needs a body
    after it); ``Commander Joint Task Force 661`` names no person ``Joint Task Force``."""
    text = ("Talks were held. Senior Colonel Vu Trung Kien, deputy commander in charge of law of the Vietnam "
            "Coast Guard, spoke. Air Commodore Richard Owen, Commander Joint Task Force 661, came. Deputy "
            "Prime Ministers in charge of APEC conference organization met.")
    found = entities(vnentities.extract(text, "2023-02-22", nlp=nlp_blank))
    assert ("TITLE", "deputy commander in charge of law of the Vietnam Coast Guard", "Vu Trung Kien") in found
    assert [name for label, name, _ in found if label == "PERSON"] == ["Vu Trung Kien", "Richard Owen"]
    assert not [name for label, name, _ in found if "charge" in name and "APEC" in name]


def test_an_honorific_after_a_comma_a_predecessor_and_a_post_with_its_of_left_out(nlp_blank):
    """``Vice Mayor of Vientiane, Mr. Phoukhong Bannavong and …`` holds the title whatever follows the name;
    ``predecessor`` cues a name; ``Chairman HCMC People’s Committee Phan Van Mai`` (no ``of the``) is one
    title; ``Deputy head of the Directorate of State Protocol`` names a body the knowledge base lacks."""
    text = ("Talks were held. Vice Mayor of Vientiane, Mr. Phoukhong Bannavong and Ambassador Nguyen Ba Hung "
            "met Chairman HCMC People’s Committee Phan Van Mai. He replaced his predecessor Xiong Bo, who "
            "left. Deputy head of the Directorate of State Protocol Vu Hoang Yen came.")
    found = entities(vnentities.extract(text, "2023-04-08", nlp=nlp_blank))
    assert [e for e in found if e[0] in ("PERSON", "TITLE")] == [
        ("TITLE", "Vice Mayor of Vientiane", "Phoukhong Bannavong"),
        ("PERSON", "Phoukhong Bannavong", "Phoukhong Bannavong"),
        ("TITLE", "Ambassador", "Nguyen Ba Hung"), ("PERSON", "Nguyen Ba Hung", "Nguyen Ba Hung"),
        ("TITLE", "Chairman HCMC People’s Committee", "Phan Van Mai"),
        ("PERSON", "Phan Van Mai", "Phan Van Mai"), ("PERSON", "Xiong Bo", "Xiong Bo"),
        ("TITLE", "Deputy head of the Directorate of State Protocol", "Vu Hoang Yen"),
        ("PERSON", "Vu Hoang Yen", "Vu Hoang Yen"),
    ]


def test_a_post_abroad_a_council_of_ministers_an_adviser_and_more_person_verbs(nlp_blank):
    """``Minister of Foreign Affairs of China in Beijing``: after a country, ``in`` and a city go on only for an
    envoy or a body seated abroad; ``Council of Ministers`` completes a post; ``Advisor`` is a post; ``Vinh
    reminded`` is Nguyen Chi Vinh, not the city."""
    text = ("Talks were held. He met Wang Yi, Minister of Foreign Affairs of China in Beijing on Monday, and "
            "the Consul General of Singapore in Ho Chi Minh City Pang Te Cheng. President of the Council of "
            "Ministers of Peru Gustavo Adriazen came with US National Security Advisor Jake Sullivan. Nguyen "
            "Chi Vinh came. Vinh reminded the officers.")
    found = entities(vnentities.extract(text, "2024-04-08", nlp=nlp_blank))
    assert [(label, name) for label, name, _ in found if label in ("TITLE", "PERSON")] == [
        ("PERSON", "Wang Yi"), ("TITLE", "Minister of Foreign Affairs of China"),
        ("TITLE", "Consul General of Singapore in Ho Chi Minh City"), ("PERSON", "Pang Te Cheng"),
        ("TITLE", "President of the Council of Ministers of Peru"), ("PERSON", "Gustavo Adriazen"),
        ("TITLE", "US National Security Advisor"), ("PERSON", "Jake Sullivan"),
        ("PERSON", "Nguyen Chi Vinh"), ("PERSON", "Vinh"),
    ]
    assert ("PLACE", "Beijing", "Beijing") in found


def test_a_lower_case_unit_inside_a_complement_and_a_mixed_rank(nlp_blank):
    """``head of the border guard department of the General Staff of …``: a lower-case unit (at most three
    words ending in a body's head) before ``of``/``under`` and a capitalised body stays in the complement;
    ``Sen. Lt. General`` is one rank."""
    text = ("Talks were held. He met Siphan Phutthavong, head of the border guard department of the General "
            "Staff of the Lao People’s Army, in Hanoi. Sen. Lt. General Nguyen Tan Cuong came.")
    found = entities(vnentities.extract(text, "2022-10-26", nlp=nlp_blank))
    assert [(label, name) for label, name, _ in found if label in ("TITLE", "PERSON")] == [
        ("PERSON", "Siphan Phutthavong"),
        ("TITLE", "head of the border guard department of the General Staff of the Lao People’s Army"),
        ("TITLE", "Sen. Lt. General"), ("PERSON", "Nguyen Tan Cuong"),
    ]


def test_a_foreign_name_by_its_first_and_last_words_and_turkish_provinces(nlp_blank):
    """``Bruno Parrilla`` after ``Bruno Rodriguez Parrilla`` is that person; ``Hatay`` is a Turkish province;
    a capitalised ``the Provincial Party Committee`` is no body of the last Vietnamese province."""
    text = ("Minister Bruno Rodriguez Parrilla came to Hatay. Bruno Parrilla said so. HCMC leaders met the "
            "Secretary of the Provincial Party Committee.")
    found = entities(vnentities.extract(text, "2025-02-19", nlp=nlp_blank))
    assert ("PERSON", "Bruno Parrilla", "Bruno Rodriguez Parrilla") in found
    assert ("PLACE", "Hatay", "Hatay") in found
    assert not [norm for label, _, norm in found if label == "ORG" and norm.startswith("Ho Chi Minh")]


def test_a_nationality_and_a_body_before_a_post(nlp_blank):
    """``Vietnamese NA Chairman``: a nationality and the body after it (which keeps Viet Nam's outside it)
    both belong to the title, as a foreign nationality inside the body does (``Lao NA Chairman``); a
    nationality before ``Party leader`` still makes one title."""
    text = ("Vietnamese NA Chairman Vuong Dinh Hue met Lao NA Chairman Saysomphone Phomvihane and Vietnamese "
            "Party leader Nguyen Phu Trong.")
    found = entities(vnentities.extract(text, "2021-09-04", nlp=nlp_blank), "TITLE")
    assert found == [
        ("TITLE", "Vietnamese NA Chairman", "Vuong Dinh Hue"),
        ("TITLE", "Lao NA Chairman", "Saysomphone Phomvihane"),
        ("TITLE", "Vietnamese Party leader", "Nguyen Phu Trong"),
    ]


def test_a_family_name_that_is_a_pronoun_after_a_post(nlp_blank):
    """``Chinese ambassador to Vietnam He Wei``: right after a post, ``He`` before another name word opens the
    holder's name, found again wherever it is repeated; ``He`` before a verb stays a pronoun."""
    text = ("Chinese ambassador to Vietnam He Wei presented his credentials. The Ambassador He said so. "
            "He Wei later met Deputy Foreign Minister Vu Hoang Yen.")
    found = entities(vnentities.extract(text, "2024-09-13", nlp=nlp_blank))
    assert [(label, name, norm) for label, name, norm in found if label in ("PERSON", "TITLE")] == [
        ("TITLE", "Chinese ambassador to Vietnam", "He Wei"), ("PERSON", "He Wei", "He Wei"),
        ("TITLE", "Ambassador", "He Wei"), ("PERSON", "He Wei", "He Wei"),
        ("TITLE", "Deputy Foreign Minister", "Vu Hoang Yen"), ("PERSON", "Vu Hoang Yen", "Vu Hoang Yen"),
    ]


def test_a_known_body_named_by_an_event_head_ends_a_post(nlp_blank):
    """``Chairman of the … National People’s Congress of China Li Zhanshu``: a known body whose name ends in an
    event's head (``Congress``) makes no event stretching over the country and the name after it, so the
    post ends at the country and the name is its holder; with an ordinal it is a session, an EVENT."""
    text = ("Chairman of the Standing Committee of the National People’s Congress of China Li Zhanshu sent a "
            "message. The 14th National People’s Congress opened.")
    found = entities(vnentities.extract(text, "2021-03-31", nlp=nlp_blank))
    assert [(label, name, norm) for label, name, norm in found if label != "ORG"] == [
        ("TITLE", "Chairman of the Standing Committee of the National People’s Congress of China",
         "Li Zhanshu"),
        ("PERSON", "Li Zhanshu", "Li Zhanshu"), ("EVENT", "14th National People’s Congress", None),
    ]


def test_spox_is_a_spokesperson(nlp_blank):
    """``Spox``, headline shorthand for a spokesperson, is a post, held by the name after it."""
    text = "Foreign Ministry Spox Le Thi Thu Hang said the note was received."
    found = entities(vnentities.extract(text, "2020-10-03", nlp=nlp_blank))
    assert found[:2] == [
        ("TITLE", "Foreign Ministry Spox", "Le Thi Thu Hang"), ("PERSON", "Le Thi Thu Hang", "Le Thi Thu Hang"),
    ]


def test_uncle_ho_is_ho_chi_minh_named_in_full(nlp):
    """``Uncle Ho``, an epithet: ``Ho`` is the PERSON (the epithet's word stays outside, as an honorific does),
    named ``Ho Chi Minh`` though the article never writes the full name, not after another ``Ho`` named in it;
    inside a longer name it is not one."""
    text = "Colonel Ho Thi Lan said the blue berets spread the image of Uncle Ho’s soldiers in Abyei."
    found = entities(vnentities.extract(text, "2023-08-15", nlp=nlp), "PERSON")
    assert found == [("PERSON", "Ho Thi Lan", "Ho Thi Lan"), ("PERSON", "Ho", "Ho Chi Minh")]
    longer = vnentities.extract("Uncle Ho Chi Minh wrote the letter.", "2023-08-15", nlp=nlp)
    assert ("PERSON", "Ho", "Ho Chi Minh") not in entities(longer, "PERSON")


def test_a_nationality_before_a_rank_and_deputy_director_general(nlp_blank):
    """``Indian Colonel Dheeraj Kotwal``: a nationality before a rank is in its TITLE; ``Deputy Director
    General`` is ``Deputy`` and the post ``Director General``, not ``Deputy Director`` and ``General``."""
    text = ("Indian Colonel Dheeraj Kotwal met Deputy Director General Nguyen Van Anh and Aleksey Svichit, "
            "deputy director general of the Vietnam-Russia Tropical Centre.")
    found = entities(vnentities.extract(text, "2023-05-05", nlp=nlp_blank), "TITLE")
    assert found == [
        ("TITLE", "Indian Colonel", "Dheeraj Kotwal"), ("TITLE", "Deputy Director General", "Nguyen Van Anh"),
        ("TITLE", "deputy director general of the Vietnam-Russia Tropical Centre", "Aleksey Svichit"),
    ]


def test_a_hyphened_body_in_a_complement_after_in_his_capacity_as(nlp_blank):
    """``Chien, in his capacity as Chairman of … the Inter-Governmental Joint Commission on …``: a hyphened
    body goes on a complement, and ``in his capacity as`` cues the post of the name before it; a portfolio
    of ``Maritime and Ocean Affairs`` goes on ``under`` a department."""
    text = ("Senior Lieutenant General Hoang Xuan Chien met him. On July 7, Chien, in his capacity as Chairman "
            "of the Vietnamese Sub-Committee of the Inter-Governmental Joint Commission on the Vietnam-Russia "
            "Tropical Centre, spoke. The side was headed by Maria Angela A. Ponce, Assistant Secretary for "
            "Maritime and Ocean Affairs under the Philippine Department of Foreign Affairs.")
    found = entities(vnentities.extract(text, "2023-07-07", nlp=nlp_blank), "TITLE")
    assert found[1:] == [
        ("TITLE", "Chairman of the Vietnamese Sub-Committee of the Inter-Governmental Joint Commission on the "
         "Vietnam-Russia Tropical Centre", "Hoang Xuan Chien"),
        ("TITLE", "Assistant Secretary for Maritime and Ocean Affairs under the Philippine Department of "
         "Foreign Affairs", "Maria Angela A. Ponce"),
    ]


def test_a_byline_name_glued_to_a_dash_and_a_spanish_name_by_its_first_two_words(nlp_blank):
    """``By Thuy Vu- Translated by Huyen Huong``: a dash glued to a word's end is split off, so the byline
    name ends before it; ``Esteban Lazo`` is ``Esteban Lazo Hernandez`` mentioned by his first two names."""
    text = ("President of the National Assembly of People's Power Esteban Lazo Hernandez arrived. President "
            "Luong Cuong welcomed Esteban Lazo’s return.\n\nBy Thuy Vu- Translated by Huyen Huong\n")
    found = entities(vnentities.extract(text, "2025-09-30", nlp=nlp_blank), "PERSON")
    assert found == [
        ("PERSON", "Esteban Lazo Hernandez", "Esteban Lazo Hernandez"),
        ("PERSON", "Luong Cuong", "Luong Cuong"), ("PERSON", "Esteban Lazo", "Esteban Lazo Hernandez"),
        ("PERSON", "Thuy Vu", "Thuy Vu"), ("PERSON", "Huyen Huong", "Huyen Huong"),
    ]


def test_a_posts_acronym_a_rank_lawmakers_listed_and_a_lower_case_ministry(nlp_blank):
    """``Chief of Air Force (CAF) Air Marshal Stephen Chappell``: the acronym of a post (not an organisation's)
    and the rank after it are TITLEs held by the name; ``lawmakers`` cues each name of a list; a lower-case
    ``foreign affairs ministry`` goes on a lower-case post before a name."""
    text = ("He hosted Australia's Chief of Air Force (CAF) Air Marshal Stephen Chappell. The delegation "
            "includes lawmakers Mun Jinseog, Hwang Un-ha and Jung Eulho. She cited the spokeswoman of the "
            "foreign affairs ministry Le Thi Thu Hang.")
    found = entities(vnentities.extract(text, "2025-10-13", nlp=nlp_blank))
    assert [(label, name, norm) for label, name, norm in found if label != "PLACE"] == [
        ("TITLE", "Chief of Air Force", "Stephen Chappell"), ("TITLE", "CAF", "Stephen Chappell"),
        ("TITLE", "Air Marshal", "Stephen Chappell"), ("PERSON", "Stephen Chappell", "Stephen Chappell"),
        ("PERSON", "Mun Jinseog", "Mun Jinseog"), ("PERSON", "Hwang Un-ha", "Hwang Un-ha"),
        ("PERSON", "Jung Eulho", "Jung Eulho"),
        ("TITLE", "spokeswoman of the foreign affairs ministry", "Le Thi Thu Hang"),
        ("PERSON", "Le Thi Thu Hang", "Le Thi Thu Hang"),
    ]


def test_an_appositive_post_after_an_owners_possessive_and_a_place_ending_a_foreign_name(nlp_blank):
    """``Pang Te Cheng, Singapore's Consul General in Ho Chi Minh City``: a post after a name, a comma and an
    owner's possessive is the name's (with its ``in …``); a one-word place ends a foreign name after a post
    (``Lloyd Austin``, ``Luis Montenegro``), not a Vietnamese one; the Joint Chiefs of Staff are known."""
    text = ("He received Mr. Pang Te Cheng, Singapore's Consul General in Ho Chi Minh City, and Michael "
            "Greene, USAID’s Mission Director for Vietnam. He called on US Secretary of Defence Lloyd Austin, "
            "Chairman of the Joint Chiefs of Staff Mark Milley, and Prime Minister Luis Montenegro.")
    found = entities(vnentities.extract(text, "2021-05-03", nlp=nlp_blank), "TITLE")
    assert found == [
        ("TITLE", "Consul General in Ho Chi Minh City", "Pang Te Cheng"),
        ("TITLE", "Mission Director for Vietnam", "Michael Greene"),
        ("TITLE", "US Secretary of Defence", "Lloyd Austin"),
        ("TITLE", "Chairman of the Joint Chiefs of Staff", "Mark Milley"),
        ("TITLE", "Prime Minister", "Luis Montenegro"),
    ]


def test_a_lower_case_unit_in_a_post_and_a_long_foreign_chain_of_known_bodies(nlp_blank):
    """``Deputy Political Commissar of the brigade``: a lower-case unit goes on a post before a rank and a
    name; the Czech Chamber of Deputies and the Communist Party of Bohemia and Moravia are known, so a chain
    of posts over them holds the name after the party's acronym; the Islamic Parliament of Iran is known."""
    text = ("Frigates of Brigade 170 came with Deputy Political Commissar of the brigade Captain Nguyen Trung "
            "Kien. He received Deputy Speaker of the Chamber of Deputies of the Czech Republic’s Parliament "
            "and Chairman of the Communist Party of Bohemia and Moravia (KSCM) Vojtech Filip, then Speaker of "
            "the Islamic Parliament of Iran, Mohammad Bagher Ghalibaf.")
    found = entities(vnentities.extract(text, "2019-06-11", nlp=nlp_blank))
    assert [(label, name, norm) for label, name, norm in found if label in ("TITLE", "ORG")] == [
        ("ORG", "Brigade 170", "Brigade 170"),
        ("TITLE", "Deputy Political Commissar of the brigade", "Nguyen Trung Kien"),
        ("TITLE", "Captain", "Nguyen Trung Kien"),
        ("TITLE", "Deputy Speaker of the Chamber of Deputies of the Czech Republic’s Parliament and Chairman "
         "of the Communist Party of Bohemia and Moravia", "Vojtech Filip"),
        ("ORG", "KSCM", "Communist Party of Bohemia and Moravia"),
        ("TITLE", "Speaker of the Islamic Parliament of Iran", "Mohammad Bagher Ghalibaf"),
    ]


def test_a_local_qualifier_before_a_posted_title_and_heads_standing_alone(nlp_blank):
    """A lower-case local qualifier before a capitalised title held by a name stays out; the UN Resident
    Coordinator and a capitalised ``Head of …`` stand alone."""
    text = ("The delegation was led by the municipal Secretary of the Party Committee Dinh Tien Dung. The UN "
            "Resident Coordinator and the Head of the European Union Delegation attended.")
    assert entities(vnentities.extract(text, "2022-04-03", nlp=nlp_blank)) == [
        ("TITLE", "Secretary of the Party Committee", "Dinh Tien Dung"),
        ("PERSON", "Dinh Tien Dung", "Dinh Tien Dung"),
        ("TITLE", "UN Resident Coordinator", None),
        ("TITLE", "Head of the European Union Delegation", None),
    ]


def test_to_a_place_completes_an_envoys_post_and_a_repeated_title_after_a(nlp_blank):
    """``to`` and a place complete only a posted head (``Special Envoy to Myanmar``, not ``the German
    Chancellor to Vietnam``); a title repeated after ``a`` stands for no one."""
    text = ("German Chancellor Olaf Scholz met Special Envoy to Myanmar Noeleen Heyzer. The visit by the "
            "German Chancellor to Vietnam was the first by a German Chancellor since 2011.")
    assert entities(vnentities.extract(text, "2022-12-15", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "German Chancellor", "Olaf Scholz"), ("TITLE", "Special Envoy to Myanmar", "Noeleen Heyzer"),
        ("TITLE", "German Chancellor", "Olaf Scholz"),
    ]


def test_names_listed_after_a_plural_post_are_persons(nlp_blank):
    """The names listed right after a capitalised plural post and its complement are PERSONs; the plural post
    is no TITLE."""
    text = ("Deputy Mayors of Budapest Anett Bősz and Gábor Kerpel-Fronius received them. Foreign Ministers "
            "Wang Yi, Retno Marsudi, and Bui Thanh Son attended.")
    assert entities(vnentities.extract(text, "2024-08-23", nlp=nlp_blank)) == [
        ("PLACE", "Budapest", "Budapest"), ("PERSON", "Anett Bősz", "Anett Bosz"),
        ("PERSON", "Gábor Kerpel-Fronius", "Gabor Kerpel-Fronius"), ("PERSON", "Wang Yi", "Wang Yi"),
        ("PERSON", "Retno Marsudi", "Retno Marsudi"), ("PERSON", "Bui Thanh Son", "Bui Thanh Son"),
    ]


def test_prefects_assistants_and_a_region_in_a_complement(nlp_blank):
    """``Prefect`` and ``Assistant`` are posts; a lower-case ``region`` goes on a post's complement."""
    text = ("He met Prefect of Nouvelle Aquitaine region Etienne Guyot and the Assistant to the President Tống "
            "Thanh Trì.")
    assert entities(vnentities.extract(text, "2024-06-03", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Prefect of Nouvelle Aquitaine region", "Etienne Guyot"),
        ("TITLE", "Assistant to the President", "Tong Thanh Tri"),
    ]


def test_no_standalone_post_after_a_lower_case_modifier_and_the_emperor(nlp_blank):
    """``the deputy FM`` is another post than ``FM`` and stands for no one; ``the municipal Party chief`` still
    stands; ``Emperor`` stands alone for its holder."""
    text = ("Emperor Naruhito turned 64. Greetings went to the Japanese Emperor. Interests matter, the deputy "
            "FM noted. The municipal Party chief agreed.")
    assert entities(vnentities.extract(text, "2024-03-01", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Emperor", "Naruhito"), ("TITLE", "Japanese Emperor", "Naruhito"),
        ("TITLE", "Party chief", None),
    ]


def test_posts_chained_with_cum(nlp_blank):
    """``cum`` chains two posts of one person, as ``and`` does."""
    text = ("He visited Deputy Secretary of the City Party Committee cum Chairman of the municipal People's "
            "Committee, Nguyen Thanh Phong.")
    assert entities(vnentities.extract(text, "2020-12-08", nlp=nlp_blank), "TITLE") == [
        ("TITLE",
         "Deputy Secretary of the City Party Committee cum Chairman of the municipal People's Committee",
         "Nguyen Thanh Phong"),
    ]


def test_a_place_in_a_bodys_order_is_no_post(nlp_blank):
    """``the 11th member of ASEAN`` is no post, nor the first link of a comma chain before a spokeswoman."""
    text = ("On Timor-Leste’s admission as the 11th member of the Association of Southeast Asian Nations "
            "(ASEAN), Spokeswoman of the Ministry of Foreign Affairs Phạm Thu Hằng spoke.")
    assert entities(vnentities.extract(text, "2025-10-17", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Spokeswoman of the Ministry of Foreign Affairs", "Pham Thu Hang"),
    ]


def test_a_place_named_like_a_person_before_a_visit_or_asked_to_act(nlp_blank):
    """``Hue`` after ``Vuong Dinh Hue`` is the person before a possessive and ``visit``, or between ``invited``
    and ``to``; after ``in`` it stays the city."""
    text = ("NA Chairman Vuong Dinh Hue met Bai. Bai said Hue’s visit is important and invited Hue to attend "
            "the forum. They toured a museum in Hue.")
    doc = vnentities.extract(text, "2024-04-09", nlp=nlp_blank)
    assert [e for e in entities(doc) if e[1] == "Hue"] == [
        ("PERSON", "Hue", "Vuong Dinh Hue"), ("PERSON", "Hue", "Vuong Dinh Hue"),
        ("PLACE", "Hue", "Thua Thien Hue"),
    ]


def test_a_bodys_own_name_with_a_bracketed_gloss_in_a_complement(nlp_blank):
    """``Milli Majlis (National Assembly)`` in a complement is a body, the title goes on over it; a known
    ``Parliament`` keeps its bracketed gloss outside."""
    text = ("He met Sahiba Gafarova, Speaker of the Milli Majlis (National Assembly) of Azerbaijan, and "
            "Chairman of the Mazhilis of the Parliament (lower house) Nurlan Nigmatulin.")
    assert entities(vnentities.extract(text, "2025-07-31", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Speaker of the Milli Majlis (National Assembly) of Azerbaijan", "Sahiba Gafarova"),
        ("TITLE", "Chairman of the Mazhilis of the Parliament", "Nurlan Nigmatulin"),
    ]


def test_a_regnal_number_inside_a_name_and_a_post_before_level(nlp_blank):
    """A regnal number keeps its capitals inside a name (``Abdullah II Ibn Al Hussein``); a post before
    ``level`` is no title."""
    text = ("President Luong Cuong met King Abdullah II Ibn Al Hussein, the first exchange at the Head of "
            "State/Government level, before Deputy Minister-level talks.")
    assert entities(vnentities.extract(text, "2025-11-12", nlp=nlp_blank)) == [
        ("TITLE", "President", "Luong Cuong"), ("PERSON", "Luong Cuong", "Luong Cuong"),
        ("TITLE", "King", "Abdullah II Ibn Al Hussein"),
        ("PERSON", "Abdullah II Ibn Al Hussein", "Abdullah II Ibn Al Hussein"),
    ]


def test_a_legislature_before_a_post_a_cambodian_honorific_and_a_holder_before_who(nlp_blank):
    """``Senate`` before a post is part of the title; ``Samdech Moha Borvor Thipadei`` is an honorific
    outside the name; a name after a title and comma, before ``who``, holds the title."""
    text = ("Belgian Senate leader Stéphanie D'Hose met Samdech Moha Borvor Thipadei Hun Manet. He received "
            "Indian Ambassador in Vietnam, Sandeep Arya who paid a visit.")
    assert entities(vnentities.extract(text, "2023-08-29", nlp=nlp_blank)) == [
        ("TITLE", "Belgian Senate leader", "Stephanie D'Hose"),
        ("PERSON", "Stéphanie D'Hose", "Stephanie D'Hose"), ("PERSON", "Hun Manet", "Hun Manet"),
        ("TITLE", "Indian Ambassador in Vietnam", "Sandeep Arya"), ("PERSON", "Sandeep Arya", "Sandeep Arya"),
    ]


def test_corporate_posts_and_a_posts_acronym_before_its_complement(nlp_blank):
    """``Chief Financial Officer``, ``General Director`` and ``Editor-in-Chief`` are posts; the post's
    bracketed acronym may stand before its ``of`` complement."""
    text = ("He met Chief Financial Officer (CFO) of Samsung Electronics Park Hark-kyu, General Director of "
            "the China Energy International Group Co. Ltd. Qiao Xubin and Deputy Editor-in-Chief of the "
            "Communist Review Vu Trong Lam.")
    assert entities(vnentities.extract(text, "2024-05-09", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Chief Financial Officer (CFO) of Samsung Electronics", "Park Hark-kyu"),
        ("TITLE", "General Director of the China Energy International Group Co. Ltd.", "Qiao Xubin"),
        ("TITLE", "Deputy Editor-in-Chief of the Communist Review", "Vu Trong Lam"),
    ]


def test_a_place_in_a_complement_may_be_placed_on_the_map(nlp_blank):
    """``the southern Binh Duong provincial Party Committee``: a lower-case direction between ``the`` and a
    place stays in the title when the body goes on after the place; not before ``country``."""
    text = ("Secretary of the southern Binh Duong provincial Party Committee Tran Van Nam met Winston Peters, "
            "Minister of Foreign Affairs of the southwestern Pacific Ocean country.")
    assert entities(vnentities.extract(text, "2020-07-07", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Secretary of the southern Binh Duong provincial Party Committee", "Tran Van Nam"),
        ("TITLE", "Minister of Foreign Affairs", "Winston Peters"),
    ]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("He received Ms. Alice Green, the newly appointed UK Consul General in Da Nang, on Monday.",
         ("TITLE", "UK Consul General in Da Nang", "Alice Green")),
        ("He received Ms. Alice Green, the new UK Consul General in Da Nang on Monday.",
         ("TITLE", "UK Consul General in Da Nang", "Alice Green")),
        ("Talking with Ms. Alice Green, the UK Ambassador in Hanoi said the visit went well.",
         ("TITLE", "UK Ambassador", None)),
    ],
)
def test_a_definite_post_after_a_name_and_a_comma(nlp_blank, text, title):
    """After a name, a comma and ``the`` (and ``new`` or ``newly appointed``) a post is the name's, with its
    posted ``in …``, when the title closes the phrase; before a verb the name is only the one spoken to."""
    assert title in entities(vnentities.extract(text, "2025-09-24", nlp=nlp_blank), "TITLE")


def test_a_closing_byline_before_a_slash_and_the_paper(nlp_blank):
    """``Vinh Tho - Duy Linh / Tuoi Tre News``: names before ``/`` and a news organisation at a line's start
    are bylines, a one-word place (``Vinh``) among their words; two places alone are no name."""
    text = "Hang added.\nVinh Tho - Duy Linh / Tuoi Tre News\n\nThey left.\nHanoi Vietnam / VNA"
    assert entities(vnentities.extract(text, "2025-07-04", nlp=nlp_blank)) == [
        ("PERSON", "Vinh Tho", "Vinh Tho"), ("PERSON", "Duy Linh", "Duy Linh"),
        ("ORG", "Tuoi Tre News", "Tuoi Tre"),
        ("PLACE", "Hanoi", "Ha Noi"), ("PLACE", "Vietnam", "VN"), ("ORG", "VNA", "Vietnam News Agency"),
    ]


def test_a_post_held_by_the_holder_of_a_title_before_it(nlp_blank):
    """``The Vice President of the Armenian NA, who is also Chairman of …``: the second post is held by
    whoever holds the first; ``assuming the role of`` cues a post held by the sentence's person."""
    text = ("Vice President of the Armenian National Assembly Vahe Enfiajyan met Ngan. The Vice President of "
            "the Armenian National Assembly, who is also Chairman of the Armenia-Vietnam Parliamentary "
            "Friendship Group, spoke. Ambassador Do Minh Hung was honoured in assuming the role of Vietnamese "
            "Ambassador to the UK.")
    found = entities(vnentities.extract(text, "2019-11-06", nlp=nlp_blank), "TITLE")
    assert found == [
        ("TITLE", "Vice President of the Armenian National Assembly", "Vahe Enfiajyan"),
        ("TITLE", "Vice President of the Armenian National Assembly", "Vahe Enfiajyan"),
        ("TITLE", "Chairman of the Armenia-Vietnam Parliamentary Friendship Group", "Vahe Enfiajyan"),
        ("TITLE", "Ambassador", "Do Minh Hung"),
        ("TITLE", "Vietnamese Ambassador to the UK", "Do Minh Hung"),
    ]


def test_a_family_name_that_is_a_stop_word_after_a_cue(nlp_blank):
    """``his Chinese counterpart He Rong``: ``He`` opens a Chinese name after a name cue or an honorific, as
    it does after a title; the pronoun ``He`` opening a sentence names no one."""
    text = "Long held talks with his visiting Chinese counterpart He Rong in Hanoi. He thanked Mr. He Lifeng."
    assert entities(vnentities.extract(text, "2024-04-19", nlp=nlp_blank), "PERSON") == [
        ("PERSON", "He Rong", "He Rong"), ("PERSON", "He Lifeng", "He Lifeng"),
    ]


def test_judge_is_a_rank_and_foreign_secretaries_are_foreign_ministers(nlp_blank):
    """``Judge`` before a name is a TITLE of its own, as a rank is; ``Foreign Secretary`` and ``Foreign
    Affairs Secretary`` are posts that stand alone, held by the country's foreign minister; a spaced dash
    and ``the`` end a complement (``… of the Philippines – the ASEAN Chair``)."""
    text = ("Binh thanked President Judge Jose Cruz Macedo and Philippine Foreign Affairs Secretary Enrique "
            "Manalo. The talks were chaired by the Secretary of Foreign Affairs of the Philippines – the ASEAN "
            "Chair in 2026. The Philippine Foreign Secretary spoke.")
    assert entities(vnentities.extract(text, "2026-01-28", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "President", "Jose Cruz Macedo"), ("TITLE", "Judge", "Jose Cruz Macedo"),
        ("TITLE", "Philippine Foreign Affairs Secretary", "Enrique Manalo"),
        ("TITLE", "Secretary of Foreign Affairs of the Philippines", "Enrique Manalo"),
        ("TITLE", "Philippine Foreign Secretary", "Enrique Manalo"),
    ]


def test_ho_chi_minh_before_thought_is_the_person(nlp_blank):
    """A place named after a person is that person before a word of its work, with no possessive too
    (``Ho Chi Minh thought``); the city stays a place."""
    text = "It holds to Marxism-Leninism and Ho Chi Minh thought. Ho Chi Minh City thought so."
    assert entities(vnentities.extract(text, "2019-08-29", nlp=nlp_blank)) == [
        ("PERSON", "Ho Chi Minh", "Ho Chi Minh"), ("PLACE", "Ho Chi Minh City", "Ho Chi Minh"),
    ]


def test_posts_of_merged_provinces_presidiums_amirs_and_charges_daffaires(nlp_blank):
    """``of the former Can Tho``, ``of the new city``: a lower-case era between ``the`` and a place or a
    local unit stays in the complement; ``Presidium`` heads a body, ``Amir`` is ``Emir``, and a
    ``Chargé d’Affaires ad interim`` is posted ``to`` a country and stands alone."""
    text = ("Do Thanh Binh, Secretary of the Party Committee of the former Can Tho, was appointed Secretary of "
            "the Party Committee of the new city. Tanaka Yu, vice chairman of the Presidium of the Japanese "
            "Communist Party, met the Deputy Amir of the State of Qatar Sheikh Abdullah Bin Hamad Al Thani and "
            "a delegation of the Canadian Chargé d’Affaires ad interim to Vietnam.")
    assert entities(vnentities.extract(text, "2025-07-31", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Secretary of the Party Committee of the former Can Tho", "Do Thanh Binh"),
        ("TITLE", "Secretary of the Party Committee of the new city", "Do Thanh Binh"),
        ("TITLE", "vice chairman of the Presidium of the Japanese Communist Party", "Tanaka Yu"),
        ("TITLE", "Deputy Amir of the State of Qatar", "Abdullah Bin Hamad Al Thani"),
        ("TITLE", "Canadian Chargé d’Affaires ad interim to Vietnam", None),
    ]


def test_local_posts_written_both_ways_are_one_role(nlp):
    """``Chairman of Soc Trang Provincial People's Committee`` and ``the Chairman of the People's Committee of
    Soc Trang province`` are one post, as are the two ways of writing a provincial Party secretary."""
    text = ("Chairman of Soc Trang Provincial People's Committee Tran Van Lau and Secretary of Soc Trang "
            "Provincial Party Committee Lam Van Man spoke. Later, the Chairman of the People's Committee of "
            "Soc Trang province said trade grew, and the Secretary of the Party Committee of Soc Trang "
            "province agreed.")
    assert [(t.text, t.norm) for t in vnentities.extract(text, "2024-03-20", nlp=nlp).entities
            if t.label == "TITLE"][2:] == [
        ("Chairman of the People's Committee of Soc Trang province", "Tran Van Lau"),
        ("Secretary of the Party Committee of Soc Trang province", "Lam Van Man"),
    ]


def test_a_headline_post_is_held_by_the_name_given_below(nlp):
    """A headline's ambassador or spokeswoman is the holder the article names below it."""
    text = ("RoK Ambassador to Vietnam hopes for stronger ties\nAmbassador of the Republic of Korea (RoK) Park "
            "Noh-wan spoke.\n\nFM Spokeswoman: Vietnam opposes the map\nForeign Ministry Spokeswoman Le Thi "
            "Thu Hang said so.")
    assert entities(vnentities.extract(text, "2023-08-31", nlp=nlp), "TITLE") == [
        ("TITLE", "RoK Ambassador to Vietnam", "Park Noh-wan"),
        ("TITLE", "Ambassador of the Republic of Korea", "Park Noh-wan"),
        ("TITLE", "FM Spokeswoman", "Le Thi Thu Hang"),
        ("TITLE", "Foreign Ministry Spokeswoman", "Le Thi Thu Hang"),
    ]


def test_a_hyphened_lower_case_word_inside_a_body_of_a_complement(nlp_blank):
    """``Front-line Tactical Command``: the lower-case half of a hyphened word stays in the body."""
    text = ("Mr Tea Sokha, Deputy Chief of the Navy and head of the Cambodian National Committee’s Front-line "
            "Tactical Command, spoke.")
    titles = entities(vnentities.extract(text, "2022-10-05", nlp=nlp_blank), "TITLE")
    assert [title for _, title, _ in titles] == [
        "Deputy Chief of the Navy and head of the Cambodian National Committee’s Front-line Tactical Command",
    ]


def test_a_credit_with_a_glued_initial(nlp_blank):
    """``Photo: T.PHUONG`` credits a person, title-cased in the norm."""
    doc = vnentities.extract("The chairman presents a souvenir. Photo: T.PHUONG\n", "2023-06-25", nlp=nlp_blank)
    assert entities(doc, "PERSON") == [("PERSON", "T.PHUONG", "T.Phuong")]


def test_the_na_vice_chairman_written_three_ways_is_one_post(nlp):
    """``NA Vice Chairman``, ``Vice Chairman of the National Assembly`` and ``National Assembly (NA) Vice
    Chairman`` are one post (a bracketed acronym aside); so are the deputy chairman's two forms."""
    text = ("NA Vice Chairman meets MPs\nNational Assembly (NA) Vice Chairman Tran Quang Phuong hosted "
            "them. Later, Deputy Chairman of the National Assembly Nguyen Khac Dinh spoke, and the NA Deputy "
            "Chairman thanked them.")
    titles = entities(vnentities.extract(text, "2023-11-20", nlp=nlp), "TITLE")
    assert [(title, holder) for _, title, holder in titles] == [
        ("NA Vice Chairman", "Tran Quang Phuong"),
        ("National Assembly (NA) Vice Chairman", "Tran Quang Phuong"),
        ("Deputy Chairman of the National Assembly", "Nguyen Khac Dinh"),
        ("NA Deputy Chairman", "Nguyen Khac Dinh"),
    ]


@pytest.mark.parametrize(
    "title",
    ["Argentine Minister of Foreign Affairs, International Trade and Worship",
     "Lao Minister of Technology and Communication",
     "Chairwoman of the Parliamentary Friendship Group for Relations with the ASEAN States"],
)
def test_more_portfolio_words(nlp_blank, title):
    """``Worship``, ``Communication`` and ``States`` complete a post's complement."""
    doc = vnentities.extract(f"The {title} Diana Mondino arrived.", "2024-03-19", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [("TITLE", title, "Diana Mondino")]


def test_a_post_with_capitalised_modifiers_stands_alone_after_the(nlp_blank):
    """``The Standing Deputy Secretary of the Municipal Party Committee`` stands for the holder named
    before; a lower-case ``the deputy secretary`` does not stand alone."""
    text = ("Standing Deputy Secretary of the Ho Chi Minh City Party Committee Nguyen Ho Hai spoke. The "
            "Standing Deputy Secretary of the Municipal Party Committee praised them; the deputy secretary of "
            "the Party Committee left.")
    titles = entities(vnentities.extract(text, "2024-03-06", nlp=nlp_blank), "TITLE")
    assert titles == [
        ("TITLE", "Standing Deputy Secretary of the Ho Chi Minh City Party Committee", "Nguyen Ho Hai"),
        ("TITLE", "Standing Deputy Secretary of the Municipal Party Committee", "Nguyen Ho Hai"),
    ]


def test_a_chain_across_a_nationality_when_the_first_post_has_none(nlp):
    """``CPC General Secretary and Chinese President Xi Jinping`` is one post; ``the Lao PM and Vietnamese
    PM Pham Minh Chinh`` are two."""
    text = ("He met CPC General Secretary and Chinese President Xi Jinping. Talks between the Lao PM and "
            "Vietnamese PM Pham Minh Chinh began.")
    assert [t for _, t, _ in entities(vnentities.extract(text, "2023-12-12", nlp=nlp), "TITLE")] == [
        "CPC General Secretary and Chinese President", "Lao PM", "Vietnamese PM",
    ]


def test_a_post_after_as_following_a_post_is_the_same_persons(nlp_blank):
    """``assign Than, Deputy Secretary of …, as Secretary of …``: the post after ``, as`` is held by the holder
    of the post before it; ``the post of`` cues a post too."""
    text = ("The Politburo decided to assign Nguyen Khac Than, Deputy Secretary of the Party Committee of Hung "
            "Yen province, as Secretary of the 20th Party Committee of Nghe An province. Than ceases holding "
            "the post of Deputy Secretary of the Hung Yen Party Committee.")
    titles = entities(vnentities.extract(text, "2025-11-11", nlp=nlp_blank), "TITLE")
    assert titles == [
        ("TITLE", "Deputy Secretary of the Party Committee of Hung Yen province", "Nguyen Khac Than"),
        ("TITLE", "Secretary of the 20th Party Committee of Nghe An province", "Nguyen Khac Than"),
        ("TITLE", "Deputy Secretary of the Hung Yen Party Committee", "Nguyen Khac Than"),
    ]


def test_names_with_particles_syllables_and_lower_case_syllables(nlp_blank):
    """``Ursula von der Leyen`` (two particles), ``Men Sam An`` (a syllable that is also a stop word, after a
    first name word), ``Vo van Thuong`` (a Vietnamese name's lower-case syllable, capitalised in the norm)."""
    text = ("President of the European Commission Ursula von der Leyen met Chairwoman of the Mass Mobilisation "
            "Commission Men Sam An on August 23. President Vo van Thuong attended.")
    assert entities(vnentities.extract(text, "2022-08-23", nlp=nlp_blank), "PERSON") == [
        ("PERSON", "Ursula von der Leyen", "Ursula von der Leyen"),
        ("PERSON", "Men Sam An", "Men Sam An"),
        ("PERSON", "Vo van Thuong", "Vo Van Thuong"),
    ]


def test_asean_and_un_chiefs_are_their_secretaries_general(nlp_blank):
    """``the ASEAN chief``, ``the UN chief``: the role of the Secretary-General named before."""
    text = ("Secretary-General of ASEAN Kao Kim Hourn and UN Secretary-General Antonio Guterres spoke. The "
            "ASEAN chief thanked the UN chief.")
    titles = entities(vnentities.extract(text, "2024-08-29", nlp=nlp_blank), "TITLE")
    assert titles == [
        ("TITLE", "Secretary-General of ASEAN", "Kao Kim Hourn"),
        ("TITLE", "UN Secretary-General", "Antonio Guterres"),
        ("TITLE", "ASEAN chief", "Kao Kim Hourn"),
        ("TITLE", "UN chief", "Antonio Guterres"),
    ]


def test_non_resident_posts_and_plural_portfolio_words(nlp_blank):
    """``Non-Resident Ambassador`` keeps its prefix; ``Technologies`` goes on a portfolio list."""
    text = ("Non-Resident Ambassador of Nepal to Viet Nam Dhan Bahadur Oli met the Minister of Science and "
            "Information and Communication Technologies.")
    assert entities(vnentities.extract(text, "2025-12-14", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Non-Resident Ambassador of Nepal to Viet Nam", "Dhan Bahadur Oli"),
        ("TITLE", "Minister of Science and Information and Communication Technologies", None),
    ]


def test_a_hyphened_modifier_after_the_in_a_definite_appositive(nlp_blank):
    """``Dong Bi You, the newly-appointed Chinese Consul General in Da Nang, …``: the hyphened modifier counts
    as one, and the post keeps its place."""
    text = "He received Ms Dong Bi You, the newly-appointed Chinese Consul General in Da Nang, on April 21."
    assert entities(vnentities.extract(text, "2021-04-22", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Chinese Consul General in Da Nang", "Dong Bi You")]


def test_indian_honorifics_stand_outside_a_name(nlp_blank):
    """``Sri.``, ``Shri``: honorifics between a post and its holder's name, like ``Mr.``."""
    text = "Its Chief Minister Sri. Pinarayi Vijayan met Governor Shri Arif Mohammed Khan."
    assert entities(vnentities.extract(text, "2023-07-08", nlp=nlp_blank)) == [
        ("TITLE", "Chief Minister", "Pinarayi Vijayan"), ("PERSON", "Pinarayi Vijayan", "Pinarayi Vijayan"),
        ("TITLE", "Governor", "Arif Mohammed Khan"), ("PERSON", "Arif Mohammed Khan", "Arif Mohammed Khan"),
    ]


def test_a_nationalitys_post_is_no_complement(nlp_blank):
    """``under the co-chair of Vietnamese Minister … Tran Hong Ha``: the post after ``of`` is its own TITLE,
    not the complement of ``chair``."""
    text = ("It was held under the co-chair of Vietnamese Minister of Natural Resources and Environment Tran "
            "Hong Ha.")
    assert entities(vnentities.extract(text, "2022-11-24", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Vietnamese Minister of Natural Resources and Environment", "Tran Hong Ha")]


def test_former_posts_listed_after_a_post_are_the_same_persons(nlp_blank):
    """``Hưng, member of …, former Vice Chairman of …, former Secretary of …, and former Chairman of …``:
    each former post is a TITLE of its own, ``former`` outside, held by the name before the list."""
    text = ("It disciplined Đỗ Trọng Hưng, member of the Party Central Committee, former Vice Chairman of the "
            "Party Central Committee’s Organisation Commission, former Secretary of the Thanh Hoá provincial "
            "Party Committee, and former Chairman of the provincial People’s Council.")
    titles = entities(vnentities.extract(text, "2025-10-06", nlp=nlp_blank), "TITLE")
    assert [(t, holder) for _, t, holder in titles] == [
        ("member of the Party Central Committee", "Do Trong Hung"),
        ("Vice Chairman of the Party Central Committee’s Organisation Commission", "Do Trong Hung"),
        ("Secretary of the Thanh Hoá provincial Party Committee", "Do Trong Hung"),
        ("Chairman of the provincial People’s Council", "Do Trong Hung"),
    ]


def test_posts_and_honorifics_of_the_fifty_ninth_batch(nlp_blank):
    """``Coordinating Minister`` is a post; Myanmar's ``U`` and ``Daw`` are honorifics outside the name; a
    permanent deputy prime minister is a deputy prime minister."""
    text = ("Deputy PM receives JICA\nPermanent Deputy Prime Minister Pham Binh Minh received Senior Minister "
            "and Coordinating Minister for National Security Teo Chee Hean, Myanmar President U Win Myint and "
            "Daw Aung San Suu Kyi.")
    doc = vnentities.extract(text, "2022-08-23", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "Deputy PM", "Pham Binh Minh"),
        ("TITLE", "Permanent Deputy Prime Minister", "Pham Binh Minh"),
        ("TITLE", "Senior Minister and Coordinating Minister for National Security", "Teo Chee Hean"),
        ("TITLE", "Myanmar President", "Win Myint"),
    ]
    assert ("PERSON", "Aung San Suu Kyi", "Aung San Suu Kyi") in entities(doc, "PERSON")


def test_united_nations_posts(nlp_blank):
    """``Under-Secretary-General`` is one head; a chained post may open with words of its field (``and
    Emergency Relief Coordinator``); a headline's ``General Director`` is the director-general named below;
    a dash closing an inserted post stays outside."""
    text = ("Viet Nam, a responsible member of UNESCO: General Director\nUNESCO Director-General Audrey "
            "Azoulay met Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator "
            "Mark Lowcock and Nguyen Trung Kien, Governor - Permanent Representative of Vietnam to the IAEA - "
            "who spoke.")
    assert entities(vnentities.extract(text, "2023-12-04", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "General Director", "Audrey Azoulay"),
        ("TITLE", "UNESCO Director-General", "Audrey Azoulay"),
        ("TITLE", "Under-Secretary-General for Humanitarian Affairs and Emergency Relief Coordinator",
         "Mark Lowcock"),
        ("TITLE", "Governor - Permanent Representative of Vietnam to the IAEA", "Nguyen Trung Kien"),
    ]


def test_united_nations_departments_complete_a_post(nlp_blank):
    """The fields of the UN's departments complete an under-secretary-general's post, before a hyphened
    given name too."""
    text = ("Giang met UN Under-Secretary-General for Peace Operations Jean-Pierre Lacroix and Under-Secretary-"
            "General for Safety and Security Gilles Michaud, then Assistant Secretary-General for Operational "
            "Support Lisa Buttenheim.")
    assert entities(vnentities.extract(text, "2025-11-24", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "UN Under-Secretary-General for Peace Operations", "Jean-Pierre Lacroix"),
        ("TITLE", "Under-Secretary-General for Safety and Security", "Gilles Michaud"),
        ("TITLE", "Assistant Secretary-General for Operational Support", "Lisa Buttenheim"),
    ]


def test_a_name_before_a_spaced_dash_and_a_post(nlp_blank):
    """Name words after a lower-case word, then a spaced dash and a post, are a name holding the post (a
    hyphen inside a name is no such dash); ``Honorary`` opens a post; ``Fine Arts`` completes a ministry's."""
    text = ("PM Pham Minh Chinh (left) and Kevin McCarthy – Speaker of the US House of Representatives at the "
            "event. He met Jean-Pierre Lacroix - Under-Secretary-General for Peace Operations at the office. "
            "The Vietnam-UK Friendship Association (VUFA) met. Honorary Chairman of the VUFA Hoang Van Dung "
            "and Cambodian Minister of Culture and Fine Arts Phoeurng Sackona attended.")
    doc = vnentities.extract(text, "2023-09-20", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "PM", "Pham Minh Chinh"),
        ("TITLE", "Speaker of the US House of Representatives", "Kevin McCarthy"),
        ("TITLE", "Under-Secretary-General for Peace Operations", "Jean-Pierre Lacroix"),
        ("TITLE", "Honorary Chairman of the VUFA", "Hoang Van Dung"),
        ("TITLE", "Cambodian Minister of Culture and Fine Arts", "Phoeurng Sackona"),
    ]
    assert [t for _, t, _ in entities(doc, "PERSON")] == [
        "Pham Minh Chinh", "Kevin McCarthy", "Jean-Pierre Lacroix", "Hoang Van Dung", "Phoeurng Sackona",
    ]


def test_a_post_after_a_name_and_as_or_an_appointment_cue(nlp_blank):
    """A capitalised post after a name and ``as``, or after ``assigned as``, ``tenure as``, ``appointment
    as`` …, is the person's, with no name after it; a country's chairmanship after ``as`` is no post;
    ``state`` closes a complement after a place; ``Policies and Strategies`` complete a commission's
    name."""
    text = ("Nguyễn Duy Ngọc has been assigned as Secretary of the Hà Nội Party Committee for the 2025–2030 "
            "term. The Politburo appointed Mr. Tran Luu Quang as Secretary of the Ho Chi Minh City Party "
            "Committee for the 2025–2030 term. Viet Nam, as ASEAN Chair, welcomed Mr. Rolf Schulze, who "
            "recalled his tenure as German Ambassador to Viet Nam. Le Van Duc congratulated Ms. Stefanie Beck "
            "on her appointment as Deputy Minister of National Defence of Canada and met Chief Minister of "
            "India’s Gujarat state Bhupendra Patel and Vice Chairman of the Party Central Committee’s "
            "Commission for Policies and Strategies Pham Dai Duong.")
    assert entities(vnentities.extract(text, "2025-11-04", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Secretary of the Hà Nội Party Committee", "Nguyen Duy Ngoc"),
        ("TITLE", "Secretary of the Ho Chi Minh City Party Committee", "Tran Luu Quang"),
        ("TITLE", "German Ambassador to Viet Nam", "Rolf Schulze"),
        ("TITLE", "Deputy Minister of National Defence of Canada", "Stefanie Beck"),
        ("TITLE", "Chief Minister of India’s Gujarat state", "Bhupendra Patel"),
        ("TITLE", "Vice Chairman of the Party Central Committee’s Commission for Policies and Strategies",
         "Pham Dai Duong"),
    ]


def test_religious_ranks_honorifics_and_posts(nlp_blank):
    """Church ranks are ranks (a TITLE of their own before the name, after a post's comma too);
    ``Monsignor`` and ``Most Venerable`` are honorifics, outside; a patriarch's and a papal
    representative's posts; ``Permanent Mission`` goes on after a country's possessive."""
    text = ("He met the Secretary for Relations with States and International Organisations, Archbishop "
            "Paul Gallagher. He met Resident Papal Representative in Hanoi Archbishop Marek Zalewski. Among "
            "them were "
            "Most Venerable Thich Tri Quang, Supreme Patriarch of the Vietnam Buddhist Sangha; and Monsignor "
            "Miroslaw Wachowski. Ambassador Mai Phan Dung, Head of Vietnam’s Permanent Mission to Geneva, "
            "attended.")
    doc = vnentities.extract(text, "2025-09-14", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "Secretary for Relations with States and International Organisations", "Paul Gallagher"),
        ("TITLE", "Archbishop", "Paul Gallagher"),
        ("TITLE", "Resident Papal Representative in Hanoi", "Marek Zalewski"),
        ("TITLE", "Archbishop", "Marek Zalewski"),
        ("TITLE", "Supreme Patriarch of the Vietnam Buddhist Sangha", "Thich Tri Quang"),
        ("TITLE", "Ambassador", "Mai Phan Dung"),
        ("TITLE", "Head of Vietnam’s Permanent Mission to Geneva", "Mai Phan Dung"),
    ]
    assert [t for _, t, _ in entities(doc, "PERSON")] == [
        "Paul Gallagher", "Marek Zalewski", "Thich Tri Quang", "Miroslaw Wachowski", "Mai Phan Dung",
    ]


def test_a_rotating_posts_year_and_an_honourable_body(nlp_blank):
    """A year right after a post, ending the phrase, is the rotating post's (``ASEAN Chair 2024``), after a
    post cue too; a country holding the chair holds no post; ``Honourable`` stays in a body's name."""
    text = ("The trip is made at the invitation of Lao Prime Minister Sonexay Siphandone - ASEAN Chair 2024. "
            "Ms. Puan Maharani, in her capacity as the AIPA Chair 2023, spoke. Malaysia, ASEAN Chair 2025, "
            "hosted Hue, who met Cristina Kirchner, President of the Honourable Senate of Argentina.")
    assert entities(vnentities.extract(text, "2024-10-08", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Lao Prime Minister", "Sonexay Siphandone"),
        ("TITLE", "ASEAN Chair 2024", "Sonexay Siphandone"),
        ("TITLE", "AIPA Chair 2023", "Puan Maharani"),
        ("TITLE", "President of the Honourable Senate of Argentina", "Cristina Kirchner"),
    ]


def test_a_qualifier_before_a_prefix_and_a_post_at_a_body(nlp_blank):
    """``Standing``/``Permanent`` before an organisation that prefixes a post opens the title; ``at`` opens
    a complement before a body (a nationality between), not elsewhere; a country that will serve as a
    chair holds no post."""
    text = ("It is headed by Standing NA Vice Chairwoman Tong Thi Phong. He met Jochen Flasbarth, State "
            "Secretary at the German Federal Ministry for Economic Cooperation and Development, on Monday, and "
            "Parliamentary State Secretary at the Federal Ministry for Economic Affairs and Climate Action "
            "Franziska Brantner. Ngan said Vietnam will also serve as Chair of ASEAN in 2020. The Vietnamese "
            "Ambassador at the event, Pham Quang Hieu, spoke.")
    assert entities(vnentities.extract(text, "2023-04-01", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Standing NA Vice Chairwoman", "Tong Thi Phong"),
        ("TITLE", "State Secretary at the German Federal Ministry for Economic Cooperation and Development",
         "Jochen Flasbarth"),
        ("TITLE", "Parliamentary State Secretary at the Federal Ministry for Economic Affairs and Climate "
         "Action", "Franziska Brantner"),
        ("TITLE", "Vietnamese Ambassador", None),
    ]


def test_an_ambassador_extraordinary_and_plenipotentiary_and_a_manpower_minister(nlp_blank):
    """``Ambassador Extraordinary and Plenipotentiary`` is one posted head, its complement ``to`` a country
    included; ``Manpower`` opens a minister's post."""
    text = ("He met Ambassador Extraordinary and Plenipotentiary of the Republic of Singapore to Vietnam Jaya "
            "Ratnam and Manpower Minister Tan See Leng.")
    assert entities(vnentities.extract(text, "2024-06-25", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Ambassador Extraordinary and Plenipotentiary of the Republic of Singapore to Vietnam",
         "Jaya Ratnam"),
        ("TITLE", "Manpower Minister", "Tan See Leng"),
    ]


def test_a_peoples_committee_post_a_body_with_its_nationality_and_a_credit_on_its_line(nlp_blank):
    """``People’s Committee`` opens a post as a modifier; ``at`` opens a complement before a body that holds
    its nationality; a photo credit's name stays on its line; a city of the world list before ``city``
    completes a mayor's post."""
    text = ("Photo: T.PHUONG\n\nVisiting the consulate, he met Municipal People’s Committee Vice Chairman Ho "
            "Ky Minh, Secretary of State at the Cambodian Defence Ministry Neang Phat and the Mayor of "
            "Nasushiobara city Watanabe Michitaro.")
    doc = vnentities.extract(text, "2024-02-02", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "Municipal People’s Committee Vice Chairman", "Ho Ky Minh"),
        ("TITLE", "Secretary of State at the Cambodian Defence Ministry", "Neang Phat"),
        ("TITLE", "Mayor of Nasushiobara city", "Watanabe Michitaro"),
    ]
    assert entities(doc, "PERSON")[0] == ("PERSON", "T.PHUONG", "T.Phuong")


def test_a_descriptor_after_of_and_an_associations_members_in_a_complement(nlp_blank):
    """``of northern Lang Son province`` stays in the complement, as ``of the northern …`` does; ``Writers
    and Artists`` complete a union's name."""
    text = ("Nguyen Canh Toan, Deputy Secretary of the Party Committee and Chairman of the People’s Committee "
            "of northern Lang Son province, met Vice President of the Cuban Union of Writers and Artists "
            "Rolando Rensoli.")
    assert [t for _, t, _ in entities(vnentities.extract(text, "2025-11-28", nlp=nlp_blank), "TITLE")] == [
        "Deputy Secretary of the Party Committee and Chairman of the People’s Committee of northern Lang Son "
        "province",
        "Vice President of the Cuban Union of Writers and Artists",
    ]


def test_a_place_relieved_of_a_post_and_a_bare_lower_case_post_before_a_comma(nlp_blank):
    """A one-word place that is a word of a name found is that person before ``from`` and a post (``relieving
    Hue from his positions``); a lower-case post with no complement opens no comma chain (``act as standing
    vice chair, and Deputy Minister …``)."""
    text = ("The NA considered relieving Vuong Dinh Hue from the post of NA Chairman and approved the removal "
            "of Hue from the post as a member of the Council. Tourists flew from Hue to Hanoi. Serving as "
            "vice chairs are Deputy Minister of Foreign Affairs Nguyen Minh Hang, who will act as standing "
            "vice chair, and Deputy Minister of Industry and Trade Nguyen Sinh Nhat Tan.")
    doc = vnentities.extract(text, "2024-05-02", nlp=nlp_blank)
    assert [(label, t) for label, t, _ in entities(doc) if t == "Hue"] == [("PERSON", "Hue"), ("PLACE", "Hue")]
    assert ("TITLE", "Deputy Minister of Industry and Trade", "Nguyen Sinh Nhat Tan") in entities(doc, "TITLE")


def test_army_general_between_a_post_and_its_holder(nlp_blank):
    """``Army General`` is a rank: the post before it is held by the name after it."""
    text = ("Russian Defense Minister Army General Sergey Shoigu and Vietnamese Defense Minister Army General "
            "Phan Van Giang signed the agreement.")
    assert entities(vnentities.extract(text, "2021-12-01", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Russian Defense Minister", "Sergey Shoigu"),
        ("TITLE", "Army General", "Sergey Shoigu"),
        ("TITLE", "Vietnamese Defense Minister", "Phan Van Giang"),
        ("TITLE", "Army General", "Phan Van Giang"),
    ]


def test_a_single_name_after_posts_twice_and_envoys_listed_with_their_countries(nlp_blank):
    """A single word after posts twice or more is a name (``PM Bettel``); an envoy's list of countries stays
    in the post, and a post with no name after it is held by the name right before it in a list of
    appointments."""
    text = ("Quang Ninh was honoured that PM Bettel chose Ha Long Bay. PM Bettel thanked the hosts.\n\n"
            "Accordingly, Le Hong Lam Ambassador to Norway; and Luong Quoc Thinh Ambassador to Nigeria, Sierra "
            "Leone, Ghana, Togo, Cameroon, Chad, and Liberia.")
    doc = vnentities.extract(text, "2023-05-04", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "PM", "Bettel"),
        ("TITLE", "PM", "Bettel"),
        ("TITLE", "Ambassador to Norway", "Le Hong Lam"),
        ("TITLE", "Ambassador to Nigeria, Sierra Leone, Ghana, Togo, Cameroon, Chad, and Liberia",
         "Luong Quoc Thinh"),
    ]
    assert [t for _, t, _ in entities(doc, "PERSON")] == ["Bettel", "Bettel", "Le Hong Lam", "Luong Quoc Thinh"]


def test_a_name_a_particle_opens_and_an_excellency(nlp_blank):
    """A particle may open a name after a post (``President da Silva``, ``President von der Leyen``), the
    short form resolving to the full name; ``Her Excellency`` is an honorific outside the name."""
    text = ("Brazil’s President Luiz Inacio Lula da Silva arrived. PM Chinh and President da Silva agreed. "
            "President von der Leyen spoke. I thank Her Excellency Maria Fernanda Espinosa Garces, President "
            "of the 73rd Session.")
    assert entities(vnentities.extract(text, "2023-09-26", nlp=nlp_blank), "PERSON") == [
        ("PERSON", "Luiz Inacio Lula da Silva", "Luiz Inacio Lula da Silva"),
        ("PERSON", "da Silva", "Luiz Inacio Lula da Silva"),
        ("PERSON", "von der Leyen", "von der Leyen"),
        ("PERSON", "Maria Fernanda Espinosa Garces", "Maria Fernanda Espinosa Garces"),
    ]


def test_your_excellency_and_a_post_at_an_event(nlp_blank):
    """``Your Excellency`` is an honorific outside the name; ``at`` does not run a post on into an event
    named after a body (``Foreign Minister at ASEAN Future Forum``)."""
    text = ("Speech by Vietnamese Foreign Minister at ASEAN Future Forum\n\nYour Excellency Sonexay "
            "Siphandone, Prime Minister of the Lao People’s Democratic Republic,")
    doc = vnentities.extract(text, "2024-04-23", nlp=nlp_blank)
    assert entities(doc, "TITLE")[0][1] == "Vietnamese Foreign Minister"
    assert entities(doc, "EVENT") == [("EVENT", "ASEAN Future Forum", None)]
    assert entities(doc, "PERSON") == [("PERSON", "Sonexay Siphandone", "Sonexay Siphandone")]


def test_sports_and_economy_ministers(nlp_blank):
    """``Sports`` and ``Economy`` modify a minister's post as other portfolios do."""
    text = "Vietnamese Sports Minister Nguyen Van Hung met Japanese Economy Minister Ken Saito."
    assert entities(vnentities.extract(text, "2022-05-24", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Vietnamese Sports Minister", "Nguyen Van Hung"),
        ("TITLE", "Japanese Economy Minister", "Ken Saito"),
    ]


def test_portfolios_listed_with_nationalities_and_a_commission_on_two_fields(nlp_blank):
    """A list of portfolios goes on over a nationality or region's adjective (``African Cooperation and
    Moroccan Expatriates``), and a commission's remit over ``and`` (``on Border and Migration at the
    Senate``); the nationality's post later is that minister's."""
    text = ("Son held talks with Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates "
            "Nasser Bourita. He met President of the Commission on Border and Migration at the Senate Bertha "
            "Caraveo. The Moroccan Minister agreed.")
    assert entities(vnentities.extract(text, "2021-04-16", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Minister of Foreign Affairs, African Cooperation and Moroccan Expatriates",
         "Nasser Bourita"),
        ("TITLE", "President of the Commission on Border and Migration at the Senate", "Bertha Caraveo"),
        ("TITLE", "Moroccan Minister", "Nasser Bourita"),
    ]


def test_posts_chained_after_a_dates_comma(nlp_blank):
    """A comma after a date opens no list: the posts chained after it are one title of the name after them."""
    text = ("HNP - On September 26, Member of the Standing Committee of the Hanoi Party Committee, Standing "
            "Vice Chairman of the Hanoi People's Council Phung Thi Hong Ha hosted a delegation.")
    assert entities(vnentities.extract(text, "2022-09-28", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Member of the Standing Committee of the Hanoi Party Committee, Standing Vice Chairman of "
         "the Hanoi People's Council", "Phung Thi Hong Ha"),
    ]


def test_portfolios_joined_before_one_head(nlp_blank):
    """Capitalised portfolios joined by ``and`` before one head are one post (``Industry and Trade Minister``,
    ``Trade and Export Growth Minister``); two posts joined by ``and`` stay one chained title."""
    text = ("Vietnamese Industry and Trade Minister Nguyen Hong Dien met New Zealand's Trade and Export Growth "
            "Minister Todd McClay and Deputy Prime Minister and Foreign Minister Pham Binh Minh.")
    assert entities(vnentities.extract(text, "2023-05-10", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Vietnamese Industry and Trade Minister", "Nguyen Hong Dien"),
        ("TITLE", "Trade and Export Growth Minister", "Todd McClay"),
        ("TITLE", "Deputy Prime Minister and Foreign Minister", "Pham Binh Minh"),
    ]


def test_names_a_nationality_or_a_lone_a_opens(nlp_blank):
    """A nationality that is a Vietnamese family name opens a name of three words (``Thai Dai Ngoc``, after a
    complement too), not a place (``Thai Nguyen``); ``A`` is a syllable inside an ethnic minority name
    (``Hau A Lenh``, ``Giang A Chu``)."""
    text = ("Gia Lai Party Secretary Thai Dai Ngoc met Kato Hirosuke. Secretary of the Provincial Party "
            "Committee Thai Dai Ngoc visited Thai Nguyen. Tuyen Quang Party Secretary Hau A Lenh met Secretary "
            "Giang A Chu.")
    doc = vnentities.extract(text, "2026-01-29", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "Gia Lai Party Secretary", "Thai Dai Ngoc"),
        ("TITLE", "Secretary of the Provincial Party Committee", "Thai Dai Ngoc"),
        ("TITLE", "Tuyen Quang Party Secretary", "Hau A Lenh"),
        ("TITLE", "Secretary", "Giang A Chu"),
    ]
    assert ("PLACE", "Thai Nguyen", "Thai Nguyen") in entities(doc, "PLACE")


def test_honorifics_are_no_base_model_entity(nlp):
    """Cambodian honorifics before a name, which the base model reads as a PERSON or an ORG, are no entity
    in either mode (``Samdech Techo``, ``Samdech Akka Moha Sena Padei Techo``)."""
    text = ("CPP President and Prime Minister Samdech Techo Hun Sen met Samdech Akka Moha Sena Padei Techo Hun "
            "Sen's adviser.")
    doc = vnentities.extract(text, "2023-08-05", nlp=nlp)
    assert entities(doc, "PERSON") == [("PERSON", "Hun Sen", "Hun Sen"), ("PERSON", "Hun Sen", "Hun Sen")]
    assert entities(doc, "ORG") == []


def test_myanmar_ranks_a_queen_mother_and_the_na_leader(nlp_blank):
    """``Senior General`` and ``Vice-Senior General`` are ranks, ``Queen Mother`` a post; ``the NA leader`` is
    the National Assembly's chairman named before it."""
    text = ("NA Chairman Vuong Dinh Hue met Senior General Min Aung Hlaing, Vice-Senior General Soe Win and "
            "Queen Mother Norodom Monineath Sihanouk. The NA leader also met Hun Sen.")
    assert entities(vnentities.extract(text, "2022-11-25", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "NA Chairman", "Vuong Dinh Hue"),
        ("TITLE", "Senior General", "Min Aung Hlaing"),
        ("TITLE", "Vice-Senior General", "Soe Win"),
        ("TITLE", "Queen Mother", "Norodom Monineath Sihanouk"),
        ("TITLE", "NA leader", "Vuong Dinh Hue"),
    ]


def test_an_attorney_general_a_law_minister_and_initials_opening_a_name(nlp_blank):
    """``Attorney General`` is a post and ``Law`` a minister's portfolio; two capitals opening a name are
    initials, kept in its norm (``KP Sharma Oli``), where a name in capitals is title-cased."""
    text = ("Malaysian Attorney General Idrus Harun and Vietnamese Law Minister Le Thanh Long signed. Prime "
            "Minister KP Sharma Oli met NGUYEN XUAN PHUC.")
    doc = vnentities.extract(text, "2022-03-21", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "Malaysian Attorney General", "Idrus Harun"),
        ("TITLE", "Vietnamese Law Minister", "Le Thanh Long"),
        ("TITLE", "Prime Minister", "KP Sharma Oli"),
    ]
    assert ("PERSON", "NGUYEN XUAN PHUC", "Nguyen Xuan Phuc") in entities(doc, "PERSON")


def test_ict_and_royal_palace_portfolios_and_a_vietnamese_name_of_three_before_a_foreign_one(nlp_blank):
    """``ICT``, ``Royal Palace`` and ``Agricultural`` go on a post's complement; a Vietnamese name's fourth word
    must be a Vietnamese syllable (``Nguyen Manh Hung`` before ``Adachi``, where the source lost an ``and``)."""
    text = ("Minister of Science and ICT Lee Jong-ho met Deputy Prime Minister and Minister of the Royal "
            "Palace Kong Sam Ol and Chairman of the Council for Agricultural and Rural Development Yim "
            "Chhay Ly. "
            "Minister Nguyen Manh Hung Adachi Masashi and Japan's officials met.")
    doc = vnentities.extract(text, "2024-08-04", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "Minister of Science and ICT", "Lee Jong-ho"),
        ("TITLE", "Deputy Prime Minister and Minister of the Royal Palace", "Kong Sam Ol"),
        ("TITLE", "Chairman of the Council for Agricultural and Rural Development", "Yim Chhay Ly"),
        ("TITLE", "Minister", "Nguyen Manh Hung"),
    ]


def test_a_bodys_name_ends_before_the_holders_name(nlp_blank):
    """Two capitalised words that are no portfolio words after one that is start the holder's name, not more
    of the body's (``Chamber of Commerce and Industry Clement Osei Amoako``, ``Chamber of Deputies Jerges
    Mercado``); ``Presidency`` and ``Hydrocarbons and Energies`` are portfolios."""
    text = ("She met President of the Ghana National Chamber of Commerce and Industry Clement Osei Amoako, "
            "President of the Chamber of Deputies Jerges Mercado, Minister of the Presidency María Nela Prada "
            "and Deputy Minister of Hydrocarbons and Energies Franklin Molina.")
    assert entities(vnentities.extract(text, "2023-07-06", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "President of the Ghana National Chamber of Commerce and Industry", "Clement Osei Amoako"),
        ("TITLE", "President of the Chamber of Deputies", "Jerges Mercado"),
        ("TITLE", "Minister of the Presidency", "Maria Nela Prada"),
        ("TITLE", "Deputy Minister of Hydrocarbons and Energies", "Franklin Molina"),
    ]


def test_co_chairs_a_holder_set_off_before_and_and_a_countrys_rotating_chair(nlp):
    """``Co-Chair`` and ``co-chair`` are posts (a hyphen inside a capitalised post keeps it capitalised); a
    holder set off by commas before ``and`` and a lower-case word holds the post before it (not a list of
    names); ``ASEAN Chair`` that a country assumes is no post, however far the cue is from the country."""
    text = ("Cuban Minister of Foreign Trade Rodrigo Malmierca Diaz, who is also Co-Chair of the committee, "
            "spoke. Vietnamese Minister of Construction and co-chair of the committee Nguyen Thanh Nghi "
            "said ties were good. Vietnam's Ambassador to the Philippines, Lai Thai Binh, and other "
            "representatives came. Minister Le Hoai Trung affirmed support for the Philippines to successfully "
            "assume the role of ASEAN Chair in 2026.")
    doc = vnentities.extract(text, "2025-12-15", nlp=nlp)
    assert entities(doc, "TITLE") == [
        ("TITLE", "Cuban Minister of Foreign Trade", "Rodrigo Malmierca Diaz"),
        ("TITLE", "Co-Chair of the committee", "Rodrigo Malmierca Diaz"),
        ("TITLE", "Vietnamese Minister of Construction and co-chair of the committee", "Nguyen Thanh Nghi"),
        ("TITLE", "Ambassador to the Philippines", "Lai Thai Binh"),
        ("TITLE", "Minister", "Le Hoai Trung"),
    ]
    assert ("ORG", "ASEAN", "Association of Southeast Asian Nations") in entities(doc, "ORG")


def test_lower_case_posts_after_former_or_also_belong_to_the_name_before(nlp):
    """A post after ``former`` or ``also`` set off after a name is that name's, lower case too; a comma chain
    from it to a post and a name is two people's posts (``…, and Vietnamese President Nguyen Phu Trong``),
    and a list item of a complement holds no post (``…, and Vietnamese President``). A lower-case post opening
    a list item still chains (``; and member of …, NA Vice Chairwoman Nguyen Thi Thanh``)."""
    text = ("Welcoming them were Minister Bill Shorten, former leader of the Australian Labor Party from 2013 "
            "to 2019, and Ambassador Andrew Goledzinowski. They praised President Xi Jinping, also general "
            "secretary of the CPC Central Committee, and Vietnamese President Nguyen Phu Trong. They included "
            "Nguyen Hoa Binh; and member of the Party Central Committee, NA Vice Chairwoman Nguyen Thi Thanh.")
    assert entities(vnentities.extract(text, "2024-03-05", nlp=nlp), "TITLE") == [
        ("TITLE", "Minister", "Bill Shorten"),
        ("TITLE", "leader of the Australian Labor Party", "Bill Shorten"),
        ("TITLE", "Ambassador", "Andrew Goledzinowski"),
        ("TITLE", "President", "Xi Jinping"),
        ("TITLE", "general secretary of the CPC Central Committee", "Xi Jinping"),
        ("TITLE", "Vietnamese President", "Nguyen Phu Trong"),
        ("TITLE", "member of the Party Central Committee, NA Vice Chairwoman", "Nguyen Thi Thanh"),
    ]


def test_a_place_word_in_a_vietnamese_name_must_be_a_syllable(nlp_blank):
    """``To Vietnam, the RoK …``: ``Vietnam`` is no syllable, so no name; ``Nguyen Hoa Binh`` is one."""
    text = "To Vietnam, the RoK is a key partner, Nguyen Hoa Binh said."
    doc = vnentities.extract(text, "2023-09-28", nlp=nlp_blank)
    assert entities(doc, "PERSON") == [("PERSON", "Nguyen Hoa Binh", "Nguyen Hoa Binh")]
    assert ("PLACE", "Vietnam", "VN") in entities(doc, "PLACE")



def test_european_commissioners_posts_after_who_is_a_and_an_envoy_of_a_named_leader(nlp):
    """``European`` opens a post and ``Partnerships`` goes on its complement; a post after ``who is also a``
    is the name's (``member`` after a body too); an envoy's ``of`` before a body's post and a name is no
    complement (the leader's own title)."""
    text = ("He met European Commissioner for International Partnerships Jozef Sikela. Dinh Tien Dung, who is "
            "also a Politburo member, spoke. Liu Haixing, Special Envoy of CPC General Secretary and President "
            "of China Xi Jinping, met him.")
    assert entities(vnentities.extract(text, "2026-01-30", nlp=nlp), "TITLE") == [
        ("TITLE", "European Commissioner for International Partnerships", "Jozef Sikela"),
        ("TITLE", "Politburo member", "Dinh Tien Dung"),
        ("TITLE", "Special Envoy", "Liu Haixing"),
        ("TITLE", "CPC General Secretary and President of China", "Xi Jinping"),
    ]


def test_a_title_s_holder_does_not_depend_on_the_string_hash_seed():
    """``Vietnam British Ambassador`` and ``Ambassador … of the United Kingdom``: a holder of posts in two
    countries holds ``the UK Ambassador`` whatever order Python's string hashing gives their set (run in fresh
    interpreters with four hash seeds)."""
    text = ("Dong Thap was the first province Vietnam British Ambassador Iain Frew visited.\n\nHe met Mr. Iain "
            "Frew, Ambassador Extraordinary and Plenipotentiary of the United Kingdom to Vietnam. The UK "
            "Ambassador spoke.")
    code = (f"import vnentities; doc = vnentities.extract({text!r}, '2026-01-16', "
            "nlp=vnentities.load('blank')); print([e.norm for e in doc.entities if e.text == 'UK Ambassador'])")
    outputs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONHASHSEED": seed}).stdout.strip()
        for seed in ("0", "1", "2", "3")
    }
    assert outputs == {"['Iain Frew']"}


def test_a_name_ends_in_no_particle_and_a_passives_agent_holds_no_cued_post(nlp_blank):
    """``… Bintaresh Al Dhaheri``: a particle at the limit of a name's words takes the word after it; a post
    cued after ``assigned by <post> <name> to`` is the subject's, not the agent's."""
    text = ("Ambassador Obaid Saeed Obaid Bintaresh Al Dhaheri met Minister Dang Quoc Khanh, who on July 25 "
            "was assigned by Prime Minister Pham Minh Chinh to assume the position of Permanent Vice Chairman "
            "of the Vietnam National Mekong Committee.")
    found = entities(vnentities.extract(text, "2023-07-26", nlp=nlp_blank), "TITLE")
    assert [(t, norm) for _, t, norm in found] == [
        ("Ambassador", "Obaid Saeed Obaid Bintaresh Al Dhaheri"), ("Minister", "Dang Quoc Khanh"),
        ("Prime Minister", "Pham Minh Chinh"),
        ("Permanent Vice Chairman of the Vietnam National Mekong Committee", "Dang Quoc Khanh")]


def test_a_places_last_word_opens_no_post(nlp_blank):
    """``HCM City leader``: ``City`` is the place's word, not a local qualifier opening a post."""
    text = "HCM City leader hosts US Ambassador. He met the Hanoi City leader on Monday."
    found = entities(vnentities.extract(text, "2020-06-23", nlp=nlp_blank))
    assert [e for e in found if e[0] in ("PLACE", "TITLE")] == [
        ("PLACE", "HCM City", "Ho Chi Minh"), ("TITLE", "US Ambassador", None),
        ("PLACE", "Hanoi City", "Ha Noi")]


def test_the_before_a_last_portfolio_and_a_place_after_a_particle(nlp_blank):
    """``… Energy, and the Environment``, ``… Resources and the Environment``: ``the`` may open a complement's
    last portfolio; a one-word place after a particle ends a name (``Paul de Jersey``, not Jersey)."""
    text = ("He met US Under Secretary for Economic Growth, Energy, and the Environment Jose W. Fernandez, "
            "Minister of Natural Resources and the Environment Tran Hong Ha and Governor of Queensland Paul de "
            "Jersey.")
    found = entities(vnentities.extract(text, "2024-01-25", nlp=nlp_blank), "TITLE")
    assert [(t, norm) for _, t, norm in found] == [
        ("US Under Secretary for Economic Growth, Energy, and the Environment", "Jose W. Fernandez"),
        ("Minister of Natural Resources and the Environment", "Tran Hong Ha"),
        ("Governor of Queensland", "Paul de Jersey")]


def test_consuls_joint_posts_and_a_regions_complement(nlp_blank):
    """``the Honorary Consul`` stands alone after ``the``; ``Joint`` opens a post (``Joint Managing Director``,
    ``Joint Secretary``); ``the Western Pacific`` completes a WHO post, with or without its ``Region``."""
    text = ("Velagapudi Kavitha Dutt, Joint Managing Director at Kcp Ltd, was appointed. The Honorary "
            "Consul thanked Joint Secretary Rahul Singh. Dr. Saia Ma'u Piukala, Director of the Western "
            "Pacific Region of the World Health Organization, came. Ha met Dr. Saia Ma'u Piukala, WHO "
            "Regional Director for the Western Pacific, on Monday.")
    found = entities(vnentities.extract(text, "2024-05-13", nlp=nlp_blank), "TITLE")
    assert [t for _, t, _ in found] == [
        "Joint Managing Director at Kcp Ltd", "Honorary Consul", "Joint Secretary",
        "Director of the Western Pacific Region of the World Health Organization",
        "WHO Regional Director for the Western Pacific"]
    assert [norm for *_, norm in found[2:]] == ["Rahul Singh"] + ["Saia Ma'u Piukala"] * 2


def test_a_russian_regions_lower_case_head_completes_a_post(nlp_blank):
    """``oblast`` and ``krai`` after a place complete a governor's post, as ``region`` and ``state`` do."""
    text = ("President Thuong received Vladislav Valerievich Shapsha, Governor of Russia’s Kaluga oblast, in "
            "Hanoi.")
    found = entities(vnentities.extract(text, "2023-11-22", nlp=nlp_blank), "TITLE")
    assert found[1:] == [("TITLE", "Governor of Russia’s Kaluga oblast", "Vladislav Valerievich Shapsha")]


def test_where_a_holder_is_received_is_no_part_of_the_post(nlp):
    """``at`` and a place after a post say where its holder is: ``Head of State of Samoa`` + ``Government
    House``, a facility named ``House``."""
    text = ("The Ambassador presented his credentials to the Head of State of Samoa at Government House in "
            "Apia. The President of Laos at the Presidential Palace greeted them.")
    found = entities(vnentities.extract(text, "2019-03-07", nlp=nlp))
    assert [(label, span) for label, span, _ in found if label in ("TITLE", "PLACE")][:5] == [
        ("TITLE", "Ambassador"), ("TITLE", "Head of State of Samoa"), ("PLACE", "Government House"),
        ("PLACE", "Apia"), ("TITLE", "President of Laos"),
    ]
    assert ("PLACE", "Presidential Palace", "Presidential Palace") in found


def test_the_crown_prince_alone_stands_for_the_prince_named(nlp):
    text = "Danish Crown Prince Frederik arrived. On November 1, the Crown Prince paid tribute."
    assert entities(vnentities.extract(text, "2022-11-04", nlp=nlp), "TITLE") == [
        ("TITLE", "Danish Crown Prince", "Frederik"), ("TITLE", "Crown Prince", "Frederik")]


def test_names_after_a_plural_post_go_on_past_a_known_name_and_a_direction(nlp_blank):
    """A name found before (a Vietnamese one) and a caption's direction after it do not end the list of names
    after a plural post; ``Public`` and ``Works`` modify a portfolio."""
    text = ("Ministers Nguyen Van Long (L) and Pedro Alvarez Ruiz signed it. Public Security Minister Luong "
            "Tam Quang met Public Works Minister Alexander Nanta Linggi.")
    assert entities(vnentities.extract(text, "2025-03-02", nlp=nlp_blank)) == [
        ("PERSON", "Nguyen Van Long", "Nguyen Van Long"),
        ("PERSON", "Pedro Alvarez Ruiz", "Pedro Alvarez Ruiz"),
        ("TITLE", "Public Security Minister", "Luong Tam Quang"),
        ("PERSON", "Luong Tam Quang", "Luong Tam Quang"),
        ("TITLE", "Public Works Minister", "Alexander Nanta Linggi"),
        ("PERSON", "Alexander Nanta Linggi", "Alexander Nanta Linggi"),
    ]


def test_a_post_to_a_body_a_pair_opens_and_a_topic_after_on(nlp_blank):
    """``to`` and a body that a country pair opens is a post's complement (only an envoy is posted to a
    place); an envoy's or an adviser's topic may follow ``on``; ``Principal`` modifies a post."""
    text = ("He received Special Advisor to the Japan-Vietnam Parliamentary Friendship Alliance Takebe Tsutomu "
            "and Principal Adviser on Energy Diplomacy Maria Lopez. Special Envoy on Climate Change Rachel "
            "Kyte arrived on Monday.")
    assert [(label, t) for label, t, _ in entities(vnentities.extract(text, "2024-07-22", nlp=nlp_blank))
            if label == "TITLE"] == [
        ("TITLE", "Special Advisor to the Japan-Vietnam Parliamentary Friendship Alliance"),
        ("TITLE", "Principal Adviser on Energy Diplomacy"), ("TITLE", "Special Envoy on Climate Change"),
    ]


def test_an_unknown_name_before_a_definite_appositive_post(nlp_blank):
    """``Chris Taylor, the British Ambassador to Vietnam, …``: two name words before a comma, ``the`` and a
    post that closes the phrase are a name, the post's holder; a post that does not close it is not."""
    text = ("Chris Taylor, the British Ambassador to Vietnam, said so. Daniel Kritenbrink, the US Embassy "
            "would help.")
    doc = vnentities.extract(text, "2023-04-17", nlp=nlp_blank)
    assert [e for e in entities(doc) if e[0] in ("TITLE", "PERSON")] == [
        ("PERSON", "Chris Taylor", "Chris Taylor"),
        ("TITLE", "British Ambassador to Vietnam", "Chris Taylor"),
    ]


def test_an_appositive_chain_stops_before_another_persons_post(nlp_blank):
    """``A, post, post, and President of Laos B``: the chain after A ends before the ``, and`` that opens B's
    post, and ``Sports`` is a portfolio, no plural post (``the Sports Delegation`` names nobody)."""
    text = ("Truong Thi Mai, Politburo member, head of the Organisation Commission, and President of Laos "
            "Thongloun Sisoulith (Photo: VNA). He met the Sports Delegation.")
    doc = vnentities.extract(text, "2022-05-31", nlp=nlp_blank)
    assert [e for e in entities(doc) if e[0] in ("TITLE", "PERSON")] == [
        ("PERSON", "Truong Thi Mai", "Truong Thi Mai"),
        ("TITLE", "Politburo member, head of the Organisation Commission", "Truong Thi Mai"),
        ("TITLE", "President of Laos", "Thongloun Sisoulith"),
        ("PERSON", "Thongloun Sisoulith", "Thongloun Sisoulith"),
    ]


def test_a_place_the_gazetteer_does_not_know_ends_in_its_head_in_a_complement(nlp_blank):
    """``Mayor of Izumisano City``: capitalised words and a capitalised place head go on a post's complement;
    without the head the unknown words do not (``Mayor`` alone)."""
    text = "He met Mayor of Izumisano City Chiyomatsu Hiroyasu, then Mayor of Cockburn Logan Howlett."
    assert [t for _, t, _ in entities(vnentities.extract(text, "2025-09-10", nlp=nlp_blank), "TITLE")] == [
        "Mayor of Izumisano City", "Mayor"]


def test_market_and_boundary_complete_a_departments_name_in_a_post(nlp_blank):
    """``Market`` and ``Boundary`` are words of a department's name in a post's complement."""
    text = ("Director of the MoIT’s Department of Foreign Market Development Tạ Hoàng Linh met Director of the "
            "Department of Boundary and Ocean Affairs Hong Liang.")
    assert [t for _, t, _ in entities(vnentities.extract(text, "2025-05-29", nlp=nlp_blank), "TITLE")] == [
        "Director of the MoIT’s Department of Foreign Market Development",
        "Director of the Department of Boundary and Ocean Affairs"]


def test_well_known_people_are_named_without_a_post(nlp_blank):
    """``Fidel Castro``, ``Pol Pot``: a name of the well-known people's list is a PERSON with no post before it
    (after a sentence's first word too), and its later partial mention resolves to it; not in a longer
    capitalised name (``Lenin Prize``), a body's name or a place's whole name (``Jose Marti airport``)."""
    text = ("Congratulating Justin Trudeau on his election, he recalled Fidel Castro and the fall of the Pol "
            "Pot regime. Trudeau said so. He won the Lenin Prize at the Lee Kuan Yew School of Public Policy, "
            "then landed at Jose Marti airport.")
    doc = vnentities.extract(text, "2015-11-19", nlp=nlp_blank)
    assert entities(doc, "PERSON") == [
        ("PERSON", "Justin Trudeau", "Justin Trudeau"),
        ("PERSON", "Fidel Castro", "Fidel Castro"),
        ("PERSON", "Pol Pot", "Pol Pot"),
        ("PERSON", "Trudeau", "Justin Trudeau"),
    ]
    assert ("PLACE", "Jose Marti", "Jose Marti") in entities(doc)


def test_a_ranks_words_may_each_be_abbreviated_and_a_rank_stays_on_its_line(nlp_blank):
    """``Senior Lieut. Gen.``: any word of a rank may be abbreviated; a rank does not run from a headline's last
    word to the next line (``Army`` / ``Gen.``)."""
    text = ("Deputy Minister of National Defence Senior Lieut. Gen. Hoang Xuan Chien met Sr. Lt Col. Tran Van "
            "Nam.\nVietnam honours Lao People’s Army\nGen. Ngo Xuan Lich attended.")
    doc = vnentities.extract(text, "2022-09-07", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "Deputy Minister of National Defence", "Hoang Xuan Chien"),
        ("TITLE", "Senior Lieut. Gen.", "Hoang Xuan Chien"),
        ("TITLE", "Sr. Lt Col.", "Tran Van Nam"),
        ("TITLE", "Gen.", "Ngo Xuan Lich"),
    ]


def test_a_place_the_base_model_calls_a_one_word_name_does_not_speak(nlp):
    """``Rathedaung Town, Rakhine said``: a known place the base model reads as a one-word name is no person
    before a verb of speaking."""
    doc = vnentities.extract("A resident of Rathedaung Town, Rakhine said that shots rang out.", "2023-11-14",
                             nlp=nlp)
    assert ("PLACE", "Rakhine", "Rakhine") in entities(doc)
    assert ("PERSON", "Rakhine", "Rakhine") not in entities(doc)


def test_a_bracketed_acronym_between_a_post_and_its_holder_set_off_by_a_comma(nlp_blank):
    """``Governor of … of the Republic of Korea (RoK), Kim Kwan Yong, on …``: the name after the bracketed
    acronym and comma holds the post, and the same post written short later (``The RoK Governor``) is his."""
    text = ("He received the Governor of Gyeongsangbuk province of the Republic of Korea (RoK), Kim Kwan Yong, "
            "on December 3. The RoK Governor stressed the expo's role.")
    doc = vnentities.extract(text, "2017-12-04", nlp=nlp_blank)
    assert entities(doc, "TITLE") == [
        ("TITLE", "Governor of Gyeongsangbuk province of the Republic of Korea", "Kim Kwan Yong"),
        ("TITLE", "RoK Governor", "Kim Kwan Yong"),
    ]


def test_a_un_resident_coordinator_and_a_rabbi(nlp_blank):
    """``UN Resident Coordinator`` alone stands for the one named holding it elsewhere; ``Rabbi`` before a name
    is an honorific, outside the PERSON."""
    text = ("He met United Nations Resident Coordinator in Vietnam Pauline Tamesis. The UN Resident "
            "Coordinator praised the city. Israeli Minister of Labour Rabbi Yoav Ben Tzur came too.")
    doc = vnentities.extract(text, "2024-06-14", nlp=nlp_blank)
    assert [e for e in entities(doc) if e[0] in ("TITLE", "PERSON")] == [
        ("TITLE", "United Nations Resident Coordinator in Vietnam", "Pauline Tamesis"),
        ("PERSON", "Pauline Tamesis", "Pauline Tamesis"),
        ("TITLE", "UN Resident Coordinator", "Pauline Tamesis"),
        ("TITLE", "Israeli Minister of Labour", "Yoav Ben Tzur"),
        ("PERSON", "Yoav Ben Tzur", "Yoav Ben Tzur"),
    ]


def test_a_name_ending_a_line_holds_no_post_on_the_next(nlp_blank):
    """A caption's post under a line that ends in a name is not that name's (``… Narendra Modi`` / ``Vietnam
    President, Tran Dai Quang, …``): the name set off after it holds it; ``Responsible`` after a plural post is
    no name (``APEC Ministers Responsible for Trade``)."""
    text = ("He was welcomed by Prime Minister Narendra Modi\n\nVietnam President, Tran Dai Quang, accorded "
            "welcome. The APEC Ministers Responsible for Trade met.")
    doc = vnentities.extract(text, "2018-03-03", nlp=nlp_blank)
    assert [e for e in entities(doc) if e[0] in ("TITLE", "PERSON")] == [
        ("TITLE", "Prime Minister", "Narendra Modi"),
        ("PERSON", "Narendra Modi", "Narendra Modi"),
        ("TITLE", "Vietnam President", "Tran Dai Quang"),
        ("PERSON", "Tran Dai Quang", "Tran Dai Quang"),
    ]


def test_a_one_word_place_before_a_possessive_and_a_persons_views_is_the_person(nlp_blank):
    """``Hue's opinions``: a one-word place that is a word of a name found is that person before a possessive
    and ``opinions``/``views``/``suggestions``."""
    text = "NA Chairman Vuong Dinh Hue met them. They welcomed Hue's opinions and Hue’s suggestions."
    doc = vnentities.extract(text, "2023-05-27", nlp=nlp_blank)
    assert entities(doc, "PERSON") == [("PERSON", "Vuong Dinh Hue", "Vuong Dinh Hue")] + [
        ("PERSON", "Hue", "Vuong Dinh Hue")] * 2


def test_a_couples_posts_joined_by_and_are_two_titles(nlp_blank):
    """``the King and Queen``, ``the Emperor and Empress of Japan``: a couple's posts are two holders' TITLEs,
    a complement after the second outside both; one person's chained posts stay one TITLE."""
    text = ("President Luong Cuong welcomed King Philippe. He thanked the King and Queen of Belgium. "
            "The Emperor and Empress of Japan arrived. Minister and Chairman Hau A Lenh spoke.")
    titles = entities(vnentities.extract(text, "2025-04-01", nlp=nlp_blank), "TITLE")
    assert [title[1:] for title in titles[2:]] == [
        ("King", "Philippe"), ("Queen", None), ("Emperor", None), ("Empress", None),
        ("Minister and Chairman", "Hau A Lenh"),
    ]


def test_an_abbreviated_given_name_opens_a_name_and_is_no_mention_alone(nlp_blank):
    """``Md. Shahab Ullah``: Bangladesh's abbreviated ``Md.`` is a name's word; alone it mentions no one
    (``Baltimore, Md.``)."""
    text = "Bangladeshi Ambassador Md. Shahab Ullah met Ullah's hosts in Baltimore, Md. on Monday."
    persons = entities(vnentities.extract(text, "2015-07-15", nlp=nlp_blank), "PERSON")
    assert persons == [
        ("PERSON", "Md. Shahab Ullah", "Md. Shahab Ullah"), ("PERSON", "Ullah", "Md. Shahab Ullah")]


def test_a_post_of_the_group_or_the_union_and_us_cabinet_secretaries(nlp_blank):
    """``Chairman of the group``, ``Chairman of the union``: a lower-case body named before; ``Commerce`` and
    ``Treasury`` make posts as ``Energy`` does; China's Politburo Standing Committee members are known."""
    text = ("Bui Van Cuong, Chairman of the group, and Hoang Dinh Thang, Chairman of the union, spoke. "
            "Minh met US Commerce Secretary Wilbur Ross and Treasury Secretary Steven Mnuchin. "
            "Li Zhanshu came.")
    found = entities(vnentities.extract(text, "2019-05-24", nlp=nlp_blank))
    assert [e for e in found if e[0] == "TITLE"] == [
        ("TITLE", "Chairman of the group", "Bui Van Cuong"),
        ("TITLE", "Chairman of the union", "Hoang Dinh Thang"),
        ("TITLE", "US Commerce Secretary", "Wilbur Ross"), ("TITLE", "Treasury Secretary", "Steven Mnuchin"),
    ]
    assert ("PERSON", "Li Zhanshu", "Li Zhanshu") in found


def test_a_colonel_general_is_a_rank(nlp_blank):
    """``Police Colonel-General`` is a rank as ``Police Colonel`` is, and so is ``Colonel General``."""
    text = "Police Colonel-General Aleksandr Gorovoy met Colonel General Ivan Petrov."
    assert entities(vnentities.extract(text, "2018-09-06", nlp=nlp_blank), "TITLE") == [
        ("TITLE", "Police Colonel-General", "Aleksandr Gorovoy"),
        ("TITLE", "Colonel General", "Ivan Petrov"),
    ]

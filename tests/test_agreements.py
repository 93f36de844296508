"""Agreements: knowledge base, definitions, partnerships and back-references."""

from __future__ import annotations

import pytest

import vnentities
from conftest import entities


def test_long_form_and_acronym_link_to_one_id(nlp):
    """A knowledge-base agreement by long form, acronym and acronym with year."""
    text = ("Both sides support the Declaration on the Conduct of Parties in the East Sea (DOC) "
            "and the 1982 UN Convention on the Law of the Sea (UNCLOS 1982). RCEP and CPTPP "
            "took effect.")
    found = entities(vnentities.extract(text, "2024-01-01", nlp=nlp), "AGREEMENT")
    assert found == [
        ("AGREEMENT", "Declaration on the Conduct of Parties in the East Sea", "DOC"),
        ("AGREEMENT", "DOC", "DOC"),
        ("AGREEMENT", "1982 UN Convention on the Law of the Sea", "UNCLOS"),
        ("AGREEMENT", "UNCLOS 1982", "UNCLOS"),
        ("AGREEMENT", "RCEP", "RCEP"),
        ("AGREEMENT", "CPTPP", "CPTPP"),
    ]


def test_in_text_definition_links_an_unknown_agreement(nlp_blank):
    """``Long Form (ACR)`` makes an agreement of an unknown acronym, wherever it recurs."""
    text = ("The two sides discussed the Mekong Water Data Sharing Framework (MWDSF). "
            "Officials said the MWDSF would be reviewed.")
    doc = vnentities.extract(text, "2024-01-01", nlp=nlp_blank)
    assert entities(doc, "AGREEMENT") == [
        ("AGREEMENT", "Mekong Water Data Sharing Framework", "MWDSF"),
        ("AGREEMENT", "MWDSF", "MWDSF"),
        ("AGREEMENT", "MWDSF", "MWDSF"),
    ]
    record = doc.agreements[0]
    assert (record.id, record.name, record.acronym) == (
        "MWDSF", "Mekong Water Data Sharing Framework", "MWDSF")


def test_partnerships_take_their_country_pair(nlp):
    """Pairs before the type, after it (``between … and …``), and a capitalised back-reference."""
    text = ("Japan-Viet Nam Comprehensive Strategic Partnership ties deepened. Leaders praised "
            "the Comprehensive Partnership between Việt Nam and the US, and the Comprehensive "
            "Partnership was ten years old. Việt Nam-US relations grew.")
    found = entities(vnentities.extract(text, "2024-01-01", nlp=nlp), "AGREEMENT")
    assert found == [
        ("AGREEMENT", "Japan-Viet Nam Comprehensive Strategic Partnership",
         "VN-JP Comprehensive Strategic Partnership"),
        ("AGREEMENT", "Comprehensive Partnership", "VN-US Comprehensive Partnership"),
        ("AGREEMENT", "Comprehensive Partnership", "VN-US Comprehensive Partnership"),
    ]


def test_an_enhanced_comprehensive_partnership(nlp):
    """``Enhanced Comprehensive Partnership`` is a partnership type of its own, with its pair."""
    text = "Viet Nam and Australia upgraded their Viet Nam-Australia Enhanced Comprehensive Partnership."
    assert entities(vnentities.extract(text, "2018-03-15", nlp=nlp), "AGREEMENT") == [
        ("AGREEMENT", "Viet Nam-Australia Enhanced Comprehensive Partnership",
         "VN-AU Enhanced Comprehensive Partnership")]

@pytest.mark.parametrize("written", ["cooperative", "cooperation", "collaboration"])
def test_translations_of_a_partnership_type(nlp_blank, written):
    """Translations of the same type give its one norm: ``comprehensive strategic cooperation partnership``."""
    text = f"They deepened the Vietnam – China comprehensive strategic {written} partnership."
    assert entities(vnentities.extract(text, "2024-01-01", nlp=nlp_blank), "AGREEMENT") == [
        ("AGREEMENT", f"Vietnam – China comprehensive strategic {written} partnership",
         "VN-CN Comprehensive Strategic Cooperative Partnership")]


def test_a_partnership_purpose_may_hold_a_possessive(nlp_blank):
    """``… for Asia's Peace and Prosperity``: the possessive joins two capitalised words of the purpose."""
    text = ("Japan and Viet Nam upgraded ties to the Extensive Strategic Partnership for Asia's Peace and "
            "Prosperity in 2014.")
    found = entities(vnentities.extract(text, "2023-09-21", nlp=nlp_blank), "AGREEMENT")
    assert [e[1] for e in found] == ["Extensive Strategic Partnership for Asia's Peace and Prosperity"]


def test_named_partnership_keeps_a_purpose_written_in_its_case(nlp_blank):
    """``… strategic partnership for peace, cooperation and sustainable development`` is one name, but a
    lower-case purpose after a capitalised partnership is not; a bare partnership takes the pair named in
    its own sentence before an earlier partnership's."""
    text = ("Viet Nam and Japan set up a Comprehensive strategic partnership for peace and prosperity "
            "in Asia and the world. Viet Nam and the US set up a Comprehensive Strategic Partnership "
            "for peace, cooperation and sustainable development in 2023. Viet Nam and Australia "
            "agreed a Comprehensive Strategic Partnership for the benefit of both peoples.")
    found = entities(vnentities.extract(text, "2024-01-01", nlp=nlp_blank), "AGREEMENT")
    assert found == [
        ("AGREEMENT", "Comprehensive strategic partnership for peace and prosperity in Asia and the world",
         "VN-JP Comprehensive Strategic Partnership"),
        ("AGREEMENT", "Comprehensive Strategic Partnership", "VN-US Comprehensive Strategic Partnership"),
        ("AGREEMENT", "Comprehensive Strategic Partnership", "VN-AU Comprehensive Strategic Partnership"),
    ]


def test_a_document_head_after_a_partnership_names_a_document(nlp_blank):
    """``Strategic Partnership Agreement`` is one AGREEMENT named as written, not a partnership."""
    text = "In 2010 they signed the Strategic Partnership Agreement."
    doc = vnentities.extract(text, "2019-04-09", nlp=nlp_blank)
    assert entities(doc, "AGREEMENT") == [
        ("AGREEMENT", "Strategic Partnership Agreement", "Strategic Partnership Agreement")]


def test_a_document_defined_after_an_indefinite_article_is_no_agreement(nlp_blank):
    """``a Memorandum of Understanding (MoU)`` names a kind of document, not one agreement."""
    text = "They signed a Memorandum of Understanding (MoU) on trade. The MoU takes effect soon."
    assert entities(vnentities.extract(text, "2024-11-16", nlp=nlp_blank), "AGREEMENT") == []


def test_generic_lowercase_partnership_is_not_an_agreement(nlp_blank):
    """A lower-case partnership type with no country pair names no agreement."""
    doc = vnentities.extract("They want a comprehensive partnership soon.", "2024-01-01",
                             nlp=nlp_blank)
    assert entities(doc, "AGREEMENT") == []


def test_capitalised_back_reference_to_a_named_agreement(nlp_blank):
    """``the Framework`` after ``Indo-Pacific Economic Framework`` is that agreement."""
    text = "Viet Nam joined the Indo-Pacific Economic Framework. The Framework has four pillars."
    found = entities(vnentities.extract(text, "2024-01-01", nlp=nlp_blank), "AGREEMENT")
    assert found[-1] == ("AGREEMENT", "Framework", "IPEF")
    assert vnentities.extract(text, "2024-01-01", nlp=nlp_blank).agreements[0].year == 2022


def test_a_document_between_two_bodies_ends_before_them(nlp):
    """``Memorandum of Friendly Cooperation between the Ho Chi Minh City People’s Council and …``: bodies
    other than blocs after ``between`` are not part of the document's name."""
    text = ("They signed the Memorandum of Friendly Cooperation between the Ho Chi Minh City People’s Council "
            "and the Hanoi People’s Council on February 26.")
    found = entities(vnentities.extract(text, "2026-02-27", nlp=nlp))
    assert found[:2] == [
        ("AGREEMENT", "Memorandum of Friendly Cooperation", "Memorandum of Friendly Cooperation"),
        ("ORG", "Ho Chi Minh City People’s Council", "Ho Chi Minh City People's Council"),
    ]


@pytest.mark.parametrize(
    ("text", "name", "norm"),
    [
        ("The two sides signed the Treaty on Principles of Friendly Relations between Viet Nam and "
         "Cuba in 1994.", "Treaty on Principles of Friendly Relations between Viet Nam and Cuba",
         "Treaty on Principles of Friendly Relations between Viet Nam and Cuba"),
        ("They adopted the Joint Statement on Thailand – Việt Nam Maritime Cooperation.",
         "Joint Statement on Thailand – Việt Nam Maritime Cooperation",
         "Joint Statement on Thailand-Viet Nam Maritime Cooperation"),
        ("They signed the Agreement on Mutual Legal Assistance in Criminal Matters and Prime "
         "Minister Hun Manet welcomed it.", "Agreement on Mutual Legal Assistance in Criminal Matters",
         "Agreement on Mutual Legal Assistance in Criminal Matters"),
        ("They implement the Vietnam–Cambodia Border Trade Agreement between the two provinces.",
         "Vietnam–Cambodia Border Trade Agreement", "Vietnam-Cambodia Border Trade Agreement"),
        ("The Vietnam-Russia Treaty on Friendly Relations was cited.",
         "Vietnam-Russia Treaty on Friendly Relations", "Vietnam-Russia Treaty on Friendly Relations"),
        ("The Vietnam–China Land Border Treaty was cited.", "Vietnam–China Land Border Treaty",
         "Vietnam-China Land Border Treaty"),
        ("They issued the Joint Statement on a Framework for an Agreement on Reciprocal, Fair, and Balanced "
         "Trade on October 26.", "Joint Statement on a Framework for an Agreement on Reciprocal, Fair, and "
         "Balanced Trade", "Joint Statement on a Framework for an Agreement on Reciprocal, Fair, and Balanced "
         "Trade"),
        ("They signed the Agreement on Trade, Investment and Services.",
         "Agreement on Trade, Investment and Services", "Agreement on Trade, Investment and Services"),
        # A bloc in the pair, ``and`` between capitalised words, ``FTA`` as the head.
        ("They signed the Viet Nam-EU Cooperation and Partnership Agreement in 2012.",
         "Viet Nam-EU Cooperation and Partnership Agreement",
         "Viet Nam-EU Cooperation and Partnership Agreement"),
        ("They will finalise the Vietnam – EFTA FTA soon.", "Vietnam – EFTA FTA", "Vietnam-EFTA FTA"),
        # Modifiers joined by ``and`` before the head.
        ("They marked the Friendship and Cooperation Treaty between Vietnam and Laos.",
         "Friendship and Cooperation Treaty between Vietnam and Laos",
         "Friendship and Cooperation Treaty between Vietnam and Laos"),
        # ``the`` and capitalised modifiers before the head name a document with no subject.
        ("They cooperate under the Friendship Cooperation Agreement signed in 2015.",
         "Friendship Cooperation Agreement", "Friendship Cooperation Agreement"),
        # A field's modifier before the head: peacekeeping, air services, taxation.
        ("They work within the recently signed Peacekeeping Partnership Agreement.",
         "Peacekeeping Partnership Agreement", "Peacekeeping Partnership Agreement"),
        ("They amended the Air Services Agreement.", "Air Services Agreement", "Air Services Agreement"),
        # A partnership in one field is named as written.
        ("The two countries' Strategic Partnership on Climate Change Adaptation and Water Management dates "
         "from 2010.", "Strategic Partnership on Climate Change Adaptation and Water Management",
         "Strategic Partnership on Climate Change Adaptation and Water Management"),
    ],
)
def test_documents_outside_the_knowledge_base(nlp, text, name, norm):
    """A capitalised document head with its subject or a country pair before it is an AGREEMENT; its id is
    the name as written."""
    found = entities(vnentities.extract(text, "2024-01-01", nlp=nlp))
    assert ("AGREEMENT", name, norm) in found
    assert [e for e in found if e[0] == "PLACE"] == []


@pytest.mark.parametrize(
    ("name", "norm"),
    [("Vietnam-Korea FTA", "VKFTA"), ("ASEAN-China FTA", "ACFTA"), ("EU-Vietnam FTA", "EVFTA")],
)
def test_a_known_free_trade_agreement_written_as_fta(nlp_blank, name, norm):
    """``… FTA`` is the knowledge base's ``… Free Trade Agreement``."""
    doc = vnentities.extract(f"The {name} took effect.", "2024-01-01", nlp=nlp_blank)
    assert entities(doc, "AGREEMENT") == [("AGREEMENT", name, norm)]


@pytest.mark.parametrize(
    ("name", "norm"),
    [("Vietnam-EAEU free trade agreement", "VN-EAEU FTA"),
     ("European Union – Vietnam free trade agreement", "EVFTA")],
)
def test_a_known_free_trade_agreement_after_its_pair_in_lower_case(nlp, name, norm):
    """After its pair, a known ``… Free Trade Agreement`` is known in lower case too; with no pair it is not."""
    doc = vnentities.extract(f"The {name} took effect, unlike a free trade agreement.", "2024-01-01", nlp=nlp)
    assert entities(doc, "AGREEMENT") == [("AGREEMENT", name, norm)]

def test_strategies_in_the_knowledge_base(nlp_blank):
    """A known strategy, by its full name or a shorter one, is an AGREEMENT with the full name's id."""
    text = ("Australia’s Southeast Asia Economic Strategy was praised, as was the Tokyo Strategy 2018 for "
            "Mekong-Japan Cooperation.")
    assert entities(vnentities.extract(text, "2025-05-06", nlp=nlp_blank)) == [
        ("PLACE", "Australia", "AU"),
        ("AGREEMENT", "Southeast Asia Economic Strategy", "Southeast Asia Economic Strategy to 2040"),
        ("AGREEMENT", "Tokyo Strategy 2018 for Mekong-Japan Cooperation",
         "Tokyo Strategy 2018 for Mekong-Japan Cooperation"),
    ]


def test_a_document_without_a_name_is_not_an_agreement(nlp_blank):
    """``a Memorandum of Understanding on education`` names no document."""
    doc = vnentities.extract("They signed a Memorandum of Understanding on Education.", "2024-01-01",
                             nlp=nlp_blank)
    assert entities(doc, "AGREEMENT") == []


def test_a_document_head_before_a_lowercase_subject_names_none(nlp_blank):
    """``the Joint Statement on upgrading …``: a subject preposition after the head, and no capitalised subject,
    leaves the document unnamed."""
    doc = vnentities.extract("They will implement the Joint Statement on upgrading ties and the Joint "
                             "Statement on October 5.", "2024-01-01", nlp=nlp_blank)
    assert entities(doc, "AGREEMENT") == []


def test_a_year_after_the_and_a_pair_modifying_a_lower_case_subject(nlp_blank):
    """``the 2005 Supplementary Treaty`` names a document with its year; ``the Protocol on Vietnam – Laos
    border mechanisms`` names none (its subject is lower case; the pair only modifies it)."""
    text = ("They cited the 2005 Supplementary Treaty and the Protocol on Vietnam – Laos border mechanisms.")
    assert entities(vnentities.extract(text, "2020-08-01", nlp=nlp_blank)) == [
        ("AGREEMENT", "2005 Supplementary Treaty", "2005 Supplementary Treaty"),
        ("PLACE", "Vietnam", "VN"),
        ("PLACE", "Laos", "LA"),
    ]


def test_a_list_not_closed_by_and_ends_the_subject(nlp_blank):
    """``…, Prime Minister Chinh said``: a comma and capitalised words after a subject are no list of it."""
    doc = vnentities.extract("After the Treaty on Defence Cooperation, Prime Minister Chinh said so.",
                             "2024-01-01", nlp=nlp_blank)
    assert entities(doc, "AGREEMENT") == [
        ("AGREEMENT", "Treaty on Defence Cooperation", "Treaty on Defence Cooperation")]


def test_a_defined_long_form_outgrows_a_shorter_document_inside_it(nlp_blank):
    """``Vienna Declaration`` (a place and a document head) gives way to the whole defined long form, whose
    id is its acronym; a knowledge-base agreement keeps its id."""
    text = ("Viet Nam marked the 30th anniversary of the Vienna Declaration and Programme of Action (VDPA). "
            "The VDPA guides it, as does the Treaty of Amity and Cooperation in Southeast Asia (TAC).")
    doc = vnentities.extract(text, "2024-12-13", nlp=nlp_blank)
    assert entities(doc, "AGREEMENT") == [
        ("AGREEMENT", "Vienna Declaration and Programme of Action", "VDPA"),
        ("AGREEMENT", "VDPA", "VDPA"),
        ("AGREEMENT", "VDPA", "VDPA"),
        ("AGREEMENT", "Treaty of Amity and Cooperation in Southeast Asia", "TAC"),
        ("AGREEMENT", "TAC", "TAC"),
    ]
    assert entities(doc, "ORG") == []


def test_asean_visions_by_their_short_names(nlp_blank):
    doc = vnentities.extract("Leaders adopted ASEAN Vision 2045, which follows the ASEAN Vision 2025.",
                             "2025-05-26", nlp=nlp_blank)
    assert entities(doc, "AGREEMENT") == [
        ("AGREEMENT", "ASEAN Vision 2045", "ASEAN Community Vision 2045"),
        ("AGREEMENT", "ASEAN Vision 2025", "ASEAN Community Vision 2025"),
    ]


def test_a_free_trade_agreement_by_its_long_name_between_two_parties(nlp_blank):
    text = "They discussed the Free Trade Agreement between Vietnam and the Eurasian Economic Union in 2021."
    doc = vnentities.extract(text, "2021-12-16", nlp=nlp_blank)
    assert entities(doc, "AGREEMENT") == [
        ("AGREEMENT", "Free Trade Agreement between Vietnam and the Eurasian Economic Union", "VN-EAEU FTA")]


def test_the_eu_as_one_side_of_a_partnership(nlp_blank):
    """A bloc with a code of its own (the EU) is a partner like a country: ``VN-EU …``; ASEAN has none."""
    text = ("Vietnam and the European Union announced a Comprehensive Strategic Partnership. ASEAN and Vietnam "
            "hailed their Strategic Partnership.")
    doc = vnentities.extract(text, "2026-01-29", nlp=nlp_blank)
    assert entities(doc, "AGREEMENT") == [
        ("AGREEMENT", "Comprehensive Strategic Partnership", "VN-EU Comprehensive Strategic Partnership"),
        ("AGREEMENT", "Strategic Partnership", None),
    ]


def test_a_country_pair_before_a_known_name_makes_the_pairs_own_document(nlp_blank):
    """The ``Vietnam-Laos Treaty of Amity and Cooperation`` (1977) is not the TAC, named bare elsewhere."""
    doc = vnentities.extract("They hailed the Vietnam-Laos Treaty of Amity and Cooperation. Vietnam joined the "
                             "Treaty of Amity and Cooperation in Southeast Asia.", "2022-09-18", nlp=nlp_blank)
    assert entities(doc, "AGREEMENT") == [
        ("AGREEMENT", "Vietnam-Laos Treaty of Amity and Cooperation",
         "Vietnam-Laos Treaty of Amity and Cooperation"),
        ("AGREEMENT", "Treaty of Amity and Cooperation in Southeast Asia", "TAC"),
    ]


def test_a_place_pair_names_a_document_and_a_shorter_mention_is_that_document(nlp):
    """``Mekong-Han River Declaration for …``: a pair of places (a region, a river) before the head is part
    of the name, and a later mention of its beginning (``the Mekong-Han River Declaration``) is the same
    document; ``Han River`` is a river, not a name."""
    text = ("They adopted the Mekong-Han River Declaration for Establishing Partnership for People, Prosperity "
            "and Peace. The Mekong-Han River Declaration guides them.")
    full = "Mekong-Han River Declaration for Establishing Partnership for People, Prosperity and Peace"
    assert entities(vnentities.extract(text, "2020-11-13", nlp=nlp)) == [
        ("AGREEMENT", full, full), ("AGREEMENT", "Mekong-Han River Declaration", full)
    ]


def test_a_back_reference_to_an_agreement_named_by_its_acronym(nlp):
    """``the Convention`` after ``1982 UNCLOS``: the head word is read in the knowledge-base name too."""
    text = "The 1982 UNCLOS is the legal basis, and the rights stipulated in the Convention must be respected."
    assert entities(vnentities.extract(text, "2021-08-04", nlp=nlp)) == [
        ("AGREEMENT", "1982 UNCLOS", "UNCLOS"), ("AGREEMENT", "Convention", "UNCLOS")
    ]


def test_a_defined_document_takes_its_acronym_with_a_pair_and_a_bracket_before_it(nlp):
    """A document outside the knowledge base defined by an acronym has the acronym as its id, with a
    country pair before it too, and an acronym bracketed after the pair's second country stays inside."""
    text = ("They signed the Agreement on Border Trade (ABT) and the Vietnam-Laos Border Trade Facilitation "
            "Agreement (BTFA), and hailed the Vietnam-United Arab Emirates (UAE) Comprehensive Economic "
            "Partnership Agreement (CEPA).")
    cepa = "Vietnam-United Arab Emirates (UAE) Comprehensive Economic Partnership Agreement"
    assert entities(vnentities.extract(text, "2024-08-27", nlp=nlp)) == [
        ("AGREEMENT", "Agreement on Border Trade", "ABT"), ("AGREEMENT", "ABT", "ABT"),
        ("AGREEMENT", "Vietnam-Laos Border Trade Facilitation Agreement", "BTFA"),
        ("AGREEMENT", "BTFA", "BTFA"),
        ("AGREEMENT", cepa, "CEPA"),
        ("AGREEMENT", "CEPA", "CEPA"),
    ]


def test_a_partnership_for_the_future(nlp):
    """``Strategic Partnership for the Future``: a purpose after ``for the`` belongs to the name."""
    text = "They set up the Việt Nam–Germany Strategic Partnership for the Future in 2011."
    name = "Việt Nam–Germany Strategic Partnership for the Future"
    found = entities(vnentities.extract(text, "2025-09-10", nlp=nlp))
    assert ("AGREEMENT", name, "VN-DE Strategic Partnership") in found


def test_a_lower_case_relationship_description_is_no_agreement(nlp):
    """``Vietnam-Laos great friendship, special solidarity and comprehensive cooperation`` describes the
    relationship: two places; capitalised it names one."""
    text = ("He fostered Vietnam-Laos great friendship, special solidarity and comprehensive cooperation. They "
            "hailed the Vietnam-Laos Great Friendship, Special Solidarity and Comprehensive Cooperation.")
    found = entities(vnentities.extract(text, "2023-09-14", nlp=nlp))
    assert found[:2] == [("PLACE", "Vietnam", "VN"), ("PLACE", "Laos", "LA")]
    assert [e[1] for e in found[2:]] == [
        "Vietnam-Laos Great Friendship, Special Solidarity and Comprehensive Cooperation"
    ]


def test_an_enhanced_strategic_partnership(nlp):
    """``Enhanced Strategic Partnership`` is a partnership type (Thailand's with Viet Nam)."""
    text = "Thailand and Vietnam set up the Vietnam-Thailand Enhanced Strategic Partnership."
    found = entities(vnentities.extract(text, "2024-06-07", nlp=nlp), "AGREEMENT")
    assert found == [
        ("AGREEMENT", "Vietnam-Thailand Enhanced Strategic Partnership", "VN-TH Enhanced Strategic Partnership")
    ]


def test_a_sea_named_twice_with_a_slash_stays_in_the_doc_and_coc(nlp_blank):
    """``… in the East Sea/ South China Sea`` is still the DOC (and the COC), the slash's two names inside."""
    text = ("They upheld the Declaration on the Conduct of Parties in the East Sea/ South China Sea and the "
            "Code of Conduct in the East Sea/South China Sea.")
    found = entities(vnentities.extract(text, "2025-10-28", nlp=nlp_blank))
    assert [(label, norm) for label, _, norm in found] == [("AGREEMENT", "DOC"), ("AGREEMENT", "COC")]


def test_a_long_form_spelled_by_initials_and_its_pair(nlp_blank):
    """``Enhanced Economic Engagement Strategy (EEES)``: where the words' initials spell the acronym, the long
    form starts where they do (not at the last word holding each letter, ``Engagement Strategy``), and a
    country pair before it belongs to it."""
    text = ("They agreed to sign the Australia-Vietnam Enhanced Economic Engagement Strategy (EEES) soon. "
            "The EEES will boost trade.")
    found = entities(vnentities.extract(text, "2021-01-21", nlp=nlp_blank))
    assert found == [
        ("AGREEMENT", "Australia-Vietnam Enhanced Economic Engagement Strategy", "EEES"),
        ("AGREEMENT", "EEES", "EEES"),
        ("AGREEMENT", "EEES", "EEES"),
    ]


def test_a_document_of_a_numbered_meeting(nlp_blank):
    """``Joint Statement of the 36th ASEAN Summit``: an ordinal or a year inside a document's subject, before a
    capitalised word, goes on with it, and the document outgrows the event it names; an ordinal before a
    lower-case word ends the subject (``on the 30th anniversary`` names no document)."""
    text = ("They welcomed the Joint Statement of the 36th ASEAN Summit and the Declaration of the 2023 ASEAN "
            "Summit on Food Security. A Joint Statement on the 30th anniversary came.")
    found = entities(vnentities.extract(text, "2020-08-28", nlp=nlp_blank))
    assert [(label, name) for label, name, _ in found] == [
        ("AGREEMENT", "Joint Statement of the 36th ASEAN Summit"),
        ("AGREEMENT", "Declaration of the 2023 ASEAN Summit on Food Security"),
    ]


def test_a_plural_possessive_in_a_documents_subject(nlp_blank):
    """``Joint Communiqué of the 53rd ASEAN Foreign Ministers’ Meeting``: a plural possessive between two
    capitalised words goes on with a document's subject, and the id is written with no space before the
    apostrophe."""
    text = "They welcomed the Joint Communiqué of the 53rd ASEAN Foreign Ministers’ Meeting (AMM 53)."
    found = entities(vnentities.extract(text, "2020-10-03", nlp=nlp_blank))
    assert found[0] == (
        "AGREEMENT", "Joint Communiqué of the 53rd ASEAN Foreign Ministers’ Meeting",
        "Joint Communique of the 53rd ASEAN Foreign Ministers' Meeting",
    )


def test_the_partnership_for_cooperation_and_development(nlp_blank):
    """Viet Nam's ``Partnership for Cooperation and Development`` (with South Africa) is a partnership type: it
    takes the pair named with it, and no id where no country is named."""
    text = ("The two sides upgraded the Partnership for Cooperation and Development in 2004. The Partnership "
            "for Cooperation and Development between Vietnam and South Africa grew.")
    found = entities(vnentities.extract(text, "2024-11-28", nlp=nlp_blank), "AGREEMENT")
    assert found == [
        ("AGREEMENT", "Partnership for Cooperation and Development", None),
        ("AGREEMENT", "Partnership for Cooperation and Development",
         "VN-ZA Partnership for Cooperation and Development"),
    ]


def test_a_named_partnership_of_one_pair_and_a_known_organisations_acronym(nlp_blank):
    """``Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World`` is Viet Nam and
    Japan's even where its sentence names no country; ``Mekong-US Partnership (MUSP)``, a known organisation,
    defines no agreement; the COC ``for Parties at the South China Sea`` is the COC."""
    text = ("Both sides hailed the upgrade to a Comprehensive Strategic Partnership for Peace and Prosperity "
            "in Asia and the World. They moved to the Mekong-US Partnership (MUSP). ASEAN and China work for a "
            "Code of Conduct for Parties at the South China Sea (COC).")
    found = entities(vnentities.extract(text, "2024-08-06", nlp=nlp_blank))
    assert [(label, name, norm) for label, name, norm in found if label in ("AGREEMENT", "ORG")] == [
        ("AGREEMENT", "Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World",
         "VN-JP Comprehensive Strategic Partnership"),
        ("ORG", "Mekong-US Partnership", "Mekong-U.S. Partnership"), ("ORG", "MUSP", "Mekong-U.S. Partnership"),
        ("ORG", "ASEAN", "Association of Southeast Asian Nations"),
        ("AGREEMENT", "Code of Conduct for Parties at the South China Sea", "COC"), ("AGREEMENT", "COC", "COC"),
    ]


def test_the_asean_comprehensive_recovery_framework_and_the_southern_key_economic_region(nlp_blank):
    """Knowledge base: the ``ASEAN Comprehensive Recovery Framework`` (an AGREEMENT) and the ``Southern key
    economic region`` (a PLACE, in lower case as often written)."""
    text = ("ASEAN builds on the ASEAN Comprehensive Recovery Framework, and HCMC leads the Southern key "
            "economic region.")
    found = entities(vnentities.extract(text, "2021-08-20", nlp=nlp_blank))
    framework = "ASEAN Comprehensive Recovery Framework"
    assert ("AGREEMENT", framework, framework) in found
    assert ("PLACE", "Southern key economic region", "Southern Key Economic Region") in found


def test_an_owner_or_a_year_before_a_document_outside_the_knowledge_base(nlp_blank):
    """A bloc or a year right before a document's head opens its name; a strategy names a document only with
    an owner or a place before it (a country's own strategy is a policy); a place's document whose name a
    known document's id starts with takes that id; a shorter known name takes the full name's id."""
    text = ("They reviewed the ASEAN Strategy for Carbon Neutrality, the 2016 Agreement on Border Management "
            "Regulations, the EU’s Indo-Pacific Strategy, the National Strategy on Climate Change and the "
            "ASEAN Digital Economy Framework. The Tokyo Strategy 2018 for Mekong-Japan Cooperation, or Tokyo "
            "Strategy, was praised.")
    assert entities(vnentities.extract(text, "2023-08-19", nlp=nlp_blank), "AGREEMENT") == [
        ("AGREEMENT", "ASEAN Strategy for Carbon Neutrality", "ASEAN Strategy for Carbon Neutrality"),
        ("AGREEMENT", "2016 Agreement on Border Management Regulations",
         "2016 Agreement on Border Management Regulations"),
        ("AGREEMENT", "Indo-Pacific Strategy", "Indo-Pacific Strategy"),
        ("AGREEMENT", "ASEAN Digital Economy Framework", "DEFA"),
        ("AGREEMENT", "Tokyo Strategy 2018 for Mekong-Japan Cooperation",
         "Tokyo Strategy 2018 for Mekong-Japan Cooperation"),
        ("AGREEMENT", "Tokyo Strategy", "Tokyo Strategy 2018 for Mekong-Japan Cooperation"),
    ]


def test_the_five_point_consensus_and_langkawi(nlp_blank):
    """ASEAN's Five-Point Consensus on Myanmar and its acronym are known; Langkawi is a known place."""
    text = "Ministers met in Langkawi to follow the Five-Point Consensus (5PC)."
    assert entities(vnentities.extract(text, "2025-01-19", nlp=nlp_blank)) == [
        ("PLACE", "Langkawi", "Langkawi"), ("AGREEMENT", "Five-Point Consensus", "5PC"),
        ("AGREEMENT", "5PC", "5PC"),
    ]


def test_the_gulf_of_tonkin_delimitation_agreement_and_its_back_reference(nlp_blank):
    """The 2000 Vietnam-China agreement delimiting the Gulf of Tonkin is known, its place inside it, and a
    later capitalised ``the Agreement`` refers back to it."""
    text = ("China must respect the Boundary Delimitation Agreement in the Gulf of Tonkin. Both signed the "
            "Agreement on the delimitation of the sea in 2000.")
    assert entities(vnentities.extract(text, "2024-03-15", nlp=nlp_blank)) == [
        ("PLACE", "China", "CN"),
        ("AGREEMENT", "Boundary Delimitation Agreement in the Gulf of Tonkin",
         "Vietnam-China Boundary Delimitation Agreement in the Gulf of Tonkin"),
        ("AGREEMENT", "Agreement", "Vietnam-China Boundary Delimitation Agreement in the Gulf of Tonkin"),
        ("DATE", "2000", "2000"),
    ]


def test_a_known_organisations_acronym_after_a_documents_name_is_the_documents(nlp_blank):
    """``(PCA)`` after an agreement's name is that agreement wherever it recurs, not the Permanent Court of
    Arbitration the knowledge base knows by it."""
    text = ("The EU - Vietnam Comprehensive Partnership and Cooperation Agreement (PCA) took effect. The PCA "
            "matters.")
    assert entities(vnentities.extract(text, "2024-07-30", nlp=nlp_blank)) == [
        ("AGREEMENT", "EU - Vietnam Comprehensive Partnership and Cooperation Agreement", "PCA"),
        ("AGREEMENT", "PCA", "PCA"),
        ("AGREEMENT", "PCA", "PCA"),
    ]


def test_an_acronym_the_text_defines_for_a_body_is_no_agreement(nlp_blank):
    """``US Department of Commerce (DOC)``: the text's definition wins over the DOC of the knowledge base,
    for every mention in that text; elsewhere ``DOC`` is the Declaration on Conduct."""
    text = "He met the US Department of Commerce (DOC). The DOC agreed."
    assert entities(vnentities.extract(text, "2023-09-22", nlp=nlp_blank)) == [
        ("ORG", "US Department of Commerce", "United States Department of Commerce"),
        ("ORG", "DOC", "United States Department of Commerce"),
        ("ORG", "DOC", "United States Department of Commerce"),
    ]
    other = vnentities.extract("ASEAN and China follow the DOC.", "2023-09-22", nlp=nlp_blank)
    assert ("AGREEMENT", "DOC", "DOC") in entities(other)


def test_the_asean_concords_and_asean_partnerships(nlp_blank):
    """The ASEAN Concords are agreements; ASEAN is one side of a partnership, which has no id (ASEAN has no
    ISO 3166-1 code)."""
    text = ("Leaders adopted the ASEAN Concord IV and hailed the ASEAN - China strategic partnership and the "
            "ASEAN-US Comprehensive Strategic Partnership.")
    assert entities(vnentities.extract(text, "2023-09-05", nlp=nlp_blank)) == [
        ("AGREEMENT", "ASEAN Concord IV", "ASEAN Concord IV"),
        ("AGREEMENT", "ASEAN - China strategic partnership", None),
        ("AGREEMENT", "ASEAN-US Comprehensive Strategic Partnership", None),
    ]


def test_a_joint_vision_and_a_partnerships_purpose_after_its_pair(nlp_blank):
    """``Joint Vision for …`` is a document (a bare ``Long-Term Vision for …`` is not; a ``Joint Vision
    Statement`` ends at ``Statement``); a lower-case partnership after a country pair keeps its purpose."""
    text = ("They set forth the Joint Vision for Peace, Prosperity and People, recalled a Medium and "
            "Long-Term Vision for Japan-Vietnam Agricultural Cooperation and the Vietnam-India Joint Vision "
            "Statement for Peace, Prosperity and People, and deepened the Vietnam-Japan strategic partnership "
            "for peace and prosperity in Asia.")
    assert entities(vnentities.extract(text, "2022-08-23", nlp=nlp_blank), "AGREEMENT") == [
        ("AGREEMENT", "Joint Vision for Peace, Prosperity and People",
         "Joint Vision for Peace, Prosperity and People"),
        ("AGREEMENT", "Vietnam-India Joint Vision Statement for Peace, Prosperity and People",
         "Vietnam-India Joint Vision Statement for Peace, Prosperity and People"),
        ("AGREEMENT", "Vietnam-Japan strategic partnership for peace and prosperity in Asia",
         "VN-JP Strategic Partnership"),
    ]


def test_apecs_putrajaya_vision_and_aotearoa_plan(nlp_blank):
    """APEC's Putrajaya Vision 2040 and its Aotearoa Plan of Action are known documents."""
    text = ("The minister said the APEC Putrajaya Vision 2040 and the Aotearoa Plan of Action show the "
            "members' resolve.")
    assert entities(vnentities.extract(text, "2021-11-09", nlp=nlp_blank), "AGREEMENT") == [
        ("AGREEMENT", "APEC Putrajaya Vision 2040", "APEC Putrajaya Vision 2040"),
        ("AGREEMENT", "Aotearoa Plan of Action", "Aotearoa Plan of Action"),
    ]


def test_a_meetings_acronym_names_no_document(nlp_blank):
    """``Senior Officials Meeting on the Declaration … (SOM-DOC)``: the acronym is the meeting's (an EVENT), so
    the long form is no document named ``SOM``."""
    text = ("The 19th ASEAN-China Senior Officials Meeting on the Declaration on the Conduct of Parties in the "
            "South China Sea (SOM-DOC) took place in Chongqing.")
    doc = vnentities.extract(text, "2021-06-08", nlp=nlp_blank)
    assert "SOM" not in [norm for _, _, norm in entities(doc, "AGREEMENT")]
    assert entities(doc, "EVENT") == [
        ("EVENT", "19th ASEAN-China Senior Officials Meeting on the Declaration on the Conduct of Parties",
         None),
        ("EVENT", "SOM-DOC", None),
    ]


def test_a_subject_goes_on_over_and_before_a_modifier_that_heads_no_post(nlp_blank):
    """``and Economic Cooperation`` continues a document's subject (``Economic`` modifies posts, but no
    post's head follows it); ``and Deputy Prime Minister`` ends it."""
    text = ("They implement the Framework Agreement on Technical and Economic Cooperation. They signed the "
            "Agreement on Defence Cooperation and Deputy Prime Minister Tran Luu Quang spoke.")
    assert entities(vnentities.extract(text, "2024-08-01", nlp=nlp_blank), "AGREEMENT") == [
        ("AGREEMENT", "Framework Agreement on Technical and Economic Cooperation",
         "Framework Agreement on Technical and Economic Cooperation"),
        ("AGREEMENT", "Agreement on Defence Cooperation", "Agreement on Defence Cooperation"),
    ]


def test_a_place_named_declarations_subject_with_a_hyphened_lower_case_word(nlp_blank):
    """A place's declaration takes its subject, a lower-case word after a hyphen in it too (``Ha Noi
    Declaration on Sustainable and People-centered Green Transition``); a spaced dash ends it."""
    text = ("They adopted the Ha Noi Declaration on Sustainable and People-centered Green Transition and the "
            "Agreement on Defence Cooperation - the first.")
    assert entities(vnentities.extract(text, "2025-04-18", nlp=nlp_blank), "AGREEMENT") == [
        ("AGREEMENT", "Ha Noi Declaration on Sustainable and People-centered Green Transition",
         "Ha Noi Declaration on Sustainable and People-centered Green Transition"),
        ("AGREEMENT", "Agreement on Defence Cooperation", "Agreement on Defence Cooperation"),
    ]


def test_a_generic_document_defined_by_an_acronym_is_no_agreement(nlp):
    """``the proposed Memorandum of Understanding (MOU)``: a kind of document whatever comes before it, and
    no ORG of the base model either."""
    text = ("He said the proposed Memorandum of Understanding (MOU), which the PCG and the VCG have been "
            "working on, was discussed. The MOU aims to help.")
    doc = vnentities.extract(text, "2024-01-24", nlp=nlp)
    assert entities(doc, "AGREEMENT") == []
    assert [e.text for e in doc.entities if e.label == "ORG"] == ["PCG", "VCG"]


def test_a_bare_joint_statement_names_no_agreement_but_one_with_its_year_does(nlp_blank):
    """``the Joint Statement`` alone and ``the 2011 Memorandum of Understanding`` are kinds of document; ``the
    Joint Statement 2020`` is one."""
    text = ("They realised the Joint Statement reached during the visit, under the 2011 Memorandum of "
            "Understanding and the Joint Statement 2020.")
    doc = vnentities.extract(text, "2023-10-21", nlp=nlp_blank)
    assert entities(doc, "AGREEMENT") == [("AGREEMENT", "Joint Statement 2020", "Joint Statement 2020")]
    assert entities(doc, "DATE") == [("DATE", "2011", "2011")]


def test_global_modifies_a_document_named_after_the(nlp_blank):
    """``the Global Treaty on Plastic Pollution`` is named whole; after ``a`` it names none."""
    text = ("Viet Nam backs the Global Treaty on Plastic Pollution and talks to build a Global Agreement on "
            "Plastic Pollution.")
    doc = vnentities.extract(text, "2023-07-26", nlp=nlp_blank)
    assert entities(doc, "AGREEMENT") == [("AGREEMENT", "Global Treaty on Plastic Pollution",
                                           "Global Treaty on Plastic Pollution")]


def test_a_year_before_a_place_named_document_and_the_eu_vietnam_pca(nlp_blank):
    """A year right before a document named after a place opens its name (a known one keeps its id); the
    EU–Vietnam PCA is known by its long names, however the pair is spaced."""
    text = ("Under the 1963 Vienna Convention on Consular Relations and the 1995 Mekong Agreement, the "
            "European Union-Viet Nam Framework Agreement on Comprehensive Partnership and Cooperation and the "
            "EU - Vietnam Partnership and Cooperation Agreement were discussed.")
    assert entities(vnentities.extract(text, "2022-05-01", nlp=nlp_blank), "AGREEMENT") == [
        ("AGREEMENT", "1963 Vienna Convention on Consular Relations",
         "1963 Vienna Convention on Consular Relations"),
        ("AGREEMENT", "1995 Mekong Agreement", "Mekong Agreement"),
        ("AGREEMENT",
         "European Union-Viet Nam Framework Agreement on Comprehensive Partnership and Cooperation", "PCA"),
        ("AGREEMENT", "EU - Vietnam Partnership and Cooperation Agreement", "PCA"),
    ]


def test_the_un_human_rights_treaties_are_known(nlp_blank):
    """The UN's core human rights treaties are known agreements, by their names and acronyms."""
    cat = "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"
    text = f"Vietnam ratified the {cat} (CAT) and reported on CEDAW and the ICCPR."
    assert entities(vnentities.extract(text, "2017-02-23", nlp=nlp_blank), "AGREEMENT") == [
        ("AGREEMENT", cat, cat), ("AGREEMENT", "CAT", cat),
        ("AGREEMENT", "CEDAW", "Convention on the Elimination of All Forms of Discrimination against Women"),
        ("AGREEMENT", "ICCPR", "International Covenant on Civil and Political Rights"),
    ]


def test_bilateral_before_a_partnership_type_and_no_month_in_its_purpose(nlp_blank):
    """``Vietnam-Germany bilateral strategic partnership`` names the partnership; a named purpose stops before
    a month (``… in Asia and the World in November 2023``)."""
    text = ("Japan and Vietnam set up a Comprehensive Strategic Partnership for Peace and Prosperity in Asia "
            "and the World in November 2023. The Vietnam-Germany bilateral strategic partnership grew.")
    assert entities(vnentities.extract(text, "2024-04-17", nlp=nlp_blank), "AGREEMENT") == [
        ("AGREEMENT", "Comprehensive Strategic Partnership for Peace and Prosperity in Asia and the World",
         "VN-JP Comprehensive Strategic Partnership"),
        ("AGREEMENT", "Vietnam-Germany bilateral strategic partnership", "VN-DE Strategic Partnership"),
    ]


def test_an_owned_strategy_leaves_its_of_owner_outside(nlp_blank):
    """``the Indo-Pacific Strategy of the US``: the strategy is the AGREEMENT, its owner after ``of`` a
    PLACE."""
    text = "Knapper spoke of the Indo-Pacific Strategy of the US."
    assert entities(vnentities.extract(text, "2022-04-20", nlp=nlp_blank))[-2:] == [
        ("AGREEMENT", "Indo-Pacific Strategy", "Indo-Pacific Strategy"), ("PLACE", "US", "US")]

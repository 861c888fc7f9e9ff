"""A name masked whole for publication is read as no name; a partly masked one stays as printed (ruling 5)."""

from __future__ import annotations

import pytest

from extractors.facts.instrument import _party_facts
from extractors.fields.parties import find_parties, masked_name, party_type_of

BLOCK = "\n统一社会信用代码：9241****7K\n住所：青禾县示例路8号\n经查，当事人销售的商品未明码标价。"


@pytest.mark.parametrize(
    "line", ["当事人：***", "当事人：×××（个体工商户）", "当事人：某某", "当事人名称：XXXX", "当 事 人 ： * * *"]
)
def test_a_wholly_masked_name_is_no_name(line: str) -> None:
    text = line + BLOCK
    (party,) = find_parties(text)
    assert party.masked
    facts = _party_facts(text, party)
    assert facts.name is None and facts.clean_name == ""
    # the party is still there: its code and line are read, its type from the code
    assert facts.line.startswith("当")
    assert facts.party_type == "organisation"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("当事人：张**", "张**"),
        ("当事人：青禾县xx便利店", "青禾县xx便利店"),
        ("当事人：某某县星河超市", "某某县星河超市"),
    ],
)
def test_a_partly_masked_name_stays_as_printed(line: str, name: str) -> None:
    (party,) = find_parties(line + BLOCK)
    assert not party.masked
    assert _party_facts(line + BLOCK, party).name == name


def test_masked_names() -> None:
    assert masked_name("***") and masked_name("某某") and masked_name("× × ×")
    assert not masked_name("张**") and not masked_name("某") and not masked_name("王某某")
    assert party_type_of("某某") is None  # not a person's two-character name
    assert party_type_of("王某") == "citizen"


@pytest.mark.parametrize("name", ["周**", "李××", "王xx"])
def test_a_surname_with_its_given_name_masked_is_a_person(name: str) -> None:
    assert party_type_of(name) == "citizen"


@pytest.mark.parametrize("name", ["某某县xx便利店", "***", "海安徐**商行"])
def test_a_masked_shop_or_a_wholly_masked_name_is_no_person(name: str) -> None:
    """Must not match: a shop's suffix, or nothing left of the name, says no person."""
    assert party_type_of(name) != "citizen"


@pytest.mark.parametrize("name", ["钱*林", "欧阳×明", "孙x丽", "陶**兰"])
def test_a_name_masked_in_its_middle_is_a_person(name: str) -> None:
    assert party_type_of(name) == "citizen"
    (party,) = find_parties(f"当事人：{name}\n住址：青禾县示例路8号\n经查，当事人在网上高价转卖口罩。")
    assert party.name.value == name and party.party_type == "citizen"


@pytest.mark.parametrize("name", ["华*店", "某*局", "钱*林园艺场", "钱*林*"])
def test_a_middle_masked_shop_or_agency_is_no_person(name: str) -> None:
    """Must not match: a shop's or an agency's suffix, or more than one character kept after the mask."""
    assert party_type_of(name) != "citizen"


@pytest.mark.parametrize(
    "details",
    [
        "性别：女\n住址：青禾县示例路8号",
        "身份证号码：410105********2231\n住址：青禾县示例路8号",
        "公民身份号码：410105199001012231",
    ],
)
def test_a_persons_own_details_make_an_unreadable_name_a_citizen(details: str) -> None:
    (party,) = find_parties(f"当事人：***\n{details}\n经查，当事人在网上高价转卖口罩。")
    assert party.party_type == "citizen"


@pytest.mark.parametrize(
    "block",
    [
        "法定代表人：陈某\n性别：男\n身份证号码：410105********2231",
        "统一社会信用代码：9241****7K\n经营者：张某\n性别：男",
        "住所：青禾县性别路8号",
    ],
)
def test_a_representatives_details_or_a_credit_code_make_no_citizen(block: str) -> None:
    """Must not match: details after a representative's line are his; a masked credit code says organisation."""
    (party,) = find_parties(f"当事人：***\n{block}\n经查，当事人销售的商品未明码标价。")
    assert party.party_type != "citizen"


def test_a_masked_credit_code_before_an_id_number_still_says_organisation() -> None:
    """Must not match: a credit code's line, even masked, tells the kind before a person's ID number does."""
    text = "当事人：***\n统一社会信用代码：9241****7K\n身份证号码：410105********2231\n经营者：张某"
    (party,) = find_parties(text + "\n经查，当事人销售的商品未明码标价。")
    assert party.party_type == "organisation"

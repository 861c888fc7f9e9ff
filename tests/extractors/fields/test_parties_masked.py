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

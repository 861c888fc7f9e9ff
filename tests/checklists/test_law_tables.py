"""The law tables: names as decisions print them, 款/项 precision, article roles, and the two files agreeing."""

from __future__ import annotations

import yaml

from checklists.law_tables import ROLES, STRUCTURE, find_law, law_key


def test_a_law_is_found_by_the_names_decisions_print() -> None:
    price = find_law("《中华人民共和国价格法》")
    assert price is not None and price.key == "price_law"
    assert find_law("价格法") is price
    rules = find_law("价格违法行为行政处罚规定（2010修订）")
    assert rules is not None and rules.key == "price_penalty_rules"
    assert find_law("价格违法行为行政处罚规定(2010修订)") is rules
    assert find_law("中华人民共和国食品安全法") is None and find_law(None) is None
    assert law_key("《中华人民共和国行政处罚法》") == "行政处罚法"


def test_missing_part_of_a_divided_article() -> None:
    price = find_law("价格法")
    assert price is not None
    assert price.missing_part(14, None, None) == "项"  # one 款 with eight 项
    assert price.missing_part(14, None, 4) is None
    assert price.missing_part(40, None, None) == "款"  # two 款
    assert price.missing_part(40, 1, None) is None
    assert price.missing_part(12, None, None) is None  # not divided
    assert price.missing_part(999, None, None) is None  # unknown article: nothing claimed


def test_article_roles() -> None:
    price, rules = find_law("价格法"), find_law("价格违法行为行政处罚规定")
    assert price is not None and rules is not None
    assert price.role(39) == "penalty" and price.role(14) == "duty" and price.role(1) == "other"
    assert rules.role(9) == "penalty" and rules.role(16) == "refund" and price.role(41) == "refund"


def test_every_role_row_names_a_source_and_fits_its_law() -> None:
    structure = yaml.safe_load(STRUCTURE.read_text(encoding="utf-8"))["laws"]
    roles = yaml.safe_load(ROLES.read_text(encoding="utf-8"))["laws"]
    for key, row in roles.items():
        assert row["source"], key
        count = structure[key]["article_count"]
        for first, last in [*row.get("penalty", []), *row.get("duty", [])]:
            assert 1 <= first <= last <= count, key
        penalty = {n for first, last in row.get("penalty", []) for n in range(first, last + 1)}
        duty = {n for first, last in row.get("duty", []) for n in range(first, last + 1)}
        assert not penalty & duty, key

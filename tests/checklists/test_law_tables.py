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
    assert find_law("中华人民共和国反不正当竞争法") is None and find_law(None) is None
    food = find_law("《中华人民共和国食品安全法》")
    assert food is not None and food.key == "food_safety_law" and find_law("食品安全法") is food
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


def test_a_law_tabled_in_part_knows_only_its_listed_articles() -> None:
    food, minors, equipment = find_law("食品安全法"), find_law("未成年人保护法"), find_law("特种设备安全法")
    assert food is not None and minors is not None and equipment is not None
    assert food.partial and food.knows(126) and not food.knows(1)
    assert food.missing_part(126, 1, None) == "项"  # its first 款 lists items
    assert food.missing_part(126, None, None) == "款"
    assert food.missing_part(34, None, 10) is None
    assert food.role(126) == "penalty" and food.role(34) == "duty"
    assert food.role(136) == "other" and food.role(1) == "other"  # unread: no role claimed
    assert minors.missing_part(59, None, None) == "款" and minors.role(123) == "penalty"
    assert equipment.missing_part(85, None, None) == "款" and equipment.role(49) == "duty"
    price = find_law("价格法")
    assert price is not None and not price.partial and price.knows(14)


def test_every_listed_article_of_a_partial_law_lies_within_the_law() -> None:
    structure = yaml.safe_load(STRUCTURE.read_text(encoding="utf-8"))["laws"]
    roles = yaml.safe_load(ROLES.read_text(encoding="utf-8"))["laws"]
    for key, shape in structure.items():
        if not shape.get("partial"):
            continue
        assert shape["source"] and key in roles, key
        assert all(1 <= int(number) <= shape["article_count"] for number in shape["articles"]), key
        row = roles[key]
        for first, last in [*row.get("penalty", []), *row.get("duty", [])]:
            assert all(number in shape["articles"] for number in range(first, last + 1)), key

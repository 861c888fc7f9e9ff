"""The law tables: names as decisions print them, 款/项 precision, article roles, and the two files agreeing."""

from __future__ import annotations

import pytest
import yaml

from checklists.law_tables import ROLES, STRUCTURE, find_law, law_key, read_tables
from checklists.problems import InvalidCatalog


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


def test_every_shipped_role_row_names_a_source_and_fits_its_law() -> None:
    """The shipped tables pass the loader's validation, and every law has penalty articles in range."""
    structure = yaml.safe_load(STRUCTURE.read_text(encoding="utf-8"))["laws"]
    tabled = {
        law.key: law
        for law in read_tables(STRUCTURE.read_text(encoding="utf-8"), ROLES.read_text(encoding="utf-8")).values()
    }
    assert len(tabled) >= 8
    for key, law in tabled.items():
        assert law.penalty and max(law.penalty) <= structure[key]["article_count"], key
        assert not law.penalty & law.duty, key


def _roles(rows: str) -> str:
    return "laws:\n" + rows


def test_a_role_row_out_of_its_law_or_without_source_is_refused_row_by_row() -> None:
    structure = STRUCTURE.read_text(encoding="utf-8")
    bad = _roles(
        "  price_law:\n"
        "    penalty: [[39, 40], [90, 95]]\n"  # 价格法 has 48 articles
        "    duty: [[6, 17]]\n"
        "    source: x\n"
        "  price_fraud_2001:\n"
        "    penalty: [[11, 11]]\n"
        "    duty: [[4, 11]]\n"  # 11 is a penalty article too
        "  no_such_law:\n"
        "    penalty: [[1, 2]]\n"
        "    source: y\n"
    )
    with pytest.raises(InvalidCatalog) as raised:
        read_tables(structure, bad)
    messages = [(problem.subject, problem.line, problem.message) for problem in raised.value.problems]
    assert ("法律 price_law", 3, "条文范围 90–95 不在第 1 至第 48 条之内或首尾颠倒") in messages
    assert any(subject == "法律 price_fraud_2001" and "未注明出处" in message for subject, _, message in messages)
    assert any(
        subject == "法律 price_fraud_2001" and "第 11 条既列为罚则又列为义务条款" in message
        for subject, _, message in messages
    )
    assert any(subject == "法律 no_such_law" and "没有这部法律" in message for subject, _, message in messages)
    reversed_range = _roles("  price_law:\n    penalty: [[40, 39]]\n    source: x\n")
    with pytest.raises(InvalidCatalog):
        read_tables(structure, reversed_range)


def test_a_referral_row_must_name_an_existing_paragraph_and_a_penalty_article() -> None:
    structure = STRUCTURE.read_text(encoding="utf-8")
    for row in ("[[5, 4, 4]]", "[[5, 2, 16]]"):  # 第五条 has three 款; 第十六条 orders a refund, no penalty
        bad = _roles(f"  price_penalty_rules:\n    penalty: [[4, 15]]\n    referrals: {row}\n    source: x\n")
        with pytest.raises(InvalidCatalog):
            read_tables(structure, bad)
    rules = find_law("价格违法行为行政处罚规定")
    assert rules is not None and rules.referrals == {(5, 2): 4}


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


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("《中华人民共和国消费者权益保护法》", "consumer_protection_law"),
        ("消费者权益保护法", "consumer_protection_law"),
        ("《中华人民共和国电子商务法》", "e_commerce_law"),
        ("《中华人民共和国广告法》", "advertising_law"),
        ("《中华人民共和国产品质量法》", "product_quality_law"),
        ("产品质量法", "product_quality_law"),
        ("《明码标价与禁止价格欺诈规定》", "price_marking_fraud_2022"),  # 与 for 和, a common misprint
    ],
)
def test_laws_beyond_the_price_rules_that_price_decisions_cite(name: str, key: str) -> None:
    law = find_law(name)
    assert law is not None and law.key == key


def test_consumer_e_commerce_and_advertising_articles() -> None:
    """Articles read one by one: their 款/项 and roles; an unread article of the same law stays unknown."""
    consumer, shop, ads = find_law("消费者权益保护法"), find_law("电子商务法"), find_law("广告法")
    assert consumer is not None and shop is not None and ads is not None
    assert consumer.missing_part(56, 1, None) == "项" and consumer.missing_part(56, 1, 6) is None
    assert consumer.missing_part(20, None, None) == "款" and consumer.missing_part(20, 3, None) is None
    assert consumer.role(56) == "penalty" and consumer.role(20) == "duty" and consumer.role(8) == "other"
    assert not consumer.knows(40) and consumer.missing_part(40, None, None) is None
    assert shop.missing_part(17, None, None) is None and shop.role(17) == "duty" and shop.role(85) == "penalty"
    assert shop.missing_part(81, None, None) == "款" and not shop.knows(60)
    assert ads.missing_part(28, 2, None) == "项" and ads.missing_part(9, None, None) == "项"
    assert ads.role(28) == "duty" and ads.role(55) == "penalty" and ads.missing_part(55, None, None) == "款"


def test_product_quality_articles() -> None:
    """A seller's duties and the penalties for them, read one by one; the weighing article has no role."""
    quality = find_law("《产品质量法》")
    assert quality is not None
    assert quality.role(35) == "duty" and quality.role(52) == "penalty" and quality.role(55) == "other"
    assert quality.missing_part(35, None, None) is None and quality.missing_part(52, None, None) is None
    assert quality.missing_part(26, None, None) == "款" and quality.missing_part(26, 2, None) == "项"
    assert quality.missing_part(27, 1, 4) is None and not quality.knows(40)


def test_a_paragraph_whose_items_are_exceptions_is_precise_at_the_paragraph() -> None:
    """消费者权益保护法 第二十五条第一款 lists the goods it does not cover: the 款 applies whole."""
    consumer = find_law("消费者权益保护法")
    assert consumer is not None and (25, 1) in consumer.exceptions
    assert consumer.missing_part(25, 1, None) is None
    # must not match: the article bare still lacks its 款, and a 款 of conduct items still lacks its 项
    assert consumer.missing_part(25, None, None) == "款" and consumer.missing_part(56, 1, None) == "项"


def test_an_exceptions_row_must_name_a_paragraph_with_items() -> None:
    structure = STRUCTURE.read_text(encoding="utf-8")
    for row in ("[[25, 2]]", "[[25, 4]]"):  # 第二十五条第二款 has no 项; there is no 第四款
        bad = _roles(f"  consumer_protection_law:\n    penalty: [[56, 56]]\n    exceptions: {row}\n    source: x\n")
        with pytest.raises(InvalidCatalog):
            read_tables(structure, bad)


def test_trademark_articles() -> None:
    """The list of infringing acts and the regulator's penalty for them; other articles stay unknown."""
    marks = find_law("《中华人民共和国商标法》")
    assert marks is not None and find_law("商标法") is marks
    assert marks.role(57) == "duty" and marks.role(60) == "penalty"
    assert marks.missing_part(57, None, None) == "项" and marks.missing_part(57, None, 3) is None
    assert marks.missing_part(60, None, None) == "款" and marks.missing_part(60, 2, None) is None
    assert not marks.knows(52) and marks.role(52) == "other"

"""One act of several punished with no basis of its own: the finding or the disposition item that leaves it out."""

from __future__ import annotations

import pytest

from checklists.predicates.decision_unbased import unbased_violation

_FIRST = (
    "经查，当事人对每桌加收茶位费8元。当事人的该行为违反了《中华人民共和国价格法》第十三条第二款的规定。"
    "依据《中华人民共和国价格法》第四十二条、《价格违法行为行政处罚规定》第十三条第（三）项的规定，应予处罚。\n"
)
_SECOND_BARE = (
    "经查，当事人的水产价签未标计价单位。当事人的该行为违反了《中华人民共和国价格法》第十三条第一款的规定，应予处罚。\n"
)
_SECOND_BASED = (
    "经查，当事人的水产价签未标计价单位。当事人的该行为违反了《中华人民共和国价格法》第十三条第一款的规定。"
    "依据《中华人民共和国价格法》第四十二条、《价格违法行为行政处罚规定》第十三条第（一）项的规定，应予处罚。\n"
)
_BARE_ITEMS = (
    "综上，本局决定：\n一、对违法行为一，没收违法所得3,200元，并处罚款1,600元；\n二、对违法行为二，处罚款800元。\n"
)
_PAYMENT = "当事人应当自收到本决定书之日起十五日内缴纳罚没款。到期不缴纳罚款的，依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项的规定加处罚款。\n"

_FOUND_BOTH = (
    "本局认为：当事人第一项行为违反了《中华人民共和国价格法》第十三条第二款的规定；第二项行为违反了"
    "《明码标价和禁止价格欺诈规定》第十五条的规定。\n"
)
_ITEM_BASED = (
    "（一）对第一项违法行为，依据《中华人民共和国价格法》第四十二条、《价格违法行为行政处罚规定》第十三条第（三）项"
    "的规定，没收违法所得9,100元，并处罚款2,000元；\n"
)


def test_a_finding_that_announces_a_penalty_with_no_basis_beside_one_with_its_basis() -> None:
    assert unbased_violation(_FIRST + _SECOND_BARE + _BARE_ITEMS + _PAYMENT) is not None


def test_a_disposition_item_with_no_basis_beside_one_that_cites_its_own() -> None:
    text = _FOUND_BOTH + "本局决定：\n" + _ITEM_BASED + "（二）对第二项违法行为，责令改正，并处罚款900元。\n" + _PAYMENT
    assert unbased_violation(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # every finding with its basis, bare items after
        _FIRST + _SECOND_BASED + _BARE_ITEMS + _PAYMENT,
        # one basis for all before the disposition
        _FOUND_BOTH
        + "依据《中华人民共和国价格法》第四十二条的规定，本局决定：\n一、罚款1,000元；\n二、罚款800元。\n"
        + _PAYMENT,
        # each item with its own basis
        _FOUND_BOTH
        + "本局决定：\n"
        + _ITEM_BASED
        + "（二）对第二项违法行为，依据《中华人民共和国价格法》第四十二条的规定，处罚款900元。\n"
        + _PAYMENT,
        # each basis heads the numbered items after it
        _FOUND_BOTH
        + "本局决定：对第一项违法行为，依据《中华人民共和国价格法》第三十九条的规定：1.没收违法所得2,100元；2.罚款900元。"
        "对第二项违法行为，依据《中华人民共和国价格法》第四十二条的规定：3.罚款600元。\n" + _PAYMENT,
        # a labelled basis before the items, the late-payment surcharge's basis after them
        _FOUND_BOTH
        + "处罚依据：《中华人民共和国价格法》第四十二条。处罚决定：1.没收违法所得700元；2.罚款1,400元。履行期限和方式："
        "十五日内缴纳。逾期不缴纳罚款的，依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项加处罚款。\n",
        # the findings' bases given, and one item adds the confiscation's own ground
        _FIRST
        + _SECOND_BASED
        + "本局决定：\n（一）罚款1,600元；\n（二）罚款800元；\n（三）依据《价格违法行为行政处罚规定》第十六条第二款，"
        "没收公告期满未退还的多收价款1,200元。\n" + _PAYMENT,
    ],
)
def test_every_act_with_a_basis_is_no_unbased_act(text: str) -> None:
    assert unbased_violation(text) is None

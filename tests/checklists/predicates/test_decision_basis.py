"""decision.basis_precise over decisions read alone: what the wording settles fails, the rest is not guessed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from reviewer.core.settings import Settings
from reviewer.pipeline.run import review
from tests.reviewer.pipeline.test_scope import DECISION

VIOLATED = "当事人的行为违反了《中华人民共和国价格法》第十三条第一款的规定。"
BASIS = "依据《价格违法行为行政处罚规定》第十三条第一款，决定处罚如下：罚款2000元。"


def _status(make_pdf: Callable[..., Path], violated: str | None, basis: str | None) -> tuple[str, str]:
    lines = [line for line in DECISION if line not in (VIOLATED, BASIS)]
    at = lines.index(next(line for line in lines if line.startswith("当事人应自收到")))
    lines[at:at] = [line for line in (violated, basis) if line]
    _, draft = review([make_pdf("d.pdf", [lines])], Settings(), scope="decision")
    finding = next(f for f in draft.findings if f.check_id == "decision.basis_precise")
    return finding.status, finding.message


def test_sample_lines_are_where_the_test_expects() -> None:
    assert VIOLATED in DECISION and BASIS in DECISION


def test_precise_citations_in_their_roles_pass(make_pdf: Callable[..., Path]) -> None:
    basis = "依据《价格违法行为行政处罚规定》第十三条第（一）项，决定处罚如下：罚款2000元。"
    assert _status(make_pdf, VIOLATED, basis)[0] == "pass"


@pytest.mark.parametrize(
    ("violated", "basis", "said"),
    [
        # 第十三条 of the regulation has one 款 with four 项: the 项 is missing.
        (VIOLATED, BASIS, "分项而未写明适用的项"),
        # 价格法 第十三条 has two 款.
        ("当事人的行为违反了《中华人民共和国价格法》第十三条的规定。", None, "分款而未写明适用的款"),
        # A penalty article listed after 违反.
        (
            "当事人的行为违反了《价格违法行为行政处罚规定》第十三条第（一）项的规定。",
            "依据《中华人民共和国价格法》第四十二条，决定处罚如下：罚款2000元。",
            "罚则条款",
        ),
        # A duty article as the basis of the penalty.
        (VIOLATED, "依据《中华人民共和国价格法》第十四条第（四）项，决定处罚如下：罚款2000元。", "义务性条款"),
        # A basis, and no 违反 clause anywhere.
        (None, "依据《中华人民共和国价格法》第四十二条，决定处罚如下：罚款2000元。", "未写明违反的法律条款"),
        # Nothing cited.
        ("当事人的行为违反了价格管理的有关规定。", "本局决定处罚如下：罚款2000元。", "未引用违反的法律条款和处罚依据"),
        # An article number without 条.
        (VIOLATED, "依据《中华人民共和国价格法》第四十二的规定，决定处罚如下：罚款2000元。", "条文序号不完整"),
    ],
)
def test_what_the_wording_settles_fails(
    make_pdf: Callable[..., Path], violated: str | None, basis: str | None, said: str
) -> None:
    status, message = _status(make_pdf, violated, basis)
    assert status == "fail" and said in message, message


def test_a_violation_stated_by_reference_is_not_a_missing_one(make_pdf: Callable[..., Path]) -> None:
    violated = "《中华人民共和国价格法》第十三条第一款：“经营者应当明码标价。”当事人的行为违反了本规定。"
    basis = "依据《中华人民共和国价格法》第四十二条，决定处罚如下：罚款2000元。"
    status, message = _status(make_pdf, violated, basis)
    assert status != "fail", message


def test_a_law_outside_the_tables_is_not_judged(make_pdf: Callable[..., Path]) -> None:
    violated = "当事人的行为违反了《中华人民共和国反不正当竞争法》第八条的规定。"
    basis = "依据《中华人民共和国反不正当竞争法》第二十条，决定处罚如下：罚款2000元。"
    assert _status(make_pdf, violated, basis)[0] == "unknown"


def test_an_unread_article_of_a_law_tabled_in_part_is_not_judged(make_pdf: Callable[..., Path]) -> None:
    # 食品安全法 is tabled only in the articles read one by one; 第一百二十二条 is known, but
    # 第三十九条 is not: no pass on a guess.
    violated = "当事人的行为违反了《中华人民共和国食品安全法》第三十九条第二款的规定。"
    basis = "依据《中华人民共和国食品安全法》第一百二十二条第一款，决定处罚如下：罚款2000元。"
    assert _status(make_pdf, violated, basis)[0] == "unknown"


@pytest.mark.parametrize(
    ("violated", "basis", "expected", "said"),
    [
        # 第三十四条 has one 款 with 13 项, 第一百二十四条 three 款 (the first with 9 项): both precise.
        (
            "当事人的行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。",
            "依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项，决定处罚如下：罚款2000元。",
            "pass",
            "",
        ),
        # The basis names the 款 of 第一百二十六条 but not which of its 13 项.
        (
            "当事人的行为违反了《中华人民共和国食品安全法》第五十三条第一款的规定。",
            "依据《中华人民共和国食品安全法》第一百二十六条第一款，决定处罚如下：罚款2000元。",
            "fail",
            "分项而未写明适用的项",
        ),
        # 特种设备安全法 第八十五条 has two 款.
        (
            "当事人的行为违反了《中华人民共和国特种设备安全法》第四十九条第二款的规定。",
            "依据《中华人民共和国特种设备安全法》第八十五条，决定处罚如下：罚款20000元。",
            "fail",
            "分款而未写明适用的款",
        ),
        # 商标法: the penalty article 第六十条第二款 after 违反, the list of infringing acts as the basis.
        (
            "当事人的行为违反了《中华人民共和国商标法》第六十条第二款的规定。",
            "依据《中华人民共和国商标法》第五十七条第（一）项，决定处罚如下：罚款20000元。",
            "fail",
            "罚则条款",
        ),
        # must not match: the same two in their roles, each precise
        (
            "当事人的行为违反了《中华人民共和国商标法》第五十七条第（一）项的规定。",
            "依据《中华人民共和国商标法》第六十条第二款，决定处罚如下：罚款20000元。",
            "pass",
            "",
        ),
        # 消费者权益保护法 第二十五条第一款: its 项 list the goods excepted, so the 款 is precise …
        (
            "当事人的行为违反了《中华人民共和国消费者权益保护法》第二十五条第一款的规定。",
            "依据《中华人民共和国消费者权益保护法》第五十六条第一款第（八）项，决定处罚如下：罚款2000元。",
            "pass",
            "",
        ),
        # … must not match: a 款 whose 项 are conduct still needs its 项
        (
            "当事人的行为违反了《中华人民共和国消费者权益保护法》第二十五条第一款的规定。",
            "依据《中华人民共和国消费者权益保护法》第五十六条第一款，决定处罚如下：罚款2000元。",
            "fail",
            "分项而未写明适用的项",
        ),
        # 未成年人保护法: the penalty article listed after 违反.
        (
            "当事人的行为违反了《中华人民共和国未成年人保护法》第一百二十三条的规定。",
            "依据《中华人民共和国未成年人保护法》第一百二十三条，决定处罚如下：罚款2000元。",
            "fail",
            "罚则条款",
        ),
    ],
)
def test_the_other_tabled_laws_are_judged_like_the_price_rules(
    make_pdf: Callable[..., Path], violated: str, basis: str, expected: str, said: str
) -> None:
    status, message = _status(make_pdf, violated, basis)
    assert status == expected and said in message, message


def test_a_suspicion_in_the_conclusion_names_the_provision_violated(make_pdf: Callable[..., Path]) -> None:
    violated = "本局认为，当事人的行为涉嫌违反了《中华人民共和国价格法》第十三条的规定。"
    basis = "依据《中华人民共和国价格法》第四十二条，决定处罚如下：罚款2000元。"
    status, message = _status(make_pdf, violated, basis)
    # Not "no provision violated": the conclusion names 第十三条, but without its 款.
    assert status == "fail" and "分款" in message and "未写明违反的法律条款" not in message, message


def test_contents_misses_the_provision_violated_only_when_the_wording_names_none(
    make_pdf: Callable[..., Path],
) -> None:
    basis = "依据《中华人民共和国价格法》第四十二条，决定处罚如下：罚款2000元。"
    lines = [line for line in DECISION if line not in (VIOLATED, BASIS)]
    lines.insert(lines.index(next(line for line in lines if line.startswith("当事人应自收到"))), basis)
    _, draft = review([make_pdf("d.pdf", [lines])], Settings(), scope="decision")
    contents = next(f for f in draft.findings if f.check_id == "decision.contents")
    assert contents.status == "fail" and "违反的法律条款" in contents.message
    weighing = "当事人的情形属于《嵩州省市场监督管理行政处罚裁量权适用规则》第十条第（二）项规定的情形。"
    lines.insert(lines.index(basis), weighing)
    _, draft = review([make_pdf("w.pdf", [lines])], Settings(), scope="decision")
    contents = next(f for f in draft.findings if f.check_id == "decision.contents")
    assert contents.status == "fail" and "违反的法律条款" in contents.message, contents.message
    lines.insert(lines.index(basis), "当事人的行为违反了上述规定。")
    _, draft = review([make_pdf("e.pdf", [lines])], Settings(), scope="decision")
    contents = next(f for f in draft.findings if f.check_id == "decision.contents")
    assert "违反的法律条款" not in (contents.message or "") or contents.status != "fail"


#: Two findings of one decision, each for its own act under 价格法 第十四条.
_TWO_FINDINGS = (
    "本局认为，当事人对同等条件的批发商收取不同价格的行为，违反了《中华人民共和国价格法》第十四条的规定；"
    "当事人在澄溪镇门店虚标原价诱骗顾客的行为，违反了《中华人民共和国价格法》第十四条第（四）项的规定。"
)
_BASIS_14 = "依据《中华人民共和国价格法》第四十条第一款、《价格违法行为行政处罚规定》第七条，决定处罚如下：罚款2000元。"


def test_an_article_cited_precisely_for_another_act_does_not_make_this_one_precise(
    make_pdf: Callable[..., Path],
) -> None:
    status, message = _status(make_pdf, _TWO_FINDINGS, _BASIS_14)
    assert status == "fail" and "分项而未写明适用的项" in message, message


@pytest.mark.parametrize(
    "violated",
    [
        # The imprecise mention sums up the finding made precisely before it.
        (
            "当事人虚标原价诱骗顾客的行为，违反了《中华人民共和国价格法》第十四条第（四）项的规定。"
            "综上，当事人上述行为违反了《中华人民共和国价格法》第十四条的规定。"
        ),
        # The precise mention sums up the imprecise finding.
        (
            "本局认为，当事人虚标原价诱骗顾客的行为，违反了《中华人民共和国价格法》第十四条的规定。"
            "综上，当事人该行为违反了《中华人民共和国价格法》第十四条第（四）项的规定。"
        ),
    ],
)
def test_a_recap_of_the_same_finding_stays_precise(make_pdf: Callable[..., Path], violated: str) -> None:
    status, message = _status(make_pdf, violated, _BASIS_14)
    assert status == "pass", message


def test_a_basis_listed_bare_beside_its_item_for_another_act_fails(make_pdf: Callable[..., Path]) -> None:
    violated = (
        "本局认为，当事人未标明收费项目的行为，违反了《中华人民共和国价格法》第十三条第一款的规定；"
        "当事人在标价之外收取未标明费用的行为，违反了《中华人民共和国价格法》第十三条第二款的规定。"
    )
    basis = "依据《价格违法行为行政处罚规定》第十三条和第十三条第（三）项的规定，决定处罚如下：罚款2000元。"
    status, message = _status(make_pdf, violated, basis)
    assert status == "fail" and "《价格违法行为行政处罚规定》第13条分项而未写明适用的项" in message, message


def test_a_basis_listed_bare_beside_its_item_for_one_act_stays_precise(make_pdf: Callable[..., Path]) -> None:
    violated = "当事人在标价之外收取未标明费用的行为，违反了《中华人民共和国价格法》第十三条第二款的规定。"
    basis = "依据《价格违法行为行政处罚规定》第十三条、第十三条第（三）项的规定，决定处罚如下：罚款2000元。"
    status, message = _status(make_pdf, violated, basis)
    assert status == "pass", message


def test_duty_articles_as_the_basis_of_a_decision_made_as_follows_fail(make_pdf: Callable[..., Path]) -> None:
    violated = "当事人虚标原价的行为，构成《价格违法行为行政处罚规定》第七条所列的价格违法行为。"
    basis = "依据《中华人民共和国价格法》第十四条第（四）项的规定，责令当事人立即改正，作出如下决定：罚款2000元。"
    status, message = _status(make_pdf, violated, basis)
    assert status == "fail" and "义务性条款" in message, message


def test_a_rules_own_weighing_article_alone_is_no_basis_of_the_penalty(make_pdf: Callable[..., Path]) -> None:
    basis = "根据《明码标价和禁止价格欺诈规定》第二十六条第一款的规定，责令当事人改正，决定对当事人作出如下行政处罚：罚款2000元。"
    status, message = _status(make_pdf, VIOLATED, basis)
    assert status == "fail" and "未引用处罚依据" in message, message


def test_a_weighing_rule_alone_is_no_basis_of_the_penalty(make_pdf: Callable[..., Path]) -> None:
    rule = "《嵩州省市场监督管理行政处罚裁量权适用规则》第十一条第（三）项"
    status, message = _status(make_pdf, VIOLATED, f"根据{rule}的规定，责令当事人改正，本局决定处罚如下：罚款2000元。")
    assert status == "fail" and "未引用处罚依据" in message, message
    basis = f"依据《价格违法行为行政处罚规定》第十三条第（一）项，参照{rule}的规定，决定处罚如下：罚款2000元。"
    status, message = _status(make_pdf, VIOLATED, basis)
    assert status == "pass", message


COLLUDED = "当事人与他人相互串通，操纵市场价格，违反了《中华人民共和国价格法》第十四条第（一）项的规定。"


@pytest.mark.parametrize(
    ("basis", "status"),
    [
        # 第五条第二款 imposes 第四条's penalty: 第四条 cited beside it applies whole, its 项 list other conduct
        ("依据《价格违法行为行政处罚规定》第五条第二款、第四条的规定，决定处罚如下：罚款2000元。", "pass"),
        # must not pass: 第四条 alone, or beside a 款 that refers to nothing, still lacks its 项
        ("依据《价格违法行为行政处罚规定》第四条的规定，决定处罚如下：罚款2000元。", "fail"),
        ("依据《价格违法行为行政处罚规定》第五条第一款、第四条的规定，决定处罚如下：罚款2000元。", "fail"),
    ],
)
def test_an_article_whose_penalty_a_cited_paragraph_imposes_needs_no_item(
    make_pdf: Callable[..., Path], basis: str, status: str
) -> None:
    got, message = _status(make_pdf, COLLUDED, basis)
    assert got == status, message


OVERCHARGED = "当事人高于政府定价收费，违反了《中华人民共和国价格法》第十二条的规定。"
_PRICED = "依据《中华人民共和国价格法》第三十九条、《价格违法行为行政处罚规定》第九条第（二）项"


@pytest.mark.parametrize(
    ("basis", "status"),
    [
        # the refund article kept as the basis of a confiscation: its 款 that confiscates must be named
        (f"{_PRICED}、第十六条的规定，决定处罚如下：没收违法所得3000元，罚款2000元。", "fail"),
        (f"{_PRICED}、第十六条第二款的规定，决定处罚如下：没收违法所得3000元，罚款2000元。", "pass"),
        # must not fail: cited only for the refund, the article is no basis and its precision is not judged
        (f"{_PRICED}的规定，决定处罚如下：罚款2000元。根据该规定第十六条，责令当事人退还多收的价款。", "pass"),
    ],
    ids=["bare article", "its paragraph", "refund only"],
)
def test_a_refund_article_kept_as_the_confiscations_basis_is_judged(
    make_pdf: Callable[..., Path], basis: str, status: str
) -> None:
    got, message = _status(make_pdf, OVERCHARGED, basis)
    assert got == status, message
    if status == "fail":
        assert "《价格违法行为行政处罚规定》第16条分款而未写明适用的款" in message, message


def _spared(make_pdf: Callable[..., Path], title: str, ground: str) -> str:
    lines = [
        f"# {title}",
        "嵩川市监不罚〔2024〕17号",
        *DECISION[2:5],
        "当事人的行为违反了《中华人民共和国价格法》第十三条第一款的规定，属于轻微违法行为免罚清单所列情形。",
        ground,
        "如不服本决定，可在六十日内向嵩川市人民政府申请行政复议，或者在六个月内向嵩川区人民法院提起行政诉讼。",
        *DECISION[-2:],
    ]
    _, draft = review([make_pdf("d.pdf", [lines])], Settings(), scope="decision")
    return next(f for f in draft.findings if f.check_id == "decision.basis_precise").status


def test_a_spared_decision_naming_no_penalty_article_passes(make_pdf: Callable[..., Path]) -> None:
    """A 不予 decision imposes nothing: its precise violated article and its ground to the 款 suffice."""
    ground = "依据《中华人民共和国行政处罚法》第三十三条第一款的规定，本局决定对当事人不予行政处罚。"
    assert _spared(make_pdf, "不予行政处罚决定书", ground) == "pass"


@pytest.mark.parametrize(
    ("title", "ground"),
    [
        # must not pass: the ground cited only to its article (第三十三条 has three 款)
        ("不予行政处罚决定书", "依据《中华人民共和国行政处罚法》第三十三条的规定，本局决定对当事人不予行政处罚。"),
        # must not pass: a penalty decision whose basis is missing is no spared decision
        ("行政处罚决定书", "依据《中华人民共和国行政处罚法》第三十三条第一款的规定，本局决定对当事人不予行政处罚。"),
    ],
)
def test_a_spared_decision_without_a_precise_ground_is_not_passed(
    make_pdf: Callable[..., Path], title: str, ground: str
) -> None:
    assert _spared(make_pdf, title, ground) != "pass"


_MARKED = "当事人的行为违反了《明码标价和禁止价格欺诈规定》第七条第一款的规定。"
_DECIDED_13 = "依据《价格违法行为行政处罚规定》第十三条第（二）项的规定，决定处罚如下：罚款2000元。"


def test_the_laws_range_paraphrased_before_a_precise_basis_stays_precise(make_pdf: Callable[..., Path]) -> None:
    """依照…第十三条，可以并处5000元以下的罚款: a sentence of the reasoning that tells what the article provides finds
    nothing of its own; the decision's basis sentence names the 项."""
    for told in (
        "依照《价格违法行为行政处罚规定》第十三条，可以并处5000元以下的罚款。",
        "根据《价格违法行为行政处罚规定》第十三条的规定，经营者不按规定明码标价的，处5000元以下的罚款。",
    ):
        status, message = _status(make_pdf, _MARKED, told + _DECIDED_13)
        assert status == "pass", message


@pytest.mark.parametrize(
    "basis",
    [
        # a bare basis sentence that imposes a penalty of its own (for another act) is a finding of its own
        "依据《价格违法行为行政处罚规定》第十三条，对当事人未标明规格的行为处以罚款1000元。" + _DECIDED_13,
        # the range paraphrased with no precise basis anywhere still lacks the 项
        (
            "依照《价格违法行为行政处罚规定》第十三条，可以并处5000元以下的罚款。"
            "依据《中华人民共和国价格法》第四十二条，决定处罚如下：罚款2000元。"
        ),
    ],
)
def test_a_bare_basis_that_decides_or_stands_alone_still_fails(make_pdf: Callable[..., Path], basis: str) -> None:
    status, message = _status(make_pdf, _MARKED, basis)
    assert status == "fail" and "分项而未写明适用的项" in message, message


def test_a_weighing_article_cited_for_mitigation_is_not_judged_for_its_part(make_pdf: Callable[..., Path]) -> None:
    # 明码标价和禁止价格欺诈规定 第二十六条 has two 款 (从轻/减轻, 不予); cited for 从轻 beside a precise basis it is
    # neither the violated provision nor the basis of the penalty (ruling 11 judges those two lists).
    violated = (
        "当事人的行为违反了《中华人民共和国价格法》第十三条第一款的规定。当事人及时改正，根据《明码标价和禁止价格欺诈规定》"
        "第二十六条、《中华人民共和国行政处罚法》第三十二条第（一）项的规定，予以从轻处罚。"
    )
    basis = "依据《价格违法行为行政处罚规定》第十三条第（一）项，决定处罚如下：罚款2000元。"
    status, message = _status(make_pdf, violated, basis)
    assert status == "pass", message
    # must not match: the weighing article spares only itself — a basis beside it that lacks its 项 still fails
    basis = "依据《价格违法行为行政处罚规定》第十三条，决定处罚如下：罚款2000元。"
    status, message = _status(make_pdf, violated, basis)
    assert status == "fail" and "第13条分项而未写明适用的项" in message, message
    assert "第26条" not in message, message


#: A government's measure narrated in the facts, with the article it was taken under (价格法 第三十条 has two 款).
_MEASURE = (
    "2024年1月5日，嵩川省人民政府办公厅印发《关于对蔬菜实施临时价格干预措施的通知》，依据《中华人民共和国价格法》"
    "第三十条的规定，对本省销售的蔬菜实行进销差价率管理。"
)
_CAPPED = "本局认为，当事人超过规定的差价率销售蔬菜，违反了《中华人民共和国价格法》第十二条的规定。"
_CAP_BASIS = (
    "依据《中华人民共和国价格法》第三十九条、《价格违法行为行政处罚规定》第十条第（二）项，决定处罚如下：罚款2000元。"
)


def test_a_ground_narrated_before_the_finding_is_no_basis_of_the_penalty(make_pdf: Callable[..., Path]) -> None:
    """Ruling 2: the basis is the sentence that imposes the penalty; a 依据 in the facts before the finding grounds
    another body's measure, and its precision is not the decision's."""
    status, message = _status(make_pdf, _MEASURE + _CAPPED, _CAP_BASIS)
    assert status == "pass", message


@pytest.mark.parametrize(
    ("violated", "basis", "said"),
    [
        # must not match: the same 依据 after the finding is read in its role, and still lacks its 款
        (_CAPPED + _MEASURE, _CAP_BASIS, "第30条分款而未写明适用的款"),
        # must not match: a bare 依据 before the finding that imposes a penalty of its own is a basis
        (
            "依据《价格违法行为行政处罚规定》第十条，本局对当事人处以罚款1000元。" + _CAPPED,
            _CAP_BASIS,
            "第10条分项而未写明适用的项",
        ),
    ],
    ids=["after the finding", "imposing"],
)
def test_a_bare_ground_after_the_finding_or_imposing_still_fails(
    make_pdf: Callable[..., Path], violated: str, basis: str, said: str
) -> None:
    status, message = _status(make_pdf, violated, basis)
    assert status == "fail" and said in message, message


def test_a_reduction_decided_with_no_provision_for_it_is_left_to_a_person(make_pdf: Callable[..., Path]) -> None:
    """减轻 with nothing cited for it: whether the fine is below the article's minimum is not read (ruling 78)."""
    basis = (
        "鉴于当事人已退还全部多收价款，本局决定对其减轻处罚。"
        "依据《价格违法行为行政处罚规定》第十三条第（一）项，决定处罚如下：罚款2000元。"
    )
    assert _status(make_pdf, VIOLATED, basis)[0] == "unknown"


@pytest.mark.parametrize(
    "reasoning",
    [
        # must not match: the party's request refused, and a 减轻 that names its provision
        "当事人请求减轻处罚，本局认为其不符合减轻处罚的条件。",
        "依照《中华人民共和国行政处罚法》第三十二条第（一）项的规定，对当事人减轻处罚。",
    ],
)
def test_a_reduction_only_asked_for_or_with_its_provision_stays_judged(
    make_pdf: Callable[..., Path], reasoning: str
) -> None:
    basis = reasoning + "依据《价格违法行为行政处罚规定》第十三条第（一）项，决定处罚如下：罚款2000元。"
    assert _status(make_pdf, VIOLATED, basis)[0] == "pass"


def _statuses(make_pdf: Callable[..., Path], added: list[str]) -> dict[str, str]:
    lines = [line for line in DECISION if line != BASIS]
    at = lines.index(next(line for line in lines if line.startswith("当事人应自收到")))
    lines[at:at] = added
    _, draft = review([make_pdf("d.pdf", [lines])], Settings(), scope="decision")
    return {f.check_id: f.status for f in draft.findings}


PROCEDURE = (
    "执法人员已依照《中华人民共和国行政处罚法》第五十一条、第五十二条的规定出示执法证件，告知当事人陈述、申辩的权利。"
)


def test_a_blank_basis_field_fails_whatever_procedure_is_cited(make_pdf: Callable[..., Path]) -> None:
    found = _statuses(make_pdf, ["处罚依据：＿＿＿＿＿＿＿＿", "处罚内容：罚款2000元。", PROCEDURE])
    assert found["decision.basis_precise"] == "fail" and found["decision.contents"] == "fail"


def test_a_filled_basis_field_is_no_blank(make_pdf: Callable[..., Path]) -> None:
    # must not match: the field filled in, the same procedure sentence beside it
    filled = "处罚依据：《价格违法行为行政处罚规定》第十三条第（一）项"
    found = _statuses(make_pdf, [filled, "处罚内容：罚款2000元。", PROCEDURE])
    assert found["decision.basis_precise"] != "fail"


def test_a_basis_field_filled_on_the_line_below_is_no_blank(make_pdf: Callable[..., Path]) -> None:
    # must not match: the label alone on its line, the provisions under it
    added = ["处罚依据：", "《价格违法行为行政处罚规定》第十三条第（一）项。", "处罚内容：罚款2000元。", PROCEDURE]
    assert _statuses(make_pdf, added)["decision.basis_precise"] != "fail"


def test_a_bare_basis_label_before_the_next_field_is_a_blank(make_pdf: Callable[..., Path]) -> None:
    found = _statuses(make_pdf, ["处罚依据：", "处罚内容：罚款2000元。", PROCEDURE])
    assert found["decision.basis_precise"] == "fail"

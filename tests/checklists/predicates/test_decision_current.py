"""decision.citation_current over decisions read alone: stale numbers, abolished bodies, the 2024 复议 body."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest

from reviewer.core.settings import Settings
from reviewer.pipeline.run import review
from tests.reviewer.pipeline.test_scope import DECISION

SURCHARGE = "逾期不缴纳罚款的，依据《中华人民共和国行政处罚法》第{n}条的规定，每日按罚款数额的百分之三加处罚款。"


def _status(make_pdf: Callable[..., Path], lines: list[str]) -> tuple[str, str]:
    _, draft = review([make_pdf("d.pdf", [lines])], Settings(), scope="decision")
    finding = next(f for f in draft.findings if f.check_id == "decision.citation_current")
    return finding.status, finding.message


@pytest.mark.parametrize(("article", "status"), [("五十一", "fail"), ("七十二", "pass")])
def test_surcharge_article(make_pdf: Callable[..., Path], article: str, status: str) -> None:
    lines = [*DECISION[:-2], SURCHARGE.format(n=article), *DECISION[-2:]]
    got, message = _status(make_pdf, lines)
    assert got == status, message
    if status == "fail":
        assert "第72条" in message


def test_review_at_the_superior_department_after_2024(make_pdf: Callable[..., Path]) -> None:
    lines = [line.replace("向嵩川市人民政府", "向嵩州市市场监督管理局") for line in DECISION]
    got, message = _status(make_pdf, lines)
    assert got == "fail" and "本级人民政府" in message
    older = [line.replace("2024", "2023") for line in lines]
    assert _status(make_pdf, older)[0] == "pass"


def test_abolished_body(make_pdf: Callable[..., Path]) -> None:
    lines = [line.replace("向嵩川市人民政府", "向嵩川市工商行政管理局") for line in DECISION]
    got, message = _status(make_pdf, lines)
    assert got == "fail" and "工商行政管理局" in message


# --- old numbers matched by subject, kept from today's subject of the same number -------------------------------


def _stale(sentence: str, day: str) -> list[str]:
    from checklists.predicates.decision_current import _stale_numbers, table
    from extractors.facts.decision_cited import cited_in
    from reviewer.core.facts import DecisionAlone

    return _stale_numbers(DecisionAlone(cited=cited_in(sentence)), dt.date.fromisoformat(day), table())


@pytest.mark.parametrize(
    ("sentence", "day", "new"),
    [
        # 行政处罚法 before 2021-07-15: 陈述申辩 32 → 45, 听证 42 → 63, 从轻减轻 27 → 32, 告知 31 → 44
        (
            "本局依据《中华人民共和国行政处罚法》第三十二条的规定，对当事人提出的陈述、申辩进行了复核。",
            "2024-05-06",
            45,
        ),
        ("根据《行政处罚法》第四十二条的规定，本局告知当事人有要求举行听证的权利。", "2022-09-01", 63),
        ("鉴于当事人及时整改，依据《行政处罚法》第二十七条第一款的规定，对其从轻处罚。", "2021-07-15", 32),
        ("根据《中华人民共和国行政处罚法》第三十一条的规定，本局向当事人告知了拟处罚的事实和理由。", "2023-02-01", 44),
        # 行政复议法 from 2024-01-01: the 60-day period 9 → 20, 不停止执行 21 → 42
        (
            "如不服本决定，可依据《中华人民共和国行政复议法》第九条，在六十日内向嵩川市人民政府申请行政复议。",
            "2024-01-02",
            20,
        ),
        ("依据《行政复议法》第二十一条的规定，复议期间本决定不停止执行。", "2024-06-30", 42),
        # 行政诉讼法 from 2015-05-01: the direct route 39 (three months) → 46
        ("当事人也可依据《中华人民共和国行政诉讼法》第三十九条，在三个月内向嵩川区人民法院起诉。", "2016-02-01", 46),
    ],
)
def test_old_numbers_cited_for_their_old_subject(sentence: str, day: str, new: int) -> None:
    stale = _stale(sentence, day)
    assert len(stale) == 1 and f"为第{new}条" in stale[0], stale


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # today's subject of the same number
        ("依据《中华人民共和国行政处罚法》第三十二条第（一）项的规定，对当事人从轻处罚。", "2024-05-06"),
        ("当事人在陈述中表示已主动消除危害后果，符合《行政处罚法》第三十二条第一项规定的情形。", "2024-05-06"),
        ("依据《行政处罚法》第四十二条，本案执法人员不少于两人，当事人未要求听证。", "2022-09-01"),
        ("依据《行政处罚法》第二十七条的规定，本局将涉嫌犯罪的线索移送司法机关，对其从轻部分另行处理。", "2022-09-01"),
        # the old number while it was in force
        ("鉴于当事人及时整改，依据《行政处罚法》第二十七条第一款的规定，对其从轻处罚。", "2021-07-14"),
        (
            "如不服本决定，可依据《中华人民共和国行政复议法》第九条，在六十日内向嵩川市人民政府申请行政复议。",
            "2023-12-29",
        ),
        ("当事人也可依据《中华人民共和国行政诉讼法》第三十九条，在三个月内向嵩川区人民法院起诉。", "2015-04-30"),
        # current numbers, and the old text named as history
        ("当事人可依据《中华人民共和国行政诉讼法》第四十六条，在六个月内向嵩川区人民法院起诉。", "2024-05-06"),
        ("修订前的《中华人民共和国行政处罚法》第三十二条规定了当事人的陈述、申辩权。", "2024-05-06"),
        # a number merely unusual for its sentence: no subject words, no finding
        ("依据《行政处罚法》第四十二条之规定，本局作出如下决定。", "2024-05-06"),
        ("根据《价格违法行为行政处罚规定》第三十二条，当事人提出了陈述、申辩。", "2024-05-06"),
    ],
)
def test_numbers_that_are_current_for_what_they_are_cited_for(sentence: str, day: str) -> None:
    assert _stale(sentence, day) == []


def test_old_hearing_article_fails_the_decision(make_pdf: Callable[..., Path]) -> None:
    hearing = "本局依据《中华人民共和国行政处罚法》第四十二条的规定告知当事人有要求举行听证的权利，当事人未要求听证。"
    lines = [*DECISION[:6], hearing, *DECISION[6:]]
    got, message = _status(make_pdf, lines)
    assert got == "fail" and "第63条" in message, message


def test_abolished_body_in_the_heading_when_the_signature_names_none(make_pdf: Callable[..., Path]) -> None:
    lines = ["嵩川市工商行政管理局", *[("（印章）" if line == "嵩川市市场监督管理局" else line) for line in DECISION]]
    got, message = _status(make_pdf, lines)
    assert got == "fail" and "工商行政管理局" in message, message
    current = ["嵩川市市场监督管理局", *lines[1:]]
    assert _status(make_pdf, current)[0] == "pass"


def test_the_subject_told_by_the_quoted_law_text() -> None:
    """What the article is cited for may stand only in the law text the decision quotes after it."""
    quoted = (
        "本局依据《中华人民共和国行政处罚法》第五十一条“到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款”的规定处理。"
    )
    assert len(_stale(quoted, "2023-06-01")) == 1
    current = "依据《中华人民共和国行政处罚法》第三十二条“当事人有下列情形之一，应当从轻或者减轻行政处罚”的规定，经复核当事人的陈述。"
    assert _stale(current, "2023-06-01") == []
    inside = "依据“《中华人民共和国行政处罚法》第五十一条”之外的规定，当事人陈述、申辩。"
    assert _stale(inside, "2023-06-01") == []  # a citation inside quoted text is no citation of the decision


# --- rules repealed, renumbered substantive law, price departments after the 2018 reform -------------------------

_VIOLATED = "当事人的行为违反了《中华人民共和国价格法》第十三条第一款的规定。"


def _case(found: str, violated: str, *, year: str = "2024") -> list[str]:
    """DECISION with the facts `found` (their dates are the conduct's) and the violation clause `violated`."""
    assert _VIOLATED in DECISION
    lines = [(violated if line == _VIOLATED else line.replace("2024", year)) for line in DECISION]
    lines.insert(lines.index(violated), found)
    return lines


@pytest.mark.parametrize(
    ("found", "violated", "status"),
    [
        # the old marking rule applied to conduct after its repeal on 2022-07-01
        (
            "经查，2023年5月6日，当事人销售茶叶未标示价格。",
            "当事人的行为违反了《关于商品和服务实行明码标价的规定》第七条的规定。",
            "fail",
        ),
        # conduct before the repeal may be judged by the old rule; the new rule's name is current
        (
            "经查，2022年3月6日，当事人销售茶叶未标示价格。",
            "当事人的行为违反了《关于商品和服务实行明码标价的规定》第七条的规定。",
            "pass",
        ),
        (
            "经查，2023年5月6日，当事人销售茶叶未标示价格。",
            "当事人的行为违反了《明码标价和禁止价格欺诈规定》第五条的规定。",
            "pass",
        ),
        # must not match: the old rule named only as history beside the one applied
        (
            "经查，2023年5月6日，当事人销售茶叶未标示价格。",
            "当事人的行为违反了《明码标价和禁止价格欺诈规定》第五条（原《关于商品和服务实行明码标价的规定》第七条）的规定。",
            "pass",
        ),
        # a second act dated wholly after the repeal: which act the old rule was cited for is a person's call
        # (ruling 81); one act that ran across the repeal may be judged by the old rule (rule 12)
        (
            "经查，2022年3月至2022年9月，当事人销售茶叶未标示价格。",
            "当事人的行为违反了《关于商品和服务实行明码标价的规定》第七条的规定。",
            "pass",
        ),
        (
            "经查，2022年3月至2022年9月，当事人销售茶叶未标示价格。",
            "当事人的行为违反了《明码标价和禁止价格欺诈规定》第五条的规定。",
            "pass",
        ),
        (
            "经查，当事人于2022年3月6日、2022年8月2日两次销售茶叶未标示价格。",
            "当事人的行为违反了《关于商品和服务实行明码标价的规定》第七条的规定。",
            "unknown",
        ),
        (
            "经查，当事人于2022年3月6日销售茶叶未标示价格，2022年5月至2022年8月再次销售未标示价格。",
            "当事人的行为违反了《关于商品和服务实行明码标价的规定》第七条的规定。",
            "pass",
        ),
        # the 有奖销售 rule repealed on 2020-12-01
        (
            "经查，2023年5月6日，当事人开展有奖销售未公示奖品信息。",
            "当事人的行为违反了《关于禁止有奖销售活动中不正当竞争行为的若干规定》第三条的规定。",
            "fail",
        ),
        (
            "经查，2020年6月6日，当事人开展有奖销售未公示奖品信息。",
            "当事人的行为违反了《关于禁止有奖销售活动中不正当竞争行为的若干规定》第三条的规定。",
            "pass",
        ),
    ],
)
def test_repealed_rules_stale_only_for_conduct_after_their_repeal(
    make_pdf: Callable[..., Path], found: str, violated: str, status: str
) -> None:
    got, message = _status(make_pdf, _case(found, violated))
    assert got == status, message


@pytest.mark.parametrize(
    ("year", "violated", "status"),
    [
        # a rule cited by a decision dated before it came into force (2020-12-01, 2022-07-01): it did not yet exist
        ("2016", "当事人的折价未标明基准，违反了《规范促销行为暂行规定》第二十一条第一款的规定。", "fail"),
        ("2021", "当事人的行为违反了《明码标价和禁止价格欺诈规定》第五条的规定。", "fail"),
        # must not match: the same rules cited once in force, or named as the rule to come
        ("2021", "当事人的折价未标明基准，违反了《规范促销行为暂行规定》第二十一条第一款的规定。", "pass"),
        ("2023", "当事人的行为违反了《明码标价和禁止价格欺诈规定》第五条的规定。", "pass"),
        (
            "2019",
            (
                "当事人的行为违反了《中华人民共和国价格法》第十三条第一款的规定，"
                "将于2020年12月1日施行的《规范促销行为暂行规定》第二十一条亦有规定。"
            ),
            "pass",
        ),
    ],
)
def test_a_rule_cited_before_it_came_into_force(
    make_pdf: Callable[..., Path], year: str, violated: str, status: str
) -> None:
    got, message = _status(make_pdf, _case("经查，当事人在店内以折扣方式促销。", violated, year=year))
    assert got == status, message
    if status == "fail":
        assert "尚未施行" in message


_EXPIRED = "经查，{date}，当事人在其超市货架上销售超过保质期的饼干12袋。"


@pytest.mark.parametrize(
    ("date", "violated", "status"),
    [
        # the 2009 number for forbidden food, for conduct after the 2015 revision took effect
        (
            "2023年5月6日",
            "当事人经营超过保质期的食品，违反了《中华人民共和国食品安全法》第二十八条第（八）项的规定。",
            "fail",
        ),
        # conduct that ran across 2015-10-01 may be judged by the old law; a second act wholly after it is a
        # person's call
        (
            "2015年8月至2015年11月",
            "当事人经营超过保质期的食品，违反了《中华人民共和国食品安全法》第二十八条第（八）项的规定。",
            "pass",
        ),
        (
            "2015年8月3日、2015年11月5日",
            "当事人经营超过保质期的食品，违反了《中华人民共和国食品安全法》第二十八条第（八）项的规定。",
            "unknown",
        ),
        # conduct before 2015-10-01 is judged by the old law; today's number is current
        (
            "2015年5月6日",
            "当事人经营超过保质期的食品，违反了《中华人民共和国食品安全法》第二十八条第（八）项的规定。",
            "pass",
        ),
        (
            "2023年5月6日",
            "当事人经营超过保质期的食品，违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。",
            "pass",
        ),
        # must not match: the old number named as history beside today's
        (
            "2023年5月6日",
            "当事人经营超过保质期的食品，违反了《中华人民共和国食品安全法》第三十四条第（十）项（修订前为第二十八条）的规定。",
            "pass",
        ),
    ],
)
def test_food_safety_law_numbers_before_2015_stale_for_later_conduct(
    make_pdf: Callable[..., Path], date: str, violated: str, status: str
) -> None:
    got, message = _status(make_pdf, _case(_EXPIRED.format(date=date), violated))
    assert got == status, message
    if status == "fail":
        assert "第34条" in message


def test_an_old_food_safety_number_for_its_subject_today_is_current() -> None:
    """第二十八条 cited for what it holds today (the making of national standards) is no stale number."""
    from checklists.predicates.decision_current import _cited_old, table
    from extractors.facts.decision_cited import cited_in
    from reviewer.core.facts import DecisionAlone

    today = "依照《中华人民共和国食品安全法》第二十八条，食品安全国家标准草案应经审评委员会审查。"
    stale = "当事人经营超过保质期的食品，违反了《中华人民共和国食品安全法》第二十八条的规定。"
    rows = table().conduct_renumbered
    assert _cited_old(DecisionAlone(cited=cited_in(today)), rows, None) == []
    assert _cited_old(DecisionAlone(cited=cited_in(stale)), rows, None) != []


@pytest.mark.parametrize(
    ("body", "year", "status"),
    [
        # the price bureau abolished by the 2018 reform, as 复议 body after the local reforms were done
        ("嵩川市物价局", "2023", "fail"),
        ("嵩川市人民政府或者嵩州市物价局", "2021", "fail"),
        # before 2019-04-01 it still existed
        ("嵩川市物价局", "2018", "pass"),
    ],
)
def test_price_bureau_as_the_review_body(make_pdf: Callable[..., Path], body: str, year: str, status: str) -> None:
    lines = [line.replace("向嵩川市人民政府", f"向{body}").replace("2024", year) for line in DECISION]
    got, message = _status(make_pdf, lines)
    assert got == status, message


def test_price_bodies_named_only_in_the_history_are_no_review_body(make_pdf: Callable[..., Path]) -> None:
    history = "本案线索由原嵩川市物价局移交；当事人的收费标准由嵩川市发展和改革委员会制定。"
    lines = [line.replace("2024", "2023") for line in DECISION]
    lines.insert(5, history)
    got, message = _status(make_pdf, lines)
    assert got == "pass", message


# --- the on-the-spot article, and revised numbers cited before the revision was in force ------------------------


@pytest.mark.parametrize(
    ("sentence", "day", "expected"),
    [
        # the pre-2021 简易程序 number after 2021-07-15 (第三十三条 is 不予处罚 today)
        (
            "按照《中华人民共和国行政处罚法》第三十三条的规定，对当事人当场作出如下处罚：罚款五十元。",
            "2022-03-01",
            "为第51条",
        ),
        ("本案适用《行政处罚法》第三十三条规定的简易程序，当场决定罚款一百元。", "2021-09-30", "为第51条"),
        # a number only the 2021 text has, in a decision dated before it was in force
        (
            "逾期不缴纳的，本局将依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项每日加处百分之三的罚款。",
            "2021-06-30",
            "尚未施行",
        ),
        # a number only the 2023 复议法 has, before 2024-01-01
        ("依据《中华人民共和国行政复议法》第六十二条，复议机关应在受理后六十日内作出决定。", "2023-11-20", "尚未施行"),
    ],
)
def test_numbers_not_in_force_on_the_decision_date(sentence: str, day: str, expected: str) -> None:
    stale = _stale(sentence, day)
    assert len(stale) == 1 and expected in stale[0], stale


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        # 第三十三条 for 当场 while it was the 简易程序 article
        ("按照《中华人民共和国行政处罚法》第三十三条的规定，对当事人当场作出如下处罚：罚款五十元。", "2021-07-14"),
        # 第三十三条 for today's subject in an on-the-spot sentence
        ("依据《中华人民共和国行政处罚法》第三十三条第一款，当场作出不予行政处罚决定。", "2023-04-01"),
        # the revised numbers once in force, and before it where the old text has the number too
        ("逾期不缴纳的，依据《中华人民共和国行政处罚法》第七十二条第一款第（一）项加处罚款。", "2021-07-15"),
        ("按照《中华人民共和国行政处罚法》第五十一条的规定，当场决定罚款五十元。", "2023-05-16"),
        ("依据《中华人民共和国行政复议法》第六十二条，复议机关应在受理后六十日内作出决定。", "2024-01-01"),
        # the revised text named as such, or another law's high article number
        ("修订后的《中华人民共和国行政处罚法》第七十二条将对加处罚款设定上限。", "2021-05-01"),
        ("依据《中华人民共和国食品安全法》第一百二十四条的规定，决定罚款五万元。", "2019-05-01"),
    ],
)
def test_numbers_in_force_on_the_decision_date(sentence: str, day: str) -> None:
    """Must not match: the number as it stood on the decision date, or the revised text named as such."""
    assert _stale(sentence, day) == []


@pytest.mark.parametrize(("year", "status"), [("2021", "pass"), ("2024", "unknown")])
def test_a_repealed_rule_with_undated_conduct_is_current_when_the_decision_predates_the_repeal(
    make_pdf: Callable[..., Path], year: str, status: str
) -> None:
    """The conduct came before the decision: a rule repealed (2022-07-01) after a 2021 decision was in force for it,
    dated or not; after the repeal, undated conduct leaves the question open."""
    found = "经查，当事人在店内标示“出厂价”，不能提供任何依据。"
    violated = "当事人的行为违反了《禁止价格欺诈行为的规定》第六条第（四）项的规定。"
    got, message = _status(make_pdf, _case(found, violated, year=year))
    assert got == status, message

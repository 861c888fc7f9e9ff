"""The procedure a decision reports: 告知书 given and served, statements made or waived, hearings held."""

from __future__ import annotations

import datetime as dt

from extractors.fields.procedure import form_headings, read_procedure

SERVED = (
    "本局于2023年11月2日向当事人送达《行政处罚告知书》（澄市监罚告〔2023〕0904058号），"
    "告知当事人依法享有陈述、申辩的权利。当事人在法定期限内未提出陈述、申辩意见，也未要求举行听证。"
)


def test_served_notice_and_rights_untouched() -> None:
    reading = read_procedure("经查……\n" + SERVED + "\n决定处罚如下：罚款100元。")
    assert reading.notice_mentioned and reading.statement_mentioned and reading.hearing_mentioned
    assert reading.notice_served is not None and reading.notice_served.value == dt.date(2023, 11, 2)
    assert not reading.statement_made and not reading.statement_waived and not reading.hearing_held


def test_form_headings_state_nothing() -> None:
    heading = "（当事人陈述、申辩情况，当事人陈述、申辩的采纳情况及理由；行政处罚告知、行政处罚听证告知情况，以及复核、听证过程及意见）"
    reading = read_procedure("经查……\n" + heading + "\n（案件性质、自由裁量的事实和理由）\n")
    assert form_headings(heading).strip() == ""
    assert not reading.notice_mentioned and not reading.statement_mentioned and not reading.hearing_mentioned


def test_a_refund_orders_notice_is_not_the_penalty_notice() -> None:
    text = "2023年11月3日，本局向当事人下达了《某局责令退款事先告知书》，责令当事人十日内退还。"
    reading = read_procedure(text)
    assert reading.notice_served is None and not reading.notice_mentioned


def test_waiver_and_statement_made() -> None:
    assert read_procedure("2026年01月07日本局送达了《行政处罚告知书》，当事人放弃陈述、申辩权。").statement_waived
    assert not read_procedure("当事人未提出陈述申辩，视为放弃陈述、申辩权利。").statement_waived
    made = read_procedure("当事人提出陈述、申辩意见：其系初次违法。本局经复核，不予采纳。")
    assert made.statement_made


def test_hearing_held_only_when_it_took_place() -> None:
    assert read_procedure("2024年5月6日，本局依法举行了听证，当事人到场。").hearing_held
    assert not read_procedure("告知当事人享有要求举行听证的权利，当事人未要求举行听证。").hearing_held


def test_quoted_law_on_hearings_is_no_hearing_held() -> None:
    text = (
        "根据《中华人民共和国行政处罚法》第六十三条“行政机关拟作出较大数额罚款的，应当告知当事人有要求听证的权利，"
        "当事人要求听证的，行政机关应当组织听证”的规定，我局已告知当事人有要求听证的权利，当事人未要求听证。"
    )
    assert not read_procedure(text).hearing_held
    assert read_procedure("2024年5月6日，本局依法组织了听证。").hearing_held

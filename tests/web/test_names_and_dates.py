"""What people read on the pages, in real Chromium: checks by their Chinese names on the review page and the
agreement view (codes only in a tooltip or the last column), dates as 年/月/日 in an English-language browser,
and a just-uploaded case in the list at once."""

from __future__ import annotations

import re

from checklists.standards import load_standard
from tests.web.conftest import ROOT, VIEWPORT, LiveServer, add_batch, add_drafted_case, shot, sign_in

CODE = re.compile(r"\b[a-z]+\.[a-z_0-9]+\b")


def test_review_page_names_every_check_in_chinese(page, live_server: LiveServer) -> None:
    case_id = add_drafted_case(live_server, "case-05-market-late.pdf")
    sign_in(page, live_server)
    page.goto(f"{live_server.url}/cases/{case_id}")
    page.locator(".finding").first.wait_for()
    names = {check.id: check.name for check in load_standard("henan-2022").checks}
    cards = page.locator(".finding").evaluate_all(
        """cards => cards.map(card => ({id: card.dataset.check, shown: card.querySelector('.check-name').textContent,
            title: card.querySelector('.check-name').title, head: card.querySelector('.head').innerText,
            item: (card.querySelector('.item-text') || {}).textContent || ''}))"""
    )
    assert {card["id"] for card in cards} == set(names)
    for card in cards:
        assert card["shown"] == names[card["id"]], card
        assert card["id"] in card["title"], "the code stays reachable as a tooltip"
        assert not CODE.search(card["head"]), f"a code shown as the name: {card['head']}"
        assert "依据" in card["item"], card
    notice = page.locator(".finding[data-check='deadline.service_7d']")
    assert "决定书送达期限（7日）" in notice.locator(".head").inner_text()

    notice.focus()
    page.keyboard.press("a")  # accept: the trail, rebuilt by the page's script, names the check
    page.locator("#trail li", has_text="决定书送达期限（7日）").wait_for()
    assert "deadline.service_7d" not in page.locator("#trail").inner_text()
    shot(page, "names-review")


def test_agreement_view_names_checks_and_keeps_codes_in_the_last_column(page, live_server: LiveServer) -> None:
    batch_id = add_batch(live_server, "名称检查批次")
    case_id = add_drafted_case(live_server, "case-01-market.pdf", batch_id=batch_id)
    sign_in(page, live_server)
    page.goto(f"{live_server.url}/cases/{case_id}")
    target = page.locator(".finding[data-status='pass'][data-veto='false']").first
    name = target.get_attribute("data-check-name")
    target.focus()
    page.keyboard.press("x")
    page.locator("#trail li", has_text=name).wait_for()

    page.goto(f"{live_server.url}/batches/{batch_id}/agreement")
    headers = page.locator("#agreement thead th").all_inner_texts()
    assert headers[0] == "评查项目" and headers[-1] == "检查项编号"
    rows = page.locator("#agreement tbody tr").evaluate_all(
        """rows => rows.map(row => ({id: row.dataset.check, cells: Array.from(row.cells).map(c => c.innerText)}))"""
    )
    names = {check.id: check.name for check in load_standard("henan-2022").checks}
    assert len(rows) == len(names)
    for row in rows:
        assert row["cells"][0] == names[row["id"]] and row["cells"][-1] == row["id"]
        assert not any(CODE.search(cell) for cell in row["cells"][:-1]), row
    assert rows[0]["cells"][0] == name, "the overridden check comes first"
    shot(page, "names-agreement")


def test_dates_read_nian_yue_ri_in_an_english_browser(browser, live_server: LiveServer) -> None:
    add_drafted_case(live_server, "case-03-simple.pdf")
    context = browser.new_context(viewport=VIEWPORT, locale="en-US")
    page = context.new_page()
    try:
        sign_in(page, live_server)
        field = page.get_by_label("结案日期自")
        assert field.get_attribute("type") in (None, "text") and field.get_attribute("placeholder") == "年/月/日"
        assert page.evaluate("document.documentElement.lang") == "zh-CN"
        field.fill("2020-1-5")
        page.get_by_label("至", exact=True).fill("2030/12/31")
        page.get_by_label("至", exact=True).press("Tab")
        assert field.input_value() == "2020年1月5日"
        page.get_by_role("button", name="筛选").click()
        page.wait_for_url("**period_from=*")
        assert page.get_by_label("结案日期自").input_value() == "2020年1月5日"
        assert page.get_by_label("至", exact=True).input_value() == "2030年12月31日"
        closing = page.locator("#cases tbody tr td:nth-child(4)").all_inner_texts()
        assert closing and all(re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", text) for text in closing), closing
        shot(page, "dates-en-us")
        page.goto(f"{live_server.url}/cases?period_from=2023-02-30")
        assert "不是有效日期" in page.get_by_role("alert").inner_text()
    finally:
        context.close()


def test_a_just_uploaded_case_shows_at_once_with_its_status(page, live_server: LiveServer) -> None:
    sign_in(page, live_server, "evaluator1")
    before = int(page.locator("#case-total").get_attribute("data-total"))
    page.evaluate("window.__sameDocument = true")
    page.set_input_files("#upload-files", str(ROOT / "samples" / "case-03-simple.pdf"))
    link = page.locator("#uploads li a")
    link.wait_for()
    case_id = link.get_attribute("href").rsplit("/", 1)[-1]
    row = page.locator(f"#cases tbody tr[data-case-id='{case_id}']")
    row.wait_for()
    assert row.locator(".status-text").inner_text() in ("排队中", "评查中")
    assert "未识别案号（case-03-simple.pdf）" in row.inner_text()
    assert page.locator("#case-total").inner_text() == f"共 {before + 1} 份案卷"
    assert page.evaluate("window.__sameDocument === true"), "the list must not wait for a reload"
    shot(page, "upload-at-once")

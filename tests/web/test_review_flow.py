"""The reviewer's whole path in real headless Chromium: sign in → upload a sample → a real `reviewer worker
--burst` drafts it → open it → evidence boxed on the page image → override two findings (keyboard and form)
→ sign off → download the 评查表 DOCX (checked as LibreOffice renders it) and the XLSX 整改台账."""

from __future__ import annotations

import re
import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pypdfium2 as pdfium
from docx import Document
from openpyxl import load_workbook

from tests.web.conftest import ROOT, LiveServer, shot, sign_in

SAMPLE = ROOT / "samples" / "case-01-market.pdf"


def _score(page) -> float:
    return float(page.locator("#score").inner_text())


def _upload_and_draft(page, live_server: LiveServer) -> str:
    page.set_input_files("#upload-files", str(SAMPLE))
    link = page.locator("#uploads li a")
    link.wait_for()
    shot(page, "02-uploaded")
    case_id = link.get_attribute("href").rsplit("/", 1)[-1]
    done = live_server.run_worker()
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return case_id


def _soffice_text(docx: Path, out: Path) -> str:
    """Convert with LibreOffice (as an evaluator's Word/WPS would open it) and read the PDF's text."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (soffice) missing: run scripts/install-system-deps.sh"
    subprocess.run(
        [
            soffice,
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{out / 'profile'}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    document = pdfium.PdfDocument(str(out / (docx.stem + ".pdf")))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in document)
    finally:
        document.close()


def test_sign_in_upload_review_override_sign_off_and_export(page, live_server: LiveServer, tmp_path: Path) -> None:
    page.goto(live_server.url + "/cases")
    assert "/login" in page.url
    page.get_by_label("用户名").fill("reviewer1")
    page.get_by_label("密码", exact=True).fill("wrong")
    page.get_by_role("button", name="登录").click()
    assert "用户名或密码错误" in page.locator("#login-error").inner_text()
    shot(page, "01-login-error")
    sign_in(page, live_server)

    case_id = _upload_and_draft(page, live_server)
    page.reload()
    row = page.locator(f"tr[data-case-id='{case_id}']")
    assert row.locator(".status-text").inner_text() == "待复核"
    row.get_by_role("link").click()
    page.locator(".finding").first.wait_for()
    shot(page, "03-review")

    # Evidence: pick a finding whose quote is a title on a page; its box must sit on that page's image.
    card = page.locator(".finding[data-check='docs.prior_notice']")
    card.click()
    mark = page.locator(".hl").first
    mark.wait_for()
    figure = page.locator("figure.page").filter(has=page.locator(".hl")).first
    evidence_page = int(figure.get_attribute("data-page"))
    assert f"第{evidence_page}页" in card.locator(".evidence").inner_text()
    box, frame = mark.bounding_box(), figure.bounding_box()
    assert frame["x"] <= box["x"] and box["x"] + box["width"] <= frame["x"] + frame["width"]
    assert frame["y"] <= box["y"] < frame["y"] + frame["height"] * 0.3  # a title sits near the top
    page.locator(f"#page-{evidence_page} img").evaluate("img => img.decode()")
    shot(page, "04-evidence")

    # Override 1 by keyboard: select a passing check, press x (fail with its full points).
    before = _score(page)
    passing = ".finding[data-status='pass'][data-veto='false']"  # a veto check would zero the score
    first_check = page.locator(passing).first.get_attribute("data-check")
    first = page.locator(f".finding[data-check='{first_check}']")
    first_points = float(first.get_attribute("data-points"))
    first.focus()
    page.keyboard.press("x")
    page.wait_for_function(f"document.querySelector('#score').textContent !== '{before:g}'")
    assert first.get_attribute("data-status") == "fail"
    assert _score(page) == before - min(first_points, before)

    # Override 2 by the form: a passing check set to fail with 1 point and a comment.
    second_check = page.locator(passing).first.get_attribute("data-check")
    second = page.locator(f".finding[data-check='{second_check}']")
    second.get_by_label("结论").select_option("fail")
    second.get_by_label("扣分").fill("1")
    second.get_by_label("说明").fill("送达回证未载明送达方式")
    after_first = _score(page)
    second.get_by_role("button", name="保存").click()
    page.wait_for_function(f"document.querySelector('#score').textContent !== '{after_first:g}'")
    corrected = _score(page)
    assert corrected == after_first - 1
    trail = page.locator("#trail li")
    assert trail.count() == 2 and "送达回证未载明送达方式" in trail.first.inner_text()
    shot(page, "05-overridden")

    # j/k move the selection in page order; a accepts the machine's call (recorded, score unchanged).
    order = page.locator(".finding").evaluate_all("cards => cards.map(c => c.dataset.check)")
    third_check = page.locator(".finding[data-status='not_applicable']").first.get_attribute("data-check")
    page.locator(f".finding[data-check='{third_check}']").focus()
    page.keyboard.press("j")
    assert page.locator(".finding.selected").get_attribute("data-check") == order[order.index(third_check) + 1]
    page.keyboard.press("k")
    assert page.locator(".finding.selected").get_attribute("data-check") == third_check
    page.keyboard.press("a")
    page.locator("#trail li", has_text="确认机器预评").wait_for()
    assert _score(page) == corrected and page.locator("#trail li").count() == 3

    # Sign off: confirm, then everything is locked (and the server refuses a late keyboard change).
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="签字确认").click()
    page.locator("#locked").wait_for()
    assert f"{corrected:g}" in page.locator("#locked").inner_text()
    assert page.locator(".finding select").first.is_disabled()
    page.reload()
    assert "评查结果已锁定" in page.locator("#locked").inner_text()
    assert page.get_by_role("button", name="签字确认").is_disabled()
    shot(page, "06-signed")

    # Exports: the 评查表 shows the corrected score as LibreOffice renders it; the ledger lists both overrides.
    with page.expect_download() as info:
        page.locator("#export-docx").click()
    docx_path = tmp_path / "review.docx"
    info.value.save_as(docx_path)
    paragraphs = "\n".join(p.text for p in Document(str(docx_path)).paragraphs)
    assert f"总得分：{corrected:g} 分" in paragraphs
    rendered = _soffice_text(docx_path, tmp_path)
    assert re.search(rf"总得分：\s*{re.escape(f'{corrected:g}')}\s*分", rendered), rendered[-800:]

    with page.expect_download() as info:
        page.locator("#export-ledger").click()
    sheet = load_workbook(BytesIO(Path(info.value.path()).read_bytes())).active
    problems = [row[1] for row in sheet.iter_rows(min_row=4, values_only=True) if row[0] is not None]
    remarks = " ".join(str(row[7]) for row in sheet.iter_rows(min_row=4, values_only=True) if row[0] is not None)
    assert first.get_attribute("data-check-name") in remarks and second.get_attribute("data-check-name") in remarks
    assert first_check not in remarks  # the ledger names the check in Chinese, not by its code
    assert any("送达回证未载明送达方式" in text for text in problems)

    with page.expect_download() as info:
        page.locator("#export-letter").click()
    letter = "\n".join(p.text for p in Document(BytesIO(Path(info.value.path()).read_bytes())).paragraphs)
    assert "行政执法监督意见书" in letter and "一是" in letter and "二是" in letter and "30日内" in letter


def test_upload_errors_live_progress_and_outline(page, live_server: LiveServer) -> None:
    sign_in(page, live_server, "evaluator1")
    page.set_input_files(
        "#upload-files",
        [
            {"name": "空文件.pdf", "mimeType": "application/pdf", "buffer": b""},
            {"name": "说明.txt", "mimeType": "text/plain", "buffer": "不是案卷".encode()},
        ],
    )
    errors = page.locator("#uploads .upload-state.error")
    errors.nth(1).wait_for()
    texts = sorted(errors.all_inner_texts())
    assert any("为空" in text and "空文件.pdf" in text for text in texts)
    assert any("无法识别文件" in text and "说明.txt" in text for text in texts)
    shot(page, "07-upload-errors")

    page.set_input_files("#upload-files", str(ROOT / "samples" / "case-03-simple.pdf"))
    page.wait_for_load_state()
    page.locator("tr[data-status='queued']").first.wait_for()  # the list reloaded with the new case queued
    case_id = page.locator("tr[data-status='queued']").first.get_attribute("data-case-id")
    row = page.locator(f"tr[data-case-id='{case_id}']")  # by id: its data-status changes as it progresses
    page.evaluate("window.__sameDocument = true")
    worker = subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "reviewer"), "worker", "--burst"],
        cwd=ROOT,
        env=live_server.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        row.locator(".status-text", has_text="待复核").wait_for(timeout=180_000)
    finally:
        worker.wait(timeout=240)
    assert page.evaluate("window.__sameDocument === true"), "progress must update without reloading the page"
    assert row.locator(".score").inner_text() != "—"
    shot(page, "08-live-progress")

    row.get_by_role("link").click()
    page.locator(".finding").first.wait_for()
    decision = page.locator(".outline a", has_text="决定书").first
    target = int(decision.get_attribute("data-page"))
    decision.click()
    page.wait_for_function(f"""() => {{
        const viewer = document.getElementById('viewer'), figure = document.getElementById('page-{target}');
        return Math.abs(figure.getBoundingClientRect().top - viewer.getBoundingClientRect().top) < 40; }}""")
    assert page.locator(".finding select").count() == 0, "an evaluator sees the review but cannot correct it"

"""The reviewer pages' server side through the real app (create_app on a migrated SQLite database, real Redis
queue): sign-in and CSRF, roles and agency scope, upload errors, corrections with recomputed scores, sign-off
locking, exports and the agreement view."""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from reviewer.pipeline.run import review
from reviewer.store import (
    Finding,
    accept_upload,
    create_api_key,
    create_batch,
    create_user,
    ensure_agency,
    get_case,
    revoke_api_key,
    save_draft,
    save_layout,
)

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
PASSWORD = "pw-评查-123"


@dataclass
class World:
    app: Any
    settings: Any

    def client(self, username: str | None = None) -> TestClient:
        client = TestClient(self.app)
        if username:
            token = csrf_of(client.get("/login").text)
            answer = client.post(
                "/login", data={"csrf_token": token, "username": username, "password": PASSWORD}, follow_redirects=False
            )
            assert answer.status_code == 303, answer.text[:300]
            client.headers["X-CSRF-Token"] = token
        return client

    def drafted(
        self,
        sample: str = "case-04-market-missing-docs.pdf",
        agency: str = "scmsa",
        batch_id: str | None = None,
        keep_layout: bool = False,
        settings: Any = None,
    ) -> str:
        """A reviewed case; with `keep_layout` its pages are stored with the run, as the worker does; `settings`
        replace the world's for the review."""
        with self.app.state.database.session() as session:
            case = accept_upload(
                session,
                self.app.state.blobs,
                [(sample, (SAMPLES / sample).read_bytes())],
                agency_code=agency,
                uploaded_by="test",
                batch_id=batch_id,
            )
            case_id = case.id
        case_file, draft = review([SAMPLES / sample], settings or self.settings, case_id=case_id)
        layout = save_layout(self.app.state.blobs, case_file.pages) if keep_layout else None
        with self.app.state.database.session() as session:
            save_draft(session, case_id, draft, layout_sha256=layout)
            get_case(session, case_id).status = "drafted"
        return case_id


def csrf_of(html: str) -> str:
    return re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)


@pytest.fixture
def world(sqlite_service_settings, redis_url: str) -> Iterator[World]:
    import redis

    from api.app import create_app

    settings = sqlite_service_settings.model_copy(
        update={"secret_key": secrets.token_urlsafe(32), "queue_name": f"web-routes-{secrets.token_hex(6)}"}
    )
    app = create_app(settings)
    with app.state.database.session() as session:
        ensure_agency(session, "scmsa", "嵩川市市场监督管理局")
        ensure_agency(session, "scepb", "嵩川市生态环境局")
        create_user(session, username="rev", password=PASSWORD, role="reviewer", agency_code="scmsa")
        create_user(session, username="eva", password=PASSWORD, role="evaluator", agency_code="scmsa")
        create_user(session, username="other", password=PASSWORD, role="reviewer", agency_code="scepb")
        create_user(session, username="boss", password=PASSWORD, role="admin")
    yield World(app, settings)
    connection = redis.Redis.from_url(redis_url)
    for key in connection.scan_iter(f"rq:*{settings.queue_name}*"):
        connection.delete(key)


def _findings(html: str) -> list[dict[str, str]]:
    pattern = r'data-id="(\d+)" data-version="(\d+)" data-status="(\w+)" data-deducted="([\d.]+)"\s+data-points="([\d.]+)" data-check="([^"]+)" data-check-name="([^"]+)"'
    return [
        dict(zip(("id", "version", "status", "deducted", "points", "check", "name"), m, strict=False))
        for m in re.findall(pattern, html)
    ]


def test_pages_need_sign_in_and_json_answers_401(world: World) -> None:
    client = world.client()
    answer = client.get("/cases?status=drafted", follow_redirects=False)
    assert answer.status_code == 303 and answer.headers["location"] == "/login?next=/cases%3Fstatus%3Ddrafted"
    answer = client.get("/web/cases/progress?ids=x")
    assert answer.status_code == 401 and answer.json()["error"]["message"] == "登录已失效，请重新登录。"


def test_sign_in_checks_csrf_password_and_keys(world: World) -> None:
    client = world.client()
    token = csrf_of(client.get("/login").text)
    assert (
        client.post("/login", data={"csrf_token": "forged", "username": "rev", "password": PASSWORD}).status_code == 403
    )
    wrong = client.post("/login", data={"csrf_token": token, "username": "rev", "password": "nope"})
    assert wrong.status_code == 401 and "用户名或密码错误" in wrong.text
    bounced = client.post(
        "/login",
        data={"csrf_token": token, "username": "rev", "password": PASSWORD, "next": "//evil.example/x"},
        follow_redirects=False,
    )
    assert bounced.headers["location"] == "/cases"
    assert "rev（复核人）" in client.get("/cases").text
    assert client.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303
    assert client.get("/cases", follow_redirects=False).status_code == 303

    with world.app.state.database.session() as session:
        plain, key = create_api_key(session, role="system", agency_code="scmsa", name="督察平台")
    keyed = world.client()
    token = csrf_of(keyed.get("/login").text)
    assert keyed.post("/login", data={"csrf_token": token, "api_key": plain}, follow_redirects=False).status_code == 303
    assert "督察平台（系统接口）" in keyed.get("/cases").text
    with world.app.state.database.session() as session:
        revoke_api_key(session, key.prefix)
    assert keyed.get("/cases", follow_redirects=False).status_code == 303  # a revoked key's session ends too


def test_correction_recomputes_score_and_refuses_stale_and_forged_writes(world: World) -> None:
    case_id = world.drafted()
    client = world.client("rev")
    page = client.get(f"/cases/{case_id}").text
    score = float(re.search(r'<span class="score" id="score">([\d.]+)</span>', page).group(1))
    target = next(f for f in _findings(page) if f["status"] == "pass" and float(f["points"]) < 100)
    url = f"/web/cases/{case_id}/findings/{target['id']}"
    change = {"expected_version": int(target["version"]), "status": "fail", "deducted": 1.5, "comment": "证据不足"}
    assert client.post(url, json=change, headers={"X-CSRF-Token": "forged"}).status_code == 403
    answer = client.post(url, json=change).json()
    assert answer["score"] == score - 1.5 and answer["finding"]["corrected"] is True
    assert answer["corrections"][0]["comment"] == "证据不足" and answer["corrections"][0]["new_status_text"] == "扣分"
    stale = client.post(url, json=change)
    assert stale.status_code == 412 and "他人修改" in stale.json()["error"]["message"]
    assert "机器预评：符合，扣 0 分" in client.get(f"/cases/{case_id}").text

    assert client.post(f"/web/cases/{case_id}/signoff").json()["signoff"]["score"] == score - 1.5
    change["expected_version"] = answer["finding"]["version"]
    locked = client.post(url, json=change)
    assert locked.status_code == 409
    assert "评查结果已锁定" in client.get(f"/cases/{case_id}").text


def test_roles_and_agency_scope(world: World) -> None:
    case_id = world.drafted()
    evaluator = world.client("eva")
    page = evaluator.get(f"/cases/{case_id}").text
    assert 'name="status"' not in page and "签字确认" not in page
    finding = _findings(page)[0]
    refused = evaluator.post(
        f"/web/cases/{case_id}/findings/{finding['id']}", json={"expected_version": 1, "status": "pass"}
    )
    assert refused.status_code == 403 and refused.json()["error"]["message"] == "当前账号无权修改评查结果。"
    assert evaluator.post(f"/web/cases/{case_id}/signoff").status_code == 403

    with world.app.state.database.session() as session:  # a message quoting a phone number (personal data)
        session.get(Finding, int(finding["id"])).message = "联系电话13812345678未核实"
    assert "13812345678" not in evaluator.get(f"/cases/{case_id}").text
    assert "13812345678" in world.client("rev").get(f"/cases/{case_id}").text

    stranger = world.client("other")
    assert stranger.get(f"/cases/{case_id}").status_code == 404
    assert stranger.get(f"/web/cases/{case_id}/pages/1.png").status_code == 404
    assert stranger.get(f"/cases/{case_id}/export/review.docx").status_code == 404
    assert stranger.get(f"/web/cases/progress?ids={case_id}").json() == {"cases": []}
    assert case_id not in stranger.get("/cases").text


def test_list_filters_search_and_progress(world: World) -> None:
    drafted = world.drafted()
    client = world.client("boss")
    with world.app.state.database.session() as session:
        queued = accept_upload(
            session,
            world.app.state.blobs,
            [("x.pdf", (SAMPLES / "case-03-simple.pdf").read_bytes())],
            agency_code="scepb",
            uploaded_by="t",
        ).id
    everything = client.get("/cases?q=&agency=&status=&grade=&period_from=&period_to=").text  # the form, all 全部
    assert drafted in everything and queued in everything
    agency_b = re.search(r'<option value="(\d+)" >嵩川市生态环境局</option>', everything).group(1)
    only_b = client.get(f"/cases?agency={agency_b}").text
    assert queued in only_b and drafted not in only_b
    closed = dt.date(2023, 6, 1)  # this sample lacks its 结案报告, so the date is one an evaluator typed in
    with world.app.state.database.session() as session:
        get_case(session, drafted).closing_date = closed
    assert drafted in client.get(f"/cases?period_from={closed}&period_to={closed}").text
    assert drafted not in client.get(f"/cases?period_from={closed.replace(year=closed.year + 1)}").text
    only_queued = client.get("/cases?status=queued").text
    assert queued in only_queued and drafted not in only_queued
    party = get_party(world, drafted)
    assert drafted in client.get("/cases", params={"q": party[:4]}).text
    assert queued not in client.get("/cases", params={"q": party[:4]}).text
    progress = client.get(f"/web/cases/progress?ids={queued},{drafted}").json()["cases"]
    assert [(c["id"], c["status_text"]) for c in progress] == [(queued, "排队中"), (drafted, "待复核")]


def get_party(world: World, case_id: str) -> str:
    with world.app.state.database.session() as session:
        party = get_case(session, case_id).party
    assert party is not None
    return party


def test_upload_errors_are_clear_and_a_good_file_is_queued(world: World, redis_url: str) -> None:
    import redis

    client = world.client("rev")
    empty = client.post("/web/upload", files={"files": ("空.pdf", b"", "application/pdf")})
    assert empty.status_code == 400 and "为空" in empty.json()["error"]["message"]
    text = client.post("/web/upload", files={"files": ("notes.txt", b"just text", "text/plain")})
    assert text.status_code == 415 and "无法识别文件" in text.json()["error"]["message"]
    lying = client.post("/web/upload", files={"files": ("scan.pdf", b"PK\x03\x04rest", "application/pdf")})
    assert (lying.status_code >= 400 and "扩展名" in lying.json()["error"]["message"]) or "无法" in lying.json()[
        "error"
    ]["message"]
    forged = client.post(
        "/web/upload", files={"files": ("a.pdf", b"%PDF-1.4", "application/pdf")}, headers={"X-CSRF-Token": "x"}
    )
    assert forged.status_code == 403
    good = client.post(
        "/web/upload",
        files={"files": ("case-01-market.pdf", (SAMPLES / "case-01-market.pdf").read_bytes(), "application/pdf")},
    )
    body = good.json()
    assert good.status_code == 200 and body["queued"] is True and body["case"]["status"] == "queued"
    jobs = redis.Redis.from_url(redis_url).lrange(f"rq:queue:{world.settings.queue_name}", 0, -1)
    assert any(body["case"]["id"].encode() in job for job in jobs)


def test_admin_upload_must_name_an_agency(world: World) -> None:
    client = world.client("boss")
    pdf = (SAMPLES / "case-03-simple.pdf").read_bytes()
    missing = client.post("/web/upload", files={"files": ("a.pdf", pdf, "application/pdf")})
    assert missing.status_code == 422 and "执法单位" in missing.json()["error"]["message"]
    scoped = world.client("eva")
    refused = scoped.post("/web/upload", data={"agency": "scepb"}, files={"files": ("a.pdf", pdf, "application/pdf")})
    assert refused.status_code == 403


def test_page_images_and_evidence_boxes(world: World) -> None:
    case_id = world.drafted("case-01-market.pdf")
    client = world.client("rev")
    image = client.get(f"/web/cases/{case_id}/pages/1.png?w=500")
    assert image.status_code == 200 and image.content[:8] == b"\x89PNG\r\n\x1a\n"
    assert client.get(f"/web/cases/{case_id}/pages/99.png").status_code == 404
    finding = next(f for f in _findings(client.get(f"/cases/{case_id}").text) if f["check"] == "docs.prior_notice")
    evidence = client.get(f"/web/cases/{case_id}/findings/{finding['id']}/evidence").json()["evidence"]
    assert evidence and all(item["boxes"] for item in evidence)
    assert 0 < evidence[0]["boxes"][0]["top"] < 0.3


def test_a_stored_layout_spares_reading_the_files_again(world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the run's layout stored, evidence boxes and page images need no reader and no OCR: only drawing."""
    import api.web.pages_render as pages_render

    case_id = world.drafted("case-01-market.pdf", keep_layout=True)

    def no_reading(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("the case's files were read again although the run kept its layout")

    monkeypatch.setattr(pages_render, "read_pages", no_reading)
    monkeypatch.setattr(pages_render, "read_pdf_pages", no_reading)
    client = world.client("rev")
    finding = next(f for f in _findings(client.get(f"/cases/{case_id}").text) if f["check"] == "docs.prior_notice")
    evidence = client.get(f"/web/cases/{case_id}/findings/{finding['id']}/evidence")
    assert evidence.status_code == 200, evidence.text[:300]
    items = evidence.json()["evidence"]
    assert items and all(item["boxes"] for item in items) and 0 < items[0]["boxes"][0]["top"] < 0.3
    image = client.get(f"/web/cases/{case_id}/pages/{items[0]['page']}.png?w=500")
    assert image.status_code == 200 and image.content[:8] == b"\x89PNG\r\n\x1a\n"


def test_agreement_view_counts_overrides_per_check(world: World) -> None:
    with world.app.state.database.session() as session:
        batch_id = create_batch(session, name="2023年第四季度抽查", created_by="boss").id
    first, _second = world.drafted(batch_id=batch_id), world.drafted("case-05-market-late.pdf", batch_id=batch_id)
    client = world.client("rev")
    target = next(
        f for f in _findings(client.get(f"/cases/{first}").text) if f["status"] == "pass" and float(f["points"]) < 100
    )
    score_after = client.post(
        f"/web/cases/{first}/findings/{target['id']}",
        json={"expected_version": int(target["version"]), "status": "fail", "deducted": 1},
    ).json()["score"]
    page = client.get(f"/batches/{batch_id}/agreement").text
    row = re.search(rf'<tr data-check="{re.escape(target["check"])}">(.*?)</tr>', page, re.S).group(1)
    assert '<td class="overridden">1</td>' in row and '<td class="rate">50%</td>' in row and "符合→扣分 ×1" in row
    assert f'<td class="check-name">{target["name"]}</td>' in row
    assert page.index(target["check"]) < page.index("docs.prior_notice")  # most overridden first
    assert "本批次 2 份案卷，已预审 2 份" in page
    ledger = client.get(f"/batches/{batch_id}/export/rectification.xlsx")
    rows = list(load_workbook(BytesIO(ledger.content)).active.iter_rows(min_row=4, values_only=True))
    assert any(target["name"] in str(r[7]) for r in rows)
    summary = load_workbook(BytesIO(client.get(f"/batches/{batch_id}/export/summary.xlsx").content))
    rows = list(summary["汇总表"].iter_rows(min_row=2, values_only=True))
    assert len(rows) == 2 and {r[5] for r in rows} >= {score_after}
    assert summary["排名"]["B2"].value == "嵩川市市场监督管理局"
    listing = client.get("/batches").text
    assert "2023年第四季度抽查" in listing and "2/2 · 待复核 2" in listing and "refresh.js" not in listing
    with world.app.state.database.session() as session:
        accept_upload(
            session,
            world.app.state.blobs,
            [("c.pdf", (SAMPLES / "case-03-simple.pdf").read_bytes())],
            agency_code="scmsa",
            uploaded_by="t",
            batch_id=batch_id,
        )
    listing = client.get("/batches").text
    assert "2/3 · 排队中 1 · 待复核 2" in listing and "refresh.js" in listing  # live while work is queued


def test_errors_on_pages_are_chinese_html_and_json_under_web(world: World) -> None:
    client = world.client("rev")
    missing = client.get("/no-such-page")
    assert missing.status_code == 404 and missing.headers["content-type"].startswith("text/html")
    assert "找不到页面" in missing.text
    case_id = world.drafted()
    with world.app.state.database.session() as session:
        queued = accept_upload(
            session,
            world.app.state.blobs,
            [("q.pdf", (SAMPLES / "case-03-simple.pdf").read_bytes())],
            agency_code="scmsa",
            uploaded_by="t",
        ).id
    early = client.get(f"/cases/{queued}/export/review.docx")
    assert early.status_code == 409 and "尚未完成预审" in early.text and "<html" in early.text
    assert "自动打开评查结果" in client.get(f"/cases/{queued}").text  # the waiting page polls, then opens it
    json_error = client.get(f"/web/cases/{case_id}/pages/0.png")
    assert json_error.status_code == 404 and json_error.json()["error"]["code"] == "page_not_found"


def test_the_review_page_states_the_provisional_grade_and_lists_open_items_first(world: World) -> None:
    case_id = world.drafted("case-01-market.pdf")
    client = world.client("rev")
    page = client.get(f"/cases/{case_id}").text
    assert '<strong id="grade">待定</strong>' in page
    note = re.search(r'<p class="provisional" id="provisional" >([^<]+)</p>', page)
    assert note is not None and note.group(1).startswith("预评等级：优秀（仅在待核查的 2 项")
    assert "并非评定等级" in note.group(1)
    statuses = [f["status"] for f in _findings(page)]
    assert statuses[: statuses.count("unknown")] == ["unknown"] * statuses.count("unknown")
    for finding in [f for f in _findings(page) if f["status"] == "unknown"]:
        change = {"expected_version": int(finding["version"]), "status": "pass", "deducted": 0}
        answer = client.post(f"/web/cases/{case_id}/findings/{finding['id']}", json=change).json()
    assert answer["grade"] == "优秀" and answer["provisional"] == ""
    assert 'id="provisional" hidden' in client.get(f"/cases/{case_id}").text


def test_the_review_page_says_how_each_scanned_page_was_read(world: World) -> None:
    case_id = world.drafted("scans/case-03-simple-scan.pdf")
    page = world.client("rev").get(f"/cases/{case_id}").text
    captions = re.findall(r'<figcaption class="number">(.*?)</figcaption>', page)
    assert len(captions) == 4 and all("扫描件，OCR 置信度" in caption for caption in captions)
    assert "见红色印章" in captions[0] and "见红色印章" not in captions[2]
    assert "已转正 270°" in captions[1] and "已转正" not in captions[0]
    assert 'class="scan low"' not in page  # the committed scan reads above the bar on every page


def test_the_review_page_marks_lines_read_below_the_bar_and_the_findings_resting_on_them(world: World) -> None:
    """Under a strict REVIEWER_OCR_LOW_CONFIDENCE the committed scan has lines below the bar: they are outlined
    on their page and listed under it, and a finding quoting one says so (and is left to the evaluator)."""
    bar = 0.995
    strict = world.settings.model_copy(update={"ocr_low_confidence": bar})
    case_id = world.drafted("scans/case-03-simple-scan.pdf", settings=strict)
    client = world.client("rev")
    html = client.get(f"/cases/{case_id}").text
    draft = client.get(f"/api/v1/cases/{case_id}/draft").json()
    low = {scan["page"]: scan["low_lines"] for scan in draft["scans"] if scan["low_lines"]}
    assert low and all(line["confidence"] < bar for lines in low.values() for line in lines)
    for page, lines in low.items():
        figure = re.search(rf'<figure class="page" id="page-{page}".*?</figure>', html, re.S).group(0)
        assert figure.count('class="ocr-low"') == sum(1 for line in lines if line["box"])
        listed = re.search(rf'<details class="ocr-low-lines" id="low-lines-{page}">(.*?)</details>', html, re.S)
        assert listed and f"有 {len(lines)} 行识别置信度低于 99.5%" in listed.group(1)
        assert all(line["text"] in listed.group(1) for line in lines)
    resting = [f for f in draft["findings"] if f["ocr_note"]]
    assert resting and all(any(e["ocr_confidence"] < bar for e in f["evidence"]) for f in resting)
    assert all(f["check_id"] in draft["needs_review"] for f in resting)
    notes = re.findall(r'<p class="ocr-note" role="note">([^<]+)</p>', html)
    assert len(notes) == len(resting) and all("识别置信度偏低" in note for note in notes)
    assert html.count('class="ocr-low-evidence"') >= len(resting)


def test_upload_page_offers_the_decision_scope(world: World) -> None:
    client = world.client("rev")
    assert 'id="upload-scope"' in client.get("/cases").text
    pdf = (SAMPLES / "case-03-simple.pdf").read_bytes()
    sent = client.post("/web/upload", files={"files": ("d.pdf", pdf, "application/pdf")}, data={"scope": "decision"})
    assert sent.status_code == 200, sent.text
    with world.app.state.database.session() as session:
        assert get_case(session, sent.json()["case"]["id"]).standard_id == "decision-2021"
    wrong = client.post("/web/upload", files={"files": ("d.pdf", pdf, "application/pdf")}, data={"scope": "letters"})
    assert wrong.status_code == 422

"""/api/v1/registers: administrators import register versions, list and read them; bad rows refused with reasons."""

from __future__ import annotations

from pathlib import Path

from tests.api.conftest import World

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def _upload(world: World, who: str, name: str, data: bytes, **form: str):
    return world.client.post(
        "/api/v1/registers", files=[("file", (name, data, "text/csv"))], data=form, headers=world.headers(who)
    )


def test_import_list_and_show_versions(world: World) -> None:
    bodies = (SAMPLES / "registers" / "bodies.csv").read_bytes()
    first = _upload(world, "admin", "bodies.csv", bodies, note="首版")
    assert first.status_code == 201, first.text
    assert first.json()["kind"] == "bodies" and first.json()["rows"] == 4 and first.json()["current"] is True
    second = _upload(world, "admin", "bodies.csv", bodies, kind="bodies")
    assert second.status_code == 201
    certificates = (SAMPLES / "registers" / "certificates.csv").read_bytes()
    assert _upload(world, "admin", "证件.csv", certificates).json()["kind"] == "certificates"
    listed = world.client.get("/api/v1/registers?kind=bodies", headers=world.headers("admin")).json()
    assert [(v["id"], v["current"]) for v in listed] == [(second.json()["id"], True), (first.json()["id"], False)]
    old = world.client.get(f"/api/v1/registers/{first.json()['id']}?search=生态", headers=world.headers("admin")).json()
    assert old["note"] == "首版" and old["total"] == 1 and old["entries"][0]["name"] == "嵩川市生态环境局"
    missing = world.client.get("/api/v1/registers/999999", headers=world.headers("admin"))
    assert missing.status_code == 404 and "找不到第 999999 版登记册" in missing.json()["error"]["message"]


def test_bad_rows_are_refused_with_every_reason(world: World) -> None:
    bad = "姓名,执法证号,所在单位,有效期止\n王丽,1,甲局,2025-02-30\n,2,甲局,\n".encode()
    answer = _upload(world, "admin", "证件.csv", bad)
    assert answer.status_code == 422
    error = answer.json()["error"]
    assert error["code"] == "register_invalid" and "未导入任何一行" in error["message"]
    assert [(p["row"], p["message"][:6]) for p in error["problems"]] == [(2, "有效期止“2"), (3, "缺少“姓名”")]
    assert world.client.get("/api/v1/registers", headers=world.headers("admin")).json() == []
    unknown = _upload(world, "admin", "x.csv", "甲,乙\n1,2\n".encode())
    assert unknown.status_code == 422 and "无法判断登记册类型" in unknown.json()["error"]["message"]


def test_only_an_unscoped_administrator_imports(world: World) -> None:
    data = (SAMPLES / "registers" / "bodies.csv").read_bytes()
    assert _upload(world, "reviewer_a", "bodies.csv", data).status_code == 403
    assert _upload(world, "evaluator_a", "bodies.csv", data).status_code == 403
    assert world.client.get("/api/v1/registers", headers=world.headers("reviewer_a")).status_code == 403
    from reviewer.store import create_api_key

    with world.session() as session:
        scoped = create_api_key(session, role="admin", agency_code="agency-a", name="本机关管理员")[0]
    answer = world.client.post(
        "/api/v1/registers",
        files=[("file", ("bodies.csv", data, "text/csv"))],
        headers={"Authorization": f"Bearer {scoped}"},
    )
    assert answer.status_code == 403 and answer.json()["error"]["code"] == "registers_forbidden"

"""Registers in the store, on SQLite and PostgreSQL: versions, refusals that leave nothing, what a run read."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from reviewer.core.register_import import RegisterInvalid
from reviewer.core.registers import RegisterRef
from reviewer.store import accept_upload, current_run, open_blobs, open_database, save_draft
from reviewer.store.models import RegisterEntry, RegisterVersion
from reviewer.store.registers import (
    RegisterVersionNotFound,
    current_versions,
    get_version,
    import_register,
    list_versions,
    load_registers,
    version_entries,
)

BODIES_V1 = "主体名称,执法依据\n嵩川市市场监督管理局,《商标法》\n".encode()
BODIES_V2 = (
    "主体名称,执法依据\n嵩川市市场监督管理局,《商标法》；《广告法》\n嵩川市生态环境局,《水污染防治法》\n".encode()
)
CERTIFICATES = "姓名,执法证号,所在单位\n王丽,41990100213,嵩川市市场监督管理局\n".encode()


def test_a_reimport_adds_a_version_and_keeps_the_old_one(service_settings) -> None:
    db = open_database(service_settings)
    with db.session() as session:
        first = import_register(session, BODIES_V1, filename="v1.csv", actor="admin", note="首版").id
    with db.session() as session:
        second = import_register(session, BODIES_V2, filename="v2.csv", actor="admin").id
        import_register(session, CERTIFICATES, filename="c.csv", actor="admin")
    with db.session() as session:
        assert [v.id for v in list_versions(session, "bodies")] == [second, first]
        assert current_versions(session)["bodies"].id == second
        old, total = version_entries(session, first)
        assert total == 1 and [p["law"] for p in old[0]["powers"]] == ["商标法"]
        assert get_version(session, first).note == "首版"
        newest = load_registers(session)
        assert newest.ref.bodies == second and newest.certificates is not None
        assert newest.body("嵩川市生态环境局") is not None
        pinned = load_registers(session, RegisterRef(bodies=first))
        assert pinned.body("嵩川市生态环境局") is None and pinned.certificates is None
        found, total = version_entries(session, second, search="生态")
        assert total == 1 and found[0]["name"] == "嵩川市生态环境局"


def test_a_refused_import_writes_nothing(service_settings) -> None:
    db = open_database(service_settings)
    bad = "姓名,执法证号,所在单位\n王丽,1,甲局\n萧磊,1,甲局\n".encode()
    with pytest.raises(RegisterInvalid) as caught, db.session() as session:
        import_register(session, bad, filename="bad.csv", actor="admin")
    assert [str(p) for p in caught.value.problems] == ["第3行：执法证号“1”与第2行重复"]
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(RegisterVersion)) == 0
        assert session.scalar(select(func.count()).select_from(RegisterEntry)) == 0
        assert load_registers(session).loaded is False


def test_an_unknown_or_mismatched_version_is_refused(service_settings) -> None:
    db = open_database(service_settings)
    with db.session() as session:
        bodies = import_register(session, BODIES_V1, filename="v1.csv", actor="admin").id
    with db.session() as session, pytest.raises(RegisterVersionNotFound):
        get_version(session, bodies + 100)
    with db.session() as session, pytest.raises(RegisterVersionNotFound, match="is bodies"):
        load_registers(session, RegisterRef(certificates=bodies))


def test_a_run_records_the_register_versions_it_read(service_settings, sample_draft) -> None:
    draft = sample_draft("case-01-market.pdf").model_copy(update={"registers": RegisterRef(bodies=3, certificates=4)})
    db = open_database(service_settings)
    with db.session() as session:
        case = accept_upload(
            session, open_blobs(service_settings), [("a.pdf", b"%PDF")], agency_code="A", uploaded_by="u"
        )
        save_draft(session, case.id, draft)
    with db.session() as session:
        run = current_run(session, case.id)
        assert run is not None
        assert run.registers == {"bodies": 3, "certificates": 4, "files": []}
        assert run.draft_json["registers"]["bodies"] == 3

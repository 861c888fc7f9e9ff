from __future__ import annotations

import zipfile

import pytest

from extractors.archive import ArchiveLimits, extract_zip, safe_member_name
from reviewer.core.errors import CorruptFile, UnsafeArchive


@pytest.mark.parametrize("name", ["../x.pdf", "a/../../x.pdf", "/etc/passwd", "C:/x.pdf", "..\\evil.pdf"])
def test_path_tricks_are_refused(name):
    with pytest.raises(UnsafeArchive) as caught:
        safe_member_name(name)
    assert "越界" in caught.value.user_message


def test_traversal_member_refuses_the_whole_archive_and_writes_nothing_outside(tmp_path):
    path = tmp_path / "case.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("01.pdf", b"%PDF-1.4")
        archive.writestr("../escaped.pdf", b"%PDF-1.4")
    dest = tmp_path / "out"
    with pytest.raises(UnsafeArchive):
        extract_zip(path, dest, "case.zip", ArchiveLimits())
    assert not (tmp_path / "escaped.pdf").exists()


def test_zip_bomb_is_stopped_by_ratio(tmp_path):
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big.pdf", b"\x00" * (50 * 1024 * 1024))
    with pytest.raises(UnsafeArchive) as caught:
        extract_zip(path, tmp_path / "out", "bomb.zip", ArchiveLimits(max_ratio=100))
    assert "压缩炸弹" in caught.value.user_message


def test_total_size_limit_counts_real_bytes(tmp_path):
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        for n in range(5):
            archive.writestr(f"{n}.pdf", b"x" * 1000)
    with pytest.raises(UnsafeArchive) as caught:
        extract_zip(path, tmp_path / "out", "many.zip", ArchiveLimits(max_total_bytes=3500))
    assert "解压后超过" in caught.value.user_message


def test_too_many_members(tmp_path):
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for n in range(4):
            archive.writestr(f"{n}.pdf", b"x")
    with pytest.raises(UnsafeArchive):
        extract_zip(path, tmp_path / "out", "many.zip", ArchiveLimits(max_members=3))


def test_good_archive_extracts_files_and_skips_directories(tmp_path):
    path = tmp_path / "ok.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("卷宗/", b"")
        archive.writestr("卷宗/01 立案审批表.pdf", b"%PDF-1.4 one")
    files = extract_zip(path, tmp_path / "out", "ok.zip", ArchiveLimits())
    assert [f.relative_to(tmp_path / "out").as_posix() for f in files] == ["卷宗/01 立案审批表.pdf"]
    assert files[0].read_bytes() == b"%PDF-1.4 one"


def test_truncated_zip_is_corrupt(tmp_path):
    path = tmp_path / "cut.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.pdf", b"%PDF" + b"y" * 5000)
    path.write_bytes(path.read_bytes()[:200])
    with pytest.raises(CorruptFile):
        extract_zip(path, tmp_path / "out", "cut.zip", ArchiveLimits())

from __future__ import annotations

import zipfile

import pytest

from extractors.sniff import sniff
from reviewer.core.errors import EmptyFile, FileTooLarge, MislabeledFile, UnsupportedFormat

LIMIT = 10_000


def test_zero_byte_file_is_empty(tmp_path):
    path = tmp_path / "empty.pdf"
    path.write_bytes(b"")
    with pytest.raises(EmptyFile) as caught:
        sniff(path, "empty.pdf", LIMIT)
    assert "0 字节" in caught.value.user_message and caught.value.exit_code == 2


def test_file_over_the_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"0" * LIMIT)
    with pytest.raises(FileTooLarge) as caught:
        sniff(path, "big.pdf", LIMIT)
    assert "超过上限" in caught.value.user_message


def test_unknown_bytes_are_unsupported(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("just some text", encoding="utf-8")
    with pytest.raises(UnsupportedFormat) as caught:
        sniff(path, "notes.txt", LIMIT)
    assert "无法识别" in caught.value.user_message


def test_docx_named_pdf_is_mislabeled(make_docx):
    path = make_docx("x.docx", [["正文"]])
    renamed = path.with_name("x.pdf")
    path.rename(renamed)
    with pytest.raises(MislabeledFile) as caught:
        sniff(renamed, "x.pdf", 10**7)
    assert ".pdf" in caught.value.user_message and "Word" in caught.value.user_message


def test_zip_of_other_files_named_docx_is_mislabeled(tmp_path):
    path = tmp_path / "fake.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(MislabeledFile) as caught:
        sniff(path, "fake.docx", LIMIT)
    assert "压缩包" in caught.value.user_message


@pytest.mark.parametrize(
    ("name", "head", "kind"),
    [
        ("a.pdf", b"%PDF-1.4\n", "pdf"),
        ("scan.jpg", b"\xff\xd8\xff\xe0", "image"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
        ("noext", b"%PDF-1.4\n", "pdf"),
        ("page.png", b"\x89PNG\r\n\x1a\n", "image"),
    ],
)
def test_content_decides_the_kind(tmp_path, name, head, kind):
    path = tmp_path / name
    path.write_bytes(head + b"\x00" * 32)
    assert sniff(path, name, LIMIT) == kind

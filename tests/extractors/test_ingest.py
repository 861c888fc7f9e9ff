from __future__ import annotations

import zipfile

from extractors.ingest import ReadOptions, iter_case, natural_key
from reviewer.core.model import Page, SourceError

NOTICE = ["# 行政处罚事先告知书", "豫郑市监罚告〔2023〕9号", "2023年4月20日"]
DECISION = ["# 行政处罚决定书", "豫郑市监罚〔2023〕15号", "2023年5月12日"]


def split(items) -> tuple[list[Page], list[SourceError]]:
    items = list(items)
    return [i for i in items if isinstance(i, Page)], [i for i in items if isinstance(i, SourceError)]


def test_natural_sort_puts_2_before_10():
    names = ["10-结案报告.pdf", "2-询问笔录.pdf", "1-立案审批表.pdf", "第11页.pdf", "第9页.pdf"]
    assert sorted(names, key=natural_key) == [
        "1-立案审批表.pdf",
        "2-询问笔录.pdf",
        "10-结案报告.pdf",
        "第9页.pdf",
        "第11页.pdf",
    ]


def test_folder_is_one_case_in_natural_order_with_pages_renumbered(tmp_path, make_pdf, make_docx):
    folder = tmp_path / "case"
    folder.mkdir()
    make_pdf("10.pdf", [DECISION]).rename(folder / "10.pdf")
    make_docx("2.docx", [NOTICE, ["第二页"]]).rename(folder / "2.docx")
    (folder / ".DS_Store").write_bytes(b"junk")
    pages, errors = split(iter_case([folder], ReadOptions()))
    assert errors == []
    assert [(p.index, p.source, p.source_page, p.origin) for p in pages] == [
        (1, "2.docx", 1, "docx"),
        (2, "2.docx", 2, "docx"),
        (3, "10.pdf", 1, "text"),
    ]


def test_zip_members_are_read_in_natural_order(tmp_path, make_pdf):
    archive_path = tmp_path / "case.zip"
    with zipfile.ZipFile(archive_path, "w") as archive:
        archive.write(make_pdf("a.pdf", [DECISION]), "卷/10 决定书.pdf")
        archive.write(make_pdf("b.pdf", [NOTICE]), "卷/9 告知书.pdf")
    pages, errors = split(iter_case([archive_path], ReadOptions()))
    assert errors == []
    assert [p.source for p in pages] == ["case.zip/卷/9 告知书.pdf", "case.zip/卷/10 决定书.pdf"]
    assert "行政处罚事先告知书" in pages[0].text


def test_one_bad_file_does_not_stop_the_others(tmp_path, make_pdf):
    folder = tmp_path / "case"
    folder.mkdir()
    make_pdf("1.pdf", [NOTICE]).rename(folder / "1.pdf")
    (folder / "2.pdf").write_bytes(b"")
    (folder / "3.pdf").write_bytes(b"%PDF-1.7 truncated")
    make_pdf("4.pdf", [DECISION]).rename(folder / "4.pdf")
    pages, errors = split(iter_case([folder], ReadOptions()))
    assert [p.source for p in pages] == ["1.pdf", "4.pdf"]
    assert [(e.source, e.error) for e in errors] == [("2.pdf", "EmptyFile"), ("3.pdf", "CorruptFile")]
    assert all(e.message for e in errors)


def test_nested_zip_is_refused_but_siblings_are_read(tmp_path, make_pdf):
    inner = tmp_path / "inner.zip"
    with zipfile.ZipFile(inner, "w") as archive:
        archive.writestr("x.txt", "x")
    outer = tmp_path / "outer.zip"
    with zipfile.ZipFile(outer, "w") as archive:
        archive.write(inner, "1.zip")
        archive.write(make_pdf("a.pdf", [DECISION]), "2.pdf")
    pages, errors = split(iter_case([outer], ReadOptions()))
    assert [p.source for p in pages] == ["outer.zip/2.pdf"]
    assert [e.error for e in errors] == ["UnsupportedFormat"] and "嵌套" in errors[0].message


def test_zip_bomb_in_upload_is_an_error_not_a_crash(tmp_path):
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("big.pdf", b"\x00" * (20 * 1024 * 1024))
    pages, errors = split(iter_case([bomb], ReadOptions()))
    assert pages == [] and [e.error for e in errors] == ["UnsafeArchive"]


def test_images_need_ocr(tmp_path):
    photo = tmp_path / "p1.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    _, errors = split(iter_case([photo], ReadOptions(ocr=None)))
    assert [e.error for e in errors] == ["OcrUnavailable"] and "OCR" in errors[0].message


def test_a_broken_photo_is_a_corrupt_file_not_a_crash(tmp_path):
    photo = tmp_path / "p1.jpg"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 100)
    _, errors = split(iter_case([photo], ReadOptions()))
    assert [e.error for e in errors] == ["CorruptFile"] and "p1.jpg" in errors[0].message


def test_missing_path_is_reported(tmp_path):
    _, errors = split(iter_case([tmp_path / "nope.pdf"], ReadOptions()))
    assert [e.error for e in errors] == ["InputNotFound"]


def test_legacy_doc_without_libreoffice_says_how_to_fix(tmp_path):
    doc = tmp_path / "old.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    _, errors = split(iter_case([doc], ReadOptions(soffice=str(tmp_path / "no-soffice"))))
    assert [e.error for e in errors] == ["ConverterMissing"] and "LibreOffice" in errors[0].message


def test_encrypted_docx_in_ole_container_is_encrypted(tmp_path):
    doc = tmp_path / "secret.docx"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64 + "EncryptedPackage".encode("utf-16-le"))
    _, errors = split(iter_case([doc], ReadOptions()))
    # An OLE file named .docx is first of all mislabeled; named .doc it is recognised as encrypted.
    assert [e.error for e in errors] == ["MislabeledFile"]
    renamed = doc.rename(tmp_path / "secret.doc")
    _, errors = split(iter_case([renamed], ReadOptions()))
    assert [e.error for e in errors] == ["EncryptedFile"] and "加密" in errors[0].message


def test_legacy_doc_is_converted_with_the_configured_soffice(tmp_path, make_docx):
    """A stand-in soffice that writes a real DOCX proves the conversion plumbing end to end."""
    produced = make_docx("made.docx", [DECISION])
    fake = tmp_path / "soffice"
    fake.write_text(
        "#!/usr/bin/env bash\n"
        'while [ $# -gt 0 ]; do case "$1" in --outdir) out="$2"; shift 2;; *) last="$1"; shift;; esac; done\n'
        f'name=$(basename "$last"); cp "{produced}" "$out/${{name%.*}}.docx"\n',
        encoding="utf-8",
    )
    fake.chmod(0o755)
    doc = tmp_path / "old.wps"
    doc.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    pages, errors = split(iter_case([doc], ReadOptions(soffice=str(fake))))
    assert errors == [] and [p.source for p in pages] == ["old.wps"] and "行政处罚决定书" in pages[0].text


def test_a_case_past_the_page_limit_is_refused(tmp_path, make_pdf, make_docx):
    import pytest

    from reviewer.core.errors import ExitCode, TooManyPages

    folder = tmp_path / "case"
    folder.mkdir()
    make_docx("1.docx", [NOTICE, ["第二页"]]).rename(folder / "1.docx")
    make_pdf("2.pdf", [DECISION, ["第二页"]]).rename(folder / "2.pdf")
    assert len(split(iter_case([folder], ReadOptions(max_pages=4)))[0]) == 4
    with pytest.raises(TooManyPages) as raised:
        list(iter_case([folder], ReadOptions(max_pages=3)))
    assert raised.value.exit_code == ExitCode.BAD_INPUT
    assert "超过 3 页" in raised.value.user_message and "“2.pdf”第 2 页" in raised.value.user_message


def test_an_image_past_the_pixel_limit_is_refused_before_decoding(tmp_path):
    from PIL import Image

    Image.new("L", (2000, 1000), 255).save(tmp_path / "big.png")
    pages, errors = split(iter_case([tmp_path / "big.png"], ReadOptions(max_image_pixels=1_000_000)))
    assert pages == []
    assert [e.error for e in errors] == ["ImageTooLarge"]
    assert "2000×1000" in errors[0].message and "百万像素" in errors[0].message


def test_the_pixel_limit_message_names_the_size_past_pils_own_warning(tmp_path):
    from PIL import Image

    Image.new("L", (10_000, 9_500), 255).save(tmp_path / "poster.png")  # 95 MP: past PIL's 89 MP warning
    pages, errors = split(iter_case([tmp_path / "poster.png"], ReadOptions(max_image_pixels=80_000_000)))
    assert pages == [] and [e.error for e in errors] == ["ImageTooLarge"]
    assert "10000×9500" in errors[0].message and "上限 80 百万像素" in errors[0].message


def test_a_pdf_alone_past_the_page_limit_is_refused_from_its_page_count(tmp_path, make_pdf, monkeypatch):
    import pytest

    import extractors.ingest as ingest
    from reviewer.core.errors import TooManyPages

    path = make_pdf("long.pdf", [DECISION, ["2"], ["3"], ["4"]])

    def never(*args, **kwargs):
        raise AssertionError("pages were read before the refusal")

    monkeypatch.setattr(ingest, "read_pdf", never)
    with pytest.raises(TooManyPages) as raised:
        list(iter_case([path], ReadOptions(max_pages=3)))
    assert "共 4 页" in raised.value.user_message and "3 页的上限" in raised.value.user_message

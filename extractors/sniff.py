"""Tell a file's real format from its first bytes, and refuse files whose name claims another one.

Extensions lie (a scan saved as .doc, an .xlsx renamed .docx); readers must only ever see the format they
were written for.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Literal

from reviewer.core.errors import EmptyFile, EncryptedFile, FileTooLarge, MislabeledFile, UnsupportedFormat

Kind = Literal["pdf", "docx", "zip", "ole", "image"]

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*", b"BM", b"GIF8")
_CLAIMS: dict[str, Kind] = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".zip": "zip",
    ".doc": "ole",
    ".wps": "ole",
    ".jpg": "image",
    ".jpeg": "image",
    ".png": "image",
    ".tif": "image",
    ".tiff": "image",
    ".bmp": "image",
}
_KIND_NAMES = {
    "pdf": "PDF",
    "docx": "Word（DOCX）文档",
    "zip": "ZIP 压缩包",
    "ole": "旧版 Word/WPS 文档",
    "image": "图片",
}


def sniff(path: Path, source: str, max_bytes: int) -> Kind:
    """Return the file's format; raise a typed `BadInput` when it is empty, too big, mislabeled or unknown."""
    size = path.stat().st_size
    if size == 0:
        raise EmptyFile(f"{source}: file is empty", f"文件“{source}”为空（0 字节），请重新上传。", source=source)
    if size > max_bytes:
        raise FileTooLarge(
            f"{source}: {size} bytes exceeds the limit of {max_bytes}",
            f"文件“{source}”大小为 {size / 1048576:.1f} MB，超过上限 {max_bytes / 1048576:.0f} MB，请拆分后上传。",
            source=source,
        )
    with path.open("rb") as handle:
        head = handle.read(2048)
    kind = _kind_of(path, head)
    if kind is None:
        raise UnsupportedFormat(
            f"{source}: unknown file format (first bytes {head[:8]!r})",
            f"无法识别文件“{source}”的格式。请上传 PDF、DOCX、DOC/WPS、图片或 ZIP 文件。",
            source=source,
        )
    claimed = _CLAIMS.get(path.suffix.lower())
    if claimed is not None and claimed != kind:
        raise MislabeledFile(
            f"{source}: named {path.suffix} but the content is {kind}",
            f"文件“{source}”的扩展名为 {path.suffix}，但内容是{_KIND_NAMES[kind]}。请核对文件后重新上传。",
            source=source,
        )
    return kind


def _kind_of(path: Path, head: bytes) -> Kind | None:
    # ZIP first: a stored PDF member puts "%PDF-" inside the archive's first kilobyte.
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(path)
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(OLE_MAGIC):
        return "ole"
    if head.startswith(_IMAGE_MAGIC):
        return "image"
    return None


def _zip_kind(path: Path) -> Kind:
    """A ZIP is a DOCX when it holds word/document.xml; anything else is an archive of files."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, OSError, UnicodeDecodeError):  # a name flagged UTF-8 that is not
        return "docx" if path.suffix.lower() == ".docx" else "zip"  # the reader reports the damage
    return "docx" if "word/document.xml" in names else "zip"


def is_encrypted_ooxml(path: Path) -> bool:
    """Office keeps a password-protected DOCX in an OLE container with an EncryptedPackage stream.

    The stream's name sits in the OLE directory, which may lie anywhere in the file: scan it all, in chunks
    that overlap by the name's length so a name cut by a chunk boundary is still seen.
    """
    needle = "EncryptedPackage".encode("utf-16-le")
    tail = b""
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            if needle in tail + chunk:
                return True
            tail = chunk[-len(needle) :]
    return False


def refuse_encrypted_ole(path: Path, source: str) -> None:
    if is_encrypted_ooxml(path):
        raise EncryptedFile(
            f"{source}: encrypted Office document",
            f"文件“{source}”已加密（设有打开密码），请提供未加密的文件。",
            source=source,
        )

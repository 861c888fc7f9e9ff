"""Unpack a ZIP of case-file documents without trusting it.

Every member name is checked for path tricks, and sizes are counted while bytes are actually written, so
a ZIP bomb that lies in its headers is stopped at the limit, not after filling the disk.
"""

from __future__ import annotations

import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from reviewer.core.errors import CorruptFile, EncryptedFile, UnsafeArchive

_CHUNK = 1 << 16


@dataclass(frozen=True)
class ArchiveLimits:
    max_members: int = 2000
    max_total_bytes: int = 2 * 1024**3
    max_ratio: float = 200.0


def safe_member_name(name: str) -> PurePosixPath | None:
    """The member's relative path, or None for a directory entry; raise on absolute or escaping paths."""
    cleaned = name.replace("\\", "/")
    if cleaned.endswith("/"):
        return None
    path = PurePosixPath(cleaned)
    if path.is_absolute() or ".." in path.parts or (path.parts and ":" in path.parts[0]):
        raise UnsafeArchive(
            f"zip member {name!r} escapes the archive", f"压缩包中的文件路径“{name}”越界，已拒绝整个压缩包。"
        )
    return path


def check_zip_directory(path: Path, source: str, max_members: int) -> None:
    """Refuse a ZIP whose directory is unsafe; a ZIP too damaged to open is left to the worker to report."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, UnicodeDecodeError):
        return
    if len(members) > max_members:
        raise UnsafeArchive(
            f"{source}: {len(members)} members",
            f"压缩包“{source}”内文件数 {len(members)} 超过上限 {max_members}。",
            source=source,
        )
    for member in members:
        try:
            safe_member_name(member.filename)
        except UnsafeArchive as error:
            raise UnsafeArchive(
                str(error), f"压缩包“{source}”中的文件路径“{member.filename}”越界，已拒绝。", source=source
            ) from error


def extract_zip(path: Path, dest: Path, source: str, limits: ArchiveLimits) -> list[Path]:
    """Extract the regular files of `path` under `dest`; return their paths (archive order)."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, UnicodeDecodeError) as error:
        raise CorruptFile(
            f"{source}: bad zip ({error})", f"压缩包“{source}”已损坏，无法解压。", source=source
        ) from error
    with archive:
        members = archive.infolist()
        if len(members) > limits.max_members:
            raise UnsafeArchive(
                f"{source}: {len(members)} members exceed {limits.max_members}",
                f"压缩包“{source}”内文件数 {len(members)} 超过上限 {limits.max_members}。",
                source=source,
            )
        written = 0
        out: list[Path] = []
        for member in members:
            relative = safe_member_name(member.filename)
            if relative is None or _is_link(member):
                continue
            if member.flag_bits & 0x1:
                raise EncryptedFile(
                    f"{source}: encrypted zip member {member.filename}",
                    f"压缩包“{source}”设有密码，请提供未加密的压缩包。",
                    source=source,
                )
            target = dest.joinpath(*relative.parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            written = _copy_member(archive, member, target, written, source, limits)
            out.append(target)
        return out


def _is_link(member: zipfile.ZipInfo) -> bool:
    return stat.S_ISLNK(member.external_attr >> 16)


def _copy_member(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, target: Path, written: int, source: str, limits: ArchiveLimits
) -> int:
    """Copy one member in chunks, enforcing the total-size and ratio limits on the real byte count."""
    size = 0
    budget = max(member.compress_size, 1) * limits.max_ratio
    try:
        with archive.open(member) as reader, target.open("wb") as writer:
            while chunk := reader.read(_CHUNK):
                size += len(chunk)
                written += len(chunk)
                if written > limits.max_total_bytes:
                    raise UnsafeArchive(
                        f"{source}: unpacked size exceeds {limits.max_total_bytes} bytes",
                        f"压缩包“{source}”解压后超过 {limits.max_total_bytes / 1048576:.0f} MB 上限，已拒绝。",
                        source=source,
                    )
                if size > budget and size > (1 << 20):
                    raise UnsafeArchive(
                        f"{source}: member {member.filename} compression ratio exceeds {limits.max_ratio}",
                        f"压缩包“{source}”中的“{member.filename}”压缩比异常（疑似压缩炸弹），已拒绝。",
                        source=source,
                    )
                writer.write(chunk)
    except (zipfile.BadZipFile, EOFError, OSError, zlib.error, UnicodeDecodeError) as error:
        raise CorruptFile(
            f"{source}: member {member.filename} unreadable ({error})",
            f"压缩包“{source}”中的“{member.filename}”已损坏。",
            source=source,
        ) from error
    return written

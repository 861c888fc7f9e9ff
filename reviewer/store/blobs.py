"""Uploaded bytes, content-addressed by SHA-256: a local directory by default, any S3-compatible store
(MinIO, AWS S3 …) when workers run on several machines.

`put` writes the bytes completely and durably before it returns the hash, so a database row that names the
hash never points at nothing: the store writes blobs first, rows second.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO, Protocol

from reviewer.core.errors import FileTooLarge
from reviewer.core.settings import Settings

CHUNK = 1024 * 1024


class BlobStore(Protocol):
    def put(self, data: bytes | IO[bytes], *, max_bytes: int | None = None) -> str: ...
    def open(self, sha256: str) -> BinaryIO: ...
    def exists(self, sha256: str) -> bool: ...
    def size(self, sha256: str) -> int: ...
    def copy_to(self, sha256: str, target: Path) -> Path: ...


def open_blobs(settings: Settings) -> BlobStore:
    if settings.blob_store == "s3":
        return S3BlobStore.from_settings(settings)
    return LocalBlobStore(settings.data_dir / "blobs")


def _check_sha(sha256: str) -> str:
    """Refuse anything but 64 lowercase hex digits: hashes become paths and object keys."""
    if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
        raise ValueError(f"not a sha256 hex digest: {sha256!r}")
    return sha256


def _spool(data: bytes | IO[bytes], target: IO[bytes], max_bytes: int | None) -> tuple[str, int]:
    """Copy into `target` while hashing; FileTooLarge as soon as the limit is passed."""
    digest, size = hashlib.sha256(), 0
    if isinstance(data, bytes | bytearray):
        chunks: Iterator[bytes] = iter([bytes(data)])
    else:
        stream = data
        chunks = iter(lambda: stream.read(CHUNK), b"")
    for chunk in chunks:
        size += len(chunk)
        if max_bytes is not None and size > max_bytes:
            raise FileTooLarge(f"upload over {max_bytes} bytes", f"文件超过大小限制（{_size_text(max_bytes)}）。")
        digest.update(chunk)
        target.write(chunk)
    return digest.hexdigest(), size


def _size_text(size: int) -> str:
    return f"{size / (1024 * 1024):g} MB" if size >= 1024 * 1024 else f"{size} 字节"


class LocalBlobStore:
    """Blobs as files `root/ab/cd/<sha256>`, written to a temporary file, fsynced, then renamed into place."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def path_for(self, sha256: str) -> Path:
        sha = _check_sha(sha256)
        return self.root / sha[:2] / sha[2:4] / sha

    def put(self, data: bytes | IO[bytes], *, max_bytes: int | None = None) -> str:
        handle, temp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        try:
            with os.fdopen(handle, "wb") as temp:
                sha, _size = _spool(data, temp, max_bytes)
                temp.flush()
                os.fsync(temp.fileno())
            target = self.path_for(sha)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(temp_name, target)
        finally:
            if os.path.exists(temp_name):
                os.unlink(temp_name)
        return sha

    def open(self, sha256: str) -> BinaryIO:
        return self.path_for(sha256).open("rb")

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def size(self, sha256: str) -> int:
        return self.path_for(sha256).stat().st_size

    def copy_to(self, sha256: str, target: Path) -> Path:
        shutil.copyfile(self.path_for(sha256), target)
        return target


class S3BlobStore:
    """Blobs as objects `<prefix>ab/<sha256>` in one bucket; the bucket is created when missing."""

    def __init__(self, client: Any, bucket: str, prefix: str = "blobs/"):
        self.client = client
        self.bucket = bucket
        self.prefix = prefix
        self._bucket_ready = False

    @classmethod
    def from_settings(cls, settings: Settings) -> S3BlobStore:
        import boto3

        client = boto3.client("s3", endpoint_url=settings.s3_endpoint_url, region_name=settings.s3_region)
        return cls(client, settings.s3_bucket)

    def key_for(self, sha256: str) -> str:
        sha = _check_sha(sha256)
        return f"{self.prefix}{sha[:2]}/{sha}"

    def put(self, data: bytes | IO[bytes], *, max_bytes: int | None = None) -> str:
        self._ensure_bucket()
        with tempfile.SpooledTemporaryFile(max_size=8 * CHUNK) as spool:
            sha, _size = _spool(data, spool, max_bytes)
            if not self.exists(sha):
                spool.seek(0)
                self.client.upload_fileobj(spool, self.bucket, self.key_for(sha))
        return sha

    def open(self, sha256: str) -> BinaryIO:
        body = self.client.get_object(Bucket=self.bucket, Key=self.key_for(sha256))["Body"]
        spool = tempfile.SpooledTemporaryFile(max_size=8 * CHUNK)  # noqa: SIM115 — returned open; the caller closes it
        for chunk in iter(lambda: body.read(CHUNK), b""):
            spool.write(chunk)
        spool.seek(0)
        return spool  # type: ignore[return-value]

    def exists(self, sha256: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.client.head_object(Bucket=self.bucket, Key=self.key_for(sha256))
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return False
            raise
        return True

    def size(self, sha256: str) -> int:
        return int(self.client.head_object(Bucket=self.bucket, Key=self.key_for(sha256))["ContentLength"])

    def copy_to(self, sha256: str, target: Path) -> Path:
        self.client.download_file(self.bucket, self.key_for(sha256), str(target))
        return target

    def _ensure_bucket(self) -> None:
        if self._bucket_ready:
            return
        from botocore.exceptions import ClientError

        try:
            self.client.head_bucket(Bucket=self.bucket)
        except ClientError:
            region = self.client.meta.region_name
            where = (
                {} if region in (None, "us-east-1") else {"CreateBucketConfiguration": {"LocationConstraint": region}}
            )
            self.client.create_bucket(Bucket=self.bucket, **where)
        self._bucket_ready = True

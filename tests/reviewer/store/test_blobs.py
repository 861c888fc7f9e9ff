"""Blob stores: content-addressed, written whole before the hash is returned; S3 over real HTTP (moto's server)."""

from __future__ import annotations

import hashlib
import io
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from reviewer.core.errors import FileTooLarge
from reviewer.core.settings import Settings
from reviewer.store import LocalBlobStore, S3BlobStore, accept_upload, get_case, open_blobs, open_database


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def s3_endpoint() -> Iterator[str]:
    """moto's standalone S3-compatible server on a free loopback port, spoken to over HTTP like MinIO would be."""
    from moto.server import ThreadedMotoServer

    port = _free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def s3_settings(s3_endpoint: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "test-access")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "test-secret")
    bucket = f"blobs-{tmp_path.name.lower().replace('_', '-')[-40:]}"
    return Settings(data_dir=tmp_path, blob_store="s3", s3_endpoint_url=s3_endpoint, s3_bucket=bucket)


@pytest.fixture(params=["local", "s3"])
def blobs(request: pytest.FixtureRequest, tmp_path: Path):
    if request.param == "local":
        return open_blobs(Settings(data_dir=tmp_path))
    return open_blobs(request.getfixturevalue("s3_settings"))


def test_put_returns_the_sha256_and_the_bytes_come_back(blobs, tmp_path: Path) -> None:
    data = "行政处罚决定书".encode() * 50_000  # over one chunk: streamed, not one read
    sha = blobs.put(io.BytesIO(data))
    assert sha == hashlib.sha256(data).hexdigest()
    assert blobs.exists(sha) and blobs.size(sha) == len(data)
    assert blobs.open(sha).read() == data
    assert blobs.copy_to(sha, tmp_path / "copy.bin").read_bytes() == data
    assert blobs.put(data) == sha  # same content, same address, stored once
    assert not blobs.exists(hashlib.sha256(b"never stored").hexdigest())


def test_limits_and_bad_addresses(blobs) -> None:
    with pytest.raises(FileTooLarge) as too_large:
        blobs.put(io.BytesIO(b"x" * 101), max_bytes=100)
    assert "100 字节" in too_large.value.user_message
    assert blobs.put(io.BytesIO(b"x" * 100), max_bytes=100)  # exactly the limit is fine
    with pytest.raises(ValueError, match="not a sha256 hex digest"):
        blobs.exists("../../etc/passwd")


def test_local_store_lays_blobs_out_by_hash_and_leaves_no_temp_files(tmp_path: Path) -> None:
    store = LocalBlobStore(tmp_path / "blobs")
    sha = store.put(b"abc")
    assert store.path_for(sha) == tmp_path / "blobs" / sha[:2] / sha[2:4] / sha
    with pytest.raises(FileTooLarge):
        store.put(b"y" * 10, max_bytes=5)
    assert not list((tmp_path / "blobs").glob(".incoming-*"))


def test_s3_objects_are_real_objects_in_the_bucket(s3_settings: Settings) -> None:
    store = open_blobs(s3_settings)
    assert isinstance(store, S3BlobStore)
    sha = store.put(b"%PDF-1.7 case file")
    listed = store.client.list_objects_v2(Bucket=s3_settings.s3_bucket)["Contents"]
    assert [item["Key"] for item in listed] == [f"blobs/{sha[:2]}/{sha}"]


def test_upload_with_s3_blobs(s3_settings: Settings, sqlite_service_settings: Settings) -> None:
    settings = sqlite_service_settings.model_copy(
        update={"blob_store": "s3", "s3_endpoint_url": s3_settings.s3_endpoint_url, "s3_bucket": s3_settings.s3_bucket}
    )
    db, store = open_database(settings), open_blobs(settings)
    with db.session() as session:
        case_id = accept_upload(session, store, [("a.pdf", b"%PDF a")], agency_code="A", uploaded_by="u").id
    with db.session() as session:
        stored = get_case(session, case_id).files[0]
        assert store.open(stored.sha256).read() == b"%PDF a"

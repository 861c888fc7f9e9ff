"""All settings in one place, read from the environment with the `REVIEWER_` prefix."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from reviewer.core.errors import InvalidSettings

#: The default of REVIEWER_OCR_LOW_CONFIDENCE, the one bar for OCR confidence: a check resting on OCR text read
#: below it is `unknown`, a finding below it goes to the evaluator, its lines and pages are marked. Code that runs
#: without Settings (a library call, a test) uses this default; the pipeline and the store pass the setting.
DEFAULT_OCR_LOW_CONFIDENCE = 0.8


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="REVIEWER_", env_file=".env", extra="ignore")

    #: Largest single upload accepted, in bytes.
    max_file_bytes: int = 200 * 1024 * 1024
    #: Most pages one case file may have (all its files together); a longer one is refused, not cut short.
    max_pages_per_case: int = Field(5000, ge=1)
    #: Most pixels of one image (a photo, a TIFF frame); a PDF page rendered for OCR is scaled down to fit.
    max_image_pixels: int = Field(80_000_000, ge=1)
    #: ZIP limits: members, total uncompressed bytes, and the worst compression ratio per member.
    zip_max_members: int = 2000
    zip_max_total_bytes: int = 2 * 1024 * 1024 * 1024
    zip_max_ratio: float = 200.0
    #: PDF text engine: pdfium (fast, default) or plumber (pdfplumber, slower; kept for comparison).
    pdf_engine: Literal["pdfium", "plumber"] = "pdfium"
    #: LibreOffice binary for .doc/.wps conversion; looked up on PATH when empty.
    soffice: str = ""
    converter_timeout_s: float = 120.0
    #: A directory of holiday year files (`2027.yaml`, see reviewer/core/holidays) for years whose State Council
    #: notice came out after this release; a file there replaces the shipped one of the same year.
    holidays_dir: Path | None = None
    #: Standard used when none is named.
    default_standard: str = "henan-2022"
    #: OCR for scans and photos: the engine by its name in `extractors.ocr.registry` (`rapidocr`: PP-OCR on ONNX
    #: Runtime, `tesseract`) or `none` to refuse scans; the pipeline checks the name against the registry.
    ocr_engine: str = "rapidocr"
    #: Render dpi for PDF pages without a usable text layer.
    ocr_dpi: int = Field(200, ge=72, le=600)
    #: A check whose evidence OCR read below this confidence is `unknown` (the check engine's bar), a finding
    #: below it goes to `needs_review`, a page whose mean is below it is warned about, and the review page marks
    #: the lines read below it; the draft records the bar it was made under (`ocr_low_confidence`).
    ocr_low_confidence: float = Field(DEFAULT_OCR_LOW_CONFIDENCE, ge=0.0, le=1.0)
    #: The engines' own options, by the name `ocr_<option>`; each engine's options model in the registry takes
    #: those it has and validates them: threads per worker process (0: one per core) for both engines, and
    #: the longest side in pixels the PP-OCR text detector sees (measured in bench/ocr.py).
    ocr_threads: int = 0
    ocr_det_side: int = 960
    #: PP-OCR models run `fp32`, or int8: the detector (`int8-det`, ≈ 0.88× the CPU, mean CER unchanged but
    #: an ID number on the committed scan lost digits) or both (`int8`, ≈ 0.6× the CPU, CER 1.3 → 3.4 %); see
    #: docs/benchmarks.md. Int8 files are built once per machine from the packaged models into
    #: `ocr_model_cache` (empty: ~/.cache/casefile-reviewer/ocr); fp32 runs when they cannot be built.
    ocr_precision: Literal["fp32", "int8-det", "int8"] = "fp32"
    ocr_model_cache: str = ""
    #: Processes reading the scanned pages of one file together (extractors/ocr/pool.py); 1: no extra process.
    #: Two keep both cores of a small machine busy; with several service workers on one machine keep
    #: service workers × OCR workers near the core count.
    ocr_workers: int = Field(2, ge=1, le=16)

    # --- The service (reviewer/store, worker, api): see docs/service.md. ---
    #: SQLAlchemy URL; empty means SQLite at `{data_dir}/reviewer.db` (PostgreSQL: postgresql+psycopg://…).
    database_url: str = ""
    #: Where the embedded database and the local blob store live.
    data_dir: Path = Path("data")
    redis_url: str = "redis://127.0.0.1:6379/0"
    queue_name: str = "reviews"
    #: Uploaded bytes: "local" (a directory under data_dir) or "s3" (any S3-compatible store, e.g. MinIO).
    blob_store: Literal["local", "s3"] = "local"
    s3_endpoint_url: str | None = None
    s3_bucket: str = "casefile-reviewer"
    s3_region: str = "us-east-1"
    #: Signs web sessions; must be set (and equal) on every API process in production.
    secret_key: str = ""
    #: Largest upload (all files of one request together), in bytes.
    max_upload_bytes: int = Field(500 * 1024 * 1024, ge=1)
    #: Job timeout = base + per page × pages (pages estimated from the uploaded files before reading).
    job_timeout_base_s: int = Field(120, ge=1)
    job_timeout_per_page_s: int = Field(10, ge=0)
    #: Waits before the retries of a job that failed for a transient reason (needs a worker with the scheduler).
    job_retry_intervals: list[int] = Field(default_factory=lambda: [10, 60, 300], max_length=20)
    #: A worker that stops sending heartbeats for monitor interval + grace is taken as dead; its job is retried.
    worker_monitor_interval_s: int = Field(30, ge=1)
    worker_heartbeat_grace_s: int = Field(60, ge=1)
    #: How often a worker cleans rq's registries and re-enqueues cases left without a job (Redis restarts).
    worker_maintenance_interval_s: int = Field(60, ge=1)
    #: A case whose job was started this many times without finishing is marked failed.
    worker_max_attempts: int = 5


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings; a bad environment value is a typed error naming the variable."""
    try:
        return Settings()
    except ValidationError as error:
        names = ", ".join(f"REVIEWER_{'_'.join(map(str, e['loc'])).upper()}" for e in error.errors())
        raise InvalidSettings(f"invalid settings: {error}", f"配置有误，请检查环境变量：{names}。") from error

"""All settings in one place, read from the environment with the `REVIEWER_` prefix."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from reviewer.errors import InvalidSettings

from pydantic import ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="REVIEWER_", env_file=".env", extra="ignore")

    #: Largest single upload accepted, in bytes.
    max_file_bytes: int = 200 * 1024 * 1024
    #: ZIP limits: members, total uncompressed bytes, and the worst compression ratio per member.
    zip_max_members: int = 2000
    zip_max_total_bytes: int = 2 * 1024 * 1024 * 1024
    zip_max_ratio: float = 200.0
    #: PDF text engine: pdfium (fast, default) or plumber (pdfplumber, slower; kept for comparison).
    pdf_engine: Literal["pdfium", "plumber"] = "pdfium"
    #: LibreOffice binary for .doc/.wps conversion; looked up on PATH when empty.
    soffice: str = ""
    converter_timeout_s: float = 120.0
    #: Standard used when none is named.
    default_standard: str = "henan-2022"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process's settings; a bad environment value is a typed error naming the variable."""
    try:
        return Settings()
    except ValidationError as error:
        names = ", ".join(f"REVIEWER_{'_'.join(map(str, e['loc'])).upper()}" for e in error.errors())
        raise InvalidSettings(f"invalid settings: {error}", f"配置有误，请检查环境变量：{names}。") from error

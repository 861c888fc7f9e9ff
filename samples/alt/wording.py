"""The wording table (wording.yaml): several real-world wordings for each key phrase."""

from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path

import yaml

PATH = Path(__file__).with_name("wording.yaml")


@lru_cache(maxsize=1)
def table() -> dict:
    return yaml.safe_load(PATH.read_text(encoding="utf-8"))


def variants(key: str) -> list[str]:
    value = table()[key]
    return list(value)


def choose(key: str, rng: random.Random, **fill: object) -> str:
    """One wording of key, with its placeholders filled."""
    text = rng.choice(variants(key))
    return text.format(**fill) if fill else text


def period_word(days: int, rng: random.Random) -> str:
    return rng.choice(table()["period_words"][days])

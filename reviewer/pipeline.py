"""The review pipeline as plain functions over the model: ingest → segment → extract → check → score.

Each stage is timed into the draft. Until a checklist standard is loaded the draft carries no findings
and `score: null` — the pipeline never invents a score.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

from extractors.archive import ArchiveLimits
from extractors.fields.dates import signing_date
from extractors.fields.facts import case_facts
from extractors.ingest import ReadOptions, iter_case
from extractors.segment import segment
from reviewer import __version__
from reviewer.errors import NoPages
from reviewer.model import CaseFacts, CaseFile, Instrument, Page, ReviewDraft, SourceError, StandardRef
from reviewer.settings import Settings

ENGINE_VERSION = f"casefile-reviewer {__version__}"
PageCallback = Callable[[Page], None]
#: Kinds that list other instruments' dates (立案日期, 结案日期 …) but carry no date of their own.
UNDATED_KINDS = frozenset({"cover", "index"})


def read_options(settings: Settings) -> ReadOptions:
    limits = ArchiveLimits(settings.zip_max_members, settings.zip_max_total_bytes, settings.zip_max_ratio)
    return ReadOptions(settings.max_file_bytes, limits, settings.pdf_engine, settings.soffice, settings.converter_timeout_s)


def case_id_for(paths: Sequence[Path]) -> str:
    """A readable id from the first input's name (the folder or file stem)."""
    first = Path(paths[0])
    return first.name if first.is_dir() else first.stem


def ingest(paths: Sequence[Path], settings: Settings, case_id: str | None = None, on_page: PageCallback | None = None) -> CaseFile:
    """Read every input into one case file; bad files are recorded, not fatal, unless nothing is readable."""
    case = CaseFile(case_id=case_id or case_id_for(paths))
    for item in iter_case(paths, read_options(settings)):
        if isinstance(item, SourceError):
            case.errors.append(item)
            continue
        case.pages.append(item)
        if item.source not in case.sources:
            case.sources.append(item.source)
        if on_page:
            on_page(item)
    if not case.pages:
        reasons = "；".join(f"{e.source}：{e.message}" for e in case.errors) or "没有输入文件。"
        raise NoPages(f"{case.case_id}: no readable pages", f"案卷“{case.case_id}”没有可读取的页面。{reasons}")
    return case


def extract(instruments: list[Instrument]) -> CaseFacts:
    """Give each instrument its own (signing) date, then read the case's facts and timeline."""
    for instrument in instruments:
        found = None if instrument.kind in UNDATED_KINDS else signing_date(instrument.text)
        instrument.date = found.value if found else None
    return case_facts(instruments)


def review(paths: Sequence[Path], settings: Settings, *, standard_id: str | None = None,
           case_id: str | None = None, on_page: PageCallback | None = None) -> tuple[CaseFile, ReviewDraft]:
    """Run the whole pipeline in-process on one case file."""
    timings: dict[str, float] = {}
    started = time.perf_counter()
    case = ingest(paths, settings, case_id, on_page)
    timings["ingest"] = time.perf_counter() - started
    mark = time.perf_counter()
    case.instruments = segment(case.pages)
    timings["segment"] = time.perf_counter() - mark
    mark = time.perf_counter()
    facts = extract(case.instruments)
    timings["extract"] = time.perf_counter() - mark
    timings["total"] = time.perf_counter() - started
    draft = ReviewDraft(
        case_id=case.case_id,
        standard=StandardRef(id=standard_id or settings.default_standard),
        procedure=facts.procedure,
        pages=len(case.pages),
        sources=case.sources,
        instruments=case.instruments,
        timeline=facts.timeline,
        facts=facts,
        errors=case.errors,
        engine_version=ENGINE_VERSION,
        timings=timings,
    )
    return case, draft

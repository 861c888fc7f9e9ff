"""The review pipeline as plain functions over the model: ingest → segment → extract → check → score.

Each stage is timed into the draft. Every check of the standard is reported; one the machine cannot decide
is `unknown`, and the score is a range until a person settles those — the pipeline never invents a pass.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from pydantic import ValidationError

import checklists.predicates  # noqa: F401 — registers the predicates
from checklists.engine import CaseView, run_checks
from checklists.schema import Standard
from checklists.scopes import Scope, get_scope, load_scopes
from checklists.standards import load_standard
from extractors.archive import ArchiveLimits
from extractors.extract import extract
from extractors.fields.decision_whole import whole_decision
from extractors.ingest import ReadOptions, iter_case
from extractors.ocr import OcrOptions
from extractors.ocr.registry import ENGINES, NO_OCR, choose
from extractors.segment import segment
from reviewer import __version__
from reviewer.core.errors import InvalidSettings, NoDecision, NoPages
from reviewer.core.grading import provisional_note
from reviewer.core.model import CaseFacts, CaseFile, Finding, Page, ReviewDraft, ScanInfo, SourceError, StandardRef
from reviewer.core.registers import Registers
from reviewer.core.settings import Settings
from reviewer.pipeline.scoring import page_reviews, score
from reviewer.pipeline.timing import timed

ENGINE_VERSION = f"casefile-reviewer {__version__}"
PageCallback = Callable[[Page], None]


def read_options(settings: Settings) -> ReadOptions:
    limits = ArchiveLimits(settings.zip_max_members, settings.zip_max_total_bytes, settings.zip_max_ratio)
    return ReadOptions(
        settings.max_file_bytes,
        limits,
        settings.pdf_engine,
        settings.soffice,
        settings.converter_timeout_s,
        ocr_options(settings),
        max_pages=settings.max_pages_per_case,
        max_image_pixels=settings.max_image_pixels,
    )


def ocr_options(settings: Settings) -> OcrOptions | None:
    """The OCR the readers may use (None when REVIEWER_OCR_ENGINE=none); the engine's own options come from
    the settings named `ocr_<option>` (REVIEWER_OCR_THREADS, REVIEWER_OCR_DET_SIDE …)."""
    if settings.ocr_engine == NO_OCR:
        return None
    if settings.ocr_engine not in ENGINES:
        names = "、".join([*ENGINES, NO_OCR])
        raise InvalidSettings(
            f"unknown OCR engine {settings.ocr_engine!r}", f"REVIEWER_OCR_ENGINE 取值无效，可选：{names}。"
        )
    knobs = {
        name.removeprefix("ocr_"): value for name, value in settings.model_dump().items() if name.startswith("ocr_")
    }
    try:
        engine = choose(settings.ocr_engine, knobs)
    except ValidationError as error:
        names = ", ".join(f"REVIEWER_OCR_{'_'.join(map(str, e['loc'])).upper()}" for e in error.errors())
        raise InvalidSettings(f"invalid OCR options: {error}", f"配置有误，请检查环境变量：{names}。") from error
    return OcrOptions(engine, settings.ocr_dpi, settings.ocr_low_confidence, settings.ocr_workers)


def blank_pages(pages: Sequence[Page]) -> list[int]:
    """Numbers of the scanned pages on which no text was found (a person confirms each is really empty)."""
    return [page.index for page in pages if page.blank]


def case_id_for(paths: Sequence[Path]) -> str:
    """A readable id from the first input's name (the folder or file stem)."""
    first = Path(paths[0])
    return first.name if first.is_dir() else first.stem


def ingest(
    paths: Sequence[Path], settings: Settings, case_id: str | None = None, on_page: PageCallback | None = None
) -> CaseFile:
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


def resolve_scope(scope_id: str | None, standard_id: str | None, settings: Settings) -> tuple[Standard, Scope | None]:
    """The standard and scope of a review: a scope picks its own standard unless one is named, and a standard
    written for a scope (`standard.scope`) brings that scope with it."""
    scope = get_scope(scope_id)
    standard = load_standard(standard_id or (scope.standard if scope else settings.default_standard))
    if scope is None and standard.standard.scope in load_scopes():
        scope = get_scope(standard.standard.scope)
    return standard, scope


def require_scope_instrument(case: CaseFile, scope: Scope | None) -> None:
    """A narrower scope reviews one instrument: a file without it is refused rather than scored as empty."""
    if scope is None or any(i.kind in scope.instruments for i in case.instruments):
        return
    raise NoDecision(f"{case.case_id}: no instrument of scope {scope.id} found", source=case.case_id)


def read_and_check(
    case: CaseFile,
    settings: Settings,
    standard: Standard,
    scope: Scope | None,
    registers: Registers | None = None,
    timings: dict[str, float] | None = None,
) -> tuple[CaseFacts, list[Finding]]:
    """Segment the case's pages into instruments (kept on `case`), extract the facts and run the checks: the part of
    a review after ingest, so a bench can hand it pages it changed and nothing downstream knows."""
    timings = {} if timings is None else timings
    with timed(timings, "segment"):
        case.instruments = segment(case.pages)
        if scope is not None:
            case.instruments = whole_decision(case.instruments, scope.instruments)
    require_scope_instrument(case, scope)
    with timed(timings, "extract"):
        facts = extract(case.instruments, case.pages, standard.penalty_thresholds())
    with timed(timings, "check"):
        view = CaseView(case.instruments, facts, standard, case.pages, registers, scope=scope)
        findings = run_checks(view, low_confidence=settings.ocr_low_confidence)
    return facts, findings


def review(
    paths: Sequence[Path],
    settings: Settings,
    *,
    standard_id: str | None = None,
    case_id: str | None = None,
    on_page: PageCallback | None = None,
    registers: Registers | None = None,
    scope: str | None = None,
) -> tuple[CaseFile, ReviewDraft]:
    """Run the whole pipeline in-process on one case file (or, with `scope="decision"`, on its decision alone);
    `registers` (bodies, certificates) let the register checks decide what the file alone cannot."""
    timings: dict[str, float] = {}
    standard, chosen = resolve_scope(scope, standard_id, settings)
    with timed(timings, "total"):
        with timed(timings, "ingest"):
            case = ingest(paths, settings, case_id, on_page)
        facts, findings = read_and_check(case, settings, standard, chosen, registers, timings)
        result = score(findings, standard, low_confidence=settings.ocr_low_confidence)
    blank = blank_pages(case.pages)
    draft = ReviewDraft(
        case_id=case.case_id,
        standard=StandardRef(id=standard.id, version=standard.standard.version),
        scope=chosen.id if chosen is not None else "case",
        procedure=facts.procedure,
        pages=len(case.pages),
        sources=case.sources,
        instruments=case.instruments,
        timeline=facts.timeline,
        facts=facts,
        findings=findings,
        score=result.score,
        grade=result.grade,
        veto=result.veto,
        needs_review=[*result.needs_review, *page_reviews(blank)],
        blank_pages=blank,
        scans=[ScanInfo.of(page, settings.ocr_low_confidence) for page in case.pages if page.origin == "ocr"],
        ocr_low_confidence=settings.ocr_low_confidence,
        score_range=(result.low, result.high),
        provisional_grade=result.provisional,
        provisional_note=provisional_note(
            result.provisional, [f.check_name or f.check_id for f in findings if f.status == "unknown"]
        ),
        category_scores=result.categories,
        errors=case.errors,
        engine_version=ENGINE_VERSION,
        timings=timings,
        registers=registers.ref if registers is not None and registers.loaded else None,
    )
    return case, draft

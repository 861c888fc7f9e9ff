"""Request and response bodies of /api/v1: field names in English, descriptions in Chinese for the docs."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from reviewer.core.status import CaseStatus

Status = Literal["fail", "pass", "unknown", "not_applicable"]
Role = Literal["evaluator", "reviewer", "admin", "system"]


class _Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class ErrorDetail(BaseModel):
    code: str = Field(description="机器可读的错误代码，如 file_too_large")
    message: str = Field(description="中文错误说明")


class ErrorResponse(BaseModel):
    error: ErrorDetail


class UploadAccepted(_Out):
    case_id: str
    job_id: str | None = Field(description="队列任务 ID；队列暂不可用时为 null，案卷已保存，稍后自动排队")
    status: CaseStatus
    queued: bool = Field(description="是否已进入队列")
    message: str


class CaseError(_Out):
    code: str | None
    message: str | None


class CaseSummary(_Out):
    id: str
    agency: str | None = Field(description="执法机关代码")
    case_number: str | None
    party: str | None
    closing_date: dt.date | None
    procedure: str | None
    status: CaseStatus
    progress: float
    score: float | None
    grade: str | None
    batch_id: str | None
    created_at: dt.datetime
    updated_at: dt.datetime | None


class CaseList(BaseModel):
    items: list[CaseSummary]
    total: int
    offset: int
    limit: int


class SourceFileOut(_Out):
    position: int
    name: str
    size: int
    sha256: str
    media_type: str | None


class SignoffOut(_Out):
    case_id: str
    actor: str
    at: dt.datetime
    score: float | None
    grade: str | None


class CaseDetail(CaseSummary):
    standard_id: str | None
    pages: int | None
    error: CaseError | None
    files: list[SourceFileOut]
    signoff: SignoffOut | None


class EvidenceOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    page: int | None = None
    quote: str | None = None


class FindingOut(_Out):
    id: int
    check_id: str
    check_name: str = Field(description="评查项目名称（评查表所列名称）")
    category: str
    points: float | None = Field(description="该项分值")
    status: Status
    deducted: float
    pre_status: Status = Field(description="机器预审结论")
    pre_deducted: float = Field(description="机器预审扣分")
    message: str
    evidence: list[EvidenceOut]
    confidence: float
    corrected: bool = Field(description="结论或扣分是否已被人工更正")
    version: int = Field(description="修改计数；ETag 即由它得出")


class FindingList(BaseModel):
    case_id: str
    score: float | None
    grade: str | None
    findings: list[FindingOut]


class FindingPatch(BaseModel):
    """A reviewer's correction of one finding; omitted fields stay as they are."""

    model_config = ConfigDict(extra="forbid")
    status: Status | None = None
    deducted: float | None = Field(default=None, ge=0, le=100, description="扣分（分）")
    comment: str | None = Field(default=None, max_length=2000, description="修改理由")


class PatchResult(BaseModel):
    finding: FindingOut
    score: float | None
    grade: str | None


class CorrectionOut(_Out):
    id: int
    finding_id: int | None
    check_id: str
    check_name: str = Field(description="评查项目名称")
    actor: str
    at: dt.datetime
    old_status: str | None
    new_status: str | None
    old_deducted: float | None
    new_deducted: float | None
    comment: str | None


class CorrectionList(BaseModel):
    case_id: str
    corrections: list[CorrectionOut]


class BatchCreate(BaseModel):
    """A batch over stored cases: one agency's files closed within a period."""

    model_config = ConfigDict(extra="forbid")
    name: str | None = Field(default=None, max_length=200)
    agency: str = Field(min_length=1, max_length=64, description="执法机关代码")
    period_from: dt.date = Field(description="结案日期起（含）")
    period_to: dt.date = Field(description="结案日期止（含）")


class BatchAccepted(BaseModel):
    batch_id: str
    cases: int
    queued: int = Field(description="已进入队列的案卷数")
    deferred: int = Field(description="队列暂不可用、稍后自动排队的案卷数")
    case_ids: list[str]


class BatchProgress(BaseModel):
    total: int
    by_status: dict[str, int]
    done: float = Field(description="已完成（drafted/signed/failed）比例 0..1")


class BatchOut(BaseModel):
    id: str
    name: str | None
    agency: str | None
    period_from: dt.date | None
    period_to: dt.date | None
    created_at: dt.datetime
    progress: BatchProgress
    summary: dict[str, Any] = Field(
        description="汇总：rows（每份案卷一行）与 ranking（按机关排序）；summary=false 时为空"
    )


class KeyCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    role: Role
    agency: str | None = Field(default=None, max_length=64, description="执法机关代码；省略表示全部机关")
    name: str = Field(min_length=1, max_length=200)


class KeyOut(_Out):
    id: int
    prefix: str
    role: str
    agency: str | None
    name: str
    created_at: dt.datetime
    revoked_at: dt.datetime | None


class KeyCreated(KeyOut):
    key: str = Field(description="完整密钥，只显示这一次")


class Health(BaseModel):
    status: str
    checks: dict[str, str] = Field(default_factory=dict)

"""Typed errors of the store, each with its exit code and the HTTP status the API answers with."""

from __future__ import annotations

from reviewer.core.errors import BadInput, ExitCode, ReviewerError


class StaleVersion(ReviewerError):
    """The finding changed since the caller read it (optimistic concurrency: If-Match / expected_version)."""

    exit_code = ExitCode.BAD_INPUT
    http_status = 412
    default_user_message = "该评查项已被他人修改，请刷新后再改。"

    def __init__(self, log_message: str, user_message: str | None = None, *, current_version: int | None = None):
        super().__init__(log_message, user_message)
        self.current_version = current_version


class CaseLocked(ReviewerError):
    """The case is signed off: its review is final and refuses corrections and new drafts."""

    exit_code = ExitCode.BAD_INPUT
    http_status = 409
    default_user_message = "该案卷已签署定稿，不能再修改。"


class CaseNotFound(ReviewerError):
    exit_code = ExitCode.BAD_INPUT
    http_status = 404
    default_user_message = "找不到该案卷。"


class FindingNotFound(ReviewerError):
    exit_code = ExitCode.BAD_INPUT
    http_status = 404
    default_user_message = "找不到该评查项。"


class BadCorrection(BadInput):
    """A correction that the standard does not allow (unknown status, deduction outside 0…points)."""

    http_status = 422
    default_user_message = "更正内容不合法。"


class NoFiles(BadInput):
    default_user_message = "没有上传任何文件。"


class NotReviewed(ReviewerError):
    """Sign-off or export asked of a case that has no draft yet."""

    exit_code = ExitCode.BAD_INPUT
    http_status = 409
    default_user_message = "该案卷尚未生成评查草稿。"


class QueueUnavailable(ReviewerError):
    """Redis did not answer; the case stays stored and `queued`, and a worker's sweep enqueues it later."""

    exit_code = ExitCode.UNAVAILABLE
    http_status = 503
    default_user_message = "任务队列暂不可用，案卷已保存，恢复后将自动排队评查。"


class UnknownRole(BadInput):
    default_user_message = "未知角色（可选：evaluator、reviewer、admin、system）。"

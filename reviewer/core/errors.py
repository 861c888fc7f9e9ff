"""Typed errors raised at the edges, each with a Chinese message for the user and an English one for logs.

Like `reviewer.core.model` this module imports nothing of the project, so every box (readers included) may use it.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """What the `reviewer` command returns (OCRmyPDF names its exit codes the same way)."""

    OK = 0
    #: The run failed for another reason.
    FAILED = 1
    #: Bad input or usage: a refused file, an unknown standard, a wrong setting or argument.
    BAD_INPUT = 2
    #: A service the command needs (Redis) did not answer.
    UNAVAILABLE = 3


class ReviewerError(Exception):
    """Base of every error the project raises on purpose.

    `user_message` is shown to evaluators (Chinese); `str(error)` is the English log message.
    `exit_code` is what the CLI returns for it, `http_status` what the API answers with.
    """

    exit_code: ExitCode = ExitCode.FAILED
    http_status: int = 400
    default_user_message = "处理失败。"

    def __init__(self, log_message: str, user_message: str | None = None, *, source: str | None = None):
        super().__init__(log_message)
        self.user_message = user_message or self.default_user_message
        self.source = source


class BadInput(ReviewerError):
    """The uploaded file cannot be reviewed as it is; retrying will not help."""

    exit_code = ExitCode.BAD_INPUT
    http_status = 400
    default_user_message = "文件无法读取。"


class EmptyFile(BadInput):
    default_user_message = "文件为空（0 字节），请重新上传。"


class FileTooLarge(BadInput):
    http_status = 413
    default_user_message = "文件超过大小限制，请拆分后上传。"


class TooManyPages(BadInput):
    """The case file has more pages than REVIEWER_MAX_PAGES_PER_CASE allows."""

    http_status = 413
    default_user_message = "案卷页数超过上限，请拆分后上传。"


class ImageTooLarge(BadInput):
    """An image (or a page to be rendered for OCR) has more pixels than REVIEWER_MAX_IMAGE_PIXELS allows."""

    http_status = 413
    default_user_message = "图片像素过多，超过上限，请缩小后上传。"


class UnsupportedFormat(BadInput):
    http_status = 415
    default_user_message = "不支持的文件格式。请上传 PDF、DOCX、DOC/WPS 或 ZIP 文件。"


class CorruptFile(BadInput):
    default_user_message = "文件已损坏或不完整，无法读取。"


class EncryptedFile(BadInput):
    default_user_message = "文件已加密（设有密码），请提供未加密的文件。"


class MislabeledFile(BadInput):
    default_user_message = "文件内容与扩展名不符。"


class UnsafeArchive(BadInput):
    default_user_message = "压缩包不安全（路径越界或解压后过大），已拒绝。"


class ConverterMissing(BadInput):
    default_user_message = (
        "旧版 DOC/WPS 文件需要 LibreOffice 转换，但本机未安装 LibreOffice。请另存为 DOCX 或 PDF 后上传。"
    )


class InputNotFound(BadInput):
    default_user_message = "找不到指定的文件或文件夹。"


class OcrUnavailable(BadInput):
    default_user_message = (
        "图片和扫描件需要 OCR 识别，但本机的 OCR 未启用或模型文件缺失，请联系管理员，或上传带文字层的 PDF 或 DOCX。"
    )


class NoPages(BadInput):
    default_user_message = "未能从上传的文件中读出任何页面。"


class NoDecision(BadInput):
    """A decision-only review (文书评查) of a file in which no decision was found."""

    http_status = 422
    default_user_message = (
        "文件中未找到行政处罚决定书（含当场处罚决定书、不予行政处罚决定书、更正决定书），无法进行文书评查；请确认上传的是决定书，"
        "或改用案卷评查。"
    )


class UnknownScope(ReviewerError):
    exit_code = ExitCode.BAD_INPUT
    http_status = 422
    default_user_message = "未知的评查范围。"


class UnknownStandard(ReviewerError):
    exit_code = ExitCode.BAD_INPUT
    http_status = 422
    default_user_message = "找不到指定的评查标准。"


class InvalidSettings(ReviewerError):
    exit_code = ExitCode.BAD_INPUT
    http_status = 500
    default_user_message = "配置有误，请检查以 REVIEWER_ 开头的环境变量。"


class InvalidHolidays(ReviewerError):
    """A holiday year file (shipped or in REVIEWER_HOLIDAYS_DIR) is missing or invalid: a setup problem."""

    exit_code = ExitCode.BAD_INPUT
    http_status = 500
    default_user_message = "节假日文件有误，请用 reviewer calendar validate 校验。"

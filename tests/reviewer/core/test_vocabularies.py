"""The vocabularies named once keep the values the database, the API and the shell already know."""

from __future__ import annotations

import pytest

from checklists.problems import InvalidStandard
from reviewer.core import errors
from reviewer.core.errors import ExitCode, ReviewerError
from reviewer.core.status import FINISHED, PENDING, REVIEWED, CaseStatus
from reviewer.store import errors as store_errors


def test_case_status_values_are_the_stored_strings() -> None:
    assert [status.value for status in CaseStatus] == ["queued", "processing", "failed", "drafted", "signed"]
    assert str(CaseStatus.QUEUED) == "queued" and "drafted" in REVIEWED and "processing" in PENDING
    assert {"drafted", "failed", "signed"} == FINISHED


def test_exit_codes_keep_their_numbers() -> None:
    assert [int(code) for code in ExitCode] == [0, 1, 2, 3]
    assert errors.BadInput.exit_code == 2 and ReviewerError.exit_code == 1
    assert store_errors.QueueUnavailable.exit_code == 3 and InvalidStandard.exit_code == 2


@pytest.mark.parametrize(
    ("error", "status"),
    [
        (errors.FileTooLarge, 413),
        (errors.UnsupportedFormat, 415),
        (errors.UnknownStandard, 422),
        (errors.InvalidSettings, 500),
        (errors.EmptyFile, 400),
        (errors.BadInput, 400),
        (ReviewerError, 400),
        (InvalidStandard, 400),
        (store_errors.StaleVersion, 412),
        (store_errors.CaseLocked, 409),
        (store_errors.CaseNotFound, 404),
        (store_errors.FindingNotFound, 404),
        (store_errors.NotReviewed, 409),
        (store_errors.QueueUnavailable, 503),
        (store_errors.BadCorrection, 422),
        (store_errors.UnknownRole, 400),
    ],
)
def test_each_error_carries_its_http_status(error: type[ReviewerError], status: int) -> None:
    assert error.http_status == status

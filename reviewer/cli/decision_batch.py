"""`reviewer batch DIR --scope decision`: a folder of published decisions reviewed alone, in this process.

Each file (or sub-folder) of DIR is one decision. No queue or database is needed: a 文书评查 of a period's
decisions is quick, and the workbook (`reviewer.reports.decision_summary`) is the whole result. A file without a
decision, or one that cannot be read, gets a row saying why and is left out of the ranking.
"""

from __future__ import annotations

from pathlib import Path

from rich.console import Console

from reviewer.core.errors import ExitCode, ReviewerError
from reviewer.core.settings import Settings
from reviewer.pipeline.run import review
from reviewer.reports.decision_summary import DecisionRow, decision_row, decision_summary_xlsx, refused_row

console = Console(stderr=True)


def review_decisions(
    folder: Path, settings: Settings, *, scope: str, standard_id: str | None = None
) -> list[DecisionRow]:
    """One row per entry of `folder`, in natural name order."""
    from worker.batch import case_inputs

    rows = []
    for entry in case_inputs(folder):
        try:
            _, draft = review([entry], settings, scope=scope, standard_id=standard_id)
        except ReviewerError as error:
            rows.append(refused_row(entry.name, error.user_message))
            continue
        rows.append(decision_row(entry.name, draft))
    return rows


def run_decision_batch(
    folder: Path, out: Path, settings: Settings, *, scope: str, standard_id: str | None = None
) -> ExitCode:
    """Review the folder's decisions and write the workbook; exit code 2 when any file was refused."""
    rows = review_decisions(folder, settings, scope=scope, standard_id=standard_id)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(decision_summary_xlsx(rows, name=folder.name))
    refused = sum(row.refused for row in rows)
    console.print(f"已写出文书评查汇总表：{out}（{len(rows)} 份，未能评查 {refused} 份）")
    return ExitCode.BAD_INPUT if refused else ExitCode.OK

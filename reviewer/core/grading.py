"""The wording of the 预评等级 (provisional grade), shared by the pipeline, the store and every report.

A provisional grade is what the file gets if every open (unknown) check passes. It is said beside the score
range and names the open items, so nobody takes it for a settled grade.
"""

from __future__ import annotations


def provisional_note(provisional: str | None, open_items: list[str]) -> str | None:
    """The sentence stating the provisional grade; None when there is none."""
    if not provisional:
        return None
    names = "、".join(open_items)
    return (
        f"预评等级：{provisional}（仅在待核查的 {len(open_items)} 项（{names}）经人工核查均无问题时成立，并非评定等级）"
    )

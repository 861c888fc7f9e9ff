"""Regenerate `checklists/law_structure.yaml`: per article of each law, how many 款 it has and how many 项 each 款 has.

Usage (from the repository root):

    .venv/bin/python scripts/law_structure.py [--laws-dir ../shared/laws] [--penalty-law-text FILE] [--check]

The price rules are read from the Word files in `--laws-dir` (default `../shared/laws`, python-docx). The
行政处罚法 (2021) is not among them: pass `--penalty-law-text` with a local Markdown copy of the 2021 text in the
layout of `LawRefBook/Laws` (`行政法/行政处罚法.md`, one paragraph per line, `第X条 ` at the start of an article,
`（一）` at the start of an item, `#` headings for chapters and sections). Without it, the 行政处罚法 entry of the
existing YAML is kept as it is. `--check` writes nothing and exits 1 when the file on disk differs.

Only numbers and names leave the laws: article numbers, paragraph and item counts, chapter titles and ranges.

Counting rules (how a paragraph of the published text maps to the structure):
* a paragraph that starts with 第X条 opens an article and is its first 款;
* a paragraph that starts with （一） / (一) is a 项 of the last 款 before it;
* any other paragraph inside an article is a further 款;
* chapter and section headings (第X章 / 第X节), the title, the table of contents and the promulgation note are
  skipped, and so is everything before the first article.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "checklists" / "law_structure.yaml"
DEFAULT_LAWS_DIR = REPO.parent / "shared" / "laws"

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
CN_UNITS = {"十": 10, "百": 100, "千": 1000}
NUMERAL = "[零〇一二两三四五六七八九十百千]+"
ARTICLE = re.compile(rf"^第({NUMERAL})条(?:[\s\u3000]|$)")
ITEM = re.compile(rf"^[（(]({NUMERAL})[）)]")
HEADING = re.compile(rf"^#*\s*第({NUMERAL})([章节])[\s\u3000]*(.*)$")
BLANKS = " \t\u3000\xa0\r\n"


def cn_number(text: str) -> int:
    """A Chinese numeral as used for article and item numbers (一 … 九千九百九十九)."""
    total, digit = 0, 0
    for char in text:
        if char in CN_DIGITS:
            digit = CN_DIGITS[char]
        else:
            total += (digit or 1) * CN_UNITS[char]
            digit = 0
    return total + digit


@dataclass
class Law:
    """One law's metadata as written into the YAML (facts about the text, none of its wording)."""

    key: str
    name: str
    aliases: list[str]
    version: str
    in_force: str
    status: str
    source: str
    docx_name: str | None = None


@dataclass
class Parsed:
    articles: dict[int, list[int]] = field(default_factory=dict)
    chapters: list[dict[str, object]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


LAWS = [
    Law(
        key="price_law",
        name="中华人民共和国价格法",
        aliases=["价格法", "《价格法》", "中国人民共和国价格法"],
        version="1997年12月29日第八届全国人民代表大会常务委员会第二十九次会议通过（未修正）",
        in_force="1998-05-01",
        status="现行有效",
        source="../shared/laws/中华人民共和国价格法_19971229.docx",
        docx_name="中华人民共和国价格法_19971229.docx",
    ),
    Law(
        key="price_penalty_rules",
        name="价格违法行为行政处罚规定",
        aliases=["价格违法行为处罚规定", "价格违法行为行政处罚规定（2010修订）"],
        version="1999年8月1日国家发展计划委员会发布；2006年2月21日、2008年1月13日、2010年12月4日三次修订（国务院令）",
        in_force="2010-12-04",
        status="现行有效（2010年修订文本）",
        source="../shared/laws/价格违法行为行政处罚规定_20101204.docx",
        docx_name="价格违法行为行政处罚规定_20101204.docx",
    ),
    Law(
        key="price_marking_fraud_2022",
        name="明码标价和禁止价格欺诈规定",
        aliases=["明码标价和禁止价格欺诈规定（国家市场监督管理总局令第56号）", "明码标价与禁止价格欺诈规定"],
        version="2022年4月14日国家市场监督管理总局令第56号公布",
        in_force="2022-07-01",
        status="现行有效",
        source="../shared/laws/明码标价和禁止价格欺诈规定.docx",
        docx_name="明码标价和禁止价格欺诈规定.docx",
    ),
    Law(
        key="price_fraud_2001",
        name="禁止价格欺诈行为的规定",
        aliases=["禁止价格欺诈行为规定"],
        version="2001年11月7日国家发展计划委员会令第15号公布",
        in_force="2002-01-01",
        status="已废止（2022-07-01，由明码标价和禁止价格欺诈规定第二十七条废止）",
        source="../shared/laws/禁止价格欺诈行为的规定.docx",
        docx_name="禁止价格欺诈行为的规定.docx",
    ),
    Law(
        key="promotion_rules_2020",
        name="规范促销行为暂行规定",
        aliases=["规范促销行为暂行规定（国家市场监督管理总局令第32号）"],
        version="2020年10月29日国家市场监督管理总局令第32号公布",
        in_force="2020-12-01",
        status="现行有效",
        source="../shared/laws/规范促销行为暂行规定.docx",
        docx_name="规范促销行为暂行规定.docx",
    ),
    Law(
        key="administrative_penalty_law_2021",
        name="中华人民共和国行政处罚法",
        aliases=["行政处罚法", "《行政处罚法》", "新行政处罚法"],
        version="1996年3月17日通过，2009年8月27日、2017年9月1日修正，2021年1月22日第十三届全国人大常委会第二十五次会议修订",
        in_force="2021-07-15",
        status="现行有效（2021年修订文本；之前的条文序号见 law_versions.yaml）",
        source=(
            "GitHub LawRefBook/Laws, 行政法/行政处罚法.md at commit d7dff8469fd023ff2455d74c99ff1cb93189bdbb "
            "(found with the project's code search; read in full, 86 articles); structure counted by this script "
            "from a local copy passed with --penalty-law-text"
        ),
    ),
]


def parse_paragraphs(paragraphs: list[str]) -> Parsed:
    """Count 款 and 项 per article in a law given as its paragraphs in order."""
    parsed = Parsed()
    current: int | None = None
    chapter: dict[str, object] | None = None
    for raw in paragraphs:
        text = raw.strip(BLANKS)
        if not text:
            continue
        heading = HEADING.match(text)
        if heading:
            if heading.group(2) == "章":
                title = re.sub(r"[\s\u3000]+", "", heading.group(3))
                number = cn_number(heading.group(1))
                if chapter is not None and chapter["number"] == number:
                    continue  # the same chapter again (table of contents, then body)
                chapter = {"number": number, "title": title, "first": None, "last": None}
                parsed.chapters.append(chapter)
            continue
        article = ARTICLE.match(text)
        if article:
            number = cn_number(article.group(1))
            if number in parsed.articles:
                parsed.warnings.append(f"第{article.group(1)}条出现两次")
            if current is not None and number != current + 1:
                parsed.warnings.append(f"条文序号跳跃：{current} → {number}")
            current = number
            parsed.articles[number] = [0]
            if chapter is not None:
                chapter["first"] = chapter["first"] or number
                chapter["last"] = number
            continue
        if current is None:
            continue  # title, promulgation note, table of contents
        item = ITEM.match(text)
        if item:
            parsed.articles[current][-1] += 1
            expected = parsed.articles[current][-1]
            if cn_number(item.group(1)) != expected:
                parsed.warnings.append(f"第{current}条：项序号 {item.group(1)} 与计数 {expected} 不符")
        else:
            parsed.articles[current].append(0)
        if text[-1] not in "。；：;:”」）)":
            parsed.warnings.append(f"第{current}条：一段未以句末标点结束（可能是断行）：…{text[-12:]}")
    # Chapters the table of contents listed but the body never filled (a TOC-only chapter) are dropped.
    parsed.chapters = [c for c in parsed.chapters if c["first"] is not None]
    return parsed


def read_docx(path: Path) -> list[str]:
    document = docx.Document(str(path))
    # A soft line break inside a Word paragraph is not a new 款; keep the paragraph whole.
    return [paragraph.text.replace("\n", "") for paragraph in document.paragraphs]


def read_markdown(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    if "<!-- INFO END -->" in lines:
        lines = lines[lines.index("<!-- INFO END -->") + 1 :]
    return lines


def law_entry(law: Law, parsed: Parsed) -> dict[str, object]:
    entry: dict[str, object] = {
        "name": law.name,
        "aliases": law.aliases,
        "version": law.version,
        "in_force": law.in_force,
        "status": law.status,
        "source": law.source,
        "article_count": len(parsed.articles),
    }
    if parsed.chapters:
        entry["chapters"] = parsed.chapters
    entry["articles"] = parsed.articles
    return entry


HEADER = """\
# 法条结构表（law structure table）：每条有几款、每款有几项。
#
# What this is: for the laws that real price decisions cite most, per article the number of 款 (paragraphs)
# and, per 款, the number of 项 (enumerated items), so that a check can tell whether a citation such as
# "价格法第十四条" given without 项 is imprecise (第十四条 has one 款 with 8 项), or whether a cited 款/项 exists.
#
# Format: `articles: {条号: [第一款的项数, 第二款的项数, ...]}` -- the list's length is the number of 款; 0 means
#   that 款 has no 项. Example: `14: [8]` = one 款 with 8 项; `40: [0, 0]` = two 款, no 项.
#   `chapters` gives each chapter's title and first/last article (e.g. the 法律责任 chapter holds the penalty
#   provisions). Article numbers are Arabic here; decisions write them in Chinese numerals (第十四条 = 14).
#
# Facts come from the sources named per law: the Word files in ../shared/laws/ (see its README for where they
# came from) and, for the 行政处罚法 (2021), the GitHub copy named in its `source`. Nothing is copied from the
# laws beyond article numbers, counts, chapter titles and the laws' names; no sentence of any law is here.
# Verify against an official publication (国家法律法规数据库 flk.npc.gov.cn) before a check relies on a number.
#
# Generated by scripts/law_structure.py -- do not edit by hand; rerun the script instead:
#   .venv/bin/python scripts/law_structure.py --penalty-law-text /path/to/行政处罚法.md
# (without --penalty-law-text the 行政处罚法 entry below is carried over unchanged).
#
# Entries with `partial: true` are tabled by hand and carried over unchanged by the script: laws beyond the price
# rules that decisions cite (食品安全法, 未成年人保护法), with only the articles read one by one in the text named
# in `source` (`article_count` is the whole law's); an article not listed there is unknown, never "not divided".
"""


def build(laws_dir: Path, penalty_text: Path | None) -> tuple[str, list[str]]:
    warnings: list[str] = []
    existing: dict[str, object] = {}
    if OUT.exists():
        loaded = yaml.safe_load(OUT.read_text(encoding="utf-8")) or {}
        existing = loaded.get("laws", {})
    laws: dict[str, object] = {}
    for law in LAWS:
        if law.docx_name is not None:
            parsed = parse_paragraphs(read_docx(laws_dir / law.docx_name))
        elif penalty_text is not None:
            parsed = parse_paragraphs(read_markdown(penalty_text))
        elif law.key in existing:
            laws[law.key] = existing[law.key]
            continue
        else:
            warnings.append(f"{law.name}: 没有 --penalty-law-text，也没有已有条目，跳过")
            continue
        warnings.extend(f"{law.name}: {w}" for w in parsed.warnings)
        laws[law.key] = law_entry(law, parsed)
    # Hand-tabled laws (`partial: true`, only the articles read one by one) have no local text to count from:
    # they are carried over as they are.
    for key, entry in existing.items():
        if key not in laws and isinstance(entry, dict) and entry.get("partial"):
            laws[key] = entry
    body = yaml.safe_dump({"laws": laws}, allow_unicode=True, sort_keys=False, width=120, default_flow_style=None)
    return HEADER + "\n" + body, warnings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--laws-dir", type=Path, default=DEFAULT_LAWS_DIR)
    parser.add_argument("--penalty-law-text", type=Path, default=None)
    parser.add_argument("--check", action="store_true", help="exit 1 when the YAML on disk is not up to date")
    args = parser.parse_args(argv)
    text, warnings = build(args.laws_dir, args.penalty_law_text)
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT.relative_to(REPO)} is out of date", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What the extract stage read in each instrument: typed facts the checks read and never re-derive.

`extractors.extract` fills `Instrument.facts` once per review; every predicate of `checklists/` reads these
objects instead of parsing text, so a field read better is read better for every check, and the extraction
numbers describe what the checks saw. A value that was not found is None (or an empty list): never a guess.

Quotes are kept as the text writes them, because evidence must point at the words on the page: `raw` is the
matched text and `line` the stripped line that holds it (the checks quote whichever the message needs).

The families, and which instruments carry them (None elsewhere):

* every instrument: its signing date (`signed`), the agency in its heading, its 文号, the keys its title and
  number are matched by, its seal and signatures, the wording that reports a statement or its review;
* decisions, notices and approval forms: the party block (`parties`), the penalty (`penalty`: items with kind
  and amount, totals, the line that states them) and the citations by role;
* decisions: remedies (复议, 诉讼), payment terms, the contents a decision must state, the acts' dates;
* notices: the rights told and their periods; 听证通知书: the hearing date it sets;
* 送达回证: what was served, when, how and to whom; records (笔录): session, persons and officers;
* 陈述申辩 records: what the party waived or asked; 延期审批: the extension; 集体讨论: who and what concluded;
  缴款凭证: the payer; 卷内目录 and 封面: the index rows and the stated page count.

Room left on purpose (filled by the accuracy issues, read by checks they add): several parties and penalty
items per decision, mitigation citations apart from the basis (`Citations.mitigation`), the notice's service
date as the decision states it (`DecisionFacts.notice_served`), and the seal's kind (image, printed marker).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict
from pydantic import Field as PydField

PeriodUnit = Literal["day", "working_day", "month"]
PartyType = Literal["organisation", "citizen"]
PenaltyKind = Literal["warning", "fine", "confiscation", "suspension", "revocation", "qualification", "detention"]
#: The role of an amount in a penalty section: the fine, the illegal gains or goods' value confiscated, a
#: surcharge (加处罚款), or anything else (turnover, prices quoted in the facts).
AmountRole = Literal["fine", "confiscated_gains", "confiscated_goods", "surcharge", "other"]
CitationRole = Literal["violated", "basis", "mitigation", "other"]
#: image: a red seal on the scan; marker: a printed stand-in such as （印章）; none: neither was seen.
SealKind = Literal["image", "marker", "none"]
ServedFrom = Literal["label", "receiver", "signing"]


class _Facts(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DateFact(_Facts):
    """A date as written (二〇二三年五月十二日); `blank` for a template left empty (____年__月__日)."""

    value: dt.date | None
    raw: str
    blank: bool = False
    time: dt.time | None = None


class Period(_Facts):
    """A stated period: 五个工作日内 → amount 5, unit working_day. Reported as written; the checks apply the law
    (Art. 85 makes 三日 three working days)."""

    amount: int
    unit: PeriodUnit
    raw: str


class PartyFacts(_Facts):
    """One party block (当事人): name as written and cleaned of trailing （法定代表人…）, its identifiers and address.
    A name masked whole for publication (***, 某某) is None, its clean name empty: the party is there, unnamed."""

    name: str | None
    clean_name: str
    party_type: PartyType | None = None
    code: str | None = None
    code_kind: Literal["credit_code", "id_number"] | None = None
    code_valid: bool | None = None
    address: str | None = None
    representative: str | None = None
    #: A 个体工商户 (`party_type` stays organisation or citizen, which the penalty thresholds distinguish).
    individual_business: bool = False
    #: The line that names the party (evidence).
    line: str = ""


class PenaltyItem(_Facts):
    """One amount of the penalty section with its role and, where the role implies one, the penalty kind."""

    kind: PenaltyKind | None
    role: AmountRole
    amount: Decimal
    raw: str
    form: Literal["figures", "words"]
    line: str


class AmountMismatch(_Facts):
    """Figures and the capitals that repeat them disagree (30000元（大写：叁仟元整）)."""

    figures: str
    words: str
    #: The amount's role (fine, confiscated_gains …) and the two readings in yuan.
    role: str = ""
    figures_yuan: Decimal | None = None
    words_yuan: Decimal | None = None


class PenaltyFacts(_Facts):
    """The penalty a decision imposes or a notice or approval form proposes."""

    #: A penalty section was found (作出如下行政处罚 …); without one, nothing below is read from the facts.
    stated: bool
    #: Kinds imposed, in a fixed order; empty when none or when the section says 不予处罚.
    kinds: list[PenaltyKind] = PydField(default_factory=list)
    #: The amounts that count (a capital repeating its figures is not a second item).
    items: list[PenaltyItem] = PydField(default_factory=list)
    #: Role → total of the section (turnover and prices quoted as "other" are left out).
    totals: dict[AmountRole, Decimal] = PydField(default_factory=dict)
    fine: Decimal | None = None
    #: Goods or tools confiscated in kind (没收涉案商品…), not only money.
    goods_confiscated: bool = False
    #: Illegal gains and goods' value confiscated, added up; None when the section names neither.
    confiscation: Decimal | None = None
    #: The fine in figures as written ("" when only capitals or nothing state it).
    fine_raw: str = ""
    mismatches: list[AmountMismatch] = PydField(default_factory=list)
    #: The line holding the section's last amount (else its first line): where the terms after it follow.
    line: str | None = None
    #: Any amount of money anywhere in the instrument, and whether it writes 罚款 at all.
    any_amount: bool = False
    mentions_fine: bool = False
    #: The fine's amount is a slot left to fill (罚款＿＿元, 罚款（此处填写罚款金额）元): the kind is stated, the blank is
    #: a drafting slip.
    fine_unfilled: bool = False
    #: The words of a disposition that decides yet names no penalty — orders only (决定如下：一、责令改正…), or a
    #: bare 决定…依法予以行政处罚。 — where no 不予处罚 outcome is stated; None otherwise.
    nothing_imposed: str | None = None


class Citation(_Facts):
    """《…》第X条第X款第X项, with the law carried over from an earlier citation when the text says 该法."""

    law: str | None
    article: int
    paragraph: int | None = None
    item: int | None = None
    sub_article: int | None = None
    raw: str
    role: CitationRole = "other"


class Citations(_Facts):
    """Citations by role: the provision violated, the penalty basis, mitigation (从轻/减轻, reserved), others."""

    violated: list[Citation] = PydField(default_factory=list)
    basis: list[Citation] = PydField(default_factory=list)
    mitigation: list[Citation] = PydField(default_factory=list)
    other: list[Citation] = PydField(default_factory=list)
    #: Basis clauses naming a law but no article (根据《某某法》的规定，决定…), as written.
    unnumbered_basis: list[str] = PydField(default_factory=list)


class Route(_Facts):
    """A 复议 or 诉讼 route the decision states: its period and the named body or court."""

    period: Period | None
    bodies: list[str] = PydField(default_factory=list)
    raw: str
    line: str
    #: 诉讼 only: the pre-2015 三个月.
    outdated: bool = False
    #: No named body, or only the generic 人民法院.
    generic: bool = False
    #: The period runs from the 复议决定 (复议前置).
    after_review: bool = False


class PaymentTerms(_Facts):
    period: Period | None
    place: str | None
    raw: str
    line: str
    #: The terms say how to pay (bank, account, online …).
    names_how: bool = False


class DecisionFacts(_Facts):
    """What a decision (决定书) states beyond the penalty."""

    review: Route | None = None
    litigation: Route | None = None
    payment: PaymentTerms | None = None
    #: The consequence of not paying is stated (逾期不缴纳 …加处罚款 / 强制执行).
    consequence: bool = False
    #: The fine was collected on the spot (履行方式：当场缴纳 / 当场收缴, 行政处罚法 Art. 68): no period or bank is due.
    collected_on_spot: str | None = None
    #: The agency named in the signing block or heading.
    signing_agency: str | None = None
    #: No line names the agency though the text runs whole to a seal placeholder naming nobody (the name is missing).
    agency_unnamed: bool = False
    states_facts: bool = False
    states_evidence: bool = False
    #: A basis is worded (依据《…》) even where no citation could be parsed.
    basis_worded: bool = False
    #: The text up to the legal assessment was found (经查 … 违反了), and the dates of the acts in it.
    facts_found: bool = False
    acts: list[ActDate] = PydField(default_factory=list)
    #: The facts say the act went on (至今, 持续 …).
    ongoing: bool = False
    #: The decision says harm followed the act (伤亡, 中毒, 危害后果 …): the five-year limitation may apply.
    harm_stated: bool = False
    #: The words answering the party's statement (复核, 采纳 …).
    answers_statement: str | None = None
    #: When the decision says the 告知书 was served (送达/下达 …), None when it does not say.
    notice_served: DateFact | None = None
    #: When the decision says the 告知书 was made (于…作出/制作《…告知书》), apart from its service; None when
    #: it gives no such date (a bare service date is not a making date).
    notice_made: DateFact | None = None
    #: What the decision reports of its procedure (form headings that only name a step do not count): a
    #: 告知书 given; the party's 陈述申辩 and 听证 rights or their use mentioned; a statement made, one waived
    #: (放弃, not the law's 视为放弃); a hearing held.
    notice_mentioned: bool = False
    statement_mentioned: bool = False
    hearing_mentioned: bool = False
    statement_made: bool = False
    statement_waived: bool = False
    hearing_held: bool = False


class ActDate(_Facts):
    """A date of the violation in the decision's facts: a day, or a whole month or year for 2023年1月 / 2019年."""

    first: dt.date
    last: dt.date
    raw: str
    #: A range (2017年3月至6月): the act went on through `last`, not at some day between.
    through: bool = False


class NoticeFacts(_Facts):
    """A prior notice (事先告知书, 听证告知书): the rights it tells and their periods, and what it states."""

    statement: bool = False
    hearing: bool = False
    statement_period: Period | None = None
    hearing_period: Period | None = None
    #: The first sentence naming the right together with what the party may do (有权, 可以, 要求 …).
    statement_sentence: str | None = None
    hearing_sentence: str | None = None
    #: Where the notice tells the rights (or the penalty line where that should be).
    rights_line: str | None = None
    states_facts: bool = False
    #: A basis is worded (依据《…》第) even where no citation could be parsed.
    basis_worded: bool = False


class Signature(_Facts):
    """A signature line (签名, 签收): its label, the value written, and the date beside it."""

    label: str
    value: str
    filled: bool
    date: DateFact | None = None
    #: Signed by the receiver of the document (收件人, 受送达人, 签收人, 代收人, 签收).
    by_receiver: bool = False


class ServedDocument(_Facts):
    """A document a 送达回证 names, with the keys it is matched to instruments by."""

    name: str
    doc_number: str | None
    #: The instrument kind its name is the title of, when it is one.
    kind: str | None = None
    name_key: str = ""
    number_key: str | None = None


class ReceiptFacts(_Facts):
    """A 送达回证: what was served, to whom, when (from its label, the receiver's signature or the signing date), how."""

    documents: list[ServedDocument] = PydField(default_factory=list)
    recipient: str | None = None
    recipient_clean: str | None = None
    served: DateFact | None = None
    served_from: ServedFrom | None = None
    place: str | None = None
    method: str | None = None
    receiver_signed: bool = False
    servers: list[str] = PydField(default_factory=list)


class Officer(_Facts):
    name: str
    role: Literal["officer", "recorder", "server", "other"]
    certificate: str | None = None
    line: str = ""


class Person(_Facts):
    role: str
    name: str


class RecordFacts(_Facts):
    """A record (笔录, and the 当场处罚决定书 that names its officers): session, persons, officers."""

    start: dt.datetime | None = None
    end: dt.datetime | None = None
    #: The session's time value as written ("2023年3月2日9时30分至10时45分").
    time_raw: str | None = None
    place: str | None = None
    persons: list[Person] = PydField(default_factory=list)
    officers: list[Officer] = PydField(default_factory=list)
    #: Officers (role officer) with no certificate number given anywhere on this record.
    uncertified: list[str] = PydField(default_factory=list)


class StatementFacts(_Facts):
    """What the party said on a 陈述申辩 record (or an unclassified page): waivers and a hearing request."""

    waives_statement: bool = False
    waives_hearing: bool = False
    asks_hearing: bool = False


class IndexRow(_Facts):
    """A row of the 卷内文件目录: title, first and last page, and the kind its title names."""

    title: str
    first: int
    last: int
    kind: str | None = None


# --- a decision read alone (文书评查) ----------------------------------------------------------------

#: dated: a date is written; blank: a 年 月 日 template left empty; missing: the signing block has no date.
DatedState = Literal["dated", "blank", "missing"]
#: given: a value (masked counts); blank: the label is there with nothing after it; absent: no such label.
ItemState = Literal["given", "blank", "absent"]


class OwnNumber(_Facts):
    """The decision's own 文号 as its heading writes it."""

    raw: str
    year: int | None
    serial: bool
    #: Found on a line of its own below the party block (the heading has none): present, but less surely this
    #: decision's own number (a check does not fail its year on it).
    outside_heading: bool = False


class PartyIdentity(_Facts):
    """The party block: the name line, and whether a code and an address are given."""

    line: str
    code: ItemState
    address: ItemState
    code_line: str | None = None
    address_line: str | None = None
    #: `blank`: the name cell left as a form's fill-in line while the block prints a full code (no redaction).
    name: ItemState = "given"
    #: The organisation the disposition names as the one it punishes (决定对某某有限公司作出…), as printed.
    punished: str | None = None


class StatementTold(_Facts):
    """The decision's own account of the prior notice: when it was served, the period, what the party did."""

    served: DateFact
    #: The sentence that says so (evidence).
    sentence: str
    period: Period | None = None
    waived: bool = False
    made: bool = False


#: guidance: a template heading left in （救济途径和期限）; placeholder: （此处填入…）; blank: a gap to fill (一式 份);
#: alternative: an option left unchosen ([…并], 可以（应当））; proposal / investigation: 建议给予, 拟处, 涉嫌违反 as
#: the conclusion; disagreement: the title and the disposition disagree (不予处罚 in a penalty decision); mismatch: the
#: remedies are told for conduct the decision never found (a paragraph kept from another case).
SlipKind = Literal[
    "guidance", "placeholder", "blank", "alternative", "proposal", "investigation", "disagreement", "mismatch", "total"
]


class DraftingSlip(_Facts):
    kind: SlipKind
    quote: str


class RemediesTold(_Facts):
    """The remedies the decision offers (行政处罚法 Art. 59 (五)), as its remedy sentences word them."""

    #: The first remedy sentence (evidence).
    sentence: str
    review: bool = False
    #: 60 when the 复议 period reads 六十日 (or two months), 0 for any other period, None when none is stated.
    review_days: int | None = None
    review_body: str | None = None
    #: A body with its place (嵩川县人民政府); a bare 人民政府 or 上一级机关 is not named.
    review_body_named: bool = False
    #: No body was read, yet the remedy sentence names a place's government or bureau: a body may be there in a
    #: wording the reader does not know (unknown, not "no body named").
    review_body_unread: bool = False
    review_blank: bool = False
    #: Litigation offered without going through 复议 first, and its period in months (3: the pre-2015 text).
    direct_litigation: bool = False
    litigation_months: int | None = None
    #: The direct route's period when its own clause gives it in days (九十日内向人民法院起诉): not the law's six
    #: months, whatever the number (None: given in months, or not in the clause itself).
    litigation_days: int | None = None
    litigation_blank: bool = False
    #: For some violation, litigation is offered only against the 复议决定 (no direct route) …
    only_after_review: bool = False
    #: … or a 复议 offer is followed by no litigation route at all.
    missing_litigation: bool = False
    #: Some part of the decision offers 诉讼 against the 复议决定 and no direct 诉讼 (a part that offers 复议 alone
    #: is not one): the label's `only_after_review`, whatever other parts offer.
    after_review_part: bool = False
    #: A provision (or 复议前置) is named in the remedy sentences, which may make 复议 a precondition.
    prereview_named: bool = False


class PaymentTold(_Facts):
    """The decision's payment clause: its period in days (None: none stated) and whether it names a way to pay."""

    sentence: str
    days: int | None = None
    #: The period in days is counted in working days (十五个工作日): not the law's fifteen days.
    working_days: bool = False
    #: A period in months (一个月内, 30 days or so: not the law's fifteen days); None when none is given so.
    months: int | None = None
    #: A period the reader cannot weigh for sure (半个月, 半月内): left to a person.
    period_vague: bool = False
    #: No period in days, but a deadline by date (于3月20日前缴纳): not a missing period, left to a person.
    period_by_date: bool = False
    #: The fine is collected on the spot (当场缴纳/当场收缴, 行政处罚法 Art. 68): lawful only in narrow cases.
    on_spot: bool = False
    #: A bank by name, an account, a platform, a 缴款书, a code to scan … (a bare 到银行 is not one).
    how_named: bool = False
    #: No known way was read, yet the clause names a channel (通过某某通缴纳, 到某某市某某中心缴纳): a way may be
    #: there in a wording the reader does not know (unknown, not "no way named").
    how_unread: bool = False
    #: Some manner is stated, however vague (到银行缴纳): enough for 行政处罚法 Art. 59's list, not for the terms.
    manner: bool = False
    #: The clause leaves its bank or account blank (a drafting blank).
    blank: bool = False

    @property
    def period(self) -> Period | None:
        """The stated period as the case file's notices state theirs (days, working days or months)."""
        if self.days is not None:
            return Period(amount=self.days, unit="working_day" if self.working_days else "day", raw=self.sentence)
        if self.months is not None:
            return Period(amount=self.months, unit="month", raw=self.sentence)
        return None


class CitedIn(_Facts):
    """A provision the decision cites (《law》第N条) and the sentence citing it (what it is cited for)."""

    law: str
    article: int
    sentence: str


#: What the words before a provision make of it: 违反/违背/不符合 → violated; 依据/根据/依照/按照 → basis;
#: 构成/属于 → characterised; 涉嫌违反 → suspected; no such word in its sentence → none.
ProvisionRole = Literal["violated", "basis", "characterised", "suspected", "none"]


class ProvisionCited(_Facts):
    """A provision cited in the decision's own words (quoted law left out), with its 款/项 as written, the word that
    gives it its role, and whether it stands in that word's list (only other provisions, quoted law text and list
    joiners between them): a provision after `，…的规定，` belongs to another clause and is not `listed`."""

    law: str | None
    article: int
    paragraph: int | None = None
    item: int | None = None
    raw: str
    role: ProvisionRole = "none"
    listed: bool = False
    #: The rest of its sentence imposes a penalty (处罚, 罚款, 处以, 给予, 没收, 决定 …).
    imposing: bool = False
    #: A weighing instrument or article (裁量基准, 从轻 …), whatever word stands before it.
    weighing: bool = False
    #: Which sentence of the decision it stands in (0-based): citations of one finding share it.
    sentence: int = 0
    #: Its sentence sums up or points back to what was found before (综上, 上述行为, 该行为 …), so it restates a
    #: finding rather than making a new one.
    recap: bool = False
    #: The rest of its sentence tells what the provision provides (可以并处5000元以下的罚款, 处5万元以上50万元以下的
    #: 罚款) and decides nothing: the law's range paraphrased in the reasoning, not a finding of the decision.
    statutory: bool = False


class DecisionAlone(_Facts):
    """A decision reviewed alone (文书评查): what its own text says about itself (filled by
    `extractors.facts.decision_text`; masked values count as given)."""

    title: str = ""
    dated: DatedState = "missing"
    date: DateFact | None = None
    #: The line of the date (or of the blank template); for `missing`, the signing block's last line.
    date_line: str = ""
    number: OwnNumber | None = None
    #: A heading line that looks like a 文号 but has no year or no serial (262号).
    number_malformed: str | None = None
    #: A 告知书's number printed where the decision's own belongs, when the decision prints no number of its own.
    number_of_notice: str | None = None
    party: PartyIdentity | None = None
    statement: StatementTold | None = None
    remedies: RemediesTold | None = None
    payment: PaymentTold | None = None
    cited: list[CitedIn] = PydField(default_factory=list)
    #: Every provision cited in the decision's own words, with its role word (for decision.basis_precise).
    provisions: list[ProvisionCited] = PydField(default_factory=list)
    #: A violation stated by reference to a provision quoted or named before (违反了本规定, 违反上述规定).
    violation_by_reference: bool = False
    #: A citation whose article number lacks 条 (《价格法》第四十的规定), as written.
    malformed_citation: str | None = None
    #: Some clause imposes the penalty under a basis word (依据…决定处罚如下, 根据…处以), the penalty law's own
    #: articles aside; False: the disposition names no basis at all (本局决定处罚如下 straight after the facts).
    basis_clause: bool = True
    #: Drafting slips (template text left, wording that does not belong), in text order.
    slips: list[DraftingSlip] = PydField(default_factory=list)


class LicenceFacts(_Facts):
    """A business licence copy (营业执照) in the file: the subject as registered, for party.correct_subject."""

    name: str
    code: str | None = None
    #: 类型 / 组成形式 as written (有限责任公司…, 个体工商户, 分公司 …).
    entity_type: str | None = None
    #: The person the licence names, and its label (法定代表人, 负责人 of a branch, 经营者 of an individual business).
    person: str | None = None
    person_label: str | None = None
    #: The 名称 row (evidence).
    line: str = ""


class InstrumentFacts(_Facts):
    """Everything the extract stage read in one instrument (see the module docstring for who carries what)."""

    signed: DateFact | None = None
    #: The agency as the first lines write it (嵩川市市场监督管理局).
    agency: str | None = None
    #: The 文号 as segmentation found it, else a number standing alone in the first lines.
    doc_number: str | None = None
    #: Keys the title and 文号 are matched by when a receipt names what it served.
    title_key: str = ""
    number_key: str | None = None
    seal: SealKind = "none"
    signatures: list[Signature] = PydField(default_factory=list)
    last_line: str = ""
    #: Wording that reports a statement (当事人提出陈述、申辩), its review (复核, 采纳), and the line about it.
    statement_reported: str | None = None
    review_word: str | None = None
    statement_line: str = ""
    parties: list[PartyFacts] = PydField(default_factory=list)
    penalty: PenaltyFacts | None = None
    citations: Citations | None = None
    decision: DecisionFacts | None = None
    notice: NoticeFacts | None = None
    #: 听证通知书: the date the hearing is set for.
    hearing_on: DateFact | None = None
    receipt: ReceiptFacts | None = None
    record: RecordFacts | None = None
    statement: StatementFacts | None = None
    #: 延期审批: natural days added (a month counts 30) and the words that state them; both None when no period
    #: is legible.
    extension_days: int | None = None
    extension_raw: str | None = None
    #: 集体讨论: whether participants and a conclusion are recorded.
    discussion_people: bool | None = None
    discussion_conclusion: bool | None = None
    #: 缴款凭证: the payer's name (cleaned) and code.
    payer: str | None = None
    payer_code: str | None = None
    #: 卷内目录 rows; 封面: "共 N 页" as written and N.
    index_rows: list[IndexRow] = PydField(default_factory=list)
    page_count_raw: str | None = None
    page_count: int | None = None
    #: Decisions: what the decision says about itself, for a decision reviewed alone.
    alone: DecisionAlone | None = None
    #: 营业执照复印件: the licensed subject (extractors/facts/licence.py).
    licence: LicenceFacts | None = None

    @property
    def party(self) -> PartyFacts | None:
        """The first party block (the one the checks compare); None when none was read."""
        return self.parties[0] if self.parties else None


class PenaltyThresholds(_Facts):
    """Amounts in yuan from which a penalty is major (重大) or hearing-eligible (听证); None = no such rule.

    They differ by province and sector, so the selected standard supplies them (`Standard.penalty_thresholds`)."""

    major_fine_citizen: Decimal | None = None
    major_fine_organisation: Decimal | None = None
    #: Confiscation counts like a fine of the same value (Henan 168号令 Art. 3) when True.
    major_includes_confiscation: bool = True
    major_kinds: frozenset[str] = frozenset({"suspension", "revocation"})
    hearing_fine_citizen: Decimal | None = None
    hearing_fine_organisation: Decimal | None = None
    hearing_kinds: frozenset[str] = frozenset({"suspension", "revocation", "qualification"})


DecisionFacts.model_rebuild()

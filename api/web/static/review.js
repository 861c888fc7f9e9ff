// Review page: select a finding to box its evidence on the page images; accept or correct it (the server
// answers with the recomputed score and the audit trail); keyboard j/k/a/x/p/e; sign-off locks the page.
"use strict";
(function () {
  const R = window.Reviewer;
  const root = document.querySelector("main.review");
  const caseId = root.dataset.caseId;
  const STATUS = { fail: "扣分", pass: "符合", unknown: "待核查", not_applicable: "不适用" };
  let selected = null;

  const findings = () => Array.from(document.querySelectorAll(".finding"));
  const locked = () => root.dataset.locked === "true";
  const fmt = (value) => (value === null || value === undefined ? "—" : String(Math.round(value * 100) / 100));

  // ---- evidence -----------------------------------------------------------------------------------------
  function clearHighlights() {
    document.querySelectorAll(".hl").forEach((box) => box.remove());
  }

  function goToPage(page) {
    const figure = document.getElementById("page-" + page);
    if (figure) figure.scrollIntoView({ block: "start" });
  }

  async function showEvidence(card) {
    clearHighlights();
    const body = await R.send("GET", "/web/cases/" + caseId + "/findings/" + card.dataset.id + "/evidence");
    if (card !== selected) return;
    let first = null;
    body.evidence.forEach((item) => {
      const figure = document.getElementById("page-" + item.page);
      if (!figure) return;
      if (first === null) first = figure;
      item.boxes.forEach((box) => {
        const mark = document.createElement("div");
        mark.className = "hl";
        mark.title = item.quote || "";
        mark.style.left = box.left * 100 + "%";
        mark.style.top = box.top * 100 + "%";
        mark.style.width = box.width * 100 + "%";
        mark.style.height = box.height * 100 + "%";
        figure.append(mark);
      });
    });
    const mark = document.querySelector(".hl");
    if (mark) mark.scrollIntoView({ block: "center" });
    else if (first) first.scrollIntoView({ block: "start" });
  }

  function select(card, focus) {
    if (!card) return;
    if (selected) selected.classList.remove("selected");
    selected = card;
    card.classList.add("selected");
    if (focus) card.focus();
    card.scrollIntoView({ block: "nearest" });
    showEvidence(card).catch((error) => R.toast(error.message, true));
  }

  // ---- corrections --------------------------------------------------------------------------------------
  function applyFinding(card, finding) {
    card.dataset.version = finding.version;
    card.dataset.status = finding.status;
    card.dataset.deducted = finding.deducted;
    const tag = card.querySelector(".tag");
    tag.className = "tag " + finding.status;
    tag.textContent = STATUS[finding.status] || finding.status;
    card.querySelector(".deducted").textContent = fmt(finding.deducted);
    card.classList.toggle("corrected", Boolean(finding.corrected));
    const status = card.querySelector("select[name=status]");
    if (status) status.value = finding.status;
    const deducted = card.querySelector("input[name=deducted]");
    if (deducted) deducted.value = fmt(finding.deducted);
    const comment = card.querySelector("input[name=comment]");
    if (comment) comment.value = "";
  }

  function applyScore(body) {
    document.getElementById("score").textContent = fmt(body.score);
    document.getElementById("grade").textContent = body.grade || "待定";
    if (body.score_range) {
      document.getElementById("range").textContent = "可能区间 " + fmt(body.score_range[0]) + "–" + fmt(body.score_range[1]);
    }
    if (body.needs_review) document.getElementById("needs-review").textContent = body.needs_review.length;
    const provisional = document.getElementById("provisional");
    provisional.textContent = body.provisional || "";
    provisional.hidden = !body.provisional;
    const trail = document.getElementById("trail");
    trail.innerHTML = "";
    (body.corrections || []).forEach((c) => {
      const item = document.createElement("li");
      const same = c.old_status === c.new_status && c.old_deducted === c.new_deducted;
      item.textContent = c.at.slice(0, 16).replace("T", " ") + " " + c.actor + "：" + c.check_name + " " +
        (same ? "确认机器预评（" + c.new_status_text + "，扣 " + fmt(c.new_deducted) + " 分）"
          : c.old_status_text + "→" + c.new_status_text + "，扣分 " + fmt(c.old_deducted) + "→" + fmt(c.new_deducted)) +
        (c.comment ? "；" + c.comment : "");
      trail.append(item);
    });
  }

  async function correct(card, change) {
    if (locked()) { R.toast("评查结果已签字锁定，不能再修改。", true); return; }
    const comment = card.querySelector("input[name=comment]");
    const body = Object.assign({ expected_version: Number(card.dataset.version) }, change);
    if (comment && comment.value.trim() && body.comment === undefined) body.comment = comment.value.trim();
    try {
      const answer = await R.send("POST", "/web/cases/" + caseId + "/findings/" + card.dataset.id, body);
      applyFinding(card, answer.finding);
      applyScore(answer);
      R.toast("已保存：" + card.dataset.checkName + " → " + STATUS[answer.finding.status] + "，总分 " + fmt(answer.score));
    } catch (error) {
      R.toast(error.message, true);
    }
  }

  function accept(card) {
    // no comment of our own: a comment is the reviewer's words (the supervision letter quotes it)
    return correct(card, { status: card.dataset.status, deducted: Number(card.dataset.deducted) });
  }

  function markFail(card) {
    const current = Number(card.dataset.deducted);
    return correct(card, { status: "fail", deducted: current > 0 ? current : Number(card.dataset.points) });
  }

  function save(card) {
    const status = card.querySelector("select[name=status]").value;
    const deducted = Number(card.querySelector("input[name=deducted]").value);
    return correct(card, { status: status, deducted: status === "fail" ? deducted : 0 });
  }

  document.addEventListener("click", (event) => {
    const link = event.target.closest("a[data-page]");
    if (link) {
      event.preventDefault();
      const card = link.closest(".finding");
      if (card && card !== selected) select(card, false);
      else goToPage(link.dataset.page);
      return;
    }
    const button = event.target.closest("button[data-action]");
    const card = event.target.closest(".finding");
    if (button && card) {
      select(card, false);
      (button.dataset.action === "accept" ? accept : save)(card);
      return;
    }
    if (card && card !== selected && !event.target.closest("input, select")) select(card, false);
  });

  // ---- keyboard -----------------------------------------------------------------------------------------
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest("input, select, textarea")) {
      if (event.key === "Escape" && selected) selected.focus();
      if (event.key === "Enter" && selected && event.target.closest(".finding") === selected) save(selected);
      return;
    }
    const all = findings();
    const at = selected ? all.indexOf(selected) : -1;
    const actions = {
      j: () => select(all[Math.min(at + 1, all.length - 1)], true),
      k: () => select(all[Math.max(at - 1, 0)], true),
      a: () => selected && accept(selected),
      x: () => selected && markFail(selected),
      p: () => selected && correct(selected, { status: "pass", deducted: 0 }),
      e: () => {
        const input = selected && selected.querySelector("input[name=deducted]");
        if (input && !input.disabled) { input.focus(); input.select(); }
      },
    };
    const action = actions[event.key];
    if (action) { event.preventDefault(); action(); }
  });
  document.addEventListener("focusin", (event) => {
    const card = event.target.closest && event.target.closest(".finding");
    if (card && event.target === card && card !== selected) select(card, false);
  });

  // ---- sign-off -----------------------------------------------------------------------------------------
  const signoff = document.getElementById("signoff");
  if (signoff) {
    signoff.addEventListener("click", async () => {
      if (!window.confirm("签字确认后评查结果将被锁定，不能再修改。确定签字吗？")) return;
      try {
        const body = await R.send("POST", "/web/cases/" + caseId + "/signoff", {});
        applyScore(body);
        root.dataset.locked = "true";
        document.querySelectorAll(".finding select, .finding input, .finding button").forEach((el) => { el.disabled = true; });
        signoff.disabled = true;
        const note = document.getElementById("locked");
        note.textContent = "已由 " + body.signoff.actor + " 签字确认，最终得分 " + fmt(body.signoff.score) + " 分，评查结果已锁定。";
        note.hidden = false;
        R.toast("已签字确认。");
      } catch (error) {
        R.toast(error.message, true);
      }
    });
  }
})();

// Case list: drag-and-drop upload with a progress bar per file (XHR upload events), and live progress of
// queued and running reviews (polling /web/cases/progress). Also drives the "waiting for the draft" page.
"use strict";
(function () {
  const R = window.Reviewer;
  const ACTIVE = ["queued", "processing"];

  function pct(value) { return Math.round((value || 0) * 100); }

  // ---- the list: a case just uploaded shows at once, with its status, and is watched like the others ------
  const tbody = document.querySelector("#cases tbody");
  const totalLine = document.getElementById("case-total");

  function cell(row, className, text) {
    const td = document.createElement("td");
    if (className) td.className = className;
    if (text !== undefined) td.textContent = text;
    row.append(td);
    return td;
  }

  function addRow(item) {
    if (!tbody || document.querySelector("tr[data-case-id='" + item.id + "']")) return;
    const row = document.createElement("tr");
    row.dataset.caseId = item.id;
    row.dataset.status = item.status;
    const link = document.createElement("a");
    link.href = "/cases/" + item.id;
    link.textContent = item.label;
    cell(row).append(link);
    cell(row, "", item.party || "—");
    cell(row, "", item.agency || "");
    cell(row, "", item.closing_date || "—");
    const status = cell(row, "status status-" + item.status);
    const text = document.createElement("span");
    text.className = "status-text";
    text.textContent = item.status_text;
    status.append(text);
    if (ACTIVE.includes(item.status)) {
      const bar = document.createElement("span");
      bar.className = "bar";
      bar.setAttribute("role", "progressbar");
      bar.setAttribute("aria-label", "评查进度");
      bar.setAttribute("aria-valuemin", "0");
      bar.setAttribute("aria-valuemax", "100");
      bar.setAttribute("aria-valuenow", pct(item.progress));
      const fill = document.createElement("span");
      fill.style.width = pct(item.progress) + "%";
      bar.append(fill);
      status.append(bar);
    }
    cell(row, "score", item.score === null ? "—" : String(item.score));
    cell(row, "grade", item.grade || "—");
    cell(row, "", item.created);
    const empty = tbody.querySelector("tr.empty");
    if (empty) empty.remove();
    tbody.prepend(row);
    if (totalLine) {
      const total = Number(totalLine.dataset.total || 0) + 1;
      totalLine.dataset.total = String(total);
      totalLine.textContent = "共 " + total + " 份案卷";
    }
    watchList();
  }

  // ---- upload -------------------------------------------------------------------------------------------
  const drop = document.getElementById("drop");
  const picker = document.getElementById("upload-files");
  const list = document.getElementById("uploads");

  function uploadOne(file) {
    const item = document.createElement("li");
    const name = document.createElement("span");
    name.textContent = file.name;
    const bar = document.createElement("progress");
    bar.max = 100; bar.value = 0;
    bar.setAttribute("aria-label", "上传进度：" + file.name);
    const state = document.createElement("span");
    state.className = "upload-state";
    state.textContent = "上传中…";
    item.append(name, bar, state);
    list.append(item);

    const form = new FormData();
    form.append("files", file, file.name);
    const agency = document.getElementById("upload-agency");
    if (agency) form.append("agency", agency.value.trim());
    const scope = document.getElementById("upload-scope");
    if (scope) form.append("scope", scope.value);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/web/upload");
    xhr.setRequestHeader("X-CSRF-Token", R.csrf);
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) bar.value = Math.round(100 * event.loaded / event.total);
    });
    xhr.addEventListener("load", () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (ignored) { body = null; }
      if (xhr.status >= 200 && xhr.status < 300 && body && body.case) {
        bar.value = 100;
        state.innerHTML = "";
        const link = document.createElement("a");
        link.href = "/cases/" + body.case.id;
        link.textContent = body.message + " 查看";
        state.append(link);
        item.dataset.caseId = body.case.id;
        addRow(body.case);
      } else {
        const message = body && body.error ? body.error.message : "上传失败（HTTP " + xhr.status + "）。";
        state.textContent = message;
        state.className = "upload-state error";
        item.setAttribute("role", "alert");
      }
    });
    xhr.addEventListener("error", () => {
      state.textContent = "网络错误，文件未上传，请重试。";
      state.className = "upload-state error";
    });
    xhr.send(form);
  }

  function uploadAll(files) {
    const agency = document.getElementById("upload-agency");
    if (agency && !agency.value.trim()) {
      R.toast("请先填写所属执法单位。", true);
      agency.focus();
      return;
    }
    Array.from(files).forEach(uploadOne);
  }

  if (drop && picker) {
    picker.addEventListener("change", () => { uploadAll(picker.files); picker.value = ""; });
    ["dragenter", "dragover"].forEach((type) => drop.addEventListener(type, (event) => {
      event.preventDefault(); drop.classList.add("over");
    }));
    ["dragleave", "drop"].forEach((type) => drop.addEventListener(type, (event) => {
      event.preventDefault(); drop.classList.remove("over");
    }));
    drop.addEventListener("drop", (event) => uploadAll(event.dataTransfer.files));
  }

  // ---- live progress ------------------------------------------------------------------------------------
  function rowsToWatch() {
    return Array.from(document.querySelectorAll("tr[data-case-id]"))
      .filter((row) => ACTIVE.includes(row.dataset.status));
  }

  function updateRow(row, item) {
    row.dataset.status = item.status;
    const cell = row.querySelector(".status");
    cell.className = "status status-" + item.status;
    cell.querySelector(".status-text").textContent = item.status_text;
    const bar = cell.querySelector(".bar");
    if (bar) {
      bar.setAttribute("aria-valuenow", pct(item.progress));
      bar.firstElementChild.style.width = pct(item.progress) + "%";
      if (!ACTIVE.includes(item.status)) bar.remove();
    }
    if (item.status === "failed" && item.error) {
      const error = document.createElement("div");
      error.className = "error"; error.textContent = item.error;
      cell.append(error);
    }
    row.querySelector(".score").textContent = item.score === null ? "—" : String(item.score);
    row.querySelector(".grade").textContent = item.grade || (item.score === null ? "—" : "待定");
  }

  async function poll(ids, onItem) {
    const body = await R.send("GET", "/web/cases/progress?ids=" + encodeURIComponent(ids.join(",")));
    body.cases.forEach(onItem);
  }

  let watching = false;

  function watchList() {
    if (watching) return;  // one polling loop at a time; a new row joins it on the next round
    const rows = rowsToWatch();
    if (!rows.length) return;
    watching = true;
    const byId = new Map(rows.map((row) => [row.dataset.caseId, row]));
    poll(Array.from(byId.keys()), (item) => updateRow(byId.get(item.id), item))
      .catch((error) => R.toast(error.message, true))
      .finally(() => { watching = false; setTimeout(watchList, 2000); });
  }

  // ---- dates: typed any common way, shown as 2024年1月31日 whatever the browser's language -------------------
  const DAY = /^\s*(\d{4})\s*[年.\/-]\s*(\d{1,2})\s*[月.\/-]\s*(\d{1,2})\s*日?\s*$|^\s*(\d{4})(\d{2})(\d{2})\s*$/;
  document.querySelectorAll("input.day").forEach((input) => {
    input.addEventListener("change", () => {
      const match = DAY.exec(input.value);
      if (!match) {
        input.setCustomValidity(input.value.trim() ? "请按“2024年1月31日”的格式填写日期。" : "");
        return;
      }
      input.setCustomValidity("");
      const [year, month, day] = match[1] ? match.slice(1, 4) : match.slice(4, 7);
      input.value = Number(year) + "年" + Number(month) + "月" + Number(day) + "日";
    });
  });

  function watchPending() {
    const box = document.getElementById("pending");
    if (!box || !ACTIVE.includes(box.dataset.status)) return;
    poll([box.dataset.caseId], (item) => {
      box.dataset.status = item.status;
      document.getElementById("pending-status").textContent = item.status_text;
      document.getElementById("pending-bar").style.width = pct(item.progress) + "%";
      document.getElementById("pending-percent").textContent = pct(item.progress) + "%";
      if (!ACTIVE.includes(item.status)) window.location.reload();
    }).catch((error) => R.toast(error.message, true))
      .finally(() => setTimeout(watchPending, 1500));
  }

  watchList();
  watchPending();
})();

// Case list: drag-and-drop upload with a progress bar per file (XHR upload events), and live progress of
// queued and running reviews (polling /web/cases/progress). Also drives the "waiting for the draft" page.
"use strict";
(function () {
  const R = window.Reviewer;
  const ACTIVE = ["queued", "processing"];

  function pct(value) { return Math.round((value || 0) * 100); }

  // ---- upload -------------------------------------------------------------------------------------------
  const drop = document.getElementById("drop");
  const picker = document.getElementById("upload-files");
  const list = document.getElementById("uploads");

  let running = 0;
  let uploaded = 0;
  let refused = false;

  // Refresh the list once every file of the drop has finished, so the new cases (and their progress) show.
  function finished() {
    running -= 1;
    if (running === 0 && uploaded > 0 && !refused) {  // keep any error in view until the user has read it
      uploaded = 0;
      setTimeout(() => window.location.reload(), 1500);
    }
  }

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
        uploaded += 1;
      } else {
        const message = body && body.error ? body.error.message : "上传失败（HTTP " + xhr.status + "）。";
        state.textContent = message;
        state.className = "upload-state error";
        item.setAttribute("role", "alert");
        refused = true;
      }
    });
    xhr.addEventListener("error", () => {
      state.textContent = "网络错误，文件未上传，请重试。";
      state.className = "upload-state error";
      refused = true;
    });
    xhr.addEventListener("loadend", finished);
    running += 1;
    xhr.send(form);
  }

  function uploadAll(files) {
    const agency = document.getElementById("upload-agency");
    if (agency && !agency.value.trim()) {
      R.toast("请先填写所属执法单位。", true);
      agency.focus();
      return;
    }
    refused = false;  // earlier errors were read; a new drop may refresh the list when it all succeeds
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

  function watchList() {
    const rows = rowsToWatch();
    if (!rows.length) return;
    const byId = new Map(rows.map((row) => [row.dataset.caseId, row]));
    poll(Array.from(byId.keys()), (item) => updateRow(byId.get(item.id), item))
      .catch((error) => R.toast(error.message, true))
      .finally(() => setTimeout(watchList, 2000));
  }

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

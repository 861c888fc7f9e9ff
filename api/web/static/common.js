// Shared by every reviewer page: the CSRF token, JSON requests with Chinese errors, and a status toast.
"use strict";
window.Reviewer = (function () {
  const csrf = document.querySelector('meta[name="csrf-token"]').content;

  function toast(text, bad) {
    const box = document.getElementById("toast");
    box.textContent = text;
    box.className = bad ? "toast bad" : "toast";
    box.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { box.hidden = true; }, bad ? 8000 : 3500);
  }

  // The API's error shape is {"error": {"code", "message"}}; anything else gets a plain Chinese fallback.
  async function errorText(response) {
    try {
      const body = await response.json();
      if (body && body.error && body.error.message) return body.error.message;
    } catch (ignored) { /* not JSON */ }
    if (response.status === 401) return "登录已失效，请重新登录。";
    return "请求失败（HTTP " + response.status + "），请稍后重试。";
  }

  async function send(method, url, body) {
    const response = await fetch(url, {
      method: method,
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf, "Accept": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
    });
    if (!response.ok) {
      const error = new Error(await errorText(response));
      error.status = response.status;
      throw error;
    }
    return response.json();
  }

  return { csrf: csrf, toast: toast, send: send, errorText: errorText };
})();

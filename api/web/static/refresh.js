// Reload the page every few seconds while work is queued or running (the batch list's live progress).
"use strict";
(function () {
  const seconds = Number(document.currentScript.dataset.seconds || 5);
  setTimeout(() => window.location.reload(), seconds * 1000);
})();

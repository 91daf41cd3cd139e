// Reader controls: text size, contrast, slideshows. Counters live in counters.js.
(function () {
  "use strict";
  var root = document.documentElement;

  function store(key, value) {
    try { if (value === null) localStorage.removeItem(key); else localStorage.setItem(key, value); } catch (e) {}
  }

  var contrastButton = document.querySelector("[data-contrast-toggle]");
  if (contrastButton) {
    contrastButton.setAttribute("aria-pressed", root.classList.contains("high-contrast") ? "true" : "false");
    contrastButton.addEventListener("click", function () {
      var on = root.classList.toggle("high-contrast");
      contrastButton.setAttribute("aria-pressed", on ? "true" : "false");
      store("portal-contrast", on ? "high" : null);
    });
  }

  document.querySelectorAll("[data-font-step]").forEach(function (button) {
    if (button === root) return;
    button.addEventListener("click", function () {
      var delta = parseInt(button.getAttribute("data-font-step"), 10);
      var current = parseInt(root.getAttribute("data-font-step") || "0", 10);
      var next = delta === 0 ? 0 : Math.max(-1, Math.min(2, current + delta));
      if (next === 0) { root.removeAttribute("data-font-step"); store("portal-font-step", null); }
      else { root.setAttribute("data-font-step", String(next)); store("portal-font-step", String(next)); }
    });
  });

  // Slideshows never move on their own until the reader presses Play, and Pause stops them.
  document.querySelectorAll("[data-slideshow]").forEach(function (show) {
    var slides = show.querySelectorAll(".slideshow__slide, .featured__slide");
    if (slides.length < 2) return;
    var index = 0;
    var timer = null;
    var toggle = show.querySelector("[data-slide-toggle]");
    function go(to) {
      slides[index].hidden = true;
      index = (to + slides.length) % slides.length;
      slides[index].hidden = false;
    }
    function stop() {
      if (timer) { clearInterval(timer); timer = null; }
      if (toggle) { toggle.setAttribute("aria-pressed", "false"); toggle.textContent = toggle.getAttribute("data-label-play"); }
    }
    function start() {
      timer = setInterval(function () { go(index + 1); }, 5000);
      if (toggle) { toggle.setAttribute("aria-pressed", "true"); toggle.textContent = toggle.getAttribute("data-label-pause"); }
    }
    var prev = show.querySelector("[data-slide-prev]");
    var next = show.querySelector("[data-slide-next]");
    if (prev) prev.addEventListener("click", function () { stop(); go(index - 1); });
    if (next) next.addEventListener("click", function () { stop(); go(index + 1); });
    if (toggle) toggle.addEventListener("click", function () { if (timer) stop(); else start(); });
  });
})();

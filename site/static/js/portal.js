// Reader controls: text size, contrast, printing, slideshows. Counters live in counters.js.
(function () {
  "use strict";
  var root = document.documentElement;
  var SMALLEST = -1;
  var LARGEST = 2;

  function store(key, value) {
    try { if (value === null) localStorage.removeItem(key); else localStorage.setItem(key, value); } catch (e) {}
  }

  // Text size and contrast ------------------------------------------------------
  // preferences.js has already applied the saved values; here the buttons change and save them.
  var controls = document.querySelector("[data-display-controls]");
  if (controls) {
    var contrastButton = controls.querySelector("[data-contrast-toggle]");
    var fontButtons = controls.querySelectorAll("[data-font-change]");

    var currentStep = function () { return parseInt(root.getAttribute("data-font-step") || "0", 10); };
    var showFontState = function () {
      var step = currentStep();
      fontButtons.forEach(function (button) {
        var change = parseInt(button.getAttribute("data-font-change"), 10);
        var useless = (change < 0 && step <= SMALLEST) || (change > 0 && step >= LARGEST) || (change === 0 && step === 0);
        button.setAttribute("aria-disabled", useless ? "true" : "false");
      });
    };

    contrastButton.setAttribute("aria-pressed", root.classList.contains("high-contrast") ? "true" : "false");
    contrastButton.addEventListener("click", function () {
      var on = root.classList.toggle("high-contrast");
      contrastButton.setAttribute("aria-pressed", on ? "true" : "false");
      store("portal-contrast", on ? "high" : null);
    });

    fontButtons.forEach(function (button) {
      button.addEventListener("click", function () {
        var change = parseInt(button.getAttribute("data-font-change"), 10);
        var next = change === 0 ? 0 : Math.max(SMALLEST, Math.min(LARGEST, currentStep() + change));
        if (next === 0) { root.removeAttribute("data-font-step"); store("portal-font-step", null); }
        else { root.setAttribute("data-font-step", String(next)); store("portal-font-step", String(next)); }
        showFontState();
      });
    });
    showFontState();
    controls.hidden = false;
  }

  // Printing ----------------------------------------------------------------------
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
    button.hidden = false;
  });

  // Slideshows ----------------------------------------------------------------------
  // They never move by themselves: a slide changes only when the reader presses
  // Previous or Next, or presses Play, and Pause (the same button) stops it.
  // Nothing moves that the reader did not start, which satisfies WCAG 2.2.2
  // without relying on readers finding a pause control in time. While playing,
  // a pointer over the slides or keyboard focus inside them holds the current
  // slide so that it can be read and its link followed.
  var INTERVAL = 5000;
  document.querySelectorAll("[data-slideshow]").forEach(function (show) {
    var box = show.querySelector("[data-slides]");
    var slides = show.querySelectorAll("[data-slide]");
    var buttons = show.querySelector("[data-slide-controls]");
    if (!box || !buttons || slides.length < 2) return;
    var toggle = buttons.querySelector("[data-slide-toggle]");
    var index = 0;
    var timer = null;

    function go(to) {
      slides[index].hidden = true;
      index = (to + slides.length) % slides.length;
      slides[index].hidden = false;
    }
    function held() {
      return box.matches(":hover") || box.contains(document.activeElement);
    }
    function stop() {
      if (timer) { clearInterval(timer); timer = null; }
      toggle.textContent = toggle.getAttribute("data-label-play");
      box.setAttribute("aria-live", "polite");  // changes the reader asks for are announced
    }
    function start() {
      timer = setInterval(function () { if (!held()) go(index + 1); }, INTERVAL);
      toggle.textContent = toggle.getAttribute("data-label-pause");
      box.setAttribute("aria-live", "off");  // an announcement every few seconds would drown everything else
    }

    slides.forEach(function (slide, position) { slide.hidden = position !== 0; });
    buttons.querySelector("[data-slide-prev]").addEventListener("click", function () { stop(); go(index - 1); });
    buttons.querySelector("[data-slide-next]").addEventListener("click", function () { stop(); go(index + 1); });
    toggle.addEventListener("click", function () { if (timer) stop(); else start(); });
    stop();
    buttons.hidden = false;
    show.setAttribute("data-ready", "");
  });
})();

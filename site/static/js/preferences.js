// Runs in <head> so that saved reading preferences apply before the page paints
// (no flash of the default size or colours on every page of a visit).
// The "js" class lets the stylesheet tell a page that portal.js will enhance.
(function () {
  var root = document.documentElement;
  root.classList.add("js");
  try {
    if (localStorage.getItem("portal-contrast") === "high") root.classList.add("high-contrast");
    var step = localStorage.getItem("portal-font-step");
    if (step === "-1" || step === "1" || step === "2") root.setAttribute("data-font-step", step);
  } catch (e) { /* storage disabled: defaults apply */ }
})();

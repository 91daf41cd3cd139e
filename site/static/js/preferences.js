// Runs in <head> so that saved reading preferences apply before the page paints.
(function () {
  try {
    var root = document.documentElement;
    if (localStorage.getItem("portal-contrast") === "high") root.classList.add("high-contrast");
    var step = localStorage.getItem("portal-font-step");
    if (step) root.setAttribute("data-font-step", step);
  } catch (e) { /* storage disabled: defaults apply */ }
})();

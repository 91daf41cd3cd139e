// View counts, ratings and visitor statistics: filled in by JSON endpoints so that pages stay cacheable.
// Every page records the visit and shows the sidebar statistics; an article also records the view,
// and its rating widget sends the reader's stars. Numbers follow the page language ("4,3" / "4.3").
(function () {
  "use strict";
  var API = "/api/";
  var language = document.documentElement.lang || "vi";
  var whole = new Intl.NumberFormat(language);
  var oneDecimal = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });

  // The reader id: 128 random bits made once by this browser and kept in the portal's own
  // localStorage, so that two readers behind one address count as two and a reload counts once.
  // No cookie (cached pages stay cacheable) and nothing personal. Where storage or the random
  // source is missing, no id is sent and the server counts by address and browser instead:
  // an id made anew on every page would count every reload.
  var READER_KEY = "portal-reader-id";
  var READER_ID = /^[0-9a-f]{32}$/;

  function newReaderId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
  }

  function readerId() {
    try {
      var id = localStorage.getItem(READER_KEY);
      if (id && READER_ID.test(id)) return id;
      id = newReaderId();
      localStorage.setItem(READER_KEY, id);
      return localStorage.getItem(READER_KEY) === id ? id : null;
    } catch (e) {
      return null;
    }
  }

  var reader = readerId();

  // The Accept-Language header makes the server's messages match the page, not the browser.
  function call(method, path, body) {
    var headers = { "Accept": "application/json", "Accept-Language": language, "Content-Type": "application/json" };
    if (reader) headers["X-Reader-Id"] = reader;
    return fetch(API + path, {
      method: method,
      credentials: "same-origin",
      headers: headers,
      body: body === undefined ? undefined : JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (data) { return { status: response.status, data: data }; });
    });
  }

  function fill(element, value) {
    if (element && typeof value === "number") element.textContent = whole.format(value);
  }

  // Sidebar statistics, on every page.
  function showVisitorStats() {
    var stats = document.querySelector("[data-visitor-stats]");
    if (!stats) return;
    call("POST", "visits/", {}).then(function (answer) {
      var values = answer.data.stats || {};
      stats.querySelectorAll("[data-stat]").forEach(function (element) {
        fill(element, values[element.getAttribute("data-stat")]);
      });
    }).catch(function () {});
  }

  // The rating widget.
  var rating = document.querySelector("[data-rating]");
  var storageKey = rating ? "portal-rated-" + rating.getAttribute("data-page-id") : "";

  function remembered() {
    try { return localStorage.getItem(storageKey); } catch (e) { return null; }
  }

  function remember(stars) {
    try { localStorage.setItem(storageKey, String(stars)); } catch (e) {}
  }

  function showRating(summary) {
    if (!rating || !summary) return;
    var average = summary.count ? oneDecimal.format(summary.average) : "0";
    rating.querySelector("[data-rating-summary]").textContent = "(" + average + "/5)";
    fill(rating.querySelector("[data-rating-count]"), summary.count);
    rating.querySelector("[data-rating-count-line]").hidden = false;
  }

  function markRated(stars) {
    rating.querySelectorAll("[data-stars]").forEach(function (button) {
      button.setAttribute("aria-disabled", "true");
      button.classList.toggle("is-chosen", parseInt(button.getAttribute("data-stars"), 10) <= stars);
    });
  }

  function announce(message) {
    rating.querySelector("[data-rating-status]").textContent = message;
  }

  if (rating) {
    var group = rating.querySelector("[data-rating-stars]");
    group.hidden = false;
    var previous = remembered();
    if (previous !== null) markRated(parseInt(previous, 10) || 0);
    var sending = false;
    group.addEventListener("click", function (event) {
      var button = event.target.closest("[data-stars]");
      if (!button || sending) return;
      if (button.getAttribute("aria-disabled") === "true") {
        announce(rating.getAttribute("data-message-rated"));
        return;
      }
      var stars = parseInt(button.getAttribute("data-stars"), 10);
      sending = true;
      call("POST", "pages/" + rating.getAttribute("data-page-id") + "/rating/", { stars: stars }).then(function (answer) {
        if (answer.data.rating) showRating(answer.data.rating);
        if (answer.status === 201) { remember(stars); markRated(stars); }
        // Rated before, from another tab or before storage was cleared: which stars is not known here.
        if (answer.status === 409) { remember(0); markRated(0); }
        announce(answer.data.message || answer.data.error || rating.getAttribute("data-message-failed"));
      }).catch(function () {
        announce(rating.getAttribute("data-message-failed"));
      }).then(function () { sending = false; });
    });
  }

  // The article's view: counted once per visitor in 30 minutes by the server; the answer carries the rating too.
  // One request after the other, not both at once: a page load never makes the database take two writes together.
  var article = document.querySelector("article[data-page-id]");
  if (article) {
    var pageId = article.getAttribute("data-page-id");
    call("POST", "pages/" + pageId + "/view/", {}).then(function (answer) {
      // When the view was refused (too many requests), still show the numbers.
      return answer.status === 200 ? answer : call("GET", "pages/" + pageId + "/counters/");
    }).then(function (answer) {
      fill(article.querySelector("[data-view-count]"), answer.data.views);
      showRating(answer.data.rating);
    }).catch(function () {}).then(showVisitorStats);
  } else {
    showVisitorStats();
  }
})();

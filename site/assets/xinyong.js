/* Xinyong: small scripts of our own (no framework): highlight toggles, sortable and filterable
   tables, and the in-browser parallel concordance. All text is inserted with textContent. */
(function () {
  "use strict";

  // `fn` runs once for each page: on the first load and after every instant navigation (the theme's
  // document$), and on the load event too, because opened from disk (file://) the theme's instant
  // navigation never announces the page. The theme swaps in a new container on each navigation.
  function onReady(fn) {
    var seen = new WeakSet();
    function once() {
      var container = document.querySelector("[data-md-component=container]") || document.body;
      if (seen.has(container)) { return; }
      seen.add(container);
      fn();
    }
    if (window.document$ && window.document$.subscribe) { window.document$.subscribe(once); }
    if (document.readyState === "complete") { once(); } else { window.addEventListener("load", once); }
  }

  function setupToggles() {
    var parallel = document.querySelector(".xy-parallel");
    document.querySelectorAll("[data-toggle]").forEach(function (box) {
      box.addEventListener("change", function () {
        if (parallel) { parallel.classList.toggle("xy-off-" + box.dataset.toggle, !box.checked); }
      });
    });
  }

  function cellValue(row, column) {
    var cell = row.children[column];
    return cell ? cell.textContent.trim() : "";
  }

  function setupSortable() {
    document.querySelectorAll("table.xy-sortable").forEach(function (table) {
      table.querySelectorAll("button.xy-sort").forEach(function (button) {
        button.addEventListener("click", function () {
          var column = Number(button.dataset.column);
          var body = table.tBodies[0];
          var ascending = button.getAttribute("aria-sort") !== "ascending";
          table.querySelectorAll("button.xy-sort").forEach(function (b) { b.removeAttribute("aria-sort"); });
          button.setAttribute("aria-sort", ascending ? "ascending" : "descending");
          Array.prototype.slice.call(body.rows)
            .sort(function (a, b) {
              var x = cellValue(a, column), y = cellValue(b, column);
              return (ascending ? 1 : -1) * x.localeCompare(y, "en", { numeric: true });
            })
            .forEach(function (row) { body.appendChild(row); });
        });
      });
    });
  }

  function setupFilters() {
    document.querySelectorAll("form.xy-filters").forEach(function (form) {
      var table = document.getElementById(form.dataset.table);
      var count = document.getElementById(form.dataset.table + "-count");
      if (!table) { return; }
      function apply() {
        var shown = 0;
        Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
          var visible = true;
          form.querySelectorAll("[data-filter]").forEach(function (select) {
            var key = select.dataset.filter;
            if (select.value && row.dataset[key] !== select.value) { visible = false; }
          });
          row.hidden = !visible;
          if (visible) { shown += 1; }
        });
        if (count) { count.textContent = shown + " of " + table.tBodies[0].rows.length + " shown"; }
      }
      form.addEventListener("change", apply);
      apply();
    });
  }

  // Glosses of annotated words in one popover: shown on hover, keyboard focus or tap, hidden on
  // Escape, on leaving, or on a tap elsewhere. The popover is the word's description while shown.
  var popover = null, owner = null;

  function hideGloss() {
    if (!popover || !owner) { return; }
    popover.hidden = true;
    owner.removeAttribute("aria-describedby");
    owner.removeAttribute("aria-expanded");
    owner = null;
  }

  function showGloss(target) {
    if (!popover) {
      popover = document.createElement("div");
      popover.id = "xy-gloss-popover";
      popover.className = "xy-popover";
      popover.setAttribute("role", "tooltip");
      popover.hidden = true;
      document.body.appendChild(popover);
    }
    if (owner && owner !== target) { hideGloss(); }
    owner = target;
    popover.textContent = target.dataset.gloss;
    popover.hidden = false;
    target.setAttribute("aria-describedby", popover.id);
    if (target.getAttribute("role") === "button") { target.setAttribute("aria-expanded", "true"); }
    var box = target.getBoundingClientRect();
    var width = Math.min(360, document.documentElement.clientWidth - 16);
    popover.style.width = width + "px";
    popover.style.left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8)) + window.scrollX + "px";
    popover.style.top = box.bottom + window.scrollY + 6 + "px";
  }

  function setupGlosses() {
    if (document.documentElement.dataset.xyGlosses) { return; }
    document.documentElement.dataset.xyGlosses = "1";
    function glossOf(event) { return event.target.closest ? event.target.closest("[data-gloss]") : null; }
    document.addEventListener("mouseover", function (event) { var t = glossOf(event); if (t) { showGloss(t); } });
    document.addEventListener("mouseout", function (event) { if (glossOf(event) === owner) { hideGloss(); } });
    document.addEventListener("focusin", function (event) { var t = glossOf(event); if (t) { showGloss(t); } else { hideGloss(); } });
    document.addEventListener("click", function (event) {
      var t = glossOf(event);
      // A tap focuses the word first (which shows the gloss): the click then keeps it shown.
      if (t && t.tagName !== "A") { showGloss(t); } else if (!t) { hideGloss(); }
    });
    document.addEventListener("keydown", function (event) {
      var t = glossOf(event);
      if (event.key === "Escape") { hideGloss(); }
      else if (t && (event.key === "Enter" || event.key === " ") && t.getAttribute("role") === "button") {
        event.preventDefault();
        if (owner === t && !popover.hidden) { hideGloss(); } else { showGloss(t); }
      }
    });
  }

  // The theme's search dialog has no accessible name (an axe-core "serious" finding on every page).
  function nameSearchDialog() {
    var dialog = document.querySelector(".md-search[role='dialog']");
    if (dialog && !dialog.hasAttribute("aria-label")) { dialog.setAttribute("aria-label", "Search the site"); }
  }

  // Runs on the first load and again after every instant navigation (the theme's document$): each
  // page's new content gets its handlers; a gloss left open on the previous page is closed.
  onReady(function () {
    hideGloss();
    nameSearchDialog();
    setupGlosses();
    setupToggles();
    setupSortable();
    setupFilters();
    startTools();
  });

  // The concordance and the evidence finder start once the page and their data are both there: on
  // an instant navigation the theme runs the page's data scripts after it has swapped the page in,
  // and each data file announces itself (xinyong:data). A tool starts once per page.
  function startTools() {
    var kwic = document.getElementById("xy-kwic");
    if (kwic && !kwic.dataset.xyReady && window.xinyongConcordance && window.XINYONG_CONCORDANCE &&
        window.XINYONG_GLOSSARY_FORMS) {
      kwic.dataset.xyReady = "1";
      window.xinyongConcordance();
    }
    var evidence = document.getElementById("xy-ev");
    if (evidence && !evidence.dataset.xyReady && window.xinyongEvidence && window.XINYONG_EVIDENCE) {
      evidence.dataset.xyReady = "1";
      window.xinyongEvidence();
    }
  }
  document.addEventListener("xinyong:data", startTools);
})();

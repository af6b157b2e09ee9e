/* Xinyong: small scripts of our own (no framework): highlight toggles, sortable and filterable
   tables, and the in-browser parallel concordance. All text is inserted with textContent. */
(function () {
  "use strict";

  function onReady(fn) {
    if (window.document$ && window.document$.subscribe) { window.document$.subscribe(fn); }
    else if (document.readyState !== "loading") { fn(); }
    else { document.addEventListener("DOMContentLoaded", fn); }
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

  onReady(function () {
    setupToggles();
    setupSortable();
    setupFilters();
    if (window.XINYONG_CONCORDANCE && document.getElementById("xy-kwic")) { window.xinyongConcordance(); }
    if (window.XINYONG_EVIDENCE && document.getElementById("xy-ev")) { window.xinyongEvidence(); }
  });
})();

/* The parallel concordance: searches the prebuilt index (assets/data/concordance-index.js) by
   substring, in Chinese or English, and shows classic KWIC lines (hit centred, contexts aligned on
   it), sortable by document, left or right context, each line expandable to the aligned unit in
   the other language; the current result downloads as CSV. All text goes in with textContent. */
(function () {
  "use strict";
  var WIDTH = { zh: 24, en: 60 };
  var LIMIT = 1000;

  function hasChinese(text) { return /[\u3400-\u9fff]/.test(text); }

  function escapeRegExp(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  function element(name, text, className) {
    var node = document.createElement(name);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  // Sorting on the left context reads it backwards from the hit, as KWIC tools do.
  function reversed(text) { return text.split("").reverse().join(""); }

  var SORTS = {
    document: function (h) { return h.doc + " " + h.unit; },
    left: function (h) { return reversed(h.left).toLowerCase(); },
    right: function (h) { return h.right.toLowerCase(); },
    hit: function (h) { return h.hit.toLowerCase(); }
  };

  function csvField(value) {
    var text = String(value == null ? "" : value);
    return /[",\n\r]/.test(text) ? "\"" + text.replace(/"/g, "\"\"") + "\"" : text;
  }

  window.xinyongConcordance = function () {
    var index = window.XINYONG_CONCORDANCE;
    var forms = window.XINYONG_GLOSSARY_FORMS || {};
    var input = document.getElementById("xy-q");
    var form = input.form;
    var table = document.getElementById("xy-kwic");
    var body = table.tBodies[0];
    var count = document.getElementById("xy-kwic-count");
    var sortSelect = document.getElementById("xy-kwic-sort");
    var download = document.getElementById("xy-kwic-csv");
    var pageBase = "docs/";
    var hits = [];
    var lastQuery = "";

    function filters() {
      var values = {};
      form.querySelectorAll("[data-filter]").forEach(function (el) { values[el.dataset.filter] = el.value; });
      return values;
    }

    function keep(doc, f) {
      var meta = index.documents[doc];
      if (f.level && meta.level !== f.level) { return false; }
      if (f.type && meta.type !== f.type) { return false; }
      if (f.region && meta.region !== f.region) { return false; }
      if (f.from && (!meta.year || meta.year < Number(f.from))) { return false; }
      if (f.to && (!meta.year || meta.year > Number(f.to))) { return false; }
      return true;
    }

    function patterns(query) {
      var term = forms[query];
      var zh = [], en = [];
      if (term) { zh = term.zh; en = term.en; }
      else if (hasChinese(query)) { zh = [query]; }
      else { en = [query]; }
      function build(list, flags, bounded) {
        if (!list.length) { return null; }
        var source = list.slice().sort(function (a, b) { return b.length - a.length; }).map(escapeRegExp).join("|");
        return new RegExp(bounded ? "(^|[^A-Za-z0-9-])(" + source + ")(?![A-Za-z0-9-])" : "()(" + source + ")", flags);
      }
      return { zh: build(zh, "g", false), en: build(en, "gi", true) };
    }

    function collect(query) {
      var found = patterns(query), f = filters(), result = [];
      index.units.forEach(function (unit) {
        if (result.length >= LIMIT || !keep(unit[0], f)) { return; }
        [["zh", 2, 3], ["en", 3, 2]].forEach(function (side) {
          var lang = side[0], pattern = found[lang], text = unit[side[1]];
          if (!pattern || !text) { return; }
          pattern.lastIndex = 0;
          var match;
          while ((match = pattern.exec(text)) && result.length < LIMIT) {
            var start = match.index + match[1].length, end = start + match[2].length;
            result.push({ doc: unit[0], unit: unit[1], lang: lang, order: result.length,
                          left: text.slice(Math.max(0, start - WIDTH[lang]), start), hit: text.slice(start, end),
                          right: text.slice(end, end + WIDTH[lang]), aligned: unit[side[2]] || "" });
            if (pattern.lastIndex === match.index) { pattern.lastIndex += 1; }
          }
        });
      });
      return result;
    }

    function sortHits() {
      var key = SORTS[sortSelect.value];
      if (!key) { hits.sort(function (a, b) { return a.order - b.order; }); return; }
      hits.sort(function (a, b) {
        return key(a).localeCompare(key(b), a.lang === "zh" ? "zh" : "en") || a.order - b.order;
      });
    }

    function line(hit, number) {
      var row = element("tr", "", "xy-kwic-line");
      row.lang = hit.lang;
      var docCell = element("td", "", "xy-kwic-doc");
      var link = element("a", hit.doc + " " + hit.unit);
      link.href = pageBase + hit.doc + ".html#" + hit.unit;  // every unit with text is a row with its id
      docCell.appendChild(link);
      var left = element("td", "", "xy-kwic-left");
      left.appendChild(element("span", hit.left));
      var middle = element("td", "", "xy-kwic-hit");
      middle.appendChild(element("mark", hit.hit));
      var right = element("td", "", "xy-kwic-right");
      right.appendChild(element("span", hit.right));
      var toggleCell = element("td", "", "xy-kwic-more");
      var toggle = element("button", "+", "xy-kwic-toggle");
      toggle.type = "button";
      toggle.setAttribute("aria-expanded", "false");
      toggle.setAttribute("aria-controls", "xy-kwic-unit-" + number);
      toggle.setAttribute("aria-label", "Show the aligned unit of line " + (number + 1));
      toggleCell.appendChild(toggle);
      [docCell, left, middle, right, toggleCell].forEach(function (c) { row.appendChild(c); });
      var detail = element("tr", "", "xy-kwic-detail");
      detail.id = "xy-kwic-unit-" + number;
      detail.hidden = true;
      var detailCell = element("td");
      detailCell.colSpan = 5;
      var place = element("a", hit.doc + " " + hit.unit);
      place.href = link.href;
      detailCell.appendChild(place);
      var aligned = element("p", hit.aligned || "No aligned unit in the other language.");
      aligned.lang = hit.lang === "zh" ? "en" : "zh";
      detailCell.appendChild(aligned);
      detail.appendChild(detailCell);
      toggle.addEventListener("click", function () {
        var open = toggle.getAttribute("aria-expanded") !== "true";
        toggle.setAttribute("aria-expanded", String(open));
        toggle.textContent = open ? "−" : "+";
        detail.hidden = !open;
      });
      return [row, detail];
    }

    function render() {
      body.textContent = "";
      hits.forEach(function (hit, number) {
        line(hit, number).forEach(function (row) { body.appendChild(row); });
      });
      download.disabled = hits.length === 0;
    }

    function search() {
      var query = input.value.trim();
      lastQuery = query;
      hits = query ? collect(query) : [];
      sortHits();
      render();
      count.textContent = query ? hits.length + (hits.length >= LIMIT ? "+ (first " + LIMIT + " shown)" : "") +
        " hits for " + query : "";
    }

    function csv() {
      var lines = [["document", "unit", "language", "left", "hit", "right", "aligned_unit"].join(",")];
      hits.forEach(function (h) {
        lines.push([h.doc, h.unit, h.lang, h.left, h.hit, h.right, h.aligned].map(csvField).join(","));
      });
      return "\ufeff" + lines.join("\r\n") + "\r\n";
    }

    download.addEventListener("click", function () {
      var blob = new Blob([csv()], { type: "text/csv;charset=utf-8" });
      var link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = "concordance-" + (lastQuery.replace(/[^\w\u3400-\u9fff-]+/g, "_") || "result") + ".csv";
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    });
    input.addEventListener("input", search);
    form.addEventListener("change", function (event) {
      // The query box also fires "change" when it loses focus: typing already searched, and a new
      // search here would close the line being opened.
      if (event.target === input) { return; }
      if (event.target === sortSelect) { sortHits(); render(); } else { search(); }
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); search(); });
    var params = new URLSearchParams(window.location.search);
    if (params.get("term")) { input.value = params.get("term"); }
    search();
  };
})();

/* The parallel concordance: searches the prebuilt index (assets/data/concordance-index.js) by
   substring, in Chinese or English, and shows each hit beside the aligned unit. */
(function () {
  "use strict";
  var WIDTH = 30;
  var LIMIT = 1000;

  function hasChinese(text) { return /[\u3400-\u9fff]/.test(text); }

  function escapeRegExp(text) { return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }

  function cell(text, className) {
    var td = document.createElement("td");
    if (className) { td.className = className; }
    td.textContent = text;
    return td;
  }

  window.xinyongConcordance = function () {
    var index = window.XINYONG_CONCORDANCE;
    var forms = window.XINYONG_GLOSSARY_FORMS || {};
    var input = document.getElementById("xy-q");
    var form = input.form;
    var table = document.getElementById("xy-kwic");
    var body = table.tBodies[0];
    var count = document.getElementById("xy-kwic-count");
    var pageBase = "docs/";

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
        var body = list.slice().sort(function (a, b) { return b.length - a.length; }).map(escapeRegExp).join("|");
        return new RegExp(bounded ? "(^|[^A-Za-z0-9-])(" + body + ")(?![A-Za-z0-9-])" : "()(" + body + ")", flags);
      }
      return { zh: build(zh, "g", false), en: build(en, "gi", true) };
    }

    function search() {
      var query = input.value.trim();
      while (body.firstChild) { body.removeChild(body.firstChild); }
      if (!query) { count.textContent = ""; return; }
      var found = patterns(query), f = filters(), hits = 0;
      index.units.forEach(function (unit) {
        if (hits >= LIMIT || !keep(unit[0], f)) { return; }
        [["zh", 2, 3], ["en", 3, 2]].forEach(function (side) {
          var pattern = found[side[0]], text = unit[side[1]];
          if (!pattern || !text) { return; }
          pattern.lastIndex = 0;
          var match;
          while ((match = pattern.exec(text)) && hits < LIMIT) {
            var start = match.index + match[1].length, end = start + match[2].length;
            var row = document.createElement("tr");
            var docCell = document.createElement("td");
            var link = document.createElement("a");
            link.href = pageBase + unit[0] + ".html#" + unit[1].split(".")[0];
            link.textContent = unit[0] + " " + unit[1];
            docCell.appendChild(link);
            row.appendChild(docCell);
            row.appendChild(cell(text.slice(Math.max(0, start - WIDTH), start)));
            var hit = cell("", "");
            var mark = document.createElement("mark");
            mark.textContent = text.slice(start, end);
            hit.appendChild(mark);
            row.appendChild(hit);
            row.appendChild(cell(text.slice(end, end + WIDTH)));
            row.appendChild(cell(unit[side[2]] || "—"));
            row.lang = side[0];
            body.appendChild(row);
            hits += 1;
            if (pattern.lastIndex === match.index) { pattern.lastIndex += 1; }
          }
        });
      });
      count.textContent = hits + (hits >= LIMIT ? "+ (first " + LIMIT + " shown)" : "") + " hits for " + query;
    }

    input.addEventListener("input", search);
    form.addEventListener("change", search);
    var params = new URLSearchParams(window.location.search);
    if (params.get("term")) { input.value = params.get("term"); search(); }
  };
})();

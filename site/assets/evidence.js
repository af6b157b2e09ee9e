/* The evidence finder in the browser: ranks the passages of the corpus for a claim with BM25 over
   the prebuilt index (assets/data/evidence-index.js), as `xinyong evidence` does. It reads the claim
   without the English pipeline, so measures and targets named in the claim are not recognized; the
   command line remains the reference. */
(function () {
  "use strict";
  var EN_TOKEN = /[A-Za-z][A-Za-z'-]*[A-Za-z]|[A-Za-z]|\d+(?:[.,]\d+)*/g;
  var ZH_WORD = /[\u3400-\u9fffA-Za-z0-9]/;
  var ENDINGS = [["ies", "y"], ["es", ""], ["s", ""], ["ed", ""], ["ed", "e"], ["ing", ""], ["ing", "e"], ["ly", ""]];
  var TOP = 10;

  function claimLanguage(text) {
    var chinese = (text.match(/[\u3400-\u9fff]/g) || []).length;
    var latin = (text.match(/[A-Za-z]/g) || []).length;
    return chinese && chinese * 3 >= latin ? "zh" : "en";
  }

  // The stem the index uses for an English word; a form the corpus does not contain is tried
  // without its commonest endings (the corpus may hold "travel" but not "travelling").
  function stem(word, stems) {
    if (Object.prototype.hasOwnProperty.call(stems, word)) { return stems[word]; }
    for (var i = 0; i < ENDINGS.length; i += 1) {
      var end = ENDINGS[i][0];
      if (word.length > end.length + 2 && word.slice(-end.length) === end) {
        var base = word.slice(0, -end.length) + ENDINGS[i][1];
        if (Object.prototype.hasOwnProperty.call(stems, base)) { return stems[base]; }
      }
    }
    return word;
  }

  function englishWords(text, index) {
    var stop = index.stopwordSet;
    return (text.match(EN_TOKEN) || []).map(function (w) { return w.toLowerCase(); })
      .filter(function (w) { return w.length > 1 && !stop[w]; })
      .map(function (w) { return stem(w, index.stems); });
  }

  // Forward maximum matching over the words of the Chinese index and the glossary's Chinese terms.
  function chineseWords(text, index) {
    var words = [];
    var i = 0;
    while (i < text.length) {
      var found = 1;
      for (var size = Math.min(8, text.length - i); size > 1; size -= 1) {
        if (index.zhVocabulary[text.substr(i, size)]) { found = size; break; }
      }
      var word = text.substr(i, found);
      if (ZH_WORD.test(word)) { words.push(word); }
      i += found;
    }
    return words;
  }

  // Glossary terms and agency names in the claim, longest first and without overlaps.
  function namedTokens(text, names, ignoreCase) {
    var haystack = ignoreCase ? text.toLowerCase() : text;
    var taken = [];
    var found = [];
    names.forEach(function (pair) {
      var name = pair[0];
      var from = haystack.indexOf(name);
      while (from !== -1) {
        var to = from + name.length;
        var bounded = !ignoreCase || (!/[a-z0-9]/.test(haystack.charAt(from - 1) || " ") &&
                                      !/[a-z0-9]/.test(haystack.charAt(to) || " "));
        var free = taken.every(function (span) { return to <= span[0] || from >= span[1]; });
        if (bounded && free) { taken.push([from, to]); found.push(pair[1]); }
        from = haystack.indexOf(name, from + 1);
      }
    });
    return found;
  }

  function queryTokens(claim, index, expand) {
    var lang = claimLanguage(claim);
    var words = lang === "en" ? englishWords(claim, index) : chineseWords(claim, index);
    var labelled = namedTokens(claim, lang === "en" ? index.namesEn : index.namesZh, lang === "en");
    (claim.match(/\b(?:1[89]|20)\d\d\b/g) || []).forEach(function (year) { labelled.push("DATE:" + year, "YEAR:" + year); });
    index.regions.forEach(function (region) {
      if (new RegExp("\\b" + region + "\\b", "i").test(claim)) { labelled.push("REGION:" + region.toLowerCase()); }
    });
    var expansion = [];
    if (expand) {
      index.thesaurusPatterns.forEach(function (entry) {
        if (entry[0].test(claim)) { expansion = expansion.concat(entry[1]); }
      });
    }
    return words.concat(labelled, labelled, expansion);
  }

  function rank(claim, index, expand) {
    var passages = index.passages;
    var scores = {};
    queryTokens(claim, index, expand).forEach(function (token) {
      var postings = index.postings[token];
      if (!postings) { return; }
      var idf = Math.log(1 + (passages.length - postings.length + 0.5) / (postings.length + 0.5));
      postings.forEach(function (posting) {
        var length = passages[posting[0]][3];
        var tf = posting[1];
        var norm = tf + index.k1 * (1 - index.b + index.b * length / index.averageLength);
        scores[posting[0]] = (scores[posting[0]] || 0) + idf * tf / norm;
      });
    });
    var order = Object.keys(scores).map(Number).sort(function (a, b) { return scores[b] - scores[a] || a - b; });
    var hits = [];
    var byPlace = {};
    order.forEach(function (number) {
      var passage = passages[number];
      var place = passage[0] + ":" + passage[1];
      if (byPlace[place]) {
        if (byPlace[place].langs.indexOf(passage[2]) === -1) { byPlace[place].langs.push(passage[2]); }
        return;
      }
      if (hits.length === TOP) { return; }
      byPlace[place] = {passage: passage, score: scores[number], langs: [passage[2]]};
      hits.push(byPlace[place]);
    });
    return hits;
  }

  function prepare(index) {
    index.stopwordSet = {};
    index.stopwords.forEach(function (w) { index.stopwordSet[w] = true; });
    index.averageLength = index.passages.reduce(function (sum, p) { return sum + p[3]; }, 0) / index.passages.length;
    index.zhVocabulary = {};
    Object.keys(index.postings).forEach(function (token) {
      if (/[\u3400-\u9fff]/.test(token)) { index.zhVocabulary[token] = true; }
    });
    index.names_zh.forEach(function (pair) { index.zhVocabulary[pair[0]] = true; });
    var longestFirst = function (a, b) { return b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1); };
    index.namesEn = index.names_en.slice().sort(longestFirst);
    index.namesZh = index.names_zh.slice().sort(longestFirst);
    index.thesaurusPatterns = index.thesaurus.map(function (entry) { return [new RegExp(entry[0], "i"), entry[1]]; });
    return index;
  }

  // The words of the passage that match the claim: English words by their index stem, Chinese by
  // the claim's words (two characters or more), longest first, without overlaps.
  function highlighted(text, lang, claim, index) {
    var spans = [];
    if (lang === "en") {
      var wanted = {};
      englishWords(claim, index).forEach(function (w) { wanted[w] = true; });
      var pattern = new RegExp(EN_TOKEN.source, "g"), match;
      while ((match = pattern.exec(text))) {
        var word = match[0].toLowerCase();
        if (word.length > 1 && !index.stopwordSet[word] && wanted[stem(word, index.stems)]) {
          spans.push([match.index, match.index + match[0].length]);
        }
      }
    } else {
      var words = chineseWords(claim, index).filter(function (w) { return w.length > 1; })
        .sort(function (a, b) { return b.length - a.length; });
      words.forEach(function (word) {
        var from = text.indexOf(word);
        while (from !== -1) {
          var to = from + word.length;
          if (spans.every(function (span) { return to <= span[0] || from >= span[1]; })) { spans.push([from, to]); }
          from = text.indexOf(word, to);
        }
      });
      spans.sort(function (a, b) { return a[0] - b[0]; });
    }
    var fragment = document.createDocumentFragment(), last = 0;
    spans.forEach(function (span) {
      fragment.appendChild(document.createTextNode(text.slice(last, span[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(span[0], span[1]);
      fragment.appendChild(mark);
      last = span[1];
    });
    fragment.appendChild(document.createTextNode(text.slice(last)));
    return fragment;
  }

  function cell(content, className) {
    var td = document.createElement("td");
    if (className) { td.className = className; }
    if (typeof content === "string") { td.textContent = content; } else { td.appendChild(content); }
    return td;
  }

  window.xinyongEvidence = function () {
    var index = prepare(window.XINYONG_EVIDENCE);
    var input = document.getElementById("xy-ev-q");
    var thesaurus = document.getElementById("xy-ev-thesaurus");
    var body = document.getElementById("xy-ev").tBodies[0];
    var count = document.getElementById("xy-ev-count");

    function run() {
      var claim = input.value.trim();
      body.textContent = "";
      if (!claim) { count.textContent = ""; return; }
      var hits = rank(claim, index, thesaurus.checked);
      hits.forEach(function (hit, position) {
        var passage = hit.passage;
        var link = document.createElement("a");
        link.href = passage[4] + "#" + passage[1];
        link.textContent = passage[0] + ":" + passage[1];
        var row = document.createElement("tr");
        [String(position + 1), link, hit.langs.join("+"), hit.score.toFixed(2)].forEach(function (c) { row.appendChild(cell(c)); });
        var text = cell(highlighted(passage[5], passage[2], claim, index), "xy-ev-text");
        text.lang = passage[2];
        row.appendChild(text);
        body.appendChild(row);
      });
      count.textContent = hits.length ? hits.length + " provisions, best first" : "No provision shares a word or term with this claim.";
    }

    input.form.addEventListener("submit", function (event) { event.preventDefault(); run(); });
    thesaurus.addEventListener("change", run);
    var given = new URLSearchParams(window.location.search).get("claim");
    if (given) { input.value = given; run(); }
  };
})();

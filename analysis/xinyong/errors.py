"""Every user-facing error message, numbered, in one place.

A message says what went wrong, where (file and line, article or unit), and what to do.
Users can search the code for the number they were shown.
"""
from __future__ import annotations

from pathlib import Path

# Exit codes of the `xinyong` command (documented in the README).
EXIT_OK = 0
EXIT_PROBLEMS = 1  # the command ran and found problems (validation, verify, evaluation targets)
EXIT_USAGE = 2  # wrong options or arguments (click's own code)
EXIT_INPUT = 3  # an input file is missing, unreadable or malformed
EXIT_NETWORK = 4  # a download failed after its retries
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT), as shells report it


class Errors:
    # catalog, agencies, glossary and other YAML data
    E001 = "cannot read the file: {reason}. Check that it exists and is readable."
    E002 = "is not valid YAML: {reason}. Fix the syntax at the line given."
    E003 = "must contain a {expected} at the top level, found {found}."
    E004 = "field '{field}': {reason}. See {schema} for what the field takes."
    E005 = "duplicate id '{id}', first defined in {other}. Ids must be unique: rename one of them."
    E006 = "the id '{id}' does not match the file name '{stem}'. Rename the file or the id."
    E007 = "unknown issuer '{issuer}'. Add it to corpus/agencies.yaml or fix the id."
    E008 = "relation '{kind}' points to '{target}', which is not in the catalog. Add the document or fix the id."
    E009 = "the relations form a cycle: {cycle}. A document cannot {kind} itself through others."
    E010 = "duplicate key '{key}' in one mapping (the second value would silently replace the first)."
    E011 = "the date '{value}' in field '{field}' is not a valid calendar date."
    E012 = "YAML nesting is deeper than {limit} levels. Catalog data is flat: check for a runaway structure."
    E013 = "unknown {what} '{value}' referenced from field '{field}'. Fix the id or add the entry it refers to."
    # source texts and translations
    E020 = "the sources directory does not exist. Fix the folder given (--sources DIR or $XINYONG_SOURCES), create it, or leave both out to use ../shared/sources or corpus/sources."
    E021 = "is not UTF-8 text ({reason}). Convert it to UTF-8, or ingest it with `xinyong add`, which detects GB18030 and Big5."
    E022 = "is empty. A document needs a body."
    E023 = "looks binary (it contains NUL bytes). Only text, HTML, PDF and DOCX can be ingested."
    E024 = "is {size} bytes, larger than the limit of {limit} bytes. Split it (`parse` and `annotate` also take --max-bytes N)."
    E025 = "has no front matter. A translation starts with a '---' block giving source, source_sha256, translator, licence, date and status."
    E026 = "front matter field '{field}': {reason}."
    E027 = "translation for '{source}' has units the original lacks: {ids}. Check the article and item numbering."
    E028 = "translation for '{source}' lacks units the original has: {ids}. Translate the missing articles, paragraphs or items."
    E029 = "the text's SHA-256 {actual} differs from the {expected} recorded in {record}. The source changed: re-check it and update the record."
    E030 = "no document '{doc}' in the catalog. `xinyong list` shows the ids."
    E033 = "the number {number} of the Chinese article is missing from its English translation. Keep every Arabic number (dates, amounts, decree numbers)."
    E034 = "Chinese text '{chinese}' in the English body outside a glossary parenthesis. Translate it, or gloss a glossary term as 'term (中文)'."
    # fetching and ingesting
    E040 = "download of {url} failed after {attempts} attempts: {reason}. Check the URL or try again later."
    E041 = "the sources directory already holds a different text for '{doc}'. Pass --force to replace it."
    E042 = "cannot extract text from {kind} content: {reason}."
    E043 = "catalog entry '{doc}' has no source_url to fetch from. Add the official URL, or place the text in the sources directory yourself."
    E044 = "no catalog entry '{doc}' to give this text to. Leave out --attach to catalog it as a new entry, or check the id with `xinyong list`."
    # annotation, analysis, site
    E050 = "pattern file: {reason}."
    E051 = "gold annotation: {reason}. See corpus/gold/GUIDELINES.md."
    E052 = "unknown analysis '{name}'. Known analyses: {known}."
    E053 = "no annotations found in this folder. Run `xinyong build` first."
    E054 = "evidence '{ref}' does not resolve to a unit or catalog entry ({reason}). Fix the id (doc:unit, e.g. shanghai-social-credit-regulation-2017:art-30)."
    E055 = "unit '{unit}' of '{doc}' is not in the parsed text. Check the id (e.g. art-9, art-9.p2, art-9.p2.i3)."
    # catalog provenance and date rules (catalog_rules.py)
    E095 = "verified_against source '{source}' is neither a URL nor a named local text. Give the page's URL (https://...) or sources:<file>; an index id cannot be checked by readers."
    E096 = "status '{status}' rests on no source: no verified_against entry lists the fact 'status'. Add the source that shows the status, or set status: unknown."
    E097 = "{later} ({later_date}) is before {earlier} ({earlier_date}). Check the date conventions in corpus/schema/catalog.schema.json: date_issued is the date on the document or of its promulgation, date_published its public release, date_effective its entry into force."
    E099 = "verified_against lists the fact '{fact}', which is not a field of a catalog entry. Use a field name such as title_zh, doc_number, issuers, date_issued, date_effective or status."
    # claims, bibliography and evidence finder (issue 15)
    E100 = "bibliography entry '{ref}' is not in corpus/claims/bibliography.yaml. Add the record (see corpus/schema/bibliography.schema.json) or fix the id."
    # digests' basis and the translations' house style
    E110 = "digest unit '{unit}' has no basis. Add it, or a section above it, to `basis:` in the front matter (kind: text, report or overview)."
    E111 = "basis of '{unit}': {reason}. A basis needs kind (text, report or overview) and, for text and report, a source that is a key of `basis_sources:`."
    E112 = "basis names '{unit}', which is not a unit of the digest. Use a unit id as `xinyong parse` prints it (e.g. s2.1, s2.1.p2, preamble.p1)."
    E113 = "house style: 依法 is rendered \"in accordance with the law\", not \"{found}\" (corpus/translations/STYLE.md, Recurring formulae)."
    E114 = "house style: 国家 as a noun is \"the State\", not \"{found}\" (corpus/translations/STYLE.md, Capitalisation)."
    E115 = "house style: 向社会公布/公示/公开 is \"make public\", \"publish\" or \"publicize\" without \"{found}\" (corpus/translations/STYLE.md, Recurring formulae)."
    E116 = "house style: the Chinese has {modal} but the English has none of {renderings} (corpus/translations/STYLE.md, Modal verbs)."
    E117 = "house style: write \"{found}\" as {expected} (corpus/translations/STYLE.md, Numbers and money)."
    E118 = "house style: a list item ends with a semicolon, a full stop or a colon, not \"{found}\" (corpus/translations/STYLE.md, Lists)."
    # held-out documents (issue 19)
    E140 = "held-out gold: the sanctioned party (target) of '{text}': {reason}. See corpus/gold/GUIDELINES.md."
    E141 = "the held-out documents are for measuring only: {what} is refused on them (rules must never be tuned on corpus/gold/heldout)."
    # a newcomer's first hour: options, bringing one's own documents, the build folder
    E060 = "'{value}' is not a known {what}. Allowed values: {allowed}."
    E061 = "the id '{id}' is not a slug. Use lowercase letters, digits and single hyphens, e.g. beijing-credit-rules-2024."
    E062 = "a new catalog entry needs --issuer, the id of the issuing body in corpus/agencies.yaml (e.g. ndrc); nothing is assumed."
    E063 = "catalog entry '{id}' already exists. To give it this text and keep its verified facts, add --attach; --force replaces the whole entry."
    E064 = "the entry `xinyong add` would write is not valid: {reason}. Nothing was written; fix the option given."
    E065 = "cannot write or read here ({reason}). Check that the folder exists and is writable; the build folder can be changed with --out or $XINYONG_BUILD."
    E066 = "front matter is not valid YAML: {reason}. Fix the '---' block at the top of the file."
    E067 = "unknown label '{label}' in a pattern file. Known labels: {allowed}."
    E068 = "unexpected error ({kind}: {reason}). This is a bug in xinyong: please report it with the command you ran (XINYONG_DEBUG=1 shows the traceback)."
    # exports
    E120 = "the site address '{value}' (from {origin}) is not an absolute http(s) URL: citations would print a relative path. Give the published address, e.g. https://example.org/xinyong/."
    # held-out English gold set (corpus/gold/heldout-en/, issue 16)
    E150 = "held-out gold set: {reason}. The set is a folder with texts/<doc>.en.md and <doc>.en.yaml gold files (see its README.md)."
    E151 = "held-out gold: no text texts/{doc}.en.md for this gold file. Add the text or fix `doc:`."
    E152 = "held-out gold: unit '{unit}' is not in the text of {doc}. Use a unit id as `xinyong parse` prints it."
    E153 = "held-out gold: unit '{unit}' changed since it was annotated (sha {found}, text has {expected}). Re-read the unit and update the annotation and its sha."
    E154 = "held-out gold: {reason}. See corpus/gold/GUIDELINES.md."
    # sanctions dataset (issue 16)
    E145 = "pattern '{key}' is not a valid regular expression: {reason}. Fix it in corpus/sanctions.yaml."
    E146 = "is not a valid sanctions cue file: {reason}. It needs parties, authorities, lists, conduct and durations, each with zh and en patterns."
    E147 = "record '{record}', field '{field}': the judgement '{value}' is neither correct, incorrect nor n/a."
    # the annotation label table (corpus/labels.yaml, issue 17)
    E170 = "label table: {reason}. Each label is one row of corpus/labels.yaml (see the comment at its top)."
    E171 = "unknown label '{label}'. Labels in corpus/labels.yaml: {allowed}."
    # the build's stage table (build.py, issue 17)
    E172 = "the {stage} stage reads this folder, which no earlier build wrote. Run the whole build (`xinyong build`), or add --stage {producer}."
    # held-out English gold, batch 2 (issue 16)
    E260 = "held-out gold: '{doc}' is named as a batch-2 document (heldout-b2-...) but is not listed in HELDOUT_EN_LATER_BATCHES[2] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then test) or rename it."
    # English measure and party lexicon (issue 16)
    E290 = "English lexicon: {reason}. Write the entry as corpus/patterns/en-lexicon.yaml describes at its top (lists of lower-case words; patterns that compile)."
    E261 = "held-out English batch {batch} does not exist: the set has batches {batches} (see corpus/gold/heldout-en/README.md)."
    # the written Chinese test set (corpus/gold/written-zh, issue 19)
    E265 = "written Chinese gold set: {reason}. The set is a folder with texts/<doc>.zh.md and <doc>.zh.yaml gold files (see its README.md)."
    E266 = "written Chinese gold: no text texts/{doc}.zh.md for this gold file. Add the text or fix `doc:`."
    E267 = "written Chinese gold: unit '{unit}' is not in the text of {doc}. Use a unit id as `xinyong parse` prints it."
    E268 = "written Chinese gold: unit '{unit}' changed since it was annotated (sha {found}, text has {expected}). Re-read the unit and update the annotation and its sha."
    E269 = "written Chinese gold: {reason}. See corpus/gold/GUIDELINES.md."
    # held-out English gold, batch 3 (development text, issue 16)
    E280 = "held-out gold: '{doc}' is named as a batch-3 document (heldout-b3-...) but is not listed in HELDOUT_EN_LATER_BATCHES[3] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then train) or rename it."
    # held-out English gold, batch 4 (development text written blind to the rules, issue 16)
    E281 = "held-out gold: '{doc}' is named as a batch-4 document (heldout-b4-...) but is not listed in HELDOUT_EN_LATER_BATCHES[4] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then train) or rename it."
    # held-out English gold, batch 5 (a never-seen test batch, issue 16)
    E282 = "held-out gold: '{doc}' is named as a batch-5 document (heldout-b5-...) but is not listed in HELDOUT_EN_LATER_BATCHES[5] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then test) or rename it."
    # held-out English gold, batch 6 (a validation batch, issue 16)
    E283 = "held-out gold: '{doc}' is named as a batch-6 document (heldout-b6-...) but is not listed in HELDOUT_EN_LATER_BATCHES[6] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then validation) or rename it."
    E284 = "held-out English batch {batch} is a validation batch: only its summary scores are shown (`xinyong evaluate --heldout-en-batch {batch}`), never its differences, texts or gold. Develop rules with --split train --differences on the train batches."
    # the Chinese validation set (corpus/gold/validation-zh, issue 19): scored, never read by rule writers
    E286 = "Chinese validation set: {reason}. The set is a folder with texts/<doc>.zh.md and <doc>.zh.yaml gold files (see its README.md)."
    E287 = "Chinese validation gold: {reason}. Use the text's unit ids as `xinyong parse` prints them, and re-read a changed unit before updating its annotation and sha."
    E288 = "Chinese validation gold: {reason}. See corpus/gold/GUIDELINES.md."
    E289 = "the Chinese validation set is for scoring only: {what} is refused on it (rule writers may run its summary, never read its texts, gold or differences)."
    # held-out English gold, batch 7 (development text written blind to the rules, issue 16)
    E285 = "held-out gold: '{doc}' is named as a batch-7 document (heldout-b7-...) but is not listed in HELDOUT_EN_LATER_BATCHES[7] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then train) or rename it."
    # the Chinese development set (corpus/gold/dev-zh, issue 19): written blind, read by rule writers, all train
    E298 = "Chinese development set: {reason}. The set is a folder with texts/<doc>.zh.md and <doc>.zh.yaml gold files (see its README.md)."
    E299 = "Chinese development gold: {reason}. Use the text's unit ids as `xinyong parse` prints them, re-read a changed unit before updating its annotation and sha, and see corpus/gold/GUIDELINES.md for spans and `target`."
    # English local bodies (issue 16): the English half of corpus/patterns/local-agencies.yaml
    E296 = "local-agencies data: {reason}. The `en:` section holds the English name parts (levels, heads, ...) as regular expressions; see the comments at the top of the file."
    E297 = "local-agencies data: the function entry {item} is neither a Chinese pattern nor a mapping with a `zh` and/or an `en` pattern. Write it as '公安' or {{zh: '公安', en: 'public security'}}."
    # second English annotations for inter-annotator agreement (corpus/gold/agreement-en, issue 16)
    E300 = "the agreement comparison prints summary figures only: --differences is refused with --agreement-en (its texts are test texts, whose spans and differences are never shown)."
    E301 = "second annotation: {reason}. A file in corpus/gold/agreement-en annotates exactly the units of the gold file of the same name in corpus/gold/heldout-en (see corpus/gold/agreement-en/README.md)."
    # held-out English gold, batch 8 (development text written blind to the rules, issue 16)
    E304 = "held-out gold: '{doc}' is named as a batch-8 document (heldout-b8-...) but is not listed in HELDOUT_EN_LATER_BATCHES[8] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then train) or rename it."
    # the date of a text of our own gold sets (issue 19: the version of a cited law in force then)
    E305 = ("gold file: the text's date '{value}' is not a calendar date written YYYY, YYYY-MM or YYYY-MM-DD. "
            "It is the citing date that picks the version of an instrument the text cites by its bare title; "
            "write the date the text's own date line gives, or leave the `date` field out.")
    # the English edge corrector's weights table (corpus/patterns/en-edges.json, issue 16)
    E308 = "English edge corrector: the weights table cannot be read ({reason}). It is written by `python bench/en_edges.py write ...` (see the script's usage): rerun it, or delete the file to annotate without the corrector."
    # the level words of local bodies (issue 19): one list for the Chinese annotator and the site's popover
    E292 = "local-agencies data: {reason}. Each entry of `levels` names one level: {shape}; the Chinese words are literal text, each given once in the whole list."
    # held-out English gold, batch 9 (development text written blind to the rules, issue 16)
    E291 = "held-out gold: '{doc}' is named as a batch-9 document (heldout-b9-...) but is not listed in HELDOUT_EN_LATER_BATCHES[9] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then train) or rename it."
    # held-out English gold, batch 10 (a second validation batch written blind to the rules, issue 16)
    E293 = "held-out gold: '{doc}' is named as a batch-10 document (heldout-b10-...) but is not listed in HELDOUT_EN_LATER_BATCHES[10] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then validation) or rename it."
    # the English span tagger's weights table (corpus/patterns/en-span-tagger.json, issue 16)
    E306 = "English span tagger: the weights table cannot be read ({reason}). It is written by `python bench/en_span_tagger.py write` from the English train units: rerun it, or delete the file to annotate with the rules alone."
    E307 = "XINYONG_EN_TAGGER is '{value}': it may be auto (the default: the learned span tagger adds its spans on English we did not write, our own translations and digests keep the English rules alone), off (the rules alone), redraw (the learned span tagger redraws the rules' MEASURE and TARGET spans) or add (it also adds the spans it is sure of). Unset it, or set one of these."
    # held-out English gold, batch 11 (development text written blind to the rules, issue 16)
    E294 = "held-out gold: '{doc}' is named as a batch-11 document (heldout-b11-...) but is not listed in HELDOUT_EN_LATER_BATCHES[11] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then train) or rename it."
    # held-out English gold, batch 12 (development text written blind to the rules, issue 16)
    E295 = "held-out gold: '{doc}' is named as a batch-12 document (heldout-b12-...) but is not listed in HELDOUT_EN_LATER_BATCHES[12] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then train) or rename it."
    # held-out English gold, batch 13 (development text written blind to the rules, issue 16)
    E302 = "held-out gold: '{doc}' is named as a batch-13 document (heldout-b13-...) but is not listed in HELDOUT_EN_LATER_BATCHES[13] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then train) or rename it."
    # held-out English gold, batch 14 (development text written blind to the rules, issue 16)
    E303 = "held-out gold: '{doc}' is named as a batch-14 document (heldout-b14-...) but is not listed in HELDOUT_EN_LATER_BATCHES[14] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then train) or rename it."
    # held-out English gold, batch 15 (development text written blind to the rules, issue 16)
    E309 = "held-out gold: '{doc}' is named as a batch-15 document (heldout-b15-...) but is not listed in HELDOUT_EN_LATER_BATCHES[15] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then train) or rename it."
    # held-out English gold, batch 16 (development text written blind to the rules, issue 16)
    E310 = "held-out gold: '{doc}' is named as a batch-16 document (heldout-b16-...) but is not listed in HELDOUT_EN_LATER_BATCHES[16] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then train) or rename it."
    # held-out English gold, batch 17 (development text written blind to the rules, issue 16)
    E311 = "held-out gold: '{doc}' is named as a batch-17 document (heldout-b17-...) but is not listed in HELDOUT_EN_LATER_BATCHES[17] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then train) or rename it."
    # held-out English gold, batch 18 (development text written blind to the rules, issue 16)
    E312 = "held-out gold: '{doc}' is named as a batch-18 document (heldout-b18-...) but is not listed in HELDOUT_EN_LATER_BATCHES[18] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then train) or rename it."
    # held-out English gold, batch 19 (development text written blind to the rules, issue 16)
    E313 = "held-out gold: '{doc}' is named as a batch-19 document (heldout-b19-...) but is not listed in HELDOUT_EN_LATER_BATCHES[19] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then train) or rename it."
    # held-out English gold, batch 20 (development text written blind to the rules, issue 16)
    E314 = "held-out gold: '{doc}' is named as a batch-20 document (heldout-b20-...) but is not listed in HELDOUT_EN_LATER_BATCHES[20] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then train) or rename it."
    # held-out English gold, batch 21 (development text written blind to the rules, issue 16)
    E315 = "held-out gold: '{doc}' is named as a batch-21 document (heldout-b21-...) but is not listed in HELDOUT_EN_LATER_BATCHES[21] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then train) or rename it."
    # held-out English gold, batch 22 (development text written blind to the rules, issue 16)
    E316 = "held-out gold: '{doc}' is named as a batch-22 document (heldout-b22-...) but is not listed in HELDOUT_EN_LATER_BATCHES[22] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then train) or rename it."
    # held-out English gold, batch 23 (development text written blind to the rules, issue 16)
    E317 = "held-out gold: '{doc}' is named as a batch-23 document (heldout-b23-...) but is not listed in HELDOUT_EN_LATER_BATCHES[23] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then train) or rename it."
    # held-out English gold, batch 24 (development text written blind to the rules, issue 16)
    E318 = "held-out gold: '{doc}' is named as a batch-24 document (heldout-b24-...) but is not listed in HELDOUT_EN_LATER_BATCHES[24] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then train) or rename it."
    # held-out English gold, batch 25 (development text written blind to the rules, issue 16)
    E319 = "held-out gold: '{doc}' is named as a batch-25 document (heldout-b25-...) but is not listed in HELDOUT_EN_LATER_BATCHES[25] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then train) or rename it."
    # held-out English gold, batch 26 (development text written blind to the rules, issue 16)
    E320 = "held-out gold: '{doc}' is named as a batch-26 document (heldout-b26-...) but is not listed in HELDOUT_EN_LATER_BATCHES[26] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then train) or rename it."
    # held-out English gold, batch 27 (development text written blind to the rules, issue 16)
    E321 = "held-out gold: '{doc}' is named as a batch-27 document (heldout-b27-...) but is not listed in HELDOUT_EN_LATER_BATCHES[27] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then train) or rename it."
    E322 = "the numeral '{numeral}' in '{line_text}' is no number (a mistyped article, chapter or item number?). Correct the numeral in the file."
    E323 = "held-out gold: '{doc}' is named as a batch-28 document (heldout-b28-...) but is not listed in HELDOUT_EN_LATER_BATCHES[28] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then validation) or rename it."
    # held-out English gold, batches 29 onwards (one code for every later batch: the message names the batch)
    E324 = "held-out gold: '{doc}' is named as a batch-{batch} document (heldout-b{batch}-...) but is not listed in HELDOUT_EN_LATER_BATCHES[{batch}] (annotate/heldout_en.py), so its units would be split by hash. List it there (all its units are then {split}) or rename it."


class XinyongError(Exception):
    """An error the user can fix: it names the file and the place and says what to do.

    code (str): the message number in `Errors`, e.g. "E004".
    path (Path | str | None): the file concerned.
    line (int | None): 1-based line in the file, when known.
    place (str | None): another location, such as an article or unit id.
    exit_code (int): the process exit code the CLI uses for this error.
    fields: values for the message template.
    """

    def __init__(self, code: str, path: Path | str | None = None, line: int | None = None,
                 place: str | None = None, exit_code: int = EXIT_INPUT, **fields: object) -> None:
        self.code = code
        self.path = str(path) if path is not None else None
        self.line = line
        self.place = place
        self.exit_code = exit_code
        self.fields = fields
        super().__init__(self.render())

    def render(self) -> str:
        where = self.path or ""
        if self.line is not None:
            where += f":{self.line}"
        if self.place:
            where += f" ({self.place})" if where else self.place
        message = getattr(Errors, self.code).format(**self.fields)
        return f"{self.code} {where}: {message}" if where else f"{self.code} {message}"


class ProblemList(XinyongError):
    """Several independent problems found in one pass (e.g. by `xinyong validate`)."""

    def __init__(self, problems: list[XinyongError]) -> None:
        if not problems:  # a caller's mistake, not the user's: every caller raises only when it found some
            raise ValueError("a ProblemList needs at least one problem")
        self.problems = problems
        Exception.__init__(self, "\n".join(p.render() for p in problems))
        self.exit_code = problems[0].exit_code
        self.code = problems[0].code

    def render(self) -> str:
        return "\n".join(p.render() for p in self.problems)

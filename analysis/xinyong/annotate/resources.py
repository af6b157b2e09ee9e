"""The annotator's resources, generated from our data files (glossary, agencies, measures,
targets, catalog titles and the files under corpus/patterns/)."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .patterns import LiteralSet, PatternSet

if TYPE_CHECKING:
    from .en_local_agencies import EnLocalAgencies

DEONTIC = ("PROHIBITION", "OBLIGATION", "PERMISSION")
# Files whose content decides the annotations: a change to any of them invalidates the cache.
DATA_FILES = ("glossary.yaml", "agencies.yaml", "measures.yaml", "targets.yaml",
              "patterns/deontic.yaml", "patterns/docno.yaml", "patterns/local-agencies.yaml",
              "patterns/en-measures.yaml", "patterns/en-targets.yaml",
              "patterns/en-edges.json", "patterns/en-span-tagger.json")

ZH_TITLE = re.compile(r"《[^《》\n]{1,120}》")
EN_TITLE = re.compile(r"[\"“](?P<title>[A-Z][^\"“”\n]{3,200}?)[\"”]|\*(?P<italic>[A-Z][^*\n]{3,200}?)\*")


def __getattr__(name: str) -> object:
    # LABELS, for modules written before the label table: prefer labels.label_names(), which reads
    # the table at each call (an import-time copy misses a label added to a table copy in a test)
    if name == "LABELS":
        from ..labels import label_names

        return label_names()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass
class Resources:
    """Matchers for one language."""

    lang: str
    terms: LiteralSet
    agencies: LiteralSet
    measures: PatternSet
    targets: PatternSet
    deontic: dict[str, PatternSet]
    negative_subject: re.Pattern | None
    docno: PatternSet
    codes_en_zh: dict[str, str]
    titles: dict[str, str]
    plain_titles: LiteralSet | None = None  # English titles printed without quotes (others' English)
    local_agencies: PatternSet | None = None  # bodies named by level and function (zh only)
    function_list: re.Pattern | None = None  # functions sharing one head: 财政、公安等部门 (zh only)
    docno_stops: re.Pattern | None = None  # words before a document number that are not its issuer code (zh)
    en_local_agencies: "EnLocalAgencies | None" = None  # English bodies named by level and function (en only)


def normalize_title(title: str, lang: str) -> str:
    """A key under which differently printed versions of one title meet."""
    title = title.strip("《》\"“”* ")
    if lang == "zh":
        title = re.sub(r"^中华人民共和国", "", title)
        title = re.sub(r"[（(][^）)]*[）)]$", "", title)  # an edition note such as （2014—2020年）
        return re.sub(r"[\s〈〉《》“”\"]", "", title)
    title = title.lower().replace("\u2019", "'")
    title = re.sub(r"\s*\([^)]*\)$", "", title)  # an edition note such as (2012 amendment)
    title = re.sub(r"\s+of the people's republic of china$", "", title)
    title = re.sub(r"^the\s+", "", title)
    return re.sub(r"[^a-z0-9']+", " ", title).strip()


def title_index(lang: str, corpus: Path) -> dict[str, str]:
    """Normalized catalog titles (and our translations' titles) -> catalog id, or several ids
    joined by "|" (oldest first) when versions of one instrument share a title; the citing
    document's date then picks the version (see resolve_version)."""
    # imported here: the evidence finder reads titles without loading the catalog code
    from ..catalog import load_agencies, load_catalog

    catalog = load_catalog(corpus / "catalog", agencies=load_agencies(corpus / "agencies.yaml"))
    versions: dict[str, list[tuple[str, str]]] = {}
    field = "title_zh" if lang == "zh" else "title_en"
    for entry in catalog:
        versions.setdefault(normalize_title(entry[field], lang), []).append((entry.get("date_issued") or "", entry["id"]))
    if lang == "en":
        import frontmatter

        for path in sorted((corpus / "translations").glob("*.en.md")):
            title = frontmatter.load(path).metadata.get("title")
            doc_id = path.name[: -len(".en.md")]
            key = normalize_title(str(title or ""), "en")
            if title and all(doc_id != known for _, known in versions.get(key, [])):
                versions.setdefault(key, []).append(((catalog.entries.get(doc_id) or {}).get("date_issued") or "", doc_id))
    return {key: "|".join(doc for _, doc in sorted(found)) for key, found in versions.items()}


PLAIN_TITLE_WORDS = re.compile(
    r"\b(?:Law|Regulations|Provisions|Measures|Opinions|Decision|Notice|Outline|Plan|Rules|Interpretation|"
    r"Memorandum|Guidelines|Methods|Circular)\b")


def plain_title_forms(corpus: Path) -> list[tuple[str, str]]:
    """(catalog id, form) for the English titles of instruments in the catalog and our translations,
    as other translators print them without quotes: as catalogued, without an edition note, without
    "of the People's Republic of China", and without a leading "The". Titles of fewer than three
    words, and catalog entries that are not instruments, are left out (too likely to be ordinary words)."""
    from ..catalog import load_agencies, load_catalog

    catalog = load_catalog(corpus / "catalog", agencies=load_agencies(corpus / "agencies.yaml"))
    titles = [(entry["id"], entry["title_en"]) for entry in catalog]
    import frontmatter

    for path in sorted((corpus / "translations").glob("*.en.md")):
        title = frontmatter.load(path).metadata.get("title")
        if title:
            titles.append((path.name[: -len(".en.md")], str(title)))
    forms = []
    for doc_id, title in titles:
        if not PLAIN_TITLE_WORDS.search(title):
            continue
        plain = re.sub(r"\s*\([^)]*\)$", "", title.strip())
        for form in {title.strip(), plain, re.sub(r" of the People's Republic of China$", "", plain),
                     re.sub(r"^The ", "", plain)}:
            if len(form.split()) >= 3:
                forms.append((doc_id, form))
    return sorted(set(forms))


def in_force_date(entry: dict) -> str | None:
    """The date from which a catalogued version was the law: its entry into force, else the
    document's date (a version whose entry into force is not verified counts from its issue).

    entry (dict): a catalog entry.
    RETURNS (str | None): the date (YYYY, YYYY-MM or YYYY-MM-DD), "" when the catalog gives none,
        None for a draft, which is never in force (a bare title names an adopted version).
    """
    from ..catalog import document_date

    if entry.get("status") == "draft":
        return None
    return str(entry.get("date_effective") or document_date(entry) or "")


def resolve_version(norm: str | None, citing_date: str | None, in_force: dict[str, str | None]) -> str | None:
    """The version a bare title names: among versions "a|b|c" (oldest first, see title_index), the
    one in force on the citing document's date, i.e. the latest to take effect on or before it.
    Every place that turns a cited title into a catalog id (Chinese and English CITATION records,
    and through them the sanctions' legal basis and the citation graph) goes through here.

    norm (str | None): a catalog id, or versions joined by "|".
    citing_date (str | None): the citing document's date (catalog.document_date), or None.
    in_force (dict[str, str | None]): catalog id -> the date the version took effect (in_force_date;
        None for a draft, which is chosen only when every version is one).
    RETURNS (str | None): one catalog id (or `norm` itself when it names one or none).
    """
    if not norm or "|" not in norm:
        return norm
    candidates = [c for c in norm.split("|") if in_force.get(c) is not None] or norm.split("|")
    if not citing_date:
        # A text with no known date (a document annotated before it is catalogued; a text of our
        # own gold sets whose gold file gives no `date`) cannot be placed in time, so it is read as
        # a reader today would read it: the bare title names the law as it now stands, the latest
        # catalogued version. Our written sets are dated in their READMEs, not in their gold files,
        # so until a gold file carries its text's `date` its bare titles get the latest version.
        return candidates[-1]

    def took_effect(candidate: str) -> str:
        # compared at the citing date's precision: a text dated 2021-09 is under a version in
        # force from 2021-09-01
        return (in_force.get(candidate) or "")[:len(citing_date)]

    in_effect = [c for c in candidates if took_effect(c) <= citing_date]
    if not in_effect:
        return candidates[0]  # cited before any catalogued version took effect: the earliest
    return max(in_effect, key=lambda c: (in_force.get(c) or "", candidates.index(c)))


def data_fingerprint(corpus: Path) -> str:
    """SHA-256 over the data files that decide the annotations (and the catalog's titles)."""
    digest = hashlib.sha256()
    for name in DATA_FILES:
        path = corpus / name
        if path.is_file():
            digest.update(name.encode() + b"\0" + path.read_bytes())
    for path in sorted((corpus / "catalog").glob("*.yaml")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


@lru_cache(maxsize=4)
def load_resources(lang: str, corpus: str) -> Resources:
    """The matchers for a language, built from the data files in `corpus` or loaded from the
    on-disk cache when those files are unchanged (see annotate/cache.py).

    lang (str): zh or en.
    corpus (str): the corpus folder (a string, so that the result can be cached).
    RETURNS (Resources): the matchers.
    """
    from . import cache

    root = Path(corpus)
    # English titles also come from our translations' front matter (see title_index)
    files = cache.corpus_files(root, DATA_FILES, ["catalog/*.yaml"] + (["translations/*.en.md"] if lang == "en" else []))
    return cache.load_or_build(f"resources-{lang}", cache.fingerprint(files, lang, _matcher_versions()),
                               lambda: build_resources(lang, root))


def _matcher_versions() -> str:
    import ahocorasick

    return f"pyahocorasick {getattr(ahocorasick, '__version__', '')} {ahocorasick.unicode}"


def build_resources(lang: str, root: Path) -> Resources:
    """Build the matchers for a language from the data files in the corpus folder `root`."""
    from ..catalog import load_agencies, load_glossary
    from ..datafiles import load_yaml
    from .en_local_agencies import load_en_local_agencies
    from .local_agencies import load_function_list, load_local_agencies
    from .zh_docnos import docno_stops

    glossary = load_glossary(root / "glossary.yaml")
    agencies = load_agencies(root / "agencies.yaml")
    if lang == "zh":
        terms = LiteralSet((e["id"], zh) for e in glossary.values() for zh in [e["zh"], *e.get("zh_forms", [])])
        agency_names = LiteralSet(
            (a["id"], name) for a in agencies.values()
            for name in [a["zh"], *a.get("aliases_zh", []), *(f["zh"] for f in a.get("former_names", []))])
    else:
        from .en_terms import english_term_forms

        terms = LiteralSet(english_term_forms(glossary), ignore_case=True, word_boundaries=True)
        # English names and abbreviations are matched with their capitals (NDRC, not "ndrc")
        agency_names = LiteralSet(
            ((a["id"], name) for a in agencies.values()
             for name in [a["en"], *a.get("aliases_en", []), *(f["en"] for f in a.get("former_names", [])),
                          *([a["abbr"]] if a.get("abbr") else [])]),
            word_boundaries=True)
    flags = re.IGNORECASE if lang == "en" else 0
    measures_file = root / "measures.yaml"
    measures = PatternSet(((m["id"], p) for m in load_yaml(measures_file).data for p in m["patterns"][lang]),
                          flags, str(measures_file))
    targets_file = root / "targets.yaml"
    targets = PatternSet(((t["id"], p) for t in load_yaml(targets_file).data for p in t["patterns"][lang]),
                         flags, str(targets_file))
    deontic_file = root / "patterns" / "deontic.yaml"
    deontic_document = load_yaml(deontic_file)
    deontic_data = deontic_document.data
    check_pattern_labels(deontic_document, lang)
    deontic = {label: PatternSet(((label, p) for p in deontic_data[lang][label]), flags, str(deontic_file))
               for label in DEONTIC}
    negative = deontic_data.get("en_negative_subject") if lang == "en" else None
    docno_file = root / "patterns" / "docno.yaml"
    docno_data = load_yaml(docno_file).data
    docno = PatternSet(((f"p{i}", p) for i, p in enumerate(docno_data[lang])), 0, str(docno_file))
    return Resources(lang=lang, terms=terms, agencies=agency_names, measures=measures, targets=targets,
                     deontic=deontic, negative_subject=re.compile(negative, re.IGNORECASE) if negative else None,
                     docno=docno, codes_en_zh=docno_data.get("codes_en_zh", {}),
                     titles=title_index(lang, root),
                     plain_titles=LiteralSet(plain_title_forms(root), word_boundaries=True) if lang == "en" else None,
                     local_agencies=load_local_agencies(root / "patterns" / "local-agencies.yaml") if lang == "zh" else None,
                     function_list=load_function_list(root / "patterns" / "local-agencies.yaml") if lang == "zh" else None,
                     docno_stops=docno_stops(docno_data.get("code_stops"), str(docno_file)) if lang == "zh" else None,
                     en_local_agencies=load_en_local_agencies(root / "patterns" / "local-agencies.yaml") if lang == "en" else None)


def check_pattern_labels(document, lang: str) -> None:
    """A misspelled or missing label in patterns/deontic.yaml is a numbered error naming the
    line, not a KeyError deep in the pipeline."""
    from ..errors import XinyongError

    section = (document.data or {}).get(lang)
    if not isinstance(section, dict):
        raise XinyongError("E050", path=document.path, reason=f"no '{lang}:' section of labels")
    for label in section:
        if label not in DEONTIC:
            raise XinyongError("E067", path=document.path, line=document.line_of([lang, label]), label=label,
                               allowed=", ".join(DEONTIC))
    for label in DEONTIC:
        if label not in section:
            raise XinyongError("E050", path=document.path, line=document.line_of([lang]),
                               reason=f"the '{lang}:' section has no {label} patterns")


def userdict_lines(corpus: Path) -> list[str]:
    """jieba user-dictionary lines for every glossary term and agency name, so that segmentation
    keeps them whole. Sorted for byte-stable output. Cached on disk (see annotate/cache.py)."""
    from . import cache

    files = cache.corpus_files(corpus, ["glossary.yaml", "agencies.yaml"])
    return cache.load_or_build("userdict", cache.fingerprint(files), lambda: _userdict_lines(corpus))


def _userdict_lines(corpus: Path) -> list[str]:
    from ..catalog import load_agencies, load_glossary

    glossary = load_glossary(corpus / "glossary.yaml")
    agencies = load_agencies(corpus / "agencies.yaml")
    words = {zh for e in glossary.values() for zh in [e["zh"], *e.get("zh_forms", [])]}
    words |= {name for a in agencies.values()
              for name in [a["zh"], *a.get("aliases_zh", []), *(f["zh"] for f in a.get("former_names", []))]}
    # jieba splits user words on punctuation such as 、, so such terms cannot be one token
    return sorted(f"{w} {max(2000, 1000 * len(w))} n" for w in words if re.fullmatch(r"[\u4e00-\u9fff]+", w))

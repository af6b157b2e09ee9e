"""The catalog's English titles and document numbers, and the catalog id a printed English title
names (issue 16): other translators' wordings meet ours under a loose key, a document number in
brackets after the title decides first, and a fuzzy match of the wording comes last."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from ..catalog import docno_key, load_agencies, load_catalog

INSTRUMENT = frozenset({
    "Law", "Laws", "Regulation", "Regulations", "Provisions", "Measures", "Opinions", "Opinion", "Decision",
    "Notice", "Outline", "Plan", "Rules", "Interpretation", "Interpretations", "Memorandum", "Guidelines",
    "Methods", "Circular", "Code", "Constitution", "Programme", "Program", "Scheme", "Announcement",
    "Catalogue", "Directory", "Notification", "Guideline", "Resolution"})
EDITION_NOTE = re.compile(r"\s*\([^)]*\)\s*$")
# A draft is cited as one ("... (Draft for Comment)"); a title without the note names the instrument
# as adopted, not a draft of it, so drafts are kept under their own keys.
DRAFT_NOTE = re.compile(r"\([^)]*\bdraft\b[^)]*\)\s*$", re.IGNORECASE)
DRAFT_KEY = " (draft)"


@dataclass(frozen=True)
class TitleIndex:
    """Catalogued English titles under a loose key, and the catalogued document numbers.

    keys (dict[str, str]): loose key -> catalog id (several "a|b" when versions share a title).
    choices (list[str]): the loose keys, for fuzzy matching.
    docnos (dict[str, str]): document number under its key (catalog.docno_key) -> catalog id.
    issuers (re.Pattern | None): issuing bodies' English names and abbreviations at the start of a
        title ("State Council Guiding Opinions on ..."), which the catalogued titles put after the
        instrument word or leave out.
    places (frozenset[str]): the catalog's regions, lower case (first word: "taizhou").
    """

    keys: dict[str, str]
    choices: list[str]
    docnos: dict[str, str]
    issuers: re.Pattern | None = None
    places: frozenset[str] = frozenset()


def loose_key(title: str) -> str:
    """A key under which other translators' wordings of one title meet: lower case, no edition
    note, no "of the People's Republic of China", no articles, no punctuation."""
    title = title.strip().strip("\"“”*").replace("\u2019", "'")
    title = EDITION_NOTE.sub("", title)
    title = re.sub(r"\bof the (?:people's republic of china|prc)\b", "", title, flags=re.IGNORECASE)
    title = re.sub(r"^(?:the )?(?:people's republic of china|prc) ", "", title, flags=re.IGNORECASE)
    words = " ".join(w for w in re.findall(r"[a-z0-9']+", title.lower()) if w not in {"the", "a", "an"})
    # "Law on Administrative Penalties" is the subject-first "Administrative Penalties Law"
    return re.sub(r"^law on (.+)$", r"\1 law", words)


def english_titles(entry: dict) -> list[str]:
    """Every English title of a catalog entry: as catalogued, other translators' titles
    (title_variants_en, translations[].title)."""
    titles = [entry["title_en"]]
    for variant in entry.get("title_variants_en") or []:
        titles.append(variant["title"] if isinstance(variant, dict) else str(variant))
    titles += [t["title"] for t in entry.get("translations") or [] if t.get("title")]
    return titles


@lru_cache(maxsize=2)
def title_index(corpus: str) -> TitleIndex:
    """The English title index of the catalog (and our translations' titles) in `corpus`."""
    root = Path(corpus)
    catalog = load_catalog(root / "catalog", agencies=load_agencies(root / "agencies.yaml"))
    issuers = _issuer_pattern(root)
    versions: dict[str, list[tuple[str, str]]] = {}

    def add(title: str, date: str, doc_id: str) -> None:
        # a title that starts with its issuer ("State Council Guiding Opinions on ...") also
        # without it, as others print it; a draft only under a title that says it is one
        issuer = issuers.match(title) if issuers else None
        draft = catalog.entries[doc_id].get("status") == "draft"
        for wording in (title, title[issuer.end():]) if issuer else (title,):
            found = versions.setdefault(loose_key(wording) + (DRAFT_KEY if draft else ""), [])
            if doc_id not in {doc for _, doc in found}:
                found.append((date, doc_id))

    for entry in catalog:
        for title in english_titles(entry):
            add(title, entry.get("date_issued") or "", entry["id"])
    import frontmatter

    for path in sorted((root / "translations").glob("*.en.md")):
        title = frontmatter.load(path).metadata.get("title")
        doc_id = path.name[: -len(".en.md")]
        if title and doc_id in catalog.entries:
            add(str(title), catalog.entries[doc_id].get("date_issued") or "", doc_id)
    keys = {key: "|".join(doc for _, doc in sorted(found)) for key, found in versions.items() if key}
    places = frozenset(entry["region"].split()[0].lower() for entry in catalog if entry.get("region"))
    return TitleIndex(keys=keys, choices=sorted(keys), docnos=catalog.docno_ids(), issuers=issuers, places=places)


def _issuer_pattern(root: Path) -> re.Pattern | None:
    """Issuing bodies' English names and abbreviations (agencies.yaml), one or more joined by
    "and", at the start of a title, with the possessive; "General Office of the State Council" also
    as "State Council General Office"."""
    names = set()
    for agency in load_agencies(root / "agencies.yaml").values():
        for name in (agency.get("en"), agency.get("abbr")):
            if name:
                names.add(name)
                office = re.fullmatch(r"(General Office) of the (.+)", name)
                if office:
                    names.add(f"{office.group(2)} {office.group(1)}")
    if not names:
        return None
    one = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?:the )?(?:{one})(?:['’]s)?(?:,? (?:and )?(?:the )?(?:{one})(?:['’]s)?)* (?=[A-Z])")


# a document number in brackets right after a title, itself holding one pair of brackets at most
# ("(GF No. (2014)21)")
FOLLOWING_DOCNO = re.compile(r"\s*[(（]\s*(?P<docno>(?:[^()（）]|[(（][^()（）]{1,10}[)）]){3,40}?)\s*[)）]")
FUZZY_CUTOFF = 88
MIN_PREFIX_WORDS = 8
DECREE_NUMBER = re.compile(r"\b(?:Decree|Order)\s+No\.\s*(\d{1,4})\b")
# Wordings other translators use interchangeably in titles (compared as one word).
TRANSLATOR_WORDS = [(re.compile(p), common) for p, common in (
    (r"\b(?:untrustworthy|dishonest|trust breaking|trust-breaking|discredited)\b", "untrustworthy"),
    (r"\b(?:untrustworthiness|dishonesty|trust breaking conduct)\b", "untrustworthiness"),
    (r"\b(?:construction of|establishment of|building|constructing|establishing|construction)\b", "building"),
    (r"\b(?:guaranteeing|ensuring|safeguarding)\b", "ensuring"),
    (r"\b(?:regulations)\b", "regulation"),
    (r"\b(?:provision)\b", "provisions"),
    (r"\b(?:opinion)\b", "opinions"),
    (r"\b(?:rural migrant workers|migrant workers)\b", "migrant workers"),
    (r"\b(?:persons subject to enforcement|persons subject to execution|judgment debtors)\b", "judgment debtors"),
    (r"\b(?:sincerity|integrity|honesty)\b", "integrity"),
)]


def resolve(title: str, text: str, end: int, index: TitleIndex, docno_of) -> str | None:
    """The catalog id (or "a|b" versions) a title names, or None.

    title (str): the title as printed.
    text (str), end (int): the unit's text and the title's end (to read a document number after it).
    index (TitleIndex): the catalog's titles.
    docno_of (Callable[[str], str | None]): canonical form of a document number, or None.
    """
    following = FOLLOWING_DOCNO.match(text, end)
    if following:
        canonical = docno_of(following.group("docno"))
        catalogued = index.docnos.get(docno_key(canonical)) if canonical else None
        if catalogued:
            return catalogued
        decree = DECREE_NUMBER.search(following.group("docno"))
        if decree:
            ids = {doc for number, doc in index.docnos.items() if number.endswith(f"令第{decree.group(1)}号")}
            if len(ids) == 1:
                return ids.pop()
    found = _resolve_wording(title, index)
    issuer = index.issuers.match(title) if index.issuers else None
    if found is None and issuer:
        found = _resolve_wording(title[issuer.end():], index)
    return found


def _resolve_wording(title: str, index: TitleIndex) -> str | None:
    """The catalog id a title's wording names: by its loose key, a fuzzy match of the wording, or
    the one catalogued title that starts with it."""
    key = loose_key(title) + (DRAFT_KEY if DRAFT_NOTE.search(title) else "")
    if key in index.keys:
        return index.keys[key]
    wording = translator_key(key)
    choices = {translator_key(choice): choice for choice in index.choices}
    best = process.extractOne(wording, list(choices), scorer=fuzz.token_sort_ratio, score_cutoff=FUZZY_CUTOFF)
    # the instrument word must agree (a Law is not the Regulations on the same subject), and so must
    # the place (Beijing's regulations are not Chongqing's)
    if best is not None and _instrument_words(best[0]) == _instrument_words(wording) \
            and _places(best[0], index) == _places(wording, index):
        return index.keys[choices[best[0]]]
    # a title cited without its tail ("... for a Certain Period" for "... for a Certain Period to
    # Promote ..."): the one catalogued title that starts with it
    if len(wording.split()) >= MIN_PREFIX_WORDS:
        starting = {choices[c] for c in choices if c.startswith(wording + " ")}
        ids = {index.keys[c] for c in starting}
        if len(ids) == 1:
            return ids.pop()
    return None


def _places(key: str, index: TitleIndex) -> set[str]:
    return set(key.split()) & index.places


def translator_key(key: str) -> str:
    """A loose key with other translators' interchangeable words made one (untrustworthy,
    dishonest and trust-breaking; construction of and building; a singular and plural
    instrument word), for comparing wordings of one title."""
    for pattern, common in TRANSLATOR_WORDS:
        key = pattern.sub(common, key)
    return re.sub(r"\s+", " ", key).strip()


def _instrument_words(key: str) -> set[str]:
    return {w for w in key.split() if w.capitalize() in INSTRUMENT}

"""How to cite a document or one of its articles: the published address of the site, and one writer
each for BibTeX and CSL-JSON, shared by the cite boxes on the site and the citation exports."""
from __future__ import annotations

import os
import re
from typing import Any

import yaml

from . import __version__
from .catalog import document_date
from .errors import EXIT_USAGE, XinyongError
from .locations import repo_root

SITE_URL_VARIABLE = "XINYONG_SITE_URL"
# Used when neither the option, the environment nor site/mkdocs.yml gives an address: citations
# must carry an absolute URL (APA prints "Retrieved from docs/…" otherwise).
FALLBACK_SITE_URL = "https://xinyong-corpus.github.io/xinyong/"

# Catalog type -> the document type as a citation prints it (CSL `genre`, BibTeX `type`).
DOCUMENT_TYPES = {
    "plan-outline": "Plan outline", "plan": "Plan", "opinions": "Opinions", "guiding-opinions": "Guiding opinions",
    "notice": "Notice", "decision": "Decision", "measures": "Measures", "law": "Law",
    "administrative-regulation": "Administrative regulation", "departmental-rule": "Departmental rule",
    "judicial-interpretation": "Judicial interpretation", "judicial-document": "Judicial document",
    "mou": "Memorandum of understanding", "local-regulation": "Local regulation",
    "local-government-rule": "Local government rule", "draft-law": "Draft law",
    "private-program": "Private programme", "standard": "Standard",
}

# Braces become commands, not \{ and \}: BibTeX counts every brace, escaped or not, when it finds
# where a field ends, so a lone \{ would swallow the rest of the file.
BIBTEX_SPECIALS = {"\\": r"\textbackslash{}", "{": r"\textbraceleft{}", "}": r"\textbraceright{}", "%": r"\%",
                   "&": r"\&", "$": r"\$", "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}",
                   "^": r"\textasciicircum{}"}


def site_url(option: str | None = None) -> str:
    """The published address of the site, ending in "/".

    option (str | None): an explicit address (the --site-url option); wins over everything.
    RETURNS (str): the option, else $XINYONG_SITE_URL, else `site_url` in site/mkdocs.yml, else
        FALLBACK_SITE_URL.
    RAISES (XinyongError): E120 when the address is not an absolute http(s) URL.
    """
    config = repo_root() / "site" / "mkdocs.yml"
    address, origin = option, "--site-url"
    if not address:
        address, origin = os.environ.get(SITE_URL_VARIABLE), SITE_URL_VARIABLE
    if not address and config.is_file():
        address, origin = (yaml.safe_load(config.read_text(encoding="utf-8")) or {}).get("site_url"), str(config)
    address = address or FALLBACK_SITE_URL
    if not re.match(r"https?://[^/\s]+", address):
        raise XinyongError("E120", value=address, origin=origin, exit_code=EXIT_USAGE)
    return address.rstrip("/") + "/"


def permalink(base: str, doc_id: str, unit_id: str | None = None) -> str:
    """The absolute address of a document page or of one unit on it.

    base (str): the site address (see site_url).
    doc_id (str): the catalog id.
    unit_id (str | None): the unit (article) anchor, or None for the document.
    RETURNS (str): the URL.
    """
    return f"{base}docs/{doc_id}.html" + (f"#{unit_id}" if unit_id else "")


def bib_escape(value: Any) -> str:
    """A value for a braced BibTeX field: LaTeX specials replaced in one pass (so that no
    replacement is escaped again), literal braces by commands with balanced braces.

    value (Any): the text.
    RETURNS (str): the escaped text.
    """
    return re.sub(r"[\\{}%&$#_~^]", lambda match: BIBTEX_SPECIALS[match.group(0)], str(value))


def bib_key(doc_id: str, unit_id: str | None = None) -> str:
    """The citation key of a document or an article (letters, digits and hyphens)."""
    return "xinyong-" + re.sub(r"[^a-z0-9]+", "-", f"{doc_id}-{unit_id}" if unit_id else doc_id).strip("-")


def citation_fields(entry: dict[str, Any], issuers: list[str], url: str, article: str | None = None,
                    article_zh: str | None = None) -> dict[str, Any]:
    """What every citation of a document or of one of its articles says, independent of the format.

    entry (dict): the catalog entry.
    issuers (list[str]): the issuing bodies' English names (the authors).
    url (str): the absolute permalink.
    article (str | None): the article label ("Article 30"), or None for the whole document.
    article_zh (str | None): the article's Chinese label (第三十条), when the original is held.
    RETURNS (dict): title, title_zh, issuers, number, type, date, url, note.
    """
    title = entry["title_en"] + (f", {article}" if article else "")
    return {"title": title, "title_zh": entry["title_zh"] + (article_zh or ""),
            "issuers": issuers, "number": entry.get("doc_number"),
            "type": DOCUMENT_TYPES.get(entry["type"], entry["type"].replace("-", " ").capitalize()),
            "date": document_date(entry), "url": url, "note": f"Xinyong corpus, version {__version__}"}


def bibtex_entry(key: str, fields: dict[str, Any]) -> str:
    """One BibTeX entry (@misc, read by BibTeX and biblatex styles).

    The issuers are corporate authors and the title is brace-protected, so that no style splits
    or lowercases them; the Chinese title goes to `titleaddon` (printed by biblatex styles) and
    `origtitle`; the document number goes to `howpublished`, which @misc styles print (BibTeX's
    plain styles and biblatex alike), as well as `number`.

    key (str): the citation key.
    fields (dict): from citation_fields.
    RETURNS (str): the entry, ending in a newline.
    """
    date = fields["date"]
    values = [
        ("author", " and ".join("{" + bib_escape(name) + "}" for name in fields["issuers"])),
        ("title", "{" + bib_escape(fields["title"]) + "}"),
        ("titleaddon", bib_escape(fields["title_zh"])),
        ("origtitle", bib_escape(fields["title_zh"])),
        ("type", bib_escape(fields["type"])),
        ("howpublished", bib_escape(f"Doc. no. {fields['number']}") if fields["number"] else None),
        ("number", bib_escape(fields["number"]) if fields["number"] else None),
        ("year", date[:4] if date else None),
        ("date", date),
        ("url", fields["url"]),  # verbatim: biblatex and url.sty read the url field raw
        ("note", bib_escape(fields["note"])),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in values if value)
    return f"@misc{{{key},\n{body}\n}}\n"


def csl_item(key: str, fields: dict[str, Any]) -> dict[str, Any]:
    """One CSL-JSON item, typed `report`: with it APA 7, Harvard (Cite Them Right) and Chicago
    author-date print the issuer as author, the title, the document type and number and the date
    (`legislation` makes APA print "Pub. L. No." and drop the issuer).

    key (str): the citation key.
    fields (dict): from citation_fields.
    RETURNS (dict): the item.
    """
    item: dict[str, Any] = {"id": key, "type": "report", "title": fields["title"],
                            "original-title": fields["title_zh"], "genre": fields["type"],
                            "author": [{"literal": name} for name in fields["issuers"]],
                            "URL": fields["url"], "note": fields["note"], "language": "en"}
    if fields["number"]:
        item["number"] = fields["number"]
    if fields["date"]:
        item["issued"] = {"date-parts": [[int(part) for part in fields["date"].split("-")]]}
    return item

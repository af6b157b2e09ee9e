"""`xinyong add`: bring one's own document into the corpus, as a new catalog entry or as the text
of an entry that is already catalogued, without ever writing an entry that a later build refuses.
"""
from __future__ import annotations

import re
import tempfile
from pathlib import Path
from typing import Any

import httpx
import yaml

from .catalog import load_agencies, load_catalog, load_entry
from .datafiles import schema
from .errors import EXIT_USAGE, XinyongError
from .fetch import Extracted, download, extract, record_text, require_text, source_file_text, store
from .locations import corpus_dir
from .outputs import write_atomic
from .sources import MAX_SOURCE_BYTES, sha256_text
from .structure import INFO_END, parse_text

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
PLACEHOLDER_SUMMARY = "Added with xinyong add; the facts and this summary are still to be verified and written."


def allowed_values(field: str) -> list[str]:
    """The values the catalog schema allows for a field (type, level, status).

    field (str): the field name in corpus/schema/catalog.schema.json.
    RETURNS (list[str]): the allowed values, in the schema's order.
    """
    return list(schema("catalog")["properties"][field]["enum"])


def check_choice(value: str, allowed: list[str], what: str) -> str:
    """Refuse a value outside `allowed` with E060 (exit 2), listing the allowed ones.

    value (str): the value given.
    allowed (list[str]): the values that exist.
    what (str): what the value names, for the message (e.g. "--level").
    RETURNS (str): the value, when allowed.
    """
    if value not in allowed:
        raise XinyongError("E060", value=value, what=what, allowed=", ".join(allowed), exit_code=EXIT_USAGE)
    return value


def check_slug(doc_id: str) -> str:
    """Refuse an id that is not a slug (E061, exit 2): ids become file names."""
    if not SLUG.match(doc_id):
        raise XinyongError("E061", id=doc_id, exit_code=EXIT_USAGE)
    return doc_id


def read_location(location: str, client: httpx.Client | None = None) -> tuple[bytes, str]:
    """The bytes and content type of a local file or a URL, with the sources size limit."""
    if re.match(r"https?://", location):
        return download(location, client)
    path = Path(location)
    if not path.is_file():
        raise XinyongError("E001", path=path, reason="no such file")
    if path.stat().st_size > MAX_SOURCE_BYTES:
        raise XinyongError("E024", path=path, size=path.stat().st_size, limit=MAX_SOURCE_BYTES)
    raw = path.read_bytes()
    if not raw.strip():
        raise XinyongError("E022", path=path)
    return raw, ""


def sources_file_text(extracted: Extracted, title: str | None, doc_id: str) -> str:
    """The text to store: a file already in the sources layout (title, metadata head,
    `<!-- INFO END -->`, body) is kept as it is, so that its head stays a head; anything else is
    wrapped in that layout under its title."""
    if extracted.kind == "text" and INFO_END in extracted.text:
        return extracted.text.replace("\r\n", "\n")
    lines = extracted.text.strip().split("\n")
    first = lines[0].strip("# ").strip()
    found = title or extracted.title or first or doc_id
    if first == found.strip():  # the title printed at the top is the title, not a paragraph
        lines = lines[1:]
    return source_file_text(found, "\n".join(lines))


def dates_from_events(events: list[dict[str, Any]]) -> dict[str, str | None]:
    """Catalog dates from the dated lines of a metadata head: issued on the first promulgation
    (else the first adoption), effective on the first entry into force."""
    def first(*kinds: str) -> str | None:
        for kind in kinds:
            dates = [e["date"] for e in events if e["kind"] == kind]
            if dates:
                return dates[0]
        return None

    return {"date_issued": first("promulgated", "adopted"), "date_effective": first("effective")}


def check_entry(entry: dict[str, Any]) -> None:
    """Write the entry to a scratch folder and load it as the build would; any problem is E064
    and nothing is written to the corpus."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / f"{entry['id']}.yaml"
        path.write_text(entry_yaml(entry), encoding="utf-8")
        loaded, problems = load_entry(path)
        loaded.pop("_lines", None)
    if problems:
        reason = "; ".join(p.render().replace(str(path), "entry") for p in problems)
        raise XinyongError("E064", reason=reason, exit_code=EXIT_USAGE)
    if loaded != entry:
        raise XinyongError("E064", reason="it does not read back as written", exit_code=EXIT_USAGE)


def entry_yaml(entry: dict[str, Any]) -> str:
    """A catalog entry as YAML, written by the YAML library (quotes, backslashes and colons in
    titles round-trip)."""
    return yaml.safe_dump(entry, allow_unicode=True, sort_keys=False, width=100, default_flow_style=False)


def add_document(location: str, doc_id: str, doc_type: str, level: str, sources: Path, title: str | None = None,
                 title_en: str | None = None, issuers: list[str] | None = None, force: bool = False,
                 client: httpx.Client | None = None) -> dict[str, Any]:
    """Ingest a document that is not catalogued yet, from a file or a URL.

    location (str): a file (HTML, PDF, DOCX, text, or a text already in the sources layout) or a URL.
    doc_id (str): the new id (a slug).
    doc_type (str): a document type of the catalog schema.
    level (str): a level of the catalog schema.
    sources (Path): the sources directory to store the text in.
    title (str | None): the Chinese title (default: the document's own).
    title_en (str | None): the English title (default: a placeholder saying it is still to be written).
    issuers (list[str] | None): issuer ids from corpus/agencies.yaml (required: none is assumed).
    force (bool): replace an existing entry and text.
    client (httpx.Client | None): the HTTP client for URLs.
    RETURNS (dict): id, file, sha256, kind, encoding, catalog file, events and dates found.
    """
    check_slug(doc_id)
    check_choice(doc_type, allowed_values("type"), "--type (document type)")
    check_choice(level, allowed_values("level"), "--level")
    if not issuers:
        raise XinyongError("E062", exit_code=EXIT_USAGE)
    agencies = load_agencies()
    for issuer in issuers:
        check_choice(issuer, sorted(agencies), "--issuer (agency id)")
    entry_path = corpus_dir() / "catalog" / f"{doc_id}.yaml"
    if entry_path.exists() and not force:
        raise XinyongError("E063", path=entry_path, id=doc_id, exit_code=EXIT_USAGE)
    raw, content_type = read_location(location, client)
    extracted = require_text(extract(raw, content_type, location), location)
    text = sources_file_text(extracted, title, doc_id)
    parsed = parse_text(text, doc_id, "zh")
    dates = dates_from_events(parsed.events)
    is_url = bool(re.match(r"https?://", location))
    stored_as = f"zh/{doc_id}.md"
    entry = {
        "id": doc_id, "title_zh": title or parsed.title or doc_id,
        "title_en": title_en or f"[English title to be written] {doc_id}",
        "doc_number": None, "issuers": list(issuers), "type": doc_type, "level": level, "region": None,
        "date_issued": dates["date_issued"], "date_published": None, "date_effective": dates["date_effective"],
        "date_repealed": None, "status": "unknown", "relations": [],
        "source_url": location if is_url else None,  # a local (perhaps temporary) path is never published
        "translations": [], "text": {"file": stored_as, "sha256": sha256_text(text)},
        "summary": PLACEHOLDER_SUMMARY,
        "verified_against": [{"source": location if is_url else f"sources:{stored_as}",
                              "facts": ["title_zh", *[k for k, v in dates.items() if v]]}],
    }
    check_entry(entry)
    file_path, sha, _ = store(doc_id, text, sources, force)
    write_atomic(entry_path, entry_yaml(entry))
    return {"id": doc_id, "file": str(file_path), "sha256": sha, "kind": extracted.kind,
            "encoding": extracted.encoding, "catalog": str(entry_path), "events": parsed.events, **dates}


def attach_document(location: str, doc_id: str, sources: Path, force: bool = False,
                    client: httpx.Client | None = None) -> dict[str, Any]:
    """Give a catalogued document its text from a local file or a URL, keeping every fact of its
    entry: only the entry's `text` (file and SHA-256) is set.

    location (str): the file or URL.
    doc_id (str): an id in the catalog.
    sources (Path): the sources directory.
    force (bool): replace a different text already stored for it.
    client (httpx.Client | None): the HTTP client for URLs.
    RETURNS (dict): id, file, sha256, kind, encoding, catalog file and the events of the text's head.
    """
    check_slug(doc_id)
    catalog = load_catalog()
    if doc_id not in catalog.entries:
        raise XinyongError("E044", doc=doc_id, exit_code=EXIT_USAGE)
    entry = catalog[doc_id]
    raw, content_type = read_location(location, client)
    extracted = require_text(extract(raw, content_type, location), location)
    text = sources_file_text(extracted, entry["title_zh"], doc_id)
    parsed = parse_text(text, doc_id, "zh")
    file_path, sha, _ = store(doc_id, text, sources, force)
    record_text(catalog.paths[doc_id], f"zh/{file_path.name}", sha)
    return {"id": doc_id, "file": str(file_path), "sha256": sha, "kind": extracted.kind,
            "encoding": extracted.encoding, "catalog": str(catalog.paths[doc_id]), "events": parsed.events}

"""`xinyong fetch` and `xinyong add`: download or ingest originals (HTML, PDF, DOCX, text in any
encoding) into the sources directory, atomically, recording their SHA-256 in the catalog."""
from __future__ import annotations

import io
import re
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import httpx
import yaml

from .catalog import load_catalog
from .errors import EXIT_NETWORK, XinyongError
from .outputs import write_atomic
from .sources import MAX_SOURCE_BYTES, sha256_text

USER_AGENT = "xinyong/0.1 (research corpus; +https://github.com/)"
KANGXI = re.compile(r"[\u2e80-\u2fdf]")  # CJK and Kangxi radicals that PDF printers put for characters


@dataclass
class Extracted:
    """Text taken out of a downloaded or local document."""

    text: str
    kind: str  # html, pdf, docx or text
    encoding: str | None = None
    title: str | None = None


def decode_text(raw: bytes, where: str = "") -> tuple[str, str]:
    """Decode bytes of unknown encoding (UTF-8, GB18030, Big5, ...).

    RETURNS (tuple): the text and the encoding used.
    RAISES (XinyongError): E023 for binary data, E021 when no encoding fits.
    """
    if b"\x00" in raw[:4096]:
        raise XinyongError("E023", path=where or None)
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            return raw.decode(encoding), encoding
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(raw, cp_isolation=["gb18030", "big5", "utf_8", "utf_16", "cp1252"]).best()
    if best is not None and best.encoding:
        return str(best), best.encoding
    for encoding in ("gb18030", "big5"):  # short texts defeat detection: try the usual suspects
        try:
            return raw.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise XinyongError("E021", path=where or None, reason="no known encoding decodes it")


def normalize_radicals(text: str) -> str:
    """Replace Kangxi and CJK radical code points (⼈ U+2F08) by the ideographs they stand for,
    leaving everything else (full-width punctuation included) as it is."""
    return KANGXI.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


def extract(raw: bytes, content_type: str = "", name: str = "") -> Extracted:
    """Extract the main text from HTML, PDF, DOCX or plain text.

    raw (bytes): the document.
    content_type (str): the HTTP content type, if any.
    name (str): the file name or URL (its extension helps decide the kind).
    RETURNS (Extracted): text, kind, encoding and title when found.
    """
    lowered = name.lower()
    kind = ("pdf" if raw.startswith(b"%PDF") or "pdf" in content_type or lowered.endswith(".pdf") else
            "docx" if raw.startswith(b"PK") and (lowered.endswith(".docx") or "officedocument" in content_type) else
            "html" if ("html" in content_type or lowered.endswith((".htm", ".html"))
                       or re.search(rb"<html|<body|<p[ >]", raw[:4096], re.I)) else
            "text")
    try:
        if kind == "pdf":
            import logging

            import pdfplumber

            from .textlayout import rejoin_wrapped_lines

            # pdfminer logs a warning per odd font or object: library noise, not news for the user.
            logging.getLogger("pdfminer").setLevel(logging.ERROR)
            with pdfplumber.open(io.BytesIO(raw)) as pdf:
                text = "\n".join(page.extract_text() or "" for page in pdf.pages)
            return Extracted(rejoin_wrapped_lines(normalize_radicals(text)).strip(), kind)
        if kind == "docx":
            import docx

            document = docx.Document(io.BytesIO(raw))
            text = "\n".join(p.text for p in document.paragraphs if p.text.strip())
            return Extracted(text.strip(), kind)
        text, encoding = decode_text(raw, name)
        if kind == "html":
            import trafilatura

            # Dates come from the document, never from trafilatura's guesses.
            body = trafilatura.extract(text, include_comments=False, include_tables=True, favor_recall=True)
            title_match = re.search(r"<title[^>]*>(.*?)</title>", text, re.I | re.S)
            if not body:
                raise XinyongError("E042", path=name or None, kind="HTML", reason="no main text found in the page")
            return Extracted(body.strip(), kind, encoding, title_match.group(1).strip() if title_match else None)
        return Extracted(text.strip(), kind, encoding)
    except XinyongError:
        raise
    except Exception as exc:  # a broken PDF or DOCX: one clear message
        raise XinyongError("E042", path=name or None, kind=kind.upper(), reason=str(exc) or type(exc).__name__) from exc


def require_text(extracted: Extracted, where: str) -> Extracted:
    """The extracted document, refused with E042 when it holds no text (a scanned PDF, an empty
    page): `fetch` and `add` treat that case the same way.

    extracted (Extracted): what `extract` returned.
    where (str): the URL or file, for the message.
    RETURNS (Extracted): the same, when it has text.
    """
    if not extracted.text.strip():
        raise XinyongError("E042", path=where, kind=extracted.kind.upper(),
                           reason="the document has no text layer (a scan needs OCR first)")
    return extracted


def download(url: str, client: httpx.Client | None = None, attempts: int = 3, timeout: float = 20.0,
             max_bytes: int = MAX_SOURCE_BYTES, sleep: Callable[[float], None] = time.sleep) -> tuple[bytes, str]:
    """GET a URL with a timeout and retries (with backoff) on network errors and 5xx answers.

    RETURNS (tuple): the body and its content type.
    RAISES (XinyongError): E040 after the last attempt.
    """
    own = client is None
    client = client or httpx.Client(timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT})
    reason = ""
    try:
        for attempt in range(1, attempts + 1):
            try:
                response = client.get(url)
                if response.status_code < 500:
                    response.raise_for_status()
                    if len(response.content) > max_bytes:
                        raise XinyongError("E024", path=url, size=len(response.content), limit=max_bytes)
                    return response.content, response.headers.get("content-type", "")
                reason = f"HTTP {response.status_code}"
            except httpx.HTTPStatusError as exc:
                raise XinyongError("E040", url=url, attempts=attempt, reason=f"HTTP {exc.response.status_code}",
                                   exit_code=EXIT_NETWORK) from exc
            except httpx.HTTPError as exc:
                reason = f"{type(exc).__name__}: {exc}"
            if attempt < attempts:
                sleep(0.5 * 2 ** (attempt - 1))
        raise XinyongError("E040", url=url, attempts=attempts, reason=reason, exit_code=EXIT_NETWORK)
    finally:
        if own:
            client.close()


def source_file_text(title: str, body: str) -> str:
    """A sources file in the upstream layout: a title line, the INFO END marker, the body."""
    return f"# {title}\n\n<!-- INFO END -->\n\n{body.strip()}\n"


def store(doc_id: str, text: str, sources: Path, force: bool = False) -> tuple[Path, str, bool]:
    """Write zh/<id>.md atomically; never replace a different existing text unless forced.

    RETURNS (tuple): the path, the text's SHA-256, and whether the file was (re)written.
    """
    path = sources / "zh" / f"{doc_id}.md"
    if path.is_file():
        existing = path.read_bytes().decode("utf-8", errors="replace")
        if existing == text:
            return path, sha256_text(text), False
        if not force:
            raise XinyongError("E041", doc=doc_id, path=path)
    write_atomic(path, text)
    return path, sha256_text(text), True


def record_text(entry_path: Path, file: str, sha256: str) -> None:
    """Set the `text` field of a catalog file (its other lines stay exactly as they are).

    The field is written by the YAML library (a file name that needs quoting gets it) and put in
    place of the old `text` block, so that the entry's comments and field order are kept (PyYAML
    cannot round-trip comments: the whole file is not rewritten).
    """
    content = entry_path.read_text(encoding="utf-8")
    block = yaml.safe_dump({"text": {"file": file, "sha256": sha256}}, allow_unicode=True, sort_keys=False,
                           default_flow_style=False, width=1000)
    pattern = re.compile(r"^text:[^\n]*\n(?:[ \t]+[^\n]*\n)*", re.M)
    updated = pattern.sub(lambda _: block, content, count=1) if pattern.search(content) else content + block
    write_atomic(entry_path, updated)


def fetch(ids: list[str] | None, sources: Path, force: bool = False, client: httpx.Client | None = None,
          attempts: int = 3, progress: Callable[[str], None] | None = None) -> list[dict[str, Any]]:
    """Download the originals of catalog entries from their source_url.

    ids (list[str] | None): catalog ids (default: every entry with a source_url whose text is not
        in the sources directory yet).
    sources (Path): the sources directory.
    force (bool): replace an existing, different text.
    client (httpx.Client | None): the HTTP client (tests pass one with a mock transport).
    RETURNS (list[dict]): per document: id, file, sha256, kind, encoding, written.
    """
    say = progress or (lambda message: None)
    catalog = load_catalog()
    if ids:
        entries = [catalog[i] for i in ids]
    else:
        # A fresh clone records the texts' hashes but holds no files: fetch those too.
        entries = [e for e in catalog if e.get("source_url")
                   and (not e.get("text") or not (sources / e["text"]["file"]).is_file())]
    results = []
    for entry in entries:
        if not entry.get("source_url"):
            raise XinyongError("E043", path=catalog.paths[entry["id"]], doc=entry["id"])
        raw, content_type = download(entry["source_url"], client, attempts=attempts)
        extracted = require_text(extract(raw, content_type, entry["source_url"]), entry["source_url"])
        path, sha, written = store(entry["id"], source_file_text(entry["title_zh"], extracted.text), sources, force)
        record_text(catalog.paths[entry["id"]], f"zh/{path.name}", sha)
        state = "written" if written else "unchanged"
        say(f"{entry['id']}: {extracted.kind}, {extracted.encoding or 'binary'}, {state}")
        results.append({"id": entry["id"], "file": str(path), "sha256": sha, "kind": extracted.kind,
                        "encoding": extracted.encoding, "written": written})
    return results


def add(location: str, doc_id: str, doc_type: str, level: str, sources: Path, title: str | None = None,
        issuers: list[str] | None = None, force: bool = False, client: httpx.Client | None = None) -> dict[str, Any]:
    """Ingest a document that is not catalogued yet, from a file or a URL (see ingest.add_document,
    which this calls)."""
    from .ingest import add_document

    return add_document(location, doc_id, doc_type, level, sources, title, None, issuers, force, client)

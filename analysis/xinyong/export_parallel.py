"""The parallel corpus in the formats translators and MT researchers use: TMX 1.4b (one translation
unit per aligned unit, with the document and unit ids as properties) and a plain parallel text pair
(one unit per line in each language, the ids in a third file, as OPUS-style collections ship them).

Only our translations are aligned with an original; digests are summaries and are left out.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from . import __version__
from .corpus import Corpus
from .outputs import write_atomic

FOLDER = "parallel"
STEM = "xinyong.zh-en"
WHITESPACE = re.compile(r"\s+")


def aligned_pairs(corpus: Corpus) -> list[tuple[str, str, str, str]]:
    """(doc id, unit id, Chinese text, English text) for every unit with running text in both the
    original and our translation, in document order (documents sorted by id).

    corpus (Corpus): the loaded corpus.
    RETURNS (list[tuple]): the pairs; each text on one line (inner whitespace runs made one space).
    """
    pairs = []
    for doc_id in sorted(corpus.translations):
        original = corpus.originals.get(doc_id)
        if original is None:
            continue
        english = corpus.translations[doc_id].unit_map()
        for unit in original.leaves():
            other = english.get(unit.id)
            if other is None or not other.text.strip():
                continue
            pairs.append((doc_id, unit.id, _one_line(unit.text), _one_line(other.text)))
    return pairs


def _one_line(text: str) -> str:
    return WHITESPACE.sub(" ", text).strip()


def tmx_document(pairs: list[tuple[str, str, str, str]]) -> bytes:
    """A TMX 1.4b document: zh is the source language; each tu carries tuid doc:unit and the
    properties x-doc and x-unit. No dates in the header, so the same corpus gives the same bytes."""
    from lxml import etree

    root = etree.Element("tmx", version="1.4")
    etree.SubElement(root, "header", {
        "creationtool": "xinyong", "creationtoolversion": __version__, "segtype": "paragraph",
        "o-tmf": "xinyong-corpus", "adminlang": "en", "srclang": "zh", "datatype": "plaintext"})
    body = etree.SubElement(root, "body")
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    for doc_id, unit_id, chinese, english in pairs:
        tu = etree.SubElement(body, "tu", tuid=f"{doc_id}:{unit_id}")
        etree.SubElement(tu, "prop", type="x-doc").text = doc_id
        etree.SubElement(tu, "prop", type="x-unit").text = unit_id
        for code, text in (("zh", chinese), ("en", english)):
            tuv = etree.SubElement(tu, "tuv", {lang: code})
            etree.SubElement(tuv, "seg").text = text
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True,
                          doctype='<!DOCTYPE tmx SYSTEM "tmx14.dtd">')


def write_parallel(corpus: Corpus, data_folder: Path) -> dict[str, Any]:
    """Write data/parallel/ (TMX and the text pair) and list them in data/datapackage.json.

    corpus (Corpus): the loaded corpus.
    data_folder (Path): the export folder (build/data), where datapackage.json already is.
    RETURNS (dict): the number of units and the files written.
    """
    pairs = aligned_pairs(corpus)
    folder = data_folder / FOLDER
    files = {f"{STEM}.tmx": tmx_document(pairs),
             f"{STEM}.zh": "".join(p[2] + "\n" for p in pairs),
             f"{STEM}.en": "".join(p[3] + "\n" for p in pairs),
             f"{STEM}.ids": "".join(f"{p[0]}\t{p[1]}\n" for p in pairs)}
    for name, content in files.items():
        write_atomic(folder / name, content)
    _list_in_package(data_folder / "datapackage.json", len(pairs))
    return {"units": len(pairs), "files": [f"{FOLDER}/{name}" for name in files]}


def _list_in_package(package_path: Path, units: int) -> None:
    if not package_path.is_file():
        return
    package = json.loads(package_path.read_text(encoding="utf-8"))
    described = {
        f"{STEM}.tmx": ("application/x-tmx+xml", f"Parallel corpus, TMX 1.4b: {units} translation units (Chinese "
                        "original, our English translation), tuid and properties x-doc, x-unit."),
        f"{STEM}.zh": ("text/plain", "Parallel text, Chinese side: one aligned unit per line."),
        f"{STEM}.en": ("text/plain", "Parallel text, English side: one aligned unit per line, same order."),
        f"{STEM}.ids": ("text/tab-separated-values",
                        "Parallel text ids: document id and unit id per line, same order."),
    }
    from .export import file_stats

    kept = [r for r in package["resources"] if not str(r.get("path", "")).startswith(f"{FOLDER}/")]
    for name, (mediatype, description) in described.items():
        # typed "file": frictionless checks their bytes and hash without reading them as tables
        kept.append({"name": name.replace(".", "-").lower(), "type": "file", "path": f"{FOLDER}/{name}",
                     "format": name.rsplit(".", 1)[1], "mediatype": mediatype, "encoding": "utf-8",
                     "description": description, **file_stats(package_path.parent / FOLDER / name)})
    package["resources"] = kept
    from .outputs import dumps

    write_atomic(package_path, dumps(package))

"""`xinyong export`: the data package (Frictionless; CSV, JSON lines, Parquet), spaCy DocBins per
language, TEI XML per document, and BibTeX/CSL-JSON citations, into build/data/."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Callable

from . import __version__, citation
from .analyze.data import AnnotatedCorpus
from .annotate.run import read_annotations
from .claims import load_claims
from .corpus import Corpus
from .outputs import dumps, jsonl, to_csv, write_atomic
from .labels import label_table
from .sanctions import DESCRIPTION as SANCTIONS_DESCRIPTION, FIELDS as SANCTIONS_FIELDS, sanction_records

LICENSES = [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
             "path": "https://creativecommons.org/licenses/by/4.0/"}]

# Table name -> (field name, Frictionless type) in column order.
SCHEMAS: dict[str, list[tuple[str, str]]] = {
    "documents": [("id", "string"), ("title_zh", "string"), ("title_en", "string"), ("doc_number", "string"),
                  ("issuers", "string"), ("type", "string"), ("level", "string"), ("region", "string"),
                  ("date_issued", "string"), ("date_published", "string"), ("date_effective", "string"),
                  ("date_repealed", "string"), ("status", "string"), ("relations", "string"),
                  ("source_url", "string"), ("translations", "string"), ("text_file", "string"),
                  ("text_sha256", "string"), ("summary", "string"), ("verified_against", "string")],
    "units": [("doc", "string"), ("lang", "string"), ("unit", "string"), ("kind", "string"),
              ("number", "integer"), ("label", "string"), ("parent", "string"), ("order", "integer"),
              ("text", "string"), ("aligned", "boolean")],
    "annotations": [("doc", "string"), ("unit", "string"), ("lang", "string"), ("start", "integer"),
                    ("end", "integer"), ("label", "string"), ("text", "string"), ("norm", "string")],
    "glossary": [("id", "string"), ("zh", "string"), ("pinyin", "string"), ("en", "string"), ("en_forms", "string"),
                 ("variants", "string"), ("definition", "string"), ("category", "string"), ("related", "string"),
                 ("note", "string")],
    "agencies": [("id", "string"), ("zh", "string"), ("en", "string"), ("abbr", "string"), ("aliases_zh", "string"),
                 ("former_names", "string"), ("level", "string"), ("dissolved", "integer"), ("note", "string")],
    "measures": [("id", "string"), ("kind", "string"), ("en", "string"), ("zh", "string"), ("description", "string")],
    "claims": [("source", "string"), ("id", "string"), ("claim", "string"), ("category", "string"),
               ("verdict", "string"), ("explanation", "string"), ("evidence", "string")],
}
KEYS = {"documents": ["id"], "units": ["doc", "lang", "unit"], "glossary": ["id"], "agencies": ["id"],
        "measures": ["id"], "claims": ["source", "id"]}
DESCRIPTIONS = {
    "documents": "The catalog: one row per document, with verified metadata (lists as JSON strings).",
    "units": "Structural units of every text in both languages; rows with the same doc and unit are aligned.",
    "annotations": "Standoff annotations: offsets into the unit's text.",
    "glossary": "Bilingual glossary of Social Credit System terms.",
    "agencies": "Issuing bodies and agencies.",
    "measures": "Taxonomy of punishment and incentive measures.",
    "claims": "Media claims with verdicts and evidence (evidence as JSON).",
}
SCHEMAS["sanctions"], KEYS["sanctions"], DESCRIPTIONS["sanctions"] = SANCTIONS_FIELDS, ["id"], SANCTIONS_DESCRIPTION

# Which clients the test suite opens each download with (tests/test_export_clients.py and
# tests/test_docbin.py): the downloads page prints this next to each file.
CHECKED_WITH = [
    ("datapackage.json", "frictionless 5 (validates every resource, its bytes and sha256 hash)"),
    ("*.csv", "frictionless 5, pandas"),
    ("*.jsonl", "frictionless 5, pandas"),
    ("*.parquet", "frictionless 5 (bytes and hash), pandas with pyarrow"),
    ("tei/*.xml", "jing and libxml2 (lxml) against tei_all.rng, TEI P5"),
    ("spacy/*.spacy", "spaCy 3.8 (spans equal to the annotation records)"),
    ("citations/*.csl.json", "citeproc-py with APA 7, Harvard (Cite Them Right) and Chicago author-date"),
    ("citations/*.bib", "pybtex (parsed and formatted with its plain style)"),
    ("analysis/citations.graphml", "networkx"),
]


def checked_with(path: str) -> str:
    """The clients a download was checked with (see CHECKED_WITH), or "" when none was.

    path (str): the file's path inside the data folder ("tei/x.xml"), or "analysis/<name>".
    RETURNS (str): the clients.
    """
    from fnmatch import fnmatch

    # same depth: "*.csv" means the data package's tables, not the analysis tables
    return next((clients for pattern, clients in CHECKED_WITH
                 if fnmatch(path, pattern) and path.count("/") == pattern.count("/")), "")


def _json(value: Any) -> str | None:
    return None if value in (None, [], {}) else json.dumps(value, ensure_ascii=False, sort_keys=True)


def table_rows(corpus: Corpus, out: Path) -> dict[str, list[dict[str, Any]]]:
    """The rows of every table of the data package."""
    documents = []
    for entry in corpus.catalog:
        documents.append({
            **{k: entry.get(k) for k in ("id", "title_zh", "title_en", "doc_number", "type", "level", "region",
                                         "date_issued", "date_published", "date_effective", "date_repealed",
                                         "status", "source_url", "summary")},
            "issuers": _json(entry["issuers"]), "relations": _json(entry["relations"]),
            "translations": _json(entry["translations"]),
            "text_file": entry["text"]["file"] if entry.get("text") else None,
            "text_sha256": entry["text"]["sha256"] if entry.get("text") else None,
            "verified_against": _json(entry["verified_against"])})
    units, annotations = [], []
    for lang in ("zh", "en"):
        for doc_id, document in corpus.documents(lang).items():
            other = corpus.english(doc_id) if lang == "zh" else corpus.originals.get(doc_id)
            other_ids = set(other.unit_map()) if other else set()
            for order, unit in enumerate(document.units):
                units.append({"doc": doc_id, "lang": lang, "unit": unit.id, "kind": unit.kind, "number": unit.number,
                              "label": unit.label, "parent": unit.parent, "order": order, "text": unit.text,
                              "aligned": unit.id in other_ids})
            annotations.extend(read_annotations(out, doc_id, lang))
    glossary = [{**{k: e.get(k) for k in ("id", "zh", "pinyin", "en", "definition", "category", "note")},
                 "en_forms": _json(e.get("en_forms")), "variants": _json(e.get("variants")),
                 "related": _json(e.get("related"))} for e in corpus.glossary.values()]
    agencies = [{**{k: a.get(k) for k in ("id", "zh", "en", "abbr", "level", "dissolved", "note")},
                 "aliases_zh": _json(a.get("aliases_zh")), "former_names": _json(a.get("former_names"))}
                for a in corpus.agencies.values()]
    measures = [{k: m.get(k) for k in ("id", "kind", "en", "zh", "description")} for m in corpus.measures.values()]
    claims = [{"source": register["source"]["id"], **{k: c[k] for k in ("id", "claim", "category", "verdict", "explanation")},
               "evidence": _json(c["evidence"])} for register in load_claims(corpus) for c in register["claims"]]
    return {"documents": documents, "units": units, "annotations": annotations, "glossary": glossary,
            "agencies": agencies, "measures": measures, "claims": claims}


def file_stats(path: Path) -> dict[str, Any]:
    """Frictionless `bytes` and `hash` (sha256) of a written file, so that users can check a download."""
    data = path.read_bytes()
    return {"bytes": len(data), "hash": "sha256:" + hashlib.sha256(data).hexdigest()}


def write_tables(tables: dict[str, list[dict[str, Any]]], folder: Path) -> dict[str, Any]:
    """CSV, JSON lines and Parquet per table, and datapackage.json describing them."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow_types = {"string": pa.string(), "integer": pa.int64(), "boolean": pa.bool_()}
    resources = []
    for name, rows in tables.items():
        columns = [f for f, _ in SCHEMAS[name]]
        write_atomic(folder / f"{name}.csv", to_csv(rows, columns))
        write_atomic(folder / f"{name}.jsonl", jsonl(({c: row.get(c) for c in columns} for row in rows), sort_keys=False))
        schema = pa.schema([(f, arrow_types[t]) for f, t in SCHEMAS[name]])
        table = pa.Table.from_pylist([{c: row.get(c) for c in columns} for row in rows], schema=schema)
        sink = pa.BufferOutputStream()
        pq.write_table(table, sink, compression="zstd")
        write_atomic(folder / f"{name}.parquet", sink.getvalue().to_pybytes())
        fields = [{"name": f, "type": t} for f, t in SCHEMAS[name]]
        table_schema: dict[str, Any] = {"fields": fields}
        if name in KEYS:
            table_schema["primaryKey"] = KEYS[name]
        count = f"{len(rows):,} rows"
        resources.append({"name": name, "path": f"{name}.csv", "format": "csv", "mediatype": "text/csv",
                          "encoding": "utf-8", "description": f"{DESCRIPTIONS[name]} {count}.",
                          **file_stats(folder / f"{name}.csv"), "schema": table_schema})
        resources.append({"name": f"{name}-jsonl", "path": f"{name}.jsonl", "format": "jsonl",
                          "mediatype": "application/x-ndjson", "encoding": "utf-8",
                          "description": f"{DESCRIPTIONS[name]} JSON lines, {count}.",
                          **file_stats(folder / f"{name}.jsonl"), "schema": table_schema})
        # typed "file": frictionless reads Parquet as a table without counting its bytes, and would
        # then report every bytes and hash as wrong; as a file it checks both
        resources.append({"name": f"{name}-parquet", "type": "file", "path": f"{name}.parquet", "format": "parquet",
                          "mediatype": "application/vnd.apache.parquet",
                          "description": f"{DESCRIPTIONS[name]} Parquet, {count}.",
                          **file_stats(folder / f"{name}.parquet")})
    package = {"name": "xinyong", "title": "Xinyong: a bilingual corpus of China's Social Credit System documents",
               "version": __version__, "licenses": LICENSES,
               "contributors": [{"title": "Xinyong contributors", "role": "author"}],
               "resources": resources}
    write_atomic(folder / "datapackage.json", dumps(package))
    return package


def write_docbins(corpus: Corpus, out: Path, folder: Path) -> list[str]:
    """One DocBin per language with every annotated unit (user data: doc, unit, annotations)."""
    from spacy.tokens import DocBin

    import spacy

    written = []
    for lang in ("zh", "en"):
        merged = DocBin(attrs=["ORTH", "SENT_START"], store_user_data=True)
        vocab = spacy.blank("en").vocab if lang == "en" else None
        for doc_id in corpus.documents(lang):
            path = out / "annotations" / f"{doc_id}.{lang}.spacy"
            if path.is_file():
                merged.merge(DocBin(store_user_data=True).from_bytes(path.read_bytes()))
        write_atomic(folder / f"{lang}.spacy", merged.to_bytes())
        written.append(f"{lang}.spacy")
        del vocab
    return written


def tei_document(data: AnnotatedCorpus, doc_id: str) -> str:
    """A TEI P5 document, valid against tei_all: header from the catalog (with the annotation
    labels as a taxonomy), one <text> per language with the structure as nested <div>s, paragraphs
    as <p> and items as <item>; annotations in <standOff>, each pointing at its exact characters
    with a string-range() pointer. A catalog record without text gets a one-paragraph body."""
    from lxml import etree

    tei_ns = "http://www.tei-c.org/ns/1.0"
    xml_ns = "http://www.w3.org/XML/1998/namespace"

    def element(parent, name, text=None, **attributes):
        node = etree.SubElement(parent, f"{{{tei_ns}}}{name}")
        for key, value in attributes.items():
            if value is not None:
                node.set(f"{{{xml_ns}}}{key[4:]}" if key.startswith("xml_") else key, str(value))
        if text is not None:
            node.text = text
        return node

    entry = data.corpus.catalog[doc_id]
    root = etree.Element(f"{{{tei_ns}}}TEI", nsmap={None: tei_ns})
    header = element(root, "teiHeader")
    file_desc = element(header, "fileDesc")
    title_stmt = element(file_desc, "titleStmt")
    element(title_stmt, "title", entry["title_zh"], xml_lang="zh")
    element(title_stmt, "title", entry["title_en"], xml_lang="en", type="translated")
    for issuer in entry["issuers"]:
        element(title_stmt, "author", data.corpus.agencies[issuer]["en"], ref=f"#agency-{issuer}")
    publication = element(file_desc, "publicationStmt")
    element(publication, "publisher", "Xinyong contributors")
    availability = element(publication, "availability")
    element(availability, "licence", "English translation, digest and annotations: CC BY 4.0. Chinese text of a "
                                     "law, regulation or judicial interpretation: not protected by copyright "
                                     "(PRC Copyright Law, Article 5).", target=LICENSES[0]["path"])
    element(publication, "idno", doc_id, type="xinyong")
    source = element(file_desc, "sourceDesc")
    bibl = element(source, "bibl")
    element(bibl, "title", entry["title_zh"], xml_lang="zh")
    if entry.get("doc_number"):
        element(bibl, "idno", entry["doc_number"], type="docNumber")
    for kind in ("issued", "published", "effective"):  # a document without an issue date keeps the others
        if entry.get(f"date_{kind}"):
            element(bibl, "date", entry[f"date_{kind}"], when=entry[f"date_{kind}"], type=kind)
    if entry.get("source_url"):
        element(bibl, "ref", entry["source_url"], target=entry["source_url"])
    if entry.get("text"):
        element(bibl, "idno", entry["text"]["sha256"], type="sha256")
    taxonomy = element(element(element(header, "encodingDesc"), "classDecl"), "taxonomy", xml_id="labels")
    # the label table's descriptions; each <annotation> points to its category with @ana (TEI does
    # not allow @type on <annotation>)
    for label in label_table().labels.values():
        element(element(taxonomy, "category", xml_id=f"label-{label.name}"), "catDesc", label.description)
    outer = element(root, "text")
    held = [(lang, document) for lang, document in (("zh", data.corpus.originals.get(doc_id)),
                                                    ("en", data.corpus.english(doc_id))) if document is not None]
    if not held:
        paragraph = element(element(outer, "body"), "p", "The corpus holds the catalog record of this document, "
                                                        "not its text.")
        if entry.get("source_url"):
            paragraph.text += " Source: "
            element(paragraph, "ref", entry["source_url"], target=entry["source_url"])
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode("utf-8")
    group = element(outer, "group")
    records = [(lang, record) for lang, _ in held for record in data.annotations(doc_id, lang)]
    annotations = element(element(root, "standOff"), "listAnnotation") if records else None
    anchors: dict[tuple[str, str], str] = {}
    for lang, document in held:
        text = element(group, "text", xml_lang=lang, type="original" if lang == "zh" else
                       "translation" if doc_id in data.corpus.translations else "digest")
        body = element(text, "body")
        nodes = {}
        for unit in document.units:
            parent = nodes.get(unit.parent, body)
            xml_id = f"{lang}.{unit.id}".replace("~", "_")
            anchors[(lang, unit.id)] = xml_id
            if unit.kind in ("part", "chapter", "section", "heading", "article"):
                node = element(parent, "div", type=unit.kind, n=unit.number, xml_id=xml_id)
                # the unit's text is the <head>'s: offsets count from there, not from the <div>,
                # whose string value begins with indentation
                anchors[(lang, unit.id)] = f"{xml_id}.head"
                element(node, "head", unit.text if unit.kind != "article" else unit.label, xml_id=f"{xml_id}.head")
            elif unit.kind == "paragraph":
                node = element(parent, "p", unit.text, xml_id=xml_id, n=unit.number)
            else:
                holder = parent.find(f"{{{tei_ns}}}list")
                if holder is None or parent.tag != f"{{{tei_ns}}}p":
                    holder = holder if holder is not None else element(parent, "list")
                node = element(holder, "item", unit.text, xml_id=xml_id, n=unit.number)
            nodes[unit.id] = node
    for counter, (lang, record) in enumerate(records, 1):
        pointer = f"id('{anchors[(lang, record['unit'])]}')"
        note = element(annotations, "annotation", xml_id=f"a{counter}", motivation="classifying",
                       target=f"#string-range({pointer},{record['start']},{record['end'] - record['start']})",
                       ana=f"#label-{record['label']}")
        element(note, "note", record["text"], type="span", n=f"{record['start']}-{record['end']}")
        if record["norm"]:
            element(note, "note", str(record["norm"]), type="norm")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode("utf-8")


def citation_records(data: AnnotatedCorpus, site_url: str | None = None) -> tuple[str, list[dict[str, Any]]]:
    """BibTeX and CSL-JSON for every document and every article, with absolute permalinks.

    data (AnnotatedCorpus): the corpus.
    site_url (str | None): the published address (default: see citation.site_url).
    RETURNS (tuple): the BibTeX file's text and the CSL-JSON items.
    """
    base = citation.site_url(site_url)
    bib, csl = [], []

    def add(entry: dict[str, Any], unit_id: str | None, article: str | None, article_zh: str | None) -> None:
        issuers = [data.corpus.agencies[a]["en"] for a in entry["issuers"]]
        fields = citation.citation_fields(entry, issuers, citation.permalink(base, entry["id"], unit_id), article,
                                          article_zh)
        key = citation.bib_key(entry["id"], unit_id)
        bib.append(citation.bibtex_entry(key, fields))
        csl.append(citation.csl_item(key, fields))

    for entry in data.corpus.catalog:
        doc_id = entry["id"]
        add(entry, None, None, None)
        document = data.corpus.originals.get(doc_id) or data.corpus.english(doc_id)
        if document is None:
            continue
        english = data.corpus.english(doc_id)
        for unit in document.units:
            if unit.kind not in ("article", "heading"):
                continue
            label = (english.unit_map().get(unit.id).label if english and unit.id in english.unit_map() else None) or unit.label or unit.id
            add(entry, unit.id, label, unit.label if document.lang == "zh" else None)
    return "".join(bib), csl


def export_all(corpus: Corpus, out: Path, progress: Callable[[str], None] | None = None,
               site_url: str | None = None) -> dict[str, Any]:
    """Write every export into out/data/.

    RETURNS (dict): the files written per kind.
    """
    folder = out / "data"
    site_url = citation.site_url(site_url)  # a bad address stops the export before it writes anything
    data = AnnotatedCorpus(corpus, out)
    tables = table_rows(corpus, out)
    tables["sanctions"] = sanction_records(data)
    write_tables(tables, folder)
    docbins = write_docbins(corpus, out, folder / "spacy")
    tei = []
    for doc_id in corpus.catalog.entries:
        write_atomic(folder / "tei" / f"{doc_id}.xml", tei_document(data, doc_id))
        tei.append(f"{doc_id}.xml")
    bib, csl = citation_records(data, site_url)
    write_atomic(folder / "citations" / "xinyong.bib", bib)
    write_atomic(folder / "citations" / "xinyong.csl.json", dumps(csl))
    from .export_parallel import write_parallel  # the TMX and parallel text pair, listed in the data package
    write_parallel(corpus, folder)
    cff = Path(__file__).resolve().parents[2] / "CITATION.cff"
    if cff.is_file():
        write_atomic(folder / "CITATION.cff", cff.read_text(encoding="utf-8"))
    if progress:
        progress(f"exported {sum(len(r) for r in tables.values())} rows in {len(tables)} tables, "
                 f"{len(tei)} TEI files, {len(csl)} citations")
    return {"tables": {k: len(v) for k, v in tables.items()}, "tei": len(tei), "docbins": docbins,
            "citations": len(csl)}

"""`xinyong export`: the data package (Frictionless; CSV, JSON lines, Parquet), spaCy DocBins per
language, TEI XML per document, and BibTeX/CSL-JSON citations, into build/data/."""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Callable

from . import __version__
from .analyze.data import AnnotatedCorpus
from .annotate.run import read_annotations
from .claims import load_claims
from .corpus import Corpus
from .datafiles import load_yaml
from .locations import corpus_dir
from .outputs import dumps, jsonl, to_csv, write_atomic
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
    measures = [{k: m.get(k) for k in ("id", "kind", "en", "zh", "description")}
                for m in load_yaml(corpus_dir() / "measures.yaml").data]
    claims = [{"source": register["source"]["id"], **{k: c[k] for k in ("id", "claim", "category", "verdict", "explanation")},
               "evidence": _json(c["evidence"])} for register in load_claims(corpus) for c in register["claims"]]
    return {"documents": documents, "units": units, "annotations": annotations, "glossary": glossary,
            "agencies": agencies, "measures": measures, "claims": claims}


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
        resources.append({"name": name, "path": f"{name}.csv", "format": "csv", "mediatype": "text/csv",
                          "encoding": "utf-8", "description": DESCRIPTIONS[name], "schema": table_schema})
        resources.append({"name": f"{name}-jsonl", "path": f"{name}.jsonl", "format": "jsonl",
                          "mediatype": "application/x-ndjson", "encoding": "utf-8",
                          "description": f"{DESCRIPTIONS[name]} JSON lines.", "schema": table_schema})
        resources.append({"name": f"{name}-parquet", "path": f"{name}.parquet", "format": "parquet",
                          "mediatype": "application/vnd.apache.parquet",
                          "description": f"{DESCRIPTIONS[name]} Parquet.", "schema": table_schema})
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


TEI_LABELS = {"TERM": "term", "AGENCY": "orgName", "CITATION": "bibl", "DOCNO": "idno", "DATE": "date",
              "OBLIGATION": "obligation", "PROHIBITION": "prohibition", "PERMISSION": "permission",
              "MEASURE": "measure", "TARGET": "target"}


def tei_document(data: AnnotatedCorpus, doc_id: str) -> str:
    """A TEI P5 document: header from the catalog, one <text> per language with the structure as
    nested <div>s, paragraphs as <p> and items as <item>; annotations in <standOff>."""
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
    if entry.get("date_issued"):
        element(bibl, "date", entry["date_issued"], when=entry["date_issued"], type="issued")
    if entry.get("source_url"):
        element(bibl, "ref", entry["source_url"], target=entry["source_url"])
    if entry.get("text"):
        element(bibl, "idno", entry["text"]["sha256"], type="sha256")
    outer = element(root, "text")
    group = element(outer, "group")
    stand_off = element(root, "standOff")
    annotations = element(stand_off, "listAnnotation")
    counter = 0
    for lang, document in (("zh", data.corpus.originals.get(doc_id)), ("en", data.corpus.english(doc_id))):
        if document is None:
            continue
        text = element(group, "text", xml_lang=lang, type="original" if lang == "zh" else
                       "translation" if doc_id in data.corpus.translations else "digest")
        body = element(text, "body")
        nodes = {}
        for unit in document.units:
            parent = nodes.get(unit.parent, body)
            xml_id = f"{lang}.{unit.id}".replace("~", "_")
            if unit.kind in ("part", "chapter", "section", "heading", "article"):
                node = element(parent, "div", type=unit.kind, n=unit.number, xml_id=xml_id)
                element(node, "head", unit.text if unit.kind != "article" else unit.label)
            elif unit.kind == "paragraph":
                node = element(parent, "p", unit.text, xml_id=xml_id, n=unit.number)
            else:
                holder = parent.find(f"{{{tei_ns}}}list")
                if holder is None or parent.tag != f"{{{tei_ns}}}p":
                    holder = holder if holder is not None else element(parent, "list")
                node = element(holder, "item", unit.text, xml_id=xml_id, n=unit.number)
            nodes[unit.id] = node
        for record in data.annotations(doc_id, lang):
            counter += 1
            note = element(annotations, "annotation", xml_id=f"a{counter}",
                           target=f"#{lang}.{record['unit']}".replace("~", "_"), ana=record["label"],
                           type=TEI_LABELS[record["label"]])
            element(note, "note", record["text"], type="span", n=f"{record['start']}-{record['end']}")
            if record["norm"]:
                element(note, "note", str(record["norm"]), type="norm")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode("utf-8")


def citation_records(data: AnnotatedCorpus, site_url: str | None = None) -> tuple[str, list[dict[str, Any]]]:
    """BibTeX and CSL-JSON for every document and every article (with its permalink)."""
    base = site_url.rstrip("/") + "/" if site_url else ""
    bib, csl = [], []

    def add(key: str, title: str, entry: dict[str, Any], url: str, note: str) -> None:
        year = (entry.get("date_issued") or "")[:4]
        authors = " and ".join("{" + data.corpus.agencies[a]["en"] + "}" for a in entry["issuers"])
        fields = {"title": title, "author": authors, "year": year or None, "url": url, "note": note,
                  "number": entry.get("doc_number")}
        # URLs stay verbatim (biblatex reads the url field raw); other fields are escaped
        body = ",\n".join(f"  {k} = {{{v if k in ('author', 'url') else _bib_escape(v)}}}" for k, v in fields.items() if v)
        bib.append(f"@misc{{{key},\n{body}\n}}\n")
        item = {"id": key, "type": "legislation" if entry["type"] in ("law", "administrative-regulation",
                                                                        "local-regulation", "departmental-rule",
                                                                        "judicial-interpretation") else "document",
                "title": title, "URL": url, "note": note,
                "author": [{"literal": data.corpus.agencies[a]["en"]} for a in entry["issuers"]]}
        if entry.get("doc_number"):
            item["number"] = entry["doc_number"]
        if entry.get("date_issued"):
            item["issued"] = {"date-parts": [[int(p) for p in entry["date_issued"].split("-")]]}
        csl.append(item)

    for entry in data.corpus.catalog:
        doc_id = entry["id"]
        note = f"{entry['title_zh']}. Xinyong corpus, version {__version__}"
        add(f"xinyong-{doc_id}", entry["title_en"], entry, f"{base}docs/{doc_id}.html", note)
        document = data.corpus.originals.get(doc_id) or data.corpus.english(doc_id)
        if document is None:
            continue
        english = data.corpus.english(doc_id)
        for unit in document.units:
            if unit.kind not in ("article", "heading"):
                continue
            label = (english.unit_map().get(unit.id).label if english and unit.id in english.unit_map() else None) or unit.label or unit.id
            add(f"xinyong-{doc_id}-{unit.id}".replace(".", "-"), f"{entry['title_en']}, {label}", entry,
                f"{base}docs/{doc_id}.html#{unit.id}", note)
    return "".join(bib), csl


def _bib_escape(value: Any) -> str:
    return re.sub(r"([{}%&$#_])", r"\\\1", str(value))


def export_all(corpus: Corpus, out: Path, progress: Callable[[str], None] | None = None,
               site_url: str | None = None) -> dict[str, Any]:
    """Write every export into out/data/.

    RETURNS (dict): the files written per kind.
    """
    folder = out / "data"
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
    cff = Path(__file__).resolve().parents[2] / "CITATION.cff"
    if cff.is_file():
        write_atomic(folder / "CITATION.cff", cff.read_text(encoding="utf-8"))
    if progress:
        progress(f"exported {sum(len(r) for r in tables.values())} rows in {len(tables)} tables, "
                 f"{len(tei)} TEI files, {len(csl)} citations")
    return {"tables": {k: len(v) for k, v in tables.items()}, "tei": len(tei), "docbins": docbins,
            "citations": len(csl)}

"""HTML fragments for generated pages. Every piece of document or catalog text goes through
`esc`, so a text containing <script> or Markdown shows as text."""
from __future__ import annotations

import html
from typing import Any, Iterable

from ..labels import css_classes
from ..locations import corpus_dir
from .local_glosses import LOCAL, load_local_bodies


def __getattr__(name: str) -> Any:
    # LABEL_CLASSES (label -> class of its spans) comes from the label table, read when asked
    if name == "LABEL_CLASSES":
        return css_classes()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def esc(value: Any) -> str:
    """HTML-escape any value (None becomes the empty string)."""
    return "" if value is None else html.escape(str(value), quote=True)


def attrs(**values: Any) -> str:
    """Render HTML attributes (underscores become dashes; None and False are left out)."""
    parts = []
    for key, value in values.items():
        if value is None or value is False:
            continue
        name = key.rstrip("_").replace("_", "-")
        parts.append(name if value is True else f'{name}="{esc(value)}"')
    return (" " + " ".join(parts)) if parts else ""


def tag(element: str, content: str = "", /, **values: Any) -> str:
    """An HTML element; `content` must already be escaped HTML."""
    return f"<{element}{attrs(**values)}>{content}</{element}>"


def highlight(text: str, records: Iterable[dict[str, Any]], doc_href: dict[str, str],
              glossary: dict[str, dict[str, Any]], agencies: dict[str, dict[str, Any]],
              measures: dict[str, str], skip: int = 0) -> str:
    """The unit text as HTML with its annotations as spans (citations as links).

    text (str): the unit's text.
    records (Iterable[dict]): its standoff annotations (offsets into `text`).
    doc_href (dict[str, str]): catalog id -> page URL, for citations.
    glossary, agencies (dict): for the glosses shown in popovers.
    measures (dict[str, str]): measure type -> English name.
    skip (int): characters at the start not to show (the printed label of an item).
    RETURNS (str): escaped HTML.
    """
    records = [r for r in records if r["end"] > skip]
    classes_of = css_classes()  # from the label table, read per call so that every label in it shows
    citations = sorted((r for r in records if r["label"] == "CITATION"), key=lambda r: r["start"])
    others = [r for r in records if r["label"] != "CITATION"]
    cuts = {skip, len(text)}
    for record in records:
        cuts.add(max(record["start"], skip))
        cuts.add(record["end"])
    cuts = sorted(cuts)
    pieces = []
    index = 0
    while index < len(cuts) - 1:
        start, end = cuts[index], cuts[index + 1]
        citation = next((c for c in citations if c["start"] <= start < c["end"]), None)
        if citation:
            title = esc(text[max(citation["start"], skip):citation["end"]])
            href = doc_href.get(citation["norm"] or "")
            pieces.append(tag("a", title, href=href, class_="xy-citation", title="cited document")
                          if href else tag("span", title, class_="xy-citation xy-unresolved",
                                           title="cited instrument not in the catalog"))
            while index < len(cuts) - 1 and cuts[index + 1] <= citation["end"]:
                index += 1
            continue
        covering = [r for r in others if r["start"] <= start and end <= r["end"]]
        chunk = esc(text[start:end])
        if covering:
            classes = " ".join(sorted({classes_of[r["label"]] for r in covering}))
            term = next((r["norm"] for r in covering if r["label"] == "TERM"), None)
            title = _gloss(covering, glossary, agencies, measures, text)
            # The gloss shows in a popover (assets/xinyong.js) on hover, focus or tap; every span with a
            # gloss (a glossary term, a local body, ...) takes the keyboard focus so that its popover is
            # reachable without a mouse, and toggles it with Enter or Space like a button. A blank piece
            # between two others (the space in "criminal liability") would be a button without a name.
            focusable = bool(term) or bool(title and text[start:end].strip())
            pieces.append(tag("span", chunk, class_=classes, data_term=term, data_gloss=title or None,
                              tabindex="0" if focusable else None, role="button" if focusable else None))
        else:
            pieces.append(chunk)
        index += 1
    return "".join(pieces)


def _gloss(covering: list[dict[str, Any]], glossary: dict, agencies: dict, measures: dict[str, str],
           text: str = "") -> str:
    """The popover text of the spans covering a piece of text: terms, agencies and measures by their
    reference entries (a local body by the local-body table, read from its span in `text`); any other
    label (deontic, target, date, docno, a new one in the label table) by its name and value."""
    lines = []
    for record in sorted(covering, key=lambda r: r["label"]):
        label, norm = record["label"], record["norm"]
        if label == "TERM":
            if norm in glossary:
                entry = glossary[norm]
                lines.append(f"{entry['zh']} {entry['pinyin']}: {entry['en']}. {entry['definition']}")
        elif label == "AGENCY":
            if norm in agencies:
                lines.append(f"{agencies[norm]['en']} ({agencies[norm]['zh']})")
            elif norm and norm.startswith(LOCAL):
                span = text[record["start"]:record["end"]]
                lang = record.get("lang") or ("en" if span.isascii() else "zh")
                lines.append(load_local_bodies(str(corpus_dir())).gloss(norm, span, lang))
        elif label == "MEASURE":
            lines.append(f"measure: {measures.get(norm, norm)}")
        else:
            lines.append(f"{label.lower()}: {norm}" if norm else label.lower())
    return "\n".join(lines)

"""The annotation label table (corpus/labels.yaml): the one definition of each label's name,
languages, component, site class, layer toggle, TEI description and evaluation goal. Everything
that lists labels (pipeline, evaluation, exports, CLI choices, site) asks this module."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .datafiles import load_yaml, schema_errors
from .errors import ProblemList, XinyongError
from .locations import corpus_dir

TABLE_NAME = "labels.yaml"


@dataclass(frozen=True)
class Label:
    """One annotation label.

    name (str): as written in records, gold files and exports.
    languages (tuple[str, ...]): the languages whose pipelines find it.
    component (str): the spaCy factory that finds it.
    css_class (str): the class of its spans on the site (the layer toggle switches it off).
    toggle (str): the layer toggle's text.
    legend (int): the toggle's position in the legend.
    description (str): one line (the TEI taxonomy's category description).
    evaluated (bool): whether the evaluation scores it.
    goal (float | None): the F1 it should reach on the test split.
    """

    name: str
    languages: tuple[str, ...]
    component: str
    css_class: str
    toggle: str
    legend: int
    description: str
    evaluated: bool
    goal: float | None = None


@dataclass(frozen=True)
class LabelTable:
    """The labels in table order and the order the components run in."""

    labels: dict[str, Label]
    pipeline: tuple[str, ...]


def table_file(corpus: Path | str | None = None) -> Path:
    """Where the label table is: corpus/labels.yaml of the given (or the project's) corpus."""
    return Path(corpus or corpus_dir()) / TABLE_NAME


def label_table(corpus: Path | str | None = None) -> LabelTable:
    """The label table, read once per file and content.

    corpus (Path | str | None): the corpus folder (default: the project's).
    RETURNS (LabelTable): the labels and the component order.
    RAISES (XinyongError): E004 for a row the schema refuses, E170 for an inconsistent table.
    """
    path = table_file(corpus)
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        stamp = 0  # load_yaml reports the missing file (E001)
    return _load(str(path), stamp)


@lru_cache(maxsize=8)
def _load(path: str, stamp: int) -> LabelTable:
    document = load_yaml(Path(path))
    problems = schema_errors(document, document.data, "labels")
    if problems:
        raise ProblemList(problems)
    pipeline = tuple(document.data["pipeline"])
    labels: dict[str, Label] = {}
    for index, row in enumerate(document.data["labels"]):
        line = document.line_of(["labels", index])
        name = row["name"]
        if name in labels:
            raise XinyongError("E170", path=path, line=line, reason=f"the label {name} is listed twice")
        if row["component"] not in pipeline:
            raise XinyongError("E170", path=path, line=line,
                               reason=f"{name}'s component {row['component']} is not in the pipeline list")
        if row["evaluated"] and row.get("goal") is None:
            raise XinyongError("E170", path=path, line=line, reason=f"{name} is evaluated but has no goal")
        labels[name] = Label(name=name, languages=tuple(row["languages"]), component=row["component"],
                             css_class=row["css_class"], toggle=row["toggle"], legend=row["legend"],
                             description=row["description"], evaluated=row["evaluated"], goal=row.get("goal"))
    return LabelTable(labels, pipeline)


def label_names(corpus: Path | str | None = None, evaluated: bool = False) -> tuple[str, ...]:
    """The label names in table order (only the evaluated ones when asked)."""
    return tuple(name for name, label in label_table(corpus).labels.items() if label.evaluated or not evaluated)


def get_label(name: str, corpus: Path | str | None = None) -> Label:
    """One label's row; E171 naming the known labels for any other name."""
    labels = label_table(corpus).labels
    if name not in labels:
        raise XinyongError("E171", label=name, allowed=", ".join(labels))
    return labels[name]


def component_order(lang: str, corpus: Path | str | None = None) -> tuple[str, ...]:
    """The components a language's pipeline runs, in the table's pipeline order."""
    table = label_table(corpus)
    wanted = {label.component for label in table.labels.values() if lang in label.languages}
    return tuple(name for name in table.pipeline if name in wanted)


def css_classes(corpus: Path | str | None = None) -> dict[str, str]:
    """Label name -> the class of its spans on the site."""
    return {name: label.css_class for name, label in label_table(corpus).labels.items()}


def legend_entries(corpus: Path | str | None = None) -> list[tuple[str, str]]:
    """(css class, toggle text) for the layer toggles, in legend order."""
    ordered = sorted(label_table(corpus).labels.values(), key=lambda label: (label.legend, label.name))
    return [(label.css_class, label.toggle) for label in ordered]

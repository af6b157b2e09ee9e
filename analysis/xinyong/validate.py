"""`xinyong validate`: check the catalog, the reference lists, the translations and the digests."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .align import GlossaryMatcher, TranslationReport, check_translation
from .catalog import load_agencies, load_catalog, load_glossary
from .catalog_rules import check_catalog_rules
from .corpus import Corpus, load_corpus
from .digest_basis import basis_problems
from .errors import XinyongError
from .style_check import style_warnings
from .locations import corpus_dir
from .provenance import ProvenanceReport, provenance_report
from .numbering import numbering_warnings


@dataclass
class ValidationReport:
    """Everything `validate` found.

    problems (list[XinyongError]): errors (the command fails when there are any).
    warnings (list[str]): things to look at that do not fail validation.
    translations (list[TranslationReport]): per-translation checks.
    documents (int): catalog size.
    provenance (ProvenanceReport): source strength, source_url and status figures of the catalog.
    """

    problems: list[XinyongError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    translations: list[TranslationReport] = field(default_factory=list)
    documents: int = 0
    provenance: ProvenanceReport = field(default_factory=ProvenanceReport)

    @property
    def consistency(self) -> tuple[int, int]:
        good = sum(r.consistency[0] for r in self.translations)
        total = sum(r.consistency[1] for r in self.translations)
        return good, total

    @property
    def consistency_rate(self) -> float:
        good, total = self.consistency
        return good / total if total else 1.0


def validate(sources: str | Path | None = None) -> ValidationReport:
    """Run every check and collect the results (never stops at the first problem).

    sources (str | Path | None): the sources directory.
    RETURNS (ValidationReport): problems, warnings and translation checks.
    """
    report = ValidationReport()
    try:
        agencies = load_agencies()
    except XinyongError as exc:
        report.problems.extend(getattr(exc, "problems", [exc]))
        return report
    try:
        load_catalog(agencies=agencies)
    except XinyongError as exc:
        report.problems.extend(getattr(exc, "problems", [exc]))
    report.problems.extend(check_catalog_rules())
    try:
        from .labels import label_table

        label_table()
    except XinyongError as exc:
        report.problems.extend(getattr(exc, "problems", [exc]))
    try:
        load_glossary()
    except XinyongError as exc:
        report.problems.extend(getattr(exc, "problems", [exc]))
        return report
    corpus = load_corpus(sources, strict=False)
    report.documents = len(corpus.catalog)
    report.provenance = provenance_report(corpus.catalog)
    report.problems.extend(corpus.problems)
    report.problems.extend(_hash_problems(corpus))
    for doc_id in corpus.missing:
        report.warnings.append(f"{doc_id}: the catalogued text is not in the sources directory "
                               f"({corpus.sources or 'none found'}); it is built from metadata only")
    matcher = GlossaryMatcher(corpus.glossary)
    for doc_id, document in [*corpus.originals.items(), *corpus.translations.items()]:
        report.warnings.extend(f"{document.path or doc_id}: {warning}" for warning in numbering_warnings(document))
    for doc_id, original in corpus.originals.items():
        translation = corpus.translations.get(doc_id)
        if translation is None:
            report.warnings.append(f"{doc_id}: no English translation (corpus/translations/{doc_id}.en.md)")
            continue
        for warning in original.warnings + translation.warnings:
            report.warnings.append(f"{doc_id}: {warning}")
        checked = check_translation(original, translation, matcher, corpus.source_hashes.get(doc_id),
                                    translation.path)
        report.warnings.extend(w.render() for w in style_warnings(translation, original, translation.path))
        report.translations.append(checked)
        report.problems.extend(checked.problems)
        for article, number in checked.missing_numbers:
            report.problems.append(XinyongError("E033", path=translation.path,
                                                line=_line(translation, article), place=article,
                                                number=number))
        for unit_id, chinese in checked.stray_chinese:
            report.problems.append(XinyongError("E034", path=translation.path,
                                                line=_line(translation, unit_id), place=unit_id,
                                                chinese=chinese))
    for path in sorted((corpus_dir() / "translations").glob("*.en.md")):
        stem = path.name[: -len(".en.md")]
        if stem not in corpus.catalog.entries:
            report.problems.append(XinyongError("E030", path=path, line=1, doc=stem))
    for digest in corpus.digests.values():
        report.problems.extend(basis_problems(digest))
    for path in sorted((corpus_dir() / "digests").glob("*.md")):
        if path.stem not in corpus.catalog.entries and path.name != "README.md":
            report.problems.append(XinyongError("E030", path=path, line=1, doc=path.stem))
    return report


def _line(document, unit_id: str) -> int | None:
    units = document.unit_map()
    return units[unit_id].line if unit_id in units else None


def _hash_problems(corpus: Corpus) -> list[XinyongError]:
    problems = []
    for doc_id, actual in corpus.source_hashes.items():
        expected = corpus.catalog[doc_id]["text"]["sha256"]
        if actual != expected:
            problems.append(XinyongError("E029", path=corpus.catalog.paths[doc_id], place="text.sha256",
                                         actual=actual, expected=expected,
                                         record=f"the catalog entry for {doc_id}"))
    return problems


def consistency_table(report: ValidationReport) -> list[dict]:
    """Per-document glossary consistency rows: doc, consistent, total, rate, inconsistent terms."""
    rows = []
    for translation in report.translations:
        good, total = translation.consistency
        misses = sorted({f"{t.zh}→{t.en} ({t.article})" for t in translation.terms if not (t.found or t.excused)})
        rows.append({"doc": translation.doc, "consistent": good, "total": total,
                     "rate": round(good / total, 4) if total else 1.0, "inconsistent": misses})
    return rows

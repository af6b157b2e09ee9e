"""Commands over the catalog and the texts: list, parse, validate, verify, fetch, add."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .. import errors
from ..outputs import render
from .common import FORMAT_OPTION, MAX_BYTES_OPTION, SOURCES_OPTION, check_size, format_option, main


@main.command("list")
@click.option("--type", "doc_type", help="Only documents of this type (e.g. local-regulation).")
@click.option("--level", help="Only documents of this level (central, provincial, municipal, judicial, private).")
@click.option("--with-text", is_flag=True, help="Only documents whose Chinese text is catalogued.")
@FORMAT_OPTION
def list_command(doc_type: str | None, level: str | None, with_text: bool, fmt: str) -> None:
    """List the catalog.

    \b
    Example:
        xinyong list --type local-regulation --format csv
    """
    from ..catalog import load_catalog
    from ..ingest import allowed_values, check_choice

    if doc_type:
        check_choice(doc_type, allowed_values("type"), "--type (document type)")
    if level:
        check_choice(level, allowed_values("level"), "--level")
    rows = []
    for entry in load_catalog():
        if doc_type and entry["type"] != doc_type or level and entry["level"] != level:
            continue
        if with_text and not entry.get("text"):
            continue
        rows.append({"id": entry["id"], "date_issued": entry["date_issued"], "type": entry["type"],
                     "level": entry["level"], "region": entry["region"], "doc_number": entry["doc_number"],
                     "title_zh": entry["title_zh"], "title_en": entry["title_en"],
                     "status": entry["status"], "text": bool(entry.get("text"))})
    columns = None if fmt != "table" else ["id", "date_issued", "type", "level", "doc_number", "title_zh"]
    click.echo(render(rows, fmt, columns), nl=False)


@main.command("parse")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--lang", type=click.Choice(["zh", "en"]), default=None, help="Language (guessed when omitted).")
@format_option("json")
@MAX_BYTES_OPTION
def parse_command(file: Path, lang: str | None, fmt: str, max_bytes: int) -> None:
    """Parse one document into units with stable ids.

    With --format json, prints the document: {"id", "title", "lang", "events", "units": [{"id",
    "kind", "number", "label", "parent", "text"}]}; the other formats print one row a unit (the
    table shortens the text).

    \b
    Example:
        xinyong parse corpus/translations/shanghai-social-credit-regulation-2017.en.md --format json
    """
    from ..numbering import numbering_warnings
    from ..outputs import dumps
    from ..structure import parse_file

    check_size(file, max_bytes)
    document = parse_file(file, lang)
    for warning in document.warnings + numbering_warnings(document):
        click.echo(f"warning: {file}: {warning}", err=True)
    if fmt == "json":
        payload = document.to_dict()
        for unit in payload["units"]:
            unit.pop("line", None)
        click.echo(dumps(payload), nl=False)
    else:
        rows = [{"id": u.id, "kind": u.kind, "number": u.number, "label": u.label or "", "parent": u.parent,
                 "text": u.text[:60] if fmt == "table" else u.text} for u in document.units]
        columns = ["id", "kind", "label", "text"] if fmt == "table" else None
        click.echo(render(rows, fmt, columns), nl=False)


@main.command("validate")
@SOURCES_OPTION
@click.option("--report", is_flag=True, help="Also print the glossary consistency rate per translation.")
@FORMAT_OPTION
def validate_command(sources: Path | None, report: bool, fmt: str) -> None:
    """Check the catalog, agencies, glossary, translations and digests.

    Exits 1 when any problem is found; each names the file and line or article. --format json
    prints the whole report; jsonl and csv one row per problem and warning.

    \b
    Example:
        xinyong validate --report
    """
    from ..outputs import dumps
    from ..validate import consistency_table, validate

    result = validate(sources)
    good, total = result.consistency
    if fmt == "json":
        click.echo(dumps({"problems": [p.render() for p in result.problems], "warnings": result.warnings,
                          "consistency": {"consistent": good, "total": total,
                                          "rate": round(result.consistency_rate, 4) if total else None},
                          "translations": consistency_table(result),
                          "provenance": result.provenance.as_dict()}), nl=False)
    elif fmt in ("jsonl", "csv"):
        rows = [{"kind": "problem", "code": p.code, "file": p.path, "line": p.line, "message": p.render()}
                for p in result.problems]
        rows += [{"kind": "warning", "code": None, "file": None, "line": None, "message": w} for w in result.warnings]
        click.echo(render(rows, fmt, ["kind", "code", "file", "line", "message"]), nl=False)
    else:
        for problem in result.problems:
            click.echo(problem.render(), err=True)
        for warning in result.warnings:
            click.echo(f"warning: {warning}", err=True)
        if report:
            rows = [{**row, "inconsistent": len(row["inconsistent"])} for row in consistency_table(result)]
            click.echo(render(rows, "table"), nl=False)
            for row in consistency_table(result):
                for miss in row["inconsistent"]:
                    click.echo(f"  {row['doc']}: {miss}")
            for line in result.provenance.lines():
                click.echo(line)
        rate = (f"{good}/{total} = {result.consistency_rate:.1%}" if total else
                "n/a (no Chinese original with its translation to compare: the originals are not in the "
                "sources directory; `xinyong fetch` gets them)")
        click.echo(f"{result.documents} catalog entries, {len(result.translations)} translations checked, "
                   f"glossary consistency {rate}, "
                   f"{len(result.problems)} problem(s), {len(result.warnings)} warning(s)")
    if result.problems:
        sys.exit(errors.EXIT_PROBLEMS)


@main.command("verify")
@SOURCES_OPTION
@FORMAT_OPTION
def verify_command(sources: Path | None, fmt: str) -> None:
    """Check every source text against the SHA-256 in the catalog, and every translation against
    the hash of the text it was made from; report stale translations. Exits 1 on any mismatch.

    \b
    Example:
        xinyong verify --sources ../shared/sources
    """
    from ..verify import verify

    rows = verify(sources)
    click.echo(render(rows, fmt), nl=False)
    if any(r["status"] not in ("ok", "no text held") for r in rows):
        sys.exit(errors.EXIT_PROBLEMS)


@main.command("fetch")
@click.argument("ids", nargs=-1)
@SOURCES_OPTION
@click.option("--force", is_flag=True, help="Replace an existing text that differs from the download.")
@click.option("--retries", type=int, default=3, show_default=True, help="Attempts per download.")
def fetch_command(ids: tuple[str, ...], sources: Path | None, force: bool, retries: int) -> None:
    """Download originals from the catalog's source_url into the sources directory.

    HTML (main text extracted), PDF, DOCX and text in any encoding; the SHA-256 is recorded in the
    catalog entry. An existing text that differs is never replaced without --force.

    \b
    Example:
        xinyong fetch hubei-social-credit-information-regulation-2017 --sources corpus/sources
    """
    from ..fetch import fetch
    from ..locations import corpus_dir, sources_dir

    folder = sources_dir(sources) or (corpus_dir() / "sources")
    for row in fetch(list(ids) or None, folder, force, attempts=retries, progress=lambda m: click.echo(m, err=True)):
        click.echo(f"{row['id']}: {row['file']} sha256 {row['sha256']}")


@main.command("add")
@click.argument("location")
@click.option("--id", "doc_id", required=True, help="The catalog id: a new slug such as beijing-credit-rules-2024, "
                                                     "or an existing id with --attach.")
@click.option("--attach", is_flag=True, help="Give the existing entry --id this text; every fact of the entry is kept.")
@click.option("--type", "doc_type", default=None, help="Document type (a value of corpus/schema/catalog.schema.json).")
@click.option("--level", default=None, help="Level: central, provincial, municipal, judicial or private.")
@click.option("--title", default=None, help="Chinese title (default: taken from the document).")
@click.option("--title-en", default=None, help="English title (default: a placeholder to replace by hand).")
@click.option("--issuer", "issuers", multiple=True, help="Issuer id from corpus/agencies.yaml (repeatable; required "
                                                         "for a new entry).")
@SOURCES_OPTION
@click.option("--force", is_flag=True, help="Replace an existing text (and, without --attach, the whole entry).")
def add_command(location: str, doc_id: str, attach: bool, doc_type: str | None, level: str | None, title: str | None,
                title_en: str | None, issuers: tuple[str, ...], sources: Path | None, force: bool) -> None:
    """Bring your own document (HTML, PDF, DOCX, text, or a file in the sources layout) from a file or a URL.

    Writes the text to the sources directory. A new id gets a catalog entry whose unverified facts
    are null (dates are taken from the metadata head of a file in the sources layout); with
    --attach, an existing entry gets the text and keeps all its facts.

    \b
    Examples:
        xinyong add notice.html --id example-notice-2024 --type notice --level central --issuer ndrc
        xinyong add shanghai.pdf --id shanghai-social-credit-regulation-2017 --attach
    """
    from ..ingest import add_document, attach_document
    from ..locations import corpus_dir, sources_dir

    folder = sources_dir(sources) or (corpus_dir() / "sources")
    if attach:
        given = [name for name, value in (("--type", doc_type), ("--level", level), ("--title", title),
                                          ("--title-en", title_en), ("--issuer", issuers)) if value]
        if given:
            raise click.UsageError(f"--attach keeps the entry's facts: leave out {', '.join(given)}")
        result = attach_document(location, doc_id, folder, force)
        click.echo(f"attached {result['file']} ({result['kind']}, {result['encoding'] or 'binary'}) to "
                   f"{result['catalog']}: only its text (file and sha256) changed")
        return
    missing = [name for name, value in (("--type", doc_type), ("--level", level)) if not value]
    if missing:
        raise click.UsageError(f"a new entry needs {' and '.join(missing)} (or give --attach for an existing one)")
    result = add_document(location, doc_id, doc_type, level, folder, title, title_en, list(issuers) or None, force)
    dates = ", ".join(f"{k} {result[k]}" for k in ("date_issued", "date_effective") if result[k]) or "no dates found"
    click.echo(f"added {result['id']}: {result['file']} ({result['kind']}, {result['encoding'] or 'binary'}; {dates}), "
               f"catalog entry {result['catalog']}: verify its facts before committing")

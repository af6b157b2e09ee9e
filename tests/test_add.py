"""`xinyong add`: bringing one's own documents (sources layout, PDF, DOCX, HTML, an existing
entry) without losing facts or writing an entry that blocks a later build."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from xinyong.cli import main

FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
SHORT_LAW = "spc-high-consumption-restrictions-2010"  # 12 articles with items: quick to annotate


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def body_lines(path: Path) -> tuple[str, list[str]]:
    """The title and the body lines (Markdown heading marks dropped) of a sources file."""
    text = path.read_text(encoding="utf-8")
    title = text.splitlines()[0].lstrip("# ").strip()
    body = text.split("<!-- INFO END -->", 1)[1]
    return title, [line.strip().lstrip("#").strip() for line in body.splitlines() if line.strip()]


def unit_texts(path: Path) -> list[tuple[str, str]]:
    from xinyong.structure import parse_file

    return [(u.id, u.text) for u in parse_file(path, "zh").units]


def annotations(path: Path) -> list[tuple]:
    from xinyong.annotate.pipeline import annotate_document
    from xinyong.structure import parse_file

    records = annotate_document(parse_file(path, "zh"))
    return sorted((r["unit"], r["start"], r["end"], r["label"], r["norm"]) for r in records)


def make_pdf(title: str, lines: list[str], target: Path) -> Path:
    """A PDF printed from the lines, wrapped at the page width as any PDF printer does."""
    fpdf = pytest.importorskip("fpdf")
    if not FONT.is_file():
        pytest.skip("needs Debian's fonts-wqy-microhei for Chinese in the PDF")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("wqy", fname=str(FONT), collection_font_number=0)
    pdf.set_font("wqy", size=11)
    for line in [title, *lines]:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    target.write_bytes(bytes(pdf.output()))
    return target


def test_a_file_in_the_sources_layout_keeps_its_head_and_dates(project, sources, tmp_path):
    from xinyong.catalog import load_catalog

    original = sources / "zh" / "shanghai-social-credit-regulation-2017.md"
    mine = tmp_path / "mine.md"
    mine.write_bytes(original.read_bytes())
    store = tmp_path / "store"
    store.mkdir()
    result = run("add", str(mine), "--id", "my-shanghai-copy", "--type", "local-regulation", "--level", "provincial",
                 "--issuer", "shanghai-pcsc", "--sources", str(store))
    assert result.exit_code == 0, result.output
    stored = store / "zh" / "my-shanghai-copy.md"
    # not wrapped a second time
    assert stored.read_text(encoding="utf-8").strip() == original.read_text(encoding="utf-8").strip()
    entry = load_catalog()["my-shanghai-copy"]
    assert entry["date_issued"] == "2017-06-23" and entry["title_zh"] == "上海市社会信用条例"
    assert unit_texts(stored) == unit_texts(original)  # the head lines are no body paragraphs


def test_attach_gives_an_existing_entry_its_text_and_keeps_every_fact(project, sources, tmp_path):
    from xinyong.catalog import load_catalog
    from xinyong.sources import sha256_file

    entry_file = project / "corpus" / "catalog" / f"{SHORT_LAW}.yaml"
    before = load_catalog()[SHORT_LAW]
    store = tmp_path / "store"
    store.mkdir()
    refused = run("add", str(sources / "zh" / f"{SHORT_LAW}.md"), "--id", SHORT_LAW, "--type", "notice",
                  "--level", "central", "--issuer", "ndrc", "--sources", str(store))
    assert refused.exit_code == 2 and "E063" in refused.output and "--attach" in refused.output
    assert not (store / "zh").exists()
    text_before = entry_file.read_text(encoding="utf-8")
    result = run("add", str(sources / "zh" / f"{SHORT_LAW}.md"), "--id", SHORT_LAW, "--attach", "--sources", str(store))
    assert result.exit_code == 0, result.output
    after = load_catalog()[SHORT_LAW]
    assert {k: v for k, v in after.items() if k != "text"} == {k: v for k, v in before.items() if k != "text"}
    assert after["text"]["sha256"] == sha256_file(store / "zh" / f"{SHORT_LAW}.md")
    lines_before = text_before.splitlines()
    changed = [line for line in entry_file.read_text(encoding="utf-8").splitlines() if line not in lines_before]
    assert all(line.strip().startswith(("text:", "file:", "sha256:")) for line in changed), changed


@pytest.mark.parametrize("args, code, expected", [
    (["--id", "../../escape", "--type", "notice", "--level", "central", "--issuer", "ndrc"], "E061", "slug"),
    (["--id", "x-2024", "--type", "bogus", "--level", "central", "--issuer", "ndrc"], "E060", "local-regulation"),
    (["--id", "x-2024", "--type", "notice", "--level", "national", "--issuer", "ndrc"], "E060", "provincial"),
    (["--id", "x-2024", "--type", "notice", "--level", "central"], "E062", "--issuer"),
    (["--id", "x-2024", "--type", "notice", "--level", "central", "--issuer", "nobody"], "E060", "ndrc"),
])
def test_options_are_checked_before_anything_is_written(project, tmp_path, args, code, expected):
    mine = tmp_path / "mine.txt"
    mine.write_text("测试办法\n第一条 为了测试，制定本办法。\n", encoding="utf-8")
    store = tmp_path / "store"
    store.mkdir()
    result = run("add", str(mine), *args, "--sources", str(store))
    assert result.exit_code == 2 and code in result.output and expected in result.output, result.output
    assert list(store.iterdir()) == [] and not (project / "escape.yaml").exists()
    assert not (project.parent / "escape.yaml").exists()


def test_titles_round_trip_and_nothing_local_is_published(project, tmp_path):
    from xinyong.catalog import load_catalog
    from xinyong.validate import validate

    title = 'A "quoted" title: with \\ backslashes and \'apostrophes\' #not-a-comment'
    mine = tmp_path / "scratch" / "mine.txt"
    mine.parent.mkdir()
    mine.write_text("测试办法\n第一条 为了测试，制定本办法。\n第二条 本办法自公布之日起施行。\n",
                    encoding="utf-8")
    store = tmp_path / "store"
    store.mkdir()
    result = run("add", str(mine), "--id", "quoted-title-2026", "--type", "notice", "--level", "central",
                 "--issuer", "ndrc", "--title", title, "--sources", str(store))
    assert result.exit_code == 0, result.output
    entry = load_catalog()["quoted-title-2026"]
    assert entry["title_zh"] == title and entry["title_en"] != entry["title_zh"]
    assert entry["issuers"] == ["ndrc"] and entry["source_url"] is None
    written = (project / "corpus" / "catalog" / "quoted-title-2026.yaml").read_text(encoding="utf-8")
    assert str(tmp_path) not in written and "scratch" not in written
    # the new entry never blocks a later build
    report = validate(store)
    assert [p.render() for p in report.problems] == []


def test_a_pdf_round_trip_annotates_like_the_plain_text(project, sources, tmp_path):
    original = sources / "zh" / f"{SHORT_LAW}.md"
    title, lines = body_lines(original)
    pdf = make_pdf(title, lines, tmp_path / "printed.pdf")
    store = tmp_path / "store"
    store.mkdir()
    # Attached to its own entry, so that dates (which choose the cited law's version) are the same.
    result = run("add", str(pdf), "--id", SHORT_LAW, "--attach", "--sources", str(store))
    assert result.exit_code == 0, result.output
    assert "pdfminer" not in result.output and "WARNING" not in result.output
    stored = store / "zh" / f"{SHORT_LAW}.md"
    assert unit_texts(stored) == unit_texts(original)
    plain = annotations(original)
    assert plain and annotations(stored) == plain


def test_a_pdf_without_text_is_refused_like_fetch_does(project, tmp_path):
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60)  # a drawing, no text layer: what a scan looks like to a text extractor
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(bytes(pdf.output()))
    store = tmp_path / "store"
    store.mkdir()
    result = run("add", str(scan), "--id", "scanned-2026", "--type", "notice", "--level", "central",
                 "--issuer", "ndrc", "--sources", str(store))
    assert result.exit_code == 3 and "E042" in result.output and "no text" in result.output
    assert list(store.iterdir()) == [] and not (project / "corpus" / "catalog" / "scanned-2026.yaml").exists()


def test_docx_and_html_inputs_parse_like_the_plain_text(project, sources, tmp_path):
    import docx

    original = sources / "zh" / f"{SHORT_LAW}.md"
    title, lines = body_lines(original)
    document = docx.Document()
    for line in [title, *lines]:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    (tmp_path / "mine.docx").write_bytes(buffer.getvalue())
    paragraphs = "".join(f"<p>{line}</p>\n" for line in lines)
    (tmp_path / "mine.html").write_text(
        f"<html><head><title>{title}</title></head><body><nav><a href='/'>首页</a> | <a href='/x'>政策</a></nav>"
        f"<article><h1>{title}</h1>\n{paragraphs}</article><footer>版权所有</footer></body></html>",
        encoding="utf-8")
    store = tmp_path / "store"
    store.mkdir()
    for name, doc_id in (("mine.docx", "docx-copy-2010"), ("mine.html", "html-copy-2010")):
        result = run("add", str(tmp_path / name), "--id", doc_id, "--type", "judicial-interpretation",
                     "--level", "judicial", "--issuer", "spc", "--sources", str(store))
        assert result.exit_code == 0, result.output
        assert unit_texts(store / "zh" / f"{doc_id}.md") == unit_texts(original), name

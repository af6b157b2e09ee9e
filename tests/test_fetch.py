"""fetch and add on fixtures we write (no network: an httpx mock transport serves them)."""
from __future__ import annotations

import io

import httpx
import pytest

from xinyong.errors import XinyongError
from xinyong.fetch import add, decode_text, download, extract, fetch, normalize_radicals, store

ARTICLE = "第一条 为了规范测试文件的管理，制定本办法。\n第二条 本办法自发布之日起施行。"


def html_page(encoding: str) -> bytes:
    body = ("<html><head><meta charset='{0}'><title>测试办法</title></head><body><nav>首页 | 关于我们</nav>"
            "<div class='content'><h1>测试办法</h1><p>第一条 为了规范测试文件的管理，保障信息主体的合法权益，"
            "根据有关法律法规，结合本地实际，制定本办法。</p><p>第二条 本办法所称测试文件，是指为检验软件而编写的文件，"
            "其内容不具有任何法律效力。</p><p>第三条 本办法自发布之日起施行。</p></div><footer>版权所有</footer>"
            "</body></html>").format(encoding)
    return body.encode(encoding)


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF with one line of Latin text, written by hand."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def docx_bytes(paragraphs: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_encodings_are_detected():
    for encoding in ("utf-8", "gb18030", "big5"):
        text = ARTICLE if encoding != "big5" else "第一條 為了規範測試文件的管理，制定本辦法。第二條 本辦法自發布之日起施行。" * 3
        decoded, used = decode_text(text.encode(encoding))
        assert decoded == text, encoding
    with pytest.raises(XinyongError) as caught:
        decode_text(b"\x00\x01\x02binary")
    assert caught.value.code == "E023"


def test_html_main_text_is_extracted_without_navigation():
    for encoding in ("utf-8", "gb18030"):
        extracted = extract(html_page(encoding), f"text/html; charset={encoding}", "page.html")
        assert extracted.kind == "html" and "第一条 为了规范测试文件的管理" in extracted.text
        assert "版权所有" not in extracted.text and extracted.title == "测试办法"


def test_pdf_and_docx_are_extracted():
    assert "Article 1 applies" in extract(minimal_pdf("Article 1 applies"), "application/pdf", "x.pdf").text
    assert extract(docx_bytes(["第一条 甲。", "第二条 乙。"]), "", "x.docx").text == "第一条 甲。\n第二条 乙。"
    with pytest.raises(XinyongError) as caught:
        extract(b"%PDF-1.4 broken", "application/pdf", "broken.pdf")
    assert caught.value.code == "E042" and "broken.pdf" in caught.value.render()


def test_kangxi_radicals_become_ideographs_and_punctuation_stays():
    assert normalize_radicals("个⼈信息，（一）") == "个人信息，（一）"


def test_download_retries_then_fails_with_a_clear_error():
    calls = []

    def handler(request):
        calls.append(request.url)
        return httpx.Response(503)

    client = httpx.Client(transport=httpx.MockTransport(handler))
    with pytest.raises(XinyongError) as caught:
        download("http://example.test/doc", client, attempts=3, sleep=lambda s: None)
    assert len(calls) == 3 and caught.value.code == "E040" and caught.value.exit_code == 4


def test_fetch_writes_atomically_records_the_hash_and_never_overwrites(tmp_path, project):
    entry = project / "corpus" / "catalog" / "hubei-social-credit-information-regulation-2017.yaml"
    before = entry.read_text(encoding="utf-8")
    served = {"page": html_page("gb18030")}
    client = httpx.Client(transport=httpx.MockTransport(
        lambda request: httpx.Response(200, content=served["page"], headers={"content-type": "text/html; charset=gb18030"})))
    sources = tmp_path / "sources"
    [result] = fetch(["hubei-social-credit-information-regulation-2017"], sources, client=client)
    saved = (sources / "zh" / "hubei-social-credit-information-regulation-2017.md").read_text(encoding="utf-8")
    assert "<!-- INFO END -->" in saved and "第二条 本办法所称测试文件" in saved
    after = entry.read_text(encoding="utf-8")
    assert f"sha256: {result['sha256']}" in after
    assert after.replace(after[after.index("text:"):after.index("summary:")], "") == \
        before.replace(before[before.index("text:"):before.index("summary:")], "")  # nothing else changed
    served["page"] = served["page"].replace("测试文件".encode("gb18030"), "检验文件".encode("gb18030"))
    with pytest.raises(XinyongError) as caught:
        fetch(["hubei-social-credit-information-regulation-2017"], sources, client=client)
    assert caught.value.code == "E041"
    assert (sources / "zh" / "hubei-social-credit-information-regulation-2017.md").read_text(encoding="utf-8") == saved
    fetch(["hubei-social-credit-information-regulation-2017"], sources, force=True, client=client)
    assert "检验文件" in (sources / "zh" / "hubei-social-credit-information-regulation-2017.md").read_text(encoding="utf-8")


def test_add_ingests_a_big5_file_as_a_new_catalog_entry(tmp_path, project):
    from xinyong.catalog import load_catalog
    from xinyong.structure import parse_file

    original = "測試辦法\n第一條 為了規範測試文件的管理，制定本辦法。\n第二條 本辦法自發布之日起施行。\n" * 2
    path = tmp_path / "notice.txt"
    path.write_bytes(original.encode("big5"))
    result = add(str(path), "test-notice-2026", "notice", "central", tmp_path / "sources", issuers=["ndrc"])
    assert result["encoding"].replace("_", "").lower() in ("big5", "cp950", "big5hkscs")
    assert load_catalog()["test-notice-2026"]["text"]["sha256"] == result["sha256"]
    stored = (tmp_path / "sources" / "zh" / "test-notice-2026.md").read_text(encoding="utf-8")
    assert "第一條" in stored  # the original characters are kept
    document = parse_file(tmp_path / "sources" / "zh" / "test-notice-2026.md")
    assert [u.id for u in document.units if u.kind == "article"][:2] == ["art-1", "art-2"]


def test_store_refuses_to_replace_a_different_text(tmp_path):
    store("a", "# 甲\n\n<!-- INFO END -->\n\n第一条 甲。\n", tmp_path)
    with pytest.raises(XinyongError):
        store("a", "# 甲\n\n<!-- INFO END -->\n\n第一条 乙。\n", tmp_path)
    assert "第一条 甲" in (tmp_path / "zh" / "a.md").read_text(encoding="utf-8")

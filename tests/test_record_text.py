"""`add --attach` and `fetch` set a catalog entry's `text` field with the YAML library, leaving
every other line of the entry (comments, field order, wrapping) as it was."""
from __future__ import annotations

import shutil

import yaml

from xinyong.catalog import load_entry
from xinyong.fetch import record_text
from xinyong.locations import corpus_dir

ENTRY = "spc-high-consumption-restrictions-2010"


def test_the_text_block_is_replaced_and_nothing_else(tmp_path):
    path = tmp_path / f"{ENTRY}.yaml"
    shutil.copy(corpus_dir() / "catalog" / f"{ENTRY}.yaml", path)
    original = path.read_text(encoding="utf-8")
    # a comment of ours above the block and one after it must survive
    path.write_text("# checked against the court's gazette\n" + original.replace("text:\n", "# the stored text\ntext:\n")
                    + "# end of entry\n", encoding="utf-8")
    before = path.read_text(encoding="utf-8").splitlines()
    record_text(path, "zh/renamed.md", "ab" * 32)
    after = path.read_text(encoding="utf-8").splitlines()
    assert [line for line in after if line not in before] == ["  file: zh/renamed.md", "  sha256: " + "ab" * 32]
    assert len(after) == len(before)
    assert "# the stored text" in after and after[0].startswith("# checked") and after[-1] == "# end of entry"
    entry, problems = load_entry(path)
    assert not problems
    assert entry["text"] == {"file": "zh/renamed.md", "sha256": "ab" * 32}
    assert {k: v for k, v in entry.items() if k not in ("text", "_lines")} == \
        {k: v for k, v in yaml.safe_load(original).items() if k != "text"}


def test_values_that_need_quoting_read_back_as_written(tmp_path):
    path = tmp_path / f"{ENTRY}.yaml"
    shutil.copy(corpus_dir() / "catalog" / f"{ENTRY}.yaml", path)
    odd = "zh/notice: 2019 #3.md"  # an f-string block would read back as a mapping and a comment
    digits = "0123456789" * 6 + "0123"  # a hash of digits only: unquoted, YAML reads a number
    record_text(path, odd, digits)
    assert yaml.safe_load(path.read_text(encoding="utf-8"))["text"] == {"file": odd, "sha256": digits}


def test_an_entry_without_a_text_field_gets_one_at_the_end(tmp_path):
    path = tmp_path / "entry.yaml"
    path.write_text("id: x\n# no text yet\ntitle_en: X\n", encoding="utf-8")
    record_text(path, "zh/x.md", "a" * 64)
    assert path.read_text(encoding="utf-8") == f"id: x\n# no text yet\ntitle_en: X\ntext:\n  file: zh/x.md\n  sha256: {'a' * 64}\n"

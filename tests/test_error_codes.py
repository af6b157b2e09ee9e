"""Error codes are names a test checks (as spaCy's errors.py): every code the code raises or
reports is defined in errors.Errors, and every defined code is raised somewhere."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from xinyong.cli import main
from xinyong.errors import Errors, ProblemList, XinyongError

PACKAGE = Path(__file__).resolve().parent.parent / "analysis" / "xinyong"
CODE = re.compile(r"E\d{3}")


def used_codes() -> dict[str, list[str]]:
    """Code -> the places (file:line) that use it: a string literal that is exactly a code (passed
    to XinyongError, kept in a warning list, ...) or an attribute `Errors.Exxx`."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE.fullmatch(node.value):
                code = node.value
            elif isinstance(node, ast.Attribute) and CODE.fullmatch(node.attr) and \
                    isinstance(node.value, ast.Name) and node.value.id == "Errors":
                code = node.attr
            else:
                continue
            found.setdefault(code, []).append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def defined_codes() -> set[str]:
    return {name for name in vars(Errors) if CODE.fullmatch(name)}


def test_the_collector_sees_the_codes_of_the_real_code():
    used = used_codes()
    # three kinds of use, checked on known places: a raise, a message looked up, a code kept as data
    assert any(place.startswith("catalog.py") for place in used["E030"])
    assert any(place.startswith("annotate/gold.py") for place in used["E051"])
    assert len(used) > 60


def test_every_code_used_is_defined():
    undefined = {code: places for code, places in used_codes().items() if code not in defined_codes()}
    assert not undefined, f"codes used but not defined in errors.Errors: {undefined}"


def test_every_defined_code_is_used():
    unused = sorted(defined_codes() - set(used_codes()))
    assert not unused, f"codes defined in errors.Errors but never raised: {unused}"


def test_every_message_renders_with_the_fields_its_raises_give():
    # a template's fields are filled by keyword: a raise that forgets one would crash on render
    for code in defined_codes():
        template = getattr(Errors, code)
        fields = {name: "x" for name in re.findall(r"{(\w+)}", template)}
        assert XinyongError(code, path="f.yaml", line=3, **fields).render().startswith(f"{code} f.yaml:3: ")


def test_an_empty_problem_list_is_a_programming_error_not_a_message():
    with pytest.raises(ValueError):
        ProblemList([])
    listed = ProblemList([XinyongError("E030", doc="a"), XinyongError("E044", doc="b")])
    assert listed.code == "E030" and listed.render().count("\n") == 1


def test_attaching_a_text_to_an_unknown_entry_says_how_to_add_it(project, sources, tmp_path):
    store = tmp_path / "store"
    store.mkdir()
    catalog_before = sorted(p.name for p in (project / "corpus" / "catalog").iterdir())
    result = CliRunner().invoke(main, ["add", str(sources / "zh" / "spc-high-consumption-restrictions-2010.md"),
                                       "--id", "no-such-entry-2020", "--attach", "--sources", str(store)])
    assert result.exit_code == 2, result.output
    assert "E044" in result.output and "Leave out --attach" in result.output and "Traceback" not in result.output
    assert sorted(p.name for p in (project / "corpus" / "catalog").iterdir()) == catalog_before
    assert not (store / "zh").exists()


def test_the_evidence_index_is_not_built_without_annotations(tmp_path, sources):
    from xinyong.evidence import load_index

    with pytest.raises(XinyongError) as raised:
        load_index(sources, tmp_path, cache=False)
    assert raised.value.code == "E053" and str(tmp_path / "annotations") in raised.value.render()

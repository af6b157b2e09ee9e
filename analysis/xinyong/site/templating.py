"""Jinja2 templates for the site's pages (site/templates/), rendered with autoescape on.

Templates are written one element per line for reading; the loader joins the lines (see
`join_lines`), so that the pages come out as the raw HTML blocks Markdown needs: no blank line
inside a block, one block part per output line.
"""
from __future__ import annotations

import html
import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import BaseLoader, Environment, TemplateNotFound
from markupsafe import Markup

# A line break in a template becomes a space, except after a tag, a statement or a comment and
# before a closing tag, a statement or a comment; an empty line becomes a line break of the output
# (between the parts of a raw HTML block).
_TIGHT_END = (">", "%}", "#}")
_TIGHT_START = ("</", "{%", "{#")
BLANK_LINES = re.compile(r"\n{2,}")
# Beside the code (site/templates in the repository), not in the project root: a project copy that
# holds only the corpus still renders its pages.
TEMPLATES = Path(__file__).resolve().parents[3] / "site" / "templates"


def join_lines(source: str) -> str:
    """The template source with its layout removed (see the module docstring)."""
    out: list[str] = []
    previous = ""
    for raw in source.splitlines():
        line = raw.strip()
        if not line:
            if out and out[-1] != "\n":
                out.append("\n")
            previous = ""
            continue
        if previous and not previous.endswith(_TIGHT_END) and not line.startswith(_TIGHT_START):
            out.append(" ")
        out.append(line)
        previous = line
    return "".join(out).strip("\n")


class JoinedLinesLoader(BaseLoader):
    """Loads site/templates/NAME with its lines joined."""

    def get_source(self, environment: Environment, template: str) -> tuple[str, str, Any]:
        path = TEMPLATES / template
        if not path.is_file():
            raise TemplateNotFound(template)
        mtime = path.stat().st_mtime
        return join_lines(path.read_text(encoding="utf-8")), str(path), lambda: path.stat().st_mtime == mtime


def _escaped(value: Any) -> Any:
    """Every printed value, escaped unless it is already markup. html.escape's entities
    (&#x27;, &quot;) rather than MarkupSafe's, so that the pages stay byte-identical with the
    builds before the templates; autoescape stays on behind it."""
    if value is None:
        return ""
    if hasattr(value, "__html__"):
        return value
    return Markup(html.escape(str(value), quote=True))


def _join(values: Any, separator: str = "") -> Markup:
    """Jinja's join, escaping its items as `_escaped` does (the separator is template text)."""
    return Markup(separator).join(_escaped(v) for v in values)


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=JoinedLinesLoader(), autoescape=True, finalize=_escaped)
    env.filters["e"] = env.filters["escape"] = _escaped
    env.filters["join"] = _join
    return env


def render(template: str, **context: Any) -> str:
    """The template rendered with `context` (values are escaped unless they are Markup), as a raw
    HTML block for Markdown: one part per line, no blank line inside (an empty part leaves none)."""
    return BLANK_LINES.sub("\n", environment().get_template(template).render(**context)).strip("\n") + "\n"


def render_macro(template: str, macro: str, *args: Any, **kwargs: Any) -> str:
    """One macro of a template (a section of a page) rendered as `render` renders a page."""
    module = environment().get_template(template).make_module({"zip": zip})
    return BLANK_LINES.sub("\n", str(getattr(module, macro)(*args, **kwargs))).strip("\n") + "\n"


def markup(value: str) -> Markup:
    """HTML built in Python (by `html.tag` or a view module) passed into a template as it is."""
    return Markup(value)


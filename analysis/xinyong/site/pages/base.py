"""What every page module shares: the Page, links between pages, and the page registry from which
the navigation and the home page's ways in are made."""
from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from ..html import esc

if TYPE_CHECKING:
    from .builder import SiteBuilder


@dataclass
class Page:
    path: str  # relative to the docs folder, e.g. docs/planning-outline-2014.md
    title: str
    body: str
    meta: dict[str, Any] = field(default_factory=dict)

    def render(self) -> str:
        # MkDocs and the theme print the title and meta values into HTML without escaping them.
        front = {"title": esc(self.title), **{k: esc(v) for k, v in self.meta.items()}}
        # JSON is valid YAML and quotes everything safely
        lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in front.items()]
        return "---\n" + "\n".join(lines) + "\n---\n\n" + self.body.rstrip() + "\n"


def href(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """A relative link between two generated pages (by their .md paths) as built .html files."""
    target = re.sub(r"\.md$", ".html", to_page)
    source_dir = posixpath.dirname(from_page)
    link = posixpath.relpath(target, source_dir or ".")
    return link + (f"#{anchor}" if anchor else "")


def html_block(*parts: str) -> str:
    """A raw HTML block for Markdown: one element per line, no blank lines inside."""
    return "\n".join(p.replace("\n\n", "\n") for p in parts if p) + "\n"


@dataclass(frozen=True)
class WayIn:
    """A card under "Start here" on the home page."""
    title: str
    text: str
    order: int


@dataclass(frozen=True)
class PageType:
    """A registered page type.

    name (str): the page module's name (e.g. "catalog").
    build (Callable): SiteBuilder -> the pages of this type.
    path (str | None): the page's path in the docs folder; None for a family of pages (documents).
    nav_title (str | None): its title in the navigation (None: the page's own title).
    section (str | None): the navigation section it is listed under (None: top level).
    order (float): its place in the navigation.
    way_in (WayIn | None): its card on the home page.
    """
    name: str
    build: Callable[[SiteBuilder], list[Page]]
    path: str | None = None
    nav_title: str | None = None
    section: str | None = None
    order: float = 0
    way_in: WayIn | None = None


REGISTRY: dict[str, PageType] = {}


def register(name: str, path: str | None = None, nav_title: str | None = None, section: str | None = None,
             order: float = 0, way_in: WayIn | None = None) -> Callable[[Callable], Callable]:
    """Register a page builder (a function SiteBuilder -> Page or list of Pages) under `name`."""
    def decorator(function: Callable[[SiteBuilder], Page | list[Page]]) -> Callable:
        def build(site: SiteBuilder) -> list[Page]:
            built = function(site)
            return built if isinstance(built, list) else [built]

        REGISTRY[name] = PageType(name, build, path, nav_title, section, order, way_in)
        return function
    return decorator


def navigation() -> list[dict[str, Any]]:
    """MkDocs' nav from the registry: top-level pages as {title: path}, sections as {section: [paths]}."""
    nav: list[dict[str, Any]] = []
    sections: dict[str, list[str]] = {}
    for page_type in sorted(REGISTRY.values(), key=lambda p: p.order):
        if page_type.path is None:
            continue
        if page_type.section is None:
            nav.append({page_type.nav_title: page_type.path})
        elif page_type.section in sections:
            sections[page_type.section].append(page_type.path)
        else:
            sections[page_type.section] = [page_type.path]
            nav.append({page_type.section: sections[page_type.section]})
    return nav


def ways_in(from_page: str) -> list[tuple[str, str, str]]:
    """The home page's cards: (title, link from `from_page`, text), in their order."""
    cards = sorted((p for p in REGISTRY.values() if p.way_in and p.path), key=lambda p: p.way_in.order)
    return [(p.way_in.title, href(from_page, p.path), p.way_in.text) for p in cards]

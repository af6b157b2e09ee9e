"""A link and anchor checker for the built site: every local link (href or src) must lead to a file
of the site and, when it names an anchor, to an element with that id."""
from __future__ import annotations

import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

LINK_ATTRIBUTES = {"a": "href", "link": "href", "img": "src", "script": "src", "iframe": "src", "source": "src"}


class _Page(HTMLParser):
    """Collects a page's ids and local links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if values.get("name") and tag == "a":
            self.ids.add(values["name"] or "")
        attribute = LINK_ATTRIBUTES.get(tag)
        if attribute and values.get(attribute):
            self.links.append(values[attribute] or "")


def broken_links(site: Path, base_path: str | None = None) -> list[tuple[str, str, str]]:
    """Check every HTML page of `site`.

    site (Path): the built site folder.
    base_path (str | None): the path of the site's address ("/xinyong/" for
        https://host/xinyong/), which root-relative links (the 404 page's) start with; default: the
        path of the configured site_url.
    RETURNS (list[tuple[str, str, str]]): (page, link, problem) for each broken local link, where
        problem is "missing file" or "missing anchor".
    """
    if base_path is None:
        from ..citation import site_url

        base_path = urlsplit(site_url()).path or "/"
    base_path = "/" + base_path.strip("/") + "/" if base_path.strip("/") else "/"
    pages = {p.relative_to(site).as_posix(): p for p in sorted(site.rglob("*.html"))}
    parsed: dict[str, _Page] = {}

    def page(path: str) -> _Page:
        if path not in parsed:
            parser = _Page()
            parser.feed(pages[path].read_text(encoding="utf-8"))
            parsed[path] = parser
        return parsed[path]

    broken = []
    for source in pages:
        for link in page(source).links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("#!", "mailto:", "javascript:")):
                continue  # another host (checked in the browser: no request leaves the site)
            if not parts.path:
                target = source
            elif parts.path.startswith("/"):  # from the site's root (the 404 page, served anywhere)
                path = unquote(parts.path)
                if not path.startswith(base_path):
                    broken.append((source, link, "outside the site's address"))
                    continue
                target = posixpath.normpath(path[len(base_path):] or "index.html")
            else:
                target = posixpath.normpath(posixpath.join(posixpath.dirname(source), unquote(parts.path)))
            if target.endswith("/") or (site / target).is_dir():
                target = posixpath.join(target, "index.html")
            if not (site / target).is_file():
                broken.append((source, link, "missing file"))
            elif parts.fragment and target in pages and unquote(parts.fragment) not in page(target).ids:
                broken.append((source, link, "missing anchor"))
    return broken

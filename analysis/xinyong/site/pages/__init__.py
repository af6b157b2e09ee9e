"""The site's pages: one module per page type, each registering itself (see base.register), with
its prose and HTML in a Jinja2 template under site/templates/. A new page is one module here (added
to the import below) plus its template."""
from __future__ import annotations

# Importing a page module registers its page type.
from . import (analyses, catalog, claims, concordance, document, downloads, evidence, glossary,  # noqa: F401
               home, methodology, sanctions)
from .base import REGISTRY, Page, PageType, WayIn, href, html_block, navigation, register, ways_in
from .builder import SiteBuilder

__all__ = ["REGISTRY", "Page", "PageType", "SiteBuilder", "WayIn", "href", "html_block", "navigation", "register",
           "ways_in"]

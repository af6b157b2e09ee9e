"""The site's pages: one module per page type, each registering itself (see base.register), with
its prose and HTML in a Jinja2 template under site/templates/. A new page is one module in this
folder plus its template: every module here is imported, and importing a page module registers it."""
from __future__ import annotations

import importlib
import pkgutil

from .base import REGISTRY, Page, PageType, WayIn, href, html_block, navigation, register, ways_in
from .builder import SiteBuilder

for _module in sorted(m.name for m in pkgutil.iter_modules(__path__)):
    importlib.import_module(f"{__name__}.{_module}")

__all__ = ["REGISTRY", "Page", "PageType", "SiteBuilder", "WayIn", "href", "html_block", "navigation", "register",
           "ways_in"]

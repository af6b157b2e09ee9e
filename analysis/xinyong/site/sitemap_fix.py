"""Instant navigation wherever the site is served.

Material's instant navigation (which keeps the search index loaded from page to page instead of
fetching its 2.4 MB again on every page) only follows links that are listed in sitemap.xml. The
sitemap lists the published addresses (site_url), and the theme rebases them onto the address the
page was loaded from by changing only the protocol and host: served from another path or port
(a local copy, a mirror, `python -m http.server`) no link matches and every page loads in full.
The built bundle is patched so that a sitemap address under site_url is taken relative to the
site's root as served. A second patch: on each page the theme makes every relative href absolute by
assigning it to itself, which throws on the links inside our inline SVG drawings (an SVG link's
href is read-only) and stops the page's scripts; it now skips what it cannot assign.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

from ..outputs import write_atomic

# The theme's rebasing function in the minified bundle (Material 9.x): protocol and host only.
REBASE = re.compile(r"function (\w+)\((\w),(\w)\)\{return \2\.protocol=\3\.protocol,\2\.hostname=\3\.hostname,\2\}")
MARKER = "/*xinyong-sitemap*/"
# The theme's href rewriting: `element[attribute] = element[attribute]`, for strings only after the patch.
SELF_ASSIGN = re.compile(r"\{(\w)\[(\w)\]=\1\[\2\];break\}")


def patch_sitemap_rebase(site: Path, site_url: str) -> bool:
    """Patch the built theme bundle(s) under `site` to rebase sitemap addresses under `site_url`.

    site (Path): the built site folder.
    site_url (str): the published address the sitemap lists (ends with "/").
    RETURNS (bool): True when the bundle was patched (or already was); False when the theme no
        longer has both pieces of code we know, in which case it is left as it is.
    """
    patched = False
    prefix = json.dumps(site_url.rstrip("/") + "/")
    for bundle in sorted((site / "assets" / "javascripts").glob("bundle.*.min.js")):
        text = bundle.read_text(encoding="utf-8")
        if MARKER in text:
            patched = True
            continue

        def rebased(match: re.Match) -> str:
            name, url, base = match.groups()
            return (f"function {name}({url},{base}){{{MARKER}var p={prefix};"
                    f"if({url}.href.indexOf(p)===0)return new URL({url}.href.slice(p.length),{base});"
                    f"return {url}.protocol={base}.protocol,{url}.hostname={base}.hostname,{url}}}")

        text, count = REBASE.subn(rebased, text, count=1)
        text, assigns = SELF_ASSIGN.subn(lambda m: '{typeof %s[%s]=="string"&&(%s[%s]=%s[%s]);break}' % (
            m[1], m[2], m[1], m[2], m[1], m[2]), text, count=1)
        if count and assigns:
            write_atomic(bundle, text)
            patched = True
    return patched

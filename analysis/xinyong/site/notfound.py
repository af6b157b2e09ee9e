"""A 404 page that is styled wherever it is served.

MkDocs writes the 404 page with absolute addresses under the path of site_url (/xinyong/...),
because a server shows it at any depth. Served from another root (a local copy, a mirror, a
preview) those addresses miss and the page shows unstyled. The built page is rewritten to use
addresses relative to a <base> that a small inline script sets before anything loads: the
folder of 404.html when it is opened by its own name, the site_url path when the address is
under it, else the server's root.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from ..outputs import write_atomic

MARKER = "<!--xinyong-404-->"
RESOURCE = re.compile(r'<link rel="stylesheet" href="(?!https?:|/)[^"]*">|<script src="(?!https?:|/)[^"]*"></script>')


def root_script(prefix: str) -> str:
    """The inline script that writes the <base> (it must run before the stylesheets load)."""
    return (MARKER + "<script>(function(){var p=location.pathname,b=" + json.dumps(prefix) + ";"
            "var r=/\\/404\\.html$/.test(p)?p.replace(/404\\.html$/,''):p.indexOf(b)===0?b:'/';"
            "window.__xyRoot=r;document.write('<base href=\"'+r+'\">');})();</script>")


CONFIG_SCRIPT = ("<script>(function(){var c=document.getElementById('__config');if(!c)return;"
                 "var j=JSON.parse(c.textContent);j.base=window.__xyRoot;j.search=window.__xyRoot+j.search;"
                 "c.textContent=JSON.stringify(j);})();</script>")


def written_by_script(element: str) -> str:
    """An element the page writes with document.write (so that it resolves against the <base>)."""
    return "<script>document.write(" + json.dumps(element).replace("</", "<\\/") + ")</script>"


def make_404_portable(site: Path, site_url: str) -> bool:
    """Rewrite site/404.html as described above. RETURNS (bool): True when the page was rewritten
    (or already was); False when there is no 404 page or site_url has no path to rebase."""
    page = site / "404.html"
    prefix = urlsplit(site_url).path or "/"
    prefix = prefix if prefix.endswith("/") else prefix + "/"
    if not page.is_file():
        return False
    text = page.read_text(encoding="utf-8")
    if MARKER in text:
        return True
    # Attribute values and the theme's configuration under the site's path become relative.
    text = re.sub(r'(\b(?:href|src)=")' + re.escape(prefix), r"\1", text)
    text = text.replace(f'"base": "{prefix}"', '"base": ""').replace(f'"search": "{prefix}', '"search": "')
    text = text.replace(f'new URL("{prefix}",location)', 'new URL(window.__xyRoot,location)')
    # Written by script after the <base>: the browser's preload scanner would fetch markup
    # addresses against the page's own folder first, which 404s at any depth.
    text = RESOURCE.sub(lambda match: written_by_script(match.group(0)), text)
    charset = '<meta charset="utf-8">'
    text = text.replace(charset, charset + root_script(prefix), 1) if charset in text else \
        text.replace("<head>", "<head>" + root_script(prefix), 1)
    text = re.sub(r'(<script id="__config" type="application/json">.*?</script>)', lambda m: m.group(1) + CONFIG_SCRIPT,
                  text, count=1, flags=re.S)
    write_atomic(page, text)
    return True

"""The built site served on 127.0.0.1 and a real browser (Debian Chromium driven by Playwright): the
session fixtures every browser test shares (site, server, browser, page). They are registered once, in
conftest.py, so that the site is built and the browser started once per test session however many test
modules use them (a second session fixture instance would start a second Playwright in the same process).

The site is built from a copy of the corpus with one injected test document whose catalog fields
and digest contain <script> and Markdown/HTML injection."""
from __future__ import annotations

import functools
import http.server
import os
import threading
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
INJECTED = "injection-test-2026"
SCRIPT = "<script>window.__xinyongInjected = 1</script>"

CATALOG_ENTRY = f"""\
id: {INJECTED}
title_zh: "测试文件{SCRIPT}"
title_en: "Injection test <img src=x onerror=window.__xinyongInjected=2> **bold** [link](javascript:alert(1))"
doc_number: null
issuers: [state-council]
type: notice
level: central
region: null
date_issued: "2026-01-01"
date_published: null
date_effective: null
date_repealed: null
status: unknown
relations: []
source_url: null
translations: []
text: null
summary: "A document written for the tests {SCRIPT} with <b>markup</b> and a [Markdown link](javascript:alert(1))."
verified_against:
  - source: "javascript:alert(1)"
    facts: [title_zh]
"""

DIGEST = f"""\
---
source: {INJECTED}
kind: digest
title: Injection test
author: Xinyong contributors
license: CC-BY-4.0
date: 2026-11-28
note: A digest written for the tests.
---

# Digest: Injection test

## 1 A section with {SCRIPT}

This paragraph carries {SCRIPT} and <iframe src="http://example.org/"></iframe> and ![x](http://example.org/x.png) and joint punishment.
"""


def site_path(href: str, server: str) -> str:
    """A link's address inside the site. The theme's instant navigation makes every relative href
    absolute once the page has loaded."""
    return href[len(server) + 1:] if href.startswith(server + "/") else href


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """Build the site from a copy of the project with the injected document."""
    from conftest import ROOT, copy_project, run_full_build

    root = tmp_path_factory.mktemp("injected")
    copy_project(root, with_site=True)
    (root / "corpus" / "catalog" / f"{INJECTED}.yaml").write_text(CATALOG_ENTRY, encoding="utf-8")
    (root / "corpus" / "digests" / f"{INJECTED}.md").write_text(DIGEST, encoding="utf-8")
    previous = os.environ.get("XINYONG_ROOT")
    os.environ["XINYONG_ROOT"] = str(root)
    try:
        run_full_build(root / "build")
    finally:
        os.environ["XINYONG_ROOT"] = previous or str(ROOT)
    return root / "build" / "site"


@pytest.fixture(scope="session")
def server(site):
    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed: run scripts/ensure-chromium (make test does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True,
            args=["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context()
    page = context.new_page()
    page.console_errors = []
    page.outside_requests = []
    page.on("console", lambda message: page.console_errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    page.on("request", lambda request: page.outside_requests.append(request.url)
            if not request.url.startswith(("http://127.0.0.1", "data:", "blob:")) else None)
    yield page
    context.close()

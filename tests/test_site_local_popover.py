"""The popover of a local body (AGENCY local:...) on a built document page, in a real browser: hovered
and focused, on a desktop and a phone viewport (the site and browser fixtures: site_browser.py, via conftest.py)."""
from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.build, pytest.mark.needs_sources]

PAGE = "docs/shenzhen-social-credit-regulation-2022.html"
# art-5.p2 names the municipal market regulation department in both columns
GLOSS = "market regulation department / 市场监管部门 (municipal / 市级; local body, not a national agency)"


def test_a_local_body_shows_its_gloss_on_hover_and_on_focus(page, server):
    page.goto(f"{server}/{PAGE}")
    popover = page.locator("#xy-gloss-popover")
    for column in ("xy-zh", "xy-en"):
        body = page.locator(f"#art-5\\.p2 .{column} .xy-agency").first
        body.hover()
        assert popover.is_visible()
        assert popover.inner_text().splitlines()[0] == GLOSS
        page.mouse.move(0, 0)
        assert not popover.is_visible()
    # the part of the body that is also a glossary term takes the keyboard focus: both glosses show
    term = page.locator("#art-5\\.p2 .xy-zh .xy-agency.xy-term").first
    term.focus()
    lines = popover.inner_text().splitlines()
    assert lines[0] == GLOSS and any(line.startswith("市场监管 shìchǎng jiānguǎn") for line in lines)
    page.keyboard.press("Escape")
    assert not popover.is_visible()
    assert page.console_errors == [] and page.outside_requests == []


@pytest.mark.parametrize("width, height", [(1440, 900), (390, 844)])
def test_a_local_popover_stays_inside_the_viewport(browser, server, width, height):
    context = browser.new_context(viewport={"width": width, "height": height})
    tab = context.new_page()
    errors, outside = [], []
    tab.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.on("request", lambda request: outside.append(request.url)
           if not request.url.startswith(("http://127.0.0.1", "data:", "blob:")) else None)
    tab.goto(f"{server}/{PAGE}")
    body = tab.locator("#art-5\\.p2 .xy-en .xy-agency").first
    body.scroll_into_view_if_needed()
    body.hover()
    popover = tab.locator("#xy-gloss-popover")
    assert popover.is_visible() and GLOSS in popover.inner_text()
    box = popover.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= width
    assert tab.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    assert errors == [] and outside == []
    context.close()

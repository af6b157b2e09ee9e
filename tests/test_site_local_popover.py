"""The popover of a local body (AGENCY local:...) on a built document page, in a real browser: hovered
and focused, on a desktop and a phone viewport (the site and browser fixtures: site_browser.py, via conftest.py)."""
from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.build, pytest.mark.needs_sources]

PAGE = "docs/shenzhen-social-credit-regulation-2022.html"
# art-5.p2 names the municipal market regulation department in both columns: the Chinese level word as the
# text writes it (市), the English level by the table's names
GLOSSES = {"xy-zh": "market regulation department / 市场监管部门 (municipal / 市; local body, not a national agency)",
           "xy-en": "market regulation department / 市场监管部门 (municipal / 市级; local body, not a national agency)"}
GLOSS = GLOSSES["xy-en"]


def test_a_local_body_shows_its_gloss_on_hover_and_on_focus(page, server):
    page.goto(f"{server}/{PAGE}")
    popover = page.locator("#xy-gloss-popover")
    for column in ("xy-zh", "xy-en"):
        body = page.locator(f"#art-5\\.p2 .{column} .xy-agency").first
        body.hover()
        assert popover.is_visible()
        assert popover.inner_text().splitlines()[0] == GLOSSES[column]
        page.mouse.move(0, 0)
        assert not popover.is_visible()
    # the part of the body that is also a glossary term takes the keyboard focus: both glosses show
    term = page.locator("#art-5\\.p2 .xy-zh .xy-agency.xy-term").first
    term.focus()
    lines = popover.inner_text().splitlines()
    assert lines[0] == GLOSSES["xy-zh"] and any(line.startswith("市场监管 shìchǎng jiānguǎn") for line in lines)
    page.keyboard.press("Escape")
    assert not popover.is_visible()
    # the part that is no glossary term (市 before 市场监管) is reached with Tab from the element before it,
    # shows its gloss on focus, and Enter toggles it like a term's
    level = page.locator("#art-5\\.p2 .xy-zh .xy-agency:not(.xy-term)").first
    assert level.get_attribute("tabindex") == "0" and level.get_attribute("role") == "button"
    level.evaluate("""node => {
        const stops = [...document.querySelectorAll("a[href], button, input, [tabindex='0']")];
        stops[stops.indexOf(node) - 1].focus();
    }""")
    page.keyboard.press("Tab")
    assert level.evaluate("node => node === document.activeElement")
    assert popover.is_visible() and popover.inner_text().splitlines()[0] == GLOSSES["xy-zh"]
    page.keyboard.press("Enter")
    assert not popover.is_visible()
    page.keyboard.press("Enter")
    assert popover.is_visible()
    page.keyboard.press("Escape")
    assert not popover.is_visible()
    # in the English column, where no part of the body is a glossary term
    body = page.locator("#art-5\\.p2 .xy-en .xy-agency").first
    body.focus()
    assert popover.is_visible() and popover.inner_text().splitlines()[0] == GLOSSES["xy-en"]
    page.keyboard.press("Escape")
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

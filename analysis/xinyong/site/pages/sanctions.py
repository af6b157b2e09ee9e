"""The "Sanctions" page (what can happen to a listed person?) and the sanctions figures on the
methodology page. It reads the sanctions records and the hand check only."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...datafiles import load_yaml
from ...locations import corpus_dir
from ...sanctions import CHECKED_FIELDS, check_precision, sanction_records
from ..templating import render_macro
from .base import Page, href, register

if TYPE_CHECKING:
    from .builder import SiteBuilder

PAGE = "sanctions.md"
FILTERS = (("kind", "measure_kind"), ("measure", "measure"), ("target", "party_type"), ("force", "force"),
           ("doc", "doc"), ("lang", "lang"), ("source", "source_kind"))
FIELD_NAMES = {"measure": "Measure type", "party": "Sanctioned party", "trigger": "Trigger",
               "authority": "Imposing authority", "force": "Deontic force"}
GOALS = {"measure": 0.95, "party": 0.95, "trigger": 0.90, "authority": 0.90}


@register("sanctions", PAGE, nav_title="Sanctions", order=50)
def sanctions_page(site: SiteBuilder) -> Page:
    """A filterable table of every sanctions record, each row linking to its clause."""
    records = sanction_records(site.data)
    rows: list[dict[str, Any]] = [{**r, "link": href(PAGE, site.doc_page(r["doc"]), r["unit"]),
                                   "data": [(name, r[key] or "") for name, key in FILTERS]} for r in records]
    filters = [(name, sorted({str(r[key]) for r in records if r[key]})) for name, key in FILTERS]
    counts = {kind: sum(1 for r in records if r["source_kind"] == kind) for kind in ("text", "digest")}
    return Page(PAGE, "Sanctions", render_macro("sanctions.html", "page", rows, filters, counts, site.measures))


def sanctions_quality() -> str:
    """The methodology section: precision per field from the hand check of the seeded sample."""
    check_file = corpus_dir() / "gold" / "sanctions-check.yaml"
    if not check_file.is_file():
        return render_macro("sanctions.html", "quality", None, CHECKED_FIELDS, FIELD_NAMES, GOALS, None)
    return render_macro("sanctions.html", "quality", check_precision(), CHECKED_FIELDS, FIELD_NAMES, GOALS,
                        load_yaml(check_file).data)

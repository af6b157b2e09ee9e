"""`xinyong site`: generate the pages into build/site-src and build the MkDocs site into build/site."""
from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

import yaml

from .. import citation
from ..analyze.concordance import search_forms
from ..analyze.data import AnnotatedCorpus
from ..corpus import Corpus, load_corpus
from ..locations import build_dir, repo_root
from ..outputs import write_atomic
from .pages import SiteBuilder, navigation
from .search_fix import patch_search_worker
from .notfound import make_404_portable
from .sitemap_fix import patch_sitemap_rebase

# The navigation comes from the page registry: each page module registers its path, title,
# section and place (see pages/base.py).
NAV = navigation()


def source_date_epoch(corpus: Corpus) -> int:
    """A build date taken from the inputs (the newest date in the catalog or the translations),
    so that the same inputs give the same sitemap."""
    import datetime as dt

    dates = [e.get(k) for e in corpus.catalog for k in ("date_issued", "date_published", "date_effective")]
    dates += [str(d.meta.get("date")) for d in corpus.translations.values()]
    full = sorted(d for d in dates if d and len(str(d)) == 10)
    newest = dt.date.fromisoformat(full[-1]) if full else dt.date(2026, 1, 1)
    return int(dt.datetime(newest.year, newest.month, newest.day, tzinfo=dt.timezone.utc).timestamp())


def write_sources(builder: SiteBuilder, docs: Path, out: Path) -> None:
    """The Markdown pages, our assets, the analysis files and the data package into `docs`."""
    if docs.exists():
        shutil.rmtree(docs)
    for page in builder.build():
        write_atomic(docs / page.path, page.render())
    assets = repo_root() / "site" / "assets"
    shutil.copytree(assets, docs / "assets")
    analysis = out / "analysis"
    if analysis.is_dir():
        shutil.copytree(analysis, docs / "analysis",
                        ignore=shutil.ignore_patterns("concordance-index.json"))
        index = (analysis / "concordance-index.json").read_text(encoding="utf-8")
        write_atomic(docs / "assets" / "data" / "concordance-index.js",
                     data_script("XINYONG_CONCORDANCE", index.strip()))
    forms = {gid: search_forms(gid, builder.data) for gid in sorted(builder.corpus.glossary)}
    write_atomic(docs / "assets" / "data" / "glossary-forms.js",
                 data_script("XINYONG_GLOSSARY_FORMS", json.dumps(forms, ensure_ascii=False, sort_keys=True)))
    write_atomic(docs / "assets" / "data" / "evidence-index.js", evidence_script(builder))
    data = out / "data"
    if data.is_dir():
        shutil.copytree(data, docs / "data")
    evaluation = out / "evaluation"
    if evaluation.is_dir():
        shutil.copytree(evaluation, docs / "evaluation")


def data_script(name: str, payload: str) -> str:
    """A data file for the browser tools: sets window.NAME and says so (assets/xinyong.js starts a
    tool when its data has arrived, which after an instant navigation can be after the page)."""
    return f"window.{name} = {payload};\ndocument.dispatchEvent(new Event(\"xinyong:data\"));\n"


def evidence_script(builder: SiteBuilder) -> str:
    """The evidence finder's index for the browser (see evidence.browser_index)."""
    from ..evidence import EvidenceIndex, browser_index
    from .pages import href

    index = browser_index(EvidenceIndex(builder.data), lambda doc_id: href("evidence.md", builder.doc_page(doc_id)))
    data = json.dumps(index, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return data_script("XINYONG_EVIDENCE", data)


def mkdocs_config(docs: Path, site: Path, site_url: str | None = None) -> dict[str, Any]:
    base = yaml.safe_load((repo_root() / "site" / "mkdocs.yml").read_text(encoding="utf-8"))
    base["docs_dir"] = str(docs)
    base["site_dir"] = str(site)
    base["site_url"] = citation.site_url(site_url)  # the address the cite boxes and exports use
    base["nav"] = NAV
    base["extra_javascript"] = [*base.get("extra_javascript", []), "assets/concordance.js", "assets/evidence.js"]
    # The search plugin segments Chinese with the process-wide jieba, into which our user
    # dictionary is already loaded (once): giving it `jieba_dict_user` as well would load the words
    # a second time, and jieba adds their frequencies up again, changing the segmentation.
    return base


def build_site(sources: str | Path | None = None, out: Path | None = None,
               site_url: str | None = None) -> dict[str, Any]:
    """Generate the pages and build the static site.

    sources (str | Path | None): the sources directory.
    out (Path | None): the build folder (default build/); the site goes to out/site.
    site_url (str | None): the published address, for absolute permalinks in citations (default:
        $XINYONG_SITE_URL, else `site_url` in site/mkdocs.yml).
    RETURNS (dict): page count, seconds, total size in bytes and the largest page.
    """
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    from ..annotate.pipeline import load_userdict
    from ..locations import corpus_dir

    started = time.perf_counter()
    out = out or build_dir()
    corpus = load_corpus(sources)
    builder = SiteBuilder(AnnotatedCorpus(corpus, out), out, site_url)
    docs = out / "site-src"
    site = out / "site"
    write_sources(builder, docs, out)
    generated = time.perf_counter() - started
    userdict = load_userdict(corpus_dir())
    write_atomic(out / "userdict.txt", userdict.read_text(encoding="utf-8"))  # for other tools
    config_path = out / "mkdocs.yml"
    write_atomic(config_path, yaml.safe_dump(mkdocs_config(docs, site, site_url), allow_unicode=True, sort_keys=False))
    os.environ["SOURCE_DATE_EPOCH"] = str(source_date_epoch(corpus))
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    config = load_config(config_file=str(config_path))
    if site.exists():
        shutil.rmtree(site)
    mkdocs_build(config)
    search_patched = patch_search_worker(site)
    instant_patched = patch_sitemap_rebase(site, config["site_url"])
    make_404_portable(site, config["site_url"])
    pages = sorted(site.rglob("*.html"))
    sizes = {p: p.stat().st_size for p in site.rglob("*") if p.is_file()}
    largest = max(pages, key=lambda p: p.stat().st_size) if pages else None
    return {"pages": len(pages), "generate_seconds": round(generated, 2),
            "seconds": round(time.perf_counter() - started, 2), "bytes": sum(sizes.values()),
            "largest_page": str(largest.relative_to(site)) if largest else None,
            "largest_page_bytes": largest.stat().st_size if largest else 0, "search_worker_patched": search_patched,
            "instant_navigation_patched": instant_patched}

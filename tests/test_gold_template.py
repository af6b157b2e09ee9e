"""`xinyong gold-template` writes YAML that reads back as the gold loader expects."""
from __future__ import annotations

import yaml
from click.testing import CliRunner

from xinyong.cli import main


def test_gold_template_round_trips_through_a_yaml_parser(corpus, sources):
    from xinyong.unit_ids import top_level
    from xinyong.annotate.evaluate import unit_sha

    doc = "spc-high-consumption-restrictions-2010"
    result = CliRunner().invoke(main, ["gold-template", doc, "--lang", "zh", "--articles", "art-3,art-11",
                                       "--sources", str(sources)])
    assert result.exit_code == 0, result.output
    skeleton = yaml.safe_load(result.stdout)
    assert skeleton["doc"] == doc and skeleton["lang"] == "zh" and isinstance(skeleton["glossary_version"], str)
    units = {u.id: u.text for u in corpus.originals[doc].units
             if u.kind != "article" and u.text.strip() and top_level(u.id) in ("art-3", "art-11")}
    assert list(skeleton["units"]) == list(units) and len(units) >= 10
    assert all(entry == {"sha": unit_sha(units[uid]), "spans": []} for uid, entry in skeleton["units"].items())

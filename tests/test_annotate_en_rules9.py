"""English MEASURE kinds found missing on the development batches in session 9 (issue 16), checked on sentences
written for these tests (not gold text): one group per kind, each with wordings of our own."""
from __future__ import annotations

import pytest

from xinyong.annotate.pipeline import annotate_units

pytestmark = pytest.mark.rules_only  # the rules alone: see tests/conftest.py


def measures(text: str) -> list[tuple[str, str | None]]:
    found, _ = annotate_units([("u", text)], "en", "test")
    return [(r["text"], r["norm"]) for r in found if r["label"] == "MEASURE"]


@pytest.mark.parametrize("sentence, measure", [
    # inspections cut by a share; an association expelling members
    ("Trusted shops will see spot checks cut by half.", ("spot checks cut by half", "fewer-inspections")),
    ("Good firms have their random inspections halved.", ("random inspections halved", "fewer-inspections")),
    ("The chamber may expel members that cheat buyers.", ("expel members", "association-sanction")),
    # "have" in any tense, with a long object
    ("A clinic that has had its operating licence revoked may not reopen.", ("operating licence revoked", "license-revocation")),
    ("The nurse shall have her eligibility to provide home care services suspended for six months.",
     ("eligibility to provide home care services suspended", "occupation-restriction")),
    # a post denied by a negated modal: the whole list of posts, the circumstance between commas outside
    ("Its directors shall not, for three years, serve as director, supervisor or manager of any listed company.",
     ("serve as director, supervisor or manager of any listed company", "position-restriction")),
    # nominal changes with an "of" object
    ("(2) a downgrade of the firm's credit rating;", ("downgrade of the firm's credit rating", "credit-score-deduction")),
    ("(4) an increase in the frequency of its on-site inspections;",
     ("increase in the frequency of its on-site inspections", "key-supervision")),
    # applications refused in the passive, every "for" object inside
    ("- their applications for new permits and for subsidies shall not be approved;",
     ("applications for new permits and for subsidies shall not be approved", "license-refusal")),
    # an "of" object with a possessive after the head noun
    ("Banks may raise the deposits of their accounts or refuse credit.", ("raise the deposits of their accounts", "cost-increase")),
    # officials' sanctions in the passive
    ("Officials who lied shall be referred to discipline inspection organs.",
     ("referred to discipline inspection organs", "disciplinary-sanction")),
    ("The clerk shall not be promoted for a year.", ("promoted", "disciplinary-sanction")),
    ("Such an official shall be recorded in the cadre's integrity file.", ("recorded in the cadre's integrity file", "credit-record-entry")),
    ("Any title already conferred shall be withdrawn.", ("title already conferred shall be withdrawn", "honor-restriction")),
    # a denied benefit after "or receive", the framing verb outside; not entrusted with public work
    ("The society shall not be entrusted with public service projects or receive subsidies.",
     ("entrusted with public service projects", "procurement-exclusion")),
    ("The society shall not be entrusted with public service projects or receive subsidies.",
     ("subsidies", "public-funding-restriction")),
    # the noun of exclusion with the party between: what follows "from"
    ("(2) exclusion of the firm and its managers from honours;", ("honours", "honor-restriction")),
    # a named list ends before a conditional clause ("... in transport where it:")
    ("A carrier shall be entered in the list of dishonest carriers in transport where it:",
     ("entered in the list of dishonest carriers in transport", "list-inclusion")),
])
def test_session9_measure_kinds(sentence, measure):
    assert measure in measures(sentence)


@pytest.mark.parametrize("sentence, kind", [
    ("The hearing shall not, in any case, hold the parties to new terms.", "position-restriction"),  # no post named
    ("The budget was cut by half.", "fewer-inspections"),  # no inspections
    ("Their applications for permits shall be approved within ten days.", "license-refusal"),  # granted, not refused
    ("The clerk shall be promoted next year.", "disciplinary-sanction"),  # a promotion that is not withheld
])
def test_session9_shapes_stay_narrow(sentence, kind):
    assert kind not in {norm for _, norm in measures(sentence)}

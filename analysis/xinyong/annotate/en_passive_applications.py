"""English MEASURE spans for a party's applications refused or held to strict review in the passive (issue 16,
development batch 8): "its [applications for public fundraising qualifications, for the status of a charitable
organization and for tax-deductible status shall not be approved]", "its [applications for administrative licences
in work safety shall be strictly examined]".

As for other passive measures whose subject names what is taken away (GUIDELINES.md), the span runs from the
subject's noun, without its determiner, to the participle, however long the subject: every "for" object of
"applications" belongs to it. The measure is `license-refusal` (measures.yaml: refusing or halting a party's
application; the batch 8 gold types a strict review of the applications the same way).
"""
from __future__ import annotations

import re

Record = tuple[int, int, str, str | None]
PASSIVE_APPLICATIONS = re.compile(
    r"\b(?:its|their|his|her|the|any|such)\s+((?:[\w-]+\s+)?applications?\s+(?:for|to)\s+[^;.:\n\"“”()]{1,200}?\s+"
    r"(?:shall|will|may|must)\s+(?:not\s+be\s+(?:approved|accepted|granted|processed|handled)"
    r"|be\s+(?:strictly\s+|rigorously\s+|closely\s+|carefully\s+)?(?:examined|reviewed|scrutini[sz]ed|rejected|refused)))\b",
    re.IGNORECASE)


def passive_applications(text: str) -> list[Record]:
    """The passive refusals and strict reviews of a party's applications in `text`, one `license-refusal` span each.

    text (str): the unit's text.
    RETURNS (list[Record]): MEASURE records in text order.
    """
    return [(m.start(1), m.end(1), "MEASURE", "license-refusal") for m in PASSIVE_APPLICATIONS.finditer(text)]

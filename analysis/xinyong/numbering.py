"""Article numbering that jumps, repeats or goes backwards: a sign of a damaged or mis-parsed
text (a lost page, a cross-reference read as an article), reported as warnings by `parse` and
`validate`."""
from __future__ import annotations

from .structure import ParsedDocument
from .unit_ids import is_whole_article  # 第十条之一 / Article 10-1 have numbers of their own


def numbering_warnings(document: ParsedDocument) -> list[str]:
    """Warnings for each place where an article's number is not the previous number plus one.

    document (ParsedDocument): a parsed text.
    RETURNS (list[str]): one line per break in the sequence, naming the numbers and the line.
    """
    warnings = []
    previous = None
    for unit in document.units:
        if unit.kind != "article" or unit.number is None or not is_whole_article(unit.id):
            continue
        number = int(unit.number)
        where = f"line {unit.line}: " if unit.line else ""
        if previous is None and number != 1:
            warnings.append(f"{where}article numbering starts at {number}, not 1")
        elif previous is not None and number == previous:
            warnings.append(f"{where}article number {number} repeats")
        elif previous is not None and number < previous:
            warnings.append(f"{where}article numbering goes backwards: {number} after {previous}")
        elif previous is not None and number > previous + 1:
            missing = f"{previous + 1}" if number == previous + 2 else f"{previous + 1}-{number - 1}"
            warnings.append(f"{where}article numbering jumps from {previous} to {number} ({missing} missing)")
        previous = number
    return warnings

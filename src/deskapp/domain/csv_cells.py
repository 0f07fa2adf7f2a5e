"""Spreadsheet-safe CSV cells (OWASP "CSV injection"): the rule the exporter writes and the importer undoes.

A text cell that a spreadsheet would read as a formula gets an apostrophe in front. It would when its first
character is = + - @ (or their full-width forms), a tab or a carriage return, also after any leading spaces,
line feeds and quote characters (" and '), which some spreadsheets skip. Since an apostrophe is itself one of
the skipped characters, "'" + x needs neutralising exactly when x does, so the apostrophe that was added can
always be told from one that was in the text: `restore_cell(neutralise(x)) == x` for every x.
"""

FORMULA_STARTS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")  # full-width = + - @ too
_QUOTES = "\"'"


def needs_neutralising(value: str) -> bool:
    """Would a spreadsheet read this text as a formula?"""
    for ch in value:
        if ch in FORMULA_STARTS:
            return True
        if ch in _QUOTES or ch.isspace():
            continue
        return False
    return False


def neutralise(value: str) -> str:
    """The text as a spreadsheet will show it, never as a formula: an apostrophe in front when needed."""
    if value and (value[0] in FORMULA_STARTS or value[0] in _QUOTES or value[0].isspace()):
        return "'" + value if needs_neutralising(value) else value
    return value


def restore_cell(cell: str) -> str:
    """The text that was exported: the apostrophe added by `neutralise` removed, nothing else."""
    if cell.startswith("'") and needs_neutralising(cell[1:]):
        return cell[1:]
    return cell

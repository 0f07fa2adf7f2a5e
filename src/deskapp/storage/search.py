"""Turning what a person types into a safe FTS5 query over subject, description and conversation."""

import re

from sqlalchemy import ColumnElement, literal_column, select, text

from deskapp.storage.tables import Ticket

MIN_PREFIX = 2
RANK_WHEN_AT_MOST = 200
_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(typed: str, *, prefix_last: bool = True) -> str | None:
    """Every word must match; the last one also as a prefix (results as you type). None if no words.

    Words are quoted, so nothing a person types can be read as FTS5 syntax.
    """
    words = _WORD.findall(typed)
    if not words:
        return None
    terms = [f'"{w}"' for w in words]
    if prefix_last and len(words[-1]) >= MIN_PREFIX and not typed.rstrip().endswith(('"', " ")):
        terms[-1] += "*"
    return " AND ".join(terms)


def matches(query: str) -> ColumnElement[bool]:
    """A WHERE clause: the ticket's row in the search index matches."""
    hits = select(literal_column("rowid")).select_from(text("ticket_search")).where(text("ticket_search MATCH :q"))
    return Ticket.id.in_(hits.params(q=query))


def hit_count(connection, query: str, cap: int = RANK_WHEN_AT_MOST + 1) -> int:  # type: ignore[no-untyped-def]
    """How many tickets match, counting no further than cap."""
    sql = text("SELECT count(*) FROM (SELECT rowid FROM ticket_search WHERE ticket_search MATCH :q LIMIT :cap)")
    return connection.execute(sql, {"q": query, "cap": cap}).scalar_one()


def ranked_ids(connection, query: str, limit: int) -> list[int]:  # type: ignore[no-untyped-def]
    """Best matches first (bm25, subject weighted highest); for searches with few hits."""
    sql = text(
        "SELECT rowid FROM ticket_search WHERE ticket_search MATCH :q "
        "ORDER BY bm25(ticket_search, 10.0, 3.0, 1.0) LIMIT :limit"
    )
    return [row[0] for row in connection.execute(sql, {"q": query, "limit": limit})]


def snippets(connection, ticket_ids: list[int], query: str) -> dict[int, str]:  # type: ignore[no-untyped-def]
    """For each ticket, a short piece of its best-matching text with the matching words in «guillemets»."""
    marks = ", ".join(str(int(i)) for i in ticket_ids)
    sql = text(
        "SELECT rowid, snippet(ticket_search, -1, '«', '»', '…', 10) FROM ticket_search "
        f"WHERE ticket_search MATCH :q AND rowid IN ({marks})"
    )
    return {row[0]: row[1] or "" for row in connection.execute(sql, {"q": query})}

"""The queue: a virtual table over a million tickets that reads only the pages on screen.

The model knows the total count of its view and keeps a few pages of rows. A missing page is asked
for in the background (by keyset after the page before it when that one is loaded, else by offset
for a jump) and painted when it arrives; until then its rows show an ellipsis. Sorting and filtering
re-run the SQL on an index: no proxy model, no fetchMore.
"""

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QGuiApplication

from deskapp.domain.queue import TicketFilter
from deskapp.services.queue import Page, QueueService
from deskapp.services.records import TicketSummary
from deskapp.ui import icons
from deskapp.ui.ops import Ops
from deskapp.ui.sla import clock_of
from deskapp.ui.timefmt import format_moment

PAGE_SIZE = 200
MAX_PAGES = 24
ModelIndex = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("QueueModel", text)


def _when(moment: datetime) -> str:
    return format_moment(moment)


@dataclass(frozen=True)
class Column:
    key: str
    title: str  # untranslated; translated when shown
    sort: str | None
    text: Callable[[TicketSummary], str]
    width: int = 120
    clock: str | None = None  # "response" or "resolution": an SLA clock, read at the time it is shown


COLUMNS: tuple[Column, ...] = (
    Column("number", "Number", "id", lambda t: t.ref, 80),
    Column("subject", "Subject", "subject", lambda t: t.subject, 270),
    Column("status", "Status", "status", lambda t: t.status.label, 90),
    Column("priority", "Priority", "priority", lambda t: t.priority.label, 90),
    Column("response_due", "Response due", "response_due", lambda t: "", 140, "response"),
    Column("resolution_due", "Resolution due", "resolution_due", lambda t: "", 140, "resolution"),
    Column("type", "Type", "type", lambda t: t.type.label, 120),
    Column("category", "Category", "category", lambda t: t.category, 150),
    Column("requester", "Requester", "requester", lambda t: t.requester, 120),
    Column("assignee", "Assignee", "assignee", lambda t: t.assignee, 100),
    Column("group", "Support group", "group", lambda t: t.group, 150),
    Column("created", "Created", "created", lambda t: _when(t.created_at), 130),
    Column("updated", "Updated", "updated", lambda t: _when(t.updated_at), 110),
    Column("match", "Matching text", None, lambda t: "", 320),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)
# Shown by default: what fits at 1280 px beside the sidebar, the SLA clocks included.
DEFAULT_HIDDEN = ("type", "category", "group", "created", "updated", "match")
REF_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
SLA_STATE_ROLE = Qt.ItemDataRole.UserRole + 3  # the SlaState of a clock column, or None
CLOCK_COLUMNS = tuple(i for i, c in enumerate(COLUMNS) if c.clock)


class QueueModel(QAbstractTableModel):
    """Rows of one view; only pages near what is on screen are in memory."""

    loaded = Signal(int)  # total rows, after a (re)load
    page_arrived = Signal(int)  # page number

    def __init__(self, queue: QueueService, ops: Ops, parent: Any = None) -> None:
        super().__init__(parent)
        self.queue = queue
        self.ops = ops
        self.filter = TicketFilter()
        self._query_filter = self.filter  # the filter with its SLA moment pinned for this load
        self.total = 0
        self._pages: OrderedDict[int, Page] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0

    # --- loading -------------------------------------------------------------------------------

    def set_filter(self, flt: TicketFilter, on_loaded: Callable[[], None] | None = None) -> None:
        """Show another view, sort or search: count it and read its first page."""
        self.filter = flt
        self._reload(reset=True, on_loaded=on_loaded)

    def refresh(self, on_loaded: Callable[[], None] | None = None) -> None:
        """Re-read after a change, keeping the view where it is when the row count is the same."""
        self._reload(reset=False, on_loaded=on_loaded)

    def _reload(self, *, reset: bool, on_loaded: Callable[[], None] | None) -> None:
        self._generation += 1
        self._query_filter = self.queue.at_now(self.filter)
        generation, flt = self._generation, self._query_filter
        wanted = sorted(self._pages) if not reset else [0]

        def work() -> tuple[int, list[Page]]:
            total = self.queue.count(flt)
            return total, [self.queue.page(flt, p * PAGE_SIZE, PAGE_SIZE) for p in wanted if p * PAGE_SIZE < total]

        def done(result: tuple[int, list[Page]]) -> None:
            if generation != self._generation:
                return
            total, pages = result
            if reset or total != self.total:
                self.beginResetModel()
                self.total = total
                self._store(pages)
                self.endResetModel()
            else:
                self._store(pages)
                if total:
                    self.dataChanged.emit(self.index(0, 0), self.index(total - 1, len(COLUMNS) - 1))
            self.loaded.emit(total)
            if on_loaded is not None:
                on_loaded()

        self.ops.run(work, done, label=_tr("Loading tickets…"))

    def _store(self, pages: list[Page]) -> None:
        self._pages.clear()
        self._requested.clear()
        for page in pages:
            self._pages[page.offset // PAGE_SIZE] = page

    def _request(self, number: int) -> None:
        if number in self._requested or number in self._pages:
            return
        self._requested.add(number)
        generation, flt = self._generation, self._query_filter
        before = self._pages.get(number - 1)
        after_key = before.keys[-1] if before is not None and len(before.keys) == PAGE_SIZE else None

        def work() -> Page:
            return self.queue.page(flt, number * PAGE_SIZE, PAGE_SIZE, after=after_key)

        def done(page: Page) -> None:
            if generation != self._generation:
                return
            self._requested.discard(number)
            self._pages[number] = replace(page, offset=number * PAGE_SIZE)
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
            first = number * PAGE_SIZE
            last = min(first + len(page.rows), self.total) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))
            self.page_arrived.emit(number)

        self.ops.run(work, done)

    def summary(self, row: int) -> TicketSummary | None:
        """The ticket at row, if its page is loaded (else it is asked for)."""
        if not 0 <= row < self.total:
            return None
        number, within = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            self._request(number)
            return None
        self._pages.move_to_end(number)
        return page.rows[within] if within < len(page.rows) else None

    def snippet(self, row: int) -> str:
        ticket = self.summary(row)
        page = self._pages.get(row // PAGE_SIZE)
        return page.snippets.get(ticket.id, "") if ticket and page else ""

    def tick(self) -> None:
        """A minute has passed: repaint the clocks; an SLA view re-reads which tickets belong in it."""
        if self.filter.sla:
            self.refresh()
        elif self.total:
            for column in CLOCK_COLUMNS:
                self.dataChanged.emit(self.index(0, column), self.index(self.total - 1, column))

    def row_of(self, ref: str) -> int | None:
        for page in self._pages.values():
            for i, ticket in enumerate(page.rows):
                if ticket.ref == ref:
                    return page.offset + i
        return None

    # --- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.total

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return _tr(COLUMNS[section].title)
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(COLUMNS):
            return None
        column = COLUMNS[index.column()]
        ticket = self.summary(index.row())
        if ticket is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        if column.clock is not None:
            return self._clock_data(ticket, column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.snippet(index.row()) if column.key == "match" else column.text(ticket)
        if role == Qt.ItemDataRole.DecorationRole:
            if column.key == "priority":
                return icons.priority_icon(ticket.priority)
            if column.key == "status":
                return icons.status_icon(ticket.status)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            snippet = self.snippet(index.row())
            return f"{ticket.subject}\n{snippet}" if snippet else ticket.subject
        if role == REF_ROLE:
            return ticket.ref
        if role == SNIPPET_ROLE:
            return self.snippet(index.row())
        return None

    def _clock_data(self, ticket: TicketSummary, column: Column, role: int) -> Any:
        """An SLA clock cell: the time left (or paused / met / missed), an icon per state, a colour cue."""
        clock = clock_of(ticket, column.clock or "", self.queue.clock())
        if role == Qt.ItemDataRole.DisplayRole:
            return clock.short
        if role == Qt.ItemDataRole.DecorationRole:
            return clock.icon()
        if role == Qt.ItemDataRole.ForegroundRole:
            return clock.colour(QGuiApplication.palette())
        if role == Qt.ItemDataRole.ToolTipRole:
            return clock.tooltip(_tr(column.title))
        if role == SLA_STATE_ROLE:
            return clock.state
        if role == REF_ROLE:
            return ticket.ref
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A click on a column header: re-run the query with another ORDER BY (on an index)."""
        sort = COLUMNS[column].sort if 0 <= column < len(COLUMNS) else None
        if sort is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if sort == self.filter.sort and descending == self.filter.descending:
            return
        self.set_filter(replace(self.filter, sort=sort, descending=descending))

"""The main window: views on the left, the queue in the middle, the selected ticket beside it."""

import json
from dataclasses import replace

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from deskapp import __version__
from deskapp.domain.queue import TicketFilter, filter_from_json, filter_to_json
from deskapp.domain.tickets import Priority, Status
from deskapp.services.bulk import BulkResult, update_many
from deskapp.services.queue import BUILTIN_VIEWS, builtin_filter
from deskapp.services.tickets import TicketChanges
from deskapp.services.workspace import Workspace
from deskapp.ui import icons
from deskapp.ui.drafts import DraftStore
from deskapp.ui.notifications import NotificationButton, NotificationCenter, NotificationPanel
from deskapp.ui.ops import Change, Ops
from deskapp.ui.queue.filters import FilterBar
from deskapp.ui.queue.model import COLUMN_KEYS, QueueModel
from deskapp.ui.queue.view import QueueView
from deskapp.ui.sidebar import REVIEW_PAGE, Sidebar
from deskapp.ui.windows import Windows

COUNTS_EVERY_MS = 60_000  # view counts, the SLA columns and the reminder times move on every minute
SAVED_VIEWS_KEY = "views/saved"
HEADER_COLUMNS_KEY = "queue/columns"  # the columns a saved header state was made for


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, ops: Ops, drafts: DraftStore, settings: QSettings) -> None:
        super().__init__()
        self.workspace = workspace
        self.ops = ops
        self.drafts = drafts
        self.settings = settings
        self.windows = Windows(workspace, ops, drafts, settings, self)
        self.setWindowTitle(self.tr("deskapp — {name}").format(name=workspace.path.name))
        self.setWindowIcon(icons.app_icon())
        self.view_key = "all_open"
        self._build()
        self._build_actions()
        self._restore_layout()
        ops.set_parent_widget(self)
        ops.changed.connect(self._on_changed)
        ops.failed.connect(self.show_error)
        ops.busy_changed.connect(lambda busy: self.busy_label.setText(self.tr("Working…") if busy else ""))
        self._counts_timer = QTimer(self)
        self._counts_timer.timeout.connect(self.tick)
        self._counts_timer.start(COUNTS_EVERY_MS)
        self.sidebar.choose(self.settings.value("views/current", "all_open"))
        if self.sidebar.current_key() is None:
            self.sidebar.choose("all_open")
        self._load_choices()
        self.refresh_counts()
        self.notifications_panel.refresh()

    # --- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.sidebar = Sidebar()
        self.sidebar.view_chosen.connect(self.show_view)
        self.filters = FilterBar()
        self.filters.changed.connect(self.apply_filters)
        self.model = QueueModel(self.workspace.queue, self.ops, self)
        self.model.loaded.connect(self._show_count)
        self.queue = QueueView(self.model)
        self.queue.current_ref_changed.connect(self._current_changed)
        self.queue.ref_activated.connect(self.windows.open_ticket)
        self.queue.context_menu_wanted.connect(self._queue_menu)
        self.detail = self.windows.detail_widget()
        self.detail.setObjectName("detail")
        if hasattr(self.detail, "open_ticket"):
            self.detail.open_ticket.connect(self.show_ticket)

        queue_pane = QWidget()
        layout = QVBoxLayout(queue_pane)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.queue)
        self.work_splitter = QSplitter(Qt.Orientation.Vertical)
        self.work_splitter.setObjectName("work-splitter")
        self.work_splitter.addWidget(queue_pane)
        self.work_splitter.addWidget(self.detail)
        self.work_splitter.setStretchFactor(0, 3)
        self.work_splitter.setStretchFactor(1, 2)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.work_splitter)
        self.review_page = self.windows.review_page()
        if hasattr(self.review_page, "open_ticket"):
            self.review_page.open_ticket.connect(self.windows.open_ticket)
        self.pages.addWidget(self.review_page)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("main-splitter")
        self.sidebar.setMinimumWidth(self.sidebar.fontMetrics().horizontalAdvance("Resolved, to review (9,999)") + 48)
        self._build_notifications()
        self.left_splitter = QSplitter(Qt.Orientation.Vertical)
        self.left_splitter.setObjectName("left-splitter")
        self.left_splitter.addWidget(self.sidebar)
        self.left_splitter.addWidget(self.notifications_panel)
        self.left_splitter.setChildrenCollapsible(False)
        self.left_splitter.setStretchFactor(0, 0)
        self.left_splitter.setStretchFactor(1, 1)
        rows = self.sidebar.sizeHintForRow(0) + 2 * self.sidebar.spacing()
        self.left_splitter.setSizes([rows * (self.sidebar.count() + 1) + 8, 450])
        self.main_splitter.addWidget(self.left_splitter)
        self.main_splitter.addWidget(self.pages)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([215, 1065])
        self.work_splitter.setSizes([290, 460])
        self.setCentralWidget(self.main_splitter)

        self.count_label = QLabel()
        self.busy_label = QLabel()
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.notifications_button)

    def _build_notifications(self) -> None:
        """The Notifications panel (under the views; hidden until asked for), its status-bar button, and
        where the reminder scheduler's notices land."""
        panel = NotificationPanel(self.workspace.sla, self.ops, self.settings)
        panel.open_ticket.connect(self.windows.open_ticket)
        panel.hide()
        self.notifications_panel = panel
        self.notifications_button = NotificationButton(panel)
        self.notifications = NotificationCenter(
            self.workspace.sla, self.ops, panel, self.windows.open_ticket, self.bring_to_front
        )
        # An escalation may have raised a priority or moved a ticket to another group.
        self.notifications.arrived.connect(lambda _notices: self._tickets_changed())

    def _action(self, text: str, slot, shortcut: str | QKeySequence | None = None, icon: str | None = None):  # type: ignore[no-untyped-def]
        action = QAction(self.tr(text), self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon:
            action.setIcon(icons.icon(icon))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.new_action = a("&New ticket…", self.windows.new_ticket, QKeySequence.StandardKey.New, "ticket-new")
        self.call_action = a("&Log a call…", self.windows.log_call, "Ctrl+Shift+N", "log-call")
        self.form_action = a("Request &form window", self.windows.request_form, None, "form")
        self.refresh_action = a("&Refresh", self.refresh, QKeySequence.StandardKey.Refresh, "refresh")
        self.refresh_action.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+R")])
        self.search_action = a("&Search", self.focus_search, QKeySequence.StandardKey.Find, "search")
        self.open_action = a("Open in new &window", self.open_current, "Ctrl+O")
        self.save_view_action = a("Save view as…", self.save_view)
        self.delete_view_action = a("Delete saved view", self.delete_view)
        self.clear_filters_action = a("Clear filters", self.filters.clear, "Ctrl+Shift+F")
        self.beside_action = a("Ticket &beside the queue", self.toggle_detail_beside)
        self.beside_action.setCheckable(True)
        self.backup_action = a("&Back up database…", self.windows.backup)
        self.settings_action = a("&Settings…", self.windows.settings_dialog, QKeySequence.StandardKey.Preferences)
        self.export_action = a("&Export view as CSV…", self.export_view, "Ctrl+E")
        self.quit_action = a("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.shortcuts_action = a("&Keyboard shortcuts", self.windows.shortcuts, "F1")
        self.about_action = a("&About deskapp", self.windows.about)
        self.view_actions = []
        for i, key in enumerate(self.sidebar.keys()[:9], start=1):
            self.view_actions.append(a(f"View {i}", lambda _c=False, k=key: self.sidebar.choose(k), f"Ctrl+{i}"))

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (self.new_action, self.call_action, self.form_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.backup_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu(self.tr("&View"))
        for action in (self.refresh_action, self.search_action, self.clear_filters_action, self.open_action):
            view_menu.addAction(action)
        view_menu.addAction(self.beside_action)
        view_menu.addAction(self.notifications_panel.toggle_action)
        view_menu.addSeparator()
        view_menu.addAction(self.save_view_action)
        view_menu.addAction(self.delete_view_action)
        self.ticket_menu = bar.addMenu(self.tr("&Tickets"))
        self._fill_bulk_menu(self.ticket_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_action, self.call_action, self.refresh_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

    def _fill_bulk_menu(self, menu: QMenu) -> None:
        """Actions on every selected ticket in the queue (built once; the context menu reuses them)."""
        menu.addAction(self._action("Assign to &me", lambda: self.bulk(TicketChanges(assignee="me")), "Ctrl+M"))
        assign = menu.addMenu(self.tr("&Assign to"))
        assign.aboutToShow.connect(lambda: self._fill_assign(assign))
        status = menu.addMenu(self.tr("Set &status"))
        for target in (Status.OPEN, Status.PENDING, Status.CLOSED, Status.CANCELLED):
            status.addAction(target.label, lambda t=target: self.bulk(TicketChanges(status=t.value)))
        priority = menu.addMenu(self.tr("Set &priority"))
        for level in reversed(Priority):
            priority.addAction(level.label, lambda p=level: self.bulk_priority(p))
        priority.addAction(self.tr("Automatic (impact × urgency)"), lambda: self.bulk(TicketChanges(priority="auto")))
        menu.addAction(self._action("Add &tag…", self.bulk_tag))
        menu.addAction(self._action("&Escalate to next tier", lambda: self.bulk(TicketChanges(escalate=True))))
        menu.addSeparator()
        menu.addAction(self._action("&Link to problem…", self.link_to_problem))
        menu.addAction(self._action("Create problem from selected…", self.create_problem))
        menu.addAction(self._action("&Merge selected into…", self.merge_selected))
        menu.addSeparator()
        menu.addAction(self._action("Post-incident &review…", self.review_current))

    def _fill_assign(self, menu: QMenu) -> None:
        menu.clear()
        menu.addAction(self.tr("Nobody"), lambda: self.bulk(TicketChanges(assignee="none")))
        for agent in self._agents:
            menu.addAction(agent.name, lambda a=agent: self.bulk(TicketChanges(assignee=str(a.id))))

    def _queue_menu(self, position) -> None:  # type: ignore[no-untyped-def]
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addSeparator()
        for action in self.ticket_menu.actions():
            menu.addAction(action)
        menu.exec(self.queue.viewport().mapToGlobal(position))

    # --- views and filters ---------------------------------------------------------------------

    def show_view(self, key: str) -> None:
        self.view_key = key
        self.settings.setValue("views/current", key)
        if key == REVIEW_PAGE:
            self.pages.setCurrentWidget(self.review_page)
            self.count_label.setText(self.tr("Resolved tickets and reviews to do"))
            return
        self.pages.setCurrentWidget(self.work_splitter)
        saved = self._saved_views().get(key.removeprefix("saved:")) if key.startswith("saved:") else None
        if saved is not None:
            self.filters.clear()
            self.queue.show_columns(saved.get("columns", list(COLUMN_KEYS)))
        self.apply_filters()

    def current_filter(self) -> TicketFilter:
        key = self.view_key
        if key.startswith("saved:"):
            saved = self._saved_views().get(key.removeprefix("saved:"), {})
            base = filter_from_json(saved.get("filter", {}))
        else:
            base = builtin_filter(key if key in BUILTIN_VIEWS else "all_open", self.workspace.actor)
        flt = self.filters.apply(base)
        return replace(flt, sort=self.model.filter.sort, descending=self.model.filter.descending)

    def apply_filters(self) -> None:
        flt = self.current_filter()
        searching = bool(flt.search)
        self.queue.horizontalHeader().setSectionHidden(COLUMN_KEYS.index("match"), not searching)
        self.model.set_filter(flt, on_loaded=self._select_first_if_none)

    def _select_first_if_none(self) -> None:
        if self.queue.current_ref() is None and self.model.rowCount() and self.model.summary(0):
            self.queue.select_row(0)

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("{count} tickets in this view").format(count=f"{total:,}"))

    def refresh(self) -> None:
        self.model.refresh()
        self.refresh_counts()
        self._load_choices()

    def tick(self) -> None:
        """Every minute: counts, the clocks in the queue and the times in the reminders move on."""
        self.refresh_counts()
        self.model.tick()
        self.notifications_panel.tick()

    def _tickets_changed(self) -> None:
        self.model.refresh()
        self.refresh_counts()

    def bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def refresh_counts(self) -> None:
        actor = self.workspace.actor
        self.ops.run(lambda: self.workspace.queue.view_counts(actor), self.sidebar.set_counts)

    def _load_choices(self) -> None:
        directory = self.workspace.directory

        def work():  # type: ignore[no-untyped-def]
            return directory.agents(), directory.groups(), directory.categories()

        def done(result) -> None:  # type: ignore[no-untyped-def]
            self._agents = result[0]
            self.filters.set_choices(*result)

        self._agents = []
        self.ops.run(work, done)

    def focus_search(self) -> None:
        if self.pages.currentWidget() is not self.work_splitter:
            self.sidebar.choose("all")
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def _on_changed(self, change: Change) -> None:
        if change.tickets:
            self._tickets_changed()
        if change.settings:
            self._load_choices()

    # --- the selected ticket -------------------------------------------------------------------

    def _current_changed(self, ref: str | None) -> None:
        self.detail.show_ticket(ref)

    def show_ticket(self, ref: str) -> None:
        row = self.model.row_of(ref)
        if row is not None:
            self.queue.select_row(row)
        else:
            self.detail.show_ticket(ref)

    def export_view(self) -> None:
        """Every row of the current view (not only those loaded) with the columns shown, as CSV."""
        from deskapp.services.csv_export import VIEW_COLUMNS

        columns = [key for key in self.queue.visible_columns() if key in VIEW_COLUMNS]
        self.windows.export_view(self.current_filter(), columns)

    def review_current(self) -> None:
        ref = self.queue.current_ref()
        if ref:
            self.windows.review(ref)

    def open_current(self) -> None:
        ref = self.queue.current_ref()
        if ref:
            self.windows.open_ticket(ref)

    # --- bulk actions --------------------------------------------------------------------------

    def _selected(self) -> list[str]:
        refs = self.queue.selected_refs()
        if not refs:
            self.statusBar().showMessage(self.tr("Select one or more tickets first."), 4000)
        return refs

    def bulk(self, changes: TicketChanges) -> None:
        refs = self._selected()
        if not refs:
            return
        tickets, actor = self.workspace.tickets, self.workspace.actor
        self.ops.run(
            lambda: update_many(tickets, refs, changes, actor),
            self._bulk_done,
            change=Change(refs=tuple(refs)),
            label=self.tr("Updating {n} tickets…").format(n=len(refs)),
        )

    def _bulk_done(self, result: BulkResult) -> None:
        if result.failed:
            QMessageBox.warning(self, self.tr("Some tickets were not changed"), result.summary())
        else:
            self.statusBar().showMessage(result.summary(), 5000)

    def bulk_priority(self, priority: Priority) -> None:
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Set priority"),
            self.tr("Why is the priority {p}? (kept in the history)").format(p=priority.label),
        )
        if ok:
            self.bulk(TicketChanges(priority=priority.value, priority_reason=reason))

    def bulk_tag(self) -> None:
        tag, ok = QInputDialog.getText(self, self.tr("Add tag"), self.tr("Tag:"))
        if ok and tag.strip():
            self.bulk(TicketChanges(add_tags=[tag]))

    def link_to_problem(self) -> None:
        problem, ok = QInputDialog.getText(self, self.tr("Link to problem"), self.tr("Problem number (e.g. PRB-3):"))
        if ok and problem.strip():
            self.bulk(TicketChanges(problem=problem.strip()))

    def create_problem(self) -> None:
        refs = self._selected()
        if not refs:
            return
        subject, ok = QInputDialog.getText(
            self, self.tr("Create problem"), self.tr("What is the underlying problem? (subject)")
        )
        if not ok:
            return
        links, actor = self.workspace.links, self.workspace.actor
        self.ops.run(
            lambda: links.create_problem_from(refs, subject, actor),
            lambda problem: self.show_ticket(problem.ref),
            change=Change(refs=tuple(refs)),
        )

    def merge_selected(self) -> None:
        refs = self._selected()
        if len(refs) < 2:
            self.statusBar().showMessage(self.tr("Select the duplicates and the ticket to keep."), 4000)
            return
        kept, ok = QInputDialog.getItem(
            self, self.tr("Merge tickets"), self.tr("Keep which ticket? The others are merged into it."), refs, 0, False
        )
        if not ok:
            return
        links, actor = self.workspace.links, self.workspace.actor
        duplicates = [r for r in refs if r != kept]

        def work():  # type: ignore[no-untyped-def]
            for duplicate in duplicates:
                links.merge(duplicate, kept, actor)

        self.ops.run(work, lambda _r: self.show_ticket(kept), change=Change(refs=tuple(refs)))

    # --- saved views ---------------------------------------------------------------------------

    def _saved_views(self) -> dict[str, dict]:
        try:
            data = json.loads(str(self.settings.value(SAVED_VIEWS_KEY, "{}")))
        except ValueError:
            return {}
        return data if isinstance(data, dict) else {}

    def save_view(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save view"), self.tr("Name of this view:"))
        name = name.strip()
        if not ok or not name:
            return
        views = self._saved_views()
        views[name] = {"filter": filter_to_json(self.current_filter()), "columns": self.queue.visible_columns()}
        self.settings.setValue(SAVED_VIEWS_KEY, json.dumps(views))
        self.sidebar.set_saved_views(sorted(views))
        self.sidebar.choose(f"saved:{name}")

    def delete_view(self) -> None:
        key = self.view_key
        if not key.startswith("saved:"):
            self.statusBar().showMessage(self.tr("Only saved views can be deleted."), 4000)
            return
        views = self._saved_views()
        views.pop(key.removeprefix("saved:"), None)
        self.settings.setValue(SAVED_VIEWS_KEY, json.dumps(views))
        self.sidebar.set_saved_views(sorted(views))
        self.sidebar.choose("all_open")

    # --- layout and closing --------------------------------------------------------------------

    def _restore_layout(self) -> None:
        self.sidebar.set_saved_views(sorted(self._saved_views()))
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        header_fits = self.settings.value(HEADER_COLUMNS_KEY, "") == ",".join(COLUMN_KEYS)
        for key, widget in (
            ("window/state", self),
            ("window/main-splitter", self.main_splitter),
            ("window/work-splitter", self.work_splitter),
            ("queue/header", self.queue.horizontalHeader() if header_fits else None),
        ):
            if widget is None:  # saved for other columns (an older deskapp): start from the defaults
                continue
            state = self.settings.value(key)
            if isinstance(state, QByteArray) and not state.isEmpty():
                widget.restoreState(state)
        self.toggle_detail_beside(self.settings.value("window/detail-beside", "false") in (True, "true"))
        left = self.settings.value("window/left-splitter")
        if isinstance(left, QByteArray) and not left.isEmpty():
            self.left_splitter.restoreState(left)
        self.notifications_panel.setVisible(self.settings.value("notifications/visible", "false") in (True, "true"))
        sort = self.settings.value("queue/sort", "id")
        descending = self.settings.value("queue/descending", "true") in (True, "true")
        self.model.filter = replace(self.model.filter, sort=str(sort), descending=descending)

    def toggle_detail_beside(self, beside: bool) -> None:
        """The ticket below the queue (the default, roomy at 1280 px) or beside it (wide screens)."""
        orientation = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
        self.work_splitter.setOrientation(orientation)
        self.beside_action.setChecked(beside)
        self.settings.setValue("window/detail-beside", "true" if beside else "false")

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/main-splitter", self.main_splitter.saveState())
        self.settings.setValue("window/work-splitter", self.work_splitter.saveState())
        self.settings.setValue("window/left-splitter", self.left_splitter.saveState())
        self.settings.setValue("notifications/visible", "false" if self.notifications_panel.isHidden() else "true")
        self.settings.setValue("queue/header", self.queue.horizontalHeader().saveState())
        self.settings.setValue(HEADER_COLUMNS_KEY, ",".join(COLUMN_KEYS))
        self.settings.setValue("queue/sort", self.model.filter.sort)
        self.settings.setValue("queue/descending", "true" if self.model.filter.descending else "false")
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.drafts.flush()
        self.windows.close_all()
        super().closeEvent(event)

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("deskapp"), message)

    def about_text(self) -> str:
        return self.tr("deskapp {version}\nDatabase: {path}").format(version=__version__, path=self.workspace.path)

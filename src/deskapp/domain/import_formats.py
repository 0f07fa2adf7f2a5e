"""The ticket exports deskapp imports: which columns each tool writes, how to recognise them, what values mean.

Each format maps deskapp's fields (the column names of deskapp's own export) to the column titles the tool
writes, in English and, for GLPI, in French. Titles are compared normalised (case, accents, spaces and
typographic apostrophes ignored), so "Date d’ouverture" matches "date d'ouverture".

Values are mapped the same way: "Processing (assigned)", "En cours (Attribué)" and "2" are all GLPI's
"being worked on" status. A status a tool lets admins invent (osTicket, Freshservice) is mapped by its words
("Awaiting vendor" -> pending) or, failing that, kept open with a warning.
"""

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from deskapp.domain.errors import ValidationError
from deskapp.domain.tickets import Level, Priority, Status, TicketType

AUTO = "auto"
# Marks a status that means "being worked on": Open when the ticket has an agent, New when it has none,
# the way deskapp itself opens a ticket.
OPEN_LIKE = "open-like"


@lru_cache(maxsize=8192)
def normalise(text: str) -> str:
    """'  Date d’Ouverture ' -> "date d'ouverture": how column titles and labels are compared."""
    decomposed = unicodedata.normalize("NFKD", text.replace("\ufeff", ""))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.replace("’", "'").replace("‘", "'").casefold().split())


def _keys(mapping: Mapping[str, object]) -> dict[str, object]:
    return {normalise(k): v for k, v in mapping.items()}


@dataclass(frozen=True)
class SourceFormat:
    """One tool's export: its column titles per deskapp field and the meaning of its values."""

    key: str
    label: str
    columns: Mapping[str, tuple[str, ...]]
    required: tuple[str, ...]
    # Columns only this tool writes: auto-detection needs at least one of them besides the required ones.
    signature: tuple[str, ...] = ()
    category_separator: str | None = None
    statuses: Mapping[str, object] = field(default_factory=dict)
    priorities: Mapping[str, Priority] = field(default_factory=dict)
    levels: Mapping[str, Level] = field(default_factory=dict)
    types: Mapping[str, TicketType] = field(default_factory=dict)
    strict: bool = False  # deskapp's own files: values must be deskapp's, nothing is guessed

    def __post_init__(self) -> None:
        object.__setattr__(self, "columns", {f: tuple(normalise(t) for t in ts) for f, ts in self.columns.items()})
        for name in ("statuses", "priorities", "levels", "types"):
            object.__setattr__(self, name, _keys(getattr(self, name)))

    def mapping(self, header: Sequence[str]) -> dict[str, int]:
        """field -> index of its column: the field's titles in order of preference, the first column of a title."""
        index: dict[str, int] = {}
        for position, title in enumerate(header):
            index.setdefault(normalise(title), position)
        found: dict[str, int] = {}
        for field_name, aliases in self.columns.items():
            for alias in aliases:
                if alias in index and index[alias] not in found.values():
                    found[field_name] = index[alias]
                    break
        return found

    def missing(self, mapping: Mapping[str, int]) -> list[str]:
        """The required fields not found, named by their first column title."""
        return [self.title(f) for f in self.required if f not in mapping]

    def title(self, field_name: str) -> str:
        return TITLES.get((self.key, field_name), field_name)

    def recognises(self, mapping: Mapping[str, int]) -> bool:
        return not self.missing(mapping) and (not self.signature or any(f in mapping for f in self.signature))


# --- deskapp ----------------------------------------------------------------------------------------

DESKAPP_COLUMNS = (
    "number", "type", "subject", "description", "status", "impact", "urgency", "priority", "priority_reason",
    "category", "subcategory", "requester_name", "requester_email", "requester_department", "assignee", "group",
    "source", "tags", "major", "problem", "created_at", "updated_at", "first_response_at", "resolved_at",
    "closed_at", "resolution_code", "resolution_notes", "root_cause", "response_due_at", "resolution_due_at",
    "response_met", "resolution_met", "reopen_count", "uuid",
)  # fmt: skip

DESKAPP = SourceFormat(
    key="deskapp",
    label="deskapp",
    columns={
        **{c: (c,) for c in DESKAPP_COLUMNS if c != "number"},
        "source_id": ("number",),
        "conversation": ("conversation",),
    },
    required=("source_id", "subject", "status", "created_at", "uuid"),
    signature=("uuid",),
    strict=True,
)

# --- osTicket ---------------------------------------------------------------------------------------
# The queue export (include/class.queue.php, CustomQueue::getExportableFields; older: class.export.php).
# Dates are the database's "2026-03-02 09:15:00" in the server's time zone.

OSTICKET = SourceFormat(
    key="osticket",
    label="osTicket",
    columns={
        "source_id": ("Ticket Number", "Ticket #", "Ticket"),
        "created_at": ("Date Created", "Created", "Create Date"),
        "subject": ("Subject", "Issue Summary"),
        "requester_name": ("From", "From Name", "User"),
        "requester_email": ("From Email", "Email"),
        "priority": ("Priority",),
        "category": ("Help Topic", "Topic"),
        "status": ("Current Status", "Status"),
        "updated_at": ("Last Updated", "Last Update"),
        "closed_at": ("Closed Date", "Date Closed", "Closed"),
        "assignee": ("Agent Assigned", "Assigned To", "Assigned Staff"),
        "group": ("Team Assigned",),
        "reopen_count": ("Reopen Count",),
        "description": ("Description", "Message"),
    },
    required=("source_id", "subject", "created_at"),
    signature=("source_id",),
    category_separator=" / ",
    statuses={
        "Open": OPEN_LIKE,
        "Resolved": Status.RESOLVED,
        "Closed": Status.CLOSED,
        "Archived": Status.CLOSED,
        "Deleted": Status.CANCELLED,
    },
    priorities={"Low": Priority.LOW, "Normal": Priority.MEDIUM, "High": Priority.HIGH, "Emergency": Priority.URGENT},
)

# --- GLPI -------------------------------------------------------------------------------------------
# A ticket search exported as CSV (Search > export > CSV): ';' between cells, a byte-order mark, titles
# "Group - Option" for options under a group, labels in the user's language, dates as the user's
# preference (YYYY-MM-DD, DD-MM-YYYY or MM-DD-YYYY) in the user's time zone.

_GLPI_PRIORITIES = {
    "Very low": Priority.LOW, "Très basse": Priority.LOW, "1": Priority.LOW,
    "Low": Priority.LOW, "Basse": Priority.LOW, "2": Priority.LOW,
    "Medium": Priority.MEDIUM, "Moyenne": Priority.MEDIUM, "3": Priority.MEDIUM,
    "High": Priority.HIGH, "Haute": Priority.HIGH, "4": Priority.HIGH,
    "Very high": Priority.URGENT, "Très haute": Priority.URGENT, "5": Priority.URGENT,
    "Major": Priority.URGENT, "Majeure": Priority.URGENT, "6": Priority.URGENT,
}  # fmt: skip
_GLPI_LEVELS = {
    "Very low": Level.LOW, "Très basse": Level.LOW, "1": Level.LOW,
    "Low": Level.LOW, "Basse": Level.LOW, "2": Level.LOW,
    "Medium": Level.MEDIUM, "Moyenne": Level.MEDIUM, "3": Level.MEDIUM,
    "High": Level.HIGH, "Haute": Level.HIGH, "4": Level.HIGH,
    "Very high": Level.HIGH, "Très haute": Level.HIGH, "5": Level.HIGH,
}  # fmt: skip

GLPI = SourceFormat(
    key="glpi",
    label="GLPI",
    columns={
        "source_id": ("ID",),
        "subject": ("Title", "Titre"),
        "status": ("Status", "Statut"),
        "updated_at": ("Last update", "Dernière modification"),
        "created_at": ("Opening date", "Date d'ouverture"),
        "priority": ("Priority", "Priorité"),
        "requester_name": ("Requester - Requester", "Demandeur - Demandeur", "Requester", "Demandeur"),
        "requester_email": ("Requester - Email", "Requester - Email address", "Demandeur - Courriel"),
        "assignee": ("Assigned to - Technician", "Attribué à - Technicien", "Technician", "Technicien"),
        "group": (
            "Assigned to - Technician group",
            "Attribué à - Groupe de techniciens",
            "Technician group",
            "Groupe de techniciens",
        ),
        "category": ("Category", "Catégorie"),
        "urgency": ("Urgency", "Urgence"),
        "impact": ("Impact",),
        "closed_at": ("Closing date", "Date de clôture"),
        "resolved_at": ("Resolution date", "Date de résolution", "Solve date"),
        "description": ("Description",),
        "type": ("Type",),
        "resolution_notes": ("Solution - Solution", "Solution"),
    },
    required=("source_id", "subject", "created_at"),
    signature=("requester_name", "assignee", "created_at"),
    category_separator=" > ",
    statuses={
        "New": Status.NEW,
        "Nouveau": Status.NEW,
        "1": Status.NEW,
        "Processing (assigned)": OPEN_LIKE,
        "En cours (Attribué)": OPEN_LIKE,
        "2": OPEN_LIKE,
        "Processing (planned)": OPEN_LIKE,
        "En cours (Planifié)": OPEN_LIKE,
        "3": OPEN_LIKE,
        "Pending": Status.PENDING,
        "En attente": Status.PENDING,
        "4": Status.PENDING,
        "Solved": Status.RESOLVED,
        "Résolu": Status.RESOLVED,
        "5": Status.RESOLVED,
        "Closed": Status.CLOSED,
        "Clos": Status.CLOSED,
        "6": Status.CLOSED,
    },
    priorities=_GLPI_PRIORITIES,
    levels=_GLPI_LEVELS,
    types={
        "Incident": TicketType.INCIDENT,
        "1": TicketType.INCIDENT,
        "Request": TicketType.REQUEST,
        "Demande": TicketType.REQUEST,
        "2": TicketType.REQUEST,
    },
)

# --- Freshservice -----------------------------------------------------------------------------------
# Tickets > Export (CSV). Times carry their offset ("2026-03-02 09:15:00 +0100") or are in the account's
# time zone; the ticket id may be shown with its type prefix (INC-42, SR-42): one number sequence.

FRESHSERVICE = SourceFormat(
    key="freshservice",
    label="Freshservice",
    columns={
        "source_id": ("Ticket ID", "Ticket Id", "Display ID"),
        "subject": ("Subject",),
        "description": ("Description", "Description Text"),
        "status": ("Status",),
        "priority": ("Priority",),
        "urgency": ("Urgency",),
        "impact": ("Impact",),
        "type": ("Type", "Ticket Type"),
        "assignee": ("Agent", "Responder", "Assigned Agent"),
        "group": ("Group", "Assigned Group"),
        "requester_name": ("Requester Name", "Requester", "Full Name"),
        "requester_email": ("Requester Email", "Email"),
        "requester_department": ("Department",),
        "created_at": ("Created Date", "Created Time", "Created At", "Created On"),
        "resolved_at": ("Resolved Time", "Resolved Date", "Resolved At"),
        "closed_at": ("Closed Time", "Closed Date", "Closed At"),
        "updated_at": ("Last Updated Time", "Last Update Time", "Last Updated", "Updated At"),
        "first_response_at": ("Initial Response Time", "First Responded At"),
        "category": ("Category",),
        "subcategory": ("Sub-Category", "Sub Category", "Subcategory"),
        "tags": ("Tags",),
    },
    required=("source_id", "subject", "created_at"),
    signature=("requester_email", "requester_name", "assignee", "group"),
    statuses={
        "Open": OPEN_LIKE,
        "2": OPEN_LIKE,
        "Pending": Status.PENDING,
        "3": Status.PENDING,
        "Resolved": Status.RESOLVED,
        "4": Status.RESOLVED,
        "Closed": Status.CLOSED,
        "5": Status.CLOSED,
    },
    priorities={
        "Low": Priority.LOW,
        "1": Priority.LOW,
        "Medium": Priority.MEDIUM,
        "2": Priority.MEDIUM,
        "High": Priority.HIGH,
        "3": Priority.HIGH,
        "Urgent": Priority.URGENT,
        "4": Priority.URGENT,
    },
    levels={
        "Low": Level.LOW,
        "1": Level.LOW,
        "Medium": Level.MEDIUM,
        "2": Level.MEDIUM,
        "High": Level.HIGH,
        "3": Level.HIGH,
    },
    types={
        "Incident": TicketType.INCIDENT,
        "Service Request": TicketType.REQUEST,
        "Request": TicketType.REQUEST,
        "Problem": TicketType.PROBLEM,
    },
)

FORMATS: dict[str, SourceFormat] = {f.key: f for f in (DESKAPP, OSTICKET, GLPI, FRESHSERVICE)}
FORMAT_CHOICES = (AUTO, *FORMATS)

# How each format's required columns are titled in its files, for messages.
TITLES = {
    ("deskapp", "source_id"): "number",
    ("osticket", "source_id"): "Ticket Number",
    ("osticket", "subject"): "Subject",
    ("osticket", "created_at"): "Date Created",
    ("glpi", "source_id"): "ID",
    ("glpi", "subject"): "Title",
    ("glpi", "created_at"): "Opening date",
    ("freshservice", "source_id"): "Ticket ID",
    ("freshservice", "subject"): "Subject",
    ("freshservice", "created_at"): "Created Date",
}


def detect(header: Sequence[str]) -> tuple[SourceFormat, dict[str, int]] | None:
    """The format whose columns the header has (the one matching most columns), or None."""
    best: tuple[int, SourceFormat, dict[str, int]] | None = None
    for source_format in FORMATS.values():
        mapping = source_format.mapping(header)
        if source_format.recognises(mapping) and (best is None or len(mapping) > best[0]):
            best = (len(mapping), source_format, mapping)
    return None if best is None else (best[1], best[2])


def choose(name: str, header: Sequence[str], file_name: str) -> tuple[SourceFormat, dict[str, int]]:
    """The format named (or recognised, for 'auto') and its column mapping; a clear error otherwise."""
    key = name.strip().lower()
    if key == AUTO:
        found = detect(header)
        if found is None:
            shown = ", ".join(h for h in header[:8] if h) + (", …" if len(header) > 8 else "")
            raise ValidationError(
                f"{file_name}: the columns ({shown or 'none'}) are not those of an osTicket, GLPI, Freshservice "
                "or deskapp ticket export; give --format if it is one of them",
                field="format",
            )
        return found
    if key not in FORMATS:
        raise ValidationError(f"--format: '{name}' is not one of {', '.join(FORMAT_CHOICES)}", field="format")
    source_format = FORMATS[key]
    mapping = source_format.mapping(header)
    missing = source_format.missing(mapping)
    if missing:
        raise ValidationError(
            f"{file_name}: not a {source_format.label} ticket export: no column "
            + " or ".join(f"'{m}'" for m in missing),
            field="format",
        )
    return source_format, mapping


# --- values -----------------------------------------------------------------------------------------

_STATUS_WORDS = (
    (re.compile(r"cancel|reject|delet|annul|withdrawn|spam"), Status.CANCELLED),
    (re.compile(r"clos|archiv|done|complet"), Status.CLOSED),
    (re.compile(r"resol|solved|fixed"), Status.RESOLVED),
    (re.compile(r"pend|wait|hold|attente|await|suspend|defer"), Status.PENDING),
    (re.compile(r"\bnew\b|nouveau|unassigned"), Status.NEW),
    (re.compile(r"open|progress|assign|cours|plan|work|active|reopen"), OPEN_LIKE),
)


def status_by_words(text: str) -> object | None:
    """A status a tool's admin named ('Awaiting vendor', 'Closed - duplicate') read by its words."""
    key = normalise(text)
    for pattern, status in _STATUS_WORDS:
        if pattern.search(key):
            return status
    return None

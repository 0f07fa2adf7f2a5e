"""One row of an export read into an ImportedTicket: values mapped, dates read with their zones, text cleaned.

A row that cannot be imported raises RowError with a reason a person can act on ("created: '31-02-2026'
is not a date"); a value that can be imported with a guess adds a Notes warning, counted per distinct value.
"""

import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from email.utils import parsedate_to_datetime
from functools import lru_cache
from hashlib import sha1
from typing import Any, Protocol
from uuid import UUID

from deskapp.domain import validation
from deskapp.domain.errors import ValidationError
from deskapp.domain.import_formats import OPEN_LIKE, SourceFormat, normalise, status_by_words
from deskapp.domain.tickets import (
    EntryKind,
    Level,
    Priority,
    ResolutionCode,
    Source,
    Status,
    TicketType,
    _Choice,
    parse_number,
)

# uuid5(IMPORT_NAMESPACE, "glpi:1234") is the uuid of GLPI ticket 1234 once imported: importing the same
# file again finds it by uuid and adds nothing. deskapp's own files carry the uuid itself.
IMPORT_NAMESPACE = UUID("7d0f3c52-5b7e-4f43-9c65-1d2b8e6a4f10")
_NAMESPACE_BYTES = IMPORT_NAMESPACE.bytes
DATE_ORDERS = ("auto", "dmy", "mdy")
FORMULA_STARTS = frozenset("=+-@\t\r\uff1d\uff0b\uff0d\uff20")  # and their full-width forms

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_NUMERIC_DATE = re.compile(
    r"^(\d{1,4})[-/.](\d{1,2})[-/.](\d{1,4})"
    r"(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?)?"
    r"\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$"
)
_TAG_BAD = re.compile(r"[^\w.+-]+")
_HOURS = re.compile(r"\d+(\.\d+)?")
_TAG_SPLIT = re.compile(r"[,;\n]+")


def import_uuid(format_key: str, source_id: str) -> str:
    """uuid5(IMPORT_NAMESPACE, f"{format_key}:{source_id}").hex, computed directly (a third of the cost)."""
    digest = bytearray(sha1(_NAMESPACE_BYTES + f"{format_key}:{source_id}".encode()).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    return digest.hex()


class RowError(Exception):
    """This row cannot be imported; the message says why."""


@dataclass
class ImportedTicket:
    """A ticket as the file describes it, in deskapp's values; people and categories still by name."""

    line: int
    source_id: str
    uuid: str
    type: TicketType
    subject: str
    created_at: datetime
    updated_at: datetime
    status: Status
    number: int | None = None  # deskapp files: the number to keep when it is free
    description: str = ""
    impact: Level | None = None
    urgency: Level | None = None
    priority: Priority | None = None
    priority_reason: str | None = None
    category: tuple[str, ...] = ()
    requester_name: str | None = None
    requester_email: str | None = None
    requester_department: str | None = None
    assignee: str | None = None
    group: str | None = None
    source: Source = Source.IMPORT
    tags: tuple[str, ...] = ()
    major: bool = False
    problem: str | None = None
    first_response_at: datetime | None = None
    resolved_at: datetime | None = None
    closed_at: datetime | None = None
    resolution_code: ResolutionCode | None = None
    resolution_notes: str | None = None
    root_cause: str | None = None
    response_due_at: datetime | None = None
    resolution_due_at: datetime | None = None
    response_met: bool | None = None
    resolution_met: bool | None = None
    reopen_count: int = 0
    keeps_sla: bool = False  # deskapp files: due times and met flags as the file has them
    entries: tuple["ImportedEntry", ...] = ()

    @property
    def ref(self) -> str:
        return f"{self.type.prefix}-{self.number}" if self.number else self.source_id


@dataclass(frozen=True)
class ImportedEntry:
    """One reply, note or event of a deskapp file's conversation column."""

    kind: EntryKind
    author: str
    at: datetime
    body: str


class ThreadParser(Protocol):
    """Reads a conversation cell into entries with kind, author, at and body (csv_export.parse_conversation);
    raises ValueError naming the line that is wrong."""

    def __call__(self, cell: str) -> Sequence[Any]: ...


@dataclass
class _Note:
    message: str
    lines: list[int] = field(default_factory=list)


class Notes:
    """Warnings, one per distinct thing (an unknown category, an unknown agent), with the lines it is on."""

    def __init__(self) -> None:
        self._notes: dict[str, _Note] = {}

    def add(self, key: str, message: str, line: int | None = None) -> None:
        note = self._notes.setdefault(key, _Note(message))
        if line is not None:
            note.lines.append(line)

    def forget_lines(self, lines: set[int]) -> None:
        """Drop what skipped rows said: their warnings no longer apply."""
        for key in list(self._notes):
            note = self._notes[key]
            if note.lines:
                note.lines = [n for n in note.lines if n not in lines]
                if not note.lines:
                    del self._notes[key]

    def messages(self) -> list[str]:
        result = []
        for note in self._notes.values():
            if not note.lines:
                result.append(note.message)
                continue
            shown = ", ".join(str(n) for n in note.lines[:8]) + (", …" if len(note.lines) > 8 else "")
            count = len(note.lines)
            result.append(
                f"{note.message} ({count} ticket{'s' if count != 1 else ''}: line{'s' if count != 1 else ''} {shown})"
            )
        return result


# --- dates ------------------------------------------------------------------------------------------


def _offset(text: str) -> tzinfo:
    """'Z', 'UTC', '+0100', '-05:00' as a fixed offset."""
    if text in ("Z", "UTC", "GMT"):
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def numeric_date_parts(text: str) -> tuple[int, int] | None:
    """The first two numbers of '02-03-2026 09:15' (day-month or month-day), None for other shapes."""
    text = text.strip()
    if text[:4].isdigit() or not text[:1].isdigit():  # ISO 8601, RFC 2822 or empty: no question of order
        return None
    match = _NUMERIC_DATE.match(text)
    if match is None or len(match.group(1)) > 2:
        return None
    return int(match.group(1)), int(match.group(2))


class MomentReader:
    """Reads the dates tools write: ISO 8601 with or without offset, RFC 2822, D-M-Y or M-D-Y with a time.

    A time without an offset is in `zone` (the server's, the user's); every result is UTC, whole seconds.
    """

    def __init__(self, zone: tzinfo, order: str = "dmy") -> None:
        self.zone = zone
        self.order = order

    def read(self, text: str, what: str) -> datetime | None:
        value = text.strip()
        if not value:
            return None
        moment = self._parse(value)
        if moment is None:
            raise RowError(f"{what}: '{value}' is not a date and time")
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=self.zone)
        return moment.astimezone(UTC).replace(microsecond=0)

    def _parse(self, value: str) -> datetime | None:
        if value[:4].isdigit():
            try:
                return datetime.fromisoformat(value.replace(" UTC", "Z").replace(" GMT", "Z"))
            except ValueError:
                pass
        if value[0].isalpha():
            try:
                moment = parsedate_to_datetime(value)
            except (TypeError, ValueError, IndexError):
                return None
            return moment
        return self._numeric(value)

    def _numeric(self, value: str) -> datetime | None:
        match = _NUMERIC_DATE.match(value)
        if match is None:
            return None
        a, b, c, hour, minute, second, half, offset = match.groups()
        if len(a) == 4:
            year, month, day = int(a), int(b), int(c)
        elif len(c) == 4:
            year = int(c)
            day, month = (int(b), int(a)) if self.order == "mdy" else (int(a), int(b))
        else:
            return None
        h = int(hour or 0)
        if half:
            if not 1 <= h <= 12:
                return None
            h = h % 12 + (12 if half.lower() == "pm" else 0)
        try:
            moment = datetime(year, month, day, h, int(minute or 0), int(second or 0))
        except ValueError:
            return None
        return moment.replace(tzinfo=_offset(offset)) if offset else moment


# --- text -------------------------------------------------------------------------------------------


def clean_line(text: str) -> str:
    """One line, spaces collapsed, control characters gone (a name, a category)."""
    if text.isprintable() and "  " not in text:  # the usual case, checked in C
        return text.strip()
    return " ".join(_CONTROL.sub(" ", text).split())


def clean_text(text: str) -> str:
    return _CONTROL.sub(" ", text).strip()


def clean_subject(text: str) -> str:
    """One line: control characters and line breaks become spaces; spacing inside is kept."""
    return _CONTROL.sub(" ", text).replace("\r", " ").replace("\n", " ").replace("\t", " ").strip()


def _would_be_formula(value: str) -> bool:
    for ch in value:
        if ch in FORMULA_STARTS:
            return True
        if ch in "\"'" or ch.isspace():
            continue
        return False
    return False


def unformula(text: str) -> str:
    """deskapp's export puts an apostrophe before a cell a spreadsheet would read as a formula (one starting
    with = + - @, a tab or a carriage return, also after spaces and quotes); take exactly that one off.
    The rule is csv_export.restore_cell's."""
    if text.startswith("'") and _would_be_formula(text[1:]):
        return text[1:]
    return text


@lru_cache(maxsize=4096)
def tag_of(text: str) -> str | None:
    """A tool's tag as a deskapp tag ('Remote Work' -> 'remote-work'), None if nothing is left of it."""
    cleaned = _TAG_BAD.sub("-", text.strip().lower()).strip("-.+")[: validation.TAG_MAX]
    try:
        return validation.tag(cleaned) if cleaned else None
    except ValidationError:
        return None


# --- one row ----------------------------------------------------------------------------------------


def _choice(cls: type[_Choice], value: str, what: str):  # type: ignore[no-untyped-def]
    try:
        return cls(value)  # a stored value, as deskapp writes them: one dictionary lookup
    except ValueError:
        pass
    try:
        return cls.parse(value, what)
    except ValidationError as error:
        raise RowError(str(error)) from None


def _flag(value: str, what: str) -> bool | None:
    key = value.strip().lower()
    if not key:
        return None
    if key in ("yes", "true", "1", "y", "oui"):
        return True
    if key in ("no", "false", "0", "n", "non"):
        return False
    raise RowError(f"{what}: '{value}' is not yes or no")


class RowReader:
    """Reads the rows of one file: the format, its column mapping, how to read its dates, and the warnings."""

    def __init__(
        self,
        source_format: SourceFormat,
        mapping: Mapping[str, int],
        moments: MomentReader,
        threads: ThreadParser | None = None,
        header: Sequence[str] = (),
    ) -> None:
        self.format = source_format
        self.mapping = dict(mapping)
        self.moments = moments
        self.threads = threads
        self.notes = Notes()
        self.titles = {f: header[i] for f, i in self.mapping.items() if i < len(header)}

    def title(self, field_name: str) -> str:
        """The column of a field as the file calls it, for messages."""
        return self.titles.get(field_name) or self.format.title(field_name)

    def cells(self, row: list[str]) -> dict[str, str]:
        values = {f: (row[i] if i < len(row) else "") for f, i in self.mapping.items()}
        if self.format.strict:
            values = {f: unformula(v) for f, v in values.items()}
        return values

    def read(self, line: int, row: list[str]) -> ImportedTicket:
        get = self.cells(row)
        if self.format.strict:
            return self._deskapp(line, get)
        return self._foreign(line, get)

    # --- the tools --------------------------------------------------------------------------------

    def _foreign(self, line: int, get: dict[str, str]) -> ImportedTicket:
        fmt = self.format
        source_id = self._source_id(get.get("source_id", ""))
        text = html.unescape if fmt.key == "glpi" else (lambda s: s)
        subject = self._subject(text(get.get("subject", "")), line)
        when = self._moments(get)
        assignee = self._first(get.get("assignee", ""), "agents", line)
        status = self._status(get.get("status", ""), line, has_agent=bool(assignee))
        ticket_type = self._mapped(get.get("type", ""), fmt.types, TicketType.INCIDENT, "type", line)
        raw_id = get.get("source_id", "").strip().lstrip("#").upper()
        if fmt.key == "freshservice" and not get.get("type", "").strip() and raw_id.startswith("SR-"):
            ticket_type = TicketType.REQUEST  # a service request's id: SR-42
        ticket = ImportedTicket(
            line=line,
            source_id=source_id,
            uuid=import_uuid(fmt.key, source_id),
            type=ticket_type,
            subject=subject,
            description=self._description(text(get.get("description", "")), line),
            status=status,
            impact=self._mapped(get.get("impact", ""), fmt.levels, None, "impact", line),
            urgency=self._mapped(get.get("urgency", ""), fmt.levels, None, "urgency", line),
            priority=self._mapped(get.get("priority", ""), fmt.priorities, None, "priority", line),
            category=self._category(get),
            requester_name=clean_line(self._first(get.get("requester_name", ""), "requesters", line)) or None,
            requester_email=self._email(get.get("requester_email", ""), line),
            requester_department=clean_line(get.get("requester_department", "")) or None,
            assignee=clean_line(assignee) or None,
            group=clean_line(self._first(get.get("group", ""), "groups", line)) or None,
            tags=self._tags(get.get("tags", ""), line),
            resolution_notes=clean_text(text(get.get("resolution_notes", ""))) or None,
            reopen_count=self._count(get.get("reopen_count", ""), "reopen count"),
            **when,
        )
        self._settle_times(ticket)
        return ticket

    def _source_id(self, value: str) -> str:
        cleaned = value.strip().lstrip("#").replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        if self.format.key == "glpi":
            cleaned = cleaned.replace(",", "").replace(".", "")
        if self.format.key == "freshservice":
            cleaned = re.sub(r"^[A-Za-z]+-", "", cleaned)
        if not cleaned:
            raise RowError(f"{self.title('source_id')}: empty; every ticket needs its id")
        if len(cleaned) > 64:
            raise RowError(f"{self.title('source_id')}: '{value[:40]}…' is too long for an id")
        return cleaned

    def _subject(self, value: str, line: int) -> str:
        subject = clean_subject(value) if self.format.strict else clean_line(value)
        if not subject:
            raise RowError(f"{self.title('subject')}: empty; every ticket needs a subject")
        if len(subject) > validation.SUBJECT_MAX:
            self.notes.add(
                "long-subject", f"subjects longer than {validation.SUBJECT_MAX} characters were shortened", line
            )
            subject = subject[: validation.SUBJECT_MAX - 1].rstrip() + "…"
        return subject

    def _description(self, value: str, line: int) -> str:
        text = clean_text(value)
        if len(text) > validation.TEXT_MAX:
            self.notes.add("long-text", f"descriptions longer than {validation.TEXT_MAX:,} characters were cut", line)
            text = text[: validation.TEXT_MAX]
        return text

    def _first(self, value: str, what: str, line: int) -> str:
        """GLPI puts several people in one cell, one per line: the first is kept."""
        if "\n" not in value and "\r" not in value:
            return value.strip()
        parts = [p.strip() for p in value.replace("\r", "\n").split("\n") if p.strip()]
        if len(parts) > 1:
            self.notes.add(f"several-{what}", f"cells naming several {what}: the first one was kept", line)
        return parts[0] if parts else ""

    def _email(self, value: str, line: int) -> str | None:
        cleaned = value.strip()
        if not cleaned:
            return None
        try:
            return validation.email(cleaned)
        except ValidationError:
            self.notes.add(
                f"email:{cleaned.lower()}", f"'{cleaned}' is not an email address: the requester is found by name", line
            )
            return None

    def _status(self, value: str, line: int, *, has_agent: bool) -> Status:
        key = normalise(value)
        status = self.format.statuses.get(key)
        if status is None and key:
            status = status_by_words(value)
            if status is None:
                self.notes.add(f"status:{key}", f"status '{value.strip()}' is not known: imported as open", line)
        if status is None:
            status = OPEN_LIKE
        if status == OPEN_LIKE:
            return Status.OPEN if has_agent else Status.NEW
        assert isinstance(status, Status)
        return status

    def _mapped(self, value: str, table: Mapping[str, object], default, what: str, line: int):  # type: ignore[no-untyped-def]
        key = normalise(value)
        if not key:
            return default
        if key in table:
            return table[key]
        self.notes.add(f"{what}:{key}", f"{what} '{value.strip()}' is not known: left to deskapp's default", line)
        return default

    def _category(self, get: dict[str, str]) -> tuple[str, ...]:
        top = clean_line(get.get("category", ""))
        separator = self.format.category_separator
        parts = [p.strip() for p in top.split(separator)] if separator and top else ([top] if top else [])
        sub = clean_line(get.get("subcategory", ""))
        if sub:
            parts.append(sub)
        return tuple(p for p in parts if p)

    def _tags(self, value: str, line: int) -> tuple[str, ...]:
        tags = []
        if not value.strip():
            return ()
        for raw in _TAG_SPLIT.split(value):
            if not raw.strip():
                continue
            tag = tag_of(raw)
            if tag is None:
                self.notes.add(f"tag:{raw.strip()}", f"tag '{raw.strip()}' cannot be a deskapp tag: left out", line)
            else:
                tags.append(tag)
        return tuple(sorted(set(tags)))

    def _count(self, value: str, what: str) -> int:
        cleaned = value.strip()
        if not cleaned:
            return 0
        if not cleaned.isdigit():
            raise RowError(f"{what}: '{cleaned}' is not a whole number")
        return int(cleaned)

    def _moments(self, get: dict[str, str]) -> dict[str, datetime | None]:
        read = self.moments.read
        created = read(get.get("created_at", ""), self.title("created_at"))
        if created is None:
            raise RowError(f"{self.title('created_at')}: empty; every ticket needs its creation time")
        first_response = self._first_response(get.get("first_response_at", ""), created)
        return {
            "created_at": created,
            "updated_at": read(get.get("updated_at", ""), self.title("updated_at")) or created,
            "first_response_at": first_response,
            "resolved_at": read(get.get("resolved_at", ""), self.title("resolved_at")),
            "closed_at": read(get.get("closed_at", ""), self.title("closed_at")),
        }

    def _first_response(self, value: str, created: datetime) -> datetime | None:
        cleaned = value.strip()
        if cleaned and _HOURS.fullmatch(cleaned):  # 'First Response Time (in hrs)'
            return created + timedelta(seconds=round(float(cleaned) * 3600))
        return self.moments.read(cleaned, self.title("first_response_at"))

    def _settle_times(self, ticket: ImportedTicket) -> None:
        """Resolved and closed times that fit the status; times that follow each other."""
        status = ticket.status
        if status.is_active:
            ticket.resolved_at = ticket.closed_at = None
        else:
            if status is Status.CANCELLED:
                ticket.resolved_at = None
                ticket.closed_at = ticket.closed_at or ticket.updated_at
            else:
                if ticket.resolved_at is None:
                    ticket.resolved_at = ticket.closed_at or ticket.updated_at
                    self.notes.add(
                        "no-resolved-time",
                        "resolved or closed tickets without a resolution time: their "
                        "closing time, else their last update, is taken as the time they were resolved",
                        ticket.line,
                    )
                if status is Status.CLOSED and ticket.closed_at is None:
                    ticket.closed_at = max(ticket.updated_at, ticket.resolved_at)
                if status is Status.RESOLVED:
                    ticket.closed_at = None
            ticket.resolution_code = (
                (ResolutionCode.REQUEST_FULFILLED if ticket.type is TicketType.REQUEST else ResolutionCode.FIXED)
                if status is not Status.CANCELLED
                else None
            )
        self._check_order(ticket)

    def _check_order(self, ticket: ImportedTicket) -> None:
        created = ticket.created_at
        for name in ("first_response_at", "resolved_at", "closed_at"):
            moment = getattr(ticket, name)
            if moment is not None and moment < created:
                label = name.removesuffix("_at").replace("_", " ")
                raise RowError(
                    f"{label} {moment:%Y-%m-%d %H:%M}Z is before the ticket was created ({created:%Y-%m-%d %H:%M}Z)"
                )
        if ticket.resolved_at and ticket.closed_at and ticket.closed_at < ticket.resolved_at:
            ticket.closed_at = ticket.resolved_at
        for moment in (ticket.resolved_at, ticket.closed_at):
            if moment is not None and moment > ticket.updated_at:
                ticket.updated_at = moment
        if ticket.updated_at < created:
            ticket.updated_at = created

    # --- deskapp ----------------------------------------------------------------------------------

    def _conversation(self, cell: str) -> tuple[ImportedEntry, ...]:
        if not cell.strip():
            return ()
        if self.threads is None:
            self.notes.add("conversation", "the conversation column cannot be read here: conversations left out")
            return ()
        try:
            parsed = self.threads(cell)
        except ValueError as error:
            raise RowError(f"conversation: {error}") from None
        entries = []
        for entry in parsed:
            kind = _choice(EntryKind, entry.kind, "conversation")
            body = clean_text(entry.body) if kind is not EntryKind.EVENT else entry.body.strip()
            if not body:
                raise RowError("conversation: an entry has no text")
            at = entry.at if entry.at.tzinfo else entry.at.replace(tzinfo=UTC)
            entries.append(ImportedEntry(kind, clean_line(entry.author), at.astimezone(UTC), body))
        return tuple(entries)

    def _deskapp(self, line: int, get: dict[str, str]) -> ImportedTicket:
        number_text = get.get("source_id", "").strip()
        try:
            ticket_type, number = parse_number(number_text)
        except ValidationError:
            raise RowError(f"number: '{number_text}' is not a ticket number like INC-12") from None
        stated_type = get.get("type", "").strip()
        if stated_type and _choice(TicketType, stated_type, "type") is not ticket_type:
            raise RowError(f"type: '{stated_type}' does not match the number {number_text}")
        uuid = get.get("uuid", "").strip().lower().replace("-", "")
        if not re.fullmatch(r"[0-9a-f]{32}", uuid):
            raise RowError(f"uuid: '{get.get('uuid', '')}' is not a uuid (32 hexadecimal digits)")
        read = self.moments.read
        created = read(get.get("created_at", ""), "created_at")
        if created is None:
            raise RowError("created_at: empty; every ticket needs its creation time")
        optional = {
            name: read(get.get(name, ""), name)
            for name in ("first_response_at", "resolved_at", "closed_at", "response_due_at", "resolution_due_at")
        }
        status = _choice(Status, get.get("status", ""), "status")
        code = get.get("resolution_code", "").strip()
        reason = clean_text(get.get("priority_reason", "")) or None
        category = tuple(p for p in (clean_line(get.get("category", "")), clean_line(get.get("subcategory", ""))) if p)
        entries = self._conversation(get.get("conversation", ""))
        ticket = ImportedTicket(
            line=line,
            source_id=f"{ticket_type.prefix}-{number}",
            uuid=uuid,
            type=ticket_type,
            number=number,
            subject=self._subject(get.get("subject", ""), line),
            description=self._description(get.get("description", ""), line),
            status=status,
            impact=_choice(Level, get["impact"], "impact") if get.get("impact", "").strip() else None,
            urgency=_choice(Level, get["urgency"], "urgency") if get.get("urgency", "").strip() else None,
            priority=_choice(Priority, get["priority"], "priority") if get.get("priority", "").strip() else None,
            priority_reason=reason,
            category=category,
            requester_name=clean_line(get.get("requester_name", "")) or None,
            requester_email=self._email(get.get("requester_email", ""), line),
            requester_department=clean_line(get.get("requester_department", "")) or None,
            assignee=clean_line(get.get("assignee", "")) or None,
            group=clean_line(get.get("group", "")) or None,
            source=_choice(Source, get["source"], "source") if get.get("source", "").strip() else Source.IMPORT,
            tags=self._tags(get.get("tags", ""), line),
            major=bool(_flag(get.get("major", ""), "major")),
            problem=get.get("problem", "").strip() or None,
            created_at=created,
            updated_at=read(get.get("updated_at", ""), "updated_at") or created,
            resolution_code=_choice(ResolutionCode, code, "resolution_code") if code else None,
            resolution_notes=clean_text(get.get("resolution_notes", "")) or None,
            root_cause=clean_text(get.get("root_cause", "")) or None,
            response_met=_flag(get.get("response_met", ""), "response_met"),
            resolution_met=_flag(get.get("resolution_met", ""), "resolution_met"),
            reopen_count=self._count(get.get("reopen_count", ""), "reopen_count"),
            keeps_sla=True,
            entries=entries,
            **optional,
        )
        for name in ("first_response_at", "resolved_at", "closed_at"):
            moment = getattr(ticket, name)
            if moment is not None and moment < created:
                raise RowError(f"{name}: {moment:%Y-%m-%dT%H:%M:%S}Z is before created_at")
        return ticket

"""Checks on what people type, each failing with a message that names the field."""

import re

from deskapp.domain.errors import ValidationError

SUBJECT_MAX = 200
TEXT_MAX = 100_000
NAME_MAX = 120
TAG_MAX = 40

_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+$")
_TAG = re.compile(r"^[\w][\w.+-]*$")


def _no_control_chars(value: str, field: str, *, allow_newlines: bool) -> None:
    for ch in value:
        code = ord(ch)
        if (code < 32 or 127 <= code < 160) and not (allow_newlines and ch in "\n\r\t"):
            raise ValidationError(f"{field}: contains a control character (code {code})", field=field)


def subject(value: str | None) -> str:
    text = (value or "").strip()
    if not text:
        raise ValidationError("subject: a ticket needs a subject (what's wrong, in a few words)", field="subject")
    if len(text) > SUBJECT_MAX:
        raise ValidationError(f"subject: at most {SUBJECT_MAX} characters (got {len(text)})", field="subject")
    _no_control_chars(text, "subject", allow_newlines=False)
    return text


def text(value: str | None, field: str, *, required: bool = False) -> str:
    """Free text such as a description, reply or note; trailing spaces trimmed."""
    cleaned = (value or "").strip()
    if required and not cleaned:
        raise ValidationError(f"{field}: must not be empty", field=field)
    if len(cleaned) > TEXT_MAX:
        raise ValidationError(f"{field}: at most {TEXT_MAX} characters (got {len(cleaned)})", field=field)
    _no_control_chars(cleaned, field, allow_newlines=True)
    return cleaned


def name(value: str | None, field: str, *, required: bool = True) -> str:
    cleaned = " ".join((value or "").split())
    if required and not cleaned:
        raise ValidationError(f"{field}: must not be empty", field=field)
    if len(cleaned) > NAME_MAX:
        raise ValidationError(f"{field}: at most {NAME_MAX} characters", field=field)
    _no_control_chars(cleaned, field, allow_newlines=False)
    return cleaned


def email(value: str | None, field: str = "email") -> str:
    """A lower-cased address like name@example.com."""
    cleaned = (value or "").strip()
    if not _EMAIL.match(cleaned) or len(cleaned) > 254:
        raise ValidationError(f"{field}: '{value}' is not an email address like name@example.com", field=field)
    return cleaned.lower()


def tag(value: str) -> str:
    cleaned = value.strip().lower()
    if not cleaned or len(cleaned) > TAG_MAX or not _TAG.match(cleaned):
        raise ValidationError(
            f"tag: '{value}' is not a tag (letters, digits, . _ + - ; at most {TAG_MAX} characters)",
            field="tag",
        )
    return cleaned

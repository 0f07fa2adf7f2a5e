"""Icons from resources/: priority and status icons pair a shape with the text, never colour alone."""

from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QIcon

from deskapp.domain.tickets import Priority, Status


def resources_dir() -> Path:
    """resources/ as installed (package deskapp.resources) or, running from a checkout, beside src/."""
    try:
        installed = Path(str(resources.files("deskapp.resources")))
        if (installed / "icons").is_dir():
            return installed
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parents[3] / "resources"


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(resources_dir() / "icons" / f"{name}.svg"))


def priority_icon(priority: Priority) -> QIcon:
    return icon(f"priority-{priority.value}")


def status_icon(status: Status) -> QIcon:
    return icon(f"status-{status.value}")


def app_icon() -> QIcon:
    return icon("deskapp")

"""Drafts: what a person typed into a form, kept on disk as they type, so a crash loses nothing.

Each form names its draft (e.g. "request-form", "reply/INC-12"); the text of its fields is saved
half a second after the last keystroke and removed when the form is submitted or cleared.
"""

import json
import os
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

SAVE_DELAY_MS = 500


class DraftStore(QObject):
    """Drafts as small JSON files in one folder (written atomically, so a crash can't corrupt one)."""

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._pending: dict[str, dict[str, str]] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

    def _path(self, name: str) -> Path:
        safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name)
        return self.folder / f"{safe}.json"

    def load(self, name: str) -> dict[str, str]:
        if name in self._pending:
            return dict(self._pending[name])
        try:
            data = json.loads(self._path(name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return {str(k): str(v) for k, v in data.items()} if isinstance(data, dict) else {}

    def save(self, name: str, fields: dict[str, str]) -> None:
        """Remember the fields; written to disk shortly after the last call."""
        self._pending[name] = dict(fields)
        self._timer.start(SAVE_DELAY_MS)

    def flush(self) -> None:
        pending, self._pending = self._pending, {}
        for name, fields in pending.items():
            if not any(v.strip() for v in fields.values()):
                self._path(name).unlink(missing_ok=True)
                continue
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                temp = self._path(name).with_suffix(".tmp")
                temp.write_text(json.dumps(fields, ensure_ascii=False), encoding="utf-8")
                os.replace(temp, self._path(name))
            except OSError:
                continue  # a draft is a convenience; never let it break typing

    def discard(self, name: str) -> None:
        self._pending.pop(name, None)
        self._path(name).unlink(missing_ok=True)

    def names(self) -> list[str]:
        """Drafts left on disk (e.g. after a crash), to offer back on the next start."""
        if not self.folder.is_dir():
            return []
        return sorted(p.stem for p in self.folder.glob("*.json"))

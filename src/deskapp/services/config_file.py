"""TOML text for the settings file: a small writer for plain tables, and where each key sits in a file.

Reading is tomllib's job. Two things it does not give are done here: writing (a few dozen lines for dicts,
lists, strings, numbers, booleans and dates, so no extra dependency), and the line each key of a parsed
document came from, so an error found after parsing ("targets.high.response of policy 'Standard'") can
name the line a person has to fix.
"""

import bisect
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

Path = tuple[str | int, ...]

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}
_DECODE_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)\s*$")
_DECODE_END = re.compile(r"\s*\(at end of document\)\s*$")
MAX_INLINE_WIDTH = 100


# --- writing ------------------------------------------------------------------------------------


def _string(text: str) -> str:
    out = []
    for char in text:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def key_text(key: str) -> str:
    return key if _BARE_KEY.match(key) else _string(key)


def _value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{key_text(str(k))} = {_value(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def _assignment(key: str, value: Any) -> list[str]:
    """key = value; an array too wide for one line gets one element per line."""
    line = f"{key_text(key)} = {_value(value)}"
    if not isinstance(value, list | tuple) or len(line) <= MAX_INLINE_WIDTH or not value:
        return [line]
    return [f"{key_text(key)} = [", *(f"    {_value(item)}," for item in value), "]"]


def _is_table_array(value: Any) -> bool:
    return isinstance(value, list | tuple) and bool(value) and all(isinstance(item, Mapping) for item in value)


def dumps(
    data: Mapping[str, Any],
    *,
    inline: Callable[[Path], bool] = lambda path: False,
    comments: Mapping[Path, Sequence[str]] | None = None,
    header: Sequence[str] = (),
) -> str:
    """TOML for `data`: values first, then sub-tables as [a.b] and lists of tables as [[a.b]].

    `inline(path)` says which tables to write as { k = v } on the key's line; `comments` puts comment lines
    above the table or key at a path (list indices are left out of the path: ("policies", "targets")).
    """
    lines = [f"# {text}" if text else "#" for text in header]
    notes = comments or {}
    written: set[Path] = set()
    pending: list[str] = []  # a comment on a table written only through its sub-tables goes above the first

    def note(path: Path) -> list[str]:
        if path in written:
            return []
        written.add(path)
        return [f"# {text}" if text else "#" for text in notes.get(path, ())]

    def table(path: Path, names: tuple[str, ...], values: Mapping[str, Any], array: bool) -> None:
        nested_keys = {
            k for k, v in values.items() if (isinstance(v, Mapping) and not inline((*path, k))) or _is_table_array(v)
        }
        simple = [(k, v) for k, v in values.items() if k not in nested_keys]
        nested = [(k, v) for k, v in values.items() if k in nested_keys]
        if names and (simple or not nested or array):
            if lines:
                lines.append("")
            lines.extend(pending)
            pending.clear()
            lines.extend(note(path))
            dotted = ".".join(key_text(n) for n in names)
            lines.append(f"[[{dotted}]]" if array else f"[{dotted}]")
        elif names:
            pending.extend(note(path))
        for key, value in simple:
            lines.extend(note((*path, key)))
            lines.extend(_assignment(key, value))
        for key, value in nested:
            if isinstance(value, Mapping):
                table((*path, key), (*names, key), value, False)
            else:
                for item in value:
                    table((*path, key), (*names, key), item, True)

    table((), (), data, False)
    return "\n".join(lines) + "\n"


# --- where keys are -------------------------------------------------------------------------------


class _Scanner:
    """Walks a document tomllib has accepted and records the line of every key, table and array element.

    Paths are those of the parsed data: ("policies", 0, "targets", "high", "response"). Because the text is
    known to be valid TOML, the walk only needs to find where statements and values begin and end.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.i = 0
        self.starts = [0] + [m.end() for m in re.finditer(r"\n", text)]
        self.lines: dict[Path, int] = {}
        self.arrays: dict[tuple[Any, ...], int] = {}  # array-of-tables path -> index of its last element

    def line(self, index: int | None = None) -> int:
        return bisect.bisect_right(self.starts, self.i if index is None else index)

    def record(self, path: Path) -> None:
        self.lines.setdefault(path, self.line())

    def scan(self) -> dict[Path, int]:
        current: Path = ()
        while True:
            self.skip_blank(newlines=True)
            if self.i >= len(self.text):
                return self.lines
            if self.text.startswith("[[", self.i):
                self.i += 2
                keys = self.key()
                current = self.concrete(keys, new_element=True)
                self.i = self.text.index("]]", self.i) + 2
            elif self.text[self.i] == "[":
                self.i += 1
                current = self.concrete(self.key())
                self.record(current)
                self.i = self.text.index("]", self.i) + 1
            else:
                path = (*current, *self.key())
                self.record(path)
                self.i = self.text.index("=", self.i) + 1
                self.value(path)

    def concrete(self, keys: tuple[str, ...], new_element: bool = False) -> Path:
        """The data path of a table header: each array of tables on the way stands for its last element."""
        path: list[str | int] = []
        for number, key in enumerate(keys):
            path.append(key)
            whole = tuple(path)
            last = number == len(keys) - 1
            if last and new_element:
                self.lines.setdefault(whole, self.line())
                self.arrays[whole] = self.arrays.get(whole, -1) + 1
                path.append(self.arrays[whole])
                self.record(tuple(path))
            elif whole in self.arrays:
                path.append(self.arrays[whole])
        return tuple(path)

    def skip_blank(self, newlines: bool) -> None:
        text = self.text
        while self.i < len(text):
            char = text[self.i]
            if char in " \t" or (newlines and char in "\r\n"):
                self.i += 1
            elif char == "#":
                end = text.find("\n", self.i)
                self.i = len(text) if end < 0 else end
            else:
                return

    def key(self) -> tuple[str, ...]:
        parts = []
        while True:
            self.skip_blank(newlines=False)
            char = self.text[self.i]
            if char in "\"'":
                start = self.i
                self.string()
                parts.append(tomllib.loads("k = " + self.text[start : self.i])["k"])
            else:
                match = re.compile(r"[A-Za-z0-9_-]+").match(self.text, self.i)
                assert match, f"a key was expected at line {self.line()}"
                parts.append(match.group())
                self.i = match.end()
            self.skip_blank(newlines=False)
            if self.i < len(self.text) and self.text[self.i] == ".":
                self.i += 1
                continue
            return tuple(parts)

    def string(self) -> None:
        text, quote = self.text, self.text[self.i]
        if text.startswith(quote * 3, self.i):
            end = self.i + 3
            while True:
                end = text.index(quote * 3, end)
                if quote == '"' and _escaped(text, end):
                    end += 1
                    continue
                break
            while text.startswith(quote, end + 3):  # up to two quotes may close the content
                end += 1
            self.i = end + 3
            return
        end = self.i + 1
        while text[end] != quote or (quote == '"' and _escaped(text, end)):
            end += 1
        self.i = end + 1

    def value(self, path: Path) -> None:
        self.skip_blank(newlines=False)
        char = self.text[self.i]
        if char in "\"'":
            self.string()
        elif char == "[":
            self.i += 1
            index = 0
            while True:
                self.skip_blank(newlines=True)
                if self.text[self.i] == "]":
                    self.i += 1
                    return
                self.record((*path, index))
                self.value((*path, index))
                self.skip_blank(newlines=True)
                if self.text[self.i] == ",":
                    self.i += 1
                index += 1
        elif char == "{":
            self.i += 1
            while True:
                self.skip_blank(newlines=True)
                if self.text[self.i] == "}":
                    self.i += 1
                    return
                inner = (*path, *self.key())
                self.record(inner)
                self.i = self.text.index("=", self.i) + 1
                self.value(inner)
                self.skip_blank(newlines=True)
                if self.text[self.i] == ",":
                    self.i += 1
        else:
            match = re.compile(r"[^,\]}\r\n#]*").match(self.text, self.i)
            assert match is not None
            self.i = match.end()


def _escaped(text: str, index: int) -> bool:
    """Whether the character at index is preceded by an odd number of backslashes."""
    count = 0
    while index - count - 1 >= 0 and text[index - count - 1] == "\\":
        count += 1
    return count % 2 == 1


class KeyLines:
    """The line of each key of a TOML document, and the best line for a path that has none of its own."""

    def __init__(self, text: str) -> None:
        self.lines = _Scanner(text).scan()

    def line_of(self, path: Path) -> int:
        """The key's own line; else the first line inside it (a table written only through sub-tables);
        else the line of the nearest enclosing key; 1 if nothing matches."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            inside = [line for key, line in self.lines.items() if key[: len(path)] == path]
            if inside:
                return min(inside)
            path = path[:-1]
        return 1


def syntax_error(error: tomllib.TOMLDecodeError, text: str) -> tuple[int, str]:
    """(line, message) of a tomllib error: 'Invalid value (at line 3, column 9)' -> (3, 'invalid value at
    column 9'); an error at the end of the document is on its last line."""
    message = str(error)
    match = _DECODE_POSITION.search(message)
    if match:
        line, column = int(match.group(1)), int(match.group(2))
        detail = message[: match.start()]
        return line, f"{detail[:1].lower()}{detail[1:]} (column {column}); this is not valid TOML"
    detail = _DECODE_END.sub("", message)
    last = max(1, len(text.rstrip("\n").split("\n")))
    return last, f"{detail[:1].lower()}{detail[1:]} at the end of the file; this is not valid TOML"

"""Update deskapp's translations: extract the UI's strings into resources/translations/deskapp_<lang>.ts, build the .qm.

Usage, from the top of the repository (or anywhere; paths are taken from this file's place):

    python packaging/update_translations.py                 # German: update deskapp_de.ts, then build deskapp_de.qm
    python packaging/update_translations.py --lang fr       # another language (starts deskapp_fr.ts if there is none)
    python packaging/update_translations.py --no-release    # only update the .ts
    python packaging/update_translations.py --release-only  # only build the .qm from the .ts (after translating)

Then translate the unfinished messages, in Qt Linguist (``pyside6-linguist resources/translations/deskapp_de.ts``)
or by editing the XML, and run the script again (or with --release-only) to rebuild the .qm. The .qm is what ships
(package data ``translations/*.qm``); deskapp.ui.i18n.install_translations loads it for the system's language.

What happens:

1. pyside6-lupdate reads every .py file under src/deskapp/ui and src/deskapp/app.py: ``self.tr("...")`` in QObject
   subclasses (context: the class name) and ``QCoreApplication.translate("Context", "...")`` /
   ``QT_TRANSLATE_NOOP("Context", "...")`` anywhere. Existing translations are kept; messages whose source text is
   gone stay in the .ts as "vanished" (lrelease leaves them out) so a reworded string can reuse its old translation.
2. Strings lupdate cannot see are found here, by reading the code's syntax tree, and fed to lupdate as
   QT_TRANSLATE_NOOP lines of a temporary file (their locations are then pointed back at the real source lines):
   - calls of module-level wrappers such as ``def _tr(text): return QCoreApplication.translate("Sidebar", text)``
     (lupdate files a bare ``tr("...")`` under an empty context and misses ``_tr("...")`` altogether);
   - calls of methods that pass their argument to ``self.tr`` (MainWindow._action("&Quit", ...));
   - ``other.tr("...")`` on an object other than self, whose context is the class of that object (RECEIVERS);
   - labels kept untranslated in module-level tables and translated when shown (TABLES).
   The contexts lupdate makes up for the last three cases ("", "self.main", ...) are dropped from the .ts.
3. pyside6-lrelease compiles the .ts into the .qm.

lupdate and lrelease are the ones shipped inside the PySide6 wheel (what pyside6-lupdate / pyside6-lrelease start);
if they are not there, pyside6-lupdate / lupdate on PATH are used.
"""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SRC = REPO / "src"
TRANSLATIONS = REPO / "resources" / "translations"

# The class whose context ``<receiver>.tr("...")`` translates in (PySide's tr uses the object's class and its bases).
RECEIVERS = {
    "self.main": "MainWindow",  # ui/windows.py: Windows.main is the MainWindow
    "window": "MainWindow",  # ui/tray.py: the tray's window is the MainWindow
}

# Untranslated labels in module-level tables, translated when shown: (file under src/deskapp, table name,
# context, index of the label in each row: tuple item, call argument, or 0/1 for a dict's key/value).
TABLES = (
    ("ui/sidebar.py", "BUILTIN", "Sidebar", 1),
    ("ui/queue/model.py", "COLUMNS", "QueueModel", 1),
    ("ui/windows.py", "SHORTCUTS", "MainWindow", 1),
    ("ui/sla.py", "_STATE_WORDS", "Sla", 1),  # a dict: each (key, value) is a row
    ("ui/notifications.py", "_KINDS", "Notifications", 1),
    ("ui/notifications.py", "SNOOZES", "Notifications", 1),
)

# Calls with a non-literal text that are covered by the rules above (anything else is reported as untranslatable).
COVERED_DYNAMIC = {
    ("ui/sidebar.py", "_tr(label)"),  # BUILTIN
    ("ui/queue/model.py", "_tr(COLUMNS[section].title)"),  # COLUMNS
    ("ui/queue/model.py", "_tr(column.title)"),  # COLUMNS
    ("ui/sla.py", "_tr(_STATE_WORDS[self.state])"),  # _STATE_WORDS
    ("ui/windows.py", "self.main.tr(action)"),  # SHORTCUTS
    ("ui/notifications.py", "_tr(_KINDS[notice.kind])"),  # _KINDS
    ("ui/notifications.py", "_tr(label)"),  # SNOOZES
    ("ui/review/models.py", "_tr(self.CONTEXT, self.HEADERS[section])"),  # QT_TRANSLATE_NOOP in HEADERS
    ("ui/main_window.py", "self.tr(text)"),  # MainWindow._action: its callers are read
}


def sources() -> list[Path]:
    """The files lupdate reads."""
    return [*sorted((SRC / "deskapp" / "ui").rglob("*.py")), SRC / "deskapp" / "app.py"]


# --- finding the tools -----------------------------------------------------------------------------


def tool(name: str) -> str:
    """The path of lupdate or lrelease: the PySide6 wheel's own, else pyside6-<name> or <name> on PATH."""
    try:
        from PySide6 import QtCore

        folder = Path(QtCore.__file__).resolve().parent
        for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
            if candidate.is_file() and os.access(candidate, os.X_OK):
                return str(candidate)
    except ImportError:
        pass
    for command in (f"pyside6-{name}", name):
        found = shutil.which(command)
        if found:
            return found
    raise SystemExit(f"{name} not found: install PySide6 (it ships pyside6-{name})")


# --- strings lupdate cannot see ----------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    context: str
    text: str
    path: Path
    line: int


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _module_name(path: Path) -> str:
    return ".".join(path.relative_to(SRC).with_suffix("").parts)


def _is_translate(call: ast.AST) -> bool:
    """QCoreApplication.translate(...) (or QApplication / QGuiApplication)."""
    return (
        isinstance(call, ast.Call)
        and isinstance(call.func, ast.Attribute)
        and call.func.attr == "translate"
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id.endswith("Application")
    )


def _module_wrappers(tree: ast.Module) -> dict[str, tuple[str | int, int]]:
    """Module-level functions that return QCoreApplication.translate(context, <parameter>):
    name -> (the context, or the index of the parameter that holds it; the index of the text parameter)."""
    constants = {
        target.id: node.value.value
        for node in tree.body
        if isinstance(node, ast.Assign) and _literal(node.value) is not None
        for target in node.targets
        if isinstance(target, ast.Name)
    }
    wrappers: dict[str, tuple[str | int, int]] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.body:
            continue
        last = node.body[-1]
        call = last.value if isinstance(last, ast.Return) else None
        if not _is_translate(call) or len(call.args) < 2:
            continue
        params = [a.arg for a in node.args.args]
        context_arg, text_arg = call.args[0], call.args[1]
        if not isinstance(text_arg, ast.Name) or text_arg.id not in params:
            continue
        context: str | int | None = _literal(context_arg)
        if context is None and isinstance(context_arg, ast.Name):
            context = params.index(context_arg.id) if context_arg.id in params else constants.get(context_arg.id)
        if context is not None:
            wrappers[node.name] = (context, params.index(text_arg.id))
    return wrappers


def _method_wrappers(cls: ast.ClassDef) -> dict[str, int]:
    """Methods that hand one of their parameters to self.tr: name -> index of that parameter (self not counted)."""
    found = {}
    for node in cls.body:
        if not isinstance(node, ast.FunctionDef):
            continue
        params = [a.arg for a in node.args.args][1:]
        for call in ast.walk(node):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr == "tr"
                and ast.unparse(call.func.value) == "self"
                and call.args
                and isinstance(call.args[0], ast.Name)
                and call.args[0].id in params
            ):
                found[node.name] = params.index(call.args[0].id)
    return found


def _owners(tree: ast.Module) -> dict[ast.AST, ast.ClassDef]:
    """The innermost class around each node (nodes outside classes are left out)."""
    owner: dict[ast.AST, ast.ClassDef] = {}

    def visit(node: ast.AST, cls: ast.ClassDef | None) -> None:
        for child in ast.iter_child_nodes(node):
            if cls is not None:
                owner[child] = cls
            visit(child, child if isinstance(child, ast.ClassDef) else cls)

    visit(tree, None)
    return owner


def _text_arg(call: ast.Call, index: int) -> ast.AST | None:
    return call.args[index] if len(call.args) > index else None


def _table_rows(tree: ast.Module, name: str, index: int) -> list[ast.AST]:
    """The label nodes of a module-level table: item `index` of each tuple row, argument `index` of each call,
    or for a dict, item `index` of each (key, value)."""
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        else:
            continue
        if not any(isinstance(t, ast.Name) and t.id == name for t in targets):
            continue
        if isinstance(node.value, ast.Dict):
            rows: list[ast.AST] = [ast.Tuple([k, v]) for k, v in zip(node.value.keys, node.value.values, strict=True)]
        elif isinstance(node.value, ast.Tuple | ast.List):
            rows = node.value.elts
        else:
            return []
        labels = []
        for row in rows:
            items = row.args if isinstance(row, ast.Call) else getattr(row, "elts", [])
            labels.append(items[index] if len(items) > index else row)
        return labels
    return []


def extra_messages(files: list[Path] | None = None) -> tuple[list[Found], list[str]]:
    """The strings lupdate misses or files under a made-up context, and notes about calls nobody can extract."""
    files = files if files is not None else sources()
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in files}
    wrappers_by_module = {_module_name(path): _module_wrappers(tree) for path, tree in trees.items()}
    found: list[Found] = []
    notes: list[str] = []

    def add(context: str, node: ast.AST | None, path: Path, where: ast.AST) -> None:
        text = _literal(node)
        line = getattr(node, "lineno", getattr(where, "lineno", 0))
        if text is not None:
            found.append(Found(context, text, path, line))
        else:
            code = ast.unparse(node) if node is not None else "(nothing)"
            notes.append(f"{path.relative_to(SRC / 'deskapp').as_posix()}:{line}: {code} is not a literal string")

    for path, tree in trees.items():
        rel = path.relative_to(SRC / "deskapp").as_posix()
        wrappers = dict(wrappers_by_module[_module_name(path)])
        for node in ast.walk(tree):  # wrappers imported from other modules
            if isinstance(node, ast.ImportFrom) and node.module in wrappers_by_module:
                for alias in node.names:
                    if alias.name in wrappers_by_module[node.module]:
                        wrappers[alias.asname or alias.name] = wrappers_by_module[node.module][alias.name]

        owner = _owners(tree)
        method_wrappers = {cls.name: _method_wrappers(cls) for cls in ast.walk(tree) if isinstance(cls, ast.ClassDef)}

        # aliases of wrapping methods inside functions: ``a = self._action``
        aliases: dict[str, tuple[str, int]] = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Attribute) and node in owner:
                cls = owner[node]
                value = node.value
                if ast.unparse(value.value) == "self" and value.attr in method_wrappers[cls.name]:
                    for target in node.targets:
                        if isinstance(target, ast.Name):
                            aliases[target.id] = (cls.name, method_wrappers[cls.name][value.attr])

        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if isinstance(func, ast.Name) and func.id in wrappers:
                context, text_index = wrappers[func.id]
                if isinstance(context, int):
                    context = _literal(_text_arg(node, context))
                text = _text_arg(node, text_index)
                if context is not None and _literal(text) is not None:
                    add(context, text, path, node)
                elif (rel, ast.unparse(node)) not in COVERED_DYNAMIC:
                    notes.append(f"{rel}:{node.lineno}: {ast.unparse(node)} can't be extracted")
            elif isinstance(func, ast.Name) and func.id in aliases:
                context, text_index = aliases[func.id]
                add(context, _text_arg(node, text_index), path, node)
            elif isinstance(func, ast.Attribute) and node in owner:
                receiver = ast.unparse(func.value)
                cls = owner[node]
                if receiver == "self" and func.attr in method_wrappers[cls.name]:
                    add(cls.name, _text_arg(node, method_wrappers[cls.name][func.attr]), path, node)
            if isinstance(func, ast.Attribute) and func.attr == "tr":
                receiver = ast.unparse(func.value)
                text = _text_arg(node, 0)
                if receiver != "self" and receiver in RECEIVERS and _literal(text) is not None:
                    add(RECEIVERS[receiver], text, path, node)
                elif receiver != "self" and _literal(text) is not None:
                    notes.append(f"{rel}:{node.lineno}: {ast.unparse(node)}: add {receiver!r} to RECEIVERS")
                if _literal(text) is None and (rel, ast.unparse(node)) not in COVERED_DYNAMIC:
                    notes.append(f"{rel}:{node.lineno}: {ast.unparse(node)} can't be extracted")

        for table_file, name, context, index in TABLES:
            if rel == table_file:
                labels = _table_rows(tree, name, index)
                if not labels:
                    notes.append(f"{rel}: table {name} not found (update TABLES)")
                for label in labels:
                    add(context, label, path, label)
    return found, notes


def write_shim(found: list[Found], folder: Path) -> tuple[Path, dict[int, Found]]:
    """A Python file of QT_TRANSLATE_NOOP lines for lupdate, and which real place each line stands for."""
    lines = ["from PySide6.QtCore import QT_TRANSLATE_NOOP", ""]
    where: dict[int, Found] = {}
    for item in found:
        lines.append(f"QT_TRANSLATE_NOOP({_quote(item.context)}, {_quote(item.text)})")
        where[len(lines)] = item
    shim = folder / "deskapp_extra_strings.py"
    shim.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return shim, where


def _quote(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


# --- the .ts -----------------------------------------------------------------------------------------


def postprocess(ts: Path, shim: Path, where: dict[int, Found]) -> int:
    """Drop the contexts lupdate made up, point the shim's locations at the real lines; returns messages dropped."""
    tree = ET.parse(ts)
    root = tree.getroot()
    dropped = 0
    for context in list(root.iter("context")):
        name = context.findtext("name") or ""
        if name == "" or name in RECEIVERS:
            dropped += len(context.findall("message"))
            root.remove(context)
    for message in root.iter("message"):
        for location in message.findall("location"):
            if Path(location.get("filename", "")).name == shim.name:
                item = where.get(int(location.get("line", "0")))
                if item is None:
                    message.remove(location)
                    continue
                location.set("filename", Path(os.path.relpath(item.path, ts.parent)).as_posix())
                location.set("line", str(item.line))
        _dedupe_locations(message)
    write_ts(tree, ts)
    return dropped


def _dedupe_locations(message: ET.Element) -> None:
    seen = set()
    for location in message.findall("location"):
        key = (location.get("filename"), location.get("line"))
        if key in seen:
            message.remove(location)
        seen.add(key)


def write_ts(tree: ET.ElementTree, ts: Path) -> None:
    """Write the .ts laid out as lupdate does (so Linguist and lupdate read it, and diffs stay small)."""
    root = tree.getroot()
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{_attributes(root)}>"]
    for child in root:
        _write_element(child, 0, out)
    out.append("</TS>")
    ts.write_text("\n".join(out) + "\n", encoding="utf-8")


def _attributes(element: ET.Element) -> str:
    return "".join(f' {key}="{_escape(value)}"' for key, value in element.attrib.items())


_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&apos;"))


def _escape(text: str) -> str:
    for char, entity in _ESCAPES:
        text = text.replace(char, entity)
    return text


def _write_element(element: ET.Element, depth: int, out: list[str]) -> None:
    pad = " " * (4 * depth)
    head = f"{pad}<{element.tag}{_attributes(element)}"
    if len(element):
        out.append(head + ">")
        for child in element:
            _write_element(child, depth + 1, out)
        out.append(f"{pad}</{element.tag}>")
    elif element.tag == "location":
        out.append(head + "/>")
    else:
        out.append(f"{head}>{_escape(element.text or '')}</{element.tag}>")


def update(lang: str) -> Path:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    ts = TRANSLATIONS / f"deskapp_{lang}.ts"
    found, notes = extra_messages()
    for note in notes:
        print(f"note: {note}", file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="deskapp-lupdate-") as tmp:
        shim, where = write_shim(found, Path(tmp))
        files = [os.path.relpath(path, REPO) for path in sources()] + [str(shim)]
        command = [tool("lupdate"), *files, "-locations", "absolute", "-target-language", lang, "-ts", str(ts)]
        subprocess.run(command, cwd=REPO, check=True)
        dropped = postprocess(ts, shim, where)
    print(f"{len(found)} strings found beside lupdate's; {dropped} messages under made-up contexts dropped")
    return ts


def release(lang: str) -> Path:
    ts = TRANSLATIONS / f"deskapp_{lang}.ts"
    qm = ts.with_suffix(".qm")
    if not ts.is_file():
        raise SystemExit(f"{ts} does not exist: run without --release-only first")
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], cwd=REPO, check=True)
    return qm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--lang", default="de", help="language code of the .ts/.qm (default: de)")
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--no-release", action="store_true", help="only update the .ts")
    only.add_argument("--release-only", action="store_true", help="only build the .qm from the .ts")
    args = parser.parse_args(argv)
    if not args.release_only:
        update(args.lang)
    if not args.no_release:
        release(args.lang)
    return 0


if __name__ == "__main__":
    sys.exit(main())

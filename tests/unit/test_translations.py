"""The German translation: it loads, key strings come out German, placeholders survive, and the .qm is current."""

import importlib.util
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from deskapp.ui.i18n import install_translations
from deskapp.ui.icons import resources_dir

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "translations" / "deskapp_de.ts"
QM = TS.with_suffix(".qm")

KEY_STRINGS = {
    ("Sidebar", "All open"): "Alle offenen",
    ("Sidebar", "My open"): "Meine offenen",
    ("Sidebar", "Pending"): "Wartend",
    ("MainWindow", "&File"): "&Datei",
    ("MainWindow", "&New ticket…"): "&Neues Ticket…",
    ("MainWindow", "Keyboard shortcuts"): "Tastenkürzel",
    ("QueueModel", "Requester"): "Anforderer",
    ("QueueModel", "Assignee"): "Bearbeiter",
    ("QueueModel", "Support group"): "Supportgruppe",
    ("FilterBar", "Any priority"): "Alle Prioritäten",
    ("LogCallDialog", "&Urgency"): "&Dringlichkeit",
    ("EntryCard", "Internal note"): "Interne Notiz",
    ("TicketDetail", "Impact"): "Auswirkung",
    ("TicketActions", "Resolve…"): "Lösen…",
}

# Contexts the German translation must cover completely.
COMPLETE_CONTEXTS = (
    "MainWindow",
    "Sidebar",
    "QueueModel",
    "FilterBar",
    "RequestForm",
    "RequestFormWindow",
    "LogCallDialog",
    "TicketHeader",
    "TicketFields",
    "TicketActions",
    "TicketDetailWidget",
    "ReviewView",
    "ReviewForm",
)

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n")
TAG = re.compile(r"</?[A-Za-z][^>]*>")


def accelerators(text: str) -> int:
    """How many '&x' mnemonics the text has ('&&' is a literal ampersand)."""
    return len(re.findall(r"&(?!&)\S", text.replace("&&", "")))


def messages() -> list[tuple[str, str, ET.Element]]:
    """(context, source, message) of every message still in the source code (vanished ones left out)."""
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.find("translation").get("type") not in ("vanished", "obsolete"):
                found.append((name, message.findtext("source") or "", message))
    return found


def translations(message: ET.Element) -> list[str]:
    """The finished translation (its plural forms for a numerus message); empty when unfinished."""
    translation = message.find("translation")
    if translation.get("type") == "unfinished":
        return []
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.fixture
def german(qapp) -> QTranslator:  # type: ignore[no-untyped-def]
    translator = QTranslator()
    assert translator.load(str(QM)), f"{QM} does not load"
    return translator


def test_key_strings_are_german(german: QTranslator) -> None:
    for (context, source), expected in KEY_STRINGS.items():
        assert german.translate(context, source) == expected, (context, source)


def test_plural_forms(german: QTranslator) -> None:
    assert german.translate("ResolveDialog", "Also resolve %n linked incidents", None, 1) == (
        "Auch %n verknüpfte Störung lösen"
    )
    assert german.translate("ResolveDialog", "Also resolve %n linked incidents", None, 3) == (
        "Auch die %n verknüpften Störungen lösen"
    )


def test_the_app_installs_german_for_a_german_locale(qapp) -> None:  # type: ignore[no-untyped-def]
    assert (resources_dir() / "translations" / QM.name).is_file()
    before = set(qapp.findChildren(QTranslator))
    try:
        loaded = install_translations(qapp, QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert "deskapp" in loaded
        assert QCoreApplication.translate("Sidebar", "All open") == "Alle offenen"
        assert QCoreApplication.translate("ResolveDialog", "Also resolve %n linked incidents", None, 2) == (
            "Auch die 2 verknüpften Störungen lösen"
        )
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
            translator.deleteLater()
    assert QCoreApplication.translate("Sidebar", "All open") == "All open"


def test_translations_keep_placeholders_accelerators_and_markup() -> None:
    problems = []
    for context, source, message in messages():
        for text in translations(message):
            if Counter(PLACEHOLDER.findall(text)) != Counter(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
            if accelerators(text) != accelerators(source):
                problems.append(f"{context}: {source!r} -> {text!r}: accelerators differ")
            if Counter(TAG.findall(text)) != Counter(TAG.findall(source)):
                problems.append(f"{context}: {source!r} -> {text!r}: markup differs")
            if not text.strip():
                problems.append(f"{context}: {source!r} is marked finished but empty")
    assert not problems, "\n".join(problems)


def test_the_main_screens_are_fully_translated() -> None:
    untranslated = [(c, s) for c, s, m in messages() if c in COMPLETE_CONTEXTS and not translations(m)]
    assert not untranslated
    contexts = {c for c, _s, _m in messages()}
    assert set(COMPLETE_CONTEXTS) <= contexts


def test_the_qm_holds_every_finished_translation_of_the_ts(german: QTranslator) -> None:
    stale = []
    for context, source, message in messages():
        forms = translations(message)
        if not forms:
            continue
        if message.get("numerus") == "yes":
            got = [german.translate(context, source, None, n) for n in (1, 2)]
        else:
            got = [german.translate(context, source)]
        if got != forms:
            stale.append(f"{context}: {source!r}: .qm has {got!r}, .ts has {forms!r}")
    hint = "deskapp_de.qm is older than deskapp_de.ts: run packaging/update_translations.py --release-only"
    assert not stale, hint + "\n" + "\n".join(stale)


def _update_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("update_translations", REPO / "packaging" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # dataclasses look their module up there
    spec.loader.exec_module(sys.modules[spec.name])
    return sys.modules[spec.name]


def test_rebuilding_the_qm_gives_the_same_file(tmp_path: Path) -> None:
    script = _update_script()
    try:
        lrelease = script.tool("lrelease")
    except SystemExit:
        pytest.skip("lrelease is not installed")
    rebuilt = tmp_path / QM.name
    result = subprocess.run([lrelease, str(TS), "-qm", str(rebuilt)], capture_output=True, text=True, check=True)
    # lrelease compiles every translation that has text, unfinished suggestions (lupdate's same-text guesses) too
    with_text = sum(1 for _c, _s, m in messages() if any((e.text or "").strip() for e in m.find("translation").iter()))
    assert f"Generated {with_text} translation(s)" in result.stdout
    assert rebuilt.read_bytes() == QM.read_bytes(), "run packaging/update_translations.py --release-only"


def test_the_update_script_finds_strings_lupdate_cannot_see() -> None:
    found, _notes = _update_script().extra_messages()
    pairs = {(f.context, f.text) for f in found}
    for pair in (
        ("Sidebar", "All open"),  # a table translated through a module-level _tr
        ("QueueModel", "Requester"),  # column titles in COLUMNS
        ("MainWindow", "&New ticket…"),  # MainWindow._action("...") passes its text to self.tr
        ("MainWindow", "Keys"),  # self.main.tr("...") in windows.py
        ("MainWindow", "Send the reply"),  # the SHORTCUTS table
        ("TicketDetail", "{field} changed from {old} to {new}"),  # format.py's module-level tr()
        ("deskapp.review", "just now"),
    ):
        assert pair in pairs, pair

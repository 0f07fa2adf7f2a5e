"""Translations: deskapp's own from resources/translations, and Qt's for standard dialogs."""

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from deskapp.ui.icons import resources_dir


def install_translations(app: QApplication, locale: QLocale | None = None) -> list[str]:
    """Load the translations that exist for the locale (the system's by default); returns what loaded."""
    locale = locale or QLocale.system()
    loaded = []
    folder = resources_dir() / "translations"
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, directory in (("deskapp", str(folder)), ("qtbase", qt_folder)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", directory):
            app.installTranslator(translator)
            loaded.append(name)
    return loaded

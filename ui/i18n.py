"""Loads the interface translation: Simplified Chinese is the source, English is a .qm file."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from app.resources import resource_path
from app.wording import Joined, Message

LANG_ENV = "QIANTAI_LANG"
# Texts outside a QObject (column titles, messages of module-level helpers): lupdate files bare
# tr(...) calls (and _tr(...), see scripts/update_translations) under the empty context.
MODULE_CONTEXT = ""


def tr(text: str, disambiguation: str | None = None) -> str:
    """A module-level text in the interface language; disambiguation tells apart one Chinese word
    meant two ways (it reaches the .ts as the message's comment)."""
    return QCoreApplication.translate(MODULE_CONTEXT, text, disambiguation)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks text for lupdate under context and returns it untranslated (Qt's own returns object)."""
    del context
    return text


def localized(text: str) -> str:
    """A text from the app in the interface language: a Message (app.wording) is looked up by its
    template in its context and filled with its arguments, themselves localized; a plain str (data,
    or a text the app does not mark) passes unchanged."""
    if isinstance(text, Joined):
        return localized(text.separator).join(localized(item) for item in text.items)
    if not isinstance(text, Message):
        return text
    template = QCoreApplication.translate(text.context, text.template)
    if not text.args:
        return template
    args = {k: localized(v) if isinstance(v, str) else v for k, v in text.args.items()}
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the Chinese
        return str(text)


def wanted_language() -> str:
    """Simplified Chinese unless QIANTAI_LANG asks for English (the counter's staff read Chinese)."""
    return "en" if os.environ.get(LANG_ENV, "").lower().startswith("en") else "zh"


def install_qt_translations(app: QCoreApplication, language: str | None = None) -> QTranslator | None:
    """Qt's own texts (OK, Cancel, the file dialog) in the interface language."""
    language = language or wanted_language()
    locale = "zh_CN" if language == "zh" else language
    translator = QTranslator(app)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{locale}", folder):
        app.installTranslator(translator)
        return translator
    return None


def install_translator(app: QCoreApplication, language: str | None = None) -> QTranslator | None:
    language = language or wanted_language()
    if language == "zh":
        return None
    qm: Path = resource_path("translations", f"qiantai_{language}.qm")
    translator = QTranslator(app)
    if qm.exists() and translator.load(str(qm)):
        app.installTranslator(translator)
        return translator
    return None

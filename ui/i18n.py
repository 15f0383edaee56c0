"""Loads the interface translation: Simplified Chinese is the source, English is a .qm file."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from app.resources import resource_path

LANG_ENV = "QIANTAI_LANG"


def wanted_language() -> str:
    """Simplified Chinese unless QIANTAI_LANG asks for English (the counter's staff read Chinese)."""
    return "en" if os.environ.get(LANG_ENV, "").lower().startswith("en") else "zh"


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

"""At start-up a broken audit chain is shown as a warning, and the program goes on."""

from __future__ import annotations

import pytest

from app.context import Services
from tests.app.audit.tamper import raw
from tests.app.audit.test_chain import changes


def _shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        "ui.audit_warning.QMessageBox.warning", lambda parent, title, text: shown.append(text)
    )
    return shown


def test_an_intact_log_shows_nothing(
    qapp: object, sqlite_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.audit_warning import warn_if_audit_log_broken

    shown = _shown(monkeypatch)
    changes(sqlite_services.db, 3)
    assert not warn_if_audit_log_broken(sqlite_services) and shown == []


def test_a_break_among_the_newest_rows_is_shown(
    qapp: object, sqlite_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.audit_warning import warn_if_audit_log_broken

    shown = _shown(monkeypatch)
    changes(sqlite_services.db, 3)
    raw(sqlite_services.db, "DELETE FROM audit_log WHERE id = 2")
    assert warn_if_audit_log_broken(sqlite_services)
    assert len(shown) == 1 and "第 3 条" in shown[0] and "qiantai audit verify" in shown[0]

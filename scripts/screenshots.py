"""Screenshots of every tab as the counter sees them, for people to look at.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py [--out DIR]

Makes a demo dealer in a scratch folder, opens the real main window for each role (advisor:
intake and board; admin: administration) at 1024x768 and 1366x768, in Chinese and in English,
picks a vehicle on the intake tab, and saves <tab>-<lang>-<width>.png. Needs a display (Xvfb):
a real window manager-less X screen shows what the counter's PC shows.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZES = ((1024, 768), (1366, 768))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.context import Services, open_database
    from app.demo import DemoOptions, generate_demo
    from app.paths import AppPaths
    from app.roles import SYSTEM_ACTOR, Actor, Role
    from db.engine import sqlite_url
    from ui.i18n import install_qt_translations, install_translator
    from ui.main_window import MainWindow
    from ui.tasks import SyncTaskRunner

    scratch = Path(tempfile.mkdtemp(prefix="qiantai-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")  # no saved window geometry
    db, _ = open_database(sqlite_url(scratch / "qiantai.db"))
    services = Services.build(db, AppPaths(data_dir=scratch, log_dir=scratch / "logs"))
    generate_demo(db, services.users, DemoOptions(vehicles=400, days=30, seed=3), services.clock)
    people = {u.role: u for u in services.users.list_users(SYSTEM_ACTOR)}

    def actor(role: Role) -> Actor:
        u = people[role.value]
        return Actor(u.id, u.username, u.display_name, Role(u.role))

    app = QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    saved = []
    for language in ("zh", "en"):
        translators = [install_translator(app, language), install_qt_translations(app, language)]
        for role, keys in ((Role.ADVISOR, ("intake", "board")), (Role.ADMIN, ("admin",))):
            for width, height in SIZES:
                window = MainWindow(services, actor(role), runner=SyncTaskRunner())
                window.resize(width, height)
                window.show()
                intake = window.tab_widgets.get("intake")
                if intake is not None:
                    # A car on the board: its card has an open order and a history.
                    card = next(
                        c for col in services.orders.board.board(actor(role)).columns for c in col.cards
                    )
                    intake.search.box.setText(card.plate_display[:4])  # type: ignore[attr-defined]
                    intake.search.run_search()  # type: ignore[attr-defined]
                    intake.show_vehicle(card.vehicle_id)  # type: ignore[attr-defined]
                for key in keys:
                    window.tabs.setCurrentWidget(window.tab_widgets[key])
                    for _ in range(5):
                        app.processEvents()
                    path = args.out / f"{key}-{language}-{width}.png"
                    window.grab().save(str(path))
                    saved.append(path)
                window.close()
                window.deleteLater()
                app.processEvents()
        for translator in translators:
            if translator is not None:
                app.removeTranslator(translator)
    db.dispose()
    for path in saved:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Screenshots of every tab as the counter sees them, for people to look at.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots.py [--out DIR]

Makes a demo dealer in a scratch folder, opens the real main window for each role (advisor:
intake and board; admin: administration) at 1024x768 and 1366x768, in Chinese and in English,
picks a vehicle on the intake tab, and saves <tab>-<lang>-<width>.png; then every form the
counter opens over it (order, vehicle, customer, delivery, print queue and settings, import,
login, password, new user) and the lock page, as <form>-<lang>-<width>.png. Anything larger
than the screen is reported and makes the script fail. Needs a display (Xvfb): a real window
manager-less X screen shows what the counter's PC shows; run it once per screen size:

    for size in 1024x768 1366x768; do
        xvfb-run -a -s "-screen 0 ${size}x24" .venv/bin/python scripts/screenshots.py --size $size
    done
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SIZES: tuple[tuple[int, int], ...] = ((1024, 768), (1366, 768))
# Room a window may take: the task bar and the title bar need the rest of the height.
TITLE_AND_TASK_BAR = 40


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", help="only this screen size, e.g. 1024x768 (the Xvfb screen's)")
    args = parser.parse_args()
    sizes = SIZES
    if args.size:
        w, _, h = args.size.partition("x")
        sizes = ((int(w), int(h)),)
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
        u = people[role]
        return Actor(u.id, u.username, u.display_name, Role(u.role))

    app = QApplication([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    saved = []
    too_big: list[str] = []
    for language in ("zh", "en"):
        translators = [install_translator(app, language), install_qt_translations(app, language)]
        for role, keys in ((Role.ADVISOR, ("intake", "board")), (Role.ADMIN, ("admin",))):
            for width, height in sizes:
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
                if role is Role.ADVISOR:
                    for name in inspection_pages(window, services, actor(role)):
                        for _ in range(5):
                            app.processEvents()
                        path = args.out / f"inspection-{name}-{language}-{width}.png"
                        window.grab().save(str(path))
                        saved.append(path)
                screen = (width, height - TITLE_AND_TASK_BAR)
                for name, form in forms_over(window, services, actor(role), actor(Role.ADMIN)):
                    form.show()
                    for _ in range(5):
                        app.processEvents()
                    path = args.out / f"{name}-{language}-{width}.png"
                    form.grab().save(str(path))
                    saved.append(path)
                    size = form.frameGeometry().size()
                    if size.width() > screen[0] or size.height() > screen[1]:
                        too_big.append(f"{path.name}: {size.width()}x{size.height()} on {width}x{height}")
                    form.done(0)
                if role is Role.ADVISOR and window.session.lock():
                    for _ in range(5):
                        app.processEvents()
                    path = args.out / f"lock-{language}-{width}.png"
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
    for line in too_big:
        print("larger than the screen:", line, file=sys.stderr)
    return 1 if too_big else 0


def inspection_pages(window: Any, services: Any, actor: Any) -> Iterator[str]:
    """The inspection tab on a board car's order, its sheet filled in, page by page."""
    from app.inspection import CheckInput, MarkInput, SheetInput

    card = next(c for col in services.orders.board.board(actor).columns for c in col.cards)
    sheet = services.inspection.sheet(actor, card.order_id)
    if not sheet.marks:
        data = SheetInput(
            customer_words="踩刹车时前轮有吱吱声，最近一周更明显",
            answers={"what": "制动异响", "since": "一周前", "frequency": "间歇", "road": "颠簸路、制动时"},
            warning_lights=("胎压报警灯",),
            tyres={"左前": "磨损"},
            items_in_car=("备胎", "三角警示牌"),
            valuables_reminded=True,
            keep_old_parts=True,
            marks=(
                MarkInput("left", 0.3, 0.55, "scratch", "左前门划痕约 10 cm"),
                MarkInput("front", 0.72, 0.62, "chip"),
                MarkInput("top", 0.5, 0.2, "dent", "引擎盖小凹陷"),
                MarkInput("rear", 0.3, 0.7, "paint"),
            ),
            checks=(
                CheckInput("tyres.lf", reading=1.4, recommendation="更换左前轮胎", estimate_fen=68000),
                CheckInput("tyres.rf", reading=4.2),
                CheckInput(
                    "brakes.front_pads", reading=4.0, recommendation="更换前制动片", estimate_fen=42000
                ),
                CheckInput("brakes.rear_pads", reading=7.5),
                CheckInput("fluids.1", rating="green"),
                CheckInput(
                    "lights.4",
                    rating="yellow",
                    note="刮不干净",
                    recommendation="更换雨刮片",
                    estimate_fen=12000,
                ),
            ),
        )
        services.inspection.save(actor, card.order_id, sheet.version, data)
    tab = window.tab_widgets["inspection"]
    window.tabs.setCurrentWidget(tab)
    tab.open_order(card.order_id)
    for index, name in enumerate(("interview", "walkaround", "condition", "checks", "delivery")):
        tab.pages.setCurrentIndex(index)
        yield name


def forms_over(window: Any, services: Any, actor: Any, admin: Any) -> Iterator[tuple[str, Any]]:
    """The forms a role opens over the main window, filled with a car from the demo board."""
    from app.orders import OrderStatus
    from app.roles import Permission
    from ui.admin.user_dialogs import AddUserDialog
    from ui.board.deliver_dialog import DeliverDialog
    from ui.intake.customer_dialog import CustomerDialog
    from ui.intake.import_dialog import ImportDialog
    from ui.intake.order_dialog import OrderDialog
    from ui.intake.vehicle_dialog import VehicleDialog
    from ui.login_dialog import LoginDialog
    from ui.password_dialog import ChangePasswordDialog
    from ui.printing.queue import PrintQueueDialog
    from ui.printing.settings_dialog import PrinterSettingsDialog

    ops, runner = window.ops, window.runner
    v, o = services.vehicles, services.orders
    if actor.can(Permission.RECEIVE_VEHICLES):
        cards = [c for col in o.board.board(actor).columns for c in col.cards]
        card = cards[0]
        order = o.orders.get_order(actor, card.order_id)
        vehicle = v.vehicles.get(actor, card.vehicle_id)
        owner = v.customers.get(actor, vehicle.owner_id)
        yield (
            "form-order",
            OrderDialog(
                o.orders, actor, services.clock, vehicle, owner.name, order=order, parent=window, ops=ops
            ),
        )
        yield (
            "form-vehicle-new",
            VehicleDialog(v.vehicles, v.customers, v.models, actor, parent=window, ops=ops),
        )
        yield "form-customer", CustomerDialog(v.customers, actor, owner, window, ops=ops)
        ready = next((c for c in cards if c.status is OrderStatus.READY), None)
        if ready is not None:
            text = f"{ready.plate_display}　{ready.model}　{ready.owner_name}"
            delivered = o.orders.get_order(actor, ready.order_id)
            yield (
                "form-delivery",
                DeliverDialog(o.delivery, actor, services.clock, delivered, text, parent=window, ops=ops),
            )
        yield "form-print-queue", PrintQueueDialog(services, actor, window, runner=runner)
        yield "form-password", ChangePasswordDialog(services.users, actor, parent=window, ops=ops)
        yield "form-login", LoginDialog(services.users, services.settings.dealer().name, window, ops=ops)
    if actor.can(Permission.MANAGE_USERS):
        yield "form-printer-settings", PrinterSettingsDialog(services, admin, window, runner=runner)
        yield "form-import", ImportDialog(v.importer, admin, runner, window, ops=ops)
        yield "form-new-user", AddUserDialog(services.users, admin, parent=window, ops=ops)


if __name__ == "__main__":
    sys.exit(main())

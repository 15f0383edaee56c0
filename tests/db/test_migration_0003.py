"""Migration 0003 on SQLite and PostgreSQL: document kinds take their stable hyphenated names in the
print jobs and in the printer profiles kept in the dealer settings; and back on a downgrade."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import Engine, insert, select

from db.migrate import current_revision, upgrade
from db.models import DealerSetting, PrintJob
from db.schema_version import HEAD_REVISION
from tests.db.support import run_alembic

AT = dt.datetime(2026, 11, 1, 2, 0, tzinfo=dt.UTC)
OLD_JOBS = [
    ("intake_sheet", "RO20261101-0001"),
    ("repair_order", "RO20261101-0002"),
    ("part_tag", "RT-1"),
    ("return_box_label", "BOX-1"),
    ("reminder_letter", "R-1"),
    ("daily_report", "2026-11-01"),
    ("inspection_sheet", "RO20261101-0003"),
    ("test_page", "a4:intake_sheet"),
    ("test_page", "label:return_box_label"),
]
OLD_PROFILES = {
    "intake_sheet": {"printer": "前台A4", "paper": "A4", "orientation": "portrait", "copies": 1},
    "repair_order": {"printer": "车间A4", "paper": "A4", "orientation": "portrait", "copies": 1},
    "part_tag": {"printer": "标签机", "paper": [60.0, 40.0], "copies": 2, "offset_x_mm": 1.5},
    "return_box_label": {"printer": "标签机", "paper": [100.0, 60.0], "copies": 1},
}


def _jobs(engine: Engine) -> list[tuple[str, str]]:
    with engine.connect() as conn:
        rows = conn.execute(select(PrintJob.kind, PrintJob.document_ref).order_by(PrintJob.id))
        return [(kind, ref) for kind, ref in rows]


def _profiles(engine: Engine) -> dict[str, dict[str, object]]:
    with engine.connect() as conn:
        text = conn.execute(
            select(DealerSetting.value_json).where(DealerSetting.key == "printer_profiles")
        ).scalar_one()
    loaded: dict[str, dict[str, object]] = json.loads(text)
    return loaded


def test_kinds_get_their_stable_names_and_back(engine: Engine) -> None:
    run_alembic(engine, "upgrade", "0002")
    with engine.begin() as conn:
        for kind, ref in OLD_JOBS:
            conn.execute(
                insert(PrintJob).values(
                    kind=kind, document_ref=ref, printer="p", pages=1, copies=1, created_at=AT,
                    status="printed", attempts=1, pdf=b"%PDF",
                )
            )  # fmt: skip
        conn.execute(
            insert(DealerSetting).values(
                key="printer_profiles", value_json=json.dumps(OLD_PROFILES, ensure_ascii=False), updated_at=AT
            )
        )

    result = upgrade(engine)
    assert (result.from_revision, result.to_revision) == ("0002", HEAD_REVISION)
    assert _jobs(engine) == [
        ("intake-sheet", "RO20261101-0001"),
        ("intake-sheet", "RO20261101-0002"),  # the repair order was the intake sheet by another name
        ("part-tags", "RT-1"),
        ("box-label", "BOX-1"),
        ("reminder-letter", "R-1"),
        ("daily-report", "2026-11-01"),
        ("inspection-sheet", "RO20261101-0003"),
        ("test-page", "a4:intake-sheet"),
        ("test-page", "label:box-label"),
    ]
    profiles = _profiles(engine)
    assert set(profiles) == {"intake-sheet", "part-tags", "box-label"}  # repair_order merged away
    # The intake sheet keeps its own profile, and its old default of 1 copy becomes 一式两联.
    assert profiles["intake-sheet"] == {**OLD_PROFILES["intake_sheet"], "copies": 2}
    assert profiles["part-tags"] == OLD_PROFILES["part_tag"]  # copies chosen by the dealer: kept
    assert profiles["box-label"] == OLD_PROFILES["return_box_label"]

    run_alembic(engine, "downgrade", "0002")
    assert current_revision(engine) == "0002"
    assert _jobs(engine) == [
        ("intake_sheet", "RO20261101-0001"),
        ("intake_sheet", "RO20261101-0002"),
        ("part_tag", "RT-1"),
        ("return_box_label", "BOX-1"),
        ("reminder_letter", "R-1"),
        ("daily_report", "2026-11-01"),
        ("inspection_sheet", "RO20261101-0003"),
        ("test_page", "a4:intake_sheet"),
        ("test_page", "label:return_box_label"),
    ]
    assert set(_profiles(engine)) == {"intake_sheet", "part_tag", "return_box_label"}


def test_a_repair_order_profile_serves_an_intake_sheet_that_had_none(engine: Engine) -> None:
    run_alembic(engine, "upgrade", "0002")
    only = {"repair_order": {"printer": "车间A4", "paper": "A4", "copies": 3}}
    with engine.begin() as conn:
        conn.execute(
            insert(DealerSetting).values(key="printer_profiles", value_json=json.dumps(only), updated_at=AT)
        )
    upgrade(engine)
    assert _profiles(engine) == {"intake-sheet": {"printer": "车间A4", "paper": "A4", "copies": 3}}


def test_nothing_stored_nothing_to_do(engine: Engine) -> None:
    assert upgrade(engine).to_revision == HEAD_REVISION
    assert _jobs(engine) == []

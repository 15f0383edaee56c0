"""Migration 0003 on SQLite and PostgreSQL: document kinds take their stable hyphenated names in the
print jobs and in the printer profiles kept in the dealer settings; and back on a downgrade."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, insert, select

from db.engine import make_engine, sqlite_url
from db.migrate import MIGRATIONS_DIR, current_revision, upgrade
from db.models import DealerSetting, PrintJob
from db.schema_version import HEAD_REVISION
from tests.conftest import _pg_exec, _pg_url, pg_admin_url

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


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def engine(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if request.param == "sqlite":
        made = make_engine(sqlite_url(tmp_path / "m.db"))
        yield made
        made.dispose()
        return
    if pg_admin_url() is None:
        pytest.skip("QIANTAI_TEST_PG is not set")
    name = f"qiantai_m3_{abs(hash(tmp_path)) % 10**8}"
    _pg_exec(f"DROP DATABASE IF EXISTS {name}")
    _pg_exec(f"CREATE DATABASE {name}")
    made = make_engine(_pg_url(name))
    yield made
    made.dispose()
    _pg_exec(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _alembic(engine: Engine, action: str, revision: str) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        getattr(command, action)(cfg, revision)


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
    _alembic(engine, "upgrade", "0002")
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

    _alembic(engine, "downgrade", "0002")
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
    _alembic(engine, "upgrade", "0002")
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

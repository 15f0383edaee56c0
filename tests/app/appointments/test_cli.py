"""`qiantai appointments list --date D [--json]` (phones masked) and `qiantai appointments
close-day`, run in-process as tests/app/test_cli.py does; the start-up job."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from app.appointments import AppointmentStatus
from app.cli import main
from app.context import Services, open_database
from app.paths import AppPaths
from app.roles import Role
from tests.app.appointments.support import TOMORROW, at, booking, car
from tests.conftest import TEST_HASHER, FakeClock, make_actor


@pytest.fixture
def counter(tmp_path: Path) -> Path:
    """A data directory with two bookings on Saturday 28 November 2026 (made the day before)."""
    paths = AppPaths.resolve(tmp_path / "counter")
    paths.ensure()
    db, _ = open_database(f"sqlite:///{paths.database_file}")
    services = Services.build(db, paths, clock=FakeClock(), hasher=TEST_HASHER)
    try:
        advisor = make_actor(services, Role.ADVISOR)
        vehicle = car(services, advisor, plate="粤B12345", phone="13812345678")
        services.appointments.book(
            advisor,
            booking(at(TOMORROW, 9), vehicle_id=vehicle.id, advisor_id=advisor.user_id, words="换机油"),
        )
        services.appointments.book(
            advisor, booking(at(TOMORROW, 10, 30), plate="粤C00001", phone="13900001111")
        )
    finally:
        services.close()
    return paths.data_dir


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_list_of_a_day_with_phones_masked(counter: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--data-dir", str(counter), "appointments", "list", "--date", "2026-11-28")
    assert (code, err) == (0, "")
    head, first, second = out.splitlines()
    assert head == "2026-11-28 预约 2 个"
    # The program's clock is the real one: those bookings are long past their slot, still booked.
    assert first.split("\t") == [
        "09:00-09:30", "已迟到", "粤B·12345", "机修保养", "保养", "测试advisor", "张三", "138****5678",
        "换机油",
    ]  # fmt: skip
    assert second.split("\t")[:8] == [
        "10:30-11:00",
        "已迟到",
        "粤C·00001",
        "机修保养",
        "保养",
        "—",
        "—",
        "139****1111",
    ]
    assert "13812345678" not in out and "13900001111" not in out
    code, out, _ = run(
        capsys, "--data-dir", str(counter), "appointments", "list", "--date", "2026-11-28", "--json"
    )
    data = json.loads(out)
    assert code == 0 and data["date"] == "2026-11-28" and len(data["bookings"]) == 2
    one = data["bookings"][0]
    assert (one["slot_at"], one["state"], one["status"], one["plate"], one["phone"]) == (
        "2026-11-28T09:00:00+08:00", "late", "booked", "粤B·12345", "138****5678",
    )  # fmt: skip
    assert (one["work_kind"], one["customer"], one["customer_words"], one["ro_number"]) == (
        "maintenance", "张三", "换机油", "",
    )  # fmt: skip
    assert "13812345678" not in out
    code, out, _ = run(capsys, "--data-dir", str(counter), "appointments", "list", "--date", "2026-11-29")
    assert (code, out) == (0, "2026-11-29 预约 0 个\n")
    code, _, err = run(capsys, "--data-dir", str(counter), "appointments", "list", "--date", "28/11/2026")
    assert code == 2 and "YYYY-MM-DD" in err


def test_close_day_and_the_start_up_job(counter: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(
        capsys, "--data-dir", str(counter), "appointments", "close-day", "--today", "2026-11-28"
    )
    assert (code, out) == (0, "没有需要标为爽约的预约\n")  # those of the 28th are still that day's
    code, out, _ = run(
        capsys, "--data-dir", str(counter), "appointments", "close-day", "--today", "2026-11-29"
    )
    assert (code, out) == (0, "已把 2 个未到店的预约标为爽约\n")
    code, out, _ = run(capsys, "--data-dir", str(counter), "appointments", "list", "--date", "2026-11-28")
    assert [line.split("\t")[1] for line in out.splitlines()[1:]] == ["爽约", "爽约"]


def test_the_start_up_job_closes_the_days_before(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "counter")
    paths.ensure()
    db, _ = open_database(f"sqlite:///{paths.database_file}")
    clock = FakeClock()
    services = Services.build(db, paths, clock=clock, hasher=TEST_HASHER)
    try:
        advisor = make_actor(services, Role.ADVISOR)
        made = services.appointments.book(
            advisor, booking(at(TOMORROW, 9), plate="粤C00002", phone="13900002222")
        )
        services.startup_jobs()
        assert services.appointments.get(advisor, made.id).status is AppointmentStatus.BOOKED
        clock.now = at(TOMORROW + dt.timedelta(days=1), 8)  # the 29th, 08:00
        services.startup_jobs()
        assert services.appointments.get(advisor, made.id).status is AppointmentStatus.NO_SHOW
    finally:
        services.close()

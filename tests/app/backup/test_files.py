"""Backup file names and the rotation: exactly which files are kept."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.backup.files import backup_name, backups_in, parse_name, rotate, to_keep


def test_a_name_says_when_and_which_revision_and_reads_back() -> None:
    at = dt.datetime(2026, 11, 27, 10, 0, 12)
    assert backup_name(at, "0013", False) == "qiantai-20261127-100012-r0013.db"
    assert backup_name(at, "0013", True) == "qiantai-20261127-100012-r0013.db.enc"
    found = parse_name(Path("/x") / backup_name(at, "0013", True))
    assert found is not None and (found.taken_at, found.revision, found.encrypted) == (at, "0013", True)
    others = (
        "qiantai.db",
        "qiantai-20261127-100012-r0013.db.partial",
        "notes",
        "qiantai-20261399-000000-r1.db",
    )
    for other in others:
        assert parse_name(Path(other)) is None


def _daily(folder: Path, first: dt.datetime, days: int) -> list[Path]:
    made = []
    for n in range(days):
        path = folder / backup_name(first + dt.timedelta(days=n), "0013", False)
        path.write_bytes(b"x")
        made.append(path)
    return made


def test_a_year_and_a_half_of_daily_backups_keeps_7_days_4_weeks_12_months(tmp_path: Path) -> None:
    first = dt.datetime(2025, 6, 1, 8, 0)  # one backup every morning up to 2026-11-27
    made = _daily(tmp_path, first, 545)
    (tmp_path / "readme.txt").write_text("not a backup")
    now = dt.datetime(2026, 11, 27, 9, 0)
    kept, deleted = rotate(tmp_path, now)
    kept_days = sorted(p.name[8:16] for p in kept)
    # The 7 days up to the newest; the newest of each of the last 4 ISO weeks (Sundays, the
    # current week's newest being today); the newest of each of the last 12 months (month ends).
    days = [f"202611{d:02d}" for d in range(21, 28)]
    weeks = ["20261108", "20261115"]  # and 20261122 and 20261127, already kept as days
    months = ["20251231"] + [f"2026{m:02d}{d}" for m, d in ((1, 31), (2, 28), (3, 31), (4, 30), (5, 31))]
    months += ["20260630", "20260731", "20260831", "20260930", "20261031"]  # and November's: today
    assert kept_days == sorted(days + weeks + months)
    assert len(kept) == 7 + 2 + 11 and len(deleted) == len(made) - len(kept)
    assert (tmp_path / "readme.txt").exists()
    assert {b.path for b in backups_in(tmp_path)} == set(kept)
    assert rotate(tmp_path, now) == (kept, [])  # a second run changes nothing


def test_backups_of_the_last_24_hours_stay_and_gaps_do_not_empty_the_folder(tmp_path: Path) -> None:
    morning = tmp_path / backup_name(dt.datetime(2026, 11, 27, 8, 0), "0013", False)
    noon = tmp_path / backup_name(dt.datetime(2026, 11, 27, 12, 0), "0013", True)
    old = _daily(tmp_path, dt.datetime(2026, 1, 1, 8, 0), 3)  # then nothing for months
    for p in (morning, noon):
        p.write_bytes(b"x")
    every = backups_in(tmp_path)
    assert to_keep(every, dt.datetime(2026, 11, 27, 13, 0)) == {morning, noon, *old[-1:], *old}
    # A day later the morning's is no longer the day's newest: it goes, the January ones stay
    # (the newest of January is the month's; the days count only days with backups).
    assert to_keep(every, dt.datetime(2026, 11, 28, 13, 0)) == {noon, *old}

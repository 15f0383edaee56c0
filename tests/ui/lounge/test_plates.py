"""Plates masked as the lounge shows them (app.validation.mask_plate); the promised time there."""

from __future__ import annotations

import datetime as dt

import pytest

from app.validation import mask_plate
from ui.lounge.rows import promised_text

CST = dt.timezone(dt.timedelta(hours=8))


@pytest.mark.parametrize(
    ("plate", "masked"),
    [
        ("粤B12345", "粤B·***45"),  # ordinary
        ("粤B·12345", "粤B·***45"),  # as the board shows it
        ("粤AD12345", "粤A·***45"),  # new energy: eight characters
        ("粤A·D12345", "粤A·***45"),
        ("京a 1234学", "京A·***4学"),  # a learner's plate, lower case and a space
        ("", ""),  # no plate yet
        (None, ""),
        ("粤B", "***"),  # too short to show any of it
    ],
)
def test_plates_are_masked(plate: str | None, masked: str) -> None:
    assert mask_plate(plate) == masked


def test_promised_time_today_tomorrow_and_other_days() -> None:
    today = dt.date(2026, 11, 27)
    at = dt.datetime(2026, 11, 27, 17, 30, tzinfo=CST)
    assert promised_text(at, today) == "17:30"
    assert promised_text(at.astimezone(dt.UTC), today) == "17:30"  # stored in UTC, shown local
    assert promised_text(at + dt.timedelta(days=1), today) == "明天 17:30"
    assert promised_text(at + dt.timedelta(days=1), today, "Tomorrow") == "Tomorrow 17:30"
    assert promised_text(at + dt.timedelta(days=3), today) == "11-30 17:30"
    assert promised_text(at - dt.timedelta(days=1), today) == "11-26 17:30"
    assert promised_text(None, today) == ""

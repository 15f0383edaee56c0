"""Times are stored in UTC and shown in the counter's local time."""

from __future__ import annotations

import datetime as dt


def local_datetime(value: dt.datetime | None) -> str:
    return "" if value is None else value.astimezone().strftime("%Y-%m-%d %H:%M")


def local_time(value: dt.datetime | None) -> str:
    return "" if value is None else value.astimezone().strftime("%H:%M")

"""Times are stored in UTC and shown in the counter's local time."""

from __future__ import annotations

import datetime as dt


def local_datetime(value: dt.datetime | None) -> str:
    return "" if value is None else value.astimezone().strftime("%Y-%m-%d %H:%M")


def local_time(value: dt.datetime | None) -> str:
    return "" if value is None else value.astimezone().strftime("%H:%M")


def local_today() -> dt.date:
    return dt.datetime.now().astimezone().date()


def local_moment(value: dt.datetime | None, today: dt.date) -> str:
    """A time as a list shows it: the time alone when it falls on `today` (the counter's local
    day), else with its date ("11-30 15:47"), and with its year when that is not this year."""
    if value is None:
        return ""
    local = value.astimezone()
    if local.date() == today:
        return local.strftime("%H:%M")
    if local.year == today.year:
        return local.strftime("%m-%d %H:%M")
    return local.strftime("%Y-%m-%d %H:%M")

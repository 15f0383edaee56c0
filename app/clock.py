"""The current time, injectable so tests can stand at a chosen moment."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def local_today(clock: Clock) -> dt.date:
    """Today at the counter (local time), which is what "today" means to its users."""
    return clock().astimezone().date()


def local_day(moment: dt.datetime) -> dt.date:
    """The counter's calendar day of a moment; a naive one is UTC, as the program stores times."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().date()

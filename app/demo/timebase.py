"""Local wall-clock time as integer seconds, so the generator can do arithmetic cheaply.

A moment is `day_ordinal * 86400 + seconds_of_day` in the counter's local time. Rows get what the
columns store, converted with the local offset at "now": naive UTC datetimes and dates, or on
SQLite the text SQLAlchemy would have written for them (formatting here is the cheapest place).
"""

from __future__ import annotations

import datetime as dt

DAY = 86_400
HOUR = 3_600
MINUTE = 60
OPENS = 8 * HOUR  # the workshop's day
CLOSES = 18 * HOUR + 30 * MINUTE


# " HH:MM:SS.000000" for every second of a day (5 MB): a UTC moment's text is two lookups.
_TIME_OF_DAY = tuple(f" {s // HOUR:02d}:{s % HOUR // MINUTE:02d}:{s % MINUTE:02d}.000000" for s in range(DAY))


def add_months(day: int, months: int) -> int:
    d = dt.date.fromordinal(day)
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    for dom in (d.day, 30, 29, 28):
        try:
            return dt.date(year, month, dom).toordinal()
        except ValueError:
            continue
    raise AssertionError("unreachable")


class TimeBase:
    def __init__(self, now: dt.datetime, as_text: bool = False) -> None:
        local = now.astimezone()
        offset = local.utcoffset()
        assert offset is not None
        self.offset = offset
        self._offset_s = int(offset.total_seconds())
        self.today = local.date().toordinal()
        # Today's local midnight as naive UTC: a moment becomes a datetime with one addition.
        self._midnight_utc = dt.datetime.fromordinal(self.today) - offset
        self.now = self.today * DAY + local.hour * HOUR + local.minute * MINUTE + local.second
        self._as_text = as_text
        self._day_text: dict[int, str] = {}

    def _day_str(self, day: int) -> str:
        text = self._day_text.get(day)
        if text is None:
            text = self._day_text[day] = dt.date.fromordinal(day).isoformat()
        return text

    def utc(self, t: int) -> dt.datetime | str:
        """What a UTC column stores for a local moment: naive UTC, as a datetime or SQLite text."""
        if not self._as_text:
            return self._midnight_utc + dt.timedelta(seconds=t - self.today * DAY)
        day, sec = divmod(t - self._offset_s, DAY)
        return self._day_str(day) + _TIME_OF_DAY[sec]

    def day_value(self, day: int) -> dt.date | str:
        """What a Date column stores for a day."""
        return self._day_str(day) if self._as_text else dt.date.fromordinal(day)

    @staticmethod
    def date(day: int) -> dt.date:
        return dt.date.fromordinal(day)

    @staticmethod
    def day_key(day: int) -> str:
        return dt.date.fromordinal(day).strftime("%Y%m%d")


def working_time(t: int) -> int:
    """Moves a moment outside working hours to the next morning's opening (plus what is left)."""
    day, sec = divmod(t, DAY)
    if sec < OPENS:
        return day * DAY + OPENS
    if sec > CLOSES:
        return (day + 1) * DAY + OPENS + min(sec - CLOSES, 2 * HOUR)
    return t

"""Counting the days of a repair for the 三包 rules (docs/domain/warranty.md, Art. 40)."""

from __future__ import annotations

import datetime as dt
import math

SECONDS_PER_DAY = 86_400


def repair_days(start: dt.datetime, end: dt.datetime) -> int:
    """Each full 24 h is a day and a part day counts as a day."""
    seconds = (end - start).total_seconds()
    if seconds <= 0:
        return 0
    return math.ceil(seconds / SECONDS_PER_DAY)

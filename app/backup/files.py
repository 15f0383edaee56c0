"""Backup files: their names, finding them in a folder, and which of them the rotation keeps.

A backup is named after the local time it was taken and the schema revision it holds:

    qiantai-20261127-100012-r0013.db        a SQLite file, opened as it is by any SQLite tool
    qiantai-20261127-100012-r0013.db.enc    the same, encrypted with a passphrase (app.backup.crypto)

The rotation (docs/backups.md) keeps, among the backups of one folder:
  - the newest backup of each of the 7 most recent days on which backups were made,
  - the newest backup of each of the 4 most recent ISO weeks on which backups were made,
  - the newest backup of each of the 12 most recent months on which backups were made,
  - every backup of the last 24 hours (a second backup made by hand today does not replace the
    morning's at once),
and deletes the others. Files of other names are never touched. Periods count only when they
have a backup, so a program not run for weeks still finds its older backups kept.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path

PREFIX = "qiantai-"
PLAIN_SUFFIX = ".db"
ENCRYPTED_SUFFIX = ".db.enc"
KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
KEEP_ALL_WITHIN = dt.timedelta(hours=24)

log = logging.getLogger(__name__)
_NAME = re.compile(r"^qiantai-(\d{8})-(\d{6})-r([0-9A-Za-z_]+)\.db(\.enc)?$")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: dt.datetime  # local time, naive (as in the name)
    revision: str
    encrypted: bool


def backup_name(taken_at: dt.datetime, revision: str, encrypted: bool) -> str:
    """The file name of a backup taken at local time taken_at."""
    stamp = taken_at.strftime("%Y%m%d-%H%M%S")
    return f"{PREFIX}{stamp}-r{revision}{ENCRYPTED_SUFFIX if encrypted else PLAIN_SUFFIX}"


def parse_name(path: Path) -> BackupFile | None:
    """The backup a file's name describes, or None for any other file."""
    found = _NAME.match(path.name)
    if found is None:
        return None
    try:
        taken = dt.datetime.strptime(found.group(1) + found.group(2), "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return BackupFile(path, taken, found.group(3), found.group(4) is not None)


def backups_in(folder: Path) -> list[BackupFile]:
    """The backups in folder, oldest first (an unreadable or missing folder has none)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = [b for b in (parse_name(p) for p in entries if p.is_file()) if b is not None]
    return sorted(found, key=lambda b: (b.taken_at, b.path.name))


def _newest_per_period(
    backups: list[BackupFile], period: Callable[[dt.datetime], Hashable], count: int
) -> set[Path]:
    """The newest backup of each of the `count` most recent periods that have any."""
    kept: set[Path] = set()
    seen: set[Hashable] = set()
    for b in sorted(backups, key=lambda b: (b.taken_at, b.path.name), reverse=True):
        key = period(b.taken_at)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.add(b.path)
    return kept


def to_keep(backups: Iterable[BackupFile], now: dt.datetime) -> set[Path]:
    """The files the rotation keeps at local time now (naive; see the module's docstring)."""
    every = list(backups)
    recent = {b.path for b in every if now - b.taken_at < KEEP_ALL_WITHIN}
    return (
        recent
        | _newest_per_period(every, lambda t: t.date(), KEEP_DAILY)
        | _newest_per_period(every, lambda t: t.isocalendar()[:2], KEEP_WEEKLY)
        | _newest_per_period(every, lambda t: (t.year, t.month), KEEP_MONTHLY)
    )


def rotate(folder: Path, now: dt.datetime) -> tuple[list[Path], list[Path]]:
    """Deletes the backups of folder the rotation does not keep: (kept, deleted)."""
    backups = backups_in(folder)
    keep = to_keep(backups, now)
    kept: list[Path] = []
    deleted: list[Path] = []
    for b in backups:
        if b.path in keep:
            kept.append(b.path)
            continue
        try:
            b.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as e:  # read-only share, file in use: kept, tried again next time
            log.warning("backup rotation could not delete %s: %s", b.path, e)
            kept.append(b.path)
            continue
        deleted.append(b.path)
    return kept, deleted

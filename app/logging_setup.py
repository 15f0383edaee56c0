"""Logs go to a rotating file in the user log directory.

A log that cannot be written (a full disk, the folder made read-only while the program runs)
must not stop the counter or print tracebacks at it: the first failure is said once, in one line
on stderr, and the program goes on without its log.
"""

from __future__ import annotations

import contextlib
import logging
import logging.handlers
import sys
from pathlib import Path

from app.wording import say

LOG_FILENAME = "qiantai.log"


class _LogFile(logging.handlers.RotatingFileHandler):
    """Gives up at the first failure to write (said once), and logs nothing more."""

    _failed = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self._failed:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:
        self._give_up(sys.exc_info()[1])

    def flush(self) -> None:
        # The lines reach the disk here: a full disk refuses them now (ENOSPC), not at write().
        try:
            super().flush()
        except OSError as e:
            self._give_up(e)

    def _give_up(self, reason: BaseException | None) -> None:
        if self._failed:
            return
        self._failed = True
        why = str(getattr(reason, "strerror", None) or reason)
        line = say(
            "无法写入日志文件 {file}：{why}（程序继续运行，不再记录日志）", file=self.baseFilename, why=why
        )
        sys.stderr.write(f"qiantai: {line}\n")


def configure_logging(log_dir: Path, level: int = logging.INFO) -> logging.Handler | None:
    """Adds the file handler to the root logger; the caller removes it with release_logging.

    None (said in one line on stderr) when the log file cannot be opened: the program runs on."""
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(log_dir / LOG_FILENAME, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError as e:
        line = say(
            "无法写入日志目录 {folder}：{why}（程序继续运行，不记录日志）",
            folder=str(log_dir),
            why=str(e.strerror or e),
        )
        sys.stderr.write(f"qiantai: {line}\n")
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    return handler


def release_logging(handler: logging.Handler | None) -> None:
    if handler is None:
        return
    logging.getLogger().removeHandler(handler)
    with contextlib.suppress(OSError):  # the last lines could not be written: nothing to do about it
        handler.close()

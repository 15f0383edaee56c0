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

LOG_FILENAME = "qiantai.log"


class _LogFile(logging.handlers.RotatingFileHandler):
    _failed = False

    def handleError(self, record: logging.LogRecord) -> None:
        if self._failed:
            return
        self._failed = True
        reason = sys.exc_info()[1]
        why = getattr(reason, "strerror", None) or reason
        sys.stderr.write(
            f"qiantai: 无法写入日志文件 {self.baseFilename}：{why}（程序继续运行，不再记录日志）\n"
        )

    def flush(self) -> None:
        try:
            super().flush()
        except OSError:
            self._failed = True  # said already by handleError, or nothing was waiting to be written


def configure_logging(log_dir: Path, level: int = logging.INFO) -> logging.Handler | None:
    """Adds the file handler to the root logger; the caller removes it with release_logging.

    None (said in one line on stderr) when the log file cannot be opened: the program runs on."""
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = _LogFile(log_dir / LOG_FILENAME, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError as e:
        sys.stderr.write(
            f"qiantai: 无法写入日志目录 {log_dir}：{e.strerror or e}（程序继续运行，不记录日志）\n"
        )
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

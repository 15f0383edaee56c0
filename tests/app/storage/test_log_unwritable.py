"""A log that cannot be written, the database being fine: the program does its work, says once in
one line that it goes on without its log, and closes without a traceback (a command, and the
window opened and closed by --selftest). The log on a real 2 MiB tmpfs filled to the last byte."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from app.logging_setup import LOG_FILENAME
from tests.app.storage.disk import fill, mounted_tmpfs

ROOT = Path(__file__).resolve().parents[3]
SAID = "无法写入日志文件"


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    """A data folder on the usual disk whose logs folder is on a full 2 MiB tmpfs."""
    with mounted_tmpfs(tmp_path / "disk", "2m") as disk:
        (disk / "logs").mkdir()
        data = tmp_path / "data"
        data.mkdir()
        (data / "logs").symlink_to(disk / "logs")
        fill(disk)
        yield data


def qiantai(data: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "ignore", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "app.cli", "--data-dir", str(data), *args],
        input=stdin,
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def said_once(stderr: str) -> None:
    assert "Traceback" not in stderr and "Logging error" not in stderr, stderr
    assert "Exception ignored" not in stderr, stderr
    lines = [line for line in stderr.splitlines() if SAID in line]
    assert len(lines) == 1, stderr
    assert str(Path(LOG_FILENAME)) in lines[0] and "No space left on device" in lines[0]


def test_a_command_does_its_work_and_says_once_that_the_log_is_lost(data_dir: Path) -> None:
    done = qiantai(data_dir, "init")  # the migrations log a line each
    assert done.returncode == 0, done.stderr
    said_once(done.stderr)
    user = ["users", "add", "clerk", "--display-name", "理赔员", "--role", "claims"]
    added = qiantai(data_dir, *user, stdin="clerk-pass-1\n")
    assert added.returncode == 0, added.stderr
    assert "clerk" in added.stdout
    engine = create_engine(f"sqlite:///{data_dir / 'qiantai.db'}")
    try:
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM users WHERE username = 'clerk'")).scalar() == 1
    finally:
        engine.dispose()
    assert (data_dir / "logs" / LOG_FILENAME).stat().st_size == 0


def test_the_window_opens_and_closes_without_a_traceback(data_dir: Path) -> None:
    done = qiantai(data_dir, "--selftest")  # the database is made first: the migrations log
    assert done.returncode == 0, done.stderr
    assert "selftest ok" in done.stdout
    said_once(done.stderr)


def test_a_log_folder_that_cannot_be_made_is_said_and_the_program_runs_on(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "logs").write_text("a file where the logs folder should be")
    done = qiantai(data, "init")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert [line for line in done.stderr.splitlines() if "无法写入日志目录" in line], done.stderr
    assert (data / "qiantai.db").exists()

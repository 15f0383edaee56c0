"""The command line: init, users, clear one-line errors and exit codes."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest

from app.cli import main
from app.paths import DB_FILENAME
from db.migrate import head_revision

pytestmark = pytest.mark.usefixtures("cheap_hashing")  # users added through main() hash cheaply


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_then_again(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "init")
    assert code == 0 and head_revision() in out
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "init")
    assert code == 0 and "最新" in out
    assert (tmp_path / DB_FILENAME).exists()


def test_users_add_reads_password_from_stdin(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pass\n"))
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "users", "add", "wang", "--role", "advisor")
    assert code == 0 and "wang" in out
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "users", "list")
    assert code == 0 and out.splitlines() == ["wang\twang\tadvisor\t启用"]


def test_users_add_with_short_password_fails_cleanly(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("123\n"))
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "users", "add", "wang", "--role", "advisor")
    assert code == 1
    assert err.count("\n") == 1 and "密码" in err and "Traceback" not in err


def test_wrong_arguments_give_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["users", "add", "x", "--role", "boss"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("qiantai: ") and err.count("\n") == 1


def test_corrupt_database_file_is_reported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / DB_FILENAME).write_bytes(b"this is not a database at all" * 100)
    code, _, err = run(capsys, "--data-dir", str(tmp_path), "users", "list")
    assert code == 1 and "损坏" in err and "Traceback" not in err


def test_locked_database_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "--data-dir", str(tmp_path), "init")[0] == 0
    monkeypatch.setattr("db.engine.SQLITE_BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(tmp_path / DB_FILENAME, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pass\n"))
        code, _, err = run(capsys, "--data-dir", str(tmp_path), "users", "add", "li", "--role", "advisor")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 1 and "占用" in err and "Traceback" not in err
    # Nothing was half-written: the user can simply try again.
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pass\n"))
    assert run(capsys, "--data-dir", str(tmp_path), "users", "add", "li", "--role", "advisor")[0] == 0


def test_unreachable_server_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "init")
    assert code == 1 and "无法连接" in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("qiantai ")


def test_selftest_opens_database_and_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], qapp: object
) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "--selftest")
    assert code == 0 and out.startswith("selftest ok")

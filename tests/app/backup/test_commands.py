"""`qiantai backup` and `qiantai restore` on the command line."""

from __future__ import annotations

import io
import os
import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.commands.backup import PASSPHRASE_ENV
from db.schema_version import HEAD_REVISION

pytestmark = pytest.mark.usefixtures("cheap_hashing")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_list_and_restore(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = str(tmp_path / "data")
    monkeypatch.setattr("sys.stdin", io.StringIO("s3cret-pass\n"))
    assert run(capsys, "--data-dir", data, "users", "add", "wang", "--role", "advisor")[0] == 0
    code, out, err = run(capsys, "--data-dir", data, "backup", "--to", str(tmp_path / "share"))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith(f"已备份：{tmp_path / 'share'}") and f"结构版本 {HEAD_REVISION}" in lines[0]
    assert "完整性检查通过" in lines[1] and "审计记录" in lines[1]
    assert "同一块磁盘" in out  # tmp_path: the database's own disk, said plainly
    code, out, _ = run(capsys, "--data-dir", data, "backup", "--list", "--to", str(tmp_path / "share"))
    assert code == 0 and "1 份备份" in out and "未加密" in out
    (made,) = (tmp_path / "share").glob("qiantai-*.db")
    code, out, err = run(capsys, "--data-dir", data, "restore", str(made))
    assert code == 0, err
    assert "已恢复" in out and "原来的数据库已另存为" in out
    code, out, _ = run(capsys, "--data-dir", data, "users", "list")
    assert code == 0 and out.startswith("wang")


def test_an_encrypted_backup_needs_its_passphrase_to_restore(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = str(tmp_path / "data")
    secret = tmp_path / "passphrase.txt"
    secret.write_text("门店备份口令-2026\n", encoding="utf-8")
    code, out, err = run(
        capsys, "--data-dir", data, "backup", "--to", str(tmp_path / "share"), "--encrypt",
        "--passphrase-file", str(secret),
    )  # fmt: skip
    assert code == 0, err
    assert "已加密" in out
    (made,) = (tmp_path / "share").glob("qiantai-*.db.enc")
    code, _, err = run(capsys, "--data-dir", data, "restore", str(made))
    assert code == 2 and "已加密，请提供口令" in err and err.count("\n") == 1
    monkeypatch.setenv(PASSPHRASE_ENV, "not-the-passphrase")
    code, _, err = run(capsys, "--data-dir", data, "restore", str(made))
    assert code == 2 and "口令不对" in err
    monkeypatch.delenv(PASSPHRASE_ENV)
    code, out, err = run(capsys, "--data-dir", data, "restore", str(made), "--passphrase-file", str(secret))
    assert code == 0 and "已恢复" in out, err


def test_a_missing_file_and_a_newer_program_s_backup_fail_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = str(tmp_path / "data")
    code, _, err = run(capsys, "--data-dir", data, "restore", str(tmp_path / "nothing.db"))
    assert code == 2 and "找不到备份文件" in err and err.count("\n") == 1


def test_postgresql_is_told_to_use_the_server_tools(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = os.environ.get("QIANTAI_TEST_PG")
    if url is None:
        pytest.skip("QIANTAI_TEST_PG is not set: run the suite through scripts/test to get PostgreSQL")
    code, _, err = run(capsys, "--db", url, "restore", str(tmp_path / "x.db"))
    assert code == 1 and "pg_restore" in err
    monkeypatch.setenv("PATH", str(tmp_path))  # no pg_dump here
    code, out, _ = run(capsys, "--db", url, "backup", "--to", str(tmp_path / "dumps"))
    assert code == 1 and "pg_dump" in out and "找不到 pg_dump" in out
    found = shutil.which(
        "pg_dump", path="/usr/bin:" + ":".join(str(p) for p in Path("/usr/lib/postgresql").glob("*/bin"))
    )
    if found is None:
        return
    monkeypatch.setenv("PATH", str(Path(found).parent) + os.pathsep + "/usr/bin:/bin")
    code, out, err = run(capsys, "--db", url, "backup", "--to", str(tmp_path / "dumps"))
    assert code == 0, err
    assert "已用 pg_dump 备份" in out and list((tmp_path / "dumps").glob("qiantai-*.pgdump"))

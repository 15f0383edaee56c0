"""`qiantai audit verify`: OK with the number of rows checked, or the first break and exit code 1."""

from __future__ import annotations

import re

import pytest

from app.cli import main
from db.uow import Database
from tests.app.audit.tamper import raw
from tests.app.audit.test_chain import changes


def _verify(capsys: pytest.CaptureFixture[str], url: str) -> tuple[int, str]:
    code = main(["--db", url, "audit", "verify"])
    return code, capsys.readouterr().out


def test_verify_says_ok_with_the_rows_checked(
    db_url: str, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    changes(db, 4)
    assert _verify(capsys, db_url) == (0, "审计日志完好：已校验 4 条\n")


def test_verify_names_the_first_broken_row(
    db_url: str, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    changes(db, 6)
    raw(db, "DELETE FROM audit_log WHERE id = 3", "UPDATE audit_log SET entity = 'x' WHERE id = 5")
    code, out = _verify(capsys, db_url)
    lines = out.splitlines()
    assert code == 1
    assert lines[0] == "审计日志有断点（已校验 5 条，发现 2 处），第一处："
    assert re.fullmatch(
        r"  第 4 条（\d{4}-\d\d-\d\d \d\d:\d\d:\d\d，test\.change）：与前一条（第 2 条）接不上.*", lines[1]
    )
    assert lines[2].startswith("  第 5 条（") and "写入后被改动过" in lines[2]

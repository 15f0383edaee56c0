"""`qiantai export-customer` and `qiantai anonymise` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from app.cli import main
from app.context import Services
from app.paths import AppPaths
from app.roles import Role
from db.engine import sqlite_url
from db.uow import Database
from tests.app.privacy.test_privacy import MOBILE, NAME, _customer_with_history
from tests.conftest import TEST_HASHER, make_actor

pytestmark = pytest.mark.usefixtures("cheap_hashing")


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_and_a_refused_anonymisation(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "data"
    assert run(capsys, "--data-dir", str(data), "init")[0] == 0
    db = Database(sqlite_url(data / "qiantai.db"))
    try:
        services = Services.build(db, AppPaths(data_dir=data, log_dir=tmp_path / "logs"), hasher=TEST_HASHER)
        customer_id, _ = _customer_with_history(services, make_actor(services, Role.ADMIN))
    finally:
        db.dispose()
    code, out, err = run(
        capsys, "--data-dir", str(data), "export-customer", MOBILE, "--json", str(tmp_path / "c.json")
    )
    assert code == 0, err
    assert f"客户 #{customer_id}" in out
    exported = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    assert exported["sections"]["customer"]["rows"][0]["name"] == NAME
    code, _, err = run(
        capsys,
        "--data-dir",
        str(data),
        "export-customer",
        f"#{customer_id}",
        "--xlsx",
        str(tmp_path / "c.xlsx"),
    )
    assert code == 0, err
    assert "工单" in load_workbook(tmp_path / "c.xlsx").sheetnames

    code, out, err = run(capsys, "--data-dir", str(data), "anonymise", MOBILE, "--yes")
    assert code != 0
    assert "6 年" in err and "须保存至" in err and "将替换为“已匿名#" in out
    code, _, err = run(capsys, "--data-dir", str(data), "anonymise", "#99999")
    assert code != 0 and "找不到" in err

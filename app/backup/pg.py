"""PostgreSQL: the server's own tools keep its copies; `qiantai backup` runs pg_dump when it can.

pg_dump writes one consistent snapshot of the database (custom format, compressed, restored with
pg_restore) while the counters keep working. The password, if the URL has one, goes to pg_dump in
its environment (PGPASSWORD), never on its command line.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from app.clock import Clock, system_clock
from app.errors import StorageError
from app.wording import say

PG_DUMP_TIMEOUT_S = 6 * 3600


@dataclass(frozen=True)
class DumpResult:
    path: Path
    size: int
    pg_dump: str


def pg_dump_program() -> str | None:
    return shutil.which("pg_dump")


def pg_dump(url: str, folder: Path, clock: Clock = system_clock, program: str | None = None) -> DumpResult:
    """Runs pg_dump --format=custom into folder/qiantai-YYYYMMDD-HHMMSS.pgdump."""
    program = program or pg_dump_program()
    if program is None:
        raise StorageError(
            say("找不到 pg_dump：请在数据库服务器上安装 PostgreSQL 客户端工具后再运行，或由服务器管理员备份")
        )
    parsed = make_url(url)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise StorageError(
            say("无法写入备份文件夹 {folder}：{reason}", folder=str(folder), reason=e.strerror or str(e))
        ) from e
    target = folder / f"qiantai-{clock().astimezone().strftime('%Y%m%d-%H%M%S')}.pgdump"
    args = [program, "--format=custom", f"--file={target}", "--no-password"]
    if parsed.host:
        args.append(f"--host={parsed.host}")
    if parsed.port:
        args.append(f"--port={parsed.port}")
    if parsed.username:
        args.append(f"--username={parsed.username}")
    args.append(f"--dbname={parsed.database or ''}")
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)
    done = subprocess.run(
        args, env=env, capture_output=True, text=True, timeout=PG_DUMP_TIMEOUT_S, check=False
    )
    if done.returncode != 0:
        target.unlink(missing_ok=True)
        reason = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
        raise StorageError(say("pg_dump 失败：{reason}", reason=reason))
    return DumpResult(target, target.stat().st_size, program)

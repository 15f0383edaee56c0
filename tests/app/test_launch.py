"""The entry point pauses the garbage collector for start-up only."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from app import launch


@pytest.fixture
def collector_restored():  # type: ignore[no-untyped-def]
    yield
    gc.unfreeze()
    gc.enable()


def test_a_command_runs_with_the_collector_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, collector_restored
) -> None:  # type: ignore[no-untyped-def]
    seen: list[bool] = []
    from app.commands import init_db

    real = init_db.run

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(init_db, "run", spy)
    assert launch.main(["--data-dir", str(tmp_path), "init"]) == 0
    assert seen == [True]  # collection resumed before the command's own work
    assert gc.isenabled() and gc.get_freeze_count() > 0  # start-up's objects frozen out


def test_startup_done_freezes_once(monkeypatch: pytest.MonkeyPatch, collector_restored) -> None:  # type: ignore[no-untyped-def]
    freezes: list[int] = []
    monkeypatch.setattr(launch.gc, "freeze", lambda: freezes.append(1))
    gc.disable()
    launch.startup_done()
    launch.startup_done()  # collection already resumed: nothing more to do
    assert gc.isenabled() and freezes == [1]

"""Where the program keeps its files: per-user directories, or --data-dir."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Qiantai"
DB_FILENAME = "qiantai.db"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    log_dir: Path

    @property
    def database_file(self) -> Path:
        return self.data_dir / DB_FILENAME

    @classmethod
    def resolve(cls, data_dir: Path | None = None) -> AppPaths:
        if data_dir is not None:
            return cls(data_dir=data_dir, log_dir=data_dir / "logs")
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    def ensure(self) -> None:
        """The data folder; the log folder is made by app.logging_setup, which runs on without it."""
        self.data_dir.mkdir(parents=True, exist_ok=True)

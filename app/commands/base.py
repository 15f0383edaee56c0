"""What every subcommand gets: the parsed arguments and a lazily opened set of services.

Nothing here or in the command modules imports the database layer at import time: the parser is
built for every start, the window's included, and SQLAlchemy loads only when a command (or the
window, off the UI thread) opens the database."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from app.paths import AppPaths

if TYPE_CHECKING:
    from app.context import Services


class CommandError(Exception):
    """A user mistake on the command line: printed as one line, exit code 2."""


@dataclass
class CommandContext:
    paths: AppPaths
    db_url_arg: str | None
    _services: Services | None = field(default=None, init=False)

    @property
    def db_url(self) -> str:
        from app.context import database_url

        return database_url(self.paths, self.db_url_arg)

    def services(self) -> Services:
        if self._services is None:
            from app.context import Services, open_database

            self.paths.ensure()
            db, _ = open_database(self.db_url)
            self._services = Services.build(db, self.paths)
        return self._services

    def close(self) -> None:
        if self._services is not None:
            self._services.close()


class Handler(Protocol):
    def __call__(self, args: argparse.Namespace, ctx: CommandContext) -> int: ...


Subparsers = argparse._SubParsersAction  # the type argparse gives add_subparsers()


def out(text: str) -> None:
    sys.stdout.write(text + "\n")

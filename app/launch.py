"""The program's entry point: start-up without the cyclic garbage collector.

Importing SQLAlchemy, the models and Qt's bindings creates hundreds of thousands of objects, none
of them garbage; the collector walked them over and over while the window was being built (about
50 ms of imports and 65 ms of the first data, bench/window_bench.py). It is paused from the first
import until the main window has shown its first data (ui.main calls startup_done), or until a
command line command starts; then the start-up objects are frozen out of later collections and
collection resumes as usual.
"""

from __future__ import annotations

import gc


def startup_done() -> None:
    """Collection as usual from now on; what start-up built is never scanned again."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def main(argv: list[str] | None = None) -> int:
    gc.disable()
    try:
        from app.cli import main as cli_main

        return cli_main(argv)
    finally:
        startup_done()


if __name__ == "__main__":
    import sys

    sys.exit(main())

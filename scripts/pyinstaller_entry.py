"""Entry point of the pyinstaller bundle (build.spec): the same main as the `qiantai` command."""

import multiprocessing
import sys

if __name__ == "__main__":
    # A worker process of the whole reminder recompute (app/reminders/recompute_all.py) starts
    # this same executable: freeze_support runs the worker's task instead of the program.
    multiprocessing.freeze_support()
    from app.launch import main

    sys.exit(main())

"""Entry point of the pyinstaller bundle (build.spec): the same main as the `qiantai` command."""

import sys

from app.launch import main

if __name__ == "__main__":
    sys.exit(main())

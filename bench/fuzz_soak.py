"""A long soak of the fuzz tests (tests/app/fuzz): many more examples than CI runs.

    .venv/bin/python bench/fuzz_soak.py [--examples 20000]

Runs the same tests with QIANTAI_FUZZ_EXAMPLES set; any example that makes the program raise
outside its error taxonomy, or leaves a refused save behind, fails with the falsifying input.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--examples", type=int, default=20_000)
    args = parser.parse_args()
    env = os.environ | {"QIANTAI_FUZZ_EXAMPLES": str(args.examples), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--hypothesis-show-statistics"]
    return subprocess.call([*command, str(ROOT / "tests" / "app" / "fuzz")], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main())

"""Render the held-out corpus: .venv/bin/python tests/corpus/heldout/_src/build.py"""

# ruff: noqa: UP031

from __future__ import annotations

import importlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import lib  # noqa: E402

for mod in sorted(p.stem for p in HERE.glob("b[0-9]*.py")):
    importlib.import_module(mod)
lib.write_all(HERE.parent)
print("wrote %d messages" % len(lib.REG))

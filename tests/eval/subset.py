"""Evaluate a subset of the development corpus as a fresh test set.

    .venv/bin/python tests/eval/subset.py c_wave2 [--exclude NAMES.txt] [-v]

The messages one source module of `tests/corpus/dev/_src` writes (e.g. the second writer's
`c_wave2.py`) are copied with their labels into a temporary folder and scored there with
`followup.understand.evaluate`, alone. Measured before anything is tuned on them, they are a
second, independent measure of how the understanding carries over to another writer's mail.
`--exclude` skips the messages a file lists (one NAME or NAME.eml a line): those already
measured and studied, when the writer adds more.
Never point it at the held-out split.
"""

from __future__ import annotations

import importlib
import shutil
import sys
import tempfile
from pathlib import Path

DEV = Path(__file__).resolve().parents[2] / "tests" / "corpus" / "dev"


def names_from(module: str) -> list[str]:
    """The message names `_src/<module>.py` writes (what build.py renders as NAME.eml)."""
    sys.path.insert(0, str(DEV / "_src"))
    lib = importlib.import_module("lib")
    before = len(lib.MSGS)
    importlib.import_module(module)
    return [m.name for m in lib.MSGS[before:]]


def main(argv: list[str]) -> int:
    module, rest = argv[0], argv[1:]
    names = names_from(module)
    if "--exclude" in rest:
        at = rest.index("--exclude")
        listed = Path(rest[at + 1]).read_text().split()
        rest = rest[:at] + rest[at + 2 :]
        names = [n for n in names if n not in {x.removesuffix(".eml") for x in listed}]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / module
        folder.mkdir()
        copied = 0
        for name in names:
            eml, label = DEV / f"{name}.eml", DEV / f"{name}.json"
            if eml.exists() and label.exists():
                shutil.copy(eml, folder)
                shutil.copy(label, folder)
                copied += 1
        print(f"{module}: {copied} of {len(names)} messages rendered in {DEV}")
        from followup.understand.evaluate import main as evaluate

        return evaluate([str(folder), "--no-baseline", *rest])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["c_wave2"]))

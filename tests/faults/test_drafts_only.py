"""Issue 9, item 5, behaviourally for a local Maildir: a cycle (and another) over a copy of the
demo mailbox creates files only in the Drafts folder's cur/, and leaves every other file
(content, name, flags in the name, times, mode) and every folder exactly as it was. For IMAP
the same is checked in every fault test: every `save` in Dovecot's mail_log is in Drafts."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from followup.config import load_config
from followup.demo import demo_expected, prepare
from followup.record import Record
from followup.service import run_cycle

from .world import NOW


def snapshot(root: Path) -> dict[str, tuple[str, int, int]]:
    """Every file and folder: relative path -> (sha256, mtime_ns, mode)."""
    found = {}
    for path in sorted(root.rglob("*")):
        stat = path.stat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
        found[str(path.relative_to(root))] = (digest, stat.st_mtime_ns, stat.st_mode)
    return found


def test_a_cycle_writes_only_drafts_into_the_drafts_folder(
    tmp_path: Path, stages: tuple[Any, Any]
) -> None:
    config = load_config(prepare(tmp_path / "demo", demo_expected()))
    mail = tmp_path / "demo" / "Maildir"
    before = snapshot(mail)
    understander, rules = stages
    with Record.open(config.database) as record:
        placed = sum(
            run_cycle(config, record, NOW, understander=understander, rules=rules).placed
            for _ in range(2)
        )
    after = snapshot(mail)

    added = sorted(set(after) - set(before))
    assert placed >= 5 and len(added) == placed, added
    assert all(name.startswith(".Drafts/cur/") and name.endswith(":2,D") for name in added)
    changed = {name for name in before if after.get(name) != before[name]}
    assert changed <= {".Drafts", ".Drafts/cur", ".Drafts/tmp"}, sorted(changed)  # new names

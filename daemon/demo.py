"""`followup demo`: one full cycle on a copy of the demo mailbox shipped in the package.

The shipped folder is only ever read: it is copied (to `--dir`, else a new temporary folder),
a settings file is written next to the copy, and `run --once` runs on it with `--now` set
just after the demo's interviews (from `expected.json`).
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import datetime
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from .errors import UserError

if TYPE_CHECKING:
    from .config import Config

SUBFOLDERS = ("cur", "new", "tmp")


def shipped_demo() -> Traversable:
    return resources.files("followup") / "demo"


def demo_expected(demo: Traversable | None = None) -> dict[str, Any]:
    source = (demo or shipped_demo()) / "expected.json"
    data: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    return data


def copy_maildir(source: Traversable, target: Path) -> None:
    """Copy a Maildir tree (files and folders, hidden ones too), creating any of cur/ new/
    tmp/ that git did not keep because they were empty."""
    target.mkdir(parents=True, exist_ok=True)
    for entry in source.iterdir():
        if entry.is_dir():
            copy_maildir(entry, target / entry.name)
        elif entry.name != ".gitkeep":
            (target / entry.name).write_bytes(entry.read_bytes())
    if target.name in SUBFOLDERS:
        return
    if any((target / sub).exists() for sub in SUBFOLDERS) or target.name.startswith("."):
        for sub in SUBFOLDERS:
            (target / sub).mkdir(exist_ok=True)


def prepare(directory: Path, expected: dict[str, Any], demo: Traversable | None = None) -> Path:
    """The copy and its settings file; returns the settings file."""
    mail = directory / "Maildir"
    for taken in (mail, directory / "config.yaml", directory / "state"):  # never overwrite
        if taken.exists():  # e.g. --dir ~/.config/followup: the user's own settings and record
            raise UserError(
                f"{taken} exists already; give an empty --dir (the demo never reuses one)"
            )
    copy_maildir((demo or shipped_demo()) / "Maildir", mail)
    me = expected["me"]
    settings = directory / "config.yaml"
    settings.write_text(
        "# written by `followup demo`\n"
        f"me:\n  name: {json.dumps(me['name'])}\n  email: {json.dumps(me['email'])}\n"
        f"  timezone: {json.dumps(me.get('timezone', 'UTC'))}\n"
        f"  country: {json.dumps(me.get('country', 'US'))}\n"
        "mailboxes:\n  - type: maildir\n    name: demo\n    path: Maildir\n"
        "state_dir: state\nrules_dir: rules\n",
        encoding="utf-8",
    )
    return settings


def run_demo(directory: Path | None, now: datetime | None) -> int:
    from .config import load_config
    from .service import Service

    expected = demo_expected()
    when = now or datetime.fromisoformat(expected["now"])
    target = (directory or Path(tempfile.mkdtemp(prefix="followup-demo-"))).absolute()
    config = load_config(prepare(target, expected))
    service = Service.open(config)
    try:
        summary = service.cycle(when)
    finally:
        service.close()
    _report(config, when, summary.line())
    return 0


def _report(config: Config, when: datetime, line: str) -> None:
    from .commands import opened
    from .status import status_data
    from .status_view import applications_table, drafts_table, make_console

    console = make_console()
    tz = ZoneInfo(config.me.timezone)
    with opened(config.path) as (cfg, record):
        data = status_data(cfg, record, when)
    console.print(f"Demo cycle at {when.astimezone(tz):%A %Y-%m-%d %H:%M %Z}: {line}")
    console.print(applications_table(data, tz, next_action=False))
    placed = [d for d in data["drafts"]["items"] if d["state"] == "placed"]
    console.print(drafts_table(placed, f"{len(placed)} drafts placed", tz))
    drafts = _drafts_folder(config)
    for text in (  # whole lines, so that the paths and the command can be copied
        f"The drafts are in {drafts} (open it with any mail client: mutt -f {drafts.parent})",
        f"Run the cycle again (it adds nothing): {_program()} run --once --config {config.path} "
        f"--now {when.isoformat()}",
    ):
        console.print(text, highlight=False, soft_wrap=True, markup=False)


def _drafts_folder(config: Config) -> Path:
    from .config import MaildirConfig
    from .sources import open_mailbox

    entry = config.mailboxes[0]
    assert isinstance(entry, MaildirConfig)  # `prepare` wrote a Maildir entry
    return entry.path / open_mailbox(entry, config).folders()["drafts"]


def _program() -> str:
    """How the user started us (`.venv/bin/followup` under `make demo`), to be copied."""
    started = sys.argv[0] if sys.argv else ""
    return started if Path(started).name == "followup" else "followup"

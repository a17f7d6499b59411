"""Write the hand-written test messages (tests/unit/understand/written_cases*.py, and the
kinds probes in tests/eval/probes_kinds.py) as a labelled folder the classifier trains on
next to the dev split: `python tests/eval/write_cases.py tests/eval/written`.

The messages are built exactly as the unit tests build them (sent Wed 2026-03-04 10:00
Chicago to Jordan Avery); each NAME.eml gets a NAME.json with its kind (the other fields are
null: only the classifier reads this folder). Deterministic: rerunning rewrites the same files.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "unit" / "understand"))

import written_cases  # noqa: E402 - the test folder is not a package
import written_cases2  # noqa: E402
import written_cases3  # noqa: E402
from understand_mail import message  # noqa: E402

sys.path.insert(0, str(ROOT / "tests" / "eval"))
import probes_kinds  # noqa: E402 - the kinds probes, next to this script
import probes_kinds2  # noqa: E402
import probes_kinds3  # noqa: E402
import probes_kinds4  # noqa: E402

SENT = datetime(2026, 3, 4, 10, tzinfo=ZoneInfo("America/Chicago"))
TO = "Jordan Avery <jordan.avery@example.net>"


def cases() -> list[tuple[str, str, str, str, list[str]]]:
    """(kind, subject, sender, body, calendars) of every written message."""
    out = []
    for module in (written_cases, written_cases2, written_cases3):
        for kind, subject, sender, body, _decision in module.CASES:
            out.append((kind, subject, sender, body, []))
        for kind, subject, sender, body, *_rest in [
            *getattr(module, "CASES2", []),
            *getattr(module, "INTERVIEWS", []),
        ]:
            out.append((kind, subject, sender, body, []))
        for subject, sender, body, calendars in getattr(module, "NEGATIVES", []):
            out.append(("other", subject, sender, body, list(calendars)))
    for probes in (probes_kinds, probes_kinds2, probes_kinds3, probes_kinds4):
        for subject, sender, body, calendars in probes.NEGATIVES:
            out.append(("other", subject, sender, body, list(calendars)))
        for kind, subject, sender, body in probes.POSITIVES:
            out.append((kind, subject, sender, body, []))
    return out


def main(folder: Path) -> int:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for number, (kind, subject, sender, body, calendars) in enumerate(cases()):
        slug = re.sub(r"[^a-z0-9]+", "-", subject.lower()).strip("-")[:40]
        name = f"{number:03d}-{kind}-{slug}"
        data = message(body, subject=subject, sender=sender, to=TO, date=SENT, calendars=calendars)
        (folder / f"{name}.eml").write_bytes(data)
        label = {"kind": kind, "notes": "from tests/unit/understand/written_cases*.py"}
        (folder / f"{name}.json").write_text(json.dumps(label, indent=1) + "\n")
    print(f"wrote {len(cases())} labelled messages to {folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "eval" / "written"))

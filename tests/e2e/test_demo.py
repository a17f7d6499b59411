"""The demo end to end, with the real understand stage, rules and Maildir: one thank-you
draft per interviewer of the demo's interviews, none for the noise; a second cycle adds
nothing; a draft the user deletes stays deleted; the shipped mailbox is never touched."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from email.parser import BytesParser
from email.policy import default
from pathlib import Path

import pytest
from followup.cli import main
from followup.demo import demo_expected, shipped_demo
from followup.model import DraftState
from followup.record import Record

EXPECTED = demo_expected()
NOW = datetime.fromisoformat(EXPECTED["now"])


def tree_digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        digest.update(str(path.relative_to(root)).encode())
        if path.is_file():
            digest.update(path.read_bytes())
            digest.update(str(path.stat().st_mtime_ns).encode())
    return digest.hexdigest()


def drafts(demo: Path) -> dict[str, object]:
    folder = demo / "Maildir" / ".Drafts"
    found = {}
    for path in sorted((folder / "cur").iterdir()) + sorted((folder / "new").iterdir()):
        msg = BytesParser(policy=default).parsebytes(path.read_bytes())
        found[path.name] = msg
    return found


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    shipped = Path(str(shipped_demo()))
    before = tree_digest(shipped)
    target = tmp_path_factory.mktemp("demo")
    assert main(["demo", "--dir", str(target)]) == 0
    assert tree_digest(shipped) == before, "the shipped demo mailbox was modified"
    return target


def test_one_thank_you_per_interviewer_and_nothing_for_noise(demo: Path) -> None:
    placed = drafts(demo)
    thank_yous = sorted(
        m["To"].addresses[0].addr_spec
        for m in placed.values()
        if m["X-Followup-Rule"] == "thank-you"
    )
    wanted = sorted(d["to"] for d in EXPECTED["drafts"] if d["rule"] == "thank-you")
    assert thank_yous == wanted
    companies = {a["company"] for a in EXPECTED["applications"]}
    for msg in placed.values():
        assert "\\" not in msg["To"] and msg["X-Followup-Key"]
        assert any(c in str(msg["Subject"]) for c in companies), msg["Subject"]
    assert all(name.endswith(":2,D") for name in placed)


def test_drafts_greet_each_interviewer_by_name(demo: Path) -> None:
    bodies = {m["To"].addresses[0].addr_spec: m.get_content() for m in drafts(demo).values()}
    for expected in EXPECTED["drafts"]:
        first = expected["name"].split()[0]
        assert first in bodies[expected["to"]]


def test_a_second_cycle_adds_nothing(demo: Path) -> None:
    before = sorted(drafts(demo))
    later = (NOW + timedelta(minutes=5)).isoformat()
    assert main(["run", "--once", "--config", str(demo / "config.yaml"), "--now", later]) == 0
    assert sorted(drafts(demo)) == before


def test_a_deleted_draft_is_not_recreated(demo: Path) -> None:
    name, msg = next(iter(drafts(demo).items()))
    (demo / "Maildir" / ".Drafts" / "cur" / name).unlink()
    later = (NOW + timedelta(hours=1)).isoformat()
    assert main(["run", "--once", "--config", str(demo / "config.yaml"), "--now", later]) == 0
    assert name not in drafts(demo)
    assert all(m["X-Followup-Key"] != msg["X-Followup-Key"] for m in drafts(demo).values())
    with Record.open(demo / "state" / "record.sqlite") as record:
        assert record.draft(str(msg["X-Followup-Key"])).state is DraftState.DECLINED


def test_status_json_lists_the_demo_applications(demo: Path, capsys) -> None:
    import json

    capsys.readouterr()
    assert (
        main(["status", "--json", "--config", str(demo / "config.yaml"), "--now", NOW.isoformat()])
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    by_company = {a["company"]: a for a in data["applications"]}
    for expected in EXPECTED["applications"]:
        app = by_company[expected["company"]]
        assert app["role"] == expected["role"]
        assert app["stage"] == expected["stage"]
        assert app["decision_by"] == expected["decision_by"]
        names = sorted(p["name"] for p in app["interviewers"])
        assert names == sorted(n for i in expected["interviews"] for n in i["interviewers"])

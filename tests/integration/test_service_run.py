"""`followup run` as a process under a (fake) service manager, on a copy of the demo Maildir:
READY=1 after the first cycle, SIGTERM/SIGINT exit 0 within 5 s, SIGHUP with broken settings
keeps the old ones, one instance per state directory, exit 78 for a broken config, and
`kill -9` in the middle of a cycle followed by a restart leaves no duplicate draft."""

from __future__ import annotations

import email
import json
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import followup
import pytest
from followup.demo import demo_expected, prepare
from followup.understand.parse import parse
from service_proc import Service, start

pytestmark = pytest.mark.integration

STOP_WITHIN = 5.0


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    """A copy of the demo mailbox and its settings; returns the settings file."""
    return prepare(tmp_path / "demo", demo_expected())


@pytest.fixture
def services() -> Iterator[list[Service]]:
    started: list[Service] = []
    yield started
    for service in started:
        service.stop()


def run(
    config: Path, services: list[Service], *args: str, env: dict[str, str] | None = None
) -> Service:
    service = start(config, config.parent, "--now", demo_expected()["now"], *args, env=env)
    services.append(service)
    return service


def draft_keys(config: Path) -> Counter[str]:
    drafts = config.parent / "Maildir" / ".Drafts"
    keys: Counter[str] = Counter()
    for sub in ("cur", "new"):
        for path in (drafts / sub).glob("*"):
            message = email.message_from_bytes(path.read_bytes())
            keys[str(message["X-Followup-Key"])] += 1
    return keys


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_ready_then_a_stop_signal_exits_0_within_5_seconds(
    demo: Path, services: list[Service], sig: signal.Signals
) -> None:
    service = run(demo, services, env={"WATCHDOG_USEC": "1000000"})
    service.ready()
    assert draft_keys(demo), "the first cycle (before READY) placed no draft"
    assert service.notify.wait_for("WATCHDOG=1", 3)  # every 0.5 s: half of WATCHDOG_USEC
    assert service.threads_taking_signals() == []  # numpy's BLAS pool blocks them
    before_ready = service.notify.fields[: service.notify.fields.index("READY=1")]
    assert "EXTEND_TIMEOUT_USEC=120000000" in before_ready  # the first sync moved it on
    sent = time.monotonic()
    service.signal(sig)
    code = service.wait(STOP_WITHIN)
    assert code == 0, service.output()
    assert time.monotonic() - sent < STOP_WITHIN
    assert service.notify.wait_for("STOPPING=1", 1)
    log = service.output()
    assert "cycle 1: 17 messages read" in log
    assert "Traceback" not in log


def test_a_stop_while_starting_exits_0_within_5_seconds(
    demo: Path, services: list[Service]
) -> None:
    service = run(demo, services)
    assert service.wait_for_log("starting: settings", 60), service.output()
    service.signal(signal.SIGTERM)  # while the pipeline loads (or in the first cycle)
    assert service.wait(STOP_WITHIN) == 0, service.output()
    assert "Traceback" not in service.output()
    assert not service.notify.wait_for("READY=1", 0.1)


def test_a_reload_asked_for_while_starting_is_done_once_started(
    demo: Path, services: list[Service]
) -> None:
    service = run(demo, services)
    assert service.wait_for_log("starting: settings", 60), service.output()
    service.signal(signal.SIGHUP)  # while the pipeline loads: not lost, and not fatal
    service.ready()
    assert service.wait_for_log("reloaded:", 60), service.output()
    service.signal(signal.SIGTERM)
    assert service.wait(STOP_WITHIN) == 0, service.output()


def test_sighup_with_broken_settings_keeps_the_old_ones_then_reloads_good_ones(
    demo: Path, services: list[Service]
) -> None:
    service = run(demo, services)
    service.ready()
    good = demo.read_text()
    demo.write_text(good.replace("email:", "emial:"))
    service.signal(signal.SIGHUP)
    assert service.wait_for_log("reload refused", 60), service.output()
    assert "emial" in service.output()  # the problem is named...
    assert service.proc.poll() is None  # ...and the service runs on the old settings

    rules = demo.parent / "rules"
    rules.mkdir()
    demo.write_text(good)
    service.signal(signal.SIGHUP)
    assert service.wait_for_log("reloaded:", 60), service.output()
    assert service.notify.wait_for("RELOADING=1", 1)
    service.signal(signal.SIGTERM)
    assert service.wait(STOP_WITHIN) == 0, service.output()


def test_a_broken_rule_on_reload_keeps_the_running_rules(
    demo: Path, services: list[Service]
) -> None:
    service = run(demo, services)
    service.ready()
    rules = demo.parent / "rules"
    rules.mkdir()
    (rules / "broken.yaml").write_text("name: broken\nwhen: [unclosed\n")
    service.signal(signal.SIGHUP)
    assert service.wait_for_log("reload refused", 60), service.output()
    assert "broken.yaml" in service.output()
    service.signal(signal.SIGTERM)
    assert service.wait(STOP_WITHIN) == 0


def test_one_instance_per_state_directory(demo: Path, services: list[Service]) -> None:
    first = run(demo, services)
    first.ready()
    second = run(demo, services)
    assert second.wait(60) == 75, second.output()
    lines = second.output().strip().splitlines()
    assert "already running" in lines[-1]
    assert f"pid {first.proc.pid}" in lines[-1]
    assert "Traceback" not in second.output()
    assert first.proc.poll() is None


def test_broken_settings_at_start_exit_78_without_a_traceback(
    demo: Path, services: list[Service]
) -> None:
    demo.write_text(demo.read_text().replace("type: maildir", "type: mbox"))
    service = run(demo, services)
    assert service.wait(60) == 78
    assert "Traceback" not in service.output()
    assert "mbox" in service.output()


@pytest.fixture(scope="module")
def expected_keys(tmp_path_factory: pytest.TempPathFactory) -> Counter[str]:
    """The drafts an uninterrupted service places on the demo."""
    reference = prepare(tmp_path_factory.mktemp("reference") / "demo", demo_expected())
    whole: list[Service] = []
    try:
        run(reference, whole).ready()
    finally:
        whole[0].stop()
    return draft_keys(reference)


def kill_mid_cycle(where: Path, services: list[Service], after: int, total: int) -> Path:
    """A service killed with SIGKILL once `after` drafts are placed and before the cycle
    placed all `total` (retried on a fresh copy when a busy machine let the cycle finish)."""
    for attempt in range(5):
        victim = prepare(where / f"victim{attempt}", demo_expected())
        service = run(victim, services)
        deadline = time.monotonic() + 120
        while sum(draft_keys(victim).values()) < after and service.proc.poll() is None:
            assert time.monotonic() < deadline, service.output()
            time.sleep(0.001)
        service.signal(signal.SIGKILL)
        assert service.wait(5) == -signal.SIGKILL, service.output()
        if sum(draft_keys(victim).values()) < total:
            assert not service.notify.wait_for("READY=1", 0.1)  # READY follows the 1st cycle
            return victim
    raise AssertionError("the cycle always finished before the kill")


@pytest.mark.parametrize("after_drafts", [1, 3])
def test_kill_9_in_the_middle_of_a_cycle_then_restart_leaves_no_duplicate(
    tmp_path: Path, services: list[Service], after_drafts: int, expected_keys: Counter[str]
) -> None:
    assert len(expected_keys) > after_drafts, "the demo places too few drafts for this test"
    victim = kill_mid_cycle(tmp_path, services, after_drafts, len(expected_keys))
    assert sum(draft_keys(victim).values()) >= after_drafts

    second = run(victim, services)
    second.ready()
    second.signal(signal.SIGTERM)
    assert second.wait(STOP_WITHIN) == 0, second.output()
    keys = draft_keys(victim)
    assert max(keys.values()) == 1, f"duplicate drafts: {keys}"
    assert set(keys) == set(expected_keys)


def test_status_shows_the_last_sync_of_the_running_service(
    demo: Path, services: list[Service]
) -> None:
    service = run(demo, services)
    service.ready()
    status = subprocess.run(
        [sys.executable, "-m", "followup", "status", "--json", "--config", str(demo)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert status.returncode == 0, status.stderr
    (source,) = json.loads(status.stdout)["sources"]
    assert source["name"] == "demo"
    assert source["last_error"] is None
    synced = datetime.fromisoformat(source["last_success"])
    started = datetime.fromisoformat(demo_expected()["now"])  # run --now: the service's clock
    assert timedelta(0) <= synced - started < timedelta(minutes=2)
    service.signal(signal.SIGTERM)
    assert service.wait(STOP_WITHIN) == 0


def test_under_journald_every_line_carries_a_priority(demo: Path, services: list[Service]) -> None:
    service = start(demo, demo.parent, "--now", demo_expected()["now"], journal=True)
    services.append(service)
    service.ready()
    service.signal(signal.SIGTERM)
    assert service.wait(STOP_WITHIN) == 0
    lines = service.output().splitlines()
    assert lines
    assert all(re.match(r"<[2-7]>followup\.", line) for line in lines), lines
    assert any(line.startswith("<6>followup.loop: cycle 1: ") for line in lines)
    assert any(line.startswith("<4>") for line in lines)  # the drafts' proofreading warnings
    bodies = [line for text in demo_texts() for line in text.splitlines() if len(line) > 30]
    assert len(bodies) > 50
    assert not [line for line in bodies if line in service.output()]  # never a message body


def demo_texts() -> list[str]:
    demo = Path(followup.__file__).parent / "demo" / "Maildir"
    return [parse(path.read_bytes()).text for path in sorted(demo.glob("*/*")) if path.is_file()]

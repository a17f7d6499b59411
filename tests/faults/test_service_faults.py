"""Issue 9, item 1, with the long-running service (`followup run` as systemd runs it, with a
fake NOTIFY_SOCKET): the session kicked while in IDLE, then the server gone (connection
refused) and back. The service never stops; `status` says what is wrong while it is wrong;
mail arriving after each fault is picked up; the drafts end exactly right, untouched flags."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from dovecot import running_dovecot
from service_proc import Service, start

from .world import LATE, NOW, World, world

pytestmark = pytest.mark.integration

PICKUP_WITHIN = 10.0  # seconds; the poll interval is 5 minutes, so only IDLE explains it


@pytest.fixture
def live(tmp_path: Path, stages: tuple[Any, Any]) -> Iterator[tuple[World, Service]]:
    with running_dovecot() as server, world(server, tmp_path, stages) as w:
        service = start(tmp_path / "config.yaml", tmp_path, "--now", NOW.isoformat())
        try:
            yield w, service
        finally:
            service.stop()


def status(w: World) -> dict[str, Any]:
    env = {**os.environ, "XDG_STATE_HOME": str(w.home / "xdg-state")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "followup",
            "status",
            "--json",
            "--config",
            str(w.home / "config.yaml"),
            "--now",
            NOW.isoformat(),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    (work,) = json.loads(result.stdout)["sources"]
    return dict(work)


def wait_until(check: Callable[[], bool], timeout: float, service: Service) -> None:
    end = time.monotonic() + timeout
    while not check():
        assert service.proc.poll() is None, service.output()
        assert time.monotonic() < end, service.output()
        time.sleep(0.05)


def cycles(service: Service) -> int:
    """Cycles summed up in the log so far (`cycle N: ...`)."""
    return len(re.findall(r"cycle \d+: ", service.output()))


def kicked_in_idle(w: World, service: Service) -> None:
    time.sleep(1)  # let the watcher's connection settle into IDLE
    before = cycles(service)
    w.server.kick()  # * BYE to every session of the user
    wait_until(lambda: cycles(service) > before, PICKUP_WITHIN, service)
    time.sleep(1)  # back in IDLE on a new connection
    w.deliver_late()
    wait_until(lambda: w.recorded(LATE), PICKUP_WITHIN, service)


def server_away_then_back(w: World, service: Service) -> str:
    w.server.stop()
    wait_until(lambda: service.notify.wait_for("STATUS=work: backing off", 0.1), 30, service)
    said = str(status(w)["last_error"])
    w.server.start()
    before = cycles(service)
    service.signal(signal.SIGHUP)  # `systemctl --user reload`: try the sources again now
    wait_until(lambda: "reloaded:" in service.output() and cycles(service) > before, 60, service)
    return said


def test_kicked_in_idle_and_server_away_the_service_runs_on_and_ends_right(
    live: tuple[World, Service],
    reference: set[str],
    record_property: Callable[[str, object], None],
) -> None:
    w, service = live
    service.ready()
    assert service.notify.wait_for("STATUS=idle on work", 10), service.notify.fields

    kicked_in_idle(w, service)
    said = server_away_then_back(w, service)
    after = status(w)

    service.signal(signal.SIGTERM)
    code = service.wait(10)
    verdict, keys = w.verdict(reference), w.draft_keys()
    record_property("fault", "session kicked in IDLE")
    record_property("fault", "server away while running (refused)")
    for figure, value in verdict.figures.items():
        record_property(figure, value)

    assert code == 0, service.output()
    # "connection refused", or "reset by peer" when the stop caught a connection opening
    assert re.search(r"connecting to 127\.0\.0\.1: .*(refused|reset)", said), said
    assert after["last_error"] is None and after["failures"] == 0, after
    assert verdict.duplicates == 0 and verdict.missing == [] and verdict.extra == [], keys
    assert verdict.flags_changed == [] and verdict.foreign_writes == [], verdict
    assert "waiting for new mail: * BYE" in service.output()  # the kick, as the log tells it
    assert "Traceback" not in service.output()
    assert w.server.password not in service.output()

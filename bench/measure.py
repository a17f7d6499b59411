"""One mailbox size, every measurement: build, floor, initial scan, steady poll, arrival
through IDLE, idle memory. Dovecot comes from the integration tests' fixture; every client
talks to it through the counting proxy on loopback (except the long-running service)."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hiring import fresh_invitation
from imap_tools import MailBoxUnencrypted
from inbox import NOW, Stats, give_to, write_maildir
from mime import render
from proxy import CountingProxy, Counts

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench"
sys.path.insert(0, str(ROOT / "tests" / "integration"))

import dovecot  # noqa: E402  (the tests' fixture: reused, not copied)
import service_proc  # noqa: E402

PYTHON = sys.executable
MAILBOX = "bench"


@dataclass
class Run:
    """One measured child process."""

    seconds: float
    max_rss_mb: float
    code: int
    output: str
    counts: Counts = field(default_factory=Counts)
    cpu_seconds: float = 0.0  # user + system of the process itself (not Dovecot's)
    load: str = ""  # /proc/loadavg when it started: the machine is shared


@dataclass
class SizeResult:
    n: int
    build: Stats
    floor: Run
    scan: Run
    poll: dict[str, Any] = field(default_factory=dict)
    arrival: dict[str, Any] = field(default_factory=dict)
    profile: Path | None = None


def measured(cmd: list[str], work: Path, proxy: CountingProxy | None = None) -> Run:
    """Run a child to its end: wall time, its own peak RSS (wait4), its output, the traffic."""
    out = work / f"out-{time.monotonic_ns()}.txt"
    env = _env(work)
    if proxy:
        proxy.reset()
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    started = time.perf_counter()
    with out.open("wb") as sink:
        proc = subprocess.Popen(cmd, stdout=sink, stderr=subprocess.STDOUT, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    counts = proxy.reset() if proxy else Counts()
    text = out.read_text(errors="replace")
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, usage.ru_maxrss / 1024, proc.returncode, text, counts, cpu, load)


def _env(work: Path) -> dict[str, str]:
    return {
        **os.environ,
        "XDG_CONFIG_HOME": str(work / "xdg-config"),
        "XDG_STATE_HOME": str(work / "xdg-state"),
        "PYTHONPATH": os.pathsep.join(filter(None, [str(BENCH), os.environ.get("PYTHONPATH")])),
    }


def write_config(work: Path, port: int, state: Path, password: str, name: str) -> Path:
    secret = work / "imap-password"
    secret.write_text(password + "\n")
    secret.chmod(0o600)
    config = work / name
    config.write_text(f"""\
me:
  name: Jordan Avery
  email: jordan.avery@example.net
  timezone: America/Chicago
  country: US
mailboxes:
  - type: imap
    name: {MAILBOX}
    host: 127.0.0.1
    port: {port}
    security: none
    username: {dovecot.USER}
    password_file: {secret}
    poll_seconds: 300
    timeout: 120
state_dir: {state}
""")
    return config


def build(server: dovecot.Dovecot, n: int) -> Stats:
    home = server.dir / "home"
    stats = write_maildir(home / dovecot.USER / "Maildir", n)
    _, _, uid, gid = dovecot._ids()
    started = time.perf_counter()
    give_to(home, uid, gid)
    server.doveadm("mailbox", "status", "-u", dovecot.USER, "messages", "INBOX", "Sent")
    seen_by_mail_client(server)
    stats.index_seconds = time.perf_counter() - started
    return stats


def seen_by_mail_client(server: dovecot.Dovecot) -> None:
    """Open INBOX and Sent read-write once, as the user's mail client does: that clears
    \\Recent. In a folder no client ever selected, every message stays \\Recent and Dovecot
    walks them all on each STATUS (0.65 ms per STATUS at 10,000 messages instead of 0.12)."""
    with MailBoxUnencrypted("127.0.0.1", server.port).login(
        server.user, server.password, initial_folder=None
    ) as mb:
        for folder in ("INBOX", "Sent"):
            mb.folder.set(folder)  # SELECT, then LOGOUT: no flag or message is changed


def poll(
    server: dovecot.Dovecot, config: Path, work: Path, proxy: CountingProxy, cycles: int
) -> dict[str, Any]:
    """Steady polls in a warm process; the proxy's counts, and the CPU time Dovecot's imap
    processes spent, cut at each phase."""
    cmd = [PYTHON, str(BENCH / "poll.py"), str(config), NOW.isoformat(), str(cycles)]
    proc = subprocess.Popen(
        cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=_env(work), text=True
    )
    assert proc.stdin and proc.stdout
    result: dict[str, Any] = {"warm": proc.stdout.readline().strip()}
    for _ in ("read", "cycle"):
        proxy.reset()
        server_before = server_cpu(server)
        proc.stdin.write("go\n")
        proc.stdin.flush()
        line = proc.stdout.readline()
        if not line:
            break
        phase = json.loads(line)
        counts = proxy.reset()
        phase["server_cpu_ms"] = 1000 * (server_cpu(server) - server_before) / cycles
        phase["round_trips"] = counts.round_trips / cycles
        phase["commands"] = {k: v / cycles for k, v in counts.commands.items()}
        phase["bytes"] = (counts.to_server + counts.from_server) / cycles
        result[phase["phase"]] = phase
    proc.stdin.write("bye\n")
    proc.stdin.flush()
    proc.wait(60)
    return result


def server_cpu(server: dovecot.Dovecot) -> float:
    """Seconds of CPU (user + system) used so far by this Dovecot's imap processes."""
    title = f"dovecot-test-{server.port}/imap".encode()
    total = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if stat.with_name("cmdline").read_bytes().rstrip(b"\0") != title:
                continue
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended meanwhile
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def recorded(database: Path, message_id: str) -> bool:
    with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=5) as conn:
        row = conn.execute(
            "SELECT application_id FROM messages WHERE message_id = ?", (message_id,)
        ).fetchone()
    return row is not None and row[0] is not None


def vm(pid: int) -> dict[str, float]:
    fields = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        name, _, value = line.partition(":")
        if name in {"VmRSS", "VmHWM"}:
            fields[name] = int(value.split()[0]) / 1024
    return fields


def arrival(server: dovecot.Dovecot, work: Path, scan_state: Path) -> dict[str, Any]:
    """`followup run` (long-running) from the scan's state; two invitations saved into INBOX
    one after the other; seconds from each save until its fact is in the record (the first
    also loads the spaCy pipeline, the second finds it loaded). Then the idle memory."""
    state = work / "state-live"
    shutil.copytree(scan_state, state)
    config = write_config(work, server.port, state, server.password, "live.yaml")
    service = service_proc.start(config, work, "--now", NOW.isoformat())
    out: dict[str, Any] = {}
    try:
        started = time.monotonic()
        service.ready(300)
        out["ready_s"] = time.monotonic() - started
        if not service.notify.wait_for("STATUS=idle on", 120):
            return {**out, "error": "never idle: " + service.output()[-500:]}
        out["rss_before_mb"] = vm(service.proc.pid)["VmRSS"]
        for name, seed in (("first_s", 5), ("seconds", 6)):
            time.sleep(3)  # the cycle ends; the watcher's connection settles into IDLE
            took = _one_arrival(server, state, seed)
            if isinstance(took, str):
                return {**out, "error": took + service.output()[-800:]}
            out[name] = took
        time.sleep(5)  # settle: the cycle ends, memory stops moving
        out.update(vm(service.proc.pid))
        service.signal(signal.SIGTERM)
        out["exit"] = service.wait(10)
    finally:
        service.stop()
    return out


def _one_arrival(server: dovecot.Dovecot, state: Path, seed: int) -> float | str:
    invitation = fresh_invitation(random.Random(seed), NOW.replace(minute=0) - _ten_minutes())
    message_id = invitation.head["Message-ID"].strip("<>")
    saved = time.monotonic()
    server.save("INBOX", render(invitation))
    while not recorded(state / "record.sqlite", message_id):
        if time.monotonic() - saved > 60:
            return "not recorded in 60 s: "
        time.sleep(0.02)
    return time.monotonic() - saved


def _ten_minutes() -> Any:
    from datetime import timedelta

    return timedelta(minutes=10)


def profile_scan(config: Path, work: Path, n: int) -> Path:
    """The scan again, from a fresh state, under pyinstrument (text report kept)."""
    state = work / "state-profile"
    fresh = write_config(work, _port_of(config), state, _password(work), "profile.yaml")
    target = BENCH / "profiles" / f"scan-{n}.txt"
    target.parent.mkdir(exist_ok=True)
    cmd = [PYTHON, "-m", "pyinstrument", "-r", "text", "-o", str(target)]
    measured([*cmd, "-m", "followup", "run", "--once", "--config", str(fresh), "--now",
              NOW.isoformat()], work)  # fmt: skip
    return target


def _port_of(config: Path) -> int:
    line = next(x for x in config.read_text().splitlines() if x.strip().startswith("port:"))
    return int(line.split(":")[1])


def _password(work: Path) -> str:
    return (work / "imap-password").read_text().strip()


def one_size(n: int, cycles: int, profile: bool) -> SizeResult:
    server = dovecot.start_dovecot()
    work = Path(tempfile.mkdtemp(prefix="bench", dir="/tmp"))
    proxy = CountingProxy(server.port)
    try:
        print(f"[{n}] building the mailbox", flush=True)
        stats = build(server, n)
        print(f"[{n}] built in {stats.seconds:.1f} s + {stats.index_seconds:.1f} s", flush=True)
        floor_cmd = [PYTHON, str(BENCH / "floor.py"), str(proxy.port), server.user,
                     server.password, "INBOX", "Sent"]  # fmt: skip
        measured(floor_cmd, work, proxy)  # warm-up: Dovecot's caches and the page cache
        floor = measured(floor_cmd, work, proxy)
        print(f"[{n}] floor {floor.seconds:.1f} s", flush=True)
        config = write_config(work, proxy.port, work / "state", server.password, "scan.yaml")
        scan = measured(
            [PYTHON, "-m", "followup", "run", "--once", "--config", str(config), "--now",
             NOW.isoformat()], work, proxy)  # fmt: skip
        print(f"[{n}] scan {scan.seconds:.1f} s: {scan.output.strip()[-300:]}", flush=True)
        result = SizeResult(n, stats, floor, scan)
        result.poll = poll(server, config, work, proxy, cycles)
        print(f"[{n}] poll {json.dumps(result.poll)[:300]}", flush=True)
        result.arrival = arrival(server, work, work / "state")
        print(f"[{n}] arrival {result.arrival}", flush=True)
        if profile:
            result.profile = profile_scan(config, work, n)
        return result
    finally:
        proxy.close()
        server.stop()
        shutil.rmtree(server.dir, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)

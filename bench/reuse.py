"""The steady poll alone, on mailboxes built once and kept (for profiling and fixing it without
building 3 GB of mail for every try):

    .venv/bin/python bench/reuse.py build DIR [--sizes 10000,50000]
    .venv/bin/python bench/reuse.py poll DIR [--sizes 10000,50000] [--cycles 50]

`build` writes each size's mailbox and its Dovecot under DIR/N (as `make bench` does), then
the initial scan by `followup run --once`, whose record the polls start from. `poll` starts
that Dovecot again behind the counting proxy and runs bench/poll.py against it: round trips,
milliseconds, our CPU and Dovecot's, per phase. Remove DIR when done (`rm -rf DIR`)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from measure import NOW, PYTHON, build, measured, poll, write_config
from proxy import CountingProxy

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "integration"))

import dovecot  # noqa: E402


def server_in(root: Path, fresh: bool) -> dovecot.Dovecot:
    """A Dovecot whose directory (config, mail home, indexes) stays in `root`/dc."""
    d = dovecot.Dovecot(dir=root / "dc", port=dovecot.free_port(), options=dovecot.Options())
    if fresh:
        d.dir.mkdir(parents=True)
        d.dir.chmod(0o711)
        dovecot.write_config_files(d)
    d.conf.write_text(dovecot.config_text(d))
    d.start()
    return d


def build_one(root: Path, n: int) -> None:
    server = server_in(root, fresh=True)
    work = root / "work"
    work.mkdir()
    try:
        stats = build(server, n)
        print(f"[{n}] built in {stats.seconds:.1f} s + {stats.index_seconds:.1f} s", flush=True)
        config = write_config(work, server.port, work / "state", server.password, "scan.yaml")
        scan = measured(
            [PYTHON, "-m", "followup", "run", "--once", "--config", str(config), "--now",
             NOW.isoformat()], work)  # fmt: skip
        print(f"[{n}] scan {scan.seconds:.1f} s: {scan.output.strip()[-300:]}", flush=True)
    finally:
        server.stop()


def poll_one(root: Path, n: int, cycles: int) -> dict[str, object]:
    server = server_in(root, fresh=False)
    proxy = CountingProxy(server.port)
    work = root / "work"
    try:
        config = write_config(work, proxy.port, work / "state", server.password, "poll.yaml")
        return poll(server, config, work, proxy, cycles)
    finally:
        proxy.close()
        server.stop()


def summary(n: int, result: dict[str, object]) -> str:
    lines = [f"N = {n:,}"]
    for name in ("read", "cycle"):
        phase = result.get(name)
        if isinstance(phase, dict):
            lines.append(
                f"  {name:5}: {phase['median_ms']:.2f} ms median; CPU ours "
                f"{phase['cpu_ms']:.2f} ms, Dovecot's {phase['server_cpu_ms']:.2f} ms; "
                f"{phase['round_trips']:g} round trips {phase['commands']}"
            )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["build", "poll"])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--sizes", default="10000,50000")
    parser.add_argument("--cycles", type=int, default=50)
    args = parser.parse_args()
    for n in (int(s) for s in args.sizes.split(",") if s.strip()):
        root = args.dir / str(n)
        if args.what == "build":
            build_one(root, n)
            continue
        result = poll_one(root, n, args.cycles)
        print(summary(n, result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""`make faults`: runs the fault, hostile-input, injection, secrets and invariant tests and
prints their figures, computed from what the tests recorded (pytest's `record_property`, in
the JUnit XML of this very run): faults injected and survived, hostile inputs tried and
survived, duplicate drafts, flags changed, writes outside Drafts.

    python tests/faults/summary.py            # run the suites, then sum up
    python tests/faults/summary.py --junit F  # sum up an existing report (junit_family=xunit1)

The exit status is pytest's: the figures are printed either way.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SUITES = ["tests/faults", "tests/hostile", "tests/unit/test_invariants.py"]


@dataclass
class Case:
    name: str
    outcome: str  # passed, failed, xfailed, skipped
    properties: list[tuple[str, str]] = field(default_factory=list)

    def values(self, key: str) -> list[str]:
        return [v for k, v in self.properties if k == key]

    def total(self, key: str) -> int:
        return sum(int(v) for v in self.values(key))


def outcome(testcase: ET.Element) -> str:
    if testcase.find("failure") is not None or testcase.find("error") is not None:
        return "failed"
    skipped = testcase.find("skipped")
    if skipped is not None:
        return "xfailed" if skipped.get("type") == "pytest.xfail" else "skipped"
    return "passed"


def read_report(path: Path) -> list[Case]:
    cases = []
    for testcase in ET.parse(path).iter("testcase"):
        props = [(p.get("name", ""), p.get("value", "")) for p in testcase.iter("property")]
        name = f"{testcase.get('classname')}::{testcase.get('name')}"
        cases.append(Case(name, outcome(testcase), props))
    return cases


def figures(cases: list[Case]) -> list[str]:
    faults = [(fault, c.outcome) for c in cases for fault in c.values("fault")]
    by_outcome = Counter(o for _, o in faults)
    hostile = sum(c.total("hostile_inputs") for c in cases)
    hostile_ok = sum(c.total("hostile_inputs") for c in cases if c.outcome == "passed")
    lines = [
        f"faults injected: {len(faults)}, survived: {by_outcome['passed']}" + _others(by_outcome),
        f"hostile inputs tried: {hostile}, survived: {hostile_ok}",
        f"duplicate drafts: {sum(c.total('duplicates') for c in cases)}",
        f"flags changed: {sum(c.total('flags_changed') for c in cases)}",
        f"writes outside Drafts: {sum(c.total('foreign_writes') for c in cases)}",
        f"drafts missing after recovery: {sum(c.total('missing') for c in cases)}",
        f"tests: {_counts(Counter(c.outcome for c in cases))}",
    ]
    lines += [f"  {o:8} {fault}" for fault, o in faults]
    return lines


def _others(by_outcome: Counter[str]) -> str:
    rest = {k: v for k, v in by_outcome.items() if k != "passed"}
    return f" ({_counts(Counter(rest))})" if rest else ""


def _counts(counts: Counter[str]) -> str:
    return ", ".join(f"{n} {k}" for k, n in sorted(counts.items()))


def run_suites(report: Path) -> int:
    command = [
        sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
        f"--junitxml={report}", "-o", "junit_family=xunit1", *SUITES,
    ]  # fmt: skip
    return subprocess.run(command, cwd=ROOT, check=False).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--junit", type=Path, help="sum up this report instead of running")
    args = parser.parse_args(argv)
    code = 0
    report = args.junit
    if report is None:
        report = Path(tempfile.mkdtemp(prefix="faults")) / "report.xml"
        code = run_suites(report)
    print("\n".join(figures(read_report(report))))
    return code


if __name__ == "__main__":
    sys.exit(main())

"""MemoryDenyWriteExecute=yes in the units: the service's whole stack must run without
writable-and-executable memory. The kernel's PR_SET_MDWE (Linux 6.3+) enforces the same rule
on a process; the child below turns it on, proves it is on, then loads and runs everything
the service loads (spaCy's pipeline and numpy, TLS, the adapters, the rules and templates)."""

from __future__ import annotations

import subprocess
import sys

import pytest

CHILD = r"""
import ctypes, mmap, sys
libc = ctypes.CDLL(None, use_errno=True)
PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN = 65, 1
if libc.prctl(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN, 0, 0, 0) != 0:
    print("SKIP: PR_SET_MDWE unsupported (errno %d)" % ctypes.get_errno())
    sys.exit(0)
try:
    mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
    print("MDWE NOT ENFORCED")
    sys.exit(3)
except OSError:
    pass
import ssl
ssl.create_default_context()
import imap_tools, googleapiclient.discovery, caldav, icalendar, jinja2, sqlite3
from followup.rules.load import load_rules, shipped_rules_dir
rules = load_rules([shipped_rules_dir()])
assert rules.rules, rules.problems
from followup.understand.pipeline import Understander
from followup.understand.parse import parse
u = Understander("auto")
email = parse(b"From: Dana Whitfield <dana@northwind.example>\r\nTo: me@example.net\r\n"
              b"Subject: Interview invitation\r\nMessage-ID: <x@northwind.example>\r\n\r\n"
              b"Hi Jordan, we would like to invite you to interview with Dana Whitfield "
              b"at Northwind Analytics on Thursday, November 19 at 2pm.\r\n")
facts = u.facts(email)
doc = u.nlp("Dana Whitfield will meet Jordan Avery at Northwind Analytics on Thursday.")
assert any(e.label_ == "PERSON" for e in doc.ents), doc.ents  # the neural pipeline ran
print("OK", facts.kind, [e.text for e in doc.ents])
"""


def test_the_stack_runs_without_writable_executable_memory() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=240, check=False
    )
    if result.stdout.startswith("SKIP"):
        pytest.skip(result.stdout.strip())
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("OK "), result.stdout + result.stderr

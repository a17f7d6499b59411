"""The shipped systemd units, as `install-service` writes them for this environment, pass
`systemd-analyze verify` without a word and score an exposure of at most 3.0 with
`systemd-analyze security --offline=yes`. Skipped where systemd-analyze is missing."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from followup.install import SYSTEM_UNIT, UNITS, USER_UNIT, render_unit

pytestmark = pytest.mark.integration

ANALYZE = shutil.which("systemd-analyze")
FOLLOWUP = Path(sys.executable).parent / "followup"
MAX_EXPOSURE = 3.0
SCORE = re.compile(r"Overall exposure level for \S+: (\d+\.\d+)")

needs_analyze = pytest.mark.skipif(ANALYZE is None, reason="systemd-analyze is not installed")


def analyze(*args: str, runtime: Path) -> subprocess.CompletedProcess[str]:
    # a user manager needs $XDG_RUNTIME_DIR, which a CI shell (or root) may not have
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "SYSTEMD_PAGER": "", "NO_COLOR": "1"}
    assert ANALYZE is not None
    return subprocess.run(
        [ANALYZE, *args], capture_output=True, text=True, env=env, timeout=120, check=False
    )


def written(tmp_path: Path, name: str, system: bool) -> Path:
    """The unit as install-service renders it: ExecStart is this venv's followup."""
    assert FOLLOWUP.exists(), "the package's followup script is not installed in this venv"
    text = render_unit(
        (UNITS / name).read_text(),
        executable=FOLLOWUP,
        config_file=tmp_path / "config.yaml",
        writable=(tmp_path / "Mail",),
        system=system,
    )
    # verify wants an instance name for a template
    target = tmp_path / "units" / (name.replace("@.", "@jordan.") if system else name)
    target.parent.mkdir(exist_ok=True)
    target.write_text(text)
    return target


UNIT_CASES = [
    pytest.param(USER_UNIT, False, ["--user"], id="user"),
    pytest.param(SYSTEM_UNIT, True, [], id="system-template"),
]


@needs_analyze
@pytest.mark.parametrize(("name", "system", "scope"), UNIT_CASES)
def test_verify_prints_nothing(tmp_path: Path, name: str, system: bool, scope: list[str]) -> None:
    unit = written(tmp_path, name, system)
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    result = analyze("verify", *scope, str(unit), runtime=runtime)
    assert result.returncode == 0, result.stderr
    assert result.stderr == "", result.stderr
    assert result.stdout == "", result.stdout


@needs_analyze
@pytest.mark.parametrize(("name", "system", "scope"), UNIT_CASES)
def test_security_exposure_is_at_most_3(
    tmp_path: Path, name: str, system: bool, scope: list[str]
) -> None:
    unit = written(tmp_path, name, system)
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    result = analyze("security", "--offline=yes", *scope, str(unit), runtime=runtime)
    found = SCORE.search(result.stdout + result.stderr)
    assert found, result.stdout + result.stderr
    exposure = float(found.group(1))
    print(f"{name}: exposure {exposure}")
    assert exposure <= MAX_EXPOSURE, result.stdout


@needs_analyze
def test_verify_catches_a_misspelled_option(tmp_path: Path) -> None:
    """The check above can fail: a typo makes verify speak (while still exiting 0)."""
    unit = written(tmp_path, USER_UNIT, False)
    unit.write_text(unit.read_text().replace("ProtectClock=yes", "ProtectClok=yes"))
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    result = analyze("verify", "--user", str(unit), runtime=runtime)
    assert "ProtectClok" in result.stderr


@pytest.mark.parametrize("name", [USER_UNIT, SYSTEM_UNIT])
def test_every_option_is_commented(name: str) -> None:
    lines = (UNITS / name).read_text().splitlines()
    for index, line in enumerate(lines):
        if "=" in line and not line.startswith("#"):
            assert lines[index - 1].startswith("#") or "=" in lines[index - 1], (
                f"{name}:{index + 1}: {line} has no comment above it (or its group)"
            )


@pytest.mark.parametrize("name", [USER_UNIT, SYSTEM_UNIT])
def test_the_promised_options_are_set(name: str) -> None:
    text = (UNITS / name).read_text()
    for option in (
        "Type=notify",
        "WatchdogSec=",
        "Restart=on-failure",
        "RestartPreventExitStatus=78",
        "NoNewPrivileges=yes",
        "ProtectSystem=strict",
        "ProtectHome=read-only",
        "ReadWritePaths=",
        "PrivateTmp=yes",
        "RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6",
        "SystemCallFilter=@system-service",
        "PrivateUsers=yes",
        "MemoryDenyWriteExecute=yes",
        "UMask=0077",
        "CapabilityBoundingSet=\n",
    ):
        assert f"\n{option}" in text, f"{name} lacks {option!r}"

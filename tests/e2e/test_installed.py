"""`followup demo` after a plain, non-editable install: the wheel carries everything the demo
needs (the Maildir, the trained kind model, the rules, the systemd units) and the demo runs
from outside the source tree. Builds the wheel offline from a copy of the sources (so no
build/ or egg-info lands in the tree), installs it without dependencies into a fresh venv
that sees this environment's packages, and runs the console script."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "README.md", "daemon", "rules", "systemd")


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FOLLOWUP_", "PYTHON"))}
    done = subprocess.run(
        [str(a) for a in args],
        check=False,
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("src")
    for name in SOURCES:
        if (ROOT / name).is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
            shutil.copytree(ROOT / name, src / name, symlinks=True, ignore=ignore)
        else:
            shutil.copy2(ROOT / name, src / name)
    out = tmp_path_factory.mktemp("wheel")
    pip = (sys.executable, "-m", "pip", "--disable-pip-version-check")
    run(*pip, "wheel", "-q", "--no-deps", "--no-build-isolation", "-w", out, src, cwd=src)
    (built,) = out.glob("*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv holding only the wheel; this environment's site-packages come after its own
    (a .pth line is added to sys.path without running the editable install's hooks)."""
    venv = tmp_path_factory.mktemp("venv")
    run(sys.executable, "-m", "venv", "--without-pip", "--clear", venv, cwd=venv)
    python = venv / "bin" / "python"
    own = run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=venv)
    deps = sysconfig.get_path("purelib")
    (Path(own.stdout.strip()) / "_deps.pth").write_text(deps + "\n")
    pip = (sys.executable, "-m", "pip", "--disable-pip-version-check", "--python", python)
    run(*pip, "install", "-q", "--no-deps", wheel, cwd=venv)
    return venv


def test_the_wheel_ships_the_data_files(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "followup/demo/expected.json",
        "followup/models/kind/meta.json",
        "followup/_rules/thank-you.yaml",
        "followup/_systemd/followup.service",
        "followup/_systemd/followup@.service",
        "followup/schema/rules.schema.json",
        "followup/py.typed",
    ):
        assert needed in names
    mails = [n for n in names if n.startswith("followup/demo/Maildir/cur/")]
    assert len(mails) >= 15


def test_the_demo_runs_from_a_plain_install(installed: Path, tmp_path: Path) -> None:
    where = tmp_path / "outside"
    where.mkdir()
    located = run(
        installed / "bin" / "python", "-c", "import followup; print(followup.__file__)", cwd=where
    )
    assert located.stdout.startswith(str(installed)), located.stdout
    done = run(installed / "bin" / "followup", "demo", "--dir", where / "demo", cwd=where)
    assert "drafts placed" in done.stdout
    expected = json.loads((ROOT / "daemon" / "demo" / "expected.json").read_text())
    thank_yous = [d for d in expected["drafts"] if d["rule"] == "thank-you"]
    placed = list((where / "demo" / "Maildir" / ".Drafts" / "cur").iterdir())
    assert len(placed) >= len(thank_yous)
    assert all(p.name.endswith(":2,D") for p in placed)

"""`followup install-service`: the unit it writes and the commands it prints."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from followup.install import (
    UNITS,
    USER_UNIT,
    followup_executable,
    install_service,
    render_unit,
)


def write_config(where: Path) -> Path:
    (where / "My Mail").mkdir(parents=True)
    config = where / "config.yaml"
    config.write_text(
        "me: {name: Jordan Avery, email: jordan@example.net}\n"
        "mailboxes:\n  - {type: maildir, name: home, path: My Mail}\n"
        f"state_dir: {where / 'state'}\n"
    )
    return config


def test_writes_the_user_unit_for_this_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    config = write_config(tmp_path)
    dest = tmp_path / "units"
    assert install_service(config, user=True, dest=dest) == 0
    unit = (dest / USER_UNIT).read_text()
    exec_line = next(line for line in unit.splitlines() if line.startswith("ExecStart="))
    assert exec_line == f"ExecStart={followup_executable()} run --config {config.resolve()}"
    assert f'ReadWritePaths=-"{(tmp_path / "My Mail").resolve()}"' in unit
    assert f"-{(tmp_path / 'state').resolve()}" in unit
    out = capsys.readouterr().out
    assert f"wrote {dest / USER_UNIT}" in out
    assert "systemctl --user daemon-reload" in out
    assert "systemctl --user enable --now followup" in out
    assert "loginctl enable-linger" in out


def test_the_executable_is_the_one_beside_this_python() -> None:
    assert followup_executable() == Path(sys.executable).parent / "followup"


def test_without_settings_it_still_writes_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert install_service(tmp_path / "missing.yaml", user=True, dest=tmp_path) == 0
    assert (tmp_path / USER_UNIT).exists()
    assert "no valid settings" in capsys.readouterr().out


def test_everything_but_execstart_and_paths_is_the_shipped_unit(tmp_path: Path) -> None:
    shipped = (UNITS / USER_UNIT).read_text()
    rendered = render_unit(shipped, Path("/opt/f/bin/followup"), None)
    differing = [
        (a, b) for a, b in zip(shipped.splitlines(), rendered.splitlines(), strict=True) if a != b
    ]
    assert differing == [
        ("ExecStart=%h/.local/bin/followup run", "ExecStart=/opt/f/bin/followup run")
    ]


@pytest.mark.parametrize(
    ("path", "word"),
    [
        ("/home/jo/venv/bin/followup", "/home/jo/venv/bin/followup"),
        ("/home/jo/my venv/bin/followup", '"/home/jo/my venv/bin/followup"'),
        ("/home/jo/100%/followup", "/home/jo/100%%/followup"),
    ],
)
def test_paths_are_quoted_for_systemd(path: str, word: str) -> None:
    rendered = render_unit("ExecStart=x run\n", Path(path), None)
    assert rendered == f"ExecStart={word} run\n"


def test_the_system_template_reads_the_instance_config() -> None:
    rendered = render_unit("ExecStart=x\n", Path("/usr/bin/followup"), Path("/x"), system=True)
    assert rendered == "ExecStart=/usr/bin/followup run --config %E/followup/%i/config.yaml\n"

"""`followup install-service`: write the systemd unit for this installation and say how to
start it. The shipped units (systemd/, packaged as followup/_systemd) are the single source;
this only points ExecStart at the `followup` of the running environment (a venv, pipx, ...),
names the settings file, and opens the Maildir folders for writing (ProtectHome=read-only
keeps the rest of the home read-only)."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Mapping
from pathlib import Path

from .config import Config, config_path, load_config
from .errors import ConfigError, UserError

UNITS = Path(__file__).resolve().parent / "_systemd"
USER_UNIT = "followup.service"
SYSTEM_UNIT = "followup@.service"
SYSTEM_DIR = Path("/etc/systemd/system")


def install_service(
    config_path_arg: Path | None, user: bool = True, dest: Path | None = None
) -> int:
    """Write the unit; print the commands that enable it. Returns the exit code."""
    system = not user and os.geteuid() == 0
    name = SYSTEM_UNIT if system else USER_UNIT
    config_file = config_path(config_path_arg)
    config = _try_config(config_file)
    text = render_unit(
        (UNITS / name).read_text(encoding="utf-8"),
        executable=followup_executable(),
        config_file=config_file if config_path_arg or system else None,
        writable=maildir_paths(config) if config else (),
        system=system,
    )
    target = _target(dest, name, system)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}")
    if config is None:
        print(
            f"note: no valid settings at {config_file} yet; write them before starting "
            "(followup doctor says what is wrong)"
        )
    for line in instructions(system, config_file):
        print(line)
    return 0


def _try_config(file: Path) -> Config | None:
    """The settings, when they load; the unit can be written before they exist."""
    try:
        return load_config(file)
    except ConfigError:
        return None


def _target(dest: Path | None, name: str, system: bool) -> Path:
    if dest is not None:
        return dest / name if dest.is_dir() or not dest.suffix else dest
    if system:
        return SYSTEM_DIR / name
    return user_unit_dir() / name


def user_unit_dir(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "systemd" / "user"


def followup_executable() -> Path:
    """The `followup` script of the environment this runs in, so the service runs the same
    code with the same dependencies (and spaCy pipeline) as the command line does."""
    beside = Path(sys.executable).parent / "followup"
    if beside.is_file() and os.access(beside, os.X_OK):
        return beside
    found = shutil.which("followup")
    if found:
        return Path(found).resolve()
    raise UserError("cannot find the followup command; install the package first (pip install .)")


def maildir_paths(config: Config) -> tuple[Path, ...]:
    """Maildir mailboxes are written (drafts are files in Drafts/): they must stay writable."""
    paths = [m.path for m in config.mailboxes if m.type == "maildir"]
    if config.state_dir:
        paths.append(config.state_dir)  # a state_dir outside %S must be writable too
    return tuple(dict.fromkeys(p.resolve() for p in paths))


def render_unit(
    template: str,
    executable: Path,
    config_file: Path | None,
    writable: tuple[Path, ...] = (),
    system: bool = False,
) -> str:
    """The shipped unit with ExecStart pointing at `executable` and extra ReadWritePaths."""
    out: list[str] = []
    for original in template.splitlines():
        line = original
        if line.startswith("ExecStart="):
            line = _exec_start(executable, config_file, system)
        out.append(line)
        if line.startswith("ReadWritePaths=") and writable:
            out.append("# Added by install-service: Maildir folders (drafts) and the state_dir.")
            out.append("ReadWritePaths=" + " ".join("-" + _quote(str(p)) for p in writable))
    return "\n".join(out) + "\n"


def _exec_start(executable: Path, config_file: Path | None, system: bool) -> str:
    args = [_quote(str(executable)), "run"]
    if system:
        args += ["--config", "%E/followup/%i/config.yaml"]
    elif config_file is not None:
        args += ["--config", _quote(str(config_file.resolve()))]
    return "ExecStart=" + " ".join(args)


def _quote(word: str) -> str:
    """systemd's command-line syntax: `%` starts a specifier, whitespace splits words."""
    word = word.replace("%", "%%")
    if any(c.isspace() or c in "\"'\\;" for c in word):
        return '"' + word.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return word


def instructions(system: bool, config_file: Path) -> list[str]:
    if system:
        return [
            "then, as root, for the account ACCOUNT (its settings in /etc/followup/ACCOUNT/):",
            "  systemctl daemon-reload",
            "  systemctl enable --now followup@ACCOUNT",
            "  journalctl -u followup@ACCOUNT -f      # to watch it",
        ]
    user = os.environ.get("USER") or Path.home().name
    return [
        "then:",
        "  systemctl --user daemon-reload",
        "  systemctl --user enable --now followup",
        "  journalctl --user -u followup -f      # to watch it; followup status for the summary",
        "to keep it running while you are logged out (and start it at boot):",
        f"  loginctl enable-linger {user}",
        f"after editing {config_file} or your rules: systemctl --user reload followup",
    ]

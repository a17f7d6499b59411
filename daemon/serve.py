"""`followup run` without `--once`: the entry point of the long-running service.

Sets up logging, loads the settings, takes the instance lock, builds the engine (while a
stop signal ends the start at once) and hands it to the `Loop` (loop.py); a SIGHUP's reload
builds the new engine here (`_reopen`), strictly checked, before the loop swaps it in.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime
from pathlib import Path

from .engine import Engine, open_engine
from .loop import Clock, Loop, Stopped, Wait
from .notify import Notifier
from .watch import Wakeup, real_clock, signal_handlers, start_library_threads

log = logging.getLogger("followup.loop")  # the service's log lines keep their logger name


def serve(
    config_path: Path | None,
    now: datetime | None = None,
    *,
    clock: Clock | None = None,
    wait: Wait | None = None,
    notifier: Notifier | None = None,
) -> int:
    """Run until SIGTERM/SIGINT; exit code 0. Config problems raise ConfigError (78), and a
    record found damaged ends the loop with 78 too, so systemd does not restart into the
    same mistake (RestartPreventExitStatus=78)."""
    from .config import load_config
    from .lock import InstanceLock
    from .log import setup_logging

    setup_logging(os.environ.get("FOLLOWUP_LOG_LEVEL", "INFO"))
    start_library_threads()
    config = load_config(config_path)
    starting = _Starting()
    try:
        with signal_handlers(starting), InstanceLock(config.state_dir):  # lock before record
            log.info("starting: settings %s, state %s", config.path, config.state_dir)
            engine = open_engine(config)
            log.info("started: %s", engine.describe())
            loop = Loop(
                engine,
                clock or real_clock(now),
                wait=wait,
                notifier=notifier,
                reload=lambda: _reopen(config_path, config.state_dir),
            )
            with signal_handlers(loop):
                loop.reload_requested |= starting.reload_requested  # asked for while starting
                return loop.run()
    except Stopped:
        log.info("%s received while starting: stopped", starting.stop_signal)
        return 0


class _Starting:
    """The signals' target while the engine loads (seconds: the spaCy pipeline): a stop
    ends the start at once, a reload is remembered for the loop."""

    def __init__(self) -> None:
        self.wake = Wakeup()
        self.stop_signal = ""
        self.reload_requested = False

    def on_stop_signal(self, name: str) -> None:
        self.stop_signal = name
        raise Stopped

    def request_reload(self) -> None:
        self.reload_requested = True


def _reopen(config_path: Path | None, state_dir: Path) -> Engine:
    """The engine for the settings as they are now on disk, strictly checked."""
    from .config import load_config
    from .errors import ConfigError

    config = load_config(config_path)
    if config.state_dir != state_dir:
        raise ConfigError(f"state_dir changed to {config.state_dir}: restart the service")
    return open_engine(config, strict=True)

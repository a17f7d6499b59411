"""The settings file: find it, load it with positions, validate it, report every problem at once.

Problems read `FILE:LINE:COL: key.path: message` (with a did-you-mean for unknown keys and
types) and raise one `ConfigError` (exit code 78). The models are pydantic; the positions come
from ruamel.yaml's round-trip loader, so the models themselves know nothing about files.
"""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)

from .errors import ConfigError
from .model import Me, Reference


def _resolve_path(value: Path, info: ValidationInfo) -> Path:
    """`~` is the user's home; a relative path is relative to the settings file."""
    path = value.expanduser()
    base = (info.context or {}).get("base")
    return path if path.is_absolute() or base is None else Path(base) / path


UserPath = Annotated[Path, AfterValidator(_resolve_path)]


def _subdivisions(country: str) -> tuple[str, ...] | None:
    """The country's subdivision codes; None when `holidays` does not know the country (then
    every business-day computation would fail later, in the middle of a cycle)."""
    import holidays  # here: only settings that name a country pay for the import

    try:
        return tuple(holidays.country_holidays(country).subdivisions)
    except NotImplementedError:
        return None


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MeConfig(_Strict):
    name: str
    email: str
    also: tuple[str, ...] = ()
    timezone: str = "UTC"
    country: str | None = None
    subdivision: str | None = None
    signature: str = ""

    @field_validator("email")
    @classmethod
    def _is_address(cls, value: str) -> str:
        if "@" not in value or value.strip() != value:
            raise ValueError(f"not an email address: {value!r}")
        return value

    @field_validator("timezone")
    @classmethod
    def _is_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (e.g. America/Chicago)") from None
        return value

    @field_validator("country")
    @classmethod
    def _is_country(cls, value: str | None) -> str | None:
        if value is not None and _subdivisions(value) is None:
            raise ValueError(f"no public holidays known for {value!r} (an ISO code: US, GB, DE)")
        return value

    @field_validator("subdivision")
    @classmethod
    def _is_subdivision(cls, value: str | None, info: ValidationInfo) -> str | None:
        known = _subdivisions(info.data.get("country") or "")
        if value is not None and known is not None and value not in known:
            raise ValueError(f"{value!r} is not one of {', '.join(known) or 'none'}")
        return value

    @property
    def addresses(self) -> frozenset[str]:
        return self.to_model().addresses

    def to_model(self) -> Me:
        return Me(
            name=self.name,
            email=self.email,
            also=self.also,
            timezone=self.timezone,
            country=self.country,
            subdivision=self.subdivision,
            signature=self.signature,
        )


class Folders(_Strict):
    """Folder names by role; a missing one is found by special-use flag or usual name."""

    inbox: str | None = None
    sent: str | None = None
    drafts: str | None = None


class _Password(_Strict):
    """Where a password comes from. The imap helper's `secrets.py` reads it; here only shape."""

    password_file: UserPath | None = None
    password_env: str | None = None
    keyring: bool = False

    @model_validator(mode="after")
    def _one_source(self) -> _Password:
        given = [self.password_file is not None, self.password_env is not None, self.keyring]
        if sum(given) > 1:
            raise ValueError("give only one of password_file, password_env, keyring")
        return self

    @property
    def has_password_source(self) -> bool:
        return self.password_file is not None or self.password_env is not None or self.keyring


LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})


def is_loopback(host: str) -> bool:
    """This machine: the only place a password or a calendar may travel unencrypted."""
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class ImapConfig(_Password):
    type: Literal["imap"]
    name: str
    host: str
    port: int | None = Field(default=None, ge=1, le=65535)
    security: Literal["ssl", "starttls", "none"] = "ssl"
    username: str
    auth: Literal["password", "xoauth2"] = "password"
    folders: Folders = Folders()
    poll_seconds: int = Field(default=300, ge=10)
    timeout: float = Field(default=60.0, gt=0)
    max_message_bytes: int = Field(default=10_000_000, ge=10_000)

    @field_validator("security")
    @classmethod
    def _plaintext_only_locally(cls, value: str, info: ValidationInfo) -> str:
        host = info.data.get("host")
        if value == "none" and isinstance(host, str) and not is_loopback(host):
            raise ValueError(
                f"none sends the password in clear text; it is allowed only to "
                f"localhost, not {host!r} (use ssl or starttls)"
            )
        return value

    @model_validator(mode="after")
    def _needs_password(self) -> ImapConfig:
        if self.auth == "password" and not self.has_password_source:
            raise ValueError("needs one of password_file, password_env or keyring: true")
        return self

    @property
    def effective_port(self) -> int:
        return self.port or (993 if self.security == "ssl" else 143)


class GmailConfig(_Strict):
    type: Literal["gmail"]
    name: str
    account: str | None = None  # the Google account's address, to pick the stored token
    client_secrets: UserPath | None = None  # OAuth client file; default: the shipped client
    folders: Folders = Folders()  # label names; default INBOX, SENT, DRAFT
    poll_seconds: int = Field(default=300, ge=10)


class MaildirConfig(_Strict):
    type: Literal["maildir"]
    name: str
    path: UserPath
    folders: Folders = Folders()
    poll_seconds: int = Field(default=60, ge=1)


MailboxConfig = Annotated[ImapConfig | GmailConfig | MaildirConfig, Field(discriminator="type")]


class GoogleCalendarConfig(_Strict):
    type: Literal["google"]
    name: str
    account: str | None = None
    calendar_id: str = "primary"
    client_secrets: UserPath | None = None
    poll_seconds: int = Field(default=900, ge=10)


class CaldavConfig(_Password):
    type: Literal["caldav"]
    name: str
    url: str
    username: str | None = None
    calendar: str | None = None  # a calendar's display name; default: all of the account's
    poll_seconds: int = Field(default=900, ge=10)


class IcsConfig(_Strict):
    type: Literal["ics"]
    name: str
    path: UserPath | None = None
    url: str | None = None
    poll_seconds: int = Field(default=900, ge=10)

    @model_validator(mode="after")
    def _path_or_url(self) -> IcsConfig:
        if (self.path is None) == (self.url is None):
            raise ValueError("give exactly one of path or url")
        return self


CalendarConfig = Annotated[
    GoogleCalendarConfig | CaldavConfig | IcsConfig, Field(discriminator="type")
]


class ReferenceConfig(_Strict):
    name: str
    email: str
    relationship: str = ""
    highlight: str = ""

    def to_model(self) -> Reference:
        return Reference(self.name, self.email, self.relationship, self.highlight)


class NlpConfig(_Strict):
    model: str = "auto"


class Config(_Strict):
    me: MeConfig
    mailboxes: tuple[MailboxConfig, ...]
    calendars: tuple[CalendarConfig, ...] = ()
    rules_dir: UserPath | None = None
    state_dir: UserPath
    references: tuple[ReferenceConfig, ...] = ()
    nlp: NlpConfig = NlpConfig()
    _path: Path | None = PrivateAttr(default=None)

    @field_validator("mailboxes", "calendars")
    @classmethod
    def _unique_names(cls, value: tuple[Any, ...], info: ValidationInfo) -> tuple[Any, ...]:
        if not value and info.field_name == "mailboxes":
            raise ValueError("name at least one mailbox to read")
        names = [entry.name for entry in value]
        twice = sorted({n for n in names if names.count(n) > 1})
        if twice:
            raise ValueError(f"two entries are named {twice[0]!r}; give each a distinct name")
        return value

    @property
    def path(self) -> Path | None:
        """The settings file this was loaded from."""
        return self._path

    @property
    def database(self) -> Path:
        return self.state_dir / "record.sqlite"

    @property
    def reference_models(self) -> tuple[Reference, ...]:
        return tuple(r.to_model() for r in self.references)

    def rules_dirs(self) -> tuple[Path, ...]:
        """The user's rule folder, when there is one (shipped rules are added by the loader)."""
        return (self.rules_dir,) if self.rules_dir and self.rules_dir.is_dir() else ()


# --- finding and loading ------------------------------------------------------------------


def config_path(explicit: Path | None = None, env: Mapping[str, str] | None = None) -> Path:
    """--config, else $FOLLOWUP_CONFIG, else $XDG_CONFIG_HOME/followup/config.yaml."""
    env = os.environ if env is None else env
    if explicit is not None:
        return explicit.expanduser()
    if env.get("FOLLOWUP_CONFIG"):
        return Path(env["FOLLOWUP_CONFIG"]).expanduser()
    return _xdg(env, "XDG_CONFIG_HOME", ".config") / "followup" / "config.yaml"


def default_state_dir(env: Mapping[str, str] | None = None) -> Path:
    return _xdg(os.environ if env is None else env, "XDG_STATE_HOME", ".local/state") / "followup"


def _xdg(env: Mapping[str, str], var: str, fallback: str) -> Path:
    value = env.get(var)
    if value and Path(value).is_absolute():
        return Path(value)
    home = Path(env["HOME"]) if env.get("HOME") else Path.home()
    return home / fallback


MAX_SETTINGS_BYTES = 1_000_000


def load_config(path: Path | None = None, env: Mapping[str, str] | None = None) -> Config:
    """Read and validate the settings; every problem in one ConfigError (exit code 78)."""
    file = config_path(path, env)
    try:
        with file.open("rb") as stream:  # capped: --config /dev/zero must not eat the memory
            data = stream.read(MAX_SETTINGS_BYTES + 1)
        if len(data) > MAX_SETTINGS_BYTES:
            raise ConfigError(f"{file}: over {MAX_SETTINGS_BYTES} bytes; is it the settings file?")
        text = data.decode("utf-8")
    except FileNotFoundError:
        raise ConfigError(
            f"no settings file at {file} (write one as in the README, or pass --config FILE)"
        ) from None
    except OSError as err:
        raise ConfigError(f"cannot read {file}: {err.strerror}") from None
    except UnicodeDecodeError as err:
        line = _line_at(data, err.start)
        raise ConfigError(f"{file}:{line}: not UTF-8 text (save it as UTF-8)") from None
    return parse_config(text, file, env)


def _line_at(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def parse_config(text: str, file: Path, env: Mapping[str, str] | None = None) -> Config:
    from .yamlerrors import describe, load_yaml, plain

    tree = load_yaml(text, str(file))
    if not isinstance(tree, dict):
        raise ConfigError(f"{file}:1:1: the settings must be a mapping (me:, mailboxes:, ...)")
    data = plain(tree, str(file))
    data.setdefault("state_dir", str(default_state_dir(env)))
    data.setdefault("rules_dir", str(file.parent / "rules"))
    _default_names(data)
    try:
        config = Config.model_validate(data, context={"base": file.parent})
    except ValidationError as err:
        problems = describe(err, tree, str(file), Config)
        noun = "problem" if len(problems) == 1 else "problems"
        raise ConfigError(f"{file}: {len(problems)} {noun}", problems) from None
    config._path = file  # set once, right after validation
    return config


def _default_names(data: dict[str, Any]) -> None:
    """Unnamed sources get a name from what identifies them (used in status and the record)."""
    for key in ("mailboxes", "calendars"):
        entries = data.get(key)
        if not isinstance(entries, list):
            continue
        for index, entry in enumerate(entries):
            if isinstance(entry, dict) and "name" not in entry:
                entry["name"] = _default_name(entry, f"{key[:-1]}{index + 1}")


def _default_name(entry: dict[str, Any], fallback: str) -> str:
    kind = entry.get("type")
    if kind == "imap" and entry.get("username") and entry.get("host"):
        return f"{entry['username']}@{entry['host']}"
    if kind in ("gmail", "google") and entry.get("account"):
        return f"{kind}:{entry['account']}"
    if kind in ("maildir", "ics") and entry.get("path"):
        return f"{kind}:{Path(str(entry['path'])).name}"
    return fallback

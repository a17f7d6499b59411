"""A real Dovecot 2.3 for the tests, per ../shared/testing/DOVECOT.md.

`start_dovecot(tmp)` writes a config into a short directory under /tmp, starts
`dovecot -F` in the foreground on a free loopback port and waits for the greeting (well
under a second). It works as root (mail uid `nobody`, Debian's `dovecot`/`dovenull` for the
internal and login users) and as an ordinary user (everything runs as that user).

`mail_log` is on: every change to a mailbox lands in `dovecot.log`, which is the oracle of
the "never disturb the user's mail" promise (`Dovecot.changes()`).
"""

from __future__ import annotations

import contextlib
import grp
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from followup.mail.imap_conn import ImapSettings

USER = "test"
PASSWORD = "secret-pw-7Qx"  # distinctive, so a test can search every output for it
DEFAULT_MAILBOXES: Mapping[str, str | None] = {
    "Drafts": "\\Drafts",
    "Sent": "\\Sent",
    "Trash": "\\Trash",
}


def dovecot_missing() -> str | None:
    """Why Dovecot 2.3 cannot run here, or None when it can."""
    exe = shutil.which("dovecot") or (
        "/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None
    )
    if exe is None:
        return "dovecot is not installed (apt-get install dovecot-imapd)"
    version = subprocess.run([exe, "--version"], capture_output=True, text=True, check=False)
    if not version.stdout.startswith("2.3"):
        return f"needs Dovecot 2.3, found {version.stdout.strip() or version.stderr.strip()!r}"
    return None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class Options:
    mailboxes: Mapping[str, str | None] = field(default_factory=lambda: dict(DEFAULT_MAILBOXES))
    quota_messages: int | None = None  # a message-count quota makes APPEND fail when full
    tls: tuple[Path, Path] | None = None  # (cert, key): also listen with imaps, allow STARTTLS
    oauth_token: str | None = None  # XOAUTH2 accepted with this token as the credential
    password: str = PASSWORD


@dataclass
class Dovecot:
    dir: Path
    port: int
    options: Options
    ssl_port: int | None = None
    proc: subprocess.Popen[bytes] | None = None
    user: str = USER
    password: str = PASSWORD

    @property
    def conf(self) -> Path:
        return self.dir / "dovecot.conf"

    @property
    def log(self) -> Path:
        return self.dir / "dovecot.log"

    # --- lifecycle ---------------------------------------------------------------------

    def start(self) -> None:
        exe = shutil.which("dovecot") or "/usr/sbin/dovecot"
        self.proc = subprocess.Popen(
            [exe, "-F", "-c", str(self.conf)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        try:
            wait_for_greeting(self.port, self.proc, self.log)
        except RuntimeError:
            self.stop()
            raise

    def stop(self, graceful: bool = False) -> None:
        """SIGTERM to the whole process group: every Dovecot process ends at once (the
        master alone takes a second to stop its children); `graceful`: the master only."""
        if self.proc is None:
            return
        with contextlib.suppress(ProcessLookupError):
            if graceful:
                self.proc.send_signal(signal.SIGTERM)
            else:
                os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=5 if graceful else 0.3)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait()
        if self.proc.stderr:
            self.proc.stderr.close()
        self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()

    # --- server-side truth and faults --------------------------------------------------

    def doveadm(self, *args: str, data: bytes | None = None) -> str:
        result = subprocess.run(
            ["doveadm", "-c", str(self.conf), *args],
            input=data,
            capture_output=True,
            check=False,
            timeout=20,
        )
        if result.returncode != 0:
            err = result.stderr.decode(errors="replace")
            raise RuntimeError(f"doveadm {' '.join(args)}: {err}")
        return result.stdout.decode(errors="replace")

    def save(self, folder: str, data: bytes) -> None:
        """Mail arriving from outside (not through our IMAP session)."""
        self.doveadm("save", "-u", self.user, "-m", folder, data=data)

    def fetch(self, folder: str, fields: str = "uid flags hdr.message-id") -> list[dict[str, str]]:
        out = self.doveadm("fetch", "-u", self.user, fields, "mailbox", folder, "all")
        return [parse_fetch_block(block) for block in out.split("\f") if block.strip()]

    def append_many(self, folder: str, messages: list[bytes]) -> None:
        """Many messages quickly (one IMAP session instead of a doveadm per message)."""
        import imaplib

        since = self.log_offset()
        client = imaplib.IMAP4("127.0.0.1", self.port)
        client.login(self.user, self.password)
        saved = sum(client.append(folder, None, None, data)[0] == "OK" for data in messages)
        client.logout()
        self.wait_logged(since, "save", saved)

    def wait_logged(self, since: int, event: str, count: int, timeout: float = 10.0) -> None:
        """Until `count` lines of `event` are in the log: Dovecot's log process writes them
        a little after the command's reply, and a `log_offset()` taken in between would put
        our own appends among the changes the test then sees."""
        deadline = time.monotonic() + timeout
        while len(self.changes(since, events=(event,))) < count:
            if time.monotonic() > deadline:
                raise RuntimeError(f"{count} {event} lines not logged in {timeout} s")
            time.sleep(0.01)

    def fetch_uid(self, folder: str, uid: str, fields: str = "uid flags") -> list[dict[str, str]]:
        out = self.doveadm("fetch", "-u", self.user, fields, "mailbox", folder, "uid", uid)
        return [parse_fetch_block(block) for block in out.split("\f") if block.strip()]

    def kick(self) -> None:
        self.doveadm("kick", self.user)

    def set_uid_validity(self, folder: str, value: int) -> None:
        self.doveadm("mailbox", "update", "-u", self.user, "--uid-validity", str(value), folder)

    def log_offset(self) -> int:
        return self.log.stat().st_size if self.log.exists() else 0

    def changes(
        self, since: int = 0, events: tuple[str, ...] = ("flag_change", "expunge", "delete")
    ) -> list[str]:
        """mail_log lines of the IMAP sessions since `since` (a `log_offset()`) that change
        a message: the oracle of the "never disturb" promise."""
        with self.log.open("rb") as fh:
            fh.seek(since)
            text = fh.read().decode(errors="replace")
        wanted = re.compile(r"imap\(.*?: Info: (" + "|".join(events) + r"):")
        return [line for line in text.splitlines() if wanted.search(line)]


def parse_fetch_block(block: str) -> dict[str, str]:
    record: dict[str, str] = {}
    for line in block.strip("\n").splitlines():
        name, _, value = line.partition(":")
        record[name.strip()] = value.strip()
    return record


def wait_for_greeting(port: int, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            logged = log.read_text(errors="replace") if log.exists() else ""
            raise RuntimeError(f"dovecot exited ({proc.returncode}): {err}{logged[-2000:]}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1) as s:
            if s.recv(64).startswith(b"* OK"):
                return
        time.sleep(0.02)
    raise RuntimeError(f"dovecot did not greet on port {port}")


def _ids() -> tuple[str, str, int, int]:
    """(internal user, its group, mail uid, mail gid): root may not read mail as uid 0."""
    if os.getuid() == 0:
        nobody = pwd.getpwnam("nobody")
        return "dovecot", "dovecot", nobody.pw_uid, nobody.pw_gid
    me = pwd.getpwuid(os.getuid())
    return me.pw_name, grp.getgrgid(me.pw_gid).gr_name, me.pw_uid, me.pw_gid


def _mailbox_block(mailboxes: Mapping[str, str | None]) -> str:
    lines = []
    for name, special in mailboxes.items():
        lines.append(f'  mailbox "{name}" {{')
        if special:
            lines.append(f"    special_use = {special}")
        lines.append("    auto = subscribe")
        lines.append("  }")
    return "\n".join(lines)


def write_config_files(d: Dovecot) -> None:
    """The users file and the mail home (the config itself names the ports)."""
    _, _, uid, gid = _ids()
    secret = d.options.oauth_token or d.password  # Dovecot checks an XOAUTH2 token likewise
    (d.dir / "users").write_text(f"{USER}:{{PLAIN}}{secret}:{uid}:{gid}::{d.dir}/home/{USER}\n")
    home = d.dir / "home" / USER
    home.mkdir(parents=True)
    os.chown(d.dir / "home", uid, gid)
    os.chown(home, uid, gid)


def config_text(d: Dovecot) -> str:
    internal, group, uid, _ = _ids()
    o = d.options
    plugins = "quota notify mail_log" if o.quota_messages else "notify mail_log"
    as_user = (
        ""
        if os.getuid() == 0
        else (
            f"default_internal_user = {internal}\ndefault_internal_group = {group}\n"
            f"default_login_user = {internal}\n"
        )
    )
    ssl = "ssl = no"
    imaps = "  inet_listener imaps {\n    port = 0\n  }"
    if o.tls:
        cert, key = o.tls
        ssl = f"ssl = yes\nssl_cert = <{cert}\nssl_key = <{key}"
        imaps = (
            f"  inet_listener imaps {{\n    address = 127.0.0.1\n    port = {d.ssl_port}\n"
            "    ssl = yes\n  }"
        )
    quota = ""
    if o.quota_messages:
        quota = (
            f"  quota = count:User quota\n  quota_rule = *:messages={o.quota_messages}\n"
            "  quota_vsizes = yes\n"
        )
    mechs = "plain login xoauth2" if o.oauth_token else "plain login"
    conf = f"""\
protocols = imap
listen = 127.0.0.1
base_dir = {d.dir}/run
state_dir = {d.dir}/state
instance_name = dovecot-test-{d.port}
log_path = {d.log}
{as_user}{ssl}
disable_plaintext_auth = no
auth_failure_delay = 0
mail_fsync = never
auth_mechanisms = {mechs}
first_valid_uid = {uid}
last_valid_uid = {uid}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {d.port}
  }}
{imaps}
}}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%n {d.dir}/users
}}
userdb {{
  driver = passwd-file
  args = username_format=%n {d.dir}/users
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
{_mailbox_block(o.mailboxes)}
}}
mail_plugins = $mail_plugins {plugins}
protocol imap {{
  mail_plugins = $mail_plugins imap_quota
}}
plugin {{
{quota}  mail_log_events = delete undelete expunge save copy mailbox_create mailbox_delete \
mailbox_rename flag_change
  mail_log_fields = uid box msgid size flags
}}
"""
    if not o.quota_messages:
        conf = conf.replace("  mail_plugins = $mail_plugins imap_quota\n", "")
    return conf


def start_dovecot(options: Options | None = None) -> Dovecot:
    reason = dovecot_missing()
    if reason:
        pytest.skip(reason)
    root = Path(tempfile.mkdtemp(prefix="dc", dir="/tmp"))  # socket paths must stay short
    root.chmod(0o711)  # auth runs as `dovecot`, mail as `nobody`: both walk through it
    opts = options or Options()
    d = Dovecot(dir=root, port=0, options=opts, password=opts.password)
    try:
        write_config_files(d)
        for attempt in range(3):  # a free port may be taken before Dovecot binds it
            d.port, d.ssl_port = free_port(), free_port() if opts.tls else None
            d.conf.write_text(config_text(d))
            try:
                d.start()
                return d
            except RuntimeError as err:
                if "in use" not in str(err) or attempt == 2:
                    raise
        raise AssertionError("unreachable")
    except BaseException:
        d.stop()
        shutil.rmtree(root, ignore_errors=True)
        raise


@contextlib.contextmanager
def running_dovecot(options: Options | None = None) -> Iterator[Dovecot]:
    d = start_dovecot(options)
    try:
        yield d
    finally:
        d.stop()
        shutil.rmtree(d.dir, ignore_errors=True)


def message(n: int, subject: str = "", body: str = "Hello.", **headers: str) -> bytes:
    """A small RFC 5322 message numbered `n` (Message-ID <n.test@example.com>)."""
    fields = {
        "From": f"Recruiter {n} <recruiter{n}@acme.example>",
        "To": "Jordan Avery <jordan@example.net>",
        "Subject": subject or f"Message {n}",
        "Date": "Mon, 02 Mar 2026 10:00:00 -0600",
        "Message-ID": f"<{n}.test@example.com>",
        **{k.replace("_", "-"): v for k, v in headers.items()},
    }
    head = "".join(f"{k}: {v}\r\n" for k, v in fields.items())
    return f"{head}\r\n{body}\r\n".encode()


def draft(key: str, subject: str = "Thank you") -> bytes:
    """A draft as compose makes it: the key in X-Followup-Key and in the Message-ID."""
    return message(
        0,
        subject,
        "Thank you for your time.",
        Message_ID=f"<{key}@followup.invalid>",
        X_Followup_Key=key,
    )


def imap_settings(server: Dovecot, **overrides: Any) -> ImapSettings:
    """The adapter's settings for this server: loopback plaintext, short timeouts."""
    values: dict[str, Any] = {
        "name": "work",
        "host": "127.0.0.1",
        "port": server.port,
        "security": "none",
        "username": server.user,
        "password": lambda: server.password,
        "timeout": 5.0,
    }
    values.update(overrides)
    return ImapSettings(**values)

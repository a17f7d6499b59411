"""The two kinds of error: a user's mistake (one actionable line, a distinct exit code)
and a transient fault of a source (retried with backoff). Anything else is a bug."""

from __future__ import annotations

EX_USAGE = 64  # bad command line
EX_DATAERR = 65  # bad input data (a file that is not a message, ...)
EX_NOINPUT = 66  # a named file does not exist
EX_UNAVAILABLE = 69  # a needed component (spaCy pipeline, dovecot) is missing
EX_TEMPFAIL = 75  # a server could not be reached; try again later
EX_CONFIG = 78  # the configuration or the rules are wrong


class UserError(Exception):
    """A problem the user can fix. `str(err)` is the message shown, without a traceback."""

    exit_code = EX_USAGE

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class ConfigError(UserError):
    """The configuration file, a rule file or a credential is wrong. Exit code 78."""

    exit_code = EX_CONFIG

    def __init__(self, message: str, problems: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.problems = problems

    def __str__(self) -> str:
        head = super().__str__()
        return "\n".join((head, *self.problems)) if self.problems else head


class SourceError(Exception):
    """A mailbox or calendar could not be read or written right now (network, server,
    authentication). The service records it, backs off and carries on."""

    def __init__(self, source: str, message: str, *, transient: bool = True) -> None:
        super().__init__(f"{source}: {message}")
        self.source = source
        self.transient = transient

"""The command line. Each command is a small function that parses its arguments and calls
the stage that does the work; heavy modules are imported inside the command so that
`followup --help` stays instant.

User errors (`UserError`) print one line and exit with their code; anything else is a bug
and keeps its traceback.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import NoReturn, TypeAlias

from . import __version__
from .cli_edges import (
    EX_IOERR,
    config_first,
    did_you_mean,
    reader_gone,
    record_problem,
    tolerant_stdout,
)
from .errors import EX_USAGE, UserError

Handler = Callable[[argparse.Namespace], int]


def parse_now(text: str) -> datetime:
    """`--now` values: ISO 8601 with a zone. A time without one is refused rather than
    guessed: UTC or the settings' zone could each be a day off from what was meant."""
    example = "e.g. 2026-03-12T09:00:00-05:00 or 2026-03-12T14:00:00Z"
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {text!r} ({example})") from None
    if value.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{text!r} has no time zone ({example})")
    if not 1970 <= value.year <= 9000:  # the plan looks years around it; keep clear of year 1
        raise argparse.ArgumentTypeError(f"{text!r} is out of range (years 1970 to 9000)")
    return value


def _now(args: argparse.Namespace) -> datetime:
    now: datetime | None = getattr(args, "now", None)
    return now or datetime.now(UTC)


# --- commands ------------------------------------------------------------------------------


def cmd_run(args: argparse.Namespace) -> int:
    from .service import run

    return run(args.config, once=args.once, now=args.now)


def cmd_plan(args: argparse.Namespace) -> int:
    from .service import show_plan

    return show_plan(args.config, now=_now(args), as_json=args.json)


def cmd_status(args: argparse.Namespace) -> int:
    from .status import show_status

    return show_status(args.config, now=_now(args), as_json=args.json)


def cmd_extract(args: argparse.Namespace) -> int:
    from .understand.extract import extract_command

    return extract_command(args.paths, as_json=args.json, model=args.model)


def cmd_explain(args: argparse.Namespace) -> int:
    from .service import explain

    return explain(args.config, args.application, now=_now(args))


def cmd_rules_check(args: argparse.Namespace) -> int:
    from .rules.check import check_command

    return check_command(args.dir, config=args.config)


def cmd_doctor(args: argparse.Namespace) -> int:
    from .doctor import doctor

    return doctor(args.config)


def cmd_auth(args: argparse.Namespace) -> int:
    from .auth import auth_command

    return auth_command(args.config, args.provider, no_browser=args.no_browser)


def cmd_note(args: argparse.Namespace) -> int:
    from .service import add_note

    return add_note(
        args.config, args.application, args.text, decision_by=args.decision_by, now=_now(args)
    )


def cmd_close(args: argparse.Namespace) -> int:
    from .service import close_application

    return close_application(args.config, args.application, reason=args.reason, now=_now(args))


def cmd_demo(args: argparse.Namespace) -> int:
    from .demo import run_demo

    return run_demo(args.dir, now=args.now)


def cmd_install_service(args: argparse.Namespace) -> int:
    from .install import install_service

    return install_service(args.config, user=args.user, dest=args.dest)


# --- the parser ----------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """Usage errors exit with EX_USAGE (64), like a wrong application name, not argparse's 2;
    a mistyped command or choice gets "did you mean ...?", as git and cargo do."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EX_USAGE, f"{self.prog}: error: {message}{did_you_mean(message)}\n")


Subparsers: TypeAlias = "argparse._SubParsersAction[_Parser]"  # generic to mypy only


def _command(
    sub: Subparsers,
    name: str,
    handler: Handler | None,
    summary: str,
    example: str,
    *,
    options: str = "",
) -> _Parser:
    """One command with its example; `options` adds the shared ones: (c)onfig, (n)ow, (j)son."""
    parser = sub.add_parser(
        name,
        help=summary,
        description=summary,
        epilog=f"example:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    if handler is not None:
        parser.set_defaults(handler=handler)
    common = parser.add_argument_group("common options")
    if "j" in options:
        common.add_argument("--json", action="store_true", help="machine-readable output")
    if "c" in options:
        common.add_argument(
            "--config",
            type=Path,
            help="settings file (default: $FOLLOWUP_CONFIG, else "
            "$XDG_CONFIG_HOME/followup/config.yaml)",
        )
    if "n" in options:
        common.add_argument(
            "--now",
            type=parse_now,
            help="pretend it is this time (ISO 8601 with a zone), to replay or preview",
        )
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="followup",
        description="Prepares - never sends - the follow-up emails of a job search.",
        epilog="example:\n  followup run --once && followup status",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"followup {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_pipeline_commands(sub)
    _add_record_commands(sub)
    _add_setup_commands(sub)
    return parser


def _add_pipeline_commands(sub: Subparsers) -> None:
    p = _command(
        sub,
        "run",
        cmd_run,
        "run the service (or one cycle with --once)",
        "followup run --once --now 2026-03-12T18:00:00-05:00",
        options="cn",
    )
    p.add_argument("--once", action="store_true", help="do one full cycle and exit")
    _command(
        sub,
        "plan",
        cmd_plan,
        "show what would be drafted, for whom and when",
        "followup plan --now 2026-03-20T09:00:00-05:00 --json",
        options="jcn",
    )
    _command(
        sub,
        "status",
        cmd_status,
        "applications, drafts and problems at a glance",
        "followup status --json",
        options="jcn",
    )
    p = _command(
        sub,
        "extract",
        cmd_extract,
        "print what each message says (kind, people, dates)",
        "followup extract --json ~/Downloads/invite.eml tests/corpus/dev/",
    )
    p.add_argument("paths", nargs="+", type=Path, help=".eml files or folders of them")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--model", default="auto", help="spaCy pipeline name (default: auto)")


def _add_record_commands(sub: Subparsers) -> None:
    app_help = "application id or a part of the company name"
    p = _command(
        sub,
        "explain",
        cmd_explain,
        "why each rule fired or not for one application",
        "followup explain acme",
        options="cn",
    )
    p.add_argument("application", help=app_help)
    p = _command(
        sub,
        "note",
        cmd_note,
        "add your notes on an interview, or a decision date",
        'followup note acme "we talked about the Kafka migration"',
        options="cn",
    )
    p.add_argument("application", help=app_help)
    p.add_argument("text", nargs="?", default="", help="what you talked about")
    p.add_argument("--decision-by", type=_date, help="decision date heard in person (YYYY-MM-DD)")
    p = _command(
        sub,
        "close",
        cmd_close,
        "stop all drafting for an application",
        "followup close acme --reason withdrawn",
        options="cn",
    )
    p.add_argument("application", help=app_help)
    p.add_argument(
        "--reason",
        choices=["withdrawn", "offer", "rejected"],
        help="why it ends (default: withdrawn; a closed one is left as it is)",
    )


def _add_setup_commands(sub: Subparsers) -> None:
    rules = _command(
        sub, "rules", None, "work with rule files", "followup rules check ~/.config/followup/rules"
    )
    rules_sub = rules.add_subparsers(dest="rules_command", metavar="SUBCOMMAND", required=True)
    p = _command(
        rules_sub,
        "check",
        cmd_rules_check,
        "check rule files strictly and run their examples",
        "followup rules check ~/rules",
        options="c",
    )
    p.add_argument("dir", nargs="?", type=Path, help="a folder of rules (default: configured)")
    _command(
        sub,
        "doctor",
        cmd_doctor,
        "check config, credentials, servers, pipeline, rules",
        "followup doctor",
        options="c",
    )
    p = _command(
        sub,
        "auth",
        cmd_auth,
        "sign in to a provider and store the token",
        "followup auth google --no-browser",
        options="c",
    )
    p.add_argument("provider", choices=["google"])
    p.add_argument("--no-browser", action="store_true", help="print a URL instead")
    p = _command(
        sub,
        "demo",
        cmd_demo,
        "run one cycle on a copy of the shipped demo mailbox",
        "followup demo --dir /tmp/followup-demo",
        options="n",
    )
    p.add_argument("--dir", type=Path, help="where to put the demo copy (default: a temp dir)")
    p = _command(
        sub,
        "install-service",
        cmd_install_service,
        "write the systemd unit",
        "followup install-service --user",
        options="c",
    )
    p.add_argument(
        "--user", action="store_true", help="a user service (the default, except as root)"
    )
    p.add_argument("--dest", type=Path, help="where to write the unit")


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def main(argv: Sequence[str] | None = None) -> int:
    tolerant_stdout()
    try:
        try:
            return _main(argv)
        finally:
            sys.stdout.flush()  # a reader that has gone is met here, not at the interpreter's exit
    except BrokenPipeError:  # `followup status | head -1`: the reader has what it wanted
        return reader_gone()


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(config_first(sys.argv[1:] if argv is None else argv))
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EX_USAGE
    try:
        return handler(args)
    except UserError as err:
        print(f"followup: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:  # Ctrl-C: every change is a transaction, so nothing is half-kept
        print("followup: interrupted", file=sys.stderr)
        return 130
    except sqlite3.Error as err:  # met by a query: a damaged, busy or read-only record
        problem = record_problem(getattr(args, "config", None), err)
        if problem is None:  # a query the code got wrong: a bug, keep the traceback
            raise
        print(f"followup: {problem}", file=sys.stderr)
        return problem.exit_code
    except OSError as err:
        if err.filename is None:  # not about a path the user gave (a closed pipe: main)
            raise
        print(f"followup: cannot use {err.filename}: {err.strerror}", file=sys.stderr)
        return EX_IOERR


if __name__ == "__main__":
    raise SystemExit(main())

"""The command line. Each command is a small function that parses its arguments and calls
the stage that does the work; heavy modules are imported inside the command so that
`followup --help` stays instant.

User errors (`UserError`) print one line and exit with their code; anything else is a bug
and keeps its traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path

from . import __version__
from .errors import EX_USAGE, UserError

Handler = Callable[[argparse.Namespace], int]


def parse_now(text: str) -> datetime:
    """`--now` values: ISO 8601; a naive time is taken as UTC."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not an ISO 8601 time: {text!r} (e.g. 2026-03-12T09:00:00-05:00)"
        ) from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


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


def _command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    handler: Handler,
    summary: str,
    example: str,
) -> argparse.ArgumentParser:
    parser = sub.add_parser(
        name,
        help=summary,
        description=summary,
        epilog=f"example:\n  {example}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(handler=handler)
    return parser


def _add_config(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--config",
        type=Path,
        help="settings file (default: $FOLLOWUP_CONFIG, else "
        "$XDG_CONFIG_HOME/followup/config.yaml)",
    )


def _add_now(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--now", type=parse_now, help="pretend it is this time (ISO 8601), to replay or preview"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="followup",
        description="Prepares - never sends - the follow-up emails of a job search.",
        epilog="example:\n  followup run --once && followup status",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"followup {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = _command(
        sub,
        "run",
        cmd_run,
        "run the service (or one cycle with --once)",
        "followup run --once --now 2026-03-12T18:00:00-05:00",
    )
    p.add_argument("--once", action="store_true", help="do one full cycle and exit")
    _add_config(p)
    _add_now(p)

    p = _command(
        sub,
        "plan",
        cmd_plan,
        "show what would be drafted, for whom and when",
        "followup plan --now 2026-03-20T09:00:00-05:00 --json",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    _add_config(p)
    _add_now(p)

    p = _command(
        sub,
        "status",
        cmd_status,
        "applications, drafts and problems at a glance",
        "followup status --json",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    _add_config(p)
    _add_now(p)

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

    _add_record_commands(sub)
    return parser


def _add_record_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = _command(
        sub,
        "explain",
        cmd_explain,
        "why each rule fired or not for one application",
        "followup explain acme",
    )
    p.add_argument("application", help="application id or a part of the company name")
    _add_config(p)
    _add_now(p)

    rules = sub.add_parser("rules", help="work with rule files")
    rules_sub = rules.add_subparsers(dest="rules_command", metavar="SUBCOMMAND", required=True)
    p = _command(
        rules_sub,
        "check",
        cmd_rules_check,
        "check rule files strictly and run their examples",
        "followup rules check ~/rules",
    )
    p.add_argument("dir", nargs="?", type=Path, help="a folder of rules (default: configured)")
    _add_config(p)

    p = _command(
        sub,
        "doctor",
        cmd_doctor,
        "check config, credentials, servers, pipeline, rules",
        "followup doctor",
    )
    _add_config(p)

    p = _command(
        sub,
        "auth",
        cmd_auth,
        "sign in to a provider and store the token",
        "followup auth google --no-browser",
    )
    p.add_argument("provider", choices=["google"])
    p.add_argument("--no-browser", action="store_true", help="print a URL instead")
    _add_config(p)

    p = _command(
        sub,
        "note",
        cmd_note,
        "add your notes on an interview, or a decision date",
        'followup note acme "we talked about the Kafka migration"',
    )
    p.add_argument("application", help="application id or a part of the company name")
    p.add_argument("text", nargs="?", default="", help="what you talked about")
    p.add_argument("--decision-by", type=_date, help="decision date heard in person (YYYY-MM-DD)")
    _add_config(p)
    _add_now(p)

    p = _command(
        sub,
        "close",
        cmd_close,
        "stop all drafting for an application",
        "followup close acme --reason withdrawn",
    )
    p.add_argument("application", help="application id or a part of the company name")
    p.add_argument("--reason", choices=["withdrawn", "offer", "rejected"], default="withdrawn")
    _add_config(p)
    _add_now(p)

    p = _command(
        sub,
        "demo",
        cmd_demo,
        "run one cycle on a copy of the shipped demo mailbox",
        "followup demo --dir /tmp/followup-demo",
    )
    p.add_argument("--dir", type=Path, help="where to put the demo copy (default: a temp dir)")
    _add_now(p)

    p = _command(
        sub,
        "install-service",
        cmd_install_service,
        "write the systemd unit",
        "followup install-service --user",
    )
    p.add_argument("--user", action="store_true", help="a user service (default)")
    p.add_argument("--dest", type=Path, help="where to write the unit")
    _add_config(p)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (use YYYY-MM-DD)") from None


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EX_USAGE
    try:
        return handler(args)
    except UserError as err:
        print(f"followup: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())

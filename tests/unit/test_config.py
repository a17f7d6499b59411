"""The settings file: found where DESIGN.md says, validated at once, every problem reported
with file:line:col, key path and a did-you-mean; exit code 78 and no traceback."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from followup.cli import main
from followup.config import (
    ImapConfig,
    MaildirConfig,
    config_path,
    default_state_dir,
    load_config,
)
from followup.errors import ConfigError


def problems_of(path: Path) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert caught.value.exit_code == 78
    return list(caught.value.problems)


def test_a_valid_file_loads_with_defaults(
    write_settings: Callable[..., Path], tmp_path: Path
) -> None:
    config = load_config(write_settings())
    assert config.me.email == "jordan.avery@example.net"
    assert config.me.to_model().timezone == "America/Chicago"
    (mailbox,) = config.mailboxes
    assert isinstance(mailbox, MaildirConfig) and mailbox.path == tmp_path / "Mail"
    assert config.state_dir == tmp_path / "state"
    assert config.database == tmp_path / "state" / "record.sqlite"
    assert config.rules_dir == tmp_path / "rules"
    assert config.nlp.model == "auto"
    assert config.path == tmp_path / "config.yaml"


def test_the_design_example_is_valid(tmp_path: Path) -> None:
    design = Path(__file__).resolve().parents[2] / "README.md"
    text = design.read_text()
    start = text.find("```yaml\nme:")
    assert start >= 0, "the README's configuration example is gone"
    example = text[start + len("```yaml\n") : text.index("```", start + 7)]
    path = tmp_path / "config.yaml"
    path.write_text(example)
    config = load_config(path)
    assert [m.type for m in config.mailboxes]


def test_every_problem_is_reported_at_once_with_positions(
    write_settings: Callable[..., Path],
) -> None:
    path = write_settings(
        textwrap.dedent("""\
        me:
          name: Jordan Avery
          emial: jordan@example.net
          timezone: America/Chicgo
        mailboxes:
          - type: imap
            host: imap.example.net
            username: jordan
            password_file: ~/pw
            foldres: {inbox: INBOX}
          - type: maildirr
            path: ~/Mail
        calendars:
          - type: ics
        """)
    )
    problems = problems_of(path)
    f = str(path)
    assert problems == [  # no "missing 'email'": the misspelt key says it
        f"{f}:3:3: me.emial: unknown key 'emial' (did you mean 'email'?)",
        f"{f}:4:13: me.timezone: unknown time zone 'America/Chicgo' (e.g. America/Chicago)",
        f"{f}:10:5: mailboxes[0].foldres: unknown key 'foldres' (did you mean 'folders'?)",
        f"{f}:11:11: mailboxes[1].type: unknown 'maildirr' (did you mean 'maildir'?); "
        "one of imap, gmail, maildir",
        f"{f}:14:5: calendars[0]: give exactly one of path or url",
    ]


def test_a_missing_key_is_named_where_its_mapping_starts(
    write_settings: Callable[..., Path],
) -> None:
    path = write_settings("mailboxes: [{type: maildir, path: ~/Mail}]\nme:\n  name: J\n")
    assert problems_of(path) == [f"{path}:2:1: me.email: missing required key 'email'"]


def test_plaintext_imap_is_refused_except_to_loopback(
    write_settings: Callable[..., Path], tmp_path: Path
) -> None:
    entry = "  - {{type: imap, host: {host}, security: none, username: j, password_env: PW}}\n"
    base = "me: {name: J, email: j@example.net}\nstate_dir: /tmp/s\nmailboxes:\n"
    remote = write_settings(base + entry.format(host="imap.example.net"), "remote.yaml")
    (problem,) = problems_of(remote)
    assert ":4:" in problem and "mailboxes[0].security: none sends the password" in problem
    local = load_config(write_settings(base + entry.format(host="127.0.0.1"), "local.yaml"))
    (mailbox,) = local.mailboxes
    assert isinstance(mailbox, ImapConfig) and mailbox.effective_port == 143


def test_password_sources_are_one_of_three(write_settings: Callable[..., Path]) -> None:
    base = "me: {name: J, email: j@example.net}\nmailboxes:\n"
    none = write_settings(base + "  - {type: imap, host: h.example, username: j}\n", "a.yaml")
    assert "needs one of password_file, password_env or keyring" in problems_of(none)[0]
    two = write_settings(
        base + "  - {type: imap, host: h.example, username: j, password_env: X, keyring: true}\n",
        "b.yaml",
    )
    assert "give only one of password_file, password_env, keyring" in problems_of(two)[0]


def test_paths_expand_home_and_resolve_against_the_file(
    write_settings: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    path = write_settings(
        "me: {name: J, email: j@example.net}\nmailboxes:\n"
        "  - {type: maildir, path: ~/Mail}\n  - {type: maildir, path: rel}\n"
    )
    config = load_config(path, env={"HOME": str(tmp_path / "home")})
    first, second = config.mailboxes
    assert isinstance(first, MaildirConfig) and first.path == tmp_path / "home" / "Mail"
    assert isinstance(second, MaildirConfig) and second.path == tmp_path / "rel"
    assert first.name != second.name


def test_duplicate_source_names_are_refused(write_settings: Callable[..., Path]) -> None:
    path = write_settings(
        "me: {name: J, email: j@example.net}\nmailboxes:\n"
        "  - {type: maildir, name: a, path: /x}\n"
        "  - {type: maildir, name: a, path: /y}\n"
    )
    assert "two entries are named 'a'" in problems_of(path)[0]


def test_lookup_order(tmp_path: Path) -> None:
    env = {"HOME": "/home/j", "XDG_CONFIG_HOME": "/cfg", "FOLLOWUP_CONFIG": "/env.yaml"}
    assert config_path(Path("/given.yaml"), env) == Path("/given.yaml")
    assert config_path(None, env) == Path("/env.yaml")
    del env["FOLLOWUP_CONFIG"]
    assert config_path(None, env) == Path("/cfg/followup/config.yaml")
    assert config_path(None, {"HOME": "/home/j"}) == Path("/home/j/.config/followup/config.yaml")
    assert default_state_dir({"XDG_STATE_HOME": "/st"}) == Path("/st/followup")
    assert default_state_dir({"HOME": "/home/j"}) == Path("/home/j/.local/state/followup")


def test_state_dir_defaults_to_xdg(write_settings: Callable[..., Path], tmp_path: Path) -> None:
    path = write_settings(
        "me: {name: J, email: j@example.net}\nmailboxes: [{type: maildir, path: /m}]\n"
    )
    config = load_config(path, env={"XDG_STATE_HOME": str(tmp_path / "xs")})
    assert config.state_dir == tmp_path / "xs" / "followup"


def test_yaml_syntax_error_is_one_line(write_settings: Callable[..., Path]) -> None:
    path = write_settings("me:\n  name: [unclosed\nmailboxes: []\n")
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert str(caught.value).startswith(f"{path}:")
    assert "\n" not in str(caught.value)


def test_not_a_mapping(write_settings: Callable[..., Path]) -> None:
    path = write_settings("- just\n- a list\n")
    with pytest.raises(ConfigError, match=r":1:1: the settings must be a mapping"):
        load_config(path)


def test_no_mailbox_is_a_problem(write_settings: Callable[..., Path]) -> None:
    path = write_settings("me: {name: J, email: j@example.net}\nmailboxes: []\n")
    assert problems_of(path) == [f"{path}:2:12: mailboxes: name at least one mailbox to read"]


def test_cli_reports_problems_with_exit_78_and_no_traceback(
    write_settings: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_settings("me: {name: J, emial: j@example.net}\nmailboxes: []\n")
    assert main(["status", "--config", str(path)]) == 78
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert f"{path}:1:15: me.emial: unknown key 'emial' (did you mean 'email'?)" in err


def test_cli_missing_file_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nope.yaml"
    assert main(["run", "--once", "--config", str(missing)]) == 78
    err = capsys.readouterr().err.strip()
    assert err == (
        f"followup: no settings file at {missing} (write one as in the README, "
        "or pass --config FILE)"
    )


def test_a_file_that_is_not_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "config.yaml"
    path.write_bytes(b"me:\n  name: J\xe9r\xf4me\n")  # Latin-1, as an old editor saves it
    with pytest.raises(ConfigError, match=r"config.yaml:2: not UTF-8 text"):
        load_config(path)


def test_unusable_paths_are_one_line_not_a_traceback(
    write_settings: Callable[..., Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "file").write_text("")
    path = write_settings()
    path.write_text(path.read_text().replace(str(tmp_path / "state"), str(tmp_path / "file")))
    assert main(["run", "--once", "--config", str(path)]) == 74
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.startswith("followup: cannot use ")
    assert main(["demo", "--dir", str(tmp_path / "file" / "demo")]) == 74
    assert capsys.readouterr().err.startswith("followup: cannot use ")


def test_aliases_that_expand_without_end_are_refused_at_once(
    write_settings: Callable[..., Path],
) -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for n in range(1, 9):
        lines.append(f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]")
    path = write_settings("\n".join(lines) + "\n")  # 9**9 values once expanded
    with pytest.raises(ConfigError, match="more than 100000 values"):
        load_config(path)

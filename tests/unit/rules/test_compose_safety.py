"""Compose: proper MIME, threading headers, and nothing from an email reaching a header line
or template source; the sandbox holds; proofreading finds what it should."""

from __future__ import annotations

import email
import email.policy
from pathlib import Path

import pytest
from followup.compose import Composer, message_id_for
from followup.model import Draft, Kind, Note, Person, PlaceDraft
from followup.plan import plan
from followup.rules.load import load_rules, shipped_rules_dir
from followup.rules.templates import (
    ENV,
    MAX_OUTPUT,
    TemplateCheckError,
    compile_template,
    render,
)
from jinja2.exceptions import SecurityError
from rules_builders import ME, PRIYA, SHIPPED, app, at, interview, message, world

NOW = at("2026-03-11T09:00:00-05:00")


def _drafts(snapshot: object, rules: object = SHIPPED) -> list[Draft]:
    result = plan(snapshot, rules, NOW)  # type: ignore[arg-type]
    return [a.draft for a in result.due if isinstance(a, PlaceDraft)]


def _parse(data: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(data, policy=email.policy.default)  # type: ignore[return-value]


def test_a_proper_utf8_text_message_with_key_and_message_id() -> None:
    zoe = Person("Zoë Ångström", "zoe@acme.example", "Directrice")
    (draft,) = _drafts(world(app(interviews=(interview(1, "2026-03-10T14:00:00-05:00", (zoe,)),))))
    composed = Composer(SHIPPED, ME).compose(draft, NOW)
    msg = _parse(composed.data)
    assert msg.get_content_type() == "text/plain"
    assert msg.get_content_charset() == "utf-8"
    assert msg["X-Followup-Key"] == draft.key
    assert msg["Message-ID"] == composed.message_id == message_id_for(draft.key)
    assert str(msg["To"]) == "Zoë Ångström <zoe@acme.example>"
    assert msg["From"].addresses[0].addr_spec == ME.email
    assert msg["Date"].datetime == NOW
    assert "Dear Zoë," in msg.get_content()
    assert b"\r\n" in composed.data and composed.data.count(b"\n") == composed.data.count(b"\r\n")
    assert "In-Reply-To" not in msg


def test_replies_carry_in_reply_to_and_references() -> None:
    rejection = message(
        4,
        Kind.REJECTION,
        "2026-03-11T08:00:00-05:00",
        subject="Your application",
        references=("<m1@acme.example>",),
    )
    from followup.model import Stage

    (draft,) = _drafts(world(app(stage=Stage.REJECTED, messages=(rejection,))))
    msg = _parse(Composer(SHIPPED, ME).compose(draft, NOW).data)
    assert msg["In-Reply-To"] == "<m4@acme.example>"
    assert msg["References"] == "<m1@acme.example> <m4@acme.example>"
    assert msg["Subject"] == "Re: Your application"


HOSTILE = [
    "Eve\r\nBcc: victim@example.org",
    "Eve\nX-Injected: yes",
    "=?utf-8?q?Eve=0D=0ABcc=3A_x=40y?=",
    "Eve\u2028Bcc: x@y",
    "{{ 7*7 }} {% for x in range(3) %}boom{% endfor %} {{ ''.__class__ }}",
    "Eve\u202eevil",
]


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_and_subjects_never_reach_headers_or_template_source(name: str) -> None:
    evil = Person(name, "eve@acme.example\r\nBcc: x@y", name)
    ask = message(
        5,
        Kind.INFO_REQUEST,
        "2026-03-11T08:00:00-05:00",
        sender=evil,
        subject=name,
        requested=(name,),
    )
    notes = (Note(1, name, at("2026-03-10T16:00:00-05:00"), 1),)
    snapshot = world(
        app(
            interviews=(interview(1, "2026-03-10T14:00:00-05:00", (evil,)),),
            messages=(ask,),
            notes=notes,
        )
    )
    drafts = _drafts(snapshot)
    assert len(drafts) == 2  # the thank-you and the info-request reply
    for draft in drafts:
        composed = Composer(SHIPPED, ME).compose(draft, NOW)
        msg = _parse(composed.data)
        assert "Bcc" not in msg and "X-Injected" not in msg
        assert all("\n" not in str(v) and "\r" not in str(v) for v in msg.values())
        assert set(msg.keys()) <= {
            "From",
            "To",
            "Cc",
            "Subject",
            "Date",
            "Message-ID",
            "In-Reply-To",
            "References",
            "X-Followup-Key",
            "X-Followup-Rule",
            "Content-Type",
            "Content-Transfer-Encoding",
            "MIME-Version",
        }
        body = msg.get_content()
        assert "49" not in body and "boomboom" not in body and "<class" not in body
        if "{{" in name:
            assert "{{ 7*7 }}" in body  # printed as text


@pytest.mark.parametrize(
    "source",
    [
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ to.__class__.__init__.__globals__ }}",
        "{{ recipients.append(1) }}",
        "{{ me.update({'name': 'x'}) }}",
        "{{ 'a' * 100000000 }}",
        "{{ 9 ** 99999999 }}",
        "{% for i in range(100000000) %}x{% endfor %}",
        "{{ cycler }}",
        "{% include '/etc/passwd' %}",
    ],
)
def test_sandbox_escapes_and_bombs_fail_at_load(source: str) -> None:
    with pytest.raises(TemplateCheckError):
        compile_template(source)


def test_output_is_size_capped() -> None:
    template = ENV.from_string("{% for i in range(1000) %}{{ company }}{% endfor %}")
    with pytest.raises(SecurityError):
        render(template, {"company": "x" * 100})
    assert len(render(template, {"company": "x"})) == 1000 < MAX_OUTPUT


def test_a_user_template_that_escapes_is_reported_and_its_rule_skipped(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "x.txt").write_text("{{ to.__class__.__base__ }}")
    (tmp_path / "x.yaml").write_text(
        "version: 1\nname: x\ntrigger: {event: interview_ended}\n"
        "draft: {subject: hi, template: x.txt}\n"
    )
    rules = load_rules([shipped_rules_dir(), tmp_path])
    assert rules.get("x") is None
    assert any("unsafe" in p for p in rules.problems)


def test_proofreading_flags_spelling_placeholders_names_and_missing_address() -> None:
    snapshot = world(
        app(interviews=(interview(1, "2026-03-10T14:00:00-05:00", (PRIYA, Person("Lee Park"))),))
    )
    drafts = {d.to[0].name: d for d in _drafts(snapshot)}
    composer = Composer(SHIPPED, ME)
    lee = composer.compose(drafts["Lee Park"], NOW)
    assert "missing recipient address for Lee Park" in lee.problems
    assert any(p.startswith("unfilled placeholder: [[ADD:") for p in lee.problems)
    priya = drafts["Priya Raman"]
    bad = priya.__class__(
        **{**priya.__dict__, "context": {**priya.context, "personal_line": "we discused Kafka"}}
    )
    problems = composer.compose(bad, NOW).problems
    assert "spelling: 'discused' (did you mean 'discussed'?)" in problems
    assert not any("kafka" in p for p in problems)  # a name inside a sentence
    assert not any(p.startswith("unfilled") for p in problems)
    wrong = priya.__class__(**{**priya.__dict__, "to": (Person("Tom Becker", "t@acme.example"),)})
    mixed_up = composer.compose(wrong, NOW).problems
    assert any("greeting names 'Priya'" in p for p in mixed_up)
    assert (
        "title 'Engineering Manager' is Priya Raman's in the record, not Tom Becker's "
        "(no title recorded)"
    ) in mixed_up


def test_names_companies_and_roles_from_the_record_are_not_misspellings() -> None:
    odd = Person("Siobhán Nwachukwu", "sn@qxlabs.example", "Principal Dataops Wrangler")
    snapshot = world(
        app(
            interviews=(interview(1, "2026-03-10T14:00:00-05:00", (odd,)),),
            notes=(Note(1, "we discussed Qxlabs tooling", NOW, 1),),
        )
    )
    (draft,) = _drafts(snapshot)
    assert Composer(SHIPPED, ME).compose(draft, NOW).problems == ()


def test_what_the_employer_asked_for_is_quoted_not_misspelled() -> None:
    asked = ("your arbeitszeugnisse", "a sgined consent form")  # their words, their typo
    snapshot = world(
        app(messages=(message(1, Kind.INFO_REQUEST, "2026-03-11T08:00:00-05:00", requested=asked),))
    )
    (draft,) = _drafts(snapshot)
    composed = Composer(SHIPPED, ME).compose(draft, NOW)
    assert "- your arbeitszeugnisse: [[ADD: attach or link it]]" in composed.body
    assert not any(p.startswith("spelling") for p in composed.problems)
    assert any(p.startswith("unfilled placeholder") for p in composed.problems)

"""Hostile sizes and hidden characters are cut before the expensive work (fast checks; the
full-size attacks are in tests/hostile)."""

from __future__ import annotations

import base64

from followup.understand import limits
from followup.understand.components import natural_name
from followup.understand.html import html_to_text
from followup.understand.parse import parse

HEAD = b"From: Ann <ann@acme.example>\r\nTo: me@example.net\r\n"


def test_scrub_drops_bidi_and_zero_width_but_keeps_joiners() -> None:
    assert limits.scrub("Ann \u202eeeL\u202c\u200b\ufeff") == "Ann eeL"
    assert limits.scrub("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645") == (
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # Persian keeps its ZWNJ
    )
    assert limits.one_line("a\r\nBcc: x\x00") == "a Bcc: x"
    assert natural_name("Dr. Ann \u2066Lee\u2069") == "Ann Lee"


def test_encoded_line_breaks_stay_out_of_names_and_subjects() -> None:
    evil = base64.b64encode(b"Jane\r\nBcc: v@evil.example").decode().encode()
    email = parse(
        b"From: =?utf-8?B?" + evil + b"?= <jane@acme.example>\r\n"
        b"Subject: =?utf-8?Q?Hi=0D=0ABcc:=20v@evil.example?=\r\n\r\nbody\r\n"
    )
    assert email.sender.email == "jane@acme.example"
    assert "\n" not in (email.sender.name or "") and "\n" not in email.subject


def test_header_values_are_cut() -> None:
    email = parse(HEAD + b"Subject: " + b"interview " * 10_000 + b"\r\n\r\nHi\r\n")
    assert len(email.subject) <= limits.MAX_HEADER


def test_mime_nested_past_the_cap_is_read_as_text_without_recursion() -> None:
    depth = limits.MAX_CONTAINERS + 50
    parts = [HEAD + b"Subject: deep\r\nMIME-Version: 1.0\r\n"]
    parts += [
        b'Content-Type: multipart/mixed; boundary="b%d"\r\n\r\n--b%d\r\n' % (i, i)
        for i in range(depth)
    ]
    parts.append(b"Content-Type: text/plain\r\n\r\nPlease interview with us.\r\n")
    parts += [b"--b%d--\r\n" % i for i in reversed(range(depth))]
    email = parse(b"".join(parts))
    assert "Please interview with us." in email.text
    assert "Content-Type" not in email.text and "--b1" not in email.text


def test_html_stops_at_the_tag_cap_and_the_depth_cap() -> None:
    flood = "<p>x</p>" * (limits.MAX_HTML_TAGS + 10) + "<p>tail</p>"
    assert "tail" not in html_to_text(flood)
    deep = "<div>" * (limits.MAX_HTML_DEPTH * 2) + "inner" + "</div>" * (limits.MAX_HTML_DEPTH * 2)
    assert html_to_text(deep + "<p>after</p>").split() == ["inner", "after"]

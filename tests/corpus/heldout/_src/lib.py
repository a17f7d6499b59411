"""Message registry and client renderers for the held-out corpus.

Each message is written by hand in a batch module (b1.py ...); this module only
renders the MIME structure of the client or ATS that would have sent it.
"""

# ruff: noqa: E501, UP031

from __future__ import annotations

import hashlib
import json
from datetime import timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path

from mime import NL, addr, ats_html, b64, ew, multi, part, qp, text_to_html  # noqa: F401

REG: list[dict] = []


def P(name: str, email: str | None = None, title: str | None = None) -> dict:
    return {"name": name, "email": email, "title": title}


def L(
    kind: str,
    company=None,
    role=None,
    interviewers=(),
    start=None,
    end=None,
    decision_by=None,
    notes="",
) -> dict:
    return {
        "kind": kind,
        "company": company,
        "role": role,
        "interviewers": list(interviewers),
        "start": start,
        "end": end,
        "decision_by": decision_by,
        "notes": notes,
    }


def _hx(seed: str, n: int) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def _ascii(s: str) -> bool:
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def _txt(
    body: str,
    charset: str = "utf-8",
    force: str | None = None,
    ctype: str = "text/plain",
    params: str = "",
) -> str:
    cte = force or (
        "7bit" if _ascii(body) and max(map(len, body.split(NL))) < 990 else "quoted-printable"
    )
    return part(ctype, body, cte=cte, charset=charset, params=params)


def _cal(ics: str, method: str, cte: str = "7bit", charset: str = "UTF-8") -> str:
    return part("text/calendar", ics, cte=cte, charset=charset, params="method=" + method)


def _ics_attach(ics: str, name: str = "invite.ics", method: str | None = None) -> str:
    params = f'name="{name}"'
    if method:
        params = f"method={method}; " + params
    return part(
        "application/ics",
        ics,
        cte="base64",
        charset=None,
        params=params,
        headers=(f'Content-Disposition: attachment; filename="{name}"',),
    )


def body_gmail(seed, text, html=None, ics=None, method="REQUEST", attach=()):
    b = "000000000000" + _hx(seed + "g", 16)
    alt = [
        _txt(text, "UTF-8"),
        part(
            "text/html",
            html or text_to_html(text, "gmail"),
            cte="quoted-printable",
            charset="UTF-8",
        ),
    ]
    if ics:
        alt.append(_cal(ics, method))
        b2 = "000000000000" + _hx(seed + "m", 16)
        return multi(
            "mixed",
            [multi("alternative", alt, b), _ics_attach(ics, "invite.ics", method), *list(attach)],
            b2,
        )
    if attach:
        return multi(
            "mixed",
            [multi("alternative", alt, b), *list(attach)],
            "000000000000" + _hx(seed + "m", 16),
        )
    return multi("alternative", alt, b)


def body_outlook(seed, text, html=None, ics=None, method="REQUEST", attach=()):
    tag = _hx(seed, 6).upper()
    b = f"_000_DM6PR{tag[:2]}MB{tag}_"
    alt = [
        part(
            "text/plain",
            text,
            cte="quoted-printable",
            charset="us-ascii" if _ascii(text) else "utf-8",
        ),
        part(
            "text/html",
            html or text_to_html(text, "outlook"),
            cte="quoted-printable",
            charset="utf-8",
        ),
    ]
    if ics:
        alt.append(_cal(ics, method, cte="base64", charset="utf-8"))
    if attach:
        return multi(
            "mixed", [multi("alternative", alt, b.replace("_000_", "_004_")), *list(attach)], b
        )
    return multi("alternative", alt, b)


def body_apple(seed, text, html=True, attach=()):
    b = (
        "Apple-Mail=_"
        + _hx(seed, 8).upper()
        + "-"
        + _hx(seed + "1", 4).upper()
        + "-4C2E-9F1A-"
        + _hx(seed + "2", 12).upper()
    )
    t = part("text/plain", text, cte="quoted-printable", charset="utf-8")
    if not html:
        return t if not attach else multi("mixed", [t, *list(attach)], b)
    h = part(
        "text/html",
        html if isinstance(html, str) else text_to_html(text, "apple"),
        cte="quoted-printable",
        charset="utf-8",
    )
    return multi("alternative", [t, h], b)


def body_plain(text, charset="utf-8", cte=None, flowed=False):
    params = "format=flowed" if flowed else ""
    if cte == "8bit":
        return part("text/plain", text, cte="8bit", charset=charset, params=params)
    return _txt(text, charset, force=cte, params=params)


def body_html(html, cte="quoted-printable"):
    return part("text/html", html, cte=cte, charset="utf-8")


def body_ats(
    seed, text, html, cte_html="quoted-printable", ics=None, method="REQUEST", ics_inline=True
):
    b = "----=_Part_%d_%d.%s" % (
        int(_hx(seed, 6), 16),
        int(_hx(seed + "x", 8), 16),
        "17" + str(int(_hx(seed + "t", 8), 16))[:11],
    )
    alt = [
        part("text/plain", text, cte="quoted-printable", charset="UTF-8"),
        part("text/html", html, cte=cte_html, charset="UTF-8"),
    ]
    if ics and ics_inline:
        alt.append(_cal(ics, method, cte="base64"))
    a = multi("alternative", alt, b)
    if ics:
        return multi(
            "mixed", [a, _ics_attach(ics, "invite.ics", method)], b.replace("Part", "Mixed")
        )
    return a


MSGID = {
    "gmail": lambda s, d: "<CA{}{}@mail.gmail.com>".format(
        "+" + _hx(s, 20).upper(), "=" + _hx(s + "q", 10)
    ),
    "outlook": lambda s, d: "<DM6PR{}MB{}{}@DM6PR{}MB{}.namprd{}.prod.outlook.com>".format(
        _hx(s, 2).upper(),
        _hx(s, 4).upper(),
        _hx(s + "o", 12).upper(),
        _hx(s, 2).upper(),
        _hx(s, 4).upper(),
        str(int(_hx(s, 2), 16) % 20),
    ),
    "outlook_eu": lambda s, d: "<AM9PR{}MB{}{}@AM9PR{}MB{}.eurprd0{}.prod.outlook.com>".format(
        _hx(s, 2).upper(),
        _hx(s, 4).upper(),
        _hx(s + "o", 12).upper(),
        _hx(s, 2).upper(),
        _hx(s, 4).upper(),
        str(int(_hx(s, 2), 16) % 9),
    ),
    "apple": lambda s, d: "<{}-{}-{}@{}>".format(
        _hx(s, 8).upper(), _hx(s + "a", 4).upper(), _hx(s + "b", 12).upper(), d
    ),
}


def msg(
    name: str,
    *,
    date: str,
    frm: str,
    to: str,
    subject: str,
    body: str,
    label: dict,
    client: str = "plain",
    cc: str | None = None,
    reply_to: str | None = None,
    headers: tuple[str, ...] = (),
    msgid: str | None = None,
    in_reply_to: str | None = None,
    subj_enc: str = "Q",
) -> None:
    """Register one message. frm/to/cc are already formatted address strings."""
    dom = frm.rsplit("@", 1)[-1].rstrip(">").strip()
    if msgid is None:
        mk = MSGID.get(client)
        msgid = mk(name, dom) if mk else "<{}.{}@{}>".format(_hx(name, 14), _hx(name + "z", 6), dom)
    when = parsedate_to_datetime(date)
    to_dom = to.rsplit("@", 1)[-1].rstrip(">").strip()
    recv = (when + timedelta(seconds=3 + len(name) % 40)).strftime("%a, %d %b %Y %H:%M:%S %z")
    hs = [
        "Return-Path: <%s>" % (frm.rsplit("<", 1)[-1].rstrip(">") if "<" in frm else frm),
        "Delivered-To: %s" % (to.rsplit("<", 1)[-1].rstrip(">") if "<" in to else to),
        "Received: from mx%d.%s by mail.%s with ESMTPS id %s\n\tfor <%s>; %s"
        % (
            len(name) % 7 + 1,
            dom,
            to_dom,
            _hx(name + "r", 12),
            to.rsplit("<", 1)[-1].rstrip(">") if "<" in to else to,
            recv,
        ),
    ]
    if client == "gmail":
        hs += ["MIME-Version: 1.0", "Date: " + date, "Message-ID: " + msgid]
        if in_reply_to:
            hs += ["References: " + in_reply_to, "In-Reply-To: " + in_reply_to]
        hs += ["Subject: " + ew(subject, subj_enc), "From: " + frm, "To: " + to]
        if cc:
            hs.append("Cc: " + cc)
    elif client.startswith("outlook"):
        hs += ["From: " + frm, "To: " + to]
        if cc:
            hs.append("CC: " + cc)
        plain_subj = (
            subject.split(": ", 1)[-1]
            if subject[:4].lower() in ("re: ", "fw: ", "aw: ", "sv: ", "wg: ")
            else subject
        )
        hs += [
            "Subject: " + ew(subject, "B"),
            "Thread-Topic: " + ew(plain_subj, "B"),
            "Thread-Index: " + b64(_hx(name, 22).encode()).strip()[:40],
            "Date: " + date,
            "Message-ID: " + msgid,
        ]
        if in_reply_to:
            hs += ["References: " + in_reply_to, "In-Reply-To: " + in_reply_to]
        hs += [
            "Accept-Language: en-US",
            "Content-Language: en-US",
            "X-MS-Has-Attach: ",
            "X-MS-TNEF-Correlator: ",
            "MIME-Version: 1.0",
        ]
    elif client in ("apple", "iphone"):
        hs += [
            "From: " + frm,
            "Content-Type-Placeholder",
            "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"
            if client == "apple"
            else "Mime-Version: 1.0 (1.0)",
            "Subject: " + ew(subject, subj_enc),
            "Date: " + date,
        ]
        if cc:
            hs.append("Cc: " + cc)
        hs += ["To: " + to]
        if in_reply_to:
            hs += ["In-Reply-To: " + in_reply_to, "References: " + in_reply_to]
        hs += [
            "Message-Id: " + msgid,
            "X-Mailer: Apple Mail (2.3826.400.131.1.6)"
            if client == "apple"
            else "X-Mailer: iPhone Mail (22B91)",
        ]
    else:
        hs += ["Date: " + date, "From: " + frm, "To: " + to]
        if cc:
            hs.append("Cc: " + cc)
        if reply_to:
            hs.append("Reply-To: " + reply_to)
        hs += ["Subject: " + ew(subject, subj_enc), "Message-ID: " + msgid]
        if in_reply_to:
            hs += ["In-Reply-To: " + in_reply_to, "References: " + in_reply_to]
        hs.append("MIME-Version: 1.0")
    if reply_to and client != "plain":
        hs.append("Reply-To: " + reply_to)
    hs += list(headers)
    bh, _, rest = body.partition(NL + NL)
    if "Content-Type-Placeholder" in hs:
        i = hs.index("Content-Type-Placeholder")
        hs[i : i + 1] = bh.split(NL)
        text = NL.join(hs) + NL + NL + rest
    else:
        text = NL.join(hs) + NL + bh + NL + NL + rest
    REG.append({"name": name, "raw": text, "label": label, "date": date})


def write_all(out: Path) -> None:
    names = [m["name"] for m in REG]
    dup = {n for n in names if names.count(n) > 1}
    if dup:
        raise SystemExit(f"duplicate names: {sorted(dup)}")
    for m in REG:
        (out / (m["name"] + ".eml")).write_bytes(m["raw"].encode("utf-8"))
        (out / (m["name"] + ".json")).write_text(
            json.dumps(m["label"], ensure_ascii=False, indent=2) + "\n"
        )


def attach_file(filename: str, ctype: str, text: str) -> str:
    """A small attachment (a stub PDF or document) as clients attach it: base64 + disposition."""
    data = text.encode("utf-8")
    if ctype == "application/pdf":
        data = (
            b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 1/Kids[3 0 R]>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n% "
            + data
            + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n"
        )
    return part(
        ctype,
        data,
        cte="base64",
        charset=None,
        params=f'name="{filename}"',
        headers=(f'Content-Disposition: attachment; filename="{filename}"',),
    )

"""Raw MIME writers imitating the structure real mail clients and ATSs emit.

Builds bytes by hand (not email.generator) so header order, boundaries and
transfer encodings look like the client being imitated.
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import hashlib
import html as _html
import quopri
from email.header import Header
from email.utils import formataddr

NL = "\n"


def _h(seed: str, n: int = 16) -> str:
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def qp(text: str, charset: str = "utf-8") -> str:
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def b64(data: bytes | str, charset: str = "utf-8") -> str:
    if isinstance(data, str):
        data = data.encode(charset)
    return base64.encodebytes(data).decode("ascii")


def ew(s: str, enc: str = "Q", charset: str = "utf-8") -> str:
    """RFC 2047 encode if needed (enc Q or B)."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        pass
    if enc == "B":
        return Header(s, charset).encode()
    toks = []
    for ch in s:
        if ch.isascii() and ch.isalnum():
            toks.append(ch)
        elif ch == " ":
            toks.append("_")
        else:
            toks.append("".join(f"={b:02X}" for b in ch.encode(charset)))
    # whole characters per encoded word (RFC 2047 forbids splitting a multi-byte character)
    words, cur = [], ""
    for tok in toks:
        if cur and len(cur) + len(tok) > 62:
            words.append(cur)
            cur = ""
        cur += tok
    words.append(cur)
    pre = f"=?{charset.upper()}?Q?"
    return "\n ".join(pre + w + "?=" for w in words)


def addr(name: str | None, email: str, enc: str = "Q", charset: str = "utf-8") -> str:
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return f"{ew(name, enc, charset)} <{email}>"


def part(
    ctype: str,
    body: str | bytes,
    cte: str = "quoted-printable",
    charset: str | None = "utf-8",
    params: str = "",
    headers: tuple[str, ...] = (),
) -> str:
    ct = ctype
    if charset and ctype.startswith("text/"):
        ct += f'; charset="{charset}"'
    if params:
        ct += "; " + params
    hs = ["Content-Type: " + ct]
    hs += list(headers)
    if cte == "quoted-printable":
        payload = qp(body if isinstance(body, str) else body.decode(), charset or "utf-8")
    elif cte == "base64":
        payload = b64(body, charset or "utf-8")
    else:
        payload = body if isinstance(body, str) else body.decode()
        if charset and charset.lower() not in ("utf-8", "us-ascii"):
            payload = payload.encode(charset).decode("ascii")  # e.g. ISO-2022-JP is 7-bit
        if not payload.endswith(NL):
            payload += NL
    hs.append("Content-Transfer-Encoding: " + cte)
    return NL.join(hs) + NL + NL + payload


def multi(subtype: str, parts: list[str], boundary: str, extra: str = "") -> str:
    out = [f'Content-Type: multipart/{subtype};{extra} boundary="{boundary}"', ""]
    for p in parts:
        out.append("--" + boundary)
        out.append(p.rstrip(NL))
        out.append("")
    out.append("--" + boundary + "--")
    return NL.join(out) + NL


def text_to_html(text: str, style: str = "gmail") -> str:
    """Paragraphs and > quoted blocks -> HTML in a client's flavour."""
    lines = text.split(NL)
    chunks: list[str] = []
    quote: list[str] = []

    def flush_quote() -> None:
        if quote:
            inner = "<br>".join(_html.escape(q[1:].lstrip(" ")) for q in quote)
            if style == "gmail":
                chunks.append(
                    '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                    'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                    + inner
                    + "</blockquote>"
                )
            else:
                chunks.append('<blockquote type="cite">' + inner + "</blockquote>")
            quote.clear()

    for ln in lines:
        if ln.startswith(">"):
            quote.append(ln)
            continue
        flush_quote()
        esc = _html.escape(ln)
        if style == "outlook":
            chunks.append('<p class="MsoNormal">' + (esc or "&nbsp;") + "<o:p></o:p></p>")
        elif style == "gmail":
            chunks.append("<div>" + (esc or "<br>") + "</div>")
        else:
            chunks.append((esc or "") + "<br>")
    flush_quote()
    body = NL.join(chunks)
    if style == "outlook":
        return (
            '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">'
            '\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style>\n'
            '</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + body + "\n</div>\n</body>\n</html>\n"
        )
    if style == "gmail":
        return '<div dir="ltr">' + body + "</div>\n"
    if style == "apple":
        return (
            '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            + body
            + "</body></html>\n"
        )
    return "<html><body>" + body + "</body></html>\n"


def ats_html(title: str, paragraphs: list[str], brand: str, footer: str) -> str:
    """Table-layout transactional HTML like ATS platforms send (paragraphs may hold markup)."""
    rows = NL.join(
        f'<tr><td style="padding:8px 32px;font-size:15px;line-height:22px;color:#333">{p}</td></tr>'
        for p in paragraphs
    )
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><meta name="viewport" '
        f'content="width=device-width"><title>{_html.escape(title)}</title></head>\n'
        '<body style="margin:0;background:#f4f5f7">\n<table role="presentation" width="100%" '
        'cellpadding="0" cellspacing="0"><tr><td align="center">\n<table width="600" '
        f'style="background:#fff">\n<tr><td style="padding:24px 32px;font-weight:bold;font-size:18px">{brand}</td></tr>\n'
        f'{rows}\n<tr><td style="padding:24px 32px;font-size:11px;color:#999">{footer}</td></tr>\n'
        "</table></td></tr></table>\n</body></html>\n"
    )

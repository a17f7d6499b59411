"""The employer and the role.

The employer is not the applicant-tracking system that sent the mail (Greenhouse, Lever,
Workday...) nor a staffing agency: phrases like "your application to X", "X is hiring",
"at X", the sender's display name ("X Recruiting", "Y at X", "X via Greenhouse"), the
signature's company line and the sender's domain are weighed together; the NER's ORGs are
candidates that match one of them. The role is the job title as written, without
requisition numbers ("R-20419", "Req #1234", "(JR-88)").
"""

# ruff: noqa: E501 - the regular expressions read better unbroken
from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ..model import Email

ATS_WORDS = frozenset(
    [
        "greenhouse",
        "lever",
        "workday",
        "myworkday",
        "ashby",
        "ashbyhq",
        "smartrecruiters",
        "icims",
        "jobvite",
        "taleo",
        "successfactors",
        "bamboohr",
        "workable",
        "recruitee",
        "teamtailor",
        "breezy",
        "jazzhr",
        "calendly",
        "goodtime",
        "gem",
        "modernloop",
        "linkedin",
        "indeed",
        "glassdoor",
        "ziprecruiter",
        "hired",
        "wellfound",
        "angellist",
        "personio",
        "pinpoint",
        "rippling",
        "gusto",
        "amazonses",
        "sendgrid",
        "mailgun",
        "google",
        "gmail",
        "outlook",
    ]
)
_ORG_SUFFIX = r"(?:\s+(?:Inc\.?|LLC|Ltd\.?|GmbH|AG|S\.A\.|SAS|BV|B\.V\.|plc|PLC|Corp\.?|Co\.))?"
_NAME = r"(?P<org>[A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|&|of|de|and))*" + _ORG_SUFFIX + ")"
_CAPS = re.compile(r"\b[A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3}")
PHRASES = [
    re.compile(p)
    for p in (
        r"(?i:applica\w+|interest|interview\w*|position|role|opening|career|team|offer|candidacy|join(?:ing)?|opportunit\w+)\s+(?i:to|at|with|for|from|in)\s+"
        + _NAME,
        r"(?i:here at|on behalf of|everyone at|the team at|talent team at|recruiting team at)\s+"
        + _NAME,
        r"^" + _NAME + r"\s+(?i:is hiring|recruiting|careers|talent|people team|hiring team)",
    )
]
SENDER_NAME = [
    re.compile(r"^(?:.+?)\s+(?:at|@|from)\s+" + _NAME + r"$"),
    re.compile(r"^" + _NAME + r"\s+(?:via|through)\s+\w+"),
    re.compile(
        r"^"
        + _NAME
        + r"\s+(?i:recruiting|careers|talent|hiring|jobs|people|hr|team|talent acquisition)\b.*$"
    ),
]
SUBJECT = [
    re.compile(r"(?:\bat|\bwith|\bto|\bfrom|\bfor)\s+" + _NAME + r"\s*(?:[-–—|:!(]|$)"),
    re.compile(r"^(?:(?i:re|fwd?|fw):\s*)*" + _NAME + r"\s*(?:[-–—|:]|<>)"),
]
ROLE_PATTERNS = [
    re.compile(p)
    for p in (
        r"(?i:for|as)\s+(?:the|our|a|an)\s+(?P<role>[A-Z][^\n.,;:!?()]{2,80}?(?:,\s+[A-Z][\w ]{2,40}?)?)\s+(?i:position|role|opening|opportunity|job|vacancy)\b",
        r"(?i:the|our|your)\s+(?P<role>[A-Z][^\n.,;:!?()]{2,80}?(?:,\s+[A-Z][\w ]{2,40}?)?)\s+(?i:position|role|opening|opportunity|vacancy)\b",
        r"(?i:position|role|opening|job|vacancy)(?i::|\s+of)\s+(?P<role>[A-Z][^\n.;:!?()]{2,80}?)(?=\s*(?:$|[.;(]|\s[-–—|]\s|\s(?i:at|with|in)\s))",
        r"(?i:application|applying|applied|interview(?:ing)?)\s+(?i:for|to)\s+(?:the\s+)?(?P<role>[A-Z][^\n.;:!?()]{2,80}?)(?=\s*(?:$|[.;(]|\s[-–—|]\s|\s(?i:at|with|role|position)\b|,\s))",
    )
]
REQ = re.compile(
    r"(?i)\s*(?:[(\[]\s*)?(?:req(?:uisition)?\.?\s*(?:id|no\.?|number)?\s*[#:]?\s*|job\s*(?:id|#)\s*:?\s*|#\s*)?"
    r"\b(?:[A-Z]{1,4}[-_]?\d{3,}|\d{4,}(?:-\d+)?)\b\s*[)\]]?"
)
_ROLE_HEAD = re.compile(
    r"(?i)\b(engineer|developer|manager|director|designer|scientist|analyst|architect|lead|"
    r"officer|coordinator|specialist|consultant|researcher|writer|editor|accountant|associate|"
    r"intern|administrator|technician|nurse|teacher|representative|strategist|marketer|"
    r"sre|head|producer|counsel|assistant|advisor|planner|operator|programmer|tester|"
    r"recruiter|support|owner|partner|executive|president|vp|principal)s?\b"
)


def domain_word(address: str | None) -> str | None:
    """ "careers@mail.lumenhealth.example" -> "lumenhealth" (None for ATS and freemail)."""
    if not address or "@" not in address:
        return None
    parts = address.split("@")[1].lower().split(".")
    for part in reversed(parts[:-1] if len(parts) > 1 else parts):
        if part in {
            "co",
            "com",
            "mail",
            "email",
            "jobs",
            "careers",
            "us",
            "eu",
            "hire",
            "talent",
            "recruiting",
            "example",
            "org",
            "net",
            "io",
        }:
            continue
        stem = part.replace("-mail", "")
        return None if any(w in stem for w in ATS_WORDS) else stem
    return None


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def _clean_org(name: str) -> str | None:
    name = re.sub(r"(?i)['’]s$", "", name.strip(" .,:;!-–—|")).strip()
    name = re.sub(r"^(The|Team|All|At)\s+", "", name)
    name = re.sub(
        r"(?i)\s+(recruiting|careers|talent( acquisition)?|hiring( team)?|team|jobs|"
        r"people( team)?|hr|notifications?)$",
        "",
        name,
    ).strip()
    words = name.split()
    if not words or len(words) > 5 or _squash(name) in ATS_WORDS:
        return None
    if any(_squash(w) in ATS_WORDS for w in words[:1]):
        return None
    return name


def company(email: Email, doc: Any | None) -> str | None:
    votes: Counter[str] = Counter()
    dom = domain_word(email.sender.email) or domain_word(
        email.reply_to[0].email if email.reply_to else None
    )
    for name in _candidates(email, doc):
        cleaned = _clean_org(name)
        if cleaned:
            weight = 3 if dom and (_squash(cleaned) in dom or dom in _squash(cleaned)) else 1
            votes[cleaned] += weight
    if votes:
        return _best(votes)
    return dom.capitalize() if dom else None


def _best(votes: Counter[str]) -> str:
    """Most votes; among near-equals the longer name ("Lumen Health" over "Lumen")."""
    top = max(votes.values())
    tied = [n for n, v in votes.items() if v >= top - 1]
    merged = {n: sum(v for m, v in votes.items() if _squash(m) in _squash(n)) for n in tied}
    return max(merged, key=lambda n: (merged[n], len(n)))


def _candidates(email: Email, doc: Any | None) -> list[str]:
    found: list[str] = []
    sender = email.sender.name or ""
    for pattern in SENDER_NAME:
        m = pattern.match(sender)
        if m:
            found.append(m.group("org"))
    for pattern in SUBJECT:
        found.extend(m.group("org") for m in pattern.finditer(email.subject))
    for pattern in PHRASES:
        for line in email.new_text.split("\n"):
            found.extend(m.group("org") for m in pattern.finditer(line))
    found.extend(_domain_spelled(email))
    if doc is not None:
        dom = domain_word(email.sender.email)
        for ent in doc.ents:
            if ent.label_ == "ORG" and dom and _squash(ent.text)[:5] in dom:
                found.append(ent.text)
    return [_trim_org(f) for f in found]


def _domain_spelled(email: Email) -> list[str]:
    """Capitalised phrases that spell the sender's domain ("Lumen Health" for lumenhealth)."""
    dom = domain_word(email.sender.email)
    if not dom or len(dom) < 3:
        return []
    out = []
    for m in _CAPS.finditer(f"{email.subject}\n{email.new_text}"):
        words = m.group(0).split()
        for n in range(len(words), 0, -1):
            if _squash(" ".join(words[:n])) == dom.replace("-", ""):
                out.extend([" ".join(words[:n])] * 2)
                break
    return out


def _trim_org(name: str) -> str:
    """Cut a captured name at words that end it ("Acme for the Senior ...")."""
    words = name.split()
    out: list[str] = []
    for w in words:
        if w.lower() in {"for", "to", "and", "the", "as", "is", "on", "in", "of"} and out:
            break
        if _ROLE_HEAD.fullmatch(w):
            break
        out.append(w)
    return " ".join(out)


def role(email: Email) -> str | None:
    for source in (email.subject, email.new_text):
        for pattern in ROLE_PATTERNS:
            for m in pattern.finditer(source):
                cleaned = clean_role(m.group("role"))
                if cleaned:
                    return cleaned
    return None


def clean_role(text: str) -> str | None:
    text = REQ.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip(" -–—|,:#")
    text = re.sub(r"(?i)^(the|a|an|our|your)\s+", "", text)
    text = re.sub(r"(?i)\s+(position|role|opening|opportunity|job)$", "", text)
    if not text or len(text.split()) > 10 or not _ROLE_HEAD.search(text):
        return None
    return text

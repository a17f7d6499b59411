"""The employer.

The employer is not the applicant-tracking system that sent the mail (Greenhouse, Lever,
Workday...) nor a staffing agency: phrases like "your application to X", "X is hiring",
"at X", the sender's display name ("X Recruiting", "Y at X", "X via Greenhouse"), the
signature's company line and the sender's domain are weighed together; the NER's ORGs are
candidates that match one of them. The role is in roles.py.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ..model import Email
from .addresses import ascii_fold
from .org_words import ATS_WORDS, ORG_WORDS
from .roles import ROLE_HEAD
from .signature import body_lines

_ORG_SUFFIX = r"(?:\s+(?:Inc\.?|LLC|Ltd\.?|GmbH|AG|S\.A\.|SAS|BV|B\.V\.|plc|PLC|Corp\.?|Co\.))?"
_NAME = r"(?P<org>[A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|&|of|de|and))*" + _ORG_SUFFIX + ")"
_CAPS = re.compile(r"\b[A-Z][\w&'-]*(?:[ \t]+[A-Z][\w&'-]*){0,3}")
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
    name = re.sub(r"^(The|Team|All|At|Ihr|Ihre|Your|Votre|Su|Sua|Tu)\s+", "", name)
    name = re.sub(
        r"(?i)\s+(human resources|hr|recruiting|recruitment|talent acquisition|careers|team|"
        r"ltd\.?|limited|gmbh|inc\.?|llc|ag|plc|s\.a\.|pvt\.?( ltd\.?)?|university recruiting|"
        r"people( ops| team)?|hiring team|recruiting team|talent team)$",
        "",
        name,
    ).strip()
    name = re.sub(
        r"(?i)\s+(recruiting|careers|talent( acquisition)?|hiring( team)?|team|jobs|"
        r"people( team)?|hr|notifications?)$",
        "",
        name,
    ).strip()
    words = name.split()
    if not words or len(words) > 5 or _squash(name) in ATS_WORDS | {"re", "fwd", "fw", "aw"}:
        return None
    if words[0].lower() in NOT_ORG_START or name.lower() in {"docusign", "zoom", "google"}:
        return None
    if any(_squash(w) in ATS_WORDS for w in words[:1]):
        return None
    return name


AGENCY = re.compile(r"(?i)(search|recruit|staffing|agency|headhunt|executive|talent|resourcing)")
NOT_ORG_START = frozenset(
    [
        "interview",
        "interviews",
        "cancelled",
        "canceled",
        "updated",
        "update",
        "invitation",
        "invite",
        "reminder",
        "application",
        "applications",
        "offer",
        "entretien",
        "entrevista",
        "thank",
        "thanks",
        "new",
        "action",
        "confirmed",
        "scheduled",
        "rescheduled",
        "next",
        "your",
        "our",
        "hi",
        "hello",
        "dear",
        "congratulations",
        "welcome",
        "important",
        "urgent",
        "fwd",
        "fw",
        "re",
        "aw",
        "wg",
        "candidate",
        "panel",
        "onsite",
        "technical",
        "phone",
        "video",
        "please",
    ]
)


def company(email: Email, doc: Any | None) -> str | None:
    votes: Counter[str] = Counter()
    dom = domain_word(email.sender.email) or domain_word(
        email.reply_to[0].email if email.reply_to else None
    )
    agency = bool(dom and AGENCY.search(dom))
    people = _person_names(email, doc)
    for name, weight in _candidates(email, doc):
        cleaned = _clean_org(name)
        if not cleaned or (weight < 2 and _squash(cleaned) in people) or _signs(email, cleaned):
            continue
        on_domain = bool(dom) and (_squash(cleaned) in dom or dom in _squash(cleaned))  # type: ignore[operator]
        votes[cleaned] += weight * (0 if agency and on_domain else 3 if on_domain else 1)
    votes = Counter({k: v for k, v in votes.items() if v > 0})
    if not votes and not agency:  # a short reply: "Mia Thompson | Coral Sea Travel" quoted
        votes = Counter(_domain_spelled(email, email.text))
    if votes:
        return _best(votes)
    return " ".join(w.capitalize() for w in dom.split("-")) if dom and not agency else None


def _signs(email: Email, name: str) -> bool:
    """ "Jane Whitfield via Greenhouse" signing "Jane": a person, not the employer."""
    words = name.split()
    if len(words) < 2:
        return False
    _, signature = body_lines(email.new_text, email.sender.name)
    return any(line.strip(" -–—~,.") == words[0] for line in signature[:3])


def _person_names(email: Email, doc: Any | None) -> set[str]:
    names = {_squash(p.name) for p in (*email.to, *email.cc) if p.name}
    if doc is not None:
        names |= {_squash(e.text) for e in doc.ents if e.label_ == "PERSON"}
    sides = {_squash(side) for side in _PAIR.split(email.subject)}
    if len(sides) == 2 and sides & names:  # "Tom Hardy <> Jordan Avery": two people
        names |= sides
    return names


_PAIR = re.compile(r"\s+(?:<>|<->|x|×|/|\+|&|and)\s+")


def _best(votes: Counter[str]) -> str:
    """Most votes; among near-equals the longer name ("Lumen Health" over "Lumen")."""
    top = max(votes.values())
    tied = [n for n, v in votes.items() if v >= top - 1]
    merged = {n: sum(v for m, v in votes.items() if _squash(m) in _squash(n)) for n in tied}
    return max(merged, key=lambda n: (merged[n], len(n)))


CLIENT = re.compile(r"(?i:our client|on behalf of (?:our client|my client)|client,)\s+" + _NAME)


def _candidates(email: Email, doc: Any | None) -> list[tuple[str, int]]:
    """(name, weight): where a name was written says how surely it is the employer."""
    found: list[tuple[str, int]] = []
    sender = email.sender.name or ""
    for pattern in SENDER_NAME:
        m = pattern.match(sender)
        if m:
            found.append((m.group("org"), 1))
    for pattern in SUBJECT:
        found.extend((m.group("org"), 1) for m in pattern.finditer(email.subject))
    for line in email.new_text.split("\n"):
        for pattern in PHRASES:
            found.extend((m.group("org"), 1) for m in pattern.finditer(line))
        found.extend((m.group("org"), 6) for m in CLIENT.finditer(line))
    found.extend((name, 2) for name in _domain_spelled(email))  # spells the domain: no person
    if doc is not None:
        dom = domain_word(email.sender.email)
        for ent in doc.ents:
            if ent.label_ == "ORG" and dom and _squash(ent.text)[:5] in dom:
                found.append((ent.text, 1))
    return [(_trim_org(f), w) for f, w in found]


def _domain_spelled(email: Email, text: str | None = None) -> list[str]:
    """Capitalised phrases that spell the sender's domain ("Lumen Health" for lumenhealth)
    in the subject and `text` (the message's own text unless given)."""
    dom = domain_word(email.sender.email) or domain_word(
        email.reply_to[0].email if email.reply_to else None
    )
    if not dom or len(dom) < 3:
        return []
    out = []
    want = dom.replace("-", "")
    # "cnha-acpn": one part the English initials, one the French ("Canadian Northern ...")
    parts = [p for p in dom.split("-") if len(p) >= 3] if "-" in dom else []
    for m in _CAPS.finditer(f"{email.subject}\n{email.new_text if text is None else text}"):
        words = m.group(0).split()
        spans = (" ".join(words[i:j]) for i in range(len(words)) for j in range(len(words), i, -1))
        match = next((s for s in spans if _spells(s, want) or _initials(s, parts)), None)
        if match:
            rest = m.group(0)[m.group(0).index(match) + len(match) :].split()
            for word in rest[:2]:  # "Copperleaf Robotics" for copperleaf, "Medical Center"
                if word.lower().strip(".,") not in ORG_WORDS:
                    break
                match = f"{match} {word.strip('.,')}"
            out.extend([match] * 2)
    return out


def _initials(phrase: str, parts: list[str]) -> bool:
    words = phrase.split()
    return len(words) >= 3 and "".join(w[0] for w in words).lower() in parts


def _spells(phrase: str, want: str) -> bool:
    """ "Larkspur Health" spells larkspurhealth, "Azur Mobilité" azurmobilite, "Redwood
    Credit Union" redwoodcu, "Laboratorios Alcántara" labalcantara."""
    words = [_squash(ascii_fold(w)) for w in phrase.split()]
    if "".join(words) == want:
        return True
    if len(words) < 2 or not all(words):
        return False
    for k in range(1, len(words)):
        if "".join(words[:k]) + "".join(w[0] for w in words[k:]) == want:
            return True
    rest = "".join(words[1:])
    return any(words[0][:n] + rest == want for n in range(3, len(words[0])))


def _trim_org(name: str) -> str:
    """Cut a captured name at words that end it ("Acme for the Senior ..."); a capture that
    runs into a job title was the role, not the employer."""
    out: list[str] = []
    for w in name.split():
        if w.lower() in {"for", "to", "and", "the", "as", "is", "on", "in", "of"} and out:
            break
        if ROLE_HEAD.fullmatch(w):
            return ""
        out.append(w)
    return " ".join(out)

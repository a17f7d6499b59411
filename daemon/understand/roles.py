"""The role: the job title as written, without requisition numbers ("R-20419", "Req #1234",
"(JR-88)"), from the subject first, then from body lines that talk about a role."""

# ruff: noqa: E501 - the regular expressions read better unbroken
from __future__ import annotations

import re

from ..model import Email

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
ROLE_HEAD = re.compile(
    r"(?i)\b(engineer|developer|manager|director|designer|scientist|analyst|architect|lead|"
    r"officer|coordinator|specialist|consultant|researcher|writer|editor|accountant|associate|"
    r"intern|administrator|technician|nurse|teacher|representative|strategist|marketer|"
    r"sre|head|producer|counsel|assistant|advisor|planner|operator|programmer|tester|"
    r"recruiter|support|owner|partner|executive|president|vp|principal|supervisor|leader)s?\b"
)


def role(email: Email) -> str | None:
    found = role_phrase(email)
    if found:
        return found
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
    text = re.sub(r"\s*\(\s*\)", "", text).strip()
    if not text or len(text.split()) > 10 or not ROLE_HEAD.search(text):
        return None
    return text


_HEAD_WORDS = (
    r"engineer|developer|manager|director|designer|scientist|analyst|architect|lead|leader|officer|"
    r"coordinator|specialist|consultant|researcher|writer|editor|accountant|associate|intern|"
    r"administrator|technician|nurse|teacher|representative|strategist|marketer|sre|head|"
    r"producer|counsel|assistant|advisor|planner|operator|programmer|tester|recruiter|owner|"
    r"partner|executive|president|vp|principal|technologist|supervisor|clerk|agent|reporter|"
    r"generalist|scheme|trainee|apprentice|fellow|postdoc|analista|ingeniero|ingeniera|"
    r"engenheiro|engenheira|desarrollador|desarrolladora|desenvolvedor|développeur|"
    r"développeuse|teamleiter|leiter|leiterin|entwickler|berater|chef|responsable|"
    r"consultant\(e\)|gerente|diretor|director"
)
_CAP = r"(?:[A-Z][\w'’./+#-]*|[A-Z]{2,}|iOS|ML|QA|UX|UI|BI|AI)"
TITLE_PHRASE = re.compile(
    rf"(?P<role>(?:{_CAP}\s+(?:(?:of|de|and|&|y|du|des)\s+)?){{0,4}}"
    rf"(?i:{_HEAD_WORDS})\b"
    rf"(?:\s+(?:of|de|for)\s+{_CAP}(?:\s+{_CAP})?)?"
    rf"(?:\s+{_CAP}(?=\s*(?:[(\-–—|,:]|$)))?"
    rf"(?:\s*\((?!\s*(?:req|R-|JR|#|\d))[^)\n]{{1,24}}\))?"
    rf"(?:,\s+{_CAP}(?:\s+{_CAP})?(?=\s+(?i:role|position|opening|team)\b))?)"
)
ROLE_CONTEXT = re.compile(
    r"(?i)\b(role|position|opening|job|vacancy|application|applied|applying|apply|interview|"
    r"post\b|stelle|bewerbung|vaga|vacante|poste|candidature|candidatura|as an?|offer|for the)\b"
)


def role_phrase(email: Email) -> str | None:
    """A job title as written: from the subject first, then from body lines that talk about
    a role; requisition numbers dropped."""
    sources = [email.subject] + [
        line for line in email.new_text.split("\n")[:40] if ROLE_CONTEXT.search(line)
    ]
    for source in sources:
        for m in TITLE_PHRASE.finditer(source):
            cleaned = clean_role(m.group("role"))
            if (
                cleaned
                and cleaned[0].isupper()
                and cleaned.lower() not in NOT_ROLES
                and not _looks_like_person_title(source, m.start())
            ):
                return _without_noise(cleaned, email) + _specialty(source[m.end() :], email)
    return None


def _without_noise(role: str, email: Email) -> str:
    """ "Junior Accountant (Sophie Tan)", "Policy Analyst (EC-04)", "Senior Data Scientist
    (Hoshizora Systems)", "(new date)": a bracket naming the candidate, a classification,
    the employer or the change is no part of the title ("(m/w/d)", "(React)" are)."""
    m = re.search(r"\s+\(([^)]*)\)$", role)  # not "Consultant(e)"
    if m is None:
        return role
    inside = m.group(1).strip()
    people = {(p.name or "").lower() for p in (email.sender, *email.to, *email.cc)}
    squashed = re.sub(r"[^a-z]", "", inside.lower())
    label = (email.sender.email or "").rpartition("@")[2].split(".")[0].replace("-", "")
    noise = (
        re.search(r"\d", inside)
        or (inside.islower() and " " in inside and "/" not in inside)  # not "(co-op)"
        or inside.lower() in people
        or (len(label) >= 4 and (label in squashed or squashed in label))
    )
    return role[: m.start()] if noise else role


_SPECIALTY = re.compile(
    r"^(?P<sep>,)\s+(?P<ext>(?:[A-Z][\w/&'.-]*|of|and|&|in|de|del|des)"
    r"(?:\s+(?:[A-Z][\w/&'.-]*|of|and|&|in|de|del|des)){0,4})"
    r"(?P<paren>\s*\([^)\d]{1,20}\))?"
    r"(?=\s*$|\s+(?i:role|position|opening|vacancy|job|team|at|with|in|for)\b|\s*[.;:!?]|\s+[-–—|]\s)"
)
_NOT_SPECIALTY = re.compile(
    r"(?i)\b(interview\w*|invitation|update|confirm\w*|next steps?|application|offer|"
    r"schedul\w*|round|call|screen|inc|ltd|llc|gmbh|plc|corp|group|careers|recruiting|team|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)


def _specialty(rest: str, email: Email) -> str:
    """ ", Payments", ", Financial Reporting": the part of the team or field the title
    names, unless it is the company or the mail's own subject words. (" - Merchant Payments"
    is left out: after a dash come people's and companies' names as often.)"""
    m = _SPECIALTY.match(rest)
    if m is None or _NOT_SPECIALTY.search(m.group("ext")):
        return ""
    squashed = re.sub(r"[^a-z]", "", m.group("ext").lower())
    domain = (email.sender.email or "").rpartition("@")[2].lower().replace("-", "")
    if len(squashed) >= 4 and (squashed in domain or domain.split(".")[0] in squashed):
        return ""  # "Data Analyst - Brightwave": the employer
    return f", {m.group('ext')}{m.group('paren') or ''}"


NOT_ROLES = frozenset({"hiring manager", "recruiter", "recruiting coordinator", "manager"})


def _looks_like_person_title(source: str, start: int) -> bool:
    """ "Elena Ruiz, Senior Recruiter": a signature title, not the job applied for."""
    before = source[:start].rstrip()
    return before.endswith((",", "|")) and not ROLE_CONTEXT.search(source[:start])

"""The writer's own lines: where the signature starts, who signs, and their title.

A message's last lines name the writer ("Best,\nDana Kowalczyk\nSenior Talent Acquisition
Partner"). The sign-off word starts the signature, in the languages the mail comes in; without
one, the line that is the writer's name alone does. When the From header names a team or a
robot ("Prairieview Health Talent Acquisition", "dani"), the signature says who wrote.
"""

from __future__ import annotations

import re

from ..model import Email, Person
from .components import natural_name
from .mentions import NAME_RE, TOKEN, looks_like_title, title_after, valid_name
from .name_words import TITLE_HEAD

CLOSINGS = re.compile(
    r"(?i)^\s*(best|thanks|thank you|regards|kind regards|best regards|warm regards|cheers|"
    r"sincerely|all the best|warmly|many thanks|talk soon|see you|looking forward|"
    r"with (best |kind |warm |warmest )?(wishes|regards)|best wishes|thanking you|"
    r"with (our |my )?(sincere |many |warm )?thanks|(good|best of) luck|"
    r"viele grüße|beste grüße|liebe grüße|mit freundlichen grüßen|freundliche grüße|"
    r"met vriendelijke groet|hartelijke groet|cordialement|bien à vous|bien cordialement|"
    r"saludos|un saludo|(un )?(fuerte )?abrazos?|cordialmente|atentamente|atenciosamente|"
    r"abraços|cordiali saluti|distinti saluti|"
    r"un caro saluto|vänliga hälsningar|med vänlig hälsning|hälsningar|mvh|med venlig hilsen|"
    r"pozdrawiam|trân trọng|s pozdravem|ystävällisin terveisin|yours|z poważaniem|groeten|"
    r"mfg|regds|rgds|hormat (kami|saya)|salam hormat|cu stim[ăa]|cu respect|saygılarımla|"
    r"signed|yours faithfully|yours truly|respectfully|atte|slds|cdlt|grüße|gruß|lg|br|"
    r"s úctou|üdvözlettel|srdačan pozdrav|lep pozdrav|met hartelijke groet|saygılarımızla|"
    r"un cordial saludo|cordiales saludos|respeitosamente|respetuosamente|hochachtungsvoll|"
    r"(?:mit )?(?:besten|herzlichen|herzliche|schöne) grüße?n?|(?:med )?vennlig hilsen|"
    r"z wyrazami szacunku|sincères salutations|με εκτίμηση|με φιλικούς χαιρετισμούς|"
    r"مع (?:خالص )?(?:التحية|التحيات)|وتفضلوا بقبول)\b.{0,40}$"
    # the French formal closing, whatever it says in between: "Veuillez agréer, Monsieur,
    # l'expression de nos salutations distinguées."
    r"|^\s*(?:veuillez|je vous prie d'|nous vous prions d')\s*agréer\b.{0,120}$"
    r"|^.{0,80}\bsalutations (?:distinguées|respectueuses)\W*$"
    # a thanks alone on its line, a few words at most: "Merci et à bientôt,", "Gracias!"
    r"|^\s*(merci|à bientôt|bonne journée|gracias|grazie|danke|obrigad[oa]|tack|bedankt|"
    r"dziękuję|thx)\b(\s+\S+){0,3}\s*[,.!]?\s*$"
)


def body_lines(text: str, writer: str | None = None) -> tuple[list[str], list[str]]:
    """(lines before the sign-off, the signature block). With no sign-off word, the line
    that is the writer's name alone ("Patricia Dela Cruz", "Tomáš", "-rob") starts it."""
    lines = text.split("\n")
    for i in range(len(lines) - 1, -1, -1):
        closing = CLOSINGS.match(lines[i]) or lines[i].strip() == "--"
        if closing and i >= len(lines) - 12:
            return lines[:i], lines[i + 1 :]
    names = _writer_names(writer)
    for i in range(max(1, len(lines) - 10), len(lines)):
        if names and lines[i].strip(" -–—~,.").lower() in names:
            return lines[:i], lines[i:]
    bare = _bare_signature(lines)
    return (lines[:bare], lines[bare:]) if bare is not None else (lines, [])


def _bare_signature(lines: list[str]) -> int | None:
    """No sign-off and a team in From: the last paragraph when it starts with a name alone
    and what follows names nobody ("Dana Park" / "Recruiting, Quillstack")."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    for i in range(max(1, end - 3), end):
        m = NAME_RE.fullmatch(lines[i].strip())
        if m is None or lines[i - 1].strip() or not valid_name(m.group("name")):
            continue
        rest = [line.strip() for line in lines[i + 1 : end]]  # "Civil Service Director": a title
        if not any(NAME_RE.fullmatch(line) and not looks_like_title(line) for line in rest):
            return i
    return None


def _writer_names(writer: str | None) -> set[str]:
    full = natural_name(writer or "").lower()
    return {full, full.split()[0]} if full.split() else set()


def signer(email: Email, signature: list[str]) -> str:
    """The writer's name: the From header's when it is a person's full name, else the first
    signature line that starts with a name (or with the header's first name)."""
    header = _VIA.sub("", natural_name(email.sender.name or ""))  # "Jane Lee via Greenhouse"
    # "Principal - St. Aloysius School": a post or a team writes, the signature says who
    robot = _ROBOT.match(email.sender.email or "") or _NO_REPLY.match(email.sender.email or "")
    team = bool(_TEAM.search(header) or robot)
    team = team or bool(len(header.split()) == 1 and TITLE_HEAD.search(header))
    initial = bool(re.search(r"\s\w\.?$", header))  # "Jane W.": the signature says more
    if len(header.split()) >= 2 and valid_name(header) and not team and not initial:
        return header
    first = header.split()[0].lower() if header.split() else ""
    for line in signature[:5]:
        m = NAME_RE.match(_BRACKETED_HONORIFIC.sub("", line).strip())  # "Dr. (Mrs.) Anita"
        name = m.group("name") if m else ""
        if name and valid_name(name) and not _TEAM.search(name):
            if team or not first or name.lower().startswith(first):
                return name
            break
    intro = _SELF_INTRO.search(email.new_text) if robot else None  # a voicemail's transcript:
    return intro.group("name") if intro else header  # "this is Dave with Reliable Plumbing"


# "voice-noreply@google.com": a service relays someone else's words
_NO_REPLY = re.compile(r"(?i)^[^@]*(no-?reply|do-?not-?reply)[^@]*@")
_SELF_INTRO = re.compile(
    rf"\b(?i:this is|it's|it is|my name is)\s+(?P<name>{TOKEN}(?: {TOKEN})?)(?:,)?\s+"
    r"(?i:with|from|at|of|over at|here)\b"
)


_BRACKETED_HONORIFIC = re.compile(r"(?i)\((?:mrs|mr|ms|miss|dr|prof)\.?\)\s*")
# "Jane Lee via Greenhouse", "Jane Lee | Brightwave", "Jane Lee - Brightwave": the person
_VIA = re.compile(r"(?i)\s+(via|on behalf of|through|from)\s+.*$|\s+[|·–—-]\s+.*$")
_ROBOT = re.compile(r"(?i)(no-?reply|notifications?|calendar|mailer|donotreply|scheduling)")
_TEAM = re.compile(
    r"(?i)\b(talent|recruit\w*|careers?|team|hr|people|hiring|jobs|via|notifications?|inc|ltd|"
    r"gmbh|llc|d[ée]partement|department|departamento|abteilung|dipartimento|facult[yé]|office|"
    r"division|universit[yéà]|universidad|college|institute?|school)\b"
)


def sender_as_interviewer(email: Email, signature: list[str]) -> Person:
    """The writer, with the title their signature gives ("Tessa Morgan | Technical
    Recruiter", or the title on the line under the name)."""
    signature = signature or body_lines(email.new_text, email.sender.name)[1]
    name = signer(email, signature)
    robot = bool(
        _ROBOT.match(email.sender.email or "") or _NO_REPLY.match(email.sender.email or "")
    )
    return Person(
        name=name,
        email=None if robot else email.sender.email,
        title=signature_title(name, signature),
    )


def signature_title(name: str, signature: list[str]) -> str | None:
    if not name:
        return None
    first, last = name.split(maxsplit=1)[0], name.rsplit(maxsplit=1)[-1]
    for i, line in enumerate(signature):
        if first not in line:
            continue
        at = line.find(last)
        rest = line[at + len(last) :] if at >= 0 else ""
        following = signature[i + 1].strip() if i + 1 < len(signature) else ""
        title = title_after(rest) or title_after(", " + following.split("|")[0].strip())
        if title:
            return title.split(" | ")[0]
    return None


def manager_organizes(email: Email) -> bool:
    """The writer sends the calendar invitation and signs as a manager, not as a recruiter
    or coordinator: the hiring manager invites to their own interview."""
    _, signature = body_lines(email.new_text, email.sender.name)
    title = signature_title(signer(email, signature), signature)
    agency = any(_AGENCY.search(line) for line in signature[:5])
    return bool(title) and not RECRUITING_TITLE.search(title or "") and not agency


# "Associate Director | Marylebone Legal Search": a manager of a recruitment agency
_AGENCY = re.compile(
    r"(?i)\b((executive |legal |talent )?search|staffing|resourcing|recruitment|recruiting|"
    r"headhunt\w*|placements?|personalberatung|reclutamiento|recrutamento|consultores)\b"
)


RECRUITING_TITLE = re.compile(
    r"(?i)\b(recruit\w*|talent|hr|human resources?|people|coordinator|sourc\w*|personal\w*|"
    r"secretar\w*|assistante?|selección|seleção|rekrutacji|werving|"
    r"rh|recrutement|reclutamiento|scheduling|assistant|office|admin\w*|"
    # "Graduate Programme Manager", "Early Careers Lead": who runs a hiring scheme schedules
    r"graduate (programmes?|programs?|recruitment|schemes?)|early careers?|campus|"
    # human resources and recruitment in more languages ("İşe Alım Uzmanı | İnsan Kaynakları")
    r"insan kaynaklar\w*|işe alım|recursos humanos|ressources humaines|risorse umane|"
    r"kadr\w*|rekrut\w*|sumber daya manusia|rasilimali watu|nhân sự|tuyển dụng|"
    r"الموارد البشرية|ανθρώπινου δυναμικού|кадр\w*|персонал\w*)\b|人事|採用|인사|채용"
)


_PAIR = re.compile(r"^\s*(?P<a>[^&,]+?)\s+(?:&|and|und|et|y|e)\s+(?P<b>[^&,]+?)\s*$")
_WE_MEET = re.compile(
    r"(?i)\bwe\b(?:[^.!?]{0,60}?\b(?:and|to))?(('d| would) (like|love) to|('ll| will)|"
    r"('re| are) (looking forward|excited) to| (would|'d) (like|love) to)"
    r" (meet|chat with|speak with|talk to|interview) you\b"
)


def co_signers(text: str, signature: list[str]) -> list[str]:
    """ "Tom Hardy & Lisa Wong" signing "We'd love to meet you": both writers interview."""
    if not _WE_MEET.search(text):
        return []
    for line in signature[:3]:
        m = _PAIR.match(line)
        names = [m.group("a"), m.group("b")] if m else []
        if names and all(NAME_RE.fullmatch(n) and valid_name(n) for n in names):
            return names
    return []

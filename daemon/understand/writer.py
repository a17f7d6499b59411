"""Whether the writer is one of the interviewers.

A recruiter who runs the screen themselves ("a 30-minute call with me", "Eu mesma te ligo"),
a hiring manager who writes "Anita and I will be on the call" or signs "Looking forward to
meeting you": the writer interviews. Not a notification robot no person signs for, not a
sentence about an earlier round ("thanks again for speaking with me last Tuesday"), and not
a recruiter who only joins to make introductions.
"""

from __future__ import annotations

import re

from ..model import Email
from .clauses import sentences
from .panel_lists import label_list
from .signature import body_lines, manager_organizes, signer

SELF_SCREEN = re.compile(
    r"(?i)((call|chat|screen|conversation|interview|talk|speak|meet)\w*\s+with\s+me\b|"
    r"\bI('ll| will) (call|ring) you\b|\byou and me\b|\bme and (?-i:[A-Z][a-z]+)|"
    r"[A-Za-z)] and I (will|'ll) (be|join|meet|run)\b|"
    r"\b(e eu|y yo|et moi|und ich|conmigo|comigo|avec moi|mit mir)\b|"
    r"\bI('d| would) (like|love) to (meet|speak|talk|chat) (with )?you|"
    r"\bspeak with me|\bmy calendar|calendly\.com/|\bI will be (conducting|interviewing)|"
    r"\b(cancel|move|reschedule|push) our (\w+ ){0,2}(interview|call|chat|conversation)|"
    r"moi-même|\bmyself\b|\b(and|with|\+) me\b|(?<!to )\bme (\+|and) (?!I\b|I')|"
    r"\bthe undersigned\b|"
    r"\b(eu mesm[ao]|yo mism[ao]|moi-même|ich selbst)\b|\b(te|lhe) (ligo|ligarei|llamo|llamaré)\b|"
    r"\b(gostaria|gostaríamos) de (conversar|falar) com (você|vc)\b|"
    r"\bme gustar[íi]a (hablar|conversar)|"
    r"\bje (vous|t')appellerai\b|\bich rufe (Sie|dich) an\b|"
    r"\b(och|med) mig\b|\b(og|med) meg\b|\ben (met )?mij\b|\be io\b|\bund mir\b|\bet moi\b|"
    r"\bjust me\b|\blet's meet\b|\(me\)|\bI('m| am) (\w+, )?(the|your) hiring manager\b|"
    r"\bwill join us\b|\bI('ll| will) (also )?(be (one of )?your interviewers?|be on the "
    r"(panel|call)|be joining|join (you|the call|the panel))\b|"
    r"\by (conmigo|yo)\b|\bcom(igo| eu)\b|\bvà (tôi|em|chị|anh)\b|\b(and|with) me\.)"
)


def runs_it_themselves(text: str, email: Email) -> bool:
    """The writer is one of the interviewers ("Anita and I will be on the call", "a quick
    call with me"); never a notification robot."""
    sender = email.sender
    robot = re.match(
        r"(?i)(no-?reply|notifications?|calendar|mailer|donotreply)", sender.email or ""
    )
    _, signature = body_lines(email.new_text, sender.name)
    signed = signer(email, signature)
    signs = {signed, signed.split()[0]} if signed else set()
    if robot and not any(line.strip(" -–—~,.") in signs for line in signature[:6]):
        return False  # a robot, and no person signs for it (an ATS relays a recruiter's)
    if not signed:
        return False
    return _says_self(text) or _listed_in(text, signed) or _manager_expects(text, email)


_EXPECTS = re.compile(
    r"(?i)\blooking forward to (meeting|speaking|talking|chatting)( with| to)? you\b|"
    r"\bspeak (to you )?(soon|then)\b|\btalk (to you )?then\b"
)


def _manager_expects(text: str, email: Email) -> bool:
    """ "Looking forward to meeting you" signed by a manager, not a recruiter: the hiring
    manager who writes meets the user."""
    return bool(_EXPECTS.search(text)) and manager_organizes(email)


_ONLY_INTRODUCES = re.compile(
    r"(?i)\b(introduc\w+|briefly|won't (take part|stay)|not (take part|participate|stay)|"
    r"drop off|leave you)\b"
)
_EARLIER = re.compile(
    r"(?i)\b(thanks?|thank you)( \w+)? for (speaking|meeting|talking|chatting|the call)|"
    r"\blast (week|time|\w+day)\b|\byesterday\b|\bearlier (today|this week)\b"
)


def _says_self(text: str) -> bool:
    """The text says the writer interviews, in a sentence not about an earlier round ("thank
    you again for speaking with me last Tuesday")."""
    for line in text.split("\n"):
        for start, end in sentences(line):
            sentence = line[start:end]
            if SELF_SCREEN.search(sentence) and not _EARLIER.search(sentence):
                if _ONLY_INTRODUCES.search(sentence):
                    continue  # "I'll join briefly to make introductions, then leave you"
                return True
    return False


def _listed_in(text: str, name: str) -> bool:
    """ "Interviewers: SATO Kenji and WATANABE Haruka" from WATANABE Haruka."""
    return any(
        m.name.lower() == name.lower()
        for line in text.split("\n")
        if ":" in line or "：" in line
        for m in label_list(line)
    )

"""Who only schedules: the coordinator who sends the invitation or sits on the calendar
for the logistics, not to interview ("Anjali from HR is copied for coordination")."""

from __future__ import annotations

import re

from ..model import Email, Person
from .clauses import sentences
from .signature import body_lines

# ...unless the same clause says they interview: "I've copied Laura, who will interview you"
INTERVIEWS = re.compile(
    r"(?i)\b(your interviewers?|(will|'ll|to) (be )?(interview|meet|join|lead|run)(ing)?\b|"
    r"on the panel|panelists?|(assessed|evaluated|examined|judged|scored) by)"
)
COORDINATOR = re.compile(
    r"(?i)\b((recruiting|recruitment|interview|scheduling|talent|people|candidate experience|hr)"
    r" (coordinator|operations|ops)|coordinator,? (recruiting|talent|people)|scheduler|"
    r"scheduling)\b"
)


def only_schedules(person: Person, email: Email, writer_joins: bool) -> bool:
    """A coordinator who sends the invitation, or is on the calendar to run the logistics."""
    if person.title and COORDINATOR.search(person.title):
        return True
    is_writer = bool(person.email) and person.email == email.sender.email
    if is_writer and not writer_joins and _signature_coordinator(email):
        return True
    return not is_writer and _said_to_coordinate(person, email)


# "It'll be me and our CTO Robert Okafor (cc'd)": where to find him, not what he does
ON_COPY = re.compile(r"(?i)\((?:cc'?d|copied|in cc|on copy)(?: here)?\)")
_LOGISTICS = re.compile(
    r"(?i)\b(coordinat\w*|logistic\w*|scheduling|copied|cc'?d|"
    # "admin", not a title's "Finance & Admin Manager" or "Head of HR & Admin"
    r"(?<!& )(?<!and )admin\w*(?!\s+(?:manager|director|officer|lead|head|executive))|"
    # "any questions, ask Anjali"; not "Dana will go through a design question"
    r"(any|your|have|with|for|of) questions?|questions? (about|regarding|on|for)|"
    r"reach out to (him|her|them)|take (the )?notes|note-?tak\w*|minute-?tak\w*|"
    r"(silent )?observ\w*)\b"
)


def _said_to_coordinate(person: Person, email: Email) -> bool:
    """ "Anjali from HR is copied for coordination": a calendar guest the text names only
    in sentences about logistics, never in one about interviewing."""
    first = (person.name or "").split()[0] if person.name else ""
    if not first:
        return False
    title = person.title or "\0"  # "M. Jean-Baptiste Mercier, administrateur RH": his title
    said = [  # is no word about logistics, nor "(cc'd)" after a name said to be met
        ON_COPY.sub(" ", line[start:end].replace(title, " "))
        for line in body_lines(email.new_text)[0]
        for start, end in sentences(line)
        if has_word(line[start:end], first)
    ]
    return any(_LOGISTICS.search(s) for s in said) and not any(
        INTERVIEWS.search(s) or _INTERVIEWING.search(s) for s in said
    )


_INTERVIEWING = re.compile(
    r"(?i)\b(interview\w*|meet\w*|panel\w*|join\w*|speak\w*|talk\w*|chat\w*|conduct\w*|"
    r"assess\w*|evaluat\w*|"
    # "un entretien avec Mme Hélène Dubois, Directrice administrative": met, not an admin
    r"entretien\w*|entrevista\w*|gespräch\w*|colloquio|intervju\w*|rencontr\w*|conversa\w*|"
    # "Vous serez reçu par M. Kouassi, Directeur Administratif, et Mme Traoré": met
    r"re[çc]ue?s? par|recibid[oa]s? por|recebid[oa]s? por|atender\w*|"
    # "This 30-minute call with Denise Park ... covers your questions", "Denise will call you"
    r"(call|screen|conversation|session) with|(will|'ll) (call|ring|phone) you)\b"
)


def coordinator_signs(email: Email) -> bool:
    """The writer signs as a recruiter or coordinator, or writes from a team's mailbox."""
    team = _TEAM_MAILBOX.match(email.sender.email or "")
    return bool(team or _signature_coordinator(email) or _RECRUITER.search(email.new_text[-400:]))


_TEAM_MAILBOX = re.compile(r"(?i)^(recruit\w*|careers?|jobs|talent\w*|hr|people|hiring)[\w.+-]*@")
_RECRUITER = re.compile(r"(?i)\b(recruit\w*|talent (acquisition|partner)|sourcer|(?-i:HR))\b")


def _signature_coordinator(email: Email) -> bool:
    _, signature = body_lines(email.new_text)
    return any(COORDINATOR.search(line) for line in signature[:4])


def has_word(text: str, word: str) -> bool:
    """`word` stands in `text` as a whole word (no pattern compiled for each name)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (not at or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(word, at + 1)
    return False

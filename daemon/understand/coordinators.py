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


_LOGISTICS = re.compile(
    r"(?i)\b(coordinat\w*|logistic\w*|scheduling|copied|cc'?d|admin\w*|"
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
    word = re.compile(rf"\b{re.escape(first)}\b")
    said = [
        line[start:end]
        for line in body_lines(email.new_text)[0]
        for start, end in sentences(line)
        if word.search(line[start:end])
    ]
    return any(_LOGISTICS.search(s) for s in said) and not any(
        INTERVIEWS.search(s) or _INTERVIEWING.search(s) for s in said
    )


_INTERVIEWING = re.compile(
    r"(?i)\b(interview\w*|meet\w*|panel\w*|join\w*|speak\w*|talk\w*|chat\w*|conduct\w*|"
    r"assess\w*|evaluat\w*|"
    # "un entretien avec Mme Hélène Dubois, Directrice administrative": met, not an admin
    r"entretien\w*|entrevista\w*|gespräch\w*|colloquio|intervju\w*|rencontr\w*|conversa\w*)\b"
)


def _signature_coordinator(email: Email) -> bool:
    _, signature = body_lines(email.new_text)
    return any(COORDINATOR.search(line) for line in signature[:4])

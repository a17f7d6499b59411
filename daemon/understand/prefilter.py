"""The cheap pre-filter: could a message be about the user's job search at all?

`maybe_hiring(email)` decides from the headers and a glance at the text, in microseconds, so
the plainly-not-hiring bulk of an inbox (newsletters, promotions, receipts, notifications,
mailing lists, colleagues at the user's current job) skips the classifier and spaCy. It is
conservative: recruiters write "thanks!" and "Re: tomorrow?", so mail a person wrote to the
user is always read, and so is anything with a calendar part or a hiring word. The mailbox
adapters use a header-only check (`followup.sources.may_be_hiring_headers`) before fetching
bodies; it shares `HIRING_HINT`.
"""

from __future__ import annotations

import re

from ..domains import FREEMAIL
from ..model import Email
from .languages import interview_word
from .vetoes import BULK_HEADERS

HIRING_HINT = re.compile(
    r"(?i)\b(interview|applica|applied|applying|candida|recruit|hiring|hire|position|role\b|"
    r"offer|resume|résumé|\bcv\b|talent|career|job|opportunit|screen|onsite|on-site|"
    r"references?\b|portfolio|next steps|your availability|calendly|greenhouse|lever|workday|"
    r"ashby|smartrecruiters|goodtime|panel|hiring manager|reschedul|cancel|"
    r"entrevista|vacante|vaga|candidatura|postulaci|bewerbung|stelle|vorstellungsgespr|"
    r"entretien|candidature|poste\b|colloquio|sollicit|debrief|feedback|decision|round|"
    r"decide|salary|compensation|start date|congratulat|intervju|ansökan|tjänst|rekryter|"
    r"vacature|selezione|sollicitatie|rekrutac|stanowisk|面接|応募|選考|採用|面试|面試|应聘|應徵|职位|職缺|招聘)"
)
MEETING_TIME = re.compile(
    r"(?i)\b(meet|call|chat|talk|conversation|speak|zoom|teams|video)\w*\b.{0,200}?"
    r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b",
    re.DOTALL,
)
# Robots: mail no person wrote. An ATS writes from such addresses too ("no-reply@greenhouse"),
# but always with a hiring word, which is looked for first. Not info@, hello@ or support@:
# small employers write from those. (The mail adapters' header check uses the same list.)
AUTOMATED = re.compile(
    r"(?i)^(no-?reply|do-?not-?reply|donotreply|notifications?|notify|alerts?|news(letter)?|"
    r"updates?|orders?|receipts?|billing|shipping|marketing|deals|mailer-daemon|postmaster|"
    r"bounces?|security|account(s)?)([+._-].*)?@"
)
HEAD_CHARS = 4000  # of the message's own text: where a hiring message says what it is about


def maybe_hiring(email: Email) -> bool:
    """False only for mail that plainly is not hiring mail: nothing suggests hiring and it
    was sent in bulk, by a robot, or by a colleague at the user's own organisation."""
    if email.calendars:
        return True
    head = (email.text if _FORWARD.search(email.subject) else email.new_text)[:HEAD_CHARS]
    if HIRING_HINT.search(email.subject) or HIRING_HINT.search(head):
        return True
    if interview_word(email.subject):  # "Mülakat daveti", "1차 면접 안내"
        return True
    if any(h in email.headers for h in BULK_HEADERS) or _precedence_bulk(email):
        return False
    sender = email.sender.email or ""
    return not (AUTOMATED.match(sender) or colleague(email))


def _precedence_bulk(email: Email) -> bool:
    return email.headers.get("precedence", "").strip().lower() in {"bulk", "list", "junk"}


def colleague(email: Email) -> bool:
    """Written from the domain the user's own (non-freemail) address is at, by someone else
    (the user's own note to self, a forwarded text saved "so I don't lose it", is not)."""
    address = (email.sender.email or "").lower()
    sender = address.rpartition("@")[2]
    own = {(p.email or "").rpartition("@")[2] for p in email.to}
    to_self = address in {(p.email or "").lower() for p in email.to}
    return bool(sender) and sender in own and sender not in FREEMAIL and not to_self


# A forward's own note says little ("saving this so i dont lose it"): what it forwards counts.
_FORWARD = re.compile(r"(?i)^\s*(fwd?|fw|tr|wg|rv|enc)\s*:")

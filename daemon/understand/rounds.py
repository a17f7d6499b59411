"""Whether the person a clause names belongs to an earlier round of interviews.

"Thanks for speaking with Jenna Roy last week": Jenna met the user already. But in
"Following your conversation with Peter Novak last week, we'd like to invite you to a second
interview with Olga Ivanova" only Peter does: the words of an earlier meeting reach as far as
the comma-separated part where the sentence turns to the new interview ("we'd like to invite
you", "next", "will").
"""

from __future__ import annotations

import re

from .clauses import PAST_MEETING

# "You may remember Marcus Oyelaran from your first round": someone met in an earlier round
MET_BEFORE = re.compile(
    r"(?i)\b(you (may |might )?(remember|recall)|from your (first|previous|last|earlier|initial) "
    r"(round|interview|call|conversation|screen)|who you (met|spoke)|"
    # "Congrats on passing the screen with Tom Hardy!"
    r"(pass(ed|ing)|clear(ed|ing)|complet(ed|ing)|ace[ds]?|acing) (the|your) (\w+ )?"
    r"(screen|round|interview|call|assessment|test) with|"
    # "Today's conversation with Tom Hardy went really well"
    r"(went|was|were) (really |very |so |super )?(well|great|positive|smoothly))\b"
)
_NEW_MEETING = re.compile(
    r"(?i)\b(invit\w*|(would|'d) (like|love)|will|'ll|next|second|third|final|follow-up|"
    r"schedul\w*|set up|arrange\w*|book\w*)\b"
)


_RELATIVE = re.compile(r"(?i),\s+(who|whom)\b")


def earlier_round(clause: str, name: str) -> bool:
    """The clause says the user met `name` before, in the part of it that names them or in
    one before it that the sentence has not yet moved on from."""
    at = clause.find(name)
    end = clause.find(", ", at + len(name)) if at >= 0 else -1
    if end >= 0 and _RELATIVE.match(clause, end):  # "Greg Lund, who you spoke with last week,"
        later = clause.find(", ", end + 2)
        end = later if later >= 0 else len(clause)
    parts = re.split(r",\s+", clause[: end if end >= 0 else len(clause)])
    past = False
    for part in parts:
        if PAST_MEETING.search(part) or MET_BEFORE.search(part):
            past = True
        elif _NEW_MEETING.search(part):
            past = False
    return past

"""People a line names who are not met in the interview the message is about.

"Our CTO, whom you'll meet in a later round", "Original panel: ...", "Daniel reports to our
CFO, Miriam Levi", "Pat Quinn will meet you at reception", "11:00 Lunch with Jordan Pike
(informal, not an interview)", "Ben Ortiz will join as a silent observer": named near a
meeting, yet no interviewer of this one.
"""

from __future__ import annotations

import re

from .clauses import clause_at
from .coordinators import INTERVIEWS


def aside(name: str, clause: str, line: str) -> bool:
    """The clause (or its line's label) puts the person named in it aside: a later round,
    an earlier list, the company's story, a greeter, a meal, an observer."""
    if _LATER.search(clause) or _OLD_LIST.match(line) or _LATER.search(_said_before(line, name)):
        return True  # "If successful, you will be booked for a medical with Dr. Yaw Boateng"
    if _RELATION.search(clause[: max(clause.find(name), 0)]) and not INTERVIEWS.search(clause):
        return True
    own = _own_part(clause, name)
    greets = _GREETS.search(_until_next_step(clause, name))  # not "..., then have lunch"
    if greets and not _INTERVIEW.search(clause):
        return True  # "Brianna will meet you at the front desk and walk you out"
    said = _NEGATED.sub(" ", clause)  # "... may drop by to say hello - this is not an interview"
    if greets and not (_INTERVIEW.search(said) or INTERVIEWS.search(said)):
        return True
    if _GREETS.search(own) and not _INTERVIEW.search(_NEGATED.sub(" ", _AROUND.sub(" ", clause))):
        return True  # "Anna will meet you at reception - she won't sit in on the interview"
    if _NOT_RATING.search(_sentence_after(line, name)):
        return (
            True  # "Ms. Carol Ybarra ... will attend as the HR representative; she will not rate"
        )
    if _NOT_THE_INTERVIEW.search(clause):
        return True  # "an informal pre-interview visit with the Clinical Director, Dr Treloar"
    if _TENTATIVE.search(own) or _TENTATIVE.search(_tail(clause, name)):
        return True  # "Tom Baker is optional - he may join if his schedule allows"
    if _NOTED_AS_NO_INTERVIEW.match(clause, max(clause.find(name), 0)):
        return True  # "coffee with Marco from the design team (informal, not an interview)"
    return bool(_OBSERVES.search(own) or _OBSERVES.search(_tail(clause, name)))


_NOT_RATING = re.compile(
    r"(?i)^[^.!?]*?[;,]\s*(she|he|they)\s+(will not|won't|does not|doesn't|do not|don't)\s+"
    r"(rate|score|evaluate|assess|vote|ask (you )?(any )?questions|take part)\b"
)


def _sentence_after(line: str, name: str) -> str:
    """The person's sentence from their name on."""
    at = line.find(name)
    return line[at + len(name) :] if at >= 0 else ""


_NOT_THE_INTERVIEW = re.compile(
    r"(?i)\b(pre-?interview (visit|call|chat|tour)|informal (visit|tour)|open (day|evening)|"
    r"information (session|evening))\b"
)
_TENTATIVE = re.compile(
    r"(?i)\b((is|are|as) (an? )?optional|if (his|her|their) (schedule|diary|calendar|time) "
    r"(allows|permits)|if (he|she|they) (is|are|'s|'re) (free|available))\b"
)
_NEXT_STEP = re.compile(r"(?i),?\s+(then|after that|followed by)\b")


def _until_next_step(clause: str, name: str) -> str:
    """The clause up to the next step of the day after the person ("..., then have lunch
    with our Analyst Program Lead"): what comes then is no part of meeting them."""
    at = clause.find(name)
    step = _NEXT_STEP.search(clause, at + len(name)) if at >= 0 else None
    return clause[: step.start()] if step else clause


def observes(name: str, text: str) -> bool:
    """The text says the person (by full or given name) only observes: "Ben Ortiz will join
    as a silent observer" (a calendar guest who asks no questions)."""
    first = name.split(maxsplit=1)[0] if name.split() else ""
    for line in text.split("\n") if first and _OBSERVES.search(text) else ():
        at = line.find(first)
        if at >= 0 and _OBSERVES.search(line):
            clause = clause_at(line, at)
            if _OBSERVES.search(_own_part(clause, first)) or _OBSERVES.search(_tail(clause, first)):
                return True
    return False


# a sentence's end, not an honorific's full stop ("Dr. Yaw Boateng")
_STOP = re.compile(
    "".join(f"(?<!\\b{t})" for t in ("Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Sra", "Ing"))
    + r"[.!?]\s"
)


def _said_before(line: str, name: str) -> str:
    """The words of the person's sentence before them (the clauses before theirs too)."""
    at = line.find(name)
    if at <= 0:
        return ""
    stops = list(_STOP.finditer(line[:at]))
    return line[stops[-1].end() if stops else 0 : at]


def _tail(clause: str, name: str) -> str:
    """From the person to the next person's part: "Ms. Faith Otieno, Human Resources
    Officer, will attend as the HR observer" (her title's commas cut no part here)."""
    rest = clause[max(clause.find(name), 0) :]
    cut = _NEXT_PART.search(rest)
    return rest[: cut.start()] if cut else rest


_NEXT_PART = re.compile(r"(?i)\s+(?:and|while|but|whereas)\s+|;")


# a note in brackets right after the person: "(informal, not an interview)", "(not assessed)"
_NOTED_AS_NO_INTERVIEW = re.compile(
    r"(?i)[^,;()]*\((?:[^()]*,\s*)?(not (an? |part of the )?(interview|assessment)|"
    r"not (assessed|evaluated|scored))"
)


# what makes a meal or a meeting place the interview: "the CEO would like to meet you over
# breakfast at the Langham"
_INTERVIEW = re.compile(r"(?i)interview|panel|(would|'d) (like|love) to (meet|see) you")


_RELATION = re.compile(
    r"(?i)\b(reports? (in)?to|reporting (in)?to|(co-?)?founded by|succeed(s|ed|ing)|"
    r"our (last|previous|recent) hire|(who|whom) (you )?(replaced|succeeded)|"
    r"previously|formerly|used to work|(he|she|they) (worked|studied|trained)|joined (us|the "
    r"company|the team) (last|in|from))\b"
)
_LATER = re.compile(
    r"(?i)\b(in a (later|future|subsequent) (round|stage)|at a later stage|later in the process|"
    r"if (you|we) (progress|move forward|proceed)|should (you|we) (progress|move forward)|"
    # "If successful, you will be booked for a pre-employment medical with Dr. Yaw Boateng"
    r"if (you are |you're )?successful|"
    r"shortlisted candidates|"
    r"(at|in|for) the (next|later|subsequent|future) (round|stage)|"
    # "If it all lines up, the next step would be a technical conversation with Ben Cole"
    r"if (it|that|this|all|everything) (all )?(goes well|lines up|works out))\b"
)
_OLD_LIST = re.compile(
    r"(?i)^\W*(original|previous|old|former|initial|ursprünglich\w*|anterior|ancien\w*|"
    r"précédent\w*|vorige|bisherige\w*)\b[^:：]{0,30}[:：]"
)
_GREETS = re.compile(
    r"(?i)\b(reception|lobby|front desk|entrance|greet\w*|badge|escort\w*|show you (a)?round|"
    r"give you a tour|parking|walk you (to|over|down|up|out|around|round)|pick you up|"
    r"take you (to|around|round|up)|"
    r"take you through (to|the (building|office|security|lobby))|"
    r"collect you|bring you (up|over|to)|arrivals|airport|drives? you|pick(s)? you up|"
    r"(pop|drop|stop)s? (in|by)|say (hello|hi)|"
    r"(verif\w*|check\w*) (your |the )?(documents?|id|identity|certificates|credentials|papers)|"
    # "11:00 Lunch with Jordan Pike": a meal, a tour or a buddy is no part of the evaluation
    # "09:30 Welcome talk from our CEO, Mark Ellison": a talk to the room, no interview
    r"welcome (talk|address|speech|presentation|session|note)|opening (remarks|address|talk)|"
    r"keynote|(company|business|group) (presentation|overview|introduction)|"
    r"lunch|dinner|breakfast|tour|buddy|not (be )?(part of|evaluated|"
    r"assessed|scored)|off the record)\b"
)


# "(informal, not an interview)", "she won't sit in on the interview": no interview said
_NEGATED = re.compile(r"(?i)(\b(not|no|never)\b|n't\b)[^.;,()]{0,30}?\b(interview|panel)\w*")


# "... at the front desk before the interview": when, not who interviews
_AROUND = re.compile(r"(?i)\b(before|after|ahead of|prior to) (the|your) (interview|panel)\b")


_OBSERVES = re.compile(
    r"(?i)\b(as (an?|the) ([\w-]+ ){0,2}(observer|note-?taker|minute-?taker)|"
    r"to (observe|take notes)|(will|'ll) (only )?observe|observing|"
    # "Sofia will shadow the interview as part of her training and won't ask questions"
    r"shadow(s|ing)? (the|your|this) (interview|call|session|panel|conversation)|"
    r"(won't|will not|doesn't|does not|not) (be )?ask(ing)? (you )?(any )?questions|"
    r"(only|just) (be )?listen(ing)?( in)?|listen(s|ing)? in)\b"
)


def _own_part(clause: str, name: str) -> str:
    """The part of a clause about one person: "The interview will be led by Jane Whitfield,
    and Marcus will observe" has one part for each."""
    at = max(clause.find(name), 0)
    parts = re.finditer(r"[^,]+?(?=,\s+|\s+and\s+|$)", clause)
    return next((m.group(0) for m in parts if m.start() <= at < m.end() + 1), clause)


# "Tanvir Chowdhury's team lead, Oksana Melnyk": the one met is who the possessor has
POSSESSOR = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,?\s+(?:[A-ZÀ-Þ][\w'’-]+\s?){2}")
# an instruction with a keyword in capitals, not a name: "Reply RESCHEDULE", "Text STOP"
COMMAND = re.compile(r"(?i:reply|text|click|tap|press|type|call|visit|select|book)\s+[A-Z]{2,}\b")

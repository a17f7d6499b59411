"""Who will interview the user: names, titles, addresses.

Only the people of the interview this message is about: names the NER finds in lines that
talk about meeting or interviewing (or in a panel list under such a line), never the user,
never the coordinator who only schedules, never a panelist who was replaced, never people in
quoted history (the caller passes `Email.new_text`). A recruiter who runs the screen
themselves ("a 30-minute call with me") is an interviewer. Calendar attendees are exact and
come first; titles come from the panel list or from signatures, addresses from the same
line, the calendar, or the Cc list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..model import Email, Person
from .addresses import EMAIL, address_matches, address_on_line
from .clauses import PAST_MEETING, clause_at, sentences
from .components import natural_name
from .guests import Context, context, descriptions, from_calendar, is_user, lone_organizer
from .mentions import (
    Mention,
    action_mentions,
    line_mentions,
    looks_like_title,
    title_after,
    valid_name,
)
from .names import bracketed, clean_name, coordinated, dedupe, org_like, whole_name
from .panel_lists import (
    LABEL_ALONE,
    column_item,
    label_list,
    list_item,
    role_label,
    table_column,
)
from .signature import body_lines, sender_as_interviewer
from .substitutes import replaced
from .writer import runs_it_themselves

__all__ = [  # the calendar's people are read in guests.py; the pipeline asks here
    "INTERVIEWS",
    "MEET",
    "NOT_INTERVIEWER",
    "Context",
    "add_details",
    "context",
    "from_calendar",
    "from_text",
    "merged",
    "only_schedules",
    "runs_it_themselves",
]

MEET = re.compile(
    r"(?i)\b(meet|meeting|interview(s|ed|ing|er|ers)?|speak|speaking|talk|talking|chat|joined|"
    r"hiring manager|(?:you|tu|du|vous|usted|você),\s+(?-i:[A-Z])\w+\s+(?:and|e|y|und|et)|"
    r"panel|panelists?|join(ing)?|conduct|lead(ing)?|run(ning)?|with|hosted by|led by|"
    r"entrevistador\w*|com quem|con quien|mit|avec|committee|me and|and I|rencontr\w*|"
    r"conversar\w*|convers\w*|hablar\w*|spreekt|spreken|sprechen|treffen|träffa\w*|incontr\w*|"
    r"conocer\w*|entrevista\w*|entretien|gespräch\w*|colloquio|con|com|met|med|"
    r"rozmow\w*|spotkani\w*|udział|gesprek\w*|gevoerd|intervju\w*|pohovor\w*|haastattel\w*|"
    r"sollicitatie\w*|vorstellungs\w*|面接|available|cover(s|ing)?|step(s|ping)? in|"
    r"fill(s|ing)? in|take over|stand(s|ing)? in|instead|replac\w+|remplac\w+|sustitu\w+|"
    r"reemplaz\w+|vertret\w+|sostitu\w+|substitu\w+|vervang\w+)\b"
)
LIST_HEADER = re.compile(
    r"(?i)(panel|interviewers?|you('ll| will) (meet|be meeting|speak|be speaking)|"
    r"meeting with|schedule|agenda|line-?up|who you('ll| will) meet)\b(?:.*:|[^.!?]{0,30})\s*$"
)
NOT_INTERVIEWER = re.compile(
    r"(?i)\b(coordinat|schedul(?!e\b)|(?:will|to|'ll|can|help) schedule|cc'?d|copied|"
    r"questions?,? (please )?(reach|contact)|"
    r"(if you have|any|with) (any )?questions|can help|happy to help|mentioned|"
    r"referred you|secretar|minute[- ]?taker|note[- ]?taker|observer|"
    r"reach out to|contact|referred|reference|assistant|reply to)\w*"
)
# ...unless the same clause says they interview: "I've copied Laura, who will interview you"
INTERVIEWS = re.compile(
    r"(?i)\b(your interviewers?|(will|'ll|to) (be )?(interview|meet|join|lead|run)(ing)?\b|"
    r"on the panel|panelists?)"
)
COORDINATOR = re.compile(
    r"(?i)\b((recruiting|recruitment|interview|scheduling|talent|people|candidate experience|hr)"
    r" coordinator|coordinator,? (recruiting|talent|people)|scheduler|scheduling)\b"
)
GREETING = re.compile(r"(?i)^\s*(hi|hello|dear|hey|good (morning|afternoon))\b")


def from_text(doc: Any, ctx: Context, more: bool = True) -> list[Person]:
    """Interviewers named in the message's own text (`doc` is the NER of new_text, or plain
    text read without it): names with a title in the body ("Name, Title"), and NER names in
    lines about meeting or under a panel-list header; the sender too when they run the
    interview themselves. With nobody there (and `more`), the subject, the invitation's
    organizer and its description say who."""
    text: str = doc if isinstance(doc, str) else doc.text
    main, signature = body_lines(text, ctx.email.sender.name)
    lines = _line_spans(text)[: len(main)]
    people: list[Person] = []
    listed: list[Person] = []  # named in a list of interviewers: the writer too
    in_list = False
    column: int | None = None  # the people's column of a table, and its width
    width = 0
    for number, (start, _, line) in enumerate(lines):
        if GREETING.match(line) and len(line) < 40:  # "Hi Jordan," alone on its line
            continue
        following = lines[number + 1][2] if number + 1 < len(lines) else ""
        row = column is not None and " | " in line  # under "Time | Interviewer | Focus"
        if column is not None and row:
            items = label_list(line) or column_item(line, column, width)
        else:
            items = _list_items(lines, number, in_list)
        if not row and line.strip() and not RULE.match(line):  # "---|---" goes on to the rows
            column, width = table_column(line), line.count(" | ") + 1
        listed += [
            Person(name=m.name, email=address_on_line(line, m.name), title=m.title)
            for m in items
            if not replaced(line, m.start)
        ]
        # a title on the line under a listed name ("Tom Hardy" / "Analytics Lead") goes on
        in_list = bool(items or LABEL_ALONE.match(line) or (in_list and looks_like_title(line)))
        found = [(m.name, m.title, m.start) for m in items]
        if not found:  # every way of naming someone on this line, merged by _dedupe
            meeting = bool(MEET.search(line))
            mentions = [*line_mentions(line, following), *action_mentions(line, meeting)]
            found = [(m.name, m.title, m.start) for m in mentions]
            under = _under_list_header(lines, number)
            if meeting or under:  # in a paragraph, only the sentences about meeting
                found += [
                    n
                    for n in _ner_names(doc, start, line)
                    if under or _about_meeting(line, n[2], n[0])
                ]
                found += [(m.name, m.title, m.start) for m in bracketed(line) if under]
            found += [(m.name, None, m.start) for m in coordinated(line, [f[2] for f in found])]
        people.extend(
            Person(name=name, email=address_on_line(line, name), title=title)
            for name, title, at in found
            if _keep(name, title, line, at, ctx)
        )
    people += [p for p in listed if p.name and _is_sender(p.name, ctx.email) and not _schedules(p)]
    if runs_it_themselves(" ".join(main), ctx.email):
        people.insert(0, sender_as_interviewer(ctx.email, signature))
    if more and not people:
        people = _from_subject(ctx) or lone_organizer(ctx) or _from_descriptions(ctx)
    return dedupe([p for p in people if not org_like(p.name, ctx.email)])


def _list_items(lines: list[tuple[int, int, str]], number: int, in_list: bool) -> list[Mention]:
    """The people a line of a list names: "Interviewers: A, B", a bullet under a panel
    header, the line under a label alone, "Hiring manager: Sven Olsen"."""
    line = lines[number][2]
    bullet = BULLET.match(line) and _under_list_header(lines, number)
    items = label_list(line) or (list_item(BULLET.sub("", line)) if in_list or bullet else [])
    if not items and (in_list or _under_list_header(lines, number)):
        items = role_label(BULLET.sub("", line))
    return items


RULE = re.compile(r"^[\s|:+=-]*-{3,}[\s|:+=-]*$")  # a table's rule under its header row
BULLET = re.compile(r"^\s*(?:[-*•·●▪◦]|\d+[.)])\s+")


def _from_subject(ctx: Context) -> list[Person]:
    """ "Interview with Tom Hardy - Data Analyst": the subject names whom the user meets."""
    return [
        Person(name=m.name, title=m.title)
        for m in action_mentions(ctx.email.subject, meeting=True)
        if not is_user(m.name, ctx) and not _is_sender(m.name, ctx.email)
    ]


def _from_descriptions(ctx: Context) -> list[Person]:
    """ "Your interviewers:" in the attached invitation's description, under a long body."""
    return [p for text in descriptions(ctx.email) for p in from_text(text, ctx, more=False)]


def _ner_names(doc: Any, start: int, line: str) -> list[tuple[str, str | None, int]]:
    if isinstance(doc, str):
        return []  # plain text: no NER
    out = []
    for ent in doc.char_span(start, start + len(line), alignment_mode="expand").ents:
        name = clean_name(ent._.natural)
        if ent.label_ == "PERSON" and name and len(name.split()) == 1:
            name = whole_name(line, ent.start_char - start, ent.end_char - start) or name
        rest = doc.text[ent.end_char : start + len(line)]
        if re.match(r"\s*\d", rest):  # "Kalvebod Brygge 24": a street and its number
            continue
        if ent.label_ == "PERSON" and name and len(name.split()) >= 2 and valid_name(name):
            out.append((name, title_after(rest), ent.start_char - start))
    return out


def _keep(name: str, title: str | None, line: str, at: int, ctx: Context) -> bool:
    clause = clause_at(line, at)
    if replaced(line, at) or is_user(name, ctx) or _is_sender(name, ctx.email):
        return False
    if _schedules(Person(name=name, title=title)):
        return False
    if (PAST_MEETING.search(clause) or _MET_BEFORE.search(clause)) and not INTERVIEWS.search(
        clause
    ):
        return False  # "thanks for speaking with Jenna Roy last week": an earlier round
    if _LATER.search(clause) or _OLD_LIST.match(line):
        return False  # "our CTO, whom you'll meet in a later round", "Original panel: ..."
    if _GREETS.search(clause) and not re.search(r"(?i)interview|panel", clause):
        return False  # "Pat Quinn will meet you at reception": greets, does not interview
    # "I've scheduled your interview with Jordan Blake": the interview is with them
    return _met(line[:at]) or bool(INTERVIEWS.search(clause)) or not NOT_INTERVIEWER.search(clause)


_LATER = re.compile(
    r"(?i)\b(in a (later|future|subsequent) (round|stage)|at a later stage|later in the process|"
    r"if you (progress|move forward)|should you (progress|move forward))\b"
)
_OLD_LIST = re.compile(
    r"(?i)^\W*(original|previous|old|former|initial|ursprünglich\w*|anterior|ancien\w*|"
    r"précédent\w*|vorige|bisherige\w*)\b[^:：]{0,30}[:：]"
)
_GREETS = re.compile(
    r"(?i)\b(reception|lobby|front desk|entrance|greet\w*|badge|escort\w*|show you (a)?round|"
    r"give you a tour|parking)\b"
)
# "You may remember Marcus Oyelaran from your first round": someone met in an earlier round
_MET_BEFORE = re.compile(
    r"(?i)\b(you (may |might )?(remember|recall)|from your (first|previous|last|earlier|initial) "
    r"(round|interview|call|conversation|screen)|who you (met|spoke))\b"
)


def _schedules(person: Person) -> bool:
    return bool(person.title and (COORDINATOR.search(person.title) or person.title == "organizer"))


def _met(before: str) -> bool:
    """The words just before a name make it the person the user meets."""
    near = before[-40:]
    return bool(
        re.search(r"(?i)\b(with|meet|meeting|interviewed by|conducted by)\s*$", near)
    ) and not (re.search(r"(?i)(reach out|contact|questions?|cc'?d|copied|coordinat|reply)", near))


def _line_spans(text: str) -> list[tuple[int, int, str]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return spans


def _about_meeting(line: str, at: int, name: str) -> bool:
    """The sentence naming someone talks about meeting, or another one does and names them
    again ("Lorenzo Bassi is away Thursday. ... the three of us: you, Lorenzo and me")."""
    first = re.compile(rf"\b{re.escape(name.split(maxsplit=1)[0])}\b")
    named = False  # the previous sentence named them: "She'd like to meet on Tuesday"
    for start, end in sentences(line):
        sentence = line[start:end]
        said = start <= at < end or bool(first.search(sentence))
        if MEET.search(sentence) and (said or (named and _PRONOUN.match(sentence))):
            return True
        named = start <= at < end
    return False


_PRONOUN = re.compile(r"(?i)^\s*(she|he|they)\b")


def _under_list_header(lines: list[tuple[int, int, str]], line_no: int) -> bool:
    for back in range(line_no - 1, max(-1, line_no - 8), -1):
        text = lines[back][2].strip()
        if not text:
            continue
        if LIST_HEADER.search(text) or (text.endswith(":") and MEET.search(text)):
            return True
        if not re.match(r"^\s*([-*•·●▪◦]|\d+[.)]|[A-Z])", text):
            return False
    return False


def _is_sender(name: str, email: Email) -> bool:
    sender = natural_name(email.sender.name) if email.sender.name else ""
    return bool(sender) and name.lower() == sender.lower()


def only_schedules(person: Person, email: Email, writer_joins: bool) -> bool:
    """A coordinator who sends the invitation, or is on the calendar to run the logistics."""
    if person.title and COORDINATOR.search(person.title):
        return True
    is_writer = bool(person.email) and person.email == email.sender.email
    if is_writer and not writer_joins and _signature_coordinator(email):
        return True
    return not is_writer and _said_to_coordinate(person, email)


_LOGISTICS = re.compile(
    r"(?i)\b(coordinat\w*|logistic\w*|scheduling|copied|cc'?d|admin\w*|questions?|"
    r"reach out to (him|her|them))\b"
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
    r"(?i)\b(interview\w*|meet\w*|panel\w*|join\w*|speak\w*|talk\w*|chat\w*|conduct\w*)\b"
)


def _signature_coordinator(email: Email) -> bool:
    _, signature = body_lines(email.new_text)
    return any(COORDINATOR.search(line) for line in signature[:4])


def add_details(people: Iterable[Person], doc: Any, email: Email) -> list[Person]:
    """Fill missing titles from the text and missing addresses from headers/text."""
    text_people = {m.name: m for m in _all_mentions(email.new_text)}
    addresses = [p.email for p in (*email.to, *email.cc, *email.reply_to) if p.email]
    addresses += [a.lower() for a in EMAIL.findall(email.new_text)]
    out = []
    for p in people:
        found = text_people.get(p.name or "")
        title = p.title or (found.title if found else None)
        address = p.email or next(
            (a for a in addresses if p.name and address_matches(a, p.name)), None
        )
        out.append(Person(name=p.name, email=address, title=title))
    return out


def _all_mentions(text: str) -> list[Mention]:
    """Every "Name, Title" anywhere in the message's own text (titles for calendar guests)."""
    lines = text.split("\n")
    found: list[Mention] = []
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else ""
        found.extend(label_list(line) or line_mentions(line, following))
    return found


def merged(found: list[Person], more: list[Person]) -> list[Person]:
    """ "Priya" from the text and "Priya Raman" from the Cc list are one person."""
    return dedupe([*found, *more]) if more else found

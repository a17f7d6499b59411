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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..model import Email, Person
from .addresses import EMAIL, address_matches, address_on_line, ascii_fold, name_from_address
from .calendar import CalEvent
from .clauses import PAST_MEETING, clause_at, replaced, sentences
from .components import HONORIFICS, natural_name
from .mentions import (
    LABEL_ALONE,
    Mention,
    action_mentions,
    column_item,
    label_list,
    line_mentions,
    list_item,
    looks_like_title,
    role_label,
    table_column,
    title_after,
    valid_name,
)
from .signature import body_lines, sender_as_interviewer, signer

MEET = re.compile(
    r"(?i)\b(meet|meeting|interview(s|ed|ing|er|ers)?|speak|speaking|talk|talking|chat|joined|"
    r"hiring manager|(?:you|tu|du|vous|usted|você),\s+(?-i:[A-Z])\w+\s+(?:and|e|y|und|et)|"
    r"panel|panelists?|join(ing)?|conduct|lead(ing)?|run(ning)?|with|hosted by|led by|"
    r"entrevistador\w*|com quem|con quien|mit|avec|committee|me and|and I|rencontr\w*|"
    r"conversar\w*|convers\w*|hablar\w*|spreekt|spreken|sprechen|treffen|träffa\w*|incontr\w*|"
    r"conocer\w*|entrevista\w*|entretien|gespräch\w*|colloquio|con|com|met|med)\b"
)
LIST_HEADER = re.compile(
    r"(?i)(panel|interviewers?|you('ll| will) (meet|be meeting|speak|be speaking)|"
    r"meeting with|schedule|agenda|line-?up|who you('ll| will) meet)\b(?:.*:|[^.!?]{0,30})\s*$"
)
NOT_INTERVIEWER = re.compile(
    r"(?i)\b(coordinat|schedul|cc'?d|copied|questions?,? (please )?(reach|contact)|"
    r"(if you have|any|with) (any )?questions|can help|happy to help|mentioned|"
    r"referred you|"
    r"reach out to|contact|referred|reference|assistant|reply to)\w*"
)
# ...unless the same clause says they interview: "I've copied Laura, who will interview you"
INTERVIEWS = re.compile(
    r"(?i)\b(your interviewers?|(will|'ll|to) (be )?(interview|meet|join|lead|run)(ing)?\b|"
    r"on the panel|panelists?)"
)
SELF_SCREEN = re.compile(
    r"(?i)((call|chat|screen|conversation|interview|talk|speak|meet)\w*\s+with\s+me\b|"
    r"\bI('ll| will) (call|ring) you\b|\byou and me\b|\bme and (?-i:[A-Z][a-z]+)|"
    r"[A-Za-z)] and I (will|'ll) (be|join|meet|run)\b|"
    r"\b(e eu|y yo|et moi|und ich|conmigo|comigo|avec moi|mit mir)\b|"
    r"\bI('d| would) (like|love) to (meet|speak|talk|chat) (with )?you|"
    r"\bspeak with me|\bmy calendar|calendly\.com/|\bI will be (conducting|interviewing)|"
    r"\b(cancel|move|reschedule|push) our (\w+ ){0,2}(interview|call|chat|conversation)|"
    r"moi-même|\bmyself\b|\b(and|with|\+) me\b|\bme (\+|and) |\bthe undersigned\b|"
    r"\b(och|med) mig\b|\b(og|med) meg\b|\ben (met )?mij\b|\be io\b|\bund mir\b|\bet moi\b|"
    r"\bjust me\b|\blet's meet\b|\(me\)|\bI('m| am) the hiring manager\b|\bwill join us\b|"
    r"\by (conmigo|yo)\b|\bcom(igo| eu)\b|\bvà (tôi|em|chị|anh)\b|\b(and|with) me\.)"
)
COORDINATOR = re.compile(
    r"(?i)\b((recruiting|recruitment|interview|scheduling|talent|people|candidate experience|hr)"
    r" coordinator|coordinator,? (recruiting|talent|people)|scheduler|scheduling)\b"
)
GREETING = re.compile(r"(?i)^\s*(hi|hello|dear|hey|good (morning|afternoon))\b")


@dataclass(frozen=True)
class Context:
    email: Email
    user_names: frozenset[str]  # lower-case words of the user's name
    user_addresses: frozenset[str]


def context(email: Email) -> Context:
    names: set[str] = set()
    for person in email.to:
        if person.name:
            names.update(w.lower() for w in natural_name(person.name).split())
    greeting = GREETING_NAME.search(email.new_text[:300])
    if greeting:  # "Hi Jordan," names the user even when the To header does not
        names.add(greeting.group("name").lower())
    addresses = {p.email for p in email.to if p.email}
    return Context(email, frozenset(names), frozenset(addresses))


GREETING_NAME = re.compile(
    r"(?im)^\s*(?:hi|hello|dear|hey|hola|ol[aá]|bonjour|hallo|ciao)\s+"
    r"(?:(?:mr|ms|mrs|mx|dr|herr|frau|sr|sra)\.?\s+)?(?P<name>[A-ZÀ-Þ][\w'-]+)"
)


def from_calendar(events: Sequence[CalEvent], ctx: Context, writer_joins: bool) -> list[Person]:
    """Attendees of the invitation, minus the user, the organizer who only schedules (unless
    the text says the writer joins), rooms and robots."""
    people: list[Person] = []
    for event in events:
        organizer = event.organizer.email if event.organizer else None
        attendees = list(event.attendees)
        if writer_joins and event.organizer and organizer == ctx.email.sender.email:
            attendees.append(event.organizer)
        for att in attendees:
            if att.email in ctx.user_addresses or _is_user(att.name, ctx):
                continue
            if att.email == organizer and len(event.attendees) > 2 and not writer_joins:
                continue
            if att.email and att.email.startswith(("noreply", "no-reply", "calendar")):
                continue
            name = natural_name(att.name) if att.name else name_from_address(att.email)
            people.append(Person(name=name, email=att.email))
    return _dedupe(people)


def _is_user(name: str | None, ctx: Context) -> bool:
    if not name:
        return False
    words = [w.lower() for w in natural_name(name).split()]
    if not words:
        return False
    # "Jordan Avery" when only "Hi Jordan," named the user: the same given name
    return set(words) <= ctx.user_names or (len(ctx.user_names) == 1 and words[0] in ctx.user_names)


def from_text(doc: Any, ctx: Context) -> list[Person]:
    """Interviewers named in the message's own text (`doc` is the NER of new_text): names
    with a title in the body ("Name, Title"), and NER names in lines about meeting or under
    a panel-list header; the sender too when they run the interview themselves."""
    text: str = doc.text
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
        bullet = BULLET.match(line) and _under_list_header(lines, number)
        items = label_list(line) or (list_item(BULLET.sub("", line)) if in_list or bullet else [])
        if not items and (in_list or _under_list_header(lines, number)):
            items = role_label(BULLET.sub("", line))  # "Hiring manager: Sven Olsen"
        if column is not None and " | " in line:  # a row under "Time | Interviewer | Focus"
            items = items or column_item(line, column, width)
        elif line.strip():
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
        people.extend(
            Person(name=name, email=address_on_line(line, name), title=title)
            for name, title, at in found
            if _keep(name, title, line, at, ctx)
        )
    people += [p for p in listed if p.name and _is_sender(p.name, ctx.email) and not _schedules(p)]
    if runs_it_themselves(" ".join(main), ctx.email):
        people.insert(0, sender_as_interviewer(ctx.email, signature))
    people = people or _from_subject(ctx)
    return _dedupe([p for p in people if not _org_like(p.name, ctx.email)])


BULLET = re.compile(r"^\s*(?:[-*•·●▪◦]|\d+[.)])\s+")


def _from_subject(ctx: Context) -> list[Person]:
    """ "Interview with Tom Hardy - Data Analyst": the subject names whom the user meets."""
    return [
        Person(name=m.name, title=m.title)
        for m in action_mentions(ctx.email.subject, meeting=True)
        if not _is_user(m.name, ctx) and not _is_sender(m.name, ctx.email)
    ]


def runs_it_themselves(text: str, email: Email) -> bool:
    """The writer is one of the interviewers ("Anita and I will be on the call", "a quick
    call with me"); never a notification robot."""
    sender = email.sender
    robot = re.match(
        r"(?i)(no-?reply|notifications?|calendar|mailer|donotreply)", sender.email or ""
    )
    _, signature = body_lines(email.new_text, sender.name)
    signed = signer(email, signature)
    if robot and signed == natural_name(sender.name or ""):
        return False  # a robot, and no person signs for it
    return bool(signed) and (bool(SELF_SCREEN.search(text)) or _listed_in(text, signed))


def _listed_in(text: str, name: str) -> bool:
    """ "Interviewers: SATO Kenji and WATANABE Haruka" from WATANABE Haruka."""
    return any(
        m.name.lower() == name.lower()
        for line in text.split("\n")
        if ":" in line or "：" in line
        for m in label_list(line)
    )


def _ner_names(doc: Any, start: int, line: str) -> list[tuple[str, str | None, int]]:
    out = []
    for ent in doc.char_span(start, start + len(line), alignment_mode="expand").ents:
        name = _clean_name(ent._.natural)
        rest = doc.text[ent.end_char : start + len(line)]
        if re.match(r"\s*\d", rest):  # "Kalvebod Brygge 24": a street and its number
            continue
        if ent.label_ == "PERSON" and name and len(name.split()) >= 2 and valid_name(name):
            out.append((name, title_after(rest), ent.start_char - start))
    return out


def _keep(name: str, title: str | None, line: str, at: int, ctx: Context) -> bool:
    clause = clause_at(line, at)
    if replaced(line, at) or _is_user(name, ctx) or _is_sender(name, ctx.email):
        return False
    if _schedules(Person(name=name, title=title)):
        return False
    if PAST_MEETING.search(clause) and not INTERVIEWS.search(clause):
        return False  # "thanks for speaking with Jenna Roy last week": an earlier round
    # "I've scheduled your interview with Jordan Blake": the interview is with them
    return _met(line[:at]) or bool(INTERVIEWS.search(clause)) or not NOT_INTERVIEWER.search(clause)


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
    for start, end in sentences(line):
        sentence = line[start:end]
        if MEET.search(sentence) and (start <= at < end or first.search(sentence)):
            return True
    return False


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


_ORG_WORDS = re.compile(
    r"(?i)\b(talent acquisition|recruiting|recruitment|careers|team|hr|people ops|inc|ltd|llc|"
    r"gmbh|bpo|group|solutions|technologies|holdings|bank|university)\b"
)


def _org_like(name: str | None, email: Email) -> bool:
    """ "Prairieview Health Talent Acquisition", "Bayanihan BPO", "Red Mesa Solar": the
    employer's name read as a person's (it is the sender's domain, or says what it is)."""
    if not name:
        return False
    squashed = re.sub(r"[^a-z]", "", ascii_fold(name.lower()))
    domain = (email.sender.email or "").rpartition("@")[2].split(".")
    stems = {re.sub(r"[^a-z]", "", part) for part in domain[:-1]}
    return bool(_ORG_WORDS.search(name)) or squashed in stems


def _is_sender(name: str, email: Email) -> bool:
    sender = natural_name(email.sender.name) if email.sender.name else ""
    return bool(sender) and name.lower() == sender.lower()


def _clean_name(name: str) -> str | None:
    name = " ".join(w for w in name.split() if w.lower() not in HONORIFICS)
    name = name.strip(" ,.;:'\"()")
    if not name or not name[0].isupper() or len(name.split()) > 4 or any(c.isdigit() for c in name):
        return None
    return name


def only_schedules(person: Person, email: Email, writer_joins: bool) -> bool:
    """A coordinator who sends the invitation, or is on the calendar to run the logistics."""
    if person.title and COORDINATOR.search(person.title):
        return True
    is_writer = bool(person.email) and person.email == email.sender.email
    return is_writer and not writer_joins and bool(_signature_coordinator(email))


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
    return _dedupe([*found, *more]) if more else found


def _dedupe(people: list[Person]) -> list[Person]:
    seen: dict[str, Person] = {}
    for p in people:
        key = (p.name or p.email or "").lower()
        if not key:
            continue
        same = key if key in seen else next((k for k in seen if _same_person(key, k)), None)
        if same is None:
            seen[key] = p
            continue
        old = seen[same]
        if len(key) > len(same):  # the longer name wins, in the first one's place
            seen = {(key if k == same else k): v for k, v in seen.items()}
            old = Person(p.name, old.email, old.title)
        seen[key if len(key) > len(same) else same] = Person(
            old.name, old.email or p.email, old.title or p.title
        )
    return list(seen.values())


def _same_person(a: str, b: str) -> bool:
    """ "Priya" and "Priya Natarajan" are one person, and so are "Văn Hùng" and "Trần Văn
    Hùng" (the NER's part of a longer name)."""
    wa, wb = a.split(), b.split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    n = len(short)
    return (n == 1 and short[0] in long_) or short in (long_[:n], long_[-n:])

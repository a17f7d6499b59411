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
from typing import Any

from ..model import Email, Person
from .addresses import address_on_line
from .aside import COMMAND, POSSESSOR, aside
from .clauses import clause_at, sentences
from .components import natural_name
from .coordinators import COORDINATOR, INTERVIEWS, has_word, only_schedules
from .details import add_details, merged, not_in_titles
from .first_names import FullNames, completed, formal_family, honored, lone_given
from .guests import (
    Context,
    context,
    descriptions,
    from_calendar,
    from_subject,
    is_sender,
    is_user,
    lone_organizer,
    meeting_host,
)
from .meeting_lines import BULLET, CC_LINE, MEET, RULE, under_list_header
from .mentions import (
    TOKEN,
    Mention,
    action_mentions,
    line_mentions,
    looks_like_title,
    title_after,
    valid_name,
)
from .names import (
    bracketed,
    clean_name,
    coordinated,
    dedupe,
    in_job_title,
    org_like,
    place_or_employer,
    whole_name,
)
from .panel_lists import (
    LABEL_ALONE,
    LABEL_LIST,
    column_item,
    contact_line,
    initials_key,
    key_line,
    label_list,
    list_item,
    role_label,
    slot_person,
    table_column,
)
from .rounds import earlier_round
from .signature import body_lines, co_signers, sender_as_interviewer, signer
from .substitutes import replaced
from .writer import forwarded_writers, lone_caller, runs_it_themselves

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

NOT_INTERVIEWER = re.compile(
    r"(?i)\b(coordinat|schedul(?!e\b)|(?:will|to|'ll|can|help) schedule|cc'?d|copied|"
    r"questions?,? (please )?(reach|contact)|"
    r"(if you have|any|with) (any )?questions|can help|happy to help|"
    r"(?<!as )(?<!as I )(?<!as we )(?<!previously )(?<!already )mentioned|"  # not "As mentioned,"
    r"referred you|secretar|sekretar|protok[oó][lł]|minute[- ]?taker|note[- ]?taker|observer|"
    r"observat(?:eur|rice)|"
    r"observador|osservat(?:ore|rice)|beobachter|waarnemer|observatör|"
    # a board's alternate member, who sits only when a full member is absent
    r"suplente|suppléante?|supplente|alternate member|reserve member|ersatzmitglied|"
    r"plaatsvervangend lid|"
    r"reach out to|contact|referred|reference|assistant|reply to|sent by|rsvp|"
    r"confirm (your |the )?(availability|attendance|slot|time|place)|"
    # whom to ask, in other languages: "Qualquer dúvida, fale com a Juliana Reis (RH)"
    r"d[úu]vidas?|dudas?|bei fragen|bij vragen|domande|vid frågor|toute question|"
    r"running late|if you('re| are) late|trouble finding|get lost|receptionist|concierge)\w*"
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
    # who signs ("Sophie Gagnon" alone on a line) also signs a bilingual letter's first half
    signs = {signer(ctx.email, signature), *[s.strip() for s in signature if s.strip()][:1]}
    labelled = any(LABEL_LIST.match(line) for line in main)
    known = FullNames(ctx.email, ctx.user_names)  # "Tom" alone is "Tom Hardy" of the Cc
    people: list[Person] = []
    listed: list[Person] = []  # named in a list of interviewers: the writer too
    in_list = False
    column: int | None = None  # the people's column of a table, and its width
    width = 0
    others = False  # under another candidate's slot: "Jordan Kells - Wednesday 4 March, ..."
    for number, (_, _, line) in enumerate(lines):
        slot = _CANDIDATE_SLOT.match(line)
        others = (not is_user(slot.group("name"), ctx)) if slot else others and bool(line.strip())
        if others or (GREETING.match(line) and len(line) < 40) or CC_LINE.match(line):
            continue  # "Hi Jordan," alone on its line; "cc: Lisa Wong (HR)" copies, no more
        if labelled and contact_line(line):
            continue  # "Interviewer: Tom Hardy" above: "Recruiter: Camila Reyes" is a contact
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
            found = _named_on_line(doc, lines, number, following, known)
        people.extend(
            Person(name=name, email=address_on_line(line, name), title=title)
            for name, title, at in found
            if _keep(name, title, line, at, ctx) and not (name == line.strip() and name in signs)
        )
    people += [p for p in listed if p.name and is_sender(p.name, ctx.email) and not _schedules(p)]
    if runs_it_themselves(" ".join(main), ctx.email) or _met_writer(lines, doc, known, ctx):
        people.insert(0, sender_as_interviewer(ctx.email, signature))
    people += [Person(name=name) for name in co_signers(" ".join(main), signature)]
    if more and not people:
        people = from_subject(ctx) or lone_organizer(ctx) or _from_descriptions(ctx)
        people = people or meeting_host(text, ctx)  # "X is inviting you to a scheduled Zoom ..."
    if more and not people and lone_caller(" ".join(main), ctx.email):
        people = [sender_as_interviewer(ctx.email, signature)]
    # who wrote a forwarded message, unless on its list of panelists: not who interviews
    inner = forwarded_writers(text) - {(p.name or "").lower() for p in listed}
    people = [p for p in people if (p.name or "").lower() not in inner]
    kept = [p for p in people if not _not_a_person(p.name, ctx.email)]
    people = [
        q  # a name written in full only now is checked again: "Alpenblick Software"
        for p, q in zip(kept, completed(kept, known), strict=True)
        if q.name == p.name or not _not_a_person(q.name, ctx.email)
    ]
    return dedupe(people)


# a schedule of several candidates: "Alex Morgan - Tuesday 3 March, 9:30-10:30am"
_CANDIDATE_SLOT = re.compile(
    rf"^(?P<name>{TOKEN} {TOKEN})\s+[-–—]\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*,?\s+\d"
)
Named = tuple[str, str | None, int]  # (name, title, offset in the line)


def _named_on_line(
    doc: Any, lines: list[tuple[int, int, str]], number: int, following: str, known: FullNames
) -> list[Named]:
    """Every way a line of prose names someone: "Name, Title", "meet Name", the NER's names
    and given names alone in the sentences about meeting (all of them under a panel header),
    and the rest of an enumeration one of them starts."""
    start, _, line = lines[number]
    meeting = bool(MEET.search(line))
    mentions = [*line_mentions(line, following), *action_mentions(line, meeting)]
    found = [(m.name, m.title, m.start) for m in mentions]
    under = under_list_header(lines, number)
    if meeting or under:  # in a paragraph, only the sentences about meeting
        found += [
            n
            for n in _ner_names(doc, start, line, known)
            if under or _about_meeting(line, n[2], n[0])
        ]
        found += [(m.name, m.title, m.start) for m in bracketed(line) if under]
        found += [(name, None, at) for name, at in slot_person(line) if under]
        found += [
            (name, None, at)
            for name, at in [
                *lone_given(doc, start, line, known),
                *formal_family(line),
                *honored(line),
            ]
            if under or _about_meeting(line, at, name)
        ]
    elif not found:  # "10:00 - 10:45  Ravi Patel, Staff Engineer (coding)": a schedule's slot
        found = [(name, None, at) for name, at in slot_person(line)]
    found += [(m.name, None, m.start) for m in coordinated(line, [f[2] for f in found])]
    return not_in_titles(found)


def _not_a_person(name: str | None, email: Email) -> bool:
    """The employer, its office or the rest of the job title, read as a person's name."""
    return (
        org_like(name, email) or in_job_title(name, email.subject) or place_or_employer(name, email)
    )


def _list_items(lines: list[tuple[int, int, str]], number: int, in_list: bool) -> list[Mention]:
    """The people a line of a list names: "Interviewers: A, B", a bullet under a panel
    header, the line under a label alone, "Hiring manager: Sven Olsen"."""
    line = lines[number][2]
    bullet = BULLET.match(line) and under_list_header(lines, number)
    items = label_list(line) or (list_item(BULLET.sub("", line)) if in_list or bullet else [])
    if not items and key_line(line):  # "AK = Anjali Kapoor, Associate"
        items = initials_key(line, [text for _, _, text in lines])
    if not items and (in_list or under_list_header(lines, number)):
        items = role_label(BULLET.sub("", line))
        # "Professor Imran Kazi - Royal College of Physicians Assessor": an unbulleted row
        items = items or (list_item(line) if _DASHED_ROW.search(line) else [])
    return items


_DASHED_ROW = re.compile(r"^\s*[^\W\d][^.!?:|\d]{2,60}\s[-–—]\s[^\W\d][^.!?|\d]{1,80}$")


def _from_descriptions(ctx: Context) -> list[Person]:
    """ "Your interviewers:" in the attached invitation's description, under a long body."""
    return [p for text in descriptions(ctx.email) for p in from_text(text, ctx, more=False)]


def _ner_names(
    doc: Any, start: int, line: str, known: FullNames | None = None
) -> list[tuple[str, str | None, int]]:
    if isinstance(doc, str):
        return []  # plain text: no NER
    out = []
    for ent in doc.char_span(start, start + len(line), alignment_mode="expand").ents:
        if ent.label_ != "PERSON" and known is not None and _met_person(ent, start, line, known):
            out.append(
                (
                    ent.text,
                    title_after(doc.text[ent.end_char : start + len(line)]),
                    ent.start_char - start,
                )
            )
            continue
        name = clean_name(ent._.natural)
        if ent.label_ == "PERSON" and name and len(name.split()) == 1:
            name = whole_name(line, ent.start_char - start, ent.end_char - start) or name
        rest = doc.text[ent.end_char : start + len(line)]
        if re.match(r"\s*\d", rest):  # "Kalvebod Brygge 24": a street and its number
            continue
        if COMMAND.match(ent.text):  # "Reply RESCHEDULE and I'll find you a new time"
            continue
        if ent.label_ == "PERSON" and name and len(name.split()) >= 2 and valid_name(name):
            out.append((name, title_after(rest), ent.start_char - start))
    return out


def _met_person(ent: Any, start: int, line: str, known: FullNames) -> bool:
    """ "You'll be meeting Marcus Bell, who'd be your line manager": a name right after
    the words of meeting that the NER took for an organisation is a person's when the
    message writes it again elsewhere (the forwarded confirmation lists him)."""
    name = ent.text
    if not 2 <= len(ent) <= 3 or not _met(line[: ent.start_char - start]) or not valid_name(name):
        return False
    return known.written_again(name)


def _met_writer(
    lines: list[tuple[int, int, str]], doc: Any, known: FullNames, ctx: Context
) -> bool:
    """ "Incontrerai l'Ing. Luca Bianchi ... e la Dott.ssa Chiara Conti" from Chiara Conti:
    the writer's full name among the people a meeting line says the user meets."""
    sender = natural_name(ctx.email.sender.name or "")
    if len(sender.split()) < 2:
        return False
    for number, (_, _, line) in enumerate(lines):
        if sender not in line or not MEET.search(line) or CC_LINE.match(line):
            continue
        found = _named_on_line(doc, lines, number, "", known)
        if any(n == sender and _keep(n, t, line, at, ctx, writer=True) for n, t, at in found):
            return True
    return False


def _keep(
    name: str, title: str | None, line: str, at: int, ctx: Context, *, writer: bool = False
) -> bool:
    clause = clause_at(line, at)
    named = line.find(name, at)  # "Ms. Faith Otieno, ...": the honorific's full stop ends no
    if named > at and clause_at(line, named) != clause:  # clause: read hers to its end too
        clause = f"{clause} {clause_at(line, named)}"
    if POSSESSOR.match(line, at + len(name)):
        return False  # "You'll meet Tanvir Chowdhury's team lead, Oksana Melnyk"
    if replaced(line, at) or is_user(name, ctx) or (is_sender(name, ctx.email) and not writer):
        return False
    if title and len(title.split()) > 1 and is_user(title, ctx):
        return False  # "Round 2: System Design (Nisha Rao)": an event named for the user
    if _schedules(Person(name=name, title=title)) or _labelled_aside(line, at):
        return False
    if earlier_round(clause, name) and not INTERVIEWS.search(clause):
        return False  # "thanks for speaking with Jenna Roy last week": an earlier round
    if aside(name, clause, line):
        return False  # a later round, an old list, the company's story, a greeter, an observer
    # "I've scheduled your interview with Jordan Blake": the interview is with them
    return _met(line[:at]) or bool(INTERVIEWS.search(clause)) or not NOT_INTERVIEWER.search(clause)


def _labelled_aside(line: str, at: int) -> bool:
    """ "- Secretaria: Dña. Lucía Prieto Ruiz": the line's label says they take the minutes."""
    label = _LINE_LABEL.match(line)
    return label is not None and label.end() <= at and bool(_ASIDE_LABEL.search(label.group(1)))


_LINE_LABEL = re.compile(r"^\W*([^:：\n]{1,40})[:：]")
_ASIDE_LABEL = re.compile(
    r"(?i)\b(secretar\w*|sekretar\w*|secrétaire|segretari[oa]|minute[- ]?taker|note[- ]?taker|"
    r"observ(?:er|ador[a]?|at(?:eur|rice)))\b"
)


def _schedules(person: Person) -> bool:
    return bool(person.title and (COORDINATOR.search(person.title) or person.title == "organizer"))


# "with", or "with you and" ("a technical conversation with you and Marcus Webb")
_MET_BEFORE = re.compile(  # "with our Head of Engineering,", "com a nossa coordenadora, Enf."
    r"(?i)\b(with|com|con|avec|mit|met|med|meet|meeting|interviewed by|conducted by)"
    r"(\s+(you|me|us),?\s+(and|&))?(\s+((our|the|your|their|a|o|la|el|le|notre|nuestr[oa]|"
    r"noss[oa])\s+){1,2}[\w&' -]{2,40}?,)?(\s+\w{2,5}\.)?\s*$"
)


def _met(before: str) -> bool:
    """The words just before a name make it the person the user meets."""
    near = before[-40:]  # (a title between "with" and the name reaches further back)
    return bool(_MET_BEFORE.search(before[-90:])) and not _NOT_MET_BEFORE.search(near)


_NOT_MET_BEFORE = re.compile(
    r"(?i)(reach out|contact|questions?|cc'?d|copied|coordinat|reply|confirm|availability|rsvp)"
)


def _line_spans(text: str) -> list[tuple[int, int, str]]:
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line), line))
        pos += len(line) + 1
    return spans


def _about_meeting(line: str, at: int, name: str) -> bool:
    """The sentence naming someone talks about meeting, or another one does and names them
    again ("Lorenzo Bassi is away Thursday. ... the three of us: you, Lorenzo and me")."""
    first = name.split(maxsplit=1)[0] if name.split() else name
    named = False  # the previous sentence named them: "She'd like to meet on Tuesday"
    for start, end in sentences(line):
        sentence = line[start:end]
        said = start <= at < end or has_word(sentence, first)
        # "with" after "experience" meets no one: "your experience with Apache Kafka"
        meeting = MEET.search(_NOT_MEETING_WITH.sub(" ", sentence)) or (said and _met(line[:at]))
        meeting = meeting or (said and bool(_ME_AND.match(sentence)))  # "Me + Wambui (CTO)."
        if meeting and (said or (named and _PRONOUN.match(sentence))):
            return True
        named = start <= at < end
    return False


_ME_AND = re.compile(r"(?i)^\s*(just |it'?ll be )?(me|myself)\s*(\+|&|and|n)\s")
_PRONOUN = re.compile(r"(?i)^\s*(she|he|they)\b")
_NOT_MEETING_WITH = re.compile(
    r"(?i)\b(experience[ds]?|familiar\w*|comfortable|skills?|knowledge|proficien\w*|expertise|"
    r"background|worked|working|projects?|done|used|integrat\w*|compatible|compliance|comply|"
    r"dealing|dealt|hands-on|exposure)\s+with\b"
)

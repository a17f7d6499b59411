"""Whether the writer is one of the interviewers.

A recruiter who runs the screen themselves ("a 30-minute call with me", "Eu mesma te ligo"),
a hiring manager who writes "Anita and I will be on the call" or signs "Looking forward to
meeting you": the writer interviews. Not a notification robot no person signs for, not a
sentence about an earlier round ("thanks again for speaking with me last Tuesday"), and not
a recruiter who only joins to make introductions.
"""

from __future__ import annotations

import re

from ..model import Email, Person
from .clauses import sentences
from .components import natural_name
from .panel_lists import label_list
from .signature import RECRUITING_TITLE, body_lines, manager_organizes, signer

SELF_SCREEN = re.compile(
    r"(?i)((call|chat|screen|conversation|interview|talk|speak|meet)\w*\s+with\s+me\b|"
    r"\bI('ll| will) (call|ring) you\b|\byou and me\b|\bme and (?-i:[A-Z][a-z]+)|"
    r"[A-Za-z),] and I (will|'ll) (be|join|meet|run|conduct|lead|interview|have)\b|"
    r"\bjoin(s|ing)? me (for|on|in|at)\b|"  # "he'll join me for the interview"
    r"[A-Za-z)] and I (would|'d) (love|like) to (meet|chat|speak|talk)\b|"
    r"\b(e eu|y yo|et moi|und ich|conmigo|comigo|avec moi|mit mir)\b|"
    r"\bI('d| would) (like|love) to (meet|speak|talk|chat) (with )?you|"
    r"\bI('d| would) (like|love) to (chat|talk|speak) about (the|your|this)\b|"
    # a recruiter who sets up a phone screen with the user holds it (not "with you and Tom")
    r"\bI('d| would) (like|love) to (set up|schedule|arrange|have|book) an? ([\w-]+ ){0,3}"
    r"(call|chat|phone screen|screen|conversation)\b(?! with (?!you\b(?! and)))|"
    r"\bspeak with me|\bmy calendar|"
    # "On the panel:\n * me (Engineering Manager)": the writer in a list of the panel
    r"(?:^|\s)(?:[-*•·●▪◦]|\d+[.)])\s*(?:me|myself|moi|yo|eu|ich|io|ik|jag)\s*(?:\(|,|[-–—]|$)|"
    # "je serai également présente", "ich bin ebenfalls dabei": the writer is there too
    r"\bI('ll| will) (also )?be (present|there)\b|\bje serai (également |aussi )?présente?\b|"
    r"\b(yo )?(también )?estar[ée] presente\b|\bestarei (também )?presente\b|"
    r"\bsarò (anch'io )?presente\b|\bich (bin|werde) (auch |ebenfalls )?dabei( sein)?\b|"
    r"\bI('ll| will) be (conducting|interviewing|leading|running)|"
    r"\b(cancel|move|reschedule|push) our (\w+ ){0,2}(call|chat|conversation)|"
    r"moi-même|\bmyself\b|\b(and|with|\+) me\b|(?<!to )\bme (\+|and|n|&) (?!I\b|I')|"
    r"\bthe undersigned\b|\b(dal|dalla|il|la|del|della|el|le|o|a) (sottoscritt[oa]|suscrit[oa]|"
    r"soussignée?|abaixo assinad[oa])\b|\bsubsemnat(a|ul)\b|"
    # the writer met again with a colleague; not "you'll meet me at reception"
    r"\byou('ll| will) (meet|see) me (again|too|as well|together|along)\b|"
    r"\b(eu mesm[ao]|yo mism[ao]|moi-même|ich selbst)\b|\b(te|lhe) (ligo|ligarei|llamo|llamaré)\b|"
    r"\b(gostaria|gostaríamos) de (conversar|falar) com (você|vc)\b|"
    r"\bme gustar[íi]a (hablar|conversar)|"
    r"\bje (vous|t')appellerai\b|\bich rufe (Sie|dich) an\b|"
    r"\b(och|med) mig\b|\b(og|med) meg\b|\ben (met )?mij\b|\be io\b|\bund mir\b|\bet moi\b|"
    r"\bcon me\b|"  # "un colloquio con me e con Federica"
    r"\bjust me\b|\blet's meet\b|\((me|ben|moi|yo|eu|ich|io|ik|jag)\)|"
    r"\bI('ll| will) (also )?bring (?-i:[A-Z])[\w-]+( (?-i:[A-Z])[\w-]+)? from\b|"
    r"\bI('m| am) (\w+, )?(the|your) hiring manager\b|"
    r"\bwill join us\b|\bI('ll| will) (also )?(be (one of )?your interviewers?|be on the "
    r"(panel|call)|be joining|join (you|the call|the panel))\b|"
    r"\by (conmigo|yo)\b|\bcom(igo| eu)\b|\bvà (tôi|em|chị|anh)\b|\b(and|with) me\.|"
    # "I'll pull in Rosa Delgado ... so you can meet her as well": the writer is there too
    r"\bI('ll| will|'m going to) (also |probably |likely )?(pull|bring) (in|along)\b|"
    r"\b(works|suits) (\w+ )?for me\b|"
    # "I've added Ilan from my team so you get two perspectives": to the writer's own meeting
    r"\bI('ve| have|'ll| will) (also )?(added|invited|looped in|pulled in|brought in) "
    r"(\w+ ){1,2}from my team\b|"
    r"\bI('ll| will) still be there\b|\bI('ll| will) be there (together |along )?with\b|"
    r"\bI('ll| will) (also )?be joined by\b|"
    # "I will bring Reto from our regulatory team along", "I'll have Dana from the assay team join"
    r"\bI('ll| will) (also )?bring \w+( \w+)?( from [\w ]{1,40}?)? along\b|"
    r"\bI('ll| will) (also )?have \w+( \w+)?( from [\w ]{1,40}?)? join\b|"
    r"\bI('ll| will) (call|ring|phone) (you|your)\b|\bour (\w+ )?(call|chat|catch-up) (is|on|at|"
    r"tomorrow|next|this|for)\b|\band I (are|'re) (looking forward|excited) to (meet|speak)|"
    r"\b(meet|see|speak with|talk to) (him|her|them) (as well|too)\b)"
)


# a sender address no person writes from
_ROBOT = re.compile(r"(?i)(no-?reply|notifications?|calendar|mailer|donotreply)")


def runs_it_themselves(text: str, email: Email) -> bool:
    """The writer is one of the interviewers ("Anita and I will be on the call", "a quick
    call with me"); never a notification robot."""
    sender = email.sender
    robot = _ROBOT.match(sender.email or "")
    _, signature = body_lines(email.new_text, sender.name)
    signed = signer(email, signature)
    signs = {signed, signed.split()[0]} if signed else set()
    if robot and not any(line.strip(" -–—~,.") in signs for line in signature[:6]):
        return False  # a robot, and no person signs for it (an ATS relays a recruiter's)
    if not signed:
        return False
    if _CALENDLY.search(text) and not _OTHERS_MET.search(text):
        return True  # the writer's own booking page, when the text names no panel to meet
    if _OUR_INTERVIEW.search(text) and not _recruiter_signs(signature):
        return True  # a manager's "can we move our interview": a recruiter's "our" is the firm's
    return _says_self(text) or _listed_in(text, signed) or _manager_expects(text, email)


_CALENDLY = re.compile(r"(?i)calendly\.com/")
_OTHERS_MET = re.compile(
    r"(?i)\b(panel|panelists?|interviewers|(you'll|you will) (meet|speak|be meeting)|"
    r"people from|members of|with (the|our) (team|hiring manager))\b"
)
_OUR_INTERVIEW = re.compile(r"(?i)\b(cancel|move|reschedule|push) our (\w+ ){0,2}interview\b")


def _recruiter_signs(signature: list[str]) -> bool:
    """The signature's first lines give a recruiting or HR title ("Talent Acquisition")."""
    return any(RECRUITING_TITLE.search(line) for line in signature[:4])


_EXPECTS = re.compile(
    r"(?i)\blooking forward to (meeting|speaking|talking|chatting)( with| to)? you\b|"
    r"\bspeak (to you )?(soon|then)\b|\btalk (to you )?then\b|"
    # "I've cc'd Rafael, our CTO, he'll join for the second half": joins the writer's call
    r"\b(?!you\b)\w+('ll| will) (also )?join( (in|for|at|partway|halfway|later)\b|\s*[.,;])"
)


def _manager_expects(text: str, email: Email) -> bool:
    """ "Looking forward to meeting you" signed by a manager, not a recruiter: the hiring
    manager who writes meets the user."""
    return bool(_EXPECTS.search(text)) and manager_organizes(email)


_ONLY_INTRODUCES = re.compile(
    r"(?i)\b(introduc\w+|briefly|won't (take part|stay)|not (take part|participate|stay)|"
    r"drop off|leave you|prep(aration)? (call|chat|session)|debrief\w*|prepare you|wrap-?up|"
    # a search partner's call to get the candidate ready is no interview (never "nothing to ...")
    r"(call|speak|chat|talk)[^.]{0,40}?(?<!nothing )(?<!need )to prepare)\b|"
    # "I will only send the invitation and will not join the call myself" (no one else named
    # between: "I'm afraid Tom won't be joining" is about Tom)
    r"\bI\b(?:(?!\b(?-i:[A-Z])[a-z]+\b)[^.;!?]){0,50}?"
    r"\b(won['’]t|will not|not be|can['’]t|cannot|unable to) (be )?"
    r"(join|joining|attend|attending|on the (call|panel)|present|sit(ting)? in)\b|"
    # the same in other languages: "Ich selbst bin beim Gespräch nicht dabei"
    r"\b(bin|werde)\b[^.;!?]{0,40}?\bnicht (dabei|anwesend|teilnehmen)\b|"
    r"\bje ne (serai|participerai) pas\b|\bno (estaré|participaré)\b|"
    r"\bnon (sarò|parteciperò)\b|\bnão (estarei|participarei)\b"
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
                if _LOGISTICS.search(sentence) and not _interviews_self(sentence):
                    continue  # "Please confirm with me by Friday", "Tom and I will be in touch"
                return True
    return False


# what a recruiter says of themselves around an interview they do not take part in...
_LOGISTICS = re.compile(
    r"(?i)\b(confirm\w*|let (\w+ ){0,3}know|(any|your|have|with|for) questions?|"
    r"questions? (about|regarding|on|for)|in touch|check in|afterwards|after the "
    r"(interview|call)|hear(ing)? (how|back|from)|updates?|reply|respond|share|contact|reach "
    r"(out|me)|make sure|smoothly|availability|next steps|keep (you|me) posted|follow up|"
    r"feedback|only to help|in case|if the link|technical (issues|problems|support)|"
    r"troubleshoot\w*)\b"
)
# ...unless the same sentence plainly says they interview: "je vous confirme votre entretien
# ... avec Sarah Benali et moi-même", "we have to cancel your interview ... with me and Heba"
_INTERVIEWS_SELF = re.compile(
    r"(?i)((call|chat|screen|conversation|interview|talk|speak|meet)\w*\s+with\s+me\b|"
    r"\bI('ll| will) (call|ring) you\b|\bI('ll| will) be (conducting|interviewing)|"
    r"\bbe (one of )?your interviewers?|\bbe on the (panel|call)\b|calendly\.com/)"
)
_WITH_ME_TOO = re.compile(
    r"(?i)\b((with|avec|con|com|mit|met) (me|moi|mí|mim|mir|mij)\b(?! (by|before|if|when|about|"
    r"any|know))|(and|et|y|e|und|en) (myself|moi-même|me|mí|mim)\b(?! know))"
)
_INTERVIEW_WORD = re.compile(
    r"(?i)\b(interview\w*|entretien|entrevista|call|meeting|chat|gespräch|colloquio|rozmow\w*)\b"
)


def _interviews_self(sentence: str) -> bool:
    return bool(
        _INTERVIEWS_SELF.search(sentence)
        or (_WITH_ME_TOO.search(sentence) and _INTERVIEW_WORD.search(sentence))
    )


def _listed_in(text: str, name: str) -> bool:
    """ "Interviewers: SATO Kenji and WATANABE Haruka" from WATANABE Haruka."""
    return any(
        m.name.lower() == name.lower()
        for line in text.split("\n")
        if ":" in line or "：" in line
        for m in label_list(line)
    )


# "From: Nina Berg <nina.berg@...>" over "Date:", "Subject:", "To:": a forwarded message's writer
_FORWARD_FROM = re.compile(
    r"(?im)^[>\s*]*(?:from|de|von|van|da|od|från|fra)\s*:\s*\**\s*\"?(?P<name>[^<>\n\"\[(]+?)"
    r"\"?\s*(?:<|\[mailto:|\(|$)(?=(?:.*\n){0,4}?[>\s*]*(?:date|sent|subject|to|envoyé|datum|"
    r"gesendet|enviado|objet|betreff|asunto)\s*:)"
)


def forwarded_sender(text: str) -> Person | None:
    """Who wrote the first message a text forwards ("From: Helen Marsh <helen@...>")."""
    m = _FORWARD_FROM.search(text)
    if m is None:
        return None
    end = text.find("\n", m.end("name"))
    address = _ADDRESS.search(text, m.end("name"), len(text) if end < 0 else end)
    return Person(name=m.group("name").strip(), email=address.group(0) if address else None)


_ADDRESS = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


def forwarded_writers(text: str) -> set[str]:
    """The writers of the messages a text forwards or quotes with their headers (lower case),
    when they do not say they interview themselves: the client's recruiter who wrote "We'd
    like Jordan to meet Tom Hardy" signs that message but is no panelist."""
    names = {natural_name(m.group("name").strip()).lower() for m in _FORWARD_FROM.finditer(text)}
    return set() if _says_self(text) else {n for n in names if " " in n}


# "Are you free Tuesday for a 20-minute intro call?": a call no one else is named for
_CALL = re.compile(
    r"(?i)\b((phone|intro|introductory|quick|short|initial|screening|first|brief|"
    r"\d+[- ]?min(ute)?s?) (phone )?(call|chat|screen|conversation)|phone screen|screening call)\b"
)
_SOMEONE_ELSE = re.compile(  # "the hiring manager would like a quick call": not the writer's
    r"(?i)\b(the|our|a|one of|my|two|several|their) (\w+ ){0,2}(team|manager|panel|lead|"
    r"engineers?|director|founder|ceo|cto|colleagues?|members?|client|partner)\b"
)


_FORWARD = re.compile(r"(?im)^[\s>-]*(?:forwarded message|begin forwarded message)\b")


def lone_caller(text: str, email: Email) -> bool:
    """A person (no robot) proposes a phone screen or a short call and names no one else to
    hold it: the writer holds it themselves."""
    if not _CALL.search(text) or _SOMEONE_ELSE.search(text):
        return False
    if _FORWARD.search(email.text[len(email.new_text) :]):
        return False  # "See below from their HR": the forward holds the interview, not my call
    _, signature = body_lines(email.new_text, email.sender.name)
    robot = _ROBOT.match(email.sender.email or "")
    return bool(signer(email, signature)) and not robot

"""Which kind of hiring message this is.

Two opinions are combined: cue patterns a careful reader would use (weighted, per kind), and
the shipped bag-of-words text classifier trained on the development corpus. The patterns
decide when one kind clearly leads; the classifier breaks ties. Vetoes come first: mail that
is about something else (a digest, a newsletter, a webinar, the user interviewing someone
else, a scam) is `other` whatever words it uses.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..model import Kind
from .calendar import CalEvent
from .cues import (
    CANDIDACY,
    CUES,
    HARD_VETO,
    INTERVIEW_WORD,
    JOB_ANCHOR,
    MEETING,
    PAST_INTERVIEW,
)
from .gate import gate
from .languages import candidacy, interview_word, job_interview, script_scores, script_vetoes
from .lexicon import CANDIDACY as CANDIDACY_ELSEWHERE
from .lexicon import digest_veto
from .replies import addressee_interviewed, answering
from .roles import TITLE_PHRASE, clean_role
from .vetoes import VETOES

INTERVIEW_MARGIN = 1.0
SURE_OTHER = 0.85  # the classifier's "other" above which an interview needs full evidence
INTERVIEWS = frozenset({Kind.INVITATION, Kind.RESCHEDULE})
SET_INTERVIEW = 6.0  # an invitation score this high (words and a time, or a calendar) sets one
_CUE_PATTERNS = tuple(p for cues in CUES.values() for p, _ in cues)
_VETO_PATTERNS = tuple(p for p, _ in VETOES)


@dataclass(frozen=True)
class Verdict:
    kind: Kind
    confidence: float
    scores: Mapping[Kind, float]
    veto: float


def cue_scores(text: str) -> dict[Kind, float]:
    live = gate(_CUE_PATTERNS).candidates(text)  # not the patterns whose words it lacks
    return {
        kind: sum(w for p, w in cues if p in live and p.search(text)) for kind, cues in CUES.items()
    }


def veto_score(text: str) -> float:
    """The strongest veto, plus a little for each further one."""
    return _veto_total(vetoes_found(text))


def vetoes_found(text: str) -> list[float]:
    """The weights of the vetoes that match the text."""
    live = gate(_VETO_PATTERNS).candidates(text)
    return [w for p, w in VETOES if p in live and p.search(text)]


def _veto_total(found: list[float]) -> float:
    found = sorted(found, reverse=True)
    return found[0] + 0.3 * sum(found[1:]) if found else 0.0


def calendar_kind(events: list[CalEvent]) -> Kind | None:
    if not events:
        return None
    if any(e.cancelled for e in events):
        return Kind.CANCELLATION
    if any(e.sequence > 0 for e in events):
        return Kind.RESCHEDULE
    return Kind.INVITATION


def decide(  # noqa: PLR0917 - the evidence, spelled out
    subject: str,
    body: str,
    events: list[CalEvent],
    textcat: Mapping[str, float] | None,
    has_time: bool = False,
    context_veto: float = 0.0,
    thread: str = "",
    answers_interview: bool = False,
    sender: str = "",
) -> Verdict:
    """The kind, from the message's own text; `thread` (the text with its quoted history)
    and `sender` (its name and address) only show whether the conversation is about a job."""
    body_lines = body[:5000]
    # hard-wrapped lines: cues may span a line break
    body = _ACTION_LINKS.sub(r" \g<link>", " ".join(body[:5000].split()))
    text = f"{subject}\n{body}"
    # in a reply the subject is the thread's, not this message's: read the body only
    own = _without_offers(body if re.match(r"(?i)\s*re:", subject) else text)
    if any(word in own.lower() for word in _REFUSAL_WORDS):  # most texts: none of them
        own = _NOT_REFUSED.sub(" ", own)
    scores = cue_scores(own)
    for kind, weight in script_scores(own).items():  # only when it has such letters
        scores[kind] += weight
    worded = (scores[Kind.INVITATION], scores[Kind.RESCHEDULE])  # before the boosts below
    if answers_interview:  # a short reply to a proposed interview: "I have to cancel"
        answering(scores, body, thread, has_time)
    digest = digest_veto(body_lines)
    # once: the score and the hard veto below both use them
    vetoed = _note_over_own_schedule(subject, body_lines) or text
    vetoes = vetoes_found(_without_role(vetoed)) + script_vetoes(vetoed)
    veto = _veto_total(vetoes) + context_veto + digest
    if textcat:
        for kind in scores:
            scores[kind] += 2.5 * textcat.get(kind.value, 0.0)
        veto += 2.5 * textcat.get(Kind.OTHER.value, 0.0)
    if has_time and _meeting(text, body, thread):  # a specific time to meet is an interview
        target = Kind.RESCHEDULE if scores[Kind.RESCHEDULE] >= 2.0 else Kind.INVITATION
        scores[target] += 2.5
        if target is Kind.INVITATION and worded[0] >= 2.0:  # set in words of inviting, at
            scores[Kind.INFO_REQUEST] *= 0.5  # a time: the documents asked for come with it
    cal = calendar_kind(events)
    if cal is not None:
        scores[cal] += 2.0
    if PAST_INTERVIEW.search(body) and not has_time and cal is None and not _BOOKING.search(own):
        scores[Kind.INVITATION] *= 0.5  # (a link to book the next one still invites)
    _resolve_overlaps(scores, text)
    kind, best = max(scores.items(), key=lambda kv: kv[1])
    hard = max([*vetoes, digest]) >= HARD_VETO
    if kind in INTERVIEWS and _thin(
        textcat, _words_of(worded, own), subject, text, f"{thread}\n{sender}"
    ):
        return Verdict(Kind.OTHER, _confidence(max(veto, 2.0), best), scores, veto)
    # an interview found where there is none costs more than one missed: a wider margin
    margin = INTERVIEW_MARGIN if kind in {Kind.INVITATION, Kind.RESCHEDULE} else 0.0
    if (
        best < 2.0
        or veto + margin >= best
        or hard
        or context_veto >= HARD_VETO
        or not (answers_interview or _about_a_job(subject, text, thread) or _plainly(kind, best))
    ):
        return Verdict(Kind.OTHER, _confidence(max(veto, 2.0), best), scores, veto)
    runner_up = max(v for k, v in scores.items() if k != kind)
    return Verdict(kind, _confidence(best, max(runner_up, veto)), scores, veto)


# A booking tool's links under a booked meeting ("Reschedule: https://calendly.com/...",
# "Reprogramar: https://...") offer a change; they do not make one.
_ACTION_LINKS = re.compile(
    r"(?i)\b(cancel|cancelar|annuler|absagen|reschedule|reprogramar|reagendar|remarcar"
    r"|reprogrammer|verschieben)(\s+(or|o|ou|oder|of)\s+\w+)?\s*(:|here|aquí|aqui|ici|hier)?"
    r"\s*(?P<link><?https?://\S+)"  # "Reprogramar o cancelar: https://..."
)


# An offer to change the interview changes nothing: "Need to change something? Reply
# RESCHEDULE and I'll find you a new time", "If you can't make it, let me know".
_OFFER_TO_CHANGE = re.compile(
    r"(?im)(?:^|(?<=[.!?]\s))(?:need|want) to (?:change|reschedule|cancel|move)\b[^.?!\n]*\?"
    r"|\b(?:if|should|in case) you (?:need|have|want|would like|'d like|can'?t|cannot|are unable)"
    r"\b[^.?!\n]{0,80}\b(?:change|reschedul\w*|cancel\w*|new time|another time|different time"
    r"|conflict|make it)\b[^.!?\n]*[.!?]?"
    r"|\breply\s+(?:reschedule|cancel|change)\b[^.!?\n]*[.!?]?"
    r"|\bfind you a (?:new|different|another) (?:time|slot|date)\b"
)
_BOOKING = re.compile(
    r"(?i)\b(calendly|self[- ]schedul|(pick|select|choose|book|grab|reserve) (a|your) "
    r"(time|slot|time ?slot)|time slot)"
)


# A regret that refuses nothing: "Reisekosten können leider nicht erstattet werden", "please
# do not take this as a rejection of your application" (a cancelled meeting, not a no).
_NOT_REFUSED = re.compile(
    r"(?i)\b(reise|fahrt|anreise)kosten\b[^.\n]{0,40}\bleider nicht\b[^.\n]{0,40}"
    r"|\bnicht als absage\b[^.\n]*|\bunfortunately,? we (cannot|can't|are unable to|do not)"
    r" (reimburse|cover|pay)\b[^.\n]*|\b(do not|don't|please don't) (take|see|read) this as a"
    r" (rejection|no)\b[^.\n]*"
)

_REFUSAL_WORDS = ("leider nicht", "nicht als absage", "unfortunately", "this as a ")


def _without_offers(text: str) -> str:
    if _OFFER_WORDS in gate((_OFFER_WORDS,)).candidates(text):  # most texts: none of them
        return _OFFER_TO_CHANGE.sub(" ", text)
    return text


# Every offer above names one of these (the cue gate looks for them as plain words).
_OFFER_WORDS = re.compile(
    r"(?i)reschedul|cancel|need to change|want to change|to change (the|your|it)|new time|"
    r"another time|different time|conflict|make it|find you"
)


# "See below for your final round details" over the recruiter's mail to the panel
# ("Scorecards in Lever by end of day please"): the panel's words are not the user's.
_FORWARD_MARK = re.compile(
    r"(?im)^\s*-{2,}\s*(original message|forwarded message|message d'origine|mensaje original)"
)
_YOUR_ROUND = re.compile(  # (not "your panel" or "your schedule": an interviewer's too)
    r"(?i)\byour ((final|next|first|second|third) round|(interview|onsite) (details|itinerary|"
    r"confirmation)|(final|next|first|second|third) round (interview )?details)\b"
)


def _note_over_own_schedule(subject: str, body: str) -> str:
    """The forwarder's own note (with the subject) when it hands the user their schedule."""
    mark = _FORWARD_MARK.search(body)
    if mark is None or not _YOUR_ROUND.search(body[: mark.start()]):
        return ""
    return f"{subject}\n{' '.join(body[: mark.start()].split())}"


def _words_of(worded: tuple[float, float], own: str) -> float:
    """The interview words' score: a booking tool's name alone says nothing of an interview."""
    invitation, reschedule = worded
    tool = 2.0 if _BOOKING.search(own) else 0.0
    return max(invitation - tool, reschedule)


SHORT_REPLY = 300  # characters: "Thursday works. Let's do 3pm at the site trailer."


def _meeting(text: str, body: str, thread: str) -> bool:
    """The message is about meeting, or it is a short reply that fixes a time in a thread
    about meeting (the quoted mail offers times "for the next conversation")."""
    if MEETING.search(text) or interview_word(text):
        return True
    return len(body) <= SHORT_REPLY and bool(MEETING.search(thread))


def _thin(
    textcat: Mapping[str, float] | None, worded: float, subject: str, text: str, context: str
) -> bool:
    """A meeting at a set time (or a calendar invitation) that the classifier reads as
    `other` needs both an interview word and a named job or hiring process to be an
    interview: a webinar about interviews, a journalist's phone interview or a conference
    panel of recruiters have the time and some of the words, not both."""
    if not textcat or textcat.get(Kind.OTHER.value, 0.0) < SURE_OTHER:
        return False
    anchored = (
        JOB_ANCHOR.search(text)
        or JOB_ANCHOR.search(context)
        or _job_title(subject)
        or _titled_interview(text)
        or addressee_interviewed(text)
    )
    worded_any = worded >= 0.5 or bool(INTERVIEW_WORD.search(text)) or interview_word(text)
    return not (worded_any and (anchored or _candidacy_elsewhere(text)))


def _candidacy_elsewhere(text: str) -> bool:
    """Job words in the languages other than English."""
    return bool(CANDIDACY_ELSEWHERE.search(text) or candidacy(text))


def _about_a_job(subject: str, text: str, thread: str) -> bool:
    """Job words in the message, its thread's quoted history, or an interview subject."""
    return bool(
        CANDIDACY.search(text)
        or CANDIDACY.search(thread)
        or _candidacy_elsewhere(text)
        or re.search(r"(?i)\b(interview|entrevista|entretien|entrevue|colloquio|gespräch)", subject)
        or job_interview(subject)
        or _job_title(subject)
    )


def _job_title(subject: str) -> bool:
    """ "Fund Accountant - next step": the subject names a job."""
    return any(
        clean_role(m.group("role")) and m.group("role")[:1].isupper()
        for m in TITLE_PHRASE.finditer(subject)
    )


# The job applied for is no veto: "applying to be a Policy Reporter", "the Career Coach role"
_TITLE = r"(?-i:(?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*)"
_APPLIED_ROLE = re.compile(
    rf"(?i)\b(?:applying|applied|apply) (?:to be|for|as) (?:(?:a|an|the) )?(?P<title>{_TITLE})"
    rf"|\b(?P<named>{_TITLE})(?= (?:role|position|opening|vacancy|post)\b)"
)


def _without_role(text: str) -> str:
    if "whatsapp" in text.lower():  # most texts: no
        text = _REPLY_CHANNEL.sub(r"\1 phone", text)
    if "invitee" in text.lower() and _INVITEE_GREETED.search(text):  # the booker's own copy
        text = _HOST_COPY.sub("booked", text)
    if _BROUGHT in gate((_BROUGHT,)).candidates(text):
        text = _BROUGHT.sub(lambda m: _SCORECARD.sub("score", m[0]), text)
    text = _OWN_TALK.sub(r"\1 your talk", text)  # the seminar the candidate gave
    return _APPLIED_ROLE.sub(lambda m: m[0].replace(m["title"] or m["named"], " "), text)


# The candidate's own papers are no veto: "bring your certificates and CTET scorecard" is a
# test result, not the interviewer's scorecard of someone else's interview.
_BROUGHT = re.compile(
    r"(?i)\b(bring|carry|original(?!\s*message)|copies|copy|upload|attach)\b"
    r"(?:[^.\n]|\.(?!\s+(?-i:[A-Z]))){0,150}?\bscore ?cards?\b"
)
_SCORECARD = re.compile(r"(?i)score ?cards?$")
# "Hi Arjun Mehta, A new event has been scheduled. ... Invitee: Arjun Mehta": the copy the
# booker gets, not the host's notice of who booked them.
_INVITEE_GREETED = re.compile(
    r"(?is)\b(?:hi|hello|dear)\s+(?P<name>[^,\n]{2,60}),.{0,600}?\binvitee:\s*(?P=name)\b"
)
_HOST_COPY = re.compile(r"(?i)\b(new event has been scheduled|invitee( email)?:|a new event)")
# WhatsApp as the way to answer is no scam's chat: "scrivimi pure su WhatsApp al 347...",
# "Mohon konfirmasi kehadiran melalui WhatsApp" (a scam holds the interview there).
_REPLY_CHANNEL = re.compile(
    r"(?i)(\b(?:confirm\w*|konfirmasi|reply|respond|let me know|text me|message me|scriv\w*|"
    r"conferm\w*|escr[ií]b\w*|av[ií]s\w*|écri\w*|hubungi|balas|chiam\w*|llám\w*|ligue\w*|"
    r"mand[ae]\w*)\b[^.\n]{0,40}?)\bwhatsapp\b"
)
_OWN_TALK = re.compile(
    r"(?i)\b(thank you for|thanks for|after|following|enjoyed) your (\w+ )?"
    r"(seminar|séminaire|seminario)\b"
)


_YOUR_INTERVIEW = re.compile(r"(?i)\byour\s+((?:\S+\s+){1,4}?)interview\b")


def _titled_interview(text: str) -> bool:
    """ "your Analyst interview has been rescheduled": the user's interview, named by its job
    (not "your Thursday interview with the Tribune", not "your next interview")."""
    return any(
        (m := TITLE_PHRASE.fullmatch(found.group(1).strip())) and clean_role(m.group("role"))
        for found in _YOUR_INTERVIEW.finditer(text)
    )


def _plainly(kind: Kind, best: float) -> bool:
    """Strong evidence of a non-interview kind needs no job word ("Great speaking with you
    today; we'll get back to you by Friday"); an interview always does."""
    return kind not in {Kind.INVITATION, Kind.RESCHEDULE, Kind.CANCELLATION} and best >= 4.5


def _resolve_overlaps(scores: dict[Kind, float], text: str) -> None:
    """A reschedule and a cancellation both mention the interview; the interview words
    should not make them an invitation. A message that sets an interview is an invitation
    even when it also says what to bring or send."""
    if _TIME_UNCHANGED.search(text) and not _MOVED.search(text):  # "Updated:" for a new room
        scores[Kind.INVITATION] += scores[Kind.RESCHEDULE]
        scores[Kind.RESCHEDULE] = 0.0
    if scores[Kind.RESCHEDULE] >= 3.0:
        scores[Kind.INVITATION] *= 0.5
    if scores[Kind.CANCELLATION] >= 3.0 and _CANCELLED_BECAUSE.search(text):
        scores[Kind.REJECTION] *= 0.3  # "cancelled because the position has been filled"
        scores[Kind.NEXT_STEPS] *= 0.5  # "... we will come back to you if it reopens"
    if scores[Kind.CANCELLATION] >= 3.0 and not re.search(r"(?i)reschedul", text):
        scores[Kind.INVITATION] *= 0.5
        scores[Kind.RESCHEDULE] *= 0.5
    if scores[Kind.INVITATION] >= SET_INTERVIEW:  # "bring your portfolio deck to the onsite"
        scores[Kind.INFO_REQUEST] *= 0.5
    elif scores[Kind.INVITATION] >= 2.0 and _BOOKING.search(text):  # "use the link below to
        scores[Kind.INFO_REQUEST] *= 0.5  # pick a slot": the link books the interview
    if scores[Kind.APPLICATION_ACK] >= 3.0 and not _INTERVIEWED.search(text):
        scores[Kind.NEXT_STEPS] *= 0.5  # a timeline before any interview: "we review every
        # application and aim to get back to all candidates within two weeks"
    if scores[Kind.OFFER] >= 3.5:  # "a quick call Thursday to walk through the offer"
        scores[Kind.INVITATION] *= 0.5
    if scores[Kind.REJECTION] >= 3.0:
        scores[Kind.NEXT_STEPS] *= 0.5
        scores[Kind.APPLICATION_ACK] *= 0.5
        scores[Kind.OFFER] *= 0.5  # "we will not be able to offer you the position"


_MOVED = re.compile(
    r"(?i)\b(moved|moving|pushed|shifted|rescheduled|postponed|changed) (it |the \w+ |your \w+ )?"
    r"(to|from)\b|\bnew (date|day|time)\b"
)
_CANCELLED_BECAUSE = re.compile(
    r"(?i)\b(cancel(l)?ed|called off)\b[^.!?]{0,20}\b(because|as|since|due to|owing to)\b"
    r"|\b(annulée?|cancelad[oa]|anulad[oa]|annullat[oa]|abgesagt|geannuleerd)\b[^.!?]{0,50}"
    r"\b(car|parce que|en raison|ayant|porque|debido a|ya que|dado que|perché|poiché|weil"
    r"|aufgrund|omdat|pois|por causa)\b"
)
_TIME_UNCHANGED = re.compile(
    r"(?i)\b(the )?(date and )?(time|date)( and (date|time))? (is|are|remains?|stays?|will remain) "
    r"(unchanged|the same|as (planned|before|scheduled))\b"
    r"|\b(no|nothing) changes? to the (date|time)\b|\b(date|time) (has|have) not changed\b"
)
_INTERVIEWED = re.compile(
    r"(?i)\b(interview\w*|spoke|speaking|met|meeting|conversation|chat|call|onsite|visit)\b"
)


def _confidence(best: float, other: float) -> float:
    margin = best - other
    return round(max(0.05, min(0.99, 0.5 + margin / 8)), 2)

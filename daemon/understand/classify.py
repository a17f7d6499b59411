"""Which kind of hiring message this is.

Two opinions are combined: cue patterns a careful reader would use (weighted, per kind), and
the shipped bag-of-words text classifier trained on the development corpus. The patterns
decide when one kind clearly leads; the classifier breaks ties. Vetoes come first: mail that
is about something else (a digest, a newsletter, a webinar, the user interviewing someone
else, a scam) is `other` whatever words it uses.
"""

# ruff: noqa: E501 - the regular expressions read better unbroken
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from ..model import Kind
from .calendar import CalEvent

Cue = tuple[re.Pattern[str], float]


def _cues(*pairs: tuple[str, float]) -> tuple[Cue, ...]:
    return tuple((re.compile(p, re.IGNORECASE), w) for p, w in pairs)


CUES: dict[Kind, tuple[Cue, ...]] = {
    Kind.INVITATION: _cues(
        (r"\bnext (step|round) (is|will be|would be) (a|an|the)\b.{0,40}\b(interview|call|chat|screen|conversation|meeting|onsite)", 3.0),
        (r"\b(send|share|let me know|provide)\b.{0,40}\b(availability|windows|times? that works?|slots?|a few times)\b", 2.0),
        (
            r"\b(invite|invitation|inviting) you\b.{0,40}\b(interview|call|chat|conversation|meet|onsite|screen)",
            3.0,
        ),
        (
            r"\b(schedule|set up|book|arrange)\b.{0,40}\b(interview|call|chat|screen|conversation|time to (talk|speak|chat))",
            2.5,
        ),
        (
            r"\b(phone|video|technical|recruiter|initial|intro(ductory)?)\s+(screen|interview|call|chat)",
            2.0,
        ),
        (r"\b(your|the) interview (is|has been) (confirmed|scheduled|booked|set)", 3.0),
        (r"\bconfirm(ing|ed)?\b.{0,40}\binterview\b", 2.0),
        (
            r"\b(calendly|goodtime|self[- ]schedul|pick a time|select a time|choose a (time|slot)|book a (time|slot)|time slot)",
            2.0,
        ),
        (r"\byou('ll| will) (be )?(meet|meeting|speak|speaking|talk|chat)(ing)? with\b", 2.0),
        (r"\b(onsite|on-site|final round|panel interview|virtual interview|interview loop)\b", 1.5),
        (r"\bavailability\b.{0,60}\b(interview|call|chat|conversation)", 1.5),
        (r"\b(move|moving) (you )?forward\b.{0,40}\b(interview|next round|call)", 1.5),
        (r"\binterview\b", 0.5),
    ),
    Kind.RESCHEDULE: _cues(
        (r"\breschedul", 3.0),
        (
            r"\b(move|moved|moving|push|pushed|shift|shifted)\b.{0,40}\b(interview|call|meeting|chat)\b.{0,30}\bto\b",
            2.5,
        ),
        (r"\b(new|updated|revised|different) (time|date|slot)\b", 2.0),
        (r"\bupdated invitation\b", 2.0),
        (r"\binstead of\b", 1.0),
        (r"\b(conflict|came up|no longer (works|available))\b", 1.0),
    ),
    Kind.CANCELLATION: _cues(
        (
            r"\b(cancel(l)?ed|cancel(l)?ing|cancel|cancellation)\b.{0,60}\b(interview|call|meeting|chat|screen)",
            3.0,
        ),
        (
            r"\b(interview|call|meeting|screen)\b.{0,60}\b(cancel(l)?ed|cancel(l)?ing|cancellation)\b",
            3.0,
        ),
        (
            r"\b(position|role|req(uisition)?) (has been|was|is) (put on hold|on hold|closed|paused)",
            2.0,
        ),
        (
            r"\bno longer (need|be able) to (meet|hold|proceed with) (the|your|our) (interview|call)",
            2.5,
        ),
    ),
    Kind.REJECTION: _cues(
        (
            r"\b(not|won't|will not) (be )?(moving|move|proceed(ing)?|progress(ing)?) (forward )?(with|further)",
            3.0,
        ),
        (
            r"\b(decided|chosen|choose|opted|decision) to (move|proceed|go) forward with (other|another|a different)",
            3.5,
        ),
        (r"\b(other|another) candidates?\b.{0,60}\b(more closely|better|closer)", 2.5),
        (r"\bposition has (been|now been) filled\b", 3.0),
        (r"\b(regret|sorry) to (inform|let you know|tell you)", 2.5),
        (r"\bnot (been )?selected\b", 2.5),
        (r"\bunfortunately\b", 1.0),
        (r"\b(keep|retain) your (details|resume|cv|profile|information) on file", 1.0),
        (r"\bunsuccessful\b", 2.5),
    ),
    Kind.OFFER: _cues(
        (
            r"\b(pleased|happy|delighted|excited|thrilled) to (extend|offer|make)\b.{0,40}\boffer",
            4.0,
        ),
        (r"\b(extend|make|making|extending) (you )?(an|a formal|a verbal|the) offer", 3.5),
        (r"\boffer (letter|of employment|package|details)\b", 2.5),
        (r"\b(starting|base) salary\b", 1.5),
        (r"\bsign(ing)? bonus|equity grant|start date\b", 1.0),
        (r"\bwelcome (you )?(to|aboard)\b", 1.0),
    ),
    Kind.NEXT_STEPS: _cues(
        (
            r"\b(thank you|thanks) for (taking the time to )?(interview|meet|speak|talk|chat|coming in|your time)",
            1.5,
        ),
        (r"\b(make|reach|expect) (a|our|the) (final )?decision\b", 2.5),
        (r"\b(still|currently) (interviewing|reviewing|meeting with|evaluating|finishing)", 2.0),
        (r"\b(hear back|get back to you|update you|an update|be in touch)\b", 1.5),
        (r"\b(debrief|gathering feedback|collecting feedback|wrap(ping)? up)\b", 1.5),
        (r"\b(next steps|timeline)\b", 1.0),
        (r"\b(remain|still) under (review|consideration)\b", 1.5),
    ),
    Kind.INFO_REQUEST: _cues(
        (
            r"\b(send|share|provide|forward|submit|upload)\b.{0,50}\b(references?|portfolio|transcripts?|work samples?|writing samples?|certificates?|documents?|copy of|links?|github|proof|w-?2|pay ?stubs?|id\b)",
            3.0,
        ),
        (
            r"\b(contact (details|information) for|names? and (contact|emails?)).{0,40}\breferences?",
            3.0,
        ),
        (r"\b(could|can|would) you (please )?(send|share|provide|forward)", 1.5),
        (r"\b(references?|portfolio|transcript|writing sample|work sample)\b", 1.0),
        (
            r"\b(background check|right to work|work authori[sz]ation)\b.{0,40}\b(form|document|complete|provide)",
            1.5,
        ),
    ),
    Kind.APPLICATION_ACK: _cues(
        (r"\b(thank you|thanks) for (applying|your application|submitting)", 3.0),
        (r"\b(received|receipt of) your (application|resume|cv|submission)", 3.0),
        (r"\byour application (has been|was) (received|submitted)", 3.0),
        (r"\bapplication (received|confirmation|submitted)\b", 2.5),
        (r"\b(review|reviewing) (your|all) (application|qualifications|materials|profile)", 1.0),
        (r"\b(if|should) (your|there is a) (background|qualifications|experience|fit|match)", 1.0),
        (r"\bprofile (is )?(complete|completed)\b", 1.0),
    ),
}

# Mail about something else, whatever hiring words it uses.
VETOES = _cues(
    (
        r"\b(job alert|jobs? (you may|you might|for you|matching|recommended)|new jobs|recommended jobs|jobs digest)\b",
        3.0,
    ),
    (r"\b(webinar|webcast|live stream|livestream|workshop|meetup|masterclass|office hours)\b", 2.5),
    (
        r"\b(newsletter|this week'?s issue|tips for|how to ace|questions to ask|mock interview|interview prep)\b",
        2.0,
    ),
    (r"\b(podcast|press|journalist|reporter|magazine|feature story|on air|episode)\b", 2.0),
    (
        r"\b(survey|rate your|how (was|did) your (interview|experience)|candidate experience|feedback form|nps)\b",
        2.0,
    ),
    (r"\b(dentist|dental|doctor|clinic|appointment reminder|vet|haircut|salon|pharmacy)\b", 2.5),
    (
        r"\b(telegram|whatsapp|signal app|gift card|wire transfer|purchase equipment|check to purchase|processing fee|training fee|bank details|bank account)\b",
        3.0,
    ),
    (
        r"\b(as a reference|listed you as a reference|reference (check|request) for|provide a reference for)\b",
        2.5,
    ),
    (
        r"\b(you('re| are) (on the|part of the|one of the) (interview )?panel|interview (the|a|this) candidate|candidate'?s? (resume|packet|profile) (is )?attached|scorecard)\b",
        3.0,
    ),
    (
        r"\b(sprint|standup|stand-up|all-hands|retro|1:1|one-on-one|quarterly planning|team sync|offsite)\b",
        1.5,
    ),
    (r"\bunsubscribe\b", 1.0),
)
HIRING_CONTEXT = re.compile(
    r"(?i)\b(your (application|candidacy|interview|resume|cv|profile)|the (position|role|opening)"
    r"|candidate|applying|applied|recruit|hiring|talent|interview|offer|position|job)"
)


@dataclass(frozen=True)
class Verdict:
    kind: Kind
    confidence: float
    scores: Mapping[Kind, float]
    veto: float


def cue_scores(text: str) -> dict[Kind, float]:
    return {kind: sum(w for p, w in cues if p.search(text)) for kind, cues in CUES.items()}


def veto_score(text: str) -> float:
    return sum(w for p, w in VETOES if p.search(text))


def calendar_kind(events: list[CalEvent]) -> Kind | None:
    if not events:
        return None
    if any(e.cancelled for e in events):
        return Kind.CANCELLATION
    if any(e.sequence > 0 for e in events):
        return Kind.RESCHEDULE
    return Kind.INVITATION


def decide(
    subject: str,
    body: str,
    events: list[CalEvent],
    textcat: Mapping[str, float] | None,
) -> Verdict:
    body = " ".join(body.split())  # hard-wrapped lines: cues may span a line break
    text = f"{subject}\n{body}"
    # in a reply the subject is the thread's, not this message's: read the body only
    scores = cue_scores(body if re.match(r"(?i)\s*re:", subject) else text)
    veto = veto_score(text)
    if textcat:
        for kind in scores:
            scores[kind] += 2.5 * textcat.get(kind.value, 0.0)
        veto += 2.5 * textcat.get(Kind.OTHER.value, 0.0)
    cal = calendar_kind(events)
    if cal is not None:
        scores[cal] += 2.0
    _resolve_overlaps(scores, text)
    kind, best = max(scores.items(), key=lambda kv: kv[1])
    if best < 2.0 or veto >= best or not HIRING_CONTEXT.search(text):
        return Verdict(Kind.OTHER, _confidence(max(veto, 2.0), best), scores, veto)
    runner_up = max(v for k, v in scores.items() if k != kind)
    return Verdict(kind, _confidence(best, max(runner_up, veto)), scores, veto)


def _resolve_overlaps(scores: dict[Kind, float], text: str) -> None:
    """A reschedule and a cancellation both mention the interview; the interview words
    should not make them an invitation."""
    if scores[Kind.RESCHEDULE] >= 3.0:
        scores[Kind.INVITATION] *= 0.5
    if scores[Kind.CANCELLATION] >= 3.0 and not re.search(r"(?i)reschedul", text):
        scores[Kind.INVITATION] *= 0.5
        scores[Kind.RESCHEDULE] *= 0.5
    if scores[Kind.REJECTION] >= 3.0:
        scores[Kind.NEXT_STEPS] *= 0.5
        scores[Kind.APPLICATION_ACK] *= 0.5


def _confidence(best: float, other: float) -> float:
    margin = best - other
    return round(max(0.05, min(0.99, 0.5 + margin / 8)), 2)

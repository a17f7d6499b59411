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
from .cues import CANDIDACY, CUES, MEETING, VETOES

@dataclass(frozen=True)
class Verdict:
    kind: Kind
    confidence: float
    scores: Mapping[Kind, float]
    veto: float


def cue_scores(text: str) -> dict[Kind, float]:
    return {kind: sum(w for p, w in cues if p.search(text)) for kind, cues in CUES.items()}


def veto_score(text: str) -> float:
    """The strongest veto, plus a little for each further one."""
    found = sorted((w for p, w in VETOES if p.search(text)), reverse=True)
    return found[0] + 0.3 * sum(found[1:]) if found else 0.0


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
    has_time: bool = False,
    context_veto: float = 0.0,
) -> Verdict:
    body = " ".join(body.split())  # hard-wrapped lines: cues may span a line break
    text = f"{subject}\n{body}"
    # in a reply the subject is the thread's, not this message's: read the body only
    scores = cue_scores(body if re.match(r"(?i)\s*re:", subject) else text)
    veto = veto_score(text) + context_veto
    if textcat:
        for kind in scores:
            scores[kind] += 2.5 * textcat.get(kind.value, 0.0)
        veto += 2.5 * textcat.get(Kind.OTHER.value, 0.0)
    if has_time and MEETING.search(text):  # a specific time to meet is an interview
        target = Kind.RESCHEDULE if scores[Kind.RESCHEDULE] >= 2.0 else Kind.INVITATION
        scores[target] += 2.5
    cal = calendar_kind(events)
    if cal is not None:
        scores[cal] += 2.0
    _resolve_overlaps(scores, text)
    kind, best = max(scores.items(), key=lambda kv: kv[1])
    if best < 2.0 or veto >= best or not CANDIDACY.search(text):
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

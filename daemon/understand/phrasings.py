"""More phrasings of the hiring kinds (see cues.py): the ways people write a rejection, a
status update, a request for documents or an acknowledgement beyond the first tables."""

# ruff: noqa: E501 - the regular expressions read better unbroken
from __future__ import annotations

import re

from ..model import Kind

Cue = tuple[re.Pattern[str], float]


def _cues(*pairs: tuple[str, float]) -> tuple[Cue, ...]:
    return tuple((re.compile(p, re.IGNORECASE), w) for p, w in pairs)


MORE3: dict[Kind, tuple[Cue, ...]] = {
    Kind.REJECTION: _cues(
        (
            r"\b(different direction|not (be )?(offering|extending) (you )?(an offer|a position|the (role|position)))\b",
            3.0,
        ),
        (
            r"\b(does not|doesn't|did not|didn't) (quite )?(match|meet|align with) (our|the) (current )?(needs|requirements|criteria)\b",
            3.0,
        ),
        (r"\bdecided not to (pursue|continue|progress|proceed|take forward)\b", 3.5),
        (r"\b(closing|closed|archived) your (application|candidacy)\b", 3.0),
        (r"\b(sadly|I'm sorry to (say|share|tell|report)|we('re| are) sorry to)\b", 1.5),
        (
            r"\b(move|moving|go|going|proceed|proceeding)( forward| ahead)? with (another|other|a different|an internal|a more)\b",
            3.0,
        ),
    ),
    Kind.NEXT_STEPS: _cues(
        (
            r"\b(hope|aim|expect|plan|intend) to (make|have|reach|share|get back|come back|finali[sz]e|decide|wrap up|conclude)\b",
            2.0,
        ),
        (
            r"\b(expect to hear|you should hear|final stages?|interviews are (ongoing|still)|(have|get) (you )?an answer|still gathering)\b",
            2.0,
        ),
    ),
    Kind.INFO_REQUEST: _cues(
        (
            r"\b(would you mind|could you|can you|please) (also )?(sharing|send(ing)?|provid(e|ing)|attach(ing)?|share)\b",
            1.5,
        ),
        (
            r"\bthe following (documents|information|details)\b|\b(we'll|we will|we) need (a|your|the|some|two|three)\b|\breply with (your|the)\b",
            2.0,
        ),
    ),
}

MORE4: dict[Kind, tuple[Cue, ...]] = {
    Kind.REJECTION: _cues(
        (
            r"\b(unable|not (be )?able|won't be able|will not be able) to (offer you|extend an offer|move (you|your application) forward)",
            3.5,
        ),
        (r"\b(go|going|went) with (someone|somebody|another|a different|an internal)\b", 3.0),
        (
            r"\b(not|won't|will not) be (continuing|proceeding|moving forward|going forward) with your (candidacy|application)\b",
            3.5,
        ),
        (r"\bclose the loop\b", 1.0),
    ),
    Kind.OFFER: _cues(
        (r"\bjoin (us|the team|(?-i:[A-Z])\w+) as (a|an|our)\b", 2.0),
    ),
    Kind.NEXT_STEPS: _cues(
        (r"\bnext step\b.{0,40}\b(debrief|decide|decision|discuss|review|get back)", 1.5),
    ),
}

GENERAL: dict[Kind, tuple[Cue, ...]] = {
    Kind.REJECTION: _cues(
        (
            r"\bnot to (move|go|proceed|progress|continue)( forward| ahead| further)? with (your|the) (application|candidacy|process)",
            3.5,
        ),
        (
            r"\b(applicants|candidates|people|profiles) (whose|with) (experience|background|skills|profiles?|qualifications) (more closely|better|more directly|closer) (align|match|fit)",
            3.0,
        ),
        (r"\b(has|have|was|were) not been (successful|selected|shortlisted|progressed)\b", 3.5),
        (r"\bon this occasion\b", 1.5),
        (r"\b(isn't|is not|wasn't|was not) (better|the) news\b|\bnot the news you\b", 2.0),
        (
            r"\b(extend(ing)?|make|making|made|give|giving|offer(ing)?) (an |the |our )?(offer|role|position|job) to (a|another|one|someone|somebody|the other|an internal|a different)\b",
            4.0,
        ),
        (
            r"\b(pas en mesure de (vous )?donner|ne (pouvons|pourrons) pas donner|donner une suite favorable|pas été retenue?|malheureusement)\b|\b(lamentamos|lamentablemente|no podemos (continuar|avanzar)|no ha sido seleccionad)|\bleider (mitteilen|absagen|nicht)\b",
            3.0,
        ),
    ),
    Kind.RESCHEDULE: _cues(
        (
            r"\b(could|can|would|shall) we (do|move|switch|push|shift|make it|try)\b.{0,80}\binstead\b",
            3.0,
        ),
        (r"\b(at|for) the same time\b", 1.0),
    ),
    Kind.INVITATION: _cues(
        (
            r"\b((te|le|les) (proponemos|proponemos tener|invitamos a) una entrevista|nos gustar[ií]a (invitarte|invitarle|conocerte|entrevistarte)|(convidamos|convidar) (você|voce) para uma entrevista|gostar[ií]amos de (te )?(convidar|conhecer)|nous (vous )?proposons un entretien|nous aimerions vous rencontrer|wir m[öo]chten sie (gerne |gern )?(zu einem|kennenlernen)|vorstellungsgespr[äa]ch am|vi invitiamo a un colloquio)",
            3.0,
        ),
    ),
    Kind.INFO_REQUEST: _cues(
        (
            r"\b(fill (out|in)|complete|return)\b.{0,30}\b(attached|enclosed|following|this)\b.{0,30}\b(questionnaire|assessment|exercise|declaration|paperwork|(application|candidate|onboarding|background check|consent) form)",
            3.5,
        ),
    ),
    Kind.APPLICATION_ACK: _cues(
        (
            r"\b(we('ve| have)|I('ve| have)) (now )?(got|received|safely received) your (application|cv|resume|résumé)",
            3.0,
        ),
        (r"\byour application\b.{0,40}\b(is|it's) now with\b", 2.0),
        (
            r"\bif (your|there's a|there is a) (experience|background|profile|skills|qualifications)? ?(is|are)? ?(a )?(good|strong|close)? ?(match|fit)\b",
            2.0,
        ),
    ),
}

PHRASINGS: dict[Kind, tuple[Cue, ...]] = {}
for _table in (MORE3, MORE4, GENERAL):
    for _kind, _extra in _table.items():
        PHRASINGS[_kind] = PHRASINGS.get(_kind, ()) + _extra

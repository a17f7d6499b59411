"""More phrasings of the hiring kinds (see cues.py): the ways people write a rejection, a
status update, a request for documents or an acknowledgement beyond the first tables."""

# ruff: noqa: E501 - the regular expressions read better unbroken
from __future__ import annotations

from ..model import Kind
from .cuetable import Cue, cues, merged

# Broader and non-English phrasings of the same kinds.
EXTRA: dict[Kind, tuple[Cue, ...]] = {
    Kind.INVITATION: cues(
        (r"(面接|面談)(の)?(日程|ご案内|のご連絡)|日時[:：]", 3.0),
        (
            r"\b(gostar[ií]amos de marcar|marcar uma entrevista|te confirmo tu entrevista|confirmamos tu entrevista|nous souhaitons vous (rencontrer|inviter)|laden (wir )?sie .{0,40}(gespräch|interview)|einladung zum|vorstellungsgespräch(?!en?\b))",
            3.0,
        ),
        (r"\b(come (by|in)|stop by|drop by)\b.{0,60}\b(talk|chat|meet|interview)", 2.0),
        (r"\b(first|quick|short|intro|informal) (conversation|call|chat)\b", 1.5),
        (r"\b(I've|we've|I have|we have) (booked|scheduled|set up|put)\b", 2.0),
        (r"\b(round \d|technical round|first round|second round|final round)\b", 1.5),
        (r"\b(is|are) (locked in|confirmed|booked)\b", 2.0),
    ),
    Kind.CANCELLATION: cues(
        (
            r"\b((gesprächs)?termin\w*|gespräch\w*|interview)\b.{0,80}\babsagen|absage des (termins|gesprächs)|annuler (l'|notre )entretien|cancelar (la|tu) entrevista",
            4.0,
        ),
    ),
    Kind.REJECTION: cues(
        (r"\b(not|won't|will not) (be )?(moving|move|going|go) (ahead|further)\b", 3.0),
        (r"\b(decided to|will) focus on (other )?candidates\b", 3.0),
        (r"\b(für eine?n? andere|andere[nr]? (bewerber|kandidat)\w*)\b.{0,40}\bentschieden", 3.5),
        (r"(お見送り|見送らせて|ご期待に添えない|残念ながら)", 3.5),
        (r"\b(won't|will not|not) be progressing\b|\bI'm afraid\b", 2.5),
        (r"\b(decided|decision) (not to|to not) (move|proceed|progress|go) forward", 3.5),
        (r"\bnot (to )?(move|moving) forward\b", 2.5),
        (r"\b(will not|won't|not going to|decided not to) fill\b", 3.0),
        (r"\b(not|didn't|did not) end with an offer\b", 2.5),
        (r"\b(unable|not able) to offer you\b", 3.0),
        (r"\b(pursue|pursuing|proceed with) other (candidates|applicants)\b", 3.0),
        (
            r"\bne (donnerons|pouvons) pas (suite|donner suite)|au regret de vous informer|nous ne retiendrons pas",
            3.5,
        ),
        (
            r"\b(leider\b.{0,80}\b(nicht|keine|anderen)|nicht weiter berücksichtigen|nicht berücksichtigen|anderen kandidaten|absage (ihrer|auf ihre) bewerbung)",
            3.0,
        ),
        (
            r"\b(no continuaremos|no seguiremos|hemos decidido continuar con otros|não seguiremos|não vamos prosseguir|optamos por seguir com outros)",  # not "lamentablemente" alone (lexicon: 1.0)
            3.0,
        ),
    ),
    Kind.OFFER: cues(
        (r"\b(want|would like|wants) to offer you\b", 3.5),
        (r"\b(offer|offering) you the\b.{0,40}\b(job|role|position)", 3.0),
        (r"\b(accept|view|review|sign) (and accept )?your offer\b", 2.5),
        (r"\bcongratulations\b", 1.0),
        (r"\b(formal|written) (contract|offer)\b", 1.5),
        (
            r"\b(base|salary|compensation|per hour|/hour|hourly|stipend|bonus)\b.{0,40}\b(start|starting)\b",
            1.0,
        ),
        (
            r"\b(ihnen .{0,30}angebot|vertragsangebot|oferta de (trabajo|empleo)|proposta de (trabalho|emprego)|offre d'emploi|proposition d'embauche)",
            3.0,
        ),
    ),
    Kind.NEXT_STEPS: cues(
        (
            r"\b(will|to|then) decide\b|\b(one|two|a few|a couple) more (candidates?|interviews|conversations)\b",
            2.0,
        ),
        (
            r"\b(in the coming (days|weeks)|early next week|later this week|end of (the|this|next) (week|month))\b",
            1.0,
        ),
        (r"\blet (\w+ ){0,2}know (the outcome )?(by|within|before|early|next|on)\b", 2.0),
        (
            r"\b(outcome|finishing debriefs|finishing interviews|completing interviews|last (two|few|couple of) (people|candidates))\b",
            1.5,
        ),
        (r"\b(thank you|thanks) for the (interview|conversation|chat|call|time)\b", 1.5),
        (r"\b(hear|heard) from (us|me) (within|by|before|early|next)", 2.0),
        (r"\b(still have|a few more|other) (\w+ )?(interviews|candidates|conversations)\b", 1.5),
        (
            r"\b(we('ll| will)|I('ll| will)) (be in touch|let you know|update you|get back to you|follow up)\b",
            1.5,
        ),
        (r"\b(decision|feedback) (by|within|early|next|before)\b", 1.5),
        (r"\b(entscheidung|rückmeldung|décision|retour|decisión|respuesta|decisão|retorno)\b", 1.0),
    ),
    Kind.INFO_REQUEST: cues(
        (  # "let me know your notice period and salary expectations"
            r"\b(let (me|us) know|tell (me|us)|confirm)\b.{0,40}\b(notice period|salary expectations?|expected salary|current (salary|compensation)|earliest start date)\b",
            3.0,
        ),
        (
            r"\b(ask|asking) (every|all|each) candidates? (for|to)\b|\b(two|three|\d) clips\b|published work|writing samples?",
            3.0,
        ),
        (
            r"\b(shar(e|ing)|send(ing)?|provid(e|ing)|attach(ing)?)\b.{0,50}\b(code sample|repo|repository|gist|case study|case studies|deck|presentation|portfolio)\b",
            3.0,
        ),
        (
            r"\b(salary expectations|notice period|expected salary|current salary|earliest start)\b",
            2.0,
        ),
        (r"\b(background check|right to work|work permit|visa status|share code)\b", 2.0),
        (r"\bplease (complete|fill (in|out)|send|upload|provide|share)\b", 1.5),
        (
            r"\b(could|can|would) you (please )?(also )?(share|send|provide|let me know|confirm)\b",
            1.0,
        ),
    ),
    Kind.APPLICATION_ACK: cues(
        (
            r"\b(vielen dank für ihre bewerbung|wir haben ihre (unterlagen|bewerbung) erhalten|eingang ihrer bewerbung)",
            3.5,
        ),
        (
            r"\b(hemos recibido tu (postulaci[oó]n|solicitud|cv)|gracias por (tu|su) (postulaci[oó]n|inter[eé]s|solicitud)|recebemos (a )?sua candidatura|obrigad[oa] pela (sua )?candidatura|nous avons bien reçu votre candidature|merci pour votre candidature)",
            3.5,
        ),
        (
            r"\b(your application|application for)\b.{0,60}\b(has been|was) (received|submitted|sent)",
            3.0,
        ),
        (r"\bsuccessfully (applied|submitted)\b", 3.0),
    ),
}

MORE3: dict[Kind, tuple[Cue, ...]] = {
    Kind.REJECTION: cues(
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
    Kind.NEXT_STEPS: cues(
        (
            r"\b(hope|aim|expect|plan|intend) to (make|have|reach|share|get back|come back|finali[sz]e|decide|wrap up|conclude)\b",
            2.0,
        ),
        (
            r"\b(expect to hear|you should hear|final stages?|interviews are (ongoing|still)|(have|get) (you )?an answer|still gathering)\b",
            2.0,
        ),
    ),
    Kind.INFO_REQUEST: cues(
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
    Kind.REJECTION: cues(
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
    Kind.OFFER: cues(
        (r"\bjoin (us|the team|(?-i:[A-Z])\w+) as (a|an|our)\b", 2.0),
    ),
    Kind.NEXT_STEPS: cues(
        (r"\bnext step\b.{0,40}\b(debrief|decide|decision|discuss|review|get back)", 1.5),
    ),
}

GENERAL: dict[Kind, tuple[Cue, ...]] = {
    Kind.REJECTION: cues(
        (
            r"\bnot to (move|go|proceed|progress|continue)( forward| ahead| further)? with (your|the) (application|candidacy|process)",
            3.5,
        ),
        (
            r"\b(applicants|candidates|people|profiles|someone|a candidate) (whose|with) (experience|background|skills|profiles?|qualifications) (is |are )?(a |an )?(more closely|better|more directly|closer|stronger|more) (align|match|fit|suited|aligned|relevant)",
            3.0,
        ),
        (r"\b(has|have|was|were) not been (successful|selected|shortlisted|progressed)\b", 3.5),
        (r"\bon this occasion\b", 1.5),
        (
            r"\b(not|won't|will not|unable to|not be able to) (be )?(moving|move|progress(ing)?|advanc(e|ing)|invit(e|ing)|tak(e|ing)) (you |your application )?(on )?(to|into|forward to|through to) (the )?(next|final|following) (stage|round|step)",
            3.5,
        ),
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
    Kind.CANCELLATION: cues(
        (
            r"\b(call(ed|ing)? off|scrap(ped|ping)?|postpon(e|ed|ing) indefinitely)\b.{0,40}\b(interview|call|meeting|chat|screen|onsite)",
            3.5,
        ),
        (
            r"\b(opening|role|position|req(uisition)?|search|hiring) (has been|was|is|'s been) (frozen|paused|put on hold|on hold|cancel(l)?ed|withdrawn)",
            2.0,
        ),
    ),
    Kind.RESCHEDULE: cues(
        # the employer moves it: "we need to reschedule your interview" (not "if you need to")
        (r"\b(we|I)('ll| will)? (need|have) to (reschedule|move|push( back)?)\b", 3.0),
        (
            r"\b(could|can|would|shall) (we|you) (do|move|switch|push|shift|make it|try)\b.{0,80}\binstead\b",
            3.0,
        ),
        (r"\b(at|for) the same time\b", 1.0),
    ),
    Kind.INVITATION: cues(
        (
            r"\b((te|le|les) (proponemos|proponemos tener|invitamos a) una entrevista|nos gustar[ií]a (invitarte|invitarle|conocerte|entrevistarte)|(convidamos|convidar) (você|voce) para uma entrevista|gostar[ií]amos de (te )?(convidar|conhecer)|nous (vous )?proposons un entretien|nous aimerions vous rencontrer|wir m[öo]chten sie (gerne |gern )?(zu einem|kennenlernen)|vorstellungsgespr[äa]ch am|vi invitiamo a un colloquio)",
            3.0,
        ),
    ),
    Kind.NEXT_STEPS: cues(
        (r"\b(thank you|thanks) for your (patience|understanding)\b", 1.5),
        (
            r"\b(completed|finished|concluded|wrapped up) (the |our |all )?(\w+ ){0,2}(rounds? of interviews|interviews|interview (round|stage))\b",
            2.0,
        ),
        (
            r"\b(contact|notify|inform|update|reach out to|get back to) (all |the )?(finalists|shortlisted candidates|remaining candidates|candidates)\b",
            2.0,
        ),
        (r"\b(agree on|reach|make) (a|our) (recommendation|hiring decision|final decision)\b", 2.0),
    ),
    Kind.INFO_REQUEST: cues(
        (
            r"\b(fill (out|in)|complete|return)\b.{0,30}\b(attached|enclosed|following|this)\b.{0,30}\b(questionnaire|assessment|exercise|declaration|paperwork|(application|candidate|onboarding|background check|consent) form)",
            3.5,
        ),
    ),
    Kind.APPLICATION_ACK: cues(
        (
            r"\b(we('ve| have)|I('ve| have)) (now )?(got|received|safely received) your (application|cv|resume|résumé)",
            3.0,
        ),
        (r"\byour application\b.{0,40}\b(is|it's) now with\b", 2.0),
        (
            r"\byour application is (currently |now )?(under|being) (review|reviewed|considered)\b",
            2.5,
        ),
        (
            r"\bif (your|there's a|there is a) (experience|background|profile|skills|qualifications)? ?(is|are)? ?(a )?(good|strong|close)? ?(match|fit)\b",
            2.0,
        ),
    ),
}

# Moving an interview the message names only as "it", and the subjects that announce a change.
MOVES: dict[Kind, tuple[Cue, ...]] = {
    Kind.RESCHEDULE: cues(
        (
            r"\b(moved|moving|move|push(ed|ing)?|shift(ed|ing)?|bump(ed|ing)?)\s+(it|us|you(?! (forward|ahead|on|along|through|up|(to|into) (the |a )?(next|final|second|third|following|last)))|things|this|that)\b.{0,30}\b(to|from)\b",
            2.5,
        ),
        (
            r"\b(small |a |slight )?change (in|to) (your|the) (\w+ ){0,2}(interview|round|schedule|call|time)",
            2.5,
        ),
        (r"\bchange of (time|date|plan|schedule)\b", 2.0),
        (r"\b(is|has been|will now be) now (at|on|scheduled for|set for)\b|\bis now at\b", 2.5),
    ),
    Kind.OFFER: cues(
        (  # "would love to have you join Arbor as"; not "you to join us for an onsite"
            r"\b(would|'d) (love|like) (to have you|you to) (join|come aboard|come on board)\b(?!\s+((us|the team|our team)\s+)?(for|at|on|in|next|this|tomorrow)\b)",
            3.0,
        ),
        (
            r"\b(bring you on ?board|welcome you aboard|(send|sending) (you )?(over )?the (offer )?paperwork|go over the numbers)\b",
            3.0,
        ),
    ),
    Kind.INVITATION: cues(
        (r"\b(get|bring|have) you (in|on-?site|in front of|to meet)\b", 2.0),
        (r"\b(move|advance|progress|invite) you (forward )?to the next (stage|round|step)\b", 2.5),
        (r"\bcome in for (a|an) (trial|working interview|assessment|demo)\b", 2.5),
        (  # a slot agreed: "let's lock in option 2 - calendar invite to follow"
            r"\b((calendar |meeting |zoom |teams )?invite (to follow|coming|is on (its|the) way)|(I'll|I will|we'll|we will) send (you )?(over )?(a|the) (calendar )?invit(e|ation)|let's (lock in|go with|book|pencil in))\b",
            2.0,
        ),
        (
            r"\b(you're|you are|you've been|you have been) (all )?(confirmed|booked|scheduled|set)( in)? (for|on)\b",
            2.0,
        ),
    ),
}

# Wave 8: a shortlisting letter, a list of documents to send, a Spanish status update.
WAVE8: dict[Kind, tuple[Cue, ...]] = {
    Kind.INVITATION: cues(
        # an applicant-tracking site's notice that an employer requested an interview
        (r"\b(has|have) requested an interview with you\b|\binterview request\b", 3.0),
        (  # "you have been shortlisted for interview", "Invitation to interview: Pharmacist"
            r"(?<!get )(?<!getting )(?<!to be )(?<!how to get )\b(shortlisted|selected|invited) (you )?(for|to) (an? |the |your )?(interview|assessment (day|centre|center))\b(?!\s+(skills|tips|prep|preparation|workshop|masterclass|webinar|coaching|candidates|applicants|an?|the|our|someone|people)\b)|\binvitation to (an? )?interview\b(?!\s+(skills|tips|prep|preparation|workshop|masterclass|webinar|coaching|candidates|applicants|an?|the|our|someone|people)\b)",
            3.0,
        ),
    ),
    Kind.INFO_REQUEST: cues(
        (  # "kindly send us the following on or before Friday: 1. NBI Clearance"
            r"\b(send|submit|provide|prepare|forward|email)\b.{0,15}\bthe following\b(?! (times?|slots?|dates?|days?)\b)",
            2.5,
        ),
        (  # "Two (2) character references", "three work references"
            r"\b(two|three|2|3)\s*(\(\d\)\s*)?(professional |character |work |employment )(references|referees)\b",
            3.0,
        ),
        (r"\bpre-?employment (requirements|documents)\b", 1.5),
    ),
    Kind.NEXT_STEPS: cues(
        (  # "esperamos tener una decisión a más tardar el viernes"
            r"\b(esperamos|esperamos poder|vamos a|podremos|deber[ií]amos) (tener|tomar|darte|darle|comunicarte|comunicarle) (una|la|nuestra) (decisi[oó]n|respuesta)\b",
            2.5,
        ),
        (
            r"\b(terminamos|terminando|concluimos|finalizamos|estamos terminando) (las|los) (entrevistas|procesos)\b",
            2.0,
        ),
        (r"\bgracias por (tu|su) tiempo en la entrevista\b", 1.5),
        (  # "we will be making our decision over the next 10 days", "decisions will be
            # communicated on or before", "final decisions are expected mid-March"
            r"\b(making|reach|reaching) (our|a|the) (final )?decision\b",
            2.5,
        ),
        (r"\bdecisions? (will be|are|is) (communicated|made|shared|announced|expected)\b", 2.5),
    ),
}

PHRASINGS = merged(EXTRA, MORE3, MORE4, GENERAL, MOVES, WAVE8)

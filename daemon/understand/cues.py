"""The cue patterns a careful reader uses to tell kinds of hiring mail apart, with weights,
in the languages the corpus has (English, Spanish, Portuguese, French, German). Vetoes are
cues that the mail is about something else (a digest, a webinar, a reference request, the
user's own job), whatever hiring words it also uses."""

# ruff: noqa: E501 - the regular expressions read better unbroken
from __future__ import annotations

import re

from ..model import Kind

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
        (r"\b(like|love|want|keen|happy) to (meet|speak|talk|chat) (with )?(you|the team)\b", 2.0),
        (r"\b(onsite|on-site|final round|panel interview|virtual interview|interview loop)\b", 1.5),
        (r"\bavailability\b.{0,60}\b(interview|call|chat|conversation)", 1.5),
        (r"\b(move|moving) (you )?forward\b.{0,40}\b(interview|next round|call)", 1.5),
        (r"\binterview\b", 0.5),
    ),
    Kind.RESCHEDULE: _cues(
        (r"\b(been|was|were|have|has|I've|we've|we have|I have)\s+(rescheduled|moved|pushed|shifted)\b", 3.0),
        (r"(?<!need to )(?<!want to )(?<!to )\breschedul(ed|ing)?\b(?!\?)", 2.0),
        (r"^\W*(rescheduled|updated|moved)\b", 2.0),
        (
            r"\b(move|moved|moving|push|pushed|shift|shifted)\b.{0,40}\b(interview|call|meeting|chat|conversation|session|screen|onsite|time)\b.{0,40}\bto\b",
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
    (r"\b(podcast|journalist|magazine|feature story|on air|episode|press interview|for (our|the) (story|article|piece|issue|edition))\b", 2.0),
    (
        r"\b(survey|rate your|how (was|did) your (interview|experience)|feedback form|nps)\b",
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
MEETING = re.compile(
    r"(?i)\b(interview\w*|meet\w*|speak\w*|talk\w*|chat|call|conversation|screen\w*|onsite|"
    r"panel|entrevista\w*|entretien|gespräch|colloquio|sollicitatiegesprek|come by|stop by|"
    r"round|session|zoom|teams|google meet|video)\b|面接|面談"
)
HIRING_CONTEXT = re.compile(
    r"(?i)\b(your (application|candidacy|interview|resume|cv|profile)|the (position|role|opening)"
    r"|candidate|applying|applied|application|recruit|hiring|talent|interview|offer|position|"
    r"job|role|round|portfolio|cv|resume|conversation|debrief|"
    r"vacante|vaga|entrevista|entretien|poste|stelle|bewerbung|colloquio)"
)

# Broader and non-English phrasings of the same kinds.
EXTRA: dict[Kind, tuple[Cue, ...]] = {
    Kind.INVITATION: _cues(
        (r"(面接|面談)(の)?(日程|ご案内|のご連絡)|日時[:：]", 3.0),
        (r"\b(gostar[ií]amos de marcar|marcar uma entrevista|te confirmo tu entrevista|confirmamos tu entrevista|nous souhaitons vous (rencontrer|inviter)|laden (wir )?sie .{0,40}(gespräch|interview)|einladung zum|vorstellungsgespräch)", 3.0),
        (r"\b(come (by|in)|stop by|drop by)\b.{0,60}\b(talk|chat|meet|interview)", 2.0),
        (r"\b(first|quick|short|intro|informal) (conversation|call|chat)\b", 1.5),
        (r"\b(I've|we've|I have|we have) (booked|scheduled|set up|put)\b", 2.0),
        (r"\b(round \d|technical round|first round|second round|final round)\b", 1.5),
        (r"\b(is|are) (locked in|confirmed|booked)\b", 2.0),
    ),
    Kind.CANCELLATION: _cues(
        (r"\b((gesprächs)?termin\w*|gespräch\w*|interview)\b.{0,80}\babsagen|absage des (termins|gesprächs)|annuler (l'|notre )entretien|cancelar (la|tu) entrevista", 4.0),
    ),
    Kind.REJECTION: _cues(
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
        (r"\bne (donnerons|pouvons) pas (suite|donner suite)|au regret de vous informer|nous ne retiendrons pas", 3.5),
        (r"\b(leider\b.{0,80}\b(nicht|keine|anderen)|nicht weiter berücksichtigen|nicht berücksichtigen|anderen kandidaten|absage (ihrer|auf ihre) bewerbung)", 3.0),
        (r"\b(lamentablemente|no continuaremos|no seguiremos|hemos decidido continuar con otros|infelizmente|não seguiremos|não vamos prosseguir|optamos por seguir com outros)", 3.0),
    ),
    Kind.OFFER: _cues(
        (r"\b(want|would like|wants) to offer you\b", 3.5),
        (r"\b(offer|offering) you the\b.{0,40}\b(job|role|position)", 3.0),
        (r"\b(accept|view|review|sign) (and accept )?your offer\b", 2.5),
        (r"\bcongratulations\b", 1.0),
        (r"\b(formal|written) (contract|offer)\b", 1.5),
        (r"\b(base|salary|compensation|per hour|/hour|hourly|stipend|bonus)\b.{0,40}\b(start|starting)\b", 1.0),
        (r"\b(ihnen .{0,30}angebot|vertragsangebot|oferta de (trabajo|empleo)|proposta de (trabalho|emprego)|offre d'emploi|proposition d'embauche)", 3.0),
    ),
    Kind.NEXT_STEPS: _cues(
        (r"\b(will|to|then) decide\b|\b(one|two|a few|a couple) more (candidates?|interviews|conversations)\b", 2.0),
        (r"\b(in the coming (days|weeks)|early next week|later this week|end of (the|this|next) (week|month))\b", 1.0),
        (r"\blet (\w+ ){0,2}know (the outcome )?(by|within|before|early|next|on)\b", 2.0),
        (r"\b(outcome|finishing debriefs|finishing interviews|completing interviews|last (two|few|couple of) (people|candidates))\b", 1.5),
        (r"\b(thank you|thanks) for the (interview|conversation|chat|call|time)\b", 1.5),
        (r"\b(hear|heard) from (us|me) (within|by|before|early|next)", 2.0),
        (r"\b(still have|a few more|other) (\w+ )?(interviews|candidates|conversations)\b", 1.5),
        (r"\b(we('ll| will)|I('ll| will)) (be in touch|let you know|update you|get back to you|follow up)\b", 1.5),
        (r"\b(decision|feedback) (by|within|early|next|before)\b", 1.5),
        (r"\b(entscheidung|rückmeldung|décision|retour|decisión|respuesta|decisão|retorno)\b", 1.0),
    ),
    Kind.INFO_REQUEST: _cues(
        (r"\b(ask|asking) (every|all|each) candidates? (for|to)\b|\b(two|three|\d) clips\b|published work|writing samples?", 3.0),
        (r"\b(share|send)\b.{0,40}\b(code sample|repo|repository|gist|case study|case studies|deck|presentation)\b", 3.0),
        (r"\b(salary expectations|notice period|expected salary|current salary|earliest start)\b", 2.0),
        (r"\b(background check|right to work|work permit|visa status|share code)\b", 2.0),
        (r"\bplease (complete|fill (in|out)|send|upload|provide|share)\b", 1.5),
        (r"\b(could|can|would) you (please )?(also )?(share|send|provide|let me know|confirm)\b", 1.0),
    ),
    Kind.APPLICATION_ACK: _cues(
        (r"\b(vielen dank für ihre bewerbung|wir haben ihre (unterlagen|bewerbung) erhalten|eingang ihrer bewerbung)", 3.5),
        (r"\b(hemos recibido tu (postulaci[oó]n|solicitud|cv)|gracias por (tu|su) (postulaci[oó]n|inter[eé]s|solicitud)|recebemos (a )?sua candidatura|obrigad[oa] pela (sua )?candidatura|nous avons bien reçu votre candidature|merci pour votre candidature)", 3.5),
        (r"\b(your application|application for)\b.{0,60}\b(has been|was) (received|submitted|sent)", 3.0),
        (r"\bsuccessfully (applied|submitted)\b", 3.0),
    ),
}
for _kind, _extra in EXTRA.items():
    CUES[_kind] = CUES[_kind] + _extra

# Stronger vetoes: the mail is plainly about something other than the user's candidacy.
VETOES = VETOES + _cues(
    (r"\b(mock interview|practice (session|interview)|interview night|interview coach|career coach|coach:|interview a volunteer)\b", 4.0),
    (r"\b(issue #?\d+|this week:|this week is all about|hey friend|you're subscribed|subscribed as|in this issue|also in this issue|reply yes to|weekly\b.{0,20}\b(tips|digest))", 3.5),
    (r"\b(career fair|job fair|hiring event|recruiting event|expo|open house)\b", 4.0),
    (r"\b(visa (interview|appointment)|consula(r|te)|embassy|biometrics|ds-160|uscis appointment)\b", 4.0),
    (r"\b(admissions?|kindergarten|your (daughter|son|child)|enrol(l)?ment|tuition)\b", 4.0),
    (r"\b(rental|apartment|lease|leasing|tenant|landlord|viewing|unit \d+\w?)\b", 4.0),
    (r"\b(annual review|self-evaluation|performance review|promo(tion)? packet|your manager)\b", 4.0),
    (r"\b(sit on the panel|join (the|our|friday's|\w+'s) panel|you('re| are) scheduled to interview|you interviewed|submit (your )?(feedback|scorecard)|update scorecards|scorecards?\b|interviewer schedule|the other two)\b", 4.5),
    (r"\b(pipeline (this week|update|review)|reopened the req|onsites scheduled|hiring committee notes)\b", 4.0),
    (r"\b(new event has been scheduled|invitee( email)?:|a new event)\b", 4.5),
    (r"\b(no interview (is )?required|usdt|crypto|paid daily|no experience (needed|required)|dear applicant|text only|processing fee|onboarding fee|bank login|send a copy of your id)\b", 4.5),
    (r"\b(listed you as a reference|as a reference for|reference (check|form|questionnaire) for|to serve as a reference)\b", 5.0),
    (r"\b1:1\b|\bone-on-one\b|\bsprint (planning|review)\b|\bteam offsite\b|\ball-hands\b|\bquarterly planning\b", 4.0),
    (r"\b(was viewed|viewed by the hiring team|similar jobs|jobs are hiring|people also viewed|your profile (appeared|was viewed))\b", 4.0),
    (r"\b(our interview with|q&a with|sat down with|in conversation with)\b", 3.0),
    (r"\b(order|package|shipment|delivery|tracking number|shipped)\b.{0,40}\b(order|shipped|track|deliver)", 3.0),
    (r"\b(volunteer shift|volunteering|your shift)\b", 4.0),
    (r"\b(pickup|driver|ride|car service|airport transfer)\b.{0,40}\b(confirmed|scheduled|booked)", 3.0),
)

# The mail is about the user's own candidacy for a job: without one of these, no hiring kind.
CANDIDACY = re.compile(
    r"(?i)\b(your (application|candidacy|interview|resume|cv|profile|background|experience)"
    r"|(position|role|job|opening|vacancy|post|req(uisition)?)\b|hiring (manager|team|process)"
    r"|recruit(er|ing|ment)|talent (acquisition|partner|team|lead)|people (ops|team)|\bHR\b"
    r"|candidate|applying|applied|application|interview(s|ing)? for|offer|onsite|round"
    r"|interview\s*[:(]|interview with|final interviews|the process|onboarding"
    r"|greenhouse|lever|workday|ashby|smartrecruiters|goodtime|personio|teamtailor|icims"
    r"|vacante|vaga|candidatura|postulaci|bewerbung|stelle|personal(abteilung|referent)|poste|"
    r"candidature|entrevista t[eé]cnica|our (ceo|cto|coo|cfo|vp|head|director|founder|team))"
    r"|面接|選考|応募|採用"
)

# The kinds of non-hiring mail the issue names, in more of the words people use for them.
VETOES = VETOES + _cues(
    (r"\b(job alerts?|jobs? for you|jobs? (that )?match(es|ing)?|new (jobs|roles|openings) (for|near|in)|recommended (jobs|for you)|apply now|easy apply|see all jobs|view all jobs|\d+\+? new jobs|top job picks|based on your (profile|search|preferences))\b", 3.5),
    (r"\b(read more|read online|view in browser|view online|forward to a friend|manage (your )?(subscription|preferences|email settings)|you are receiving this (email|newsletter) because|subscribe)\b", 2.0),
    (r"\b(register(ed)? (now|here|for)|registration (is )?confirmed|you're registered|save your seat|save the date|rsvp|join us (live|online|for)|live (session|q&a|event|panel discussion)|hosted by|our speakers?|panelists? include|recording will be)\b", 3.5),
    (r"\b(podcast|episode|our show|on the show|guest on|be (a|our) guest|for (an|our) (article|story|feature|piece|newsletter|blog)|quote you|on the record|journalist|publication)\b", 3.5),
    (r"\b(referee|recommendation letter|letter of recommendation|vouch for|speak to (his|her|their) (work|experience|skills)|former (colleague|employee|report) of yours|worked with (him|her|them))\b", 4.0),
    (r"\b(interview kit|interviewer (guide|training|calendar)|candidate packet|please review the (candidate|resume)|candidate's (resume|cv|portfolio)|feedback on (the )?candidate|hiring debrief for|(you|you've) been added (to|as) (the )?(interview|interviewer|panel))\b", 4.5),
    (r"\b(appointment|visit|check-?up|cleaning|reminder|booking)\b.{0,80}\b(dentist|dental|orthodont|hygienist|physician|doctor|clinic|physio(therapy)?|optometr|vet(erinary)?|groomer|salon|barber|massage|spa|pharmacy|mechanic|garage)\b", 4.0),
    (r"\b(dentist|dental|orthodont|hygienist|physician|doctor|physio(therapy)?|optometr|vet(erinary)?|groomer|salon|barber|massage|spa|mechanic|garage)\b.{0,80}\b(appointment|visit|check-?up|cleaning|reminder|booking)\b", 4.0),
    (r"\b(survey|questionnaire|how did we do|tell us about your experience|share your (experience|feedback) (with|about|of)|rate (your|us|the)|\d+ (quick )?questions|takes? (about )?\d+ minutes|net promoter)\b", 3.5),
    (r"\b(data entry|mystery shopper|package reshipping|reshipping|payment processing agent|work from home.{0,20}\$\d+|\$\d+\s*(/|per)\s*(hr|hour|day)|earn \$|crypto|bitcoin|usdt|gift cards?|wire (the|a) (money|payment)|cashier'?s check|send (you )?a check|telegram|whatsapp|signal messenger|google hangouts chat|urgent(ly)? (hiring|response))\b", 3.5),
)
BULK_HEADERS = ("list-unsubscribe", "list-id", "list-post")

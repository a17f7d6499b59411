"""The cue patterns a careful reader uses to tell kinds of hiring mail apart, with weights,
in English, Spanish, Portuguese, French, German and Japanese. The vetoes (mail about
something else) are in vetoes.py."""

# ruff: noqa: E501 - the regular expressions read better unbroken
from __future__ import annotations

import re

from ..model import Kind
from .cuetable import Cue, cues, merged
from .languages import WORLD
from .lexicon import LEXICON
from .phrasings import PHRASINGS

CUES: dict[Kind, tuple[Cue, ...]] = {
    Kind.INVITATION: cues(
        (
            r"\bnext (step|round) (is|will be|would be) (a|an|the)\b.{0,40}\b(interview|call|chat|screen|conversation|meeting|onsite)",
            3.0,
        ),
        (
            r"\b(send|share|let me know|provide)\b.{0,40}\b(availability|windows|times? that works?|slots?|a few times)\b",
            2.0,
        ),
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
        (r"\bconfirm(ing|ed)?\b.{0,60}\binterview\b", 2.0),
        (
            r"\b(calendly|goodtime|self[- ]schedul|(pick|select|choose|book|grab) a (time|slot)|time slot)",
            2.0,
        ),
        (r"\byou('ll| will) (be )?(meet|meeting|speak|speaking|talk|chat)(ing)? with\b", 2.0),
        (r"\b(like|love|want|keen|happy) to (meet|speak|talk|chat) (with )?(you|the team)\b", 2.0),
        (r"\b(onsite|on-site|final round|panel interview|virtual interview|interview loop)\b", 1.5),
        (r"\bavailability\b.{0,60}\b(interview|call|chat|conversation)", 1.5),
        (r"\b(move|moving) (you )?forward\b.{0,40}\b(interview|next round|call)", 1.5),
        (r"\binterview\b", 0.5),
    ),
    Kind.RESCHEDULE: cues(
        (
            r"\b(been|was|were|have|has|I've|we've|we have|I have)\s+(rescheduled|moved|pushed|shifted)\b(?! (forward|on|ahead|up to the next)\b)",
            3.0,
        ),
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
    Kind.CANCELLATION: cues(
        (
            r"\b(cancel(l)?ed|cancel(l)?ing|cancel|cancellation)\b.{0,60}\b(interview|call|meeting|chat|screen|(campus |site |onsite |office )?visit|onsite|assessment day)",
            3.0,
        ),
        (
            r"\b(interview|call|meeting|screen)\b.{0,60}\b(cancel(l)?ed|cancel(l)?ing|cancellation)\b",
            3.0,
        ),
        (  # "your interview for Lot Associate with Kyle Brennan, ... at 10:00 AM has been cancelled"
            r"\b(interview|call|meeting|screen|visit)\b.{60,200}?\b(has been|have been|was|is) (cancel(l)?ed|called off)\b",
            3.0,
        ),
        (
            r"\b(position|role|req(uisition)?) (has been|was|is) (put on hold|on hold|closed|paused)",
            2.0,
        ),
        (  # the writer calls it off: "I'm going to have to cancel tomorrow morning"
            r"\b(have to|need to|must|going to|got to|'ll have to|will have to|forced to) cancel (our |your |the |this )?(\w+ ){0,2}?(today|tomorrow|tonight|this (morning|afternoon|evening)|on \w+day)\b",
            3.0,
        ),
        (
            r"\bno longer (need|be able) to (meet|hold|proceed with) (the|your|our) (interview|call)",
            2.5,
        ),
    ),
    Kind.REJECTION: cues(
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
    Kind.OFFER: cues(
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
    Kind.NEXT_STEPS: cues(
        (
            r"\b(thank you|thanks) for (taking the time to )?(interview|meet|speak|talk|chat|coming in|your time)",
            1.5,
        ),
        (r"\b(make|reach|expect|take) (a|our|the|its|their) (final )?decision\b", 2.5),
        (  # "you are one of two candidates still in the process"
            r"\b(one of|among) (the )?(two|three|four|\d|few|last|final|remaining) (final |remaining |shortlisted )?(candidates|finalists)\b",
            2.0,
        ),
        (
            r"\bwe('ll| will| should| hope to| expect to| aim to| plan to)? (have|communicate|share) (a|our|the) (final )?decision\b",
            2.5,
        ),
        (r"\b(still|currently) (interviewing|reviewing|meeting with|evaluating|finishing)", 2.0),
        (r"\b(hear back|get back to you|update you|an update|be in touch)\b", 1.5),
        (r"\b(debrief(ing|s)?|gathering feedback|collecting feedback|wrap(ping)? up)\b", 1.5),
        (r"\b(next steps|timeline)\b", 1.0),
        (r"\b(remain|still) under (review|consideration)\b", 1.5),
    ),
    Kind.INFO_REQUEST: cues(
        (
            r"\b(you|please|kindly|could|can|would)\b.{0,30}\b(send|share|provide|forward|submit|upload)\b.{0,50}\b(references?|referees|portfolio|transcripts?|work samples?|writing samples?|certificates?|documents?|copy of|links?|github|proof|w-?2|pay ?stubs?|id\b)",
            3.0,
        ),
        (
            r"\b(contact (details|information) for|names? and (contact|emails?)).{0,40}\b(references?|referees)",
            3.0,
        ),
        (r"\b(could|can|would) you (please )?(send|share|provide|forward)", 1.5),
        (r"\b(references?|referees|portfolio|transcript|writing sample|work sample)\b", 1.0),
        (
            r"\b(background check|right to work|work authori[sz]ation)\b.{0,40}\b(form|document|complete (the|your|a|this|it)\b|provide)",
            1.5,
        ),
    ),
    Kind.APPLICATION_ACK: cues(
        (r"\b(thank you|thanks) for (applying|your application|submitting)", 3.0),
        (r"\b(received|receipt of) your (application|resume|cv|submission)", 3.0),
        (r"\byour application (has been|was) (received|submitted)", 3.0),
        (r"\bapplication (received|confirmation|submitted)\b", 2.5),
        (r"\b(review|reviewing) (your|all) (application|qualifications|materials|profile)", 1.0),
        (r"\b(if|should) (your|there is a) (background|qualifications|experience|fit|match)", 1.0),
        (r"\bprofile (is )?(complete|completed)\b", 1.0),
    ),
}

MEETING = re.compile(
    r"(?i)\b(interview\w*|meet\w*|speak\w*|talk\w*|chat|call|conversation|screen\w*|onsite|"
    r"panel|entrevista\w*|entretien|gespräch|colloquio|sollicitatiegesprek|come by|stop by|"
    r"round|session|zoom|teams|google meet|video|rozmow\w*|spotkani\w*|"
    # a call or a meeting in the other languages hiring mail comes in
    r"appels?|entrevue|rencontre|échange|(video)?llamada|reuni[óo]n|reunião|(video)?chamada|"
    r"conversa|conversar|telefonat|anruf|kennenlern\w*|(video)?chiamata|telefonata|gesprek|samtal|"
    r"due chiacchiere|passare a trovarci|bisa datang|datang ke|ketemu|"
    # the interview's other forms: a case presentation, a trial shift, an assessment day
    r"presentation|chalk talk|job talk|campus visit|teaching demo\w*|trial (shift|day)|working interview|assessment (day|centre|center)|"
    r"demo lesson|pair(ing)? (programming )?session|job shadow\w*)\b"
    r"|面接|面談"
)


# The mail is about the user's own candidacy for a job: without one of these, no hiring kind.
CANDIDACY = re.compile(
    r"(?i)\b(your (application|candidacy|interview|resume|cv|profile|background|experience)"
    r"|(?-i:[A-Z])\w+'s (background|resume|cv)"  # a hiring manager's "loved Jordan's background"
    r"|(position|role|job|opening|vacancy|post|req(uisition)?)\b|hiring (manager|team|process)"
    r"|recruit(er|ing|ment)|talent (acquisition|partner|team|lead)|people (ops|team)|\bHR\b"
    r"|candidate|applying|applied|application|interview(s|ing)? for|offer|onsite|round"
    r"|finalists?|shortlist(ed|ing)?|assessment (day|centre|center)|graduate (scheme|programme)"
    r"|trial shift|working interview|interview(ing|ed) with (us|the)"
    r"|interview\s*[:(]|interview with|final interviews|the process|onboarding"
    r"|(your|the|panel|video|phone|technical|onsite|final) interview\b|make a (final )?decision"
    r"|salary|compensation|start date|join (us|the team|(?-i:[A-Z])\w+) as"
    r"|greenhouse|lever|workday|ashby|smartrecruiters|goodtime|personio|teamtailor|icims|calendly"
    r"|vacante|vaga|candidatura|postulaci|bewerbung|stelle|personal(abteilung|referent)|poste|"
    r"candidature|entrevista t[eé]cnica|our (ceo|cto|coo|cfo|vp|head|director|founder)"
    # an executive search: "this stage is about whether the family sees you as the CFO"
    r"|executive search|search firm|retained search|headhunt\w*|(this|next|final|later) stage\b"
    r"|(search|selection|hiring|appointments?) committee|the search for (its|our|their|a|the) (next|new)"
    r"|chief [a-z]+ officer)"
    r"|面接|選考|応募|採用"
)

# A job, a hiring process or an employer's recruiting side is named: what a confident
# "other" from the classifier needs to be overruled into an interview. Narrower than
# CANDIDACY: "phone interview" or "interview with" alone is said of press, podcast and
# webinar interviews too.
JOB_ANCHOR = re.compile(
    r"(?i)\b(your (application|candidacy|resume|cv|résumé|profile|background|experience)"
    r"|(position|role|job|opening|vacancy|req(uisition)?)\b|hiring (manager|team|process|lead)"
    r"|recruit(er|ing|ment)|talent (acquisition|partner|team|lead)|people (ops|team)|\bHR\b"
    r"|applying|applied|application|offer|finalists?|shortlist(ed|ing)?|onboarding|salary"
    r"|compensation|start date|greenhouse|lever|workday|ashby|smartrecruiters|goodtime"
    r"|personio|teamtailor|icims|eligibility list|civil service|candidate( no\.?| number| id)?:)"  # not Calendly: sales demos and haircuts are booked there too
)
INTERVIEW_WORD = re.compile(
    r"(?i)\b(interview|entrevista|entretien|entrevue|colloquio|gespräch|vorstellungsgespräch|intervju|"
    r"sollicitatiegesprek|rozmow[aęy] (rekrutacyjn|kwalifikacyjn))|面接|面试|面試"
)

# Common phrasings beyond the development corpus (general English and a few other languages).
MORE: dict[Kind, tuple[Cue, ...]] = {
    Kind.REJECTION: cues(
        (r"\b(given|offered|awarded) the ([\w-]+ ){0,2}(job|role|position|post|place) to\b", 3.5),
        (
            r"\b(chosen|selected|hired|went with|offered the (role|position|job) to|decided to hire|decided to offer the (role|position) to) (another|a different|other|someone else|an internal)\b",
            3.5,
        ),
        (
            r"\b(application|candidacy) (was|has been|is) (not )?(unsuccessful|not successful|declined)\b|\b(you|you've|you have) not been (successful|shortlisted|selected)\b",
            3.5,
        ),
        (
            r"\b(position|role|vacancy|job|opening|req) (has|have) (now )?been (filled|closed)\b|\b(filled|closed) the (position|role)\b",
            3.0,
        ),
        (
            r"\b(not (be )?able to|unable to) (take your application|progress your application|move your application)\b|\bnot (the right|a) (fit|match) (for|at) this time\b|\bgoing to pass\b",
            3.0,
        ),
        (
            r"\b(best of luck|wish you (the )?(very )?best|every success) (in|with) (your|the) (job )?(search|future|career)",
            1.0,
        ),
        (r"\bafter careful (consideration|review)\b", 1.0),
        (
            r"\b(no ha sido seleccionad[oa]|otro candidato|otra candidata|não foi selecionad[oa]|outro candidato|retenu un autre|n'a pas été retenue|nicht in die engere auswahl)\b",
            3.5,
        ),
    ),
    Kind.NEXT_STEPS: cues(
        (
            r"\b(circle back|keep you posted|quick update|status update|update on (your|the) (application|candidacy|process|search)|(process|timeline) update)\b",
            1.5,
        ),
        (
            r"\b(taking (a bit )?longer|delayed|still (deciding|discussing|reviewing|evaluating|meeting)|meeting as a team|reviewing (the )?feedback|collecting feedback|compare notes)\b",
            1.5,
        ),
        (
            r"\b(we('ll| will)|I('ll| will)) (follow up|reach out|come back to you|be back in touch)\b",
            1.0,
        ),
    ),
    Kind.INFO_REQUEST: cues(
        (
            r"(?<!'ll )(?<!will )(?<!I )(?<!we )\b(provide|send|share|submit|complete|fill (in|out)|forward)\b.{0,60}\b(details|information|form|copy|copies|certificates?|diploma|degree|passport|proof|availability to start|salary expectations|samples?|links?|transcripts?|references?)\b",
            2.0,
        ),
        (
            r"\b(two|three|2|3) (professional )?references\b|\breference (details|contacts)\b|\blist of references\b",
            3.0,
        ),
    ),
    Kind.OFFER: cues(
        (
            r"\b(verbal|written|formal) offer\b|\boffer (letter|package|details|of employment)\b",
            2.5,
        ),
        (
            r"\b(we'd|we would) (like|love) (you|to have you) (to )?join\b|\bwelcome to the team\b",
            2.0,
        ),
        (
            r"\b(pleased|happy|delighted|thrilled|excited) to (inform you|let you know|tell you)\b.{0,60}\b(offer|selected|successful)\b",
            3.0,
        ),
    ),
    Kind.INVITATION: cues(
        (r"\b(would|we'd|I'd) (like|love) to (invite you|schedule|set up|arrange|book)\b", 2.0),
        (
            r"\b(are you|would you be) (available|free)\b.{0,60}\b(call|chat|interview|meet|talk|speak)",
            2.0,
        ),
        (r"\b(hop on|jump on|get on) a (quick )?(call|zoom)\b", 1.5),
        (r"\b(interview|call|screen|meeting) (invite|invitation|link|details)\b", 1.0),
    ),
}


MORE2: dict[Kind, tuple[Cue, ...]] = {
    Kind.OFFER: cues(
        (  # "It is my great pleasure to offer you a tenure-track appointment as ..."
            r"\b(pleasure|pleased|happy|delighted|thrilled|excited|glad) to offer you (a|an|the) ([\w-]+ ){0,3}(position|role|appointment|job|post|place|contract)\b|\boffer of (appointment|employment)\b",
            4.0,
        ),
    ),
    Kind.INVITATION: cues(
        (  # the passive of "we invite you": "You are invited for an oral interview"
            r"\b(you('re| are| have been| were)|are being) (formally |hereby |now )?invited (for|to) (a |an |the |your )?(\w+ ){0,2}?(interview|assessment|screen|onsite|panel|conversation|demo (class|lesson))\b(?! (skills|tips|prep|workshop|webinar|masterclass|series|night|event|training|day for))",
            3.0,
        ),
        (  # the academic search: "the selection committee ... would like to continue with a
            # chalk talk", a campus visit, a job talk
            r"\b(chalk talk|job talk|research (talk|seminar) (for|as part)|teaching demo(nstration)?|campus (visit|interview)|(selection|search|hiring|appointments?) committee)\b",
            2.0,
        ),
        (  # a small employer: "Could you come by Monday the 2nd at 3pm?", "pop out Tuesday arvo"
            r"\b(could|can|would) you (come|pop|stop|swing|drop) (in|by|over|round|out|down)\b",
            2.0,
        ),
        (  # a founder's note: "would love to grab 30 min with you this week"
            r"\b(love|like|want|keen|happy|glad) to (grab|get|have|find|set up|book|do) (a |an )?(quick |short )?(\d+|few|half an hour|an hour)?[ -]?(min(ute)?s?|hour|call|chat|coffee|slot|time)\b.{0,20}\bwith you\b",
            2.5,
        ),
        (  # a personal booking page: "just take whatever works on my calendar"
            r"\b(whatever|any (time|slot)|a (time|slot)) (that )?(works|suits)( for you| best)? (on|in|from) my (calendar|calendly|schedule)\b|\b(grab|book|pick|take|choose) (a |any |whatever )?(time|slot|spot)\b.{0,30}\b(my|our) (calendar|calendly|schedule)\b",
            2.5,
        ),
        (  # "Your interview slot is 10:30 on Tuesday 10 March"
            r"\b(your|the) (interview |allocated |assigned |reserved )?(time ?slot|slot) (is|will be|has been (set|confirmed|booked|reserved))\b",
            3.0,
        ),
        (  # "We've also booked your review session: Wednesday, Dec 2, 11:00 AM"
            r"\b(we('ve| have)|I('ve| have)) (also |now |just )?(booked|scheduled|set up|arranged|lined up) (you|your|a|an|the)\b.{0,40}\b(session|interview|call|chat|conversation|meeting|onsite|screen|panel)",
            3.0,
        ),
    ),
    Kind.NEXT_STEPS: cues(
        (
            r"\b(thank you|thanks) for (taking part|attending|participating|joining|coming in|coming to)\b",
            2.0,
        ),
        (
            r"\b(notify|inform|update|tell) (all |the )?(candidates|you)\b.{0,30}\b(decision|outcome)\b",
            2.0,
        ),
    ),
    Kind.CANCELLATION: cues(
        (
            r"\b(canceled|cancelled) (the|this|your|our) (event|meeting|interview|call|session)\b|^\W*(canceled|cancelled)( event)?:",
            3.0,
        ),
    ),
    # the time moves, said the British way ("bring it forward", "put it back") or as a
    # postponement ("postponed indefinitely" is a cancellation: phrasings.py)
    Kind.RESCHEDULE: cues(
        (
            r"\b(bring|brought|bringing|pull|pulled|pulling|push|pushed|pushing|put|putting|move|moved|moving)\s+((the|your|our)\s+(\w+\s+){0,2}?(interview|call|chat|meeting|session|screen|onsite|conversation)|it|this|things)\s+(forward|back)\b(?!\s+(to you|with))",
            3.0,
        ),
        (r"\bpostpon(e|ed|ing)\b(?!\s+indefinitely)", 2.0),
        (  # "your interview ... has been changed from Monday at 10:00 to Tuesday at 2:00"
            r"\b(interview|call|meeting|time|date|slot|session|appointment|round|screen|chat)\b.{0,60}\b(?:(?<=has been )|(?<=have been )|(?<=was )|(?<=is )|(?<=been )|(?<=will be ))(changed|amended|moved|shifted|pushed|preponed|brought forward|put back)\b",
            2.5,
        ),
        (  # "shifted from tomorrow to Friday", "move your dinner from Thursday to Monday"
            r"\b(changed|shifted|moved|pushed|preponed) from\b.{0,60}\bto\b|\b(move|moving|push|pushing|shift|shifting) (your|the|our) ([\w-]+ ){0,2}?from\b.{0,60}\bto\b",
            2.5,
        ),
        (
            r"\b(previously|originally) (scheduled|set|planned|booked|at|on|for)\b|\(previously\b",
            1.5,
        ),
    ),
}

# The interview already happened: words about it are not an invitation.
PAST_INTERVIEW = re.compile(
    r"(?i)\b(thank you|thanks) for (taking part|attending|participating|joining|coming|meeting|appearing|"
    r"speaking|talking|your time|interviewing|the interview)|\b(yesterday|earlier today|last week)\b"
    # the same thanks in other languages
    r"|\b(dziękujemy za (rozmowę|udział|spotkanie)|merci pour (votre|l'|cet) entretien|"
    r"gracias por (venir|la entrevista|participar)|obrigad[oa] pela entrevista|"
    r"grazie per (il|questo) colloquio|(vielen )?dank für (das|ihr) (gespräch|interview)|"
    r"terima kasih atas kehadiran)\b"
)
HARD_VETO = 4.5  # one veto this strong (a scam, the user as interviewer) decides alone

# With the phrasings kept in their own module to keep this one readable, and the other
# languages.
CUES = merged(CUES, MORE, MORE2, PHRASINGS, LEXICON, WORLD)

"""Vetoes: cues that a message is about something other than the user's own candidacy (a
digest, a newsletter, a webinar, a reference request, the user's current job, a scam),
whatever hiring words it also uses. One veto of HARD_VETO or more decides alone."""

# ruff: noqa: E501 - the regular expressions read better unbroken
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from ..model import Person
from .cuetable import cues
from .languages import VETOES as WORLD
from .lexicon import VETOES as OTHER_LANGUAGES

# Mail about something else, whatever hiring words it uses.
VETOES = cues(
    (
        r"\b(job alert|jobs? (you may|you might|for you|matching|recommended)|new jobs|recommended jobs|jobs digest)\b",
        3.0,
    ),
    (r"\b(webinar|webcast|live stream|livestream|workshop|meetup|masterclass|office hours)\b", 2.5),
    (
        r"\b(newsletter|this week'?s issue|tips for|how to ace|questions to ask|mock interview|interview prep)\b",
        2.0,
    ),
    (
        r"\b(podcast|journalist|magazine|feature story|on air|episode|press interview|for (our|the) (story|article|piece|issue|edition))\b",
        2.0,
    ),
    (
        r"\b(survey|(?<!not )rate your(?! (responses|answers|performance))|how (was|did) your (interview|experience)|feedback form|nps)\b",
        2.0,
    ),
    (  # a personal appointment; not a dental practice or a clinic writing about an interview
        r"(?s)^(?!.*\binterview).*?\b(dentist|dental|doctor|clinic|appointment reminder|vet|haircut|salon|pharmacy)\b",
        2.5,
    ),
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
# Stronger vetoes: the mail is plainly about something other than the user's candidacy.
VETOES = VETOES + cues(
    (  # a flat, not a job: the rental application and its viewing
        r"\b(rental application|leasing (office|manager|agent|team)|lease (agreement|signing)|tenant screening|move-in (date|day))\b",
        4.5,
    ),
    (r"\b(landlord|apartment viewing|property viewing|application fee)\b", 2.5),
    (  # a friend's call, not an interview: "a call Thursday to catch up"
        r"\b(to catch up|catching up|grab (a )?(drink|beer|coffee|lunch|dinner)|hang out|congrats on (the|your) (new )?job search)\b",
        2.0,
    ),
    (  # someone close to the user has the interview
        r"\b(my|our) (wife|husband|partner|son|daughter|friend|brother|sister|mom|mother|dad|father|roommate|boyfriend|girlfriend|cousin|kid|niece|nephew)'s (\w+ ){0,2}(interview|onsite)\b",
        4.5,
    ),
    (
        r"\b(mock (\w+ ){0,3}interviews?|practice (session|(\w+ ){0,2}interview)|interview night|interview coach|career coach|coach:|interview a volunteer)\b",
        4.5,
    ),
    (
        r"\b(issue #?\d+|this week:|this week is all about|hey friend|you're subscribed|subscribed as|in this issue|also in this issue|reply yes to|weekly\b.{0,20}\b(tips|digest))",
        3.5,
    ),
    (r"\b(career fair|job fair|hiring event|recruiting event|expo|open house)\b", 4.0),
    (
        r"\b(visa (interview|appointment)|consula(r|te)|embassy|biometrics|ds-160|uscis appointment)\b",
        4.0,
    ),
    (r"\b(admissions?|kindergarten|your (daughter|son|child)|enrol(l)?ment|tuition)\b", 4.0),
    (r"\b(rental|apartment|lease|leasing|tenant|landlord|viewing|unit \d+\w?)\b", 4.0),
    (
        r"\b(annual review|self-evaluation|performance review|promo(tion)? packet|your manager)\b",
        4.0,
    ),
    (
        r"\b((you|you'll|you will|you'd) (\w+ )?sit on (the|our|a|\w+'s) (interview )?panel|(could|can|would) you (please )?join (the|our|a|\w+'s) (interview )?panel|you('re| are) scheduled to interview|you interviewed|submit (your )?(feedback|scorecard)|update scorecards|scorecards?\b|interviewer schedule|the other two)\b",
        4.5,
    ),
    (
        r"\b(pipeline (this week|update|review)|reopened the req|onsites scheduled|hiring committee notes)\b",
        4.0,
    ),
    (  # a booking tool tells its host who booked (the invitee's own copy names the host)
        r"\b(new event has been scheduled|invitee( email)?:|a new event)\b(?!.{0,400}\b(event )?host:)"
        # a guest's answer goes to the organiser: the user runs that meeting
        r"|\bhas (accepted|declined|tentatively accepted) (this|your) (invitation|meeting|event)\b"
        # a founder meets investors: a pitch, not a job
        r"|\b(data room|term sheet|cap table|pitch deck|pre-seed|(seed|series [abc]) round|"
        r"angel (investors?|cheques?|checks?|round)|founder office hours)\b",
        4.5,
    ),
    (
        r"\b(no interview (is )?required|usdt|crypto|paid daily|no experience (needed|required)|dear applicant|text only|processing fee|onboarding fee|bank login|send a copy of your id)\b",
        4.5,
    ),
    (
        r"\b(listed you as a reference|as a reference for|reference (check|form|questionnaire) for|to serve as a reference)\b",
        5.0,
    ),
    (
        r"\b1:1\b|\bone-on-one\b|\bsprint (planning|review)\b|\bteam offsite\b|\ball-hands\b|\bquarterly planning\b",
        4.0,
    ),
    (
        r"\b(was viewed|viewed by the hiring team|similar jobs|jobs are hiring|people also viewed|your profile (appeared|was viewed))\b",
        4.0,
    ),
    (r"\b(our interview with|q&a with|sat down with|in conversation with)\b", 3.0),
    (
        r"\b(order|package|shipment|delivery|tracking number|shipped)\b.{0,40}\b(order|shipped|track|deliver)",
        3.0,
    ),
    (r"\b(volunteer shift|volunteering|your shift)\b", 4.0),
    (
        r"\b(pickup|driver|ride|car service|airport transfer)\b.{0,40}\b(confirmed|scheduled|booked)",
        3.0,
    ),
)

# The kinds of non-hiring mail the issue names, in more of the words people use for them.
VETOES = VETOES + cues(
    (
        r"\b(job alerts?|jobs? for you|jobs? (that )?match(es|ing)?|new (jobs|roles|openings) (for|near|in)|recommended (jobs|for you)|apply now|easy apply|see all jobs|view all jobs|\d+\+? new jobs|top job picks|based on your (profile|search|preferences))\b",
        3.5,
    ),
    (
        r"\b(read more|read online|view in browser|view online|forward to a friend|manage (your )?(subscription|preferences|email settings)|you are receiving this (email|newsletter) because|subscribe)\b",
        2.0,
    ),
    (
        r"\b(register(ed)? (now|here|for)|registration (is )?confirmed|you're registered|save your seat|save the date|rsvp|(?<!will )(?<!'ll )(?<!can )join us (live|online|for)|live (session|q&a|event|panel discussion)|(?<!will be )(?<!is being )hosted by|our speakers?|panelists? include|recording will be)\b",
        3.5,
    ),
    (
        r"\b(podcast|episode|our show|on the show|guest on|be (a|our) guest|for (an|our) (article|story|feature|piece|newsletter|blog)|quote you|on the record|journalist|publication)\b",
        3.5,
    ),
    (
        r"\b((as|be) (a|an|their|his|her) referee|referee (for|request|form)|recommendation letter|letter of recommendation|vouch for|speak to (his|her|their) (work|experience|skills)|former (colleague|employee|report) of yours|worked with (him|her|them))\b",
        4.0,
    ),
    (
        r"\b(interview kit|interviewer (guide|training|calendar)|candidate packet|please review the (candidate|resume)|candidate's (resume|cv|portfolio)|feedback on (the )?candidate|hiring debrief for|(you|you've) been added (to|as) (the )?(interview|interviewer|panel))\b",
        4.5,
    ),
    (
        r"\b(appointment|visit|check-?up|cleaning|reminder|booking)\b.{0,80}\b(dentist|dental|orthodont|hygienist|physician|doctor|clinic|physio(therapy)?|optometr|vet(erinary)?|groomer|salon|barber|massage|spa|pharmacy|mechanic|garage)\b",
        4.0,
    ),
    (
        r"\b(dentist|dental|orthodont|hygienist|physician|doctor|physio(therapy)?|optometr|vet(erinary)?|groomer|salon|barber|massage|spa|mechanic|garage)\b.{0,80}\b(appointment|visit|check-?up|cleaning|reminder|booking)\b",
        4.0,
    ),
    (
        r"\b(survey|questionnaire|how did we do|tell us about your experience|share your (experience|feedback) (with|about|of)|(?<!not )rate (your|us|the)(?! (responses|answers|performance))|\d+ (quick )?questions|(?<!interview )(?<!call )(?<!meeting )(?<!session )takes? (about |only |just |less than )?([1-9]|1[0-5]) minutes|net promoter)\b",
        3.5,
    ),
    (
        r"\b(data entry|mystery shopper|package reshipping|reshipping|payment processing agent|work from home.{0,20}\$\d+|\$\d+\s*(/|per)\s*(hr|hour|day)|earn \$|crypto|bitcoin|usdt|gift cards?|wire (the|a) (money|payment)|cashier'?s check|send (you )?a check|telegram|whatsapp|signal messenger|google hangouts chat|urgent(ly)? (hiring|response))\b",
        3.5,
    ),
)
BULK_HEADERS = ("list-unsubscribe", "list-id", "list-post")

VETOES = VETOES + cues(
    (
        r"\b(I'm|I am) (a|an) (reporter|journalist|writer|editor|producer|correspondent|host|student|researcher) (at|for|with|from)\b",
        4.0,
    ),
    (
        r"\b(working on|writing|researching) (a|an) (feature|story|article|piece|report|profile|thesis|paper)\b|\bquotes? (would|will|may) be attributed\b|\bcorrespondent\b",
        4.0,
    ),
)

VETOES = VETOES + cues(
    (
        r"\b(revista|magazine|alumni|alumnae|ex-alunos|ex-alumnos|anciens élèves|student newspaper|school paper)\b",
        4.5,
    ),
)

VETOES = VETOES + cues(
    (
        r"\b(thanks|thank you) for interviewing (?-i:[A-Z])\w+|\bcandidate debrief\b|\badd your (interview )?notes\b|\bfeedback on (the )?candidate\b",
        4.5,
    ),
    (
        r"\b(would you|could you|can you|willing to) (be|serve as|act as) (a|one of my|my)( professional)? references?\b|\bbe one of my references\b",
        5.0,
    ),
    (
        r"\bhow did (the|your) interview go\b|\bgood luck (with|on|for|at) (the|your) interview\b|\bfingers crossed\b|\bproud of you\b",
        4.5,
    ),
)
FREEMAIL_BRANDS = re.compile(
    r"(?i)@(gmail|googlemail|outlook|hotmail|live|yahoo|icloud|me|aol|proton(mail)?|pm|gmx|web|"
    r"fastmail|hey|mail|yandex|zoho)\.(com|net|org|de|ru|fr|me|ch|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})$"
)  # the whole domain: `talent@mail.acme.example` is an employer's, not a free mailbox
VETOES = VETOES + cues(
    (
        r"\b(exit interview|offboarding|scholarship|bursary|coaching session|interview prep session|prep session is (confirmed|booked)|user research|usability (study|session|test)|research (interview|session|study)|informational interview|jury (duty|service)|product demo)\b",
        4.5,
    ),
)
# A recruiter's cold approach about a job the user never applied to: not (yet) the user's
# hiring conversation.
VETOES = VETOES + cues(
    (
        r"\b(came across|found|saw|viewed) your (profile|cv|resume|résumé)\b|\bif (you are |you're )?interested,? (please )?(share|send|reply)\b",
        3.5,
    ),
    (
        r"\b(one of (our|my) clients|on behalf of (our|my|a) client|(would|are) you (be )?open to (a|hearing|exploring|new|learning)|open to new opportunities)\b",
        2.0,
    ),
)
# The user attends an event as one of many (a webinar registration), or prepares to interview
# someone else ("the questions I plan to ask the candidate").
VETOES = VETOES + cues(
    (
        r"\b(you('re| are) (now )?registered|thanks? (you )?for registering|registration (is )?confirmed|save your seat|add (the|this) event to your calendar)\b",
        4.0,
    ),
    (
        r"\b(a|one|the|our|another) (\w+ ){0,3}(candidate|applicant) (is )?(coming in|coming on-?site|visiting|arriving)\b|\bthe (\w+ )?(candidate|applicant)'s (resume|résumé|cv|packet|scorecard)\b",
        4.0,
    ),
    (
        r"\b(ask|interview|meet|assess|evaluate|grill) the (\w+ ){0,3}(candidate|applicant)\b|\b(cover|take) (the )?(\w+ ){0,3}(questions|section|part) (with|for) the candidate\b",
        4.0,
    ),
)
VETOES = VETOES + OTHER_LANGUAGES + WORLD
# Staffing blasts: a requirement sent to many contractors ("Role : Java Developer :: C2C").
VETOES = VETOES + cues(
    (
        r"\b(c2c|corp[- ]to[- ]corp|w2 only|1099 only|below requirement|the requirement below|(hourly )?rate\s*:\s*\$|visa status and (expected )?rate)\b",
        4.0,
    ),
)
# Interviews that are not for a job: a government office's, the user hiring ("your next
# hire"), a friend's own interview the user is asked about ("I have my onsite next week").
VETOES = VETOES + cues(
    (
        r"\b(naturali[sz]ation|citizenship (interview|test|ceremony)|green card|field office|immigration (interview|officer|appointment))\b",
        4.0,
    ),
    (
        r"\b(your next hire|(you're|you are) hiring (for )?(a|an|your)|(engineers|people|candidates|talent) you('re| are)? (need|hiring|looking for)|candidates for your (team|role|opening))\b",
        4.0,
    ),
    (
        r"\b(my|his|her|their) (own )?(onsite|final round|job interview|interview) (is|was|at|next|the week|on|went)\b|\badvice on interviewing\b|\bhelp me prep(are)?\b",
        4.0,
    ),
)
# Someone else's candidacy the user is asked about (a reference call, a candidate the user is
# to interview: "Maya Chen has applied for", "I'll send you her CV"); the user's own is "you".
VETOES = VETOES + cues(
    (
        r"\b(he|she|they) (has|have) (recently )?applied (for|to)\b|\b(gave|listed|put down) (us )?your name\b|\b(his|her) (cv|resume|résumé|candidacy|application|portfolio|packet)\b|\b(your|the) time working (together|with (him|her|them))\b",
        4.0,
    ),
    # An audience event: many people attend, the user as one of them.
    (
        r"\b\d{2,} (guests|attendees|registrants|people (are )?(going|attending|registered))\b|\b(panel|line-?up) of (\w+ ){0,2}(recruiters|hiring managers|speakers|experts|leaders|founders)\b|\b(recruiters|hiring managers|speakers|experts|leaders) from (local|top|leading|several|\d+|\w+ different) (companies|firms|employers|startups)\b|\byour (spot|seat|ticket) (is|has been) (confirmed|reserved|saved|booked)\b",
        4.0,
    ),
    # Applications that are not for a job: to adopt, foster, rent or volunteer.
    (
        r"\b(application|apply|applied) to (adopt|foster|rent|lease|volunteer)\b|\badopt(ion|ing)? (counsell?or|coordinator|application|fee|process|interview)\b|\bfoster (application|family|home)\b",
        4.5,
    ),
    # A survey about the interview, its length in words ("five questions", "three minutes").
    (
        r"\b(one|two|three|four|five|six|seven|eight|nine|ten|a few|\d+) (quick |short )?questions (about|on) (your|the) (interview|(recruiting|hiring|candidate|application|interview) experience)\b|\b(should|will|only) take (about |around |just |only )?(one|two|three|four|five|ten|\d+) minutes\b",
        3.5,
    ),
)
# The user hires ("the candidate, Leo Grant, meets you", "your open analyst role"): decides
# alone, as the other signs of the user as interviewer do. Or the user runs for a board or an
# office: a candidacy that is not for a job.
VETOES = VETOES + cues(
    (
        r"\byour open (\w+ ){0,2}(role|position|req|requisition|headcount|vacancy)\b|\bthe (candidate|applicant),? (?-i:[A-Z])\w+ (?-i:[A-Z])[\w'-]+,|\b(candidate|applicant) (meets|will meet|is meeting|is seeing|sees) you\b",
        4.5,
    ),
    (
        r"\b((?<!of the )nominating committee|(?<!of the )nominations? committee|board (election|seat|candidates?)|(co-?op|club|association|hoa|condo|parish)'?s? board|school's board|ballot|running for (the )?(board|office|council|election))\b",
        4.0,
    ),
)
# A networking call the user booked with someone who will not hire them ("20 Minute Networking
# Chat", "no recruiting ask, just learning").
VETOES = VETOES + cues(
    (
        r"\b(networking (chat|call|coffee|meeting|session|reception|event|evening|drinks)|no (recruiting|hiring|job) ask|just (learning|to learn)|mentor(ing|ship) (call|session|chat))\b",
        4.5,
    ),
)

# A salesperson's pitch booked like a screen: "grab 15 min with you to show how Cloudsaver can
# cut your AWS bill - pick any time on my calendar".
VETOES = VETOES + cues(
    (
        r"\b(book a (quick )?demo|free trial|(cut|reduce|lower|save on|slash|halve) your ([\w-]+ ){0,2}(bill|costs?|spend|fees))\b",
        4.5,
    ),
)

# An event that says it is no step of the hiring: "This event is not part of the selection
# process, and attendance is not required to apply".
VETOES = VETOES + cues(
    (
        r"\b(not (a |any )?part of (the|our|your) (selection|recruitment|recruiting|hiring|interview|assessment) process|attendance is not (required|mandatory|compulsory)|(does|will) not (form part of|affect) (the|your) (application|assessment|selection))\b",
        4.5,
    ),
)

# A mailing list's footer: a newsletter, whatever its articles say about interviews,
# decisions and offers ("You're receiving this because you subscribed at ...").
VETOES = VETOES + cues(
    (
        r"\b(you('re| are) receiving this( email| newsletter| message)? because you (subscribed|signed up|opted in)|you subscribed (at|to|on))\b",
        4.5,
    ),
)

# The candidate is asked to pay: a scam, whatever employer it imitates ("deposit a refundable
# security amount", "pay the processing charges").
VETOES = VETOES + cues(
    (
        r"\b(you are requested to|you('re| are) required to|kindly|please|you (must|need to|have to)) (\w+ ){0,2}(deposit|pay|transfer|remit)\b (\w+ ){0,3}(amount|fees?|sum|charges?|money|deposit)\b|\b(refundable|security) (deposit|amount)\b|\bifsc\b",
        4.5,
    ),
)

# An ATS's interviewer notice ("Candidate: Ana Ruiz"), a reference request ("Maya Chen has
# applied for"): someone other than the user is the candidate.
CANDIDATE_LABEL = re.compile(
    r"(?im)^[ \t*•-]*(?:candidate|applicant|interviewee)(?: name)?[ \t]*[:|][ \t]*"
    r"(?P<name>[^\n|,;:]{3,60}?)[ \t]*$"
    r"|\b(?P<named>(?-i:[A-Z])[\w'-]+ (?-i:[A-Z])[\w'-]+) has (?:recently )?applied (?:for|to)\b"
)


def other_candidate(text: str, user: Sequence[Person]) -> bool:
    """The message labels someone else as the candidate: the user is on the other side."""
    m = CANDIDATE_LABEL.search(text)
    if m is None:
        return False
    theirs = _words(m.group("name") or m.group("named"))
    ours = {w for p in user for w in _words(p.name or "") | _words((p.email or "").split("@")[0])}
    return bool(theirs and ours) and not theirs & ours


def _words(name: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", name.lower()).encode("ascii", "ignore").decode()
    return {w for w in re.split(r"[^a-z]+", plain) if len(w) >= 2}


# Written to the user about their own application: "Thank you for your application for the
# post of ...", "you applied for".
_YOUR_APPLICATION = re.compile(
    r"(?i)\b(your (application|candidacy|interview)|you (have )?applied|thank you for applying|"
    r"interview(ing)? you|(meet|see) you for (an|your|the) interview|"
    # "your application" in other languages
    r"(su|tu|sua|tua|votre|ta) candidatura|votre candidature|ihre(r)? bewerbung|"
    r"uw sollicitatie|ba[şs]vurunuz\w*|lamaran (anda|saudara))\b|आपके आवेदन|您的申[請请]|ご応募"
)
_FORWARD = re.compile(r"(?i)^\s*(fwd?|tr|wg|rv|enc|i)\s*:")


def own_application(subject: str, new_text: str, text: str) -> bool:
    """The message, not a forward, writes to the user about their own application: from the
    user's own organisation that is an internal vacancy (or both write from one shared mail
    domain), not a colleague's meeting. A friend who forwards their invitation is a forward."""
    if _FORWARD.match(subject) or "Forwarded message" in text:
        return False
    return bool(_YOUR_APPLICATION.search(new_text or text))

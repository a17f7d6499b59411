# ruff: noqa: E501
# Wave 13, batch B: the same independent voice as c_wave13a (executive search, academia, creative
# industries, hospitality and events), with Spanglish, Hinglish, Arabic/English and Welsh names,
# initials resolved by a key, surname-only academics, and hard negatives from the same worlds.
from lib import add, ics
from mime import addr, hdr, vtz_eu, vtz_outlook_us, vtz_us

# ================================================================ hospitality and events
add(
    name="inv-w13-miami-restaurant-spanglish-stage-chef",
    kind="invitation",
    frm="Vanessa Ortega <vanessa@brisahospitality.example>",
    to="Daniela Fuentes <dani.fuentes.cocina@example.com>",
    subject="Stage para Sous Chef - Brisa Brickell",
    date=(2026, 10, 2, 16, 45, "America/New_York"),
    fmt="alt",
    body="""
Hola Daniela!

Te escribo de parte de Chef Ramiro. He loved your tasting menu photos y quiere verte cocinar. We'd like to invite you to a working interview (stage) for the Sous Chef position el jueves 8 de octubre, de 3 a 6pm, at Brisa Brickell (1150 Brickell Bay Dr).

You'll cook for Chef Ramiro Quintero, our Executive Chef, y nuestra Directora de Operaciones, Lucía Paredes. Trae tus cuchillos y chaquetilla; we'll provide everything else. Parking is validated en el garage del edificio.

Cualquier cosa, me escribes o me llamas al 305-555-0118.

Saludos,
Vanessa Ortega
People & Culture Coordinator
Brisa Hospitality Group
""",
    company="Brisa Hospitality Group",
    role="Sous Chef",
    interviewers=[
        ("Ramiro Quintero", None, "Executive Chef"),
        ("Lucía Paredes", None, "Directora de Operaciones"),
    ],
    start="2026-10-08 15:00",
    end="2026-10-08 18:00",
    tz="America/New_York",
    notes="Spanglish; a kitchen stage is the interview. The coordinator only writes and schedules. 'Chef' is a job word, not part of the name.",
)

add(
    name="inv-w13-singapore-hotel-workday-html-only-b64",
    kind="invitation",
    frm="Marina Pavilion Hotels <marinapavilion@myworkday.example>",
    to="Nurul Aisyah <nurul.aisyah@example.sg>",
    subject="Interview Invitation: Director of Sales & Marketing",
    date=(2026, 7, 9, 14, 0, "Asia/Singapore"),
    fmt="html64",
    html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:13px">
<table role="presentation" width="640" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">
<tr><td style="background:#0b2a4a;color:#fff;padding:14px 20px;font-size:16px">Marina Pavilion Hotels &amp; Resorts</td></tr>
<tr><td style="padding:20px">
<p>Dear Nurul Aisyah,</p>
<p>Thank you for your interest in the <b>Director of Sales &amp; Marketing</b> position at Marina Pavilion Hotels. We are pleased to invite you to a face-to-face interview.</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr><td style="color:#666">Date</td><td>Wednesday, 15 July 2026</td></tr>
<tr><td style="color:#666">Time</td><td>10:00 AM &ndash; 11:30 AM (SGT)</td></tr>
<tr><td style="color:#666">Venue</td><td>Marina Pavilion Singapore, Level 3 Executive Boardroom, 8 Raffles Quay</td></tr>
<tr><td style="color:#666">Interviewers</td><td>Mr Tan Wei Ming, Area General Manager<br>Ms Priscilla Goh, Director of Human Resources</td></tr>
</table>
<p>Please register with the Concierge on arrival; a member of the HR team will escort you to the boardroom.</p>
<p>Should you need to reschedule, please reply to this email at least 24 hours in advance.</p>
<p>Warm regards,<br>Talent Acquisition Team<br>Marina Pavilion Hotels &amp; Resorts</p>
<p style="font-size:11px;color:#999">This email was sent from Workday. Please do not reply to this address.</p>
</td></tr></table></body></html>
""",
    company="Marina Pavilion Hotels",
    role="Director of Sales & Marketing",
    interviewers=[
        ("Tan Wei Ming", None, "Area General Manager"),
        ("Priscilla Goh", None, "Director of Human Resources"),
    ],
    start="2026-07-15 10:00",
    end="2026-07-15 11:30",
    tz="Asia/Singapore",
    notes="Workday HTML-only, base64. Family-name-first 'Tan Wei Ming' kept as written, without 'Mr'. The HR escort is not an interviewer.",
)

add(
    name="inv-w13-dubai-events-phone-tmrw-md-khalid",
    kind="invitation",
    frm="Rania Aziz <rania@sahralive.example>",
    to="Omar Farouk <omar.farouk.events@example.com>",
    subject="Re: Senior Events Manager - CV",
    date=(2026, 11, 10, 20, 15, "Asia/Dubai"),
    in_reply_to="<DB9PR10MB5023A1@example.com>",
    body="""
Hi Omar, thx for the CV. can u come tmrw 4pm to our office in Al Quoz? meeting with me n our MD Khalid, abt 45 min. Warehouse 14, Street 8a, ask security for Sahra Live.

Yalla see u
Rania

Get Outlook for iOS

________________________________
From: Omar Farouk <omar.farouk.events@example.com>
Sent: Tuesday, November 10, 2026 1:02 PM
To: Rania Aziz
Subject: Senior Events Manager - CV

السلام عليكم Rania,
Please find my CV attached for the Senior Events Manager role at Sahra Live Events. I delivered the F1 fan zone last year and would welcome a chat.
Best regards,
Omar
""",
    company="Sahra Live Events",
    role="Senior Events Manager",
    interviewers=[
        ("Rania Aziz", "rania@sahralive.example", None),
        ("Khalid", None, "MD"),
    ],
    start="2026-11-11 16:00",
    end="2026-11-11 16:45",
    tz="Asia/Dubai",
    notes="Phone-written ('tmrw 4pm', 'me n our MD Khalid') against a Tuesday-evening Date; the sender interviews, the MD is named only by first name. 'abt 45 min' gives the end. Arabic greeting in the quoted application.",
)

add(
    name="res-w13-bengaluru-design-hinglish-shifted-to-friday",
    kind="reschedule",
    frm="Ritika Sharma <ritika@kolamdesign.example>",
    to="Sneha Pillai <sneha.pillai@example.in>",
    subject="Re: Design round - Senior UX Designer | Kolam Design Co.",
    date=(2026, 8, 5, 17, 20, "Asia/Kolkata"),
    in_reply_to="<a81f2c@kolamdesign.example>",
    body="""
Hi Sneha,

Small change from our side - Arjun is travelling tomorrow, so your design round for the Senior UX Designer role is shifted from tomorrow to Friday (7th Aug), 3:00 PM IST. Same Google Meet link, 1 hour slot.

Arjun will still take the round, and Pooja Menon, our Design Director, will also join since she is back from leave. Thoda case study walkthrough ready rakhna, 10-15 min.

Sorry for the last minute change yaar! Do confirm if Friday works.

Thanks,
Ritika
Talent Team, Kolam Design Co.

On Mon, 3 Aug 2026 at 11:04, Ritika Sharma <ritika@kolamdesign.example> wrote:
> Hi Sneha, your design round is confirmed for Thursday 6th Aug, 3 PM IST with Arjun.
> Meet link: https://meet.google.com/kzv-ptqa-nme
""",
    company="Kolam Design Co.",
    role="Senior UX Designer",
    interviewers=[("Arjun", None, None), ("Pooja Menon", None, "Design Director")],
    start="2026-08-07 15:00",
    end="2026-08-07 16:00",
    tz="Asia/Kolkata",
    notes="Hinglish reschedule from Thursday to Friday; Arjun (first name only) still interviews and Pooja Menon joins. The talent-team sender coordinates only. '1 hour slot' gives the end.",
)

# ================================================================ executive search
add(
    name="res-w13-milan-family-group-cfo-dinner-moved-ics-utc",
    kind="reschedule",
    frm="Anna Ferri <anna.ferri@whitcombelane.example>",
    to="Stefan Brandl <stefan.brandl@example.at>",
    subject="Bellandi Group - CFO: dinner moved to Monday 25 May",
    date=(2026, 5, 18, 9, 30, "Europe/Rome"),
    ics_style="google",
    body="""
Dear Stefan,

A small change: Giorgio has a supervisory board in Turin on Thursday, so he and Chiara have asked to move your dinner from Thursday 21 May to Monday 25 May, same time, 19:30, at Ristorante Tre Archi in Brera. The updated invitation is attached.

As discussed, I will not join; this stage is about whether the family sees you as the Chief Financial Officer who sits next to them for the next ten years. Giorgio Bellandi will chair the conversation as Chairman, and Chiara will join as CEO.

Let me know if Monday is a problem and I will go back to them today.

Un caro saluto,
Anna

Anna Ferri
Partner, Whitcombe Lane Executive Search
Via Manzoni 38, Milano
""",
    ics=ics(
        uid="whitcombelane-bellandi-cfo-dinner-20260521@whitcombelane.example",
        start="2026-05-25 19:30",
        end="2026-05-25 22:00",
        tz="Europe/Rome",
        utc=True,
        seq=1,
        organizer=("Anna Ferri", "anna.ferri@whitcombelane.example"),
        attendees=[
            ("Giorgio Bellandi", "g.bellandi@bellandigroup.example"),
            ("Chiara Bellandi", "c.bellandi@bellandigroup.example"),
            ("Stefan Brandl", "stefan.brandl@example.at"),
        ],
        summary="Dinner: Bellandi Group / Stefan Brandl (CFO)",
        location="Ristorante Tre Archi, Brera, Milano",
        stamp="20260518T073000Z",
    ),
    company="Bellandi Group",
    role="Chief Financial Officer",
    interviewers=[
        ("Giorgio Bellandi", "g.bellandi@bellandigroup.example", "Chairman"),
        ("Chiara Bellandi", "c.bellandi@bellandigroup.example", "CEO"),
    ],
    start="2026-05-25 19:30",
    end="2026-05-25 22:00",
    tz="Europe/Rome",
    notes="Search partner moves a dinner interview with the family owners; Google ICS (SEQUENCE 1) in UTC, label in Rome time (CEST). Chiara's surname only in the ICS. The partner explicitly does not join.",
)

add(
    name="rej-w13-search-principal-client-chose-other-candidate",
    kind="rejection",
    frm="Priya Raman <priya.raman@ashgrovepartners.example>",
    to="David Okafor <david.okafor@example.com>",
    subject="Calloway Therapeutics - COO search",
    date=(2026, 10, 9, 17, 50, "America/New_York"),
    body="""
David,

I wanted you to hear this from me before the end of the week. Calloway Therapeutics has decided to move forward with another candidate for the Chief Operating Officer role, someone who has run a commercial-scale manufacturing site before, which in the end weighed more heavily than anything else.

Dr. Lee asked me to pass on that she genuinely enjoyed the breakfast and the follow-up with Luis, and that she would like to stay in touch. I'd second that: you were the candidate the team talked about most.

Let's catch up properly next week - I have two other searches starting where your background fits well.

Warmly,
Priya

Priya Raman | Principal
Ashgrove Partners
""",
    company="Calloway Therapeutics",
    role="Chief Operating Officer",
    notes="Rejection relayed by the search principal; names past interviewers but schedules nothing.",
)

# ================================================================ academia
add(
    name="inv-w13-welsh-university-presentation-and-panel-b64",
    kind="invitation",
    frm="HR Recruitment <recruitment@aberhafren.example.ac.uk>",
    to="Ffion Pritchard <ffion.pritchard@example.co.uk>",
    subject="Invitation to interview: Lecturer in Music Production (Ref AH-2291)",
    date=(2026, 4, 29, 11, 0, "Europe/London"),
    fmt="b64",
    body="""
Dear Ms Pritchard,

Following shortlisting, I am pleased to invite you to interview for the post of Lecturer in Music Production at Aberhafren University.

Date: Thursday 14/05/2026
10:00  Presentation to the panel (15 minutes): "Teaching production in a studio-less year one"
10:30 - 11:30  Panel interview

The panel will be:
Professor Alan Brierley, Pro-Vice-Chancellor (Chair)
Dr Siân Hughes, Head of the School of Music
Dr Kwame Asante, Senior Lecturer in Composition
Professor Ruth Kaplan, external assessor (University of Leeds)

Please report to the Main Reception, Cambria Building, by 09:40. Dr Hughes's PA, Gwen, will collect you and take you to the Council Room.

Please bring your passport for right-to-work checks and the originals of your qualifications.

Yours sincerely,

Rhys Morgan
HR Officer (Recruitment)
Aberhafren University
""",
    company="Aberhafren University",
    role="Lecturer in Music Production",
    interviewers=[
        ("Alan Brierley", None, "Pro-Vice-Chancellor"),
        ("Siân Hughes", None, "Head of the School of Music"),
        ("Kwame Asante", None, "Senior Lecturer in Composition"),
        ("Ruth Kaplan", None, "external assessor"),
    ],
    start="2026-05-14 10:00",
    end="2026-05-14 11:30",
    tz="Europe/London",
    notes="UK academic panel; day-first 14/05/2026; presentation to the panel then interview, so 10:00-11:30 BST. 'Dr' without a dot and 'Professor' are dropped. The PA who collects and the HR officer are not interviewers; the reference number is not part of the role.",
)

add(
    name="inv-w13-institute-chalk-talk-surnames-only-zoom",
    kind="invitation",
    frm="Dr. Sabine Koch <sabine.koch@rnimm.example.de>",
    to="Hyun-woo Park <hw.park@example.ac.kr>",
    subject="RNIMM Group Leader search - chalk talk on 22 January",
    date=(2026, 1, 12, 9, 10, "Europe/Berlin"),
    fmt="qp",
    body="""
Dear Dr. Park,

Thank you for your seminar last month. The selection committee for the Independent Research Group Leader in Structural Biology would like to continue with a chalk talk, held on Zoom:

Thursday, 22 January 2026, 15:00-16:00 CET (23:00-24:00 in Seoul - please tell me if that is too late for you)

The committee for this round: our Director, Prof. Brandt, together with Dr. Okoye and Dr. Lindgren from the faculty. There are no slides; please be ready to sketch your research programme for the first five years and how you would use the cryo-EM facility.

I will host the Zoom meeting and handle the technical side; the link follows on Monday.

With best regards,
Sabine Koch

Dr. Sabine Koch
Scientific Coordinator, Faculty Recruitment
Rhein-Neckar Institute for Molecular Medicine (RNIMM)
Heidelberg
""",
    company="Rhein-Neckar Institute for Molecular Medicine",
    role="Independent Research Group Leader in Structural Biology",
    interviewers=[("Brandt", None, "Director"), ("Okoye", None, None), ("Lindgren", None, None)],
    start="2026-01-22 15:00",
    end="2026-01-22 16:00",
    tz="Europe/Berlin",
    notes="Chalk talk with three committee members named only as 'Prof. Brandt', 'Dr. Okoye', 'Dr. Lindgren': the label keeps the surnames. The coordinator hosts the Zoom and does not interview. The Seoul times are a conversion, not a second slot.",
)

add(
    name="off-w13-college-dean-offer-respond-by-13-march",
    kind="offer",
    frm="Maryam Haddad <mhaddad@whitfield.example.edu>",
    to="Rafael Ibáñez <rafa.ibanez@example.org>",
    cc="Helen Okonkwo <hokonkwo@whitfield.example.edu>",
    subject="Offer of appointment - Assistant Professor of Computational Linguistics",
    date=(2026, 2, 27, 15, 30, "America/New_York"),
    fmt="alt",
    body="""
Dear Dr. Ibáñez,

It is my great pleasure to offer you a tenure-track appointment as Assistant Professor of Computational Linguistics at Whitfield College, beginning August 15, 2026. The attached letter sets out the terms: an academic-year salary of $92,500, a start-up package of $150,000 over three years, and a course release in your first year.

The department's vote was unanimous, and Helen and I very much hope you will join us. Please let me know your decision by March 13; if you would like to visit again with your family before deciding, we would be glad to arrange it.

With warm regards,

Maryam Haddad
Dean of Arts and Sciences
Whitfield College
""",
    company="Whitfield College",
    role="Assistant Professor of Computational Linguistics",
    notes="Offer from the Dean; 'let me know your decision by March 13' is the candidate's deadline, not an employer decision date.",
)

add(
    name="can-w13-quebec-university-visit-cancelled-hiring-freeze",
    kind="cancellation",
    frm=addr("Département de musique", "musique@ustlaurent.example.ca"),
    to="Noémie Girard <noemie.girard@example.ca>",
    subject=hdr("Annulation : visite sur le campus / Cancelled: campus visit"),
    date=(2026, 2, 23, 16, 40, "America/Toronto"),
    ics_style="outlook",
    ics_method="CANCEL",
    body="""
Madame Girard,

C'est avec regret que nous devons annuler votre visite sur le campus du jeudi 5 mars. À la suite du gel des embauches annoncé vendredi par le ministère, le concours pour le poste de professeure adjointe en musicothérapie est suspendu jusqu'à nouvel ordre.

---

Dear Dr. Girard,

We regret that we must cancel your campus visit on Thursday, March 5. Following the hiring freeze announced on Friday by the provincial ministry, the search for the Assistant Professor of Music Therapy position is suspended until further notice. Your travel bookings have been cancelled at our expense.

Nous vous remercions sincèrement de votre intérêt. / With our sincere thanks,

Josée Lavoie
Adjointe administrative / Administrative Assistant
Département de musique, Université Saint-Laurent
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000D0F1E2A3B4C5DC0100000000000000001000000055AA44BB33CC22DD11EE00FF99887766",
        start="2026-03-05 09:00",
        end="2026-03-05 16:30",
        tz="America/Toronto",
        tzid="Eastern Standard Time",
        vtz=vtz_outlook_us("Eastern Standard Time", -5, -4),
        organizer=("Josée Lavoie", "musique@ustlaurent.example.ca"),
        attendees=[("Noémie Girard", "noemie.girard@example.ca")],
        summary="Annulé : Visite sur le campus - N. Girard / Cancelled: campus visit",
        method="CANCEL",
        seq=2,
        status="CANCELLED",
        prodid="Microsoft Exchange Server 2010",
        stamp="20260223T214000Z",
    ),
    company="Université Saint-Laurent",
    role="Assistant Professor of Music Therapy",
    start="2026-03-05 09:00",
    end="2026-03-05 16:30",
    tz="America/Toronto",
    notes="French then English; Outlook CANCEL with the Windows zone 'Eastern Standard Time' (EST on Mar 5). The search is suspended (a cancellation, not a rejection); no interviewers are named.",
)

# ================================================================ creative industries
add(
    name="inv-w13-london-architects-initials-key-itinerary",
    kind="invitation",
    frm="Lucy Tran <lucy.tran@fieldhousearchitects.example>",
    to="Marco Bellini <marco.bellini@example.com>",
    subject="Fieldhouse - interview itinerary, Tue 16 June",
    date=(2026, 6, 9, 15, 25, "Europe/London"),
    fmt="alt",
    body="""
Hi Marco,

Thanks for confirming. Here is the plan for your interview for the Senior Architect role on Tuesday 16 June at our Clerkenwell studio (the schedule uses our studio initials, key below).

14:00 - 14:45  Portfolio review - JM, AK
14:45 - 15:15  Studio tour and model shop with Ben (Part 2 assistant)
15:15 - 16:00  Technical and delivery discussion - POD

JM = James Mercer, Design Director
AK = Anjali Kapoor, Associate
POD = Padraig O'Donnell, Technical Director

Please bring a laptop with two or three projects; we'll plug you into the big screen. I'll meet you at the door on Exmouth Market.

Best,
Lucy

Lucy Tran
Studio Manager
Fieldhouse Architects
""",
    company="Fieldhouse Architects",
    role="Senior Architect",
    interviewers=[
        ("James Mercer", None, "Design Director"),
        ("Anjali Kapoor", None, "Associate"),
        ("Padraig O'Donnell", None, "Technical Director"),
    ],
    start="2026-06-16 14:00",
    end="2026-06-16 16:00",
    tz="Europe/London",
    notes="Itinerary by studio initials resolved by a key in the same mail. The studio tour with Ben (an assistant) is not an interview; the studio manager only arranges. BST.",
)

add(
    name="inv-w13-ashby-helsinki-games-art-review-ics-utc",
    kind="invitation",
    frm="Sulo Games <no-reply@ashbyhq.com>",
    to="Emma Lindholm <emma.lindholm@example.se>",
    reply_to="ella.koskinen@sulogames.example",
    subject="Your portfolio review with Sulo Games is confirmed",
    date=(2026, 9, 8, 13, 0, "Europe/Helsinki"),
    ics_style="attach",
    fmt="alt",
    body="""
Hi Emma,

Your interview for Principal Environment Artist at Sulo Games is confirmed.

Portfolio review
Monday, September 14, 2026
3:00 PM - 4:30 PM EEST (Helsinki)
Video call: https://meet.google.com/sgm-xpqr-twa

Interviewers
Aino Virtanen - Art Director
Mikko Järvinen - Lead Environment Artist

Share your screen and walk us through two environments from concept to final, including one you would do differently now.

Need to reschedule? Reply to this email and Ella from our talent team will help.

Sulo Games
Powered by Ashby
""",
    ics=ics(
        uid="ashby-iv-4c1e9a7d-2b8f-4e0a-9d55-sulo",
        start="2026-09-14 15:00",
        end="2026-09-14 16:30",
        tz="Europe/Helsinki",
        utc=True,
        organizer=("Ella Koskinen", "ella.koskinen@sulogames.example"),
        attendees=[
            ("Aino Virtanen", "aino.virtanen@sulogames.example"),
            ("Mikko Järvinen", "mikko.jarvinen@sulogames.example"),
            ("Emma Lindholm", "emma.lindholm@example.se"),
        ],
        summary="Portfolio review: Emma Lindholm <> Sulo Games",
        prodid="-//Ashby//Scheduling//EN",
        location="https://meet.google.com/sgm-xpqr-twa",
        stamp="20260908T100000Z",
    ),
    company="Sulo Games",
    role="Principal Environment Artist",
    interviewers=[
        ("Aino Virtanen", "aino.virtanen@sulogames.example", "Art Director"),
        ("Mikko Järvinen", "mikko.jarvinen@sulogames.example", "Lead Environment Artist"),
    ],
    start="2026-09-14 15:00",
    end="2026-09-14 16:30",
    tz="Europe/Helsinki",
    notes="Ashby confirmation with a UTC ICS (12:00Z = 15:00 EEST). The talent-team organizer Ella is not on the panel.",
)

add(
    name="inv-w13-outlook-surname-comma-recruiter-screen-fashion-nyc",
    kind="invitation",
    frm='"Delgado, Marisol" <mdelgado@harlowfinch.example>',
    to="Priya Shah <priya.shah.merch@example.com>",
    subject="Harlow & Finch - phone screen, Merchandising Manager, Womenswear",
    date=(2026, 1, 14, 10, 5, "America/New_York"),
    ics_style="outlook",
    body="""
Hi Priya,

Thank you for applying to Harlow & Finch! I'd love to set up a 30-minute phone screen to talk through your experience and the Merchandising Manager, Womenswear role. I've sent an invite for Tuesday, January 20 at 11:00 AM ET; I'll call you at the number on your resume.

If that doesn't work, just propose another time this week or next.

Best,
Marisol

Marisol Delgado
Senior Talent Acquisition Partner
Harlow & Finch | 520 West 27th Street, New York, NY
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5DC0100000000000000001000000012AB34CD56EF7890AB12CD34EF567890",
        start="2026-01-20 11:00",
        end="2026-01-20 11:30",
        tz="America/New_York",
        tzid="Eastern Standard Time",
        vtz=vtz_outlook_us("Eastern Standard Time", -5, -4),
        organizer=("Delgado, Marisol", "mdelgado@harlowfinch.example"),
        attendees=[("Priya Shah", "priya.shah.merch@example.com")],
        summary="Phone Screen: Priya Shah / Merchandising Manager, Womenswear",
        prodid="Microsoft Exchange Server 2010",
        location="Phone (Marisol to call)",
        stamp="20260114T150500Z",
    ),
    company="Harlow & Finch",
    role="Merchandising Manager, Womenswear",
    interviewers=[
        ("Marisol Delgado", "mdelgado@harlowfinch.example", "Senior Talent Acquisition Partner")
    ],
    start="2026-01-20 11:00",
    end="2026-01-20 11:30",
    tz="America/New_York",
    notes="Recruiter phone screen: the recruiter is the interviewer. Outlook 'Last, First' display name in From and ORGANIZER; label in natural order. EST.",
)

add(
    name="ack-w13-teamtailor-stockholm-fashion-sv-en",
    kind="application_ack",
    frm="Vinter & Lind <noreply@teamtailor.com>",
    to="Emma Lindholm <emma.lindholm@example.se>",
    subject=hdr("Tack för din ansökan / Thanks for applying – Pattern Maker"),
    date=(2026, 8, 17, 21, 12, "Europe/Stockholm"),
    fmt="alt",
    body="""
Hej Emma!

Tack för din ansökan till tjänsten som Pattern Maker hos Vinter & Lind. Vi har tagit emot dina dokument och återkommer så snart vi har gått igenom alla ansökningar.

Hi Emma!

Thank you for applying for the Pattern Maker position at Vinter & Lind. We have received your documents and will get back to you in the coming weeks, once we have reviewed all applications.

Vänliga hälsningar / Best regards,
The Vinter & Lind team

Sent with Teamtailor
""",
    company="Vinter & Lind",
    role="Pattern Maker",
    notes="Swedish/English Teamtailor receipt; 'in the coming weeks' is vague, so no decision date.",
)

# ================================================================ hard negatives
add(
    name="oth-w13-harri-user-is-interviewer-line-cook",
    kind="other",
    frm="Harri <notifications@harri.example>",
    to="Daniela Fuentes <daniela.fuentes@copperpotbistro.example>",
    subject="Interview scheduled: Marco Bianchi - Line Cook (Copper Pot Bistro)",
    date=(2026, 9, 21, 8, 0, "America/New_York"),
    fmt="html",
    html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Daniela,</p>
<p>A new interview has been scheduled for you.</p>
<table cellpadding="4">
<tr><td><b>Candidate</b></td><td>Marco Bianchi</td></tr>
<tr><td><b>Position</b></td><td>Line Cook - Copper Pot Bistro</td></tr>
<tr><td><b>When</b></td><td>Thu, Sep 24, 3:00 PM - 3:30 PM EDT</td></tr>
<tr><td><b>Interviewer</b></td><td>Daniela Fuentes (you)</td></tr>
</table>
<p><a href="https://harri.example/hiring/interviews/77120">View candidate profile and scorecard</a></p>
<p style="color:#888;font-size:11px">You are receiving this because you are a hiring manager at Copper Pot Bistro.</p>
</body></html>
""",
    notes="Hard negative: the user (a sous chef at her current job) is the interviewer of someone else's interview.",
)

add(
    name="oth-w13-creative-jobs-weekly-digest",
    kind="other",
    frm="The Studio List <jobs@thestudiolist.example>",
    to="Ruth Adebayo <ruth.adebayo@example.co.uk>",
    subject="12 new creative roles this week: Senior Copywriter, Design Director, Motion Lead...",
    date=(2026, 5, 4, 7, 30, "Europe/London"),
    fmt="alt",
    body="""
Your weekly roles, Ruth

Senior Copywriter - Gable & Wick, London (Hybrid)
Shortlisting now; interviews from 18 May. Apply by 11 May.

Design Director - Northlight Studio, Manchester
"Interview with the founders in our Ancoats studio." Salary £75-85k.

Motion Lead - Paper Lantern, Bristol (Remote)
Two-stage interview, first round online.

Junior Art Director - Moss & Marigold, London
Portfolio required.

See all 12 roles: https://thestudiolist.example/roles?week=19

Tip of the week: "Talk about the brief, not just the ad" - our interview with Bea from Mothwing & Pell is up on the blog.

You're getting this because you signed up for weekly alerts. Unsubscribe: https://thestudiolist.example/u/ra88
""",
    notes="Hard negative: a job-alert digest with interview wording, dates and even a named creative director; nothing is addressed to the user's own interview.",
)

add(
    name="oth-w13-careers-service-webinar-job-talk-ics",
    kind="other",
    frm="Graduate Careers Service <careers-events@example.edu>",
    to="Hyun-woo Park <hw.park@example.ac.kr>",
    subject="Webinar: Nailing the job talk and the chalk talk (Thu 29 Jan)",
    date=(2026, 1, 20, 9, 0, "America/Chicago"),
    ics_style="google",
    body="""
Hello,

You registered for "Nailing the job talk and the chalk talk: faculty interviews in the life sciences". The calendar invitation is attached.

Thursday, January 29, 12:00-1:00 pm CT on Zoom
Speakers: Prof. Janet Ruiz (Biochemistry) and Dr. Samuel Boateng (former search committee chair)

We will cover structuring a 50-minute job talk, answering "what will your first R01 be?", and the campus-visit dinner.

A recording will be sent to all registrants.

Graduate Careers Service
""",
    ics=ics(
        uid="careers-webinar-jobtalk-20260129@example.edu",
        start="2026-01-29 12:00",
        end="2026-01-29 13:00",
        tz="America/Chicago",
        vtz=vtz_us("America/Chicago", "-0600", "-0500", "CST", "CDT"),
        organizer=("Graduate Careers Service", "careers-events@example.edu"),
        attendees=[("Hyun-woo Park", "hw.park@example.ac.kr")],
        summary="Webinar: Nailing the job talk and the chalk talk",
        location="Zoom",
    ),
    notes="Hard negative: a careers webinar about faculty interviews, with an ICS REQUEST and named speakers.",
)

add(
    name="oth-w13-spanglish-dental-appointment-reminder",
    kind="other",
    frm="Sonrisa Dental Miami <citas@sonrisadental.example>",
    to="Daniela Fuentes <dani.fuentes.cocina@example.com>",
    subject="Recordatorio de cita / Appointment reminder - martes 13 de octubre",
    date=(2026, 10, 9, 12, 0, "America/New_York"),
    body="""
Hola Daniela,

Le recordamos su cita con la Dra. Morales el martes 13 de octubre a las 9:30 AM.
This is a reminder of your appointment with Dr. Morales on Tuesday, October 13 at 9:30 AM.

Por favor llegue 10 minutos antes / Please arrive 10 minutes early. Para confirmar, responda SI; para cancelar, llame al 305-555-0190.

Sonrisa Dental Miami
""",
    notes="Hard negative: a personal appointment in Spanish and English, with a doctor's name and a time.",
)

add(
    name="oth-w13-current-job-board-pack-review-outlook-ics",
    kind="other",
    frm="Agnieszka Wolska <agnieszka.wolska@nordbrookfoods.example>",
    to="Eleanor Vasquez <eleanor.vasquez@nordbrookfoods.example>",
    subject="Board pack review with CFO Anneke - Thu 26 Mar",
    date=(2026, 3, 20, 9, 45, "Europe/London"),
    ics_style="outlook",
    body="""
Hi Eleanor,

As requested, I've put 90 minutes in with CFO Anneke on Thursday 26 March at 14:00 to go through the Q1 board pack before it goes out. Room: Thames 4, or Teams if you're travelling.

Anneke asked that the store-closure appendix is in the draft by Wednesday noon.

Thanks,
Agnieszka

Agnieszka Wolska
Executive Assistant to the CEO
Nordbrook Foods
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E008000000009A8B7C6D5E4FDC010000000000000000100000001122334455667788990011223344AABB",
        start="2026-03-26 14:00",
        end="2026-03-26 15:30",
        tz="Europe/London",
        tzid="GMT Standard Time",
        vtz=vtz_eu("GMT Standard Time", "+0000", "+0100", "GMT", "BST"),
        organizer=("Agnieszka Wolska", "agnieszka.wolska@nordbrookfoods.example"),
        attendees=[
            ("Eleanor Vasquez", "eleanor.vasquez@nordbrookfoods.example"),
            ("Anneke de Vries", "anneke.devries@nordbrookfoods.example"),
        ],
        summary="Board pack review - Q1",
        prodid="Microsoft Exchange Server 2010",
        location="Thames 4 / Microsoft Teams",
    ),
    notes="Hard negative: an internal meeting at the user's current job (the user is CEO there), with an Outlook ICS and a role-plus-first-name person.",
)

add(
    name="oth-w13-hospitality-interview-tips-newsletter",
    kind="other",
    frm="HospitalityCareers Weekly <newsletter@hospitalitycareers.example>",
    to="Aditya Bhatt <aditya.bhatt91@example.in>",
    subject="7 questions every GM asks in a Front Office Manager interview",
    date=(2026, 2, 14, 6, 0, "Asia/Kolkata"),
    fmt="html",
    html="""<html><body style="font-family:Georgia,serif;max-width:620px;margin:auto">
<h1 style="font-size:22px">7 questions every GM asks in a Front Office Manager interview</h1>
<p>Your interview is tomorrow at 11 AM and the General Manager walks in. What will they ask? We spoke to Rohan Kapoor, GM of a 300-key resort in Goa, and Meera Pillai, Director of Rooms, about what they listen for.</p>
<ol>
<li>Tell me about a night audit that went wrong.</li>
<li>How do you handle an overbooking on a wedding weekend?</li>
<li>What is your upselling conversion at check-in?</li>
</ol>
<p><a href="https://hospitalitycareers.example/articles/fom-interview">Read all seven &rarr;</a></p>
<p style="font-size:11px;color:#777">You are receiving HospitalityCareers Weekly because you subscribed. <a href="https://hospitalitycareers.example/unsub">Unsubscribe</a></p>
</body></html>
""",
    notes="Hard negative: interview-tips newsletter with a hypothetical 'tomorrow at 11 AM' and named hotel managers.",
)

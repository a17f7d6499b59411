# ruff: noqa: E501
# Wave 18, batch A: small employers writing by hand (dental practices, trades, cafes, farms,
# churches, law and accounting firms, tiny start-ups) in the US, Canada, UK, Ireland, Australia
# and New Zealand; hurried, lower-case, first names only, spouses and partners joining, voicemail
# transcripts, top-posted replies; and hard negatives that read just like them.
from lib import add, ics
from mime import hdr, vtz_outlook_us

# ================================================================ invitations, hurried and informal
add(
    name="inv-w18-dental-textstyle-spouse",
    kind="invitation",
    frm="Pam Kowalski <pam@brightsmilesfamilydental.example>",
    to="Tasha Greene <tasha.greene88@example.com>",
    subject="re: dental asst position",
    date=(2026, 10, 12, 20, 14, "America/New_York"),
    body="""
hi Tasha thx for dropping off ur resume today!! can u come in thurs at 2 to talk about the dental assistant job? me and my husband Rick (he runs the front office + billing) will sit down w/ you, shouldnt take more than half hr. we close at 5 on thurs so 2 is best

park in the back lot not the bank lot lol

Dr. Pam Kowalski DDS
Bright Smiles Family Dental
1180 W Market St, Akron OH
Sent from my iPhone
""",
    company="Bright Smiles Family Dental",
    role="dental assistant",
    interviewers=[
        ("Pam Kowalski", "pam@brightsmilesfamilydental.example", None),
        ("Rick", None, None),
    ],
    start="2026-10-15 14:00",
    end="2026-10-15 14:30",
    tz="America/New_York",
    notes="Texting style from the dentist-owner; 'thurs at 2' against Mon Oct 12 is Thu Oct 15, 'half hr' gives the end. Her husband Rick will sit in: an interviewer known only by first name. Honorific Dr. and DDS dropped.",
)

add(
    name="inv-w18-nz-orchard-tuesday-arvo",
    kind="invitation",
    frm="Hemi Walker <hemi@kahikateaorchard.example.nz>",
    to="Lucy Barton <lucyb.nz@example.com>",
    subject="Orchard supervisor",
    date=(2026, 11, 6, 19, 2, "Pacific/Auckland"),
    fmt="alt",
    body="""
Kia ora Lucy

Got your CV thru the Seek ad, cheers. Keen to have a yarn about the orchard supervisor job. Can you pop out Tuesday arvo, say 2 o'clock? Me and my brother Tama run the place so we'll both be there, takes about an hour with a walk round the blocks.

Bring boots, it's muddy after the rain.

Ph 027 555 0193 if you get lost, GPS takes you to the wrong gate.

Hemi
Kahikatea Orchard, 412 Paraiti Rd, Te Puke
""",
    company="Kahikatea Orchard",
    role="orchard supervisor",
    interviewers=[("Hemi Walker", "hemi@kahikateaorchard.example.nz", None), ("Tama", None, None)],
    start="2026-11-10 14:00",
    end="2026-11-10 15:00",
    tz="Pacific/Auckland",
    notes="NZ 'Tuesday arvo, say 2 o'clock' against Fri Nov 6 is Tue Nov 10 14:00 NZDT (+13:00); about an hour. Owner signs 'Hemi', surname only in the From header; brother Tama only by first name.",
)

add(
    name="inv-w18-voicemail-transcript-plumbing",
    kind="invitation",
    frm="Google Voice <voice-noreply@google.com>",
    to="marcus.dial@example.com",
    subject="New voicemail from (614) 555-0147",
    date=(2026, 10, 20, 16, 41, "America/New_York"),
    fmt="alt",
    body="""
New voicemail from (614) 555-0147 at 4:40 PM
Transcript: Hey Marcus this is Dave with Reliable Plumbing and Drain returning your call about the apprentice opening. Yeah um we'd love to meet you. Can you come by the shop Friday morning at 7:30 before the trucks head out, it's 2200 Refugee Road. You'll be talking with me and my foreman Luis, won't take long, 20 minutes tops. If that doesn't work give me a ring back at this number. Thanks bud.

Play message
YOUR ACCOUNT  HELP CENTER  HELP FORUM
This email was sent to you because you indicated that you'd like to receive email notifications for voicemails.
Google LLC 1600 Amphitheatre Parkway, Mountain View CA 94043 USA
""",
    company="Reliable Plumbing and Drain",
    role="apprentice",
    interviewers=[("Dave", None, None), ("Luis", None, "foreman")],
    start="2026-10-23 07:30",
    end="2026-10-23 07:50",
    tz="America/New_York",
    notes="A Google Voice transcript: the sender is Google, the employer is the plumbing company. 'Friday morning at 7:30' against Tue Oct 20 is Fri Oct 23, '20 minutes tops'. Both interviewers by first name only.",
)

add(
    name="inv-w18-cafe-ireland-lowercase",
    kind="invitation",
    frm="mags <mags@thegreenkettle.example.ie>",
    to="Aoife Brennan <aoife.brennan@example.ie>",
    subject="chef de partie",
    date=(2026, 11, 2, 22, 30, "Europe/Dublin"),
    body="""
hi aoife

sorry for the slow reply its been mental here with the mid term. would you be able to call in for a chat about the chef de partie job on weds at 3, after lunch service. jono our head chef will do the chat with me and might get you to knock up something small so bring your knives if you have them.

let me know either way

mags
the green kettle, main st, westport
""",
    company="The Green Kettle",
    role="chef de partie",
    interviewers=[("mags", "mags@thegreenkettle.example.ie", None), ("jono", None, "head chef")],
    start="2026-11-04 15:00",
    end=None,
    tz="Europe/Dublin",
    notes="All lower case; 'weds at 3' against Mon Nov 2 is Wed Nov 4 15:00 GMT (Irish winter time). Owner known only as 'mags', the head chef only as 'jono': first names as written. No length given.",
)

add(
    name="inv-w18-toronto-accounting-outlook-ics",
    kind="invitation",
    frm="Front Desk - Lam & Okafor CPA <office@lamokafor.example.ca>",
    to="Priyanka Shah <priyanka.shah@example.ca>",
    subject="Interview: Staff Accountant - Lam & Okafor CPA",
    date=(2026, 11, 3, 11, 5, "America/Toronto"),
    fmt="qp",
    ics_style="outlook",
    body="""
Hello Priyanka,

Winston and Ngozi would like to meet with you about the Staff Accountant position. I've sent a calendar invitation for Monday, November 9 at 10:00 a.m. at our office (Suite 304, 2 Bloor St W). Please plan on about an hour.

You'll meet with:
Winston Lam, CPA - Partner
Ngozi Okafor, CPA, CA - Partner

If you need to change the time just reply to this email and I'll sort it out.

Thanks,
Brenda
Office Administrator
Lam & Okafor Chartered Professional Accountants
""",
    ics=ics(
        uid="040000008200E00074C5B7101A82E00800000000A0D1C5E1@lamokafor.example.ca",
        start="2026-11-09 10:00",
        end="2026-11-09 11:00",
        tz="America/Toronto",
        tzid="Eastern Standard Time",
        vtz=vtz_outlook_us("Eastern Standard Time", -5, -4),
        organizer=("Front Desk - Lam & Okafor CPA", "office@lamokafor.example.ca"),
        attendees=[
            ("Priyanka Shah", "priyanka.shah@example.ca"),
            ("Winston Lam", "winston@lamokafor.example.ca"),
            ("Ngozi Okafor", "ngozi@lamokafor.example.ca"),
        ],
        summary="Interview - Priyanka Shah (Staff Accountant)",
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        location="Suite 304, 2 Bloor St W",
    ),
    company="Lam & Okafor",
    role="Staff Accountant",
    interviewers=[
        ("Winston Lam", "winston@lamokafor.example.ca", "Partner"),
        ("Ngozi Okafor", "ngozi@lamokafor.example.ca", "Partner"),
    ],
    start="2026-11-09 10:00",
    end="2026-11-09 11:00",
    tz="America/Toronto",
    notes="Outlook invite with the Windows zone 'Eastern Standard Time' (EST -05:00 after Nov 1). Brenda at the front desk only schedules; the two partners interview, emails from the ICS attendees. CPA/CA post-nominals dropped from names.",
)

add(
    name="inv-w18-church-admin-panel-rev",
    kind="invitation",
    frm="St Aidan's Parish Office <office@staidans-hove.example.org.uk>",
    to="Hannah Pryce <hannahpryce@example.co.uk>",
    subject="Parish Administrator - interview",
    date=(2026, 10, 21, 14, 12, "Europe/London"),
    fmt="alt",
    body="""
Dear Hannah,

Thank you for your application for the post of Parish Administrator (16 hours per week). I am pleased to say the PCC would like to invite you to interview on Saturday 31st October at 10.30am in the Church Hall (side door, Wilbury Road).

The interview panel will be:
The Revd Alan Birch, Vicar
Mrs Jean Halloran, Churchwarden
Mr Tunde Adebayo, PCC Treasurer

It will last around 45 minutes and there will be a short exercise on our booking diary beforehand, so please arrive at 10.15.

I'm only the messenger, so any questions to me but I won't be on the panel!

With best wishes,
Sue
(Sue Lambert, Parish Office, Tues & Thurs mornings)
""",
    company="St Aidan's",
    role="Parish Administrator",
    interviewers=[
        ("Alan Birch", None, "Vicar"),
        ("Jean Halloran", None, "Churchwarden"),
        ("Tunde Adebayo", None, "PCC Treasurer"),
    ],
    start="2026-10-31 10:30",
    end="2026-10-31 11:15",
    tz="Europe/London",
    notes="Church panel with honorifics The Revd / Mrs / Mr dropped. The parish office volunteer says she is not on the panel. 10.30 for 45 min; Sat Oct 31 is after the clocks go back (GMT +00:00). The 10.15 arrival is not the start.",
)

add(
    name="inv-w18-top-reply-electrician-wife",
    kind="invitation",
    frm="Bob Tanaka <bob@tanakaelectric.example>",
    to="Kyle Ferris <kferris.sparky@example.com>",
    subject="Re: Re: Journeyman electrician ad on Indeed",
    date=(2026, 11, 11, 6, 48, "America/Los_Angeles"),
    in_reply_to="<CAK9z2m0x@mail.gmail.com>",
    body="""
10 works. my wife Carol does the books and the hiring paperwork so shes going to sit in too. shop is behind the house, drive all the way up.

Bob

On Tue, Nov 10, 2026 at 9:12 PM Kyle Ferris <kferris.sparky@example.com> wrote:
> Hi Bob, Thursday is good for me. Could we do 10 instead of 9? I have a
> job finishing up first thing.
>
> Kyle
>
> On Tue, Nov 10, 2026 at 5:30 PM Bob Tanaka <bob@tanakaelectric.example> wrote:
>> Kyle - got your resume. You've got the hours we need for journeyman.
>> Come by Thursday at 9, 40 min or so. Mike my lead guy might be around if
>> hes not on a job.
>>
>> Bob Tanaka
>> Tanaka Electric LLC  CA Lic #884120
>>
>>> On Mon, Nov 9, 2026 Kyle Ferris wrote:
>>> Hello, I'm applying for the journeyman electrician opening you posted.
>>> Resume attached. Thanks, Kyle
""",
    company="Tanaka Electric",
    role="journeyman electrician",
    interviewers=[("Bob Tanaka", "bob@tanakaelectric.example", None), ("Carol", None, None)],
    start="2026-11-12 10:00",
    end="2026-11-12 10:40",
    tz="America/Los_Angeles",
    notes="Top-posted reply confirming the candidate's 10 instead of the quoted 9; Thursday against Wed Nov 11 is Nov 12, '40 min or so' from the quoted mail. Wife Carol sits in (first name only). Mike, in quoted older mail and only maybe around, is not an interviewer.",
)

add(
    name="res-w18-solicitors-partner-swapped",
    kind="reschedule",
    frm="Deborah Quinn <dquinn@quinnandhale.example.co.uk>",
    to="Rhys Morgan <rhys.morgan@example.co.uk>",
    subject="RE: Trainee Solicitor interview - change of date",
    date=(2026, 11, 5, 17, 55, "Europe/London"),
    fmt="alt",
    in_reply_to="<001a01dcabc2$aa@quinnandhale.example.co.uk>",
    body="""
Dear Rhys

Apologies - I'm afraid I have been called into a hearing in Cardiff on Tuesday so we need to move your interview. Could you do Thursday 12th November at 4pm instead? Same place.

Also, Geraint Hale is on leave that week so my colleague Ffion Davies (Associate, Private Client) will interview with me in his place.

Let me know if Thursday is no good and we'll find another day.

Regards
Deborah

Deborah Quinn
Partner
Quinn & Hale Solicitors, 14 Castle Arcade, Swansea

-----Original Message-----
From: Deborah Quinn
Sent: 30 October 2026 10:02
To: Rhys Morgan
Subject: Trainee Solicitor interview

Dear Rhys, we'd like to invite you to interview for the Trainee Solicitor post on Tuesday 10 November at 11am with myself and Geraint Hale (Partner). Allow an hour.
""",
    company="Quinn & Hale",
    role="Trainee Solicitor",
    interviewers=[
        ("Deborah Quinn", "dquinn@quinnandhale.example.co.uk", "Partner"),
        ("Ffion Davies", None, "Associate, Private Client"),
    ],
    start="2026-11-12 16:00",
    end="2026-11-12 17:00",
    tz="Europe/London",
    notes="Moved from the quoted Tue 10 Nov 11am to Thu 12 Nov 4pm; Geraint Hale is replaced by Ffion Davies, so he is not an interviewer. The hour comes from the quoted original.",
)

add(
    name="inv-w18-calendly-dog-grooming",
    kind="invitation",
    frm="Kirsty Muir <notifications@calendly.com>",
    reply_to="kirsty@muddypawsgrooming.example.com.au",
    to="Jade Nguyen <jade.nguyen.au@example.com>",
    subject="Pick a time for a chat - Muddy Paws",
    date=(2026, 10, 27, 8, 20, "Australia/Brisbane"),
    fmt="html",
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hi Jade,</p>
<p>Thanks heaps for applying for the <b>Dog Groomer (part time)</b> spot at Muddy Paws! I'd love a quick 15 min phone chat first. Grab whatever time suits you here:</p>
<p><a href="https://calendly.com/muddypaws-kirsty/15min">https://calendly.com/muddypaws-kirsty/15min</a></p>
<p>If none of those work just flick me a text on 0412 555 880.</p>
<p>Cheers,<br>Kirsty<br>Owner, Muddy Paws Mobile Grooming</p>
<hr><p style="font-size:11px;color:#888">Sent via Calendly on behalf of Kirsty Muir.</p>
</body></html>
""",
    company="Muddy Paws",
    role="Dog Groomer",
    interviewers=[("Kirsty Muir", "kirsty@muddypawsgrooming.example.com.au", "Owner")],
    notes="Self-scheduling link from the owner through Calendly: an invitation without a start. She runs the phone chat herself. Role as written without '(part time)'.",
)

add(
    name="can-w18-bakery-oven-broke",
    kind="cancellation",
    frm="Tom Ashworth <tom@ashworthsbakery.example.co.uk>",
    to="Ellie Shaw <ellieshaw@example.co.uk>",
    subject="tomorrow",
    date=(2026, 11, 16, 15, 3, "Europe/London"),
    body="""
Ellie

Really sorry but I'm going to have to cancel tomorrow morning - the deck oven has packed in and I'll be up to my eyes with the engineer all day. Still very keen to see you for the baker's assistant job, I'll give you a ring later in the week once we're back up and running and we'll fix another time.

Tom
Ashworth's Bakery, Hebden Bridge
""",
    company="Ashworth's Bakery",
    role="baker's assistant",
    notes="Owner cancels 'tomorrow morning' with no new time: a cancellation, no interview time, no interviewers.",
)

add(
    name="nxt-w18-startup-two-founders",
    kind="next_steps",
    frm="Priya Raman <priya@loopcart.example.io>",
    to="Sam Delacroix <sam.delacroix@example.com>",
    subject="thanks for today",
    date=(2026, 11, 18, 18, 20, "America/Denver"),
    body="""
Hey Sam,

Thanks for coming in today, Josh and I both really enjoyed it (and sorry about the construction noise next door). We've got one more person to talk to on Thursday and then we'll make a call - you'll hear from us by Monday either way.

Priya
co-founder, Loopcart (all 5 of us)
""",
    company="Loopcart",
    decision_by="2026-11-23",
    notes="After the interview: 'by Monday' against Wed Nov 18 is Mon Nov 23. No role named; no upcoming interview, so no interviewers.",
)

add(
    name="info-w18-law-firm-references",
    kind="info_request",
    frm="Margaret Doyle <mdoyle@doyleandsons.example.ie>",
    to="Cian Fitzgerald <cian.fitz@example.ie>",
    subject="Legal Secretary - references",
    date=(2026, 11, 10, 12, 40, "Europe/Dublin"),
    fmt="qp",
    body="""
Dear Cian,

Many thanks for coming in on Friday. Before we go any further with the Legal Secretary position could you send me the names and numbers of two referees, one ideally your current employer, and a copy of your typing certificate. If you could get them to me by this Friday that would be great.

Kind regards,
Margaret Doyle
Practice Manager
Doyle & Sons Solicitors, Ennis
""",
    company="Doyle & Sons",
    role="Legal Secretary",
    notes="Asks for referees and a certificate; 'by this Friday' is a deadline for the candidate, not a decision date.",
)

add(
    name="ack-w18-charity-application-received",
    kind="application_ack",
    frm="Harbour Lights Trust <jobs@harbourlights.example.org.nz>",
    to="Mere Tipene <mere.tipene@example.co.nz>",
    subject="Thanks for your application - Youth Worker",
    date=(2026, 10, 29, 9, 15, "Pacific/Auckland"),
    body="""
Kia ora Mere,

Thanks for applying for the Youth Worker role with Harbour Lights Trust. We're a small team so please bear with us - applications close on Friday 6 November and we'll be in touch with everyone after that.

Nga mihi,
Anahera
Harbour Lights Trust | Whanganui-a-Tara
""",
    company="Harbour Lights Trust",
    role="Youth Worker",
    notes="Acknowledgement from a small charity. The closing date is not a decision date and 'after that' is vague: null.",
)

add(
    name="rej-w18-farm-went-local",
    kind="rejection",
    frm="Jenny Cartwright <jenny@cartwrightdowns.example.com.au>",
    to="Ben Holloway <benholloway@example.com>",
    subject="Re: farmhand job",
    date=(2026, 10, 30, 19, 45, "Australia/Sydney"),
    body="""
Hi Ben,

Thanks for coming out on Tuesday and for the help with the ewes, Greg was impressed. In the end we've given the farmhand job to a young bloke from town who can start straight away, so sorry mate. We'll keep your number for shearing time if that's any use.

All the best,
Jenny
Cartwright Downs, via Yass
""",
    company="Cartwright Downs",
    role="farmhand",
    notes="Informal rejection after the visit; Greg is mentioned about the past visit, not an upcoming interview.",
)

# ================================================================ hard negatives that read like them
add(
    name="oth-w18-landlord-viewing-partner",
    kind="other",
    frm="Gary Pickford <garypickford61@example.co.uk>",
    to="Ellie Shaw <ellieshaw@example.co.uk>",
    subject="Re: 2 bed flat Market St",
    date=(2026, 11, 9, 8, 31, "Europe/London"),
    body="""
Hi Ellie

Yes the flat is still available. You can come and see it Thursday at 5.30, me and my partner Sue will show you round, takes 20 min or so. We'll need to have a quick chat about your job and references if you want to go ahead, nothing formal.

Gary
07700 900 412
""",
    notes="A landlord's flat viewing with a partner attending and a 'chat about your job': not hiring mail.",
)

add(
    name="oth-w18-parent-teacher-evening",
    kind="other",
    frm="Ms Hadley <l.hadley@riverdaleprimary.example.org.nz>",
    to="Lucy Barton <lucyb.nz@example.com>",
    subject="Parent-teacher interview - Room 7",
    date=(2026, 11, 3, 15, 40, "Pacific/Auckland"),
    fmt="alt",
    body="""
Kia ora Lucy,

Your parent-teacher interview for Isla is booked for Wednesday 11 November at 3.45pm in Room 7. Interviews are 10 minutes each so please be on time. Mr Tane (our Deputy Principal) may also join if you'd like to talk about next year's class placements.

Ngā mihi,
Laura Hadley
Room 7 teacher, Riverdale School
""",
    notes="A parent-teacher 'interview' at the child's school with a time and a second staff member: not a job interview.",
)

add(
    name="oth-w18-foodbank-volunteer-shift-ics",
    kind="other",
    frm="Eastside Food Pantry <volunteer@eastsidepantry.example.org>",
    to="marcus.dial@example.com",
    subject="You're confirmed: Saturday sorting shift",
    date=(2026, 11, 12, 10, 0, "America/New_York"),
    fmt="qp",
    ics_style="attach",
    body="""
Hi Marcus,

Thanks for signing up! You're confirmed for the Saturday warehouse sorting shift, 9:00 AM - 12:00 PM on November 14. Your shift lead will be Angela Ruiz. Closed-toe shoes please.

Eastside Food Pantry Volunteer Team
""",
    ics=ics(
        uid="shift-20261114-0900-marcus@eastsidepantry.example.org",
        start="2026-11-14 09:00",
        end="2026-11-14 12:00",
        tz="America/New_York",
        organizer=("Eastside Food Pantry", "volunteer@eastsidepantry.example.org"),
        attendees=[
            ("Marcus Dial", "marcus.dial@example.com"),
            ("Angela Ruiz", "angela@eastsidepantry.example.org"),
        ],
        summary="Volunteer shift - warehouse sorting",
        prodid="-//VolunteerHub//Shifts 2.1//EN",
    ),
    notes="A volunteer shift confirmation with an ICS and a named 'shift lead': not an interview.",
)

add(
    name="oth-w18-customer-bathroom-quote",
    kind="other",
    frm="Helen Marsh <helenmarsh@example.com>",
    to="Kyle Ferris <kferris.sparky@example.com>",
    subject="quote for bathroom fan + lights",
    date=(2026, 11, 13, 19, 5, "America/Los_Angeles"),
    body="""
Hi Kyle, got your number from Deb next door. Could you come take a look Tuesday around 10 to quote us for a new bathroom fan and two recessed lights? My husband Phil will be home to let you in and show you the attic access.

Thanks!
Helen Marsh
""",
    notes="A customer booking the user (an electrician) for a quote; names and a time, but no job interview.",
)

add(
    name="oth-w18-user-interviewing-barista",
    kind="other",
    frm="Aoife Brennan <aoife.brennan@example.ie>",
    to="ciara.walsh@example.ie",
    subject="Re: barista job at the market stall",
    date=(2026, 11, 14, 9, 12, "Europe/Dublin"),
    body="""
Hi Ciara,

Thanks for your message. Yes I'm still looking for someone for Saturdays at the stall. Could you come by on Monday at 11 for a quick interview? My sister Orla helps me run it so she'll be there too.

Aoife
Brennan's Coffee Cart
""",
    notes="Sent by the user, who is hiring someone else for her own stall: the user is the interviewer, so other.",
)

add(
    name="oth-w18-vet-appointment-reminder",
    kind="other",
    frm="=?utf-8?q?Ng=C4=81ti_Vets?= <reception@ngativets.example.co.nz>",
    to="Mere Tipene <mere.tipene@example.co.nz>",
    subject=hdr("Appointment reminder for Pōhatu"),
    date=(2026, 11, 16, 9, 0, "Pacific/Auckland"),
    fmt="b64",
    body="""
Kia ora Mere,

This is a reminder that Pōhatu is booked in with Dr Aroha Nikora on Thursday 19 November at 4:20pm for his annual vaccination and check-up.

Please reply C to confirm or call us on 07 555 0122 to change your appointment.

Ngāti Vets
""",
    notes="A pet's vet appointment with a named doctor and time: personal appointment, other. RFC 2047 sender and base64 body with macrons.",
)

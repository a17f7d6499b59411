# ruff: noqa: E501
from lib import add
from mime import hdr

add(
    name="inv-outlook-cp1252-irish",
    kind="invitation",
    frm=f"{hdr('Ciarán Murphy', 'windows-1252')} <ciaran.murphy@liffeydata.example>",
    to="Isabella Rossi <isabella.rossi@example.it>",
    subject="Interview – Data Analyst – Liffey Data",
    date=(2026, 7, 2, 15, 40, "Europe/Dublin"),
    fmt="alt",
    charset="windows-1252",
    headers="X-Mailer: Microsoft Outlook 16.0\nThread-Topic: Interview - Data Analyst - Liffey Data",
    body="""
Hi Isabella,

Thanks for your patience – we’d love to invite you in for an interview for the Data Analyst role.

Date: Wednesday 8 July
Time: 11:00 – 12:00 (Irish time)
Where: Liffey Data, 3rd floor, 12 Ormond Quay, Dublin 7 – or Teams if you’d prefer

You’ll be meeting Séamus Ó Briain (Head of Data) and Aoife Ní Dhúill (Senior Analyst). They’ll ask you to talk through a project you’re proud of – no prep needed beyond that.

Let me know if that suits and I’ll send a calendar invite.

Kind regards,
Ciarán

Ciarán Murphy
Talent Acquisition Partner | Liffey Data
""",
    company="Liffey Data",
    role="Data Analyst",
    interviewers=[
        ("Séamus Ó Briain", None, "Head of Data"),
        ("Aoife Ní Dhúill", None, "Senior Analyst"),
    ],
    start="2026-07-08 11:00",
    end="2026-07-08 12:00",
    tz="Europe/Dublin",
    notes="Outlook windows-1252 quoted-printable with curly quotes; Irish names with Ó/Ní kept as written; Irish summer time +01:00.",
)

add(
    name="rej-latin1-austrian",
    kind="rejection",
    frm="Bewerbermanagement Donaustrom <jobs@donaustrom.example>",
    to="Hannah Müller <hannah.mueller@example.de>",
    subject=hdr("Ihre Bewerbung als UX Designer (w/m/d) - Donaustrom", "iso-8859-1"),
    date=(2026, 4, 28, 11, 10, "Europe/Vienna"),
    fmt="qp",
    charset="iso-8859-1",
    body="""
Sehr geehrte Frau Müller,

herzlichen Dank für Ihre Bewerbung und das freundliche Gespräch mit Frau Gruber und Herrn Wöß.

Nach reiflicher Überlegung haben wir uns für eine andere Bewerberin entschieden, deren Profil noch besser zu den aktuellen Anforderungen passt. Diese Entscheidung ist uns nicht leichtgefallen.

Wir wünschen Ihnen für Ihre weitere berufliche Zukunft alles Gute und viel Erfolg.

Mit freundlichen Grüßen

Mag. Theresa Pichler
Bewerbermanagement
Donaustrom GmbH, Wien
""",
    company="Donaustrom",
    role="UX Designer (w/m/d)",
    notes="Austrian rejection in ISO-8859-1 quoted-printable; the past interviewers are not listed.",
)

add(
    name="inv-iso2022jp",
    kind="invitation",
    frm=f"{hdr('アオバ 人事部', 'iso-2022-jp', encoding='b')} <jinji@aoba-soft.example>",
    to="Aiko Tanaka <aiko.tanaka@example.jp>",
    subject=hdr("【株式会社アオバ】二次面接日程のご案内", "iso-2022-jp", encoding="b"),
    date=(2026, 11, 26, 14, 0, "Asia/Tokyo"),
    fmt="plain",
    charset="iso-2022-jp",
    body="""
田中 愛子 様

株式会社アオバ 人事部の中村です。
先日は一次面接にお越しいただき、ありがとうございました。
二次面接の日程が決まりましたので、ご案内いたします。

日時：2026年12月3日（木）10:00〜11:00
場所：本社 5階 会議室A（東京都千代田区丸の内2-4-1）
面接官：佐藤 健（開発部長）、小林 美咲（人事マネージャー）

当日は受付にて「二次面接」とお伝えください。
ご不明な点がございましたら、本メールにご返信ください。

よろしくお願いいたします。

株式会社アオバ 人事部
中村 さくら
""",
    company="アオバ",
    role=None,
    interviewers=[("佐藤 健", None, "開発部長"), ("小林 美咲", None, "人事マネージャー")],
    start="2026-12-03 10:00",
    end="2026-12-03 11:00",
    tz="Asia/Tokyo",
    notes="Japanese only, ISO-2022-JP body and B-encoded ISO-2022-JP headers; names kept as written (family name first); the HR sender Nakamura only schedules; no role named. Company without the legal form 株式会社.",
)

add(
    name="inv-fwd-rfc822-agency",
    kind="invitation",
    frm="Holly Price <holly@brightpath-recruit.example>",
    to="Minh Nguyen <minh.nguyen@example.com>",
    subject="FW: Interview confirmation - Minh Nguyen",
    date=(2026, 12, 11, 16, 45, "Europe/London"),
    fmt="plain",
    attach_msg="""
From: Gwen Hughes <gwen.hughes@cardiffcloud.example>
To: Holly Price <holly@brightpath-recruit.example>
Subject: Interview confirmation - Minh Nguyen
Date: Fri, 11 Dec 2026 15:02:11 +0000
Message-ID: <a1f3-cc-77@cardiffcloud.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Hi Holly,

Thanks for sending Minh over. We'd like to see him on Monday 14 December at 10:00 for an hour, on Teams. He'll meet Rhys Evans (CTO) and Bethan Lloyd (Lead Platform Engineer).

Could you pass this on and confirm?

Thanks,
Gwen Hughes
People Partner, Cardiff Cloud
""",
    body="""
Hi Minh,

Great news - Cardiff Cloud want to meet you for the Platform Engineer role! Their confirmation is attached. Monday 14th at 10am, Teams link to follow from Gwen.

Shout if you want a prep call over the weekend.

Holly

Holly Price
Senior Recruitment Consultant, BrightPath Recruitment
""",
    company="Cardiff Cloud",
    role="Platform Engineer",
    interviewers=[("Rhys Evans", None, "CTO"), ("Bethan Lloyd", None, "Lead Platform Engineer")],
    start="2026-12-14 10:00",
    end="2026-12-14 11:00",
    tz="Europe/London",
    notes="Agency forwards the client's confirmation as a message/rfc822 attachment; the attached message is the evidence (not older history). GMT in December.",
)

add(
    name="ack-related-inline-logo",
    kind="application_ack",
    frm="Carrières Érable <carrieres@erable-tech.example>",
    to="Chloé Martin <chloe.martin@example.ch>",
    subject=hdr("Candidature reçue / Application received – Développeuse back-end"),
    date=(2026, 9, 9, 10, 30, "America/Toronto"),
    fmt="related",
    html="""<html><body style="font-family:Arial,sans-serif">
<p><img src="cid:logo@ack-related-inline-logo" alt="Érable Technologies" width="120"></p>
<p>Bonjour Chloé,</p>
<p>Merci d’avoir postulé au poste de <b>Développeuse back-end</b> chez Érable Technologies. Notre équipe examinera votre candidature et communiquera avec vous si votre profil correspond à nos besoins.</p>
<p><i>Thank you for applying for the Back-end Developer position at Érable Technologies. Our team will review your application and contact you if your profile matches our needs.</i></p>
<p>L’équipe Talents, Érable Technologies, Montréal</p>
</body></html>
""",
    body="""
Bonjour Chloé,

Merci d’avoir postulé au poste de Développeuse back-end chez Érable Technologies. Notre équipe examinera votre candidature et communiquera avec vous si votre profil correspond à nos besoins.

Thank you for applying for the Back-end Developer position at Érable Technologies. Our team will review your application and contact you if your profile matches our needs.

L’équipe Talents, Érable Technologies, Montréal
""",
    company="Érable Technologies",
    role="Développeuse back-end",
    notes="Bilingual Québec acknowledgement, multipart/related HTML with an inline logo (cid:).",
)

add(
    name="oth-latin1-dentist-es",
    kind="other",
    frm=f"{hdr('Clínica Dental Sonrisa', 'iso-8859-1')} <citas@clinicasonrisa.example>",
    to="Pedro Alves <pedro.alves@example.com.br>",
    subject=hdr("Recordatorio de cita: jueves 15 de octubre, 17:30", "iso-8859-1"),
    date=(2026, 10, 13, 9, 0, "Europe/Madrid"),
    fmt="qp",
    charset="iso-8859-1",
    body="""
Estimado Pedro:

Le recordamos su cita con la Dra. Lucía Fernández (ortodoncia) el jueves 15 de octubre a las 17:30 en nuestra clínica de la calle Alcalá, 112, Madrid.

Si no puede asistir, le rogamos que nos avise con 24 horas de antelación llamando al 915 55 01 23.

Atentamente,
Clínica Dental Sonrisa
""",
    notes="Spanish dental reminder in ISO-8859-1.",
)

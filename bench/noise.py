"""The other 98%: what a real inbox is mostly made of. HTML newsletters and promotions (tens of
kilobytes of table layout), receipts and shipping notices, notifications, mailing-list threads,
personal mail, work mail at the current job (meetings with times: the pre-filter's hard case),
job-alert digests full of hiring words, non-hiring calendar invitations, and a few percent of
messages carrying 1-5 MB PDFs and photos."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

from hiring import ME_EMAIL, ME_NAME
from mime import Blobs, Built, alternative, ics_event, mixed, plain, stamp

_TEXT = (
    "the quarterly update includes new features for teams who want faster reports and "
    "simpler dashboards while our community shares recipes travel tips garden ideas and "
    "reviews of the latest gadgets books podcasts and films from around the world this week"
)
WORDS = _TEXT.split()
BRANDS = [
    ("The Morning Byte", "news.morningbyte.example"),
    ("Trailhead Outfitters", "mail.trailhead.example"),
    ("Cook's Almanac", "letters.cooksalmanac.example"),
    ("CityRail", "info.cityrail.example"),
    ("Fjord Air", "deals.fjordair.example"),
    ("Pocket Ledger", "hello.pocketledger.example"),
    ("Gardenly", "news.gardenly.example"),
    ("Byteshop", "orders.byteshop.example"),
]
FRIENDS = ["Sam Lee", "Alex Moreno", "Jamie Park", "Noor Haddad", "Grandma Ruth", "Chris Avery"]
COLLEAGUES = ["Dana Whitfield", "Ravi Menon", "Elena Popescu", "Tom Becker", "Yuki Mori"]
WORK = "fairwaylogistics.example"
ME_AT_WORK = f"{ME_NAME} <jordan.avery@{WORK}>"  # colleagues write to the work address


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def _paragraphs(rng: random.Random, count: int, size: int = 40) -> list[str]:
    return [_words(rng, rng.randint(size // 2, size)) for _ in range(count)]


def _head(sender: str, subject: str, when: datetime, mid: str, **extra: str) -> dict[str, str]:
    return {
        "From": sender,
        "To": f"{ME_NAME} <{ME_EMAIL}>",
        "Subject": subject,
        "Date": stamp(when),
        "Message-ID": mid,
        **{k.replace("_", "-"): v for k, v in extra.items()},
    }


def newsletter(rng: random.Random, when: datetime, mid: str, blobs: Blobs) -> Built:
    brand, domain = rng.choice(BRANDS)
    paras = _paragraphs(rng, rng.randint(8, 40))
    cells = "".join(
        f'<tr><td style="padding:12px;font-family:Helvetica,Arial,sans-serif;font-size:15px;'
        f'color:#222;line-height:22px"><img src="https://{domain}/i/{i}.png" width="560" '
        f'alt=""><h2 style="margin:0 0 8px">{p[:40]}</h2><p>{p}</p><a href="https://{domain}/'
        f'r/{rng.randrange(10**8)}" style="color:#0a66c2">Read more</a></td></tr>'
        for i, p in enumerate(paras)
    )
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>td{padding:0}</style></head>'
        f'<body><table width="100%" cellpadding="0" cellspacing="0">{cells}</table></body></html>'
    )
    head = _head(
        f"{brand} <news@{domain}>",
        f"{brand}: {_words(rng, 6)[:-1]}",
        when,
        mid,
        List_Unsubscribe=f"<https://{domain}/unsubscribe>",
        Precedence="bulk",
    )
    return Built(head, alternative("\n\n".join(paras), html), None)


def receipt(rng: random.Random, when: datetime, mid: str, blobs: Blobs) -> Built:
    brand, domain = rng.choice(BRANDS)
    order = rng.randrange(10**7)
    items = "\n".join(f"  {_words(rng, 3)[:-1]:<40} ${rng.randint(3, 180)}.99" for _ in range(3))
    text = (
        f"Hi {ME_NAME.split()[0]},\n\nThanks for your order #{order}. It will ship within two "
        f"days.\n\n{items}\n\nTrack your package: https://{domain}/track/{order}\n"
    )
    subject = rng.choice([f"Your order #{order}", f"Order #{order} has shipped", "Your receipt"])
    return Built(_head(f"{brand} <orders@{domain}>", subject, when, mid), plain(text), None)


def notification(rng: random.Random, when: datetime, mid: str, blobs: Blobs) -> Built:
    kind = rng.choice(["github", "bank", "social", "security"])
    texts = {
        "github": (
            "GitHub <notifications@github.example>",
            f"Re: [acme/tools] Fix flaky test (#{rng.randint(100, 9999)})",
            f"@jordanavery commented on this pull request.\n\n{_words(rng, 30)}\n",
        ),
        "bank": (
            "Orchard Street Bank <alerts@orchardbank.example>",
            "Your statement is ready",
            "Your monthly statement is now available in online banking.\n",
        ),
        "social": (
            "Photoverse <no-reply@photoverse.example>",
            f"{rng.choice(FRIENDS)} tagged you in a photo",
            f"{_words(rng, 12)}\nSee the photo: https://photoverse.example/p/{rng.randrange(10**9)}\n",
        ),
        "security": (
            "Account Security <security@cloudnote.example>",
            "New sign-in to your account",
            "We noticed a new sign-in from Firefox on Linux. If this was you, ignore this.\n",
        ),
    }
    sender, subject, text = texts[kind]
    return Built(_head(sender, subject, when, mid), plain(text), None)


def mailing_list(rng: random.Random, when: datetime, mid: str, blobs: Blobs) -> Built:
    poster = rng.choice(COLLEAGUES + FRIENDS)
    quoted = "\n".join("> " + p for p in _paragraphs(rng, 3, 20))
    text = f"{_words(rng, 50)}\n\nOn Monday, someone wrote:\n{quoted}\n\n-- \n{poster}\n"
    head = _head(
        f"{poster} <{poster.split()[0].lower()}@lists.example>",
        f"Re: [cyclists] {_words(rng, 5)[:-1]}",
        when,
        mid,
        List_Id="<cyclists.lists.example>",
    )
    return Built(head, plain(text), None)


def personal(rng: random.Random, when: datetime, mid: str, blobs: Blobs) -> Built:
    friend = rng.choice(FRIENDS)
    text = f"Hey Jordan,\n\n{_words(rng, 40)}\n\nDinner on Saturday at 7?\n\n{friend.split()[0]}\n"
    sender = f"{friend} <{friend.replace(' ', '.').lower()}@gmail.com>"
    return Built(
        _head(sender, rng.choice(["hi!", "weekend", "photos"]), when, mid), plain(text), None
    )


def work(rng: random.Random, when: datetime, mid: str, blobs: Blobs) -> Built:
    who = rng.choice(COLLEAGUES)
    hour = rng.choice(["9:30", "10:00", "11:15", "2:00", "3:30"])
    text = (
        f"Hi Jordan,\n\nCan we meet on Tuesday at {hour} to go over the Q3 roadmap and the "
        f"vendor review? {_words(rng, 30)}\n\nThanks,\n{who}\n"
    )
    sender = f"{who} <{who.split()[0].lower()}@{WORK}>"
    head = {**_head(sender, f"Roadmap sync {hour}", when, mid), "To": ME_AT_WORK}
    return Built(head, plain(text), None)


def job_alert(rng: random.Random, when: datetime, mid: str, blobs: Blobs) -> Built:
    jobs = "\n".join(
        f"- {rng.choice(['Data Analyst', 'Analytics Engineer', 'Data Engineer'])} at "
        f"{rng.choice(['Acme', 'Globex', 'Initech', 'Umbrella'])} - apply now"
        for _ in range(8)
    )
    text = f"New jobs matching your search 'data analyst':\n\n{jobs}\n\nManage job alerts.\n"
    head = _head(
        "JobBoard Alerts <alerts@jobboard.example>",
        "8 new jobs for data analyst",
        when,
        mid,
        List_Unsubscribe="<https://jobboard.example/u>",
    )
    return Built(head, alternative(text, "<html><body><pre>" + text + "</pre></body></html>"), None)


def calendar(rng: random.Random, when: datetime, mid: str, blobs: Blobs) -> Built:
    who = rng.choice(COLLEAGUES)
    start = (when + timedelta(days=3)).replace(hour=15, minute=0, second=0, microsecond=0)
    organizer = (who, f"{who.split()[0].lower()}@{WORK}")
    cal = ics_event(
        uid=f"{rng.randrange(10**12)}@{WORK}",
        start=start,
        minutes=30,
        summary="Vendor review",
        organizer=organizer,
        attendees=[(ME_NAME, f"jordan.avery@{WORK}"), organizer],
    )
    head = {
        **_head(f"{who} <{organizer[1]}>", "Invitation: Vendor review", when, mid),
        "To": ME_AT_WORK,
    }
    return Built(head, mixed(plain("You have been invited to Vendor review."), cal), None)


def big_attachment(rng: random.Random, when: datetime, mid: str, blobs: Blobs) -> Built:
    size = rng.randint(1_000_000, 5_000_000)
    if rng.random() < 0.5:
        name, mime, subject = "statement.pdf", "application/pdf", "Your documents"
        sender = "Pocket Ledger <docs@hello.pocketledger.example>"
    else:
        name, mime, subject = f"IMG_{rng.randint(1000, 9999)}.jpg", "image/jpeg", "photos"
        friend = rng.choice(FRIENDS)
        sender = f"{friend} <{friend.replace(' ', '.').lower()}@gmail.com>"
    body = mixed(
        plain(f"Attached.\n\n{_words(rng, 10)}\n"), blobs.attachment(rng, mime, name, size)
    )
    return Built(_head(sender, subject, when, mid), body, None)


Maker = Callable[[random.Random, datetime, str, Blobs], Built]
KINDS: list[tuple[Maker, float]] = [
    (newsletter, 0.28),
    (receipt, 0.12),
    (notification, 0.18),
    (mailing_list, 0.12),
    (personal, 0.08),
    (work, 0.10),
    (job_alert, 0.05),
    (calendar, 0.03),
]
BIG_SHARE = 0.015  # messages with a 1-5 MB attachment


def noise(rng: random.Random, when: datetime, mid: str, blobs: Blobs) -> Built:
    if rng.random() < BIG_SHARE:
        return big_attachment(rng, when, mid, blobs)
    makers, weights = zip(*KINDS, strict=True)
    return rng.choices(makers, weights)[0](rng, when, mid, blobs)


def sent(rng: random.Random, when: datetime, mid: str) -> Built:
    """The user's own mail, in Sent."""
    friend = rng.choice(FRIENDS + COLLEAGUES)
    head = {
        "From": f"{ME_NAME} <{ME_EMAIL}>",
        "To": f"{friend} <{friend.replace(' ', '.').lower()}@gmail.com>",
        "Subject": f"Re: {_words(rng, 4)[:-1]}",
        "Date": stamp(when),
        "Message-ID": mid,
    }
    return Built(head, plain(f"{_words(rng, 30)}\n\nJordan\n"), None)

"""A rejection from an employer the user applied to, sent through a mailing service
(List-Unsubscribe, Precedence: bulk, "Update from Acme": nothing in its headers says hiring),
is fetched whole and understood as a rejection by the configured service over real IMAP;
bulk mail from anyone else still stays unread beyond its headers."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from dovecot import Dovecot, message
from dovecot_proxy import Proxy
from followup.config import load_config
from followup.model import Stage
from followup.record import Record
from followup.service import run_cycle

pytestmark = pytest.mark.integration
NEWS_MARK = "NEWSLETTER-BODY-MARK"

APPLIED = message(
    1,
    "Thanks for applying to Acme",
    "Hi Jordan,\r\n\r\nThanks for applying for the Data Engineer role at Acme. Our team is "
    "reviewing your application and will be in touch about next steps.\r\n\r\nAna Ruiz\r\n"
    "Recruiting, Acme",
    From="Ana Ruiz <ana@acme.example>",
)
REJECTION = message(
    2,
    "Update from Acme",
    "Hi Jordan,\r\n\r\nThank you for taking the time to meet our team. After careful "
    "consideration, we have decided not to move forward with you at this time. We wish you "
    "the very best in your search.\r\n\r\nAcme Talent Team",
    From="Acme Talent Team <talent@acme.example>",
    List_Unsubscribe="<https://mailer.example/u?acme=1>",
    Precedence="bulk",
    Date="Thu, 12 Mar 2026 09:00:00 -0500",
)
NEWSLETTER = message(
    3,
    "The Morning Byte: what moved this week",
    f"{NEWS_MARK} we have decided to cover gadgets again.",
    From="The Morning Byte <news@morningbyte.example>",
    List_Unsubscribe="<https://morningbyte.example/u>",
    Precedence="bulk",
)


def test_a_bulk_rejection_from_a_known_employer_is_understood(
    dovecot: Dovecot, tmp_path: Path
) -> None:
    secret = tmp_path / "pw"
    secret.write_text(dovecot.password)
    secret.chmod(0o600)
    dovecot.save("INBOX", APPLIED)
    with Proxy(dovecot.port) as proxy:
        (tmp_path / "config.yaml").write_text(
            "me: {name: Jordan Avery, email: jordan@example.net, timezone: UTC, country: US}\n"
            f"mailboxes: [{{type: imap, name: work, host: 127.0.0.1, port: {proxy.port}, "
            f"security: none, username: {dovecot.user}, password_file: {secret}}}]\n"
            f"state_dir: {tmp_path / 'state'}\n"
        )
        config = load_config(tmp_path / "config.yaml")
        with Record.open(config.database) as record:
            run_cycle(config, record, datetime(2026, 3, 3, tzinfo=UTC))
            (applied,) = record.applications()
            assert applied.stage is Stage.APPLIED
            dovecot.append_many("INBOX", [REJECTION, NEWSLETTER])
            summary = run_cycle(config, record, datetime(2026, 3, 12, 15, tzinfo=UTC))
            assert not summary.failed and summary.read == 2
            (rejected,) = record.applications()
            assert rejected.stage is Stage.REJECTED
        assert NEWS_MARK.encode() not in proxy.down  # an unknown sender's bulk mail: headers

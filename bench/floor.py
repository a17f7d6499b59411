"""The floor: a bare imap-tools read of every message's headers and text, as a naive tool
would do it (`fetch(mark_seen=False, bulk=...)`: whole messages, read-only, in bulk).
`python bench/floor.py PORT USER PASSWORD FOLDER...`; prints one JSON line."""

from __future__ import annotations

import json
import sys
import time

from imap_tools import AND, MailBoxUnencrypted


def main() -> int:
    port, user, password, *folders = sys.argv[1:]
    started = time.perf_counter()
    count = chars = 0
    with MailBoxUnencrypted("127.0.0.1", int(port)).login(
        user, password, initial_folder=None
    ) as mb:
        for folder in folders:
            mb.folder.set(folder, readonly=True)
            for msg in mb.fetch(AND(all=True), mark_seen=False, bulk=200):
                chars += len(msg.subject) + len(msg.from_) + len(msg.text or msg.html)
                count += 1
    print(json.dumps({"messages": count, "chars": chars, "seconds": time.perf_counter() - started}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

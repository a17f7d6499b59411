"""Renders the development corpus: `.venv/bin/python tests/corpus/dev/_src/build.py`.

Each message and its label is written by hand in the c_*.py modules; lib.py and mime.py only
render the MIME structure a given client produces. The output is deterministic. Edit the
sources and rebuild, rather than editing the .eml/.json files by hand.
"""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import c_change  # noqa: F401
import c_charsets  # noqa: F401
import c_extra  # noqa: F401
import c_invite  # noqa: F401
import c_more  # noqa: F401
import c_other  # noqa: F401
import c_outcome  # noqa: F401
import c_wave2  # noqa: F401
import c_wave3  # noqa: F401
import c_wave4a  # noqa: F401
import c_wave4b  # noqa: F401
import c_wave5a  # noqa: F401
import c_wave5b  # noqa: F401
import c_wave6  # noqa: F401
import c_wave7a  # noqa: F401
import c_wave7b  # noqa: F401
import c_wave8  # noqa: F401
import c_wave9a  # noqa: F401
import c_wave9b  # noqa: F401
import c_wave10a  # noqa: F401
import c_wave10b  # noqa: F401
import c_wave11  # noqa: F401
import c_wave12  # noqa: F401
import c_wave13a  # noqa: F401
import c_wave13b  # noqa: F401
import c_wave14  # noqa: F401
import c_wave15a  # noqa: F401
import c_wave15b  # noqa: F401
import c_wave16a  # noqa: F401
import c_wave16b  # noqa: F401
import c_wave17a  # noqa: F401
import c_wave17b  # noqa: F401
import c_wave18a  # noqa: F401
import c_wave18b  # noqa: F401
import c_wave19  # noqa: F401
import c_wave20a  # noqa: F401
import c_wave20b  # noqa: F401
import c_wave21a  # noqa: F401
import c_wave21b  # noqa: F401
import c_wave24a  # noqa: F401
import c_wave24b  # noqa: F401
import c_wave25a  # noqa: F401
import c_wave25b  # noqa: F401
import lib

if __name__ == "__main__":
    lib.write_all()
    print(len(lib.MSGS), dict(Counter(m.kind for m in lib.MSGS)))

"""Write into requirements.lock, beside a pinned package, the same pin with the extra a locked
package asks for: `lxml==6.2.0` and `lxml[html_clean]==6.2.0`, with the same hashes.

    python tools/lock_extras.py requirements.lock   (run by `make lock` after pip-compile)

pip-compile's --strip-extras leaves only `lxml==6.2.0`. The pip that Python 3.11's venv bundles
(23.2) then resolves justext's "lxml[html_clean]>=4.4.2" apart from that pin and fails
--require-hashes as soon as PyPI holds a newer lxml; the pin written with the extra makes the two
one requirement, and the plain pin stays for the packages that ask for lxml alone. The extra is
spelled as the asking package spells it ("html-clean" trips an assertion of that pip).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

EXTRAS = {"lxml": "html_clean", "urllib3": "socks", "smart-open": "http"}
"""Locked package -> the extra another locked package asks for (justext, selenium, weasel)."""


def with_extras(lock: str) -> str:
    blocks = re.split(r"\n(?=\S)", lock)
    out = []
    for block in blocks:
        out.append(block)
        name = block.split("==", 1)[0]
        if name in EXTRAS and "==" in block.split("\n", 1)[0]:
            pinned = block.split("\n    # via", 1)[0]
            copy = pinned.replace(f"{name}==", f"{name}[{EXTRAS[name]}]==", 1)
            if copy not in lock:
                out.append(copy + "\n    # via the extra its dependents ask for (tools/lock_extras.py)")
    return "\n".join(out)


if __name__ == "__main__":
    path = Path(sys.argv[1])
    path.write_text(with_extras(path.read_text(encoding="utf-8")), encoding="utf-8")

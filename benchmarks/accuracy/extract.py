"""Text extraction with the two extractors the benchmark measures.

- ``pdftotext``: poppler's command-line tool in its default (reading-order) mode, no ``-layout``;
- ``pdfminer``: ``pdfminer.high_level.extract_text`` with its default layout parameters;
- ``pdftotext-layout``: pdftotext ``-layout``, which sets the columns side by side as on the
  page (written only when asked for: it is no reading order, and the models are not learned
  from it).

Both outputs are kept exactly as the tools give them (form feed at the page end included).
"""

from __future__ import annotations

import subprocess
from pathlib import Path


def pdftotext(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def pdfminer(pdf: Path) -> str:
    from pdfminer.high_level import extract_text  # imported here: slow to import

    return extract_text(str(pdf))


def pdftotext_layout(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(pdf), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


#: The extractors in reading order, which the benchmark always runs and the models learn from.
EXTRACTORS = {"pdftotext": pdftotext, "pdfminer": pdfminer}
#: Extractions that keep the page's layout, written with ``generate --layout``.
LAYOUT_EXTRACTORS = {"pdftotext-layout": pdftotext_layout}


def versions() -> dict[str, str]:
    """Versions of the extractors, for the record."""
    out = subprocess.run(["pdftotext", "-v"], capture_output=True, text=True, check=False)
    poppler = (out.stderr or out.stdout).splitlines()[0].split()[-1] if (out.stderr or out.stdout) else "unknown"
    try:
        from importlib.metadata import version

        miner = version("pdfminer.six")
    except Exception:  # noqa: BLE001
        miner = "unknown"
    return {"pdftotext": poppler, "pdfminer": miner}

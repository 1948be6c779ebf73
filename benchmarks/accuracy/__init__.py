"""Accuracy benchmark for cleanpress built from real typesetting and real PDF extraction.

Modules: ``sources`` (prose from Debian packages), ``furniture`` (names, places, dates),
``typeset_zh`` / ``typeset_en`` (line breaking), ``zh`` / ``en`` (articles), ``layout`` and
``page`` (page composition), ``render`` (PDF), ``extract`` (pdftotext, pdfminer), ``gold``
(format), ``generate`` (CLI), ``align`` / ``metrics`` / ``split_metrics`` / ``score`` (scoring).
See README.md.
"""

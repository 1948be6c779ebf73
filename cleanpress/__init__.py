"""cleanpress: clean text extracted from printed layouts (newspaper PDFs, magazines, OCR).

The library API is pure text in, text out, and never imports the command-line stack::

    import cleanpress
    cleanpress.clean_text(raw)                       # the default pipeline
    cleanpress.clean_text(raw, ["despace"])          # chosen filters, in order
    text, reports = cleanpress.clean_and_explain(raw)
    articles = cleanpress.split_text(raw)            # headline block, bylines, body ...
"""

from .api import build_pipeline, clean_and_explain, clean_text, split_text
from .document import Article, Block
from .filters import FILTERS, Filter
from .pipeline import FilterReport, Pipeline

__version__ = "0.1.0"

__all__ = [
    "Article", "Block", "split_text", "FILTERS", "Filter", "FilterReport", "Pipeline", "build_pipeline", "clean_and_explain",
    "clean_text", "__version__",
]

"""``python -m benchmarks.accuracy``: score the benchmark cases (see score.py)."""

import sys

from .score import main

sys.exit(main())

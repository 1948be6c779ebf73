"""Stopping a batch cleanly: SIGTERM is Ctrl-C, and neither lands in the middle of a write.

A batch is stopped by Ctrl-C at the terminal (SIGINT) or by a service manager, a CI runner's
timeout or ``kill`` (SIGTERM). Both should stop it the same way: no further file is started,
files already written stay written, and no file is left half-written or next to a temporary
file. Within :func:`handled`, both signals raise :class:`KeyboardInterrupt` in the main thread,
except inside a :func:`deferred` block (one file being written), where the signal waits until
the block is done. ``write_atomic`` cleans up after itself on ``KeyboardInterrupt`` too, but a
signal can arrive between two of its statements (after the temporary file is made, before the
cleanup is armed): deferring is what makes the guarantee complete.

Signal handlers can only be set from the main thread; elsewhere (a test runner's thread) both
functions do nothing.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class _State:
    handling = False
    depth = 0  # nesting of deferred() blocks
    pending = False


@contextmanager
def handled() -> Iterator[None]:
    """Within this block, SIGINT and SIGTERM raise KeyboardInterrupt (deferred around writes)."""
    if threading.current_thread() is not threading.main_thread() or _State.handling:
        yield
        return
    previous = {signum: signal.signal(signum, _on_signal) for signum in _SIGNALS}
    _State.handling = True
    try:
        yield
    finally:
        _State.handling, _State.depth, _State.pending = False, 0, False
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextmanager
def deferred() -> Iterator[None]:
    """Hold SIGINT and SIGTERM until this block ends, then act on them."""
    _State.depth += 1
    try:
        yield
    finally:
        _State.depth -= 1
        if _State.depth == 0 and _State.pending:
            _State.pending = False
            raise KeyboardInterrupt  # noqa: B012 - the signal that waited for the write


def ignore_in_worker() -> None:
    """For worker processes: Ctrl-C reaches the whole process group, but only the parent acts
    on it (it stops handing out files and waits for the workers); SIGTERM ends a worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _on_signal(signum: int, frame: object) -> None:
    if _State.depth:
        _State.pending = True
    else:
        raise KeyboardInterrupt

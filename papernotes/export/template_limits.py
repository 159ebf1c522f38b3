"""Limits of a template render: time, output size, memory, and absurd sizes refused up front.

A user's template is untrusted (DESIGN.md): nested ``range(100000)`` loops or
``{{ 9**(9**9) }}`` must end in a clear exit-2 message, never a hung export or
sync. The clock is checked by a SIGALRM (main thread) and inside loops and
calls (any thread); operations whose result alone would be huge are refused
before Python computes them; the address space is capped while rendering.
"""

from __future__ import annotations

import math
import signal
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..config import Config

MAX_INT_BITS = 100_000  # ~30,000 digits: no layout needs a bigger number
MAX_ARGUMENT = 10_000_000  # widths, counts and repeats passed to filters and methods


@dataclass(frozen=True)
class Limits:
    """How long a render may take and how much it may write (``[templates]`` in papernotes.toml)."""

    timeout: float = 10.0  # seconds
    max_output: int = 50_000_000  # characters

    @classmethod
    def from_config(cls, cfg: Config | None) -> Limits:
        section = getattr(cfg, "templates", None)
        if section is None:
            return cls()
        return cls(timeout=section.timeout, max_output=int(section.max_output_mb * 1_000_000))


class TemplateLimit(Exception):
    """A render went over its time or output limit, or asked for an absurd size."""


_RENDER = threading.local()  # .deadline: monotonic time a render must end by


def check_time() -> None:
    """Raise once this thread's render is past its deadline (called inside loops and calls)."""
    ends = getattr(_RENDER, "deadline", None)
    if ends is not None and time.monotonic() > ends:
        raise TemplateLimit("took too long")


def _too_big(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_ARGUMENT


def check_args(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    if any(_too_big(a) for a in args) or any(_too_big(v) for v in kwargs.values()):
        raise TemplateLimit(f"a size or count above {MAX_ARGUMENT:,} was asked for")


def checked_binop(operator: str, left: Any, right: Any) -> None:
    """Refuse operations whose result alone would blow the limits, before computing them."""
    ints = all(isinstance(x, int) and not isinstance(x, bool) for x in (left, right))
    if operator == "**" and ints and right > 0 and abs(left) > 1:
        if right * math.log2(abs(left)) > MAX_INT_BITS:
            raise TemplateLimit(f"{left} ** {right} is too large a number")
    elif operator == "*":
        if ints:
            if left.bit_length() + right.bit_length() > MAX_INT_BITS:
                raise TemplateLimit("a product too large to compute")
            return
        for seq, n in ((left, right), (right, left)):
            if isinstance(seq, str | list | tuple) and isinstance(n, int) and len(seq) * n > MAX_ARGUMENT:
                raise TemplateLimit(f"repeating {len(seq):,} items {n:,} times is too large")
    elif operator == "%" and isinstance(left, str):
        import re

        widths = [int(g) for groups in re.findall(r"%[-#0 +]*(\d+)|\.(\d+)", left) for g in groups if g]
        args = right if isinstance(right, tuple) else (right,)
        if any(w > MAX_ARGUMENT for w in widths) or any(_too_big(a) for a in args if "*" in left):
            raise TemplateLimit("a format width too large")


def limited_range(*args: Any) -> Any:
    """The sandbox's range, checking the clock as it goes (nested loops cannot run forever)."""
    from jinja2.sandbox import safe_range

    for i, value in enumerate(safe_range(*args)):
        if not i & 1023:
            check_time()
        yield value


SIZED_FILTERS = ("center", "indent", "wordwrap", "truncate", "batch", "slice", "format", "filesizeformat")


def sized_filter(fn: Any) -> Any:
    from functools import wraps

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        check_args(args[1:], kwargs)  # the first argument is the value being filtered
        return fn(*args, **kwargs)

    return wrapper


class deadline:
    """SIGALRM after ``seconds`` (main thread, Unix), plus the clock checks inside loops and calls."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.previous: Any = None
        self.outer: tuple[float, float] = (0.0, 0.0)
        self.started = 0.0
        self.armed = False
        self.memory: Any = None

    def __enter__(self) -> None:
        self.started = time.monotonic()
        _RENDER.deadline = self.started + self.seconds
        if getattr(_RENDER, "batch", False):  # inside render_batch: handler and memory cap are in place
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
            return
        if hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread():
            # cap memory before the alarm is armed: an alarm ringing inside __enter__ would skip
            # __exit__ and leave the whole process capped (a later browser or sync would crash)
            self.memory = _cap_memory()
            self.previous = signal.signal(signal.SIGALRM, self._ring)
            self.armed = True
            self.outer = signal.setitimer(signal.ITIMER_REAL, self.seconds)  # someone else's alarm, if any

    @staticmethod
    def _ring(signum: int, frame: Any) -> None:
        if _ending(frame):  # the render is over and its exit is restoring: raising there would
            return  # skip the restore and leave the process capped (the next Chromium dies)
        raise TemplateLimit("took too long")

    def __exit__(self, *exc: Any) -> None:
        if getattr(_RENDER, "batch", False):
            signal.setitimer(signal.ITIMER_REAL, 0)
            _RENDER.deadline = None
            return
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)  # disarm first: nothing may ring while we restore
            signal.signal(signal.SIGALRM, self.previous)
            _uncap_memory(self.memory)
            delay, interval = self.outer
            if delay > 0:  # give an outer alarm (a test runner's timeout, say) its remaining time back
                left = max(delay - (time.monotonic() - self.started), 0.001)
                signal.setitimer(signal.ITIMER_REAL, left, interval)
        _RENDER.deadline = None


def _ending(frame: Any) -> bool:
    """Is a limit's ``__exit__`` on the stack? The loop's clock check and the alarm fall due
    together, so the alarm is often handled just as the exit begins."""
    while frame is not None:
        if frame.f_code in _EXITS:
            return True
        frame = frame.f_back
    return False


class render_batch:
    """Many renders in a row (a site's 10,000 pages) under one memory cap and one alarm handler.

    Each render inside still gets its own full time limit (the alarm is re-armed
    per render, a cheap system call); what is done once instead of per page is
    reading ``/proc/self/statm``, capping memory and swapping signal handlers,
    which cost more than rendering a small page. An outer alarm gets its
    remaining time back at the end. Main thread only; elsewhere it does nothing.
    """

    def __init__(self) -> None:
        self.process = deadline(0.0)  # its enter/exit do the once-per-batch part
        self.active = False

    def __enter__(self) -> render_batch:
        usable = hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
        if usable and not getattr(_RENDER, "batch", False):
            self.process.__enter__()  # memory cap, our handler, an outer alarm saved (0 s = disarmed)
            _RENDER.deadline = None
            _RENDER.batch = self.active = True
        return self

    def __exit__(self, *exc: Any) -> None:
        if self.active:
            _RENDER.batch = self.active = False
            self.process.__exit__(*exc)


MEMORY_HEADROOM = 2_000_000_000  # bytes of address space a render may add before MemoryError


def _cap_memory() -> Any:
    """Lower the soft address-space limit to now + headroom, so a runaway render fails fast.

    Without it ``{{ items | join(huge) }}`` can fill the machine's memory before
    the time limit fires. Returns what to restore (None when not possible here).
    """
    try:
        import resource

        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        with open("/proc/self/statm", encoding="ascii") as f:
            used = int(f.read().split()[0]) * resource.getpagesize()
        cap = used + MEMORY_HEADROOM
        if soft != resource.RLIM_INFINITY and soft <= cap:
            return None
        if hard != resource.RLIM_INFINITY and hard < cap:
            return None
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))
        return soft, hard
    except (ImportError, OSError, ValueError):
        return None


def _uncap_memory(saved: Any) -> None:
    if saved is None:
        return
    import resource

    resource.setrlimit(resource.RLIMIT_AS, saved)


_EXITS = frozenset({deadline.__exit__.__code__, render_batch.__exit__.__code__, _uncap_memory.__code__})

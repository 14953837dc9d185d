"""Time to position, with long empty stretches compressed.

Times are float days (proleptic ordinal, as `date.toordinal()`). The scale maps them to "units"
along the axis: occupied stretches one unit a day, a long empty stretch (July to December in the
sample) a short fixed length, so both ends of a story stay readable. Pure Python, no Qt.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

import numpy as np


def to_days(iso: str) -> float | None:
    """ISO date or date-time to float days; None for an empty string."""
    if not iso:
        return None
    if len(iso) > 10:
        moment = datetime.fromisoformat(iso)
        return moment.toordinal() + (moment.hour * 60 + moment.minute) / 1440
    return float(date.fromisoformat(iso).toordinal())


def from_days(days: float) -> datetime:
    whole = int(days // 1)
    minutes = round((days - whole) * 1440)
    base = datetime.fromordinal(max(1, whole))
    return base.replace(hour=min(23, minutes // 60), minute=minutes % 60)


@dataclass(frozen=True)
class Gap:
    """A compressed empty stretch: where it lies in units and how long it really is."""

    u0: float
    u1: float
    t0: float
    t1: float

    @property
    def days(self) -> float:
        return self.t1 - self.t0


class TimeScale:
    """Piecewise-linear map from days to units, compressing gaps when asked."""

    def __init__(self, intervals: Iterable[tuple[float, float]] | None = None, *,
                 starts: np.ndarray | None = None, ends: np.ndarray | None = None,
                 compress: bool = True, min_gap_days: float = 21.0) -> None:
        if starts is None or ends is None:
            pairs = list(intervals or [])
            starts = np.array([s for s, _ in pairs], dtype=float)
            ends = np.array([e for _, e in pairs], dtype=float)
        ends = np.maximum(ends, starts + 1.0)
        if len(starts) == 0:
            today = float(date.today().toordinal())
            starts, ends = np.array([today - 15]), np.array([today + 15])
        order = np.argsort(starts, kind="stable")
        starts, ends = starts[order], ends[order]
        lo, hi = float(starts[0]), float(ends.max())
        pad = max(1.0, (hi - lo) * 0.02)
        self.t_min, self.t_max = lo - pad, hi + pad
        # Union of occupied stretches, each widened a little so single days breathe.
        margin = max(1.0, min(7.0, (hi - lo) * 0.01))
        s, e = starts - margin, np.maximum.accumulate(ends + margin)
        breaks = np.flatnonzero(s[1:] > e[:-1]) + 1
        seg_starts = np.concatenate(([s[0]], s[breaks]))
        seg_ends = np.concatenate((e[breaks - 1], [e[-1]])) if len(breaks) else np.array([e[-1]])
        occupied = [[float(a), float(b)] for a, b in zip(seg_starts, seg_ends, strict=True)]
        occupied[0][0] = min(occupied[0][0], self.t_min)
        occupied[-1][1] = max(occupied[-1][1], self.t_max)
        used = sum(b - a for a, b in occupied)
        threshold = max(min_gap_days, 0.08 * used)
        gap_length = max(3.0, 0.06 * used)
        # Breakpoints (t, u) of the piecewise map.
        self._t = [occupied[0][0]]
        self._u = [0.0]
        self.gaps: list[Gap] = []
        for index, (a, b) in enumerate(occupied):
            if index:
                prev_end = occupied[index - 1][1]
                length = a - prev_end
                u0 = self._u[-1]
                self._t.append(a)
                if compress and length > threshold:
                    self._u.append(u0 + gap_length)
                    self.gaps.append(Gap(u0, u0 + gap_length, prev_end, a))
                else:
                    self._u.append(u0 + length)
            self._t.append(b)
            self._u.append(self._u[-1] + (b - a))
        self.u_max = self._u[-1]
        self._t_array = np.array(self._t)
        self._u_array = np.array(self._u)

    def units_of(self, t: np.ndarray) -> np.ndarray:
        """Vectorised `to_units` (linear beyond both ends)."""
        u = np.interp(t, self._t_array, self._u_array)
        u = np.where(t < self._t[0], self._u[0] - (self._t[0] - t), u)
        return np.where(t > self._t[-1], self._u[-1] + (t - self._t[-1]), u)

    def to_units(self, t: float) -> float:
        """Days to units (extrapolated linearly outside the domain)."""
        i = bisect.bisect_right(self._t, t) - 1
        if i < 0:
            return self._u[0] - (self._t[0] - t)
        if i >= len(self._t) - 1:
            return self._u[-1] + (t - self._t[-1])
        t0, t1, u0, u1 = self._t[i], self._t[i + 1], self._u[i], self._u[i + 1]
        return u0 + (t - t0) * (u1 - u0) / (t1 - t0) if t1 > t0 else u0

    def to_days(self, u: float) -> float:
        """Units back to days."""
        i = bisect.bisect_right(self._u, u) - 1
        if i < 0:
            return self._t[0] - (self._u[0] - u)
        if i >= len(self._u) - 1:
            return self._t[-1] + (u - self._u[-1])
        t0, t1, u0, u1 = self._t[i], self._t[i + 1], self._u[i], self._u[i + 1]
        return t0 + (u - u0) * (t1 - t0) / (u1 - u0) if u1 > u0 else t0

    def in_gap(self, u: float) -> Gap | None:
        for gap in self.gaps:
            if gap.u0 < u < gap.u1:
                return gap
        return None


@dataclass
class Viewport:
    """The visible window along the axis, in units, and the pixels it spans."""

    u0: float
    u1: float
    width: float  # pixels of the drawing area

    @property
    def px_per_unit(self) -> float:
        return self.width / max(self.u1 - self.u0, 1e-9)

    def x(self, u: float) -> float:
        return (u - self.u0) * self.px_per_unit

    def u(self, x: float) -> float:
        return self.u0 + x / self.px_per_unit

    def zoomed(self, factor: float, anchor_x: float, *, min_units: float = 1 / 24,
               max_units: float | None = None) -> Viewport:
        """Zoom by `factor` (>1 zooms in) keeping the unit under `anchor_x` in place."""
        anchor = self.u(anchor_x)
        span = (self.u1 - self.u0) / factor
        span = max(span, min_units)
        if max_units is not None:
            span = min(span, max_units)
        ratio = anchor_x / self.width if self.width else 0.5
        u0 = anchor - span * ratio
        return Viewport(u0, u0 + span, self.width)

    def panned(self, dx_pixels: float) -> Viewport:
        du = dx_pixels / self.px_per_unit
        return Viewport(self.u0 - du, self.u1 - du, self.width)

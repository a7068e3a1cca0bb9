"""The colours of a map: a sequential ColorBrewer scale, colour-blind safe and readable in
grayscale (each class darker than the one before), with classes fitted to the counts."""

from __future__ import annotations

import math
from dataclasses import dataclass

#: ColorBrewer YlGnBu, 7 classes (Cynthia Brewer, Apache-2.0 licensed colour specifications).
YLGNBU = ("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84")
NO_DATA = "#e4e4e4"  # countries no solution involves: neutral, lighter than the first class
BORDER = "#ffffff"
DOT_BORDER = "#4a4a4a"
QUIET_BORDER = "#a8a8a8"  # the dot of a country no solution involves
ARC = "#08306b"
DESTINATION = "#000000"
INVOLVED = "#c7e9b4"
TEXT = "#222222"
WATER = "#ffffff"

_NICE = (1, 2, 3, 5)


def _nice(value: float) -> int:
    """The nice number (1, 2, 3, 5 x 10^n) nearest to ``value`` from below (at least 1)."""
    if value <= 1:
        return 1
    exponent = 10 ** math.floor(math.log10(value))
    best = exponent
    for step in _NICE:
        if step * exponent <= value:
            best = step * exponent
    return int(best)


@dataclass(frozen=True, slots=True)
class ColourScale:
    """Classes of counts, each with a colour: ``bins[i]`` is (lowest, highest) of class i."""

    bins: tuple[tuple[int, int], ...]
    colours: tuple[str, ...]

    @classmethod
    def for_maximum(cls, maximum: int, classes: int = len(YLGNBU)) -> ColourScale:
        """Classes for counts 1..maximum: one per count when there are few, else steps
        that grow geometrically (1, 2-3, 4-10, ...), rounded to nice numbers."""
        classes = max(1, min(classes, len(YLGNBU)))
        if maximum <= 0:
            return cls((), ())
        if maximum <= classes:
            bins = tuple((n, n) for n in range(1, maximum + 1))
        else:
            ratio = maximum ** (1 / classes)
            uppers: list[int] = []
            for i in range(1, classes):
                upper = _nice(ratio**i)
                if (not uppers or upper > uppers[-1]) and upper < maximum:
                    uppers.append(upper)
            uppers.append(maximum)
            lows = [1] + [u + 1 for u in uppers[:-1]]
            bins = tuple(zip(lows, uppers, strict=True))
        # Spread the classes over the whole scale, so that few classes still span light to dark.
        count = len(bins)
        if count == 1:
            picks = [len(YLGNBU) - 2]
        else:
            picks = [round(i * (len(YLGNBU) - 1) / (count - 1)) for i in range(count)]
        return cls(bins, tuple(YLGNBU[p] for p in picks))

    def colour(self, count: int) -> str:
        """The fill for a count (``NO_DATA`` for 0)."""
        if count <= 0 or not self.bins:
            return NO_DATA
        for (_, high), colour in zip(self.bins, self.colours, strict=True):
            if count <= high:
                return colour
        return self.colours[-1]

    def labels(self) -> list[str]:
        """A legend text per class: "1", "2–3", "51–120"."""
        return [str(low) if low == high else f"{low}–{high}" for low, high in self.bins]


def luminance(colour: str) -> float:
    """Relative luminance (0 black .. 1 white) of ``#rrggbb``: what a grayscale print shows."""
    channels = []
    for i in (1, 3, 5):
        c = int(colour[i : i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    r, g, b = channels
    return 0.2126 * r + 0.7152 * g + 0.0722 * b

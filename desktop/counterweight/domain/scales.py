"""Measurement scales and the value functions that turn scores into 0-1 values.

A leaf criterion is measured on a :class:`NumericScale` (a number between two
bounds, in the criterion's unit) or a :class:`QualitativeScale` (named levels, each
with a descriptor saying what the level means and a value on 0-100).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from counterweight.domain.base import Finite, Frozen, Name, Text


class Breakpoint(Frozen):
    """One corner of a piecewise-linear value function: at ``x`` the value is ``value``."""

    x: Finite
    value: Annotated[float, Field(ge=0.0, le=100.0, allow_inf_nan=False)]


class NumericScale(Frozen):
    """A number between ``lower`` and ``upper``.

    The value function is linear between the bounds unless ``breakpoints`` are given;
    then it is piecewise-linear through them (values on 0-100, the bounds included).
    The criterion's direction decides which bound is best for the linear function.
    """

    kind: Literal["numeric"] = "numeric"
    lower: Finite = 0.0
    upper: Finite = 10.0
    breakpoints: list[Breakpoint] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check(self) -> NumericScale:
        if not self.lower < self.upper:
            raise ValueError(
                f"the lower bound ({self.lower:g}) must be below the upper bound ({self.upper:g})"
            )
        if self.breakpoints:
            xs = [b.x for b in self.breakpoints]
            if len(xs) < 2:
                raise ValueError("a piecewise value function needs at least two breakpoints")
            if any(b <= a for a, b in zip(xs, xs[1:])):
                raise ValueError("breakpoints must be in strictly increasing order of x")
            if xs[0] > self.lower or xs[-1] < self.upper:
                raise ValueError("breakpoints must cover the whole scale, from the lower to the upper bound")
        return self

    def contains(self, x: float) -> bool:
        return self.lower <= x <= self.upper


class Level(Frozen):
    """One level of a qualitative scale."""

    label: Name
    descriptor: Text = ""
    value: Annotated[float, Field(ge=0.0, le=100.0, allow_inf_nan=False)]


class QualitativeScale(Frozen):
    """Named levels, each worth a value on 0-100 (100 = best)."""

    kind: Literal["qualitative"] = "qualitative"
    levels: list[Level]

    @model_validator(mode="after")
    def _check(self) -> QualitativeScale:
        if len(self.levels) < 2:
            raise ValueError("a qualitative scale needs at least two levels")
        labels = [lv.label.casefold() for lv in self.levels]
        dupes = sorted({lv.label for lv in self.levels if labels.count(lv.label.casefold()) > 1})
        if dupes:
            raise ValueError(f"level names must be unique; repeated: {', '.join(dupes)}")
        return self

    def level(self, label: str) -> Level | None:
        key = label.strip().casefold()
        for lv in self.levels:
            if lv.label.casefold() == key:
                return lv
        return None


Scale = Annotated[NumericScale | QualitativeScale, Field(discriminator="kind")]

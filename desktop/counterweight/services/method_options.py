"""Checking and parsing method options given on the command line (TOPSIS, VIKOR, PROMETHEE)."""

from __future__ import annotations

import math
import re

from counterweight.domain import Decision
from counterweight.domain.errors import InvalidInputError
from counterweight.domain.methods import (
    CriterionPreference,
    PreferenceFunction,
)
from counterweight.services.robustness import find_criterion

#: The normalisations TOPSIS accepts on the command line.
TOPSIS_NORMALIZATIONS = ("vector", "min_max")
_THRESHOLD_WORDS = {"q": "indifference threshold q", "p": "preference threshold p", "s": "Gaussian spread s"}


def check_vikor_v(v: float, *, where: str = "vikor v") -> float:
    """``v`` as a float when it is a finite number in [0, 1]; otherwise an ``InvalidInputError``."""
    value = float(v)
    if not math.isfinite(value) or not 0.0 <= value <= 1.0:
        raise InvalidInputError(
            f"VIKOR's v (the weight of the majority-of-criteria strategy) must be between 0 and 1, not {v:g}",
            where=where,
        )
    return value


def check_topsis_normalization(name: str, *, where: str = "topsis normalization") -> str:
    """``name`` when it is one of :data:`TOPSIS_NORMALIZATIONS`; otherwise an ``InvalidInputError``."""
    if name not in TOPSIS_NORMALIZATIONS:
        raise InvalidInputError(
            f"TOPSIS normalisation must be one of {', '.join(TOPSIS_NORMALIZATIONS)}, not {name!r}", where=where
        )
    return name


def _function(text: str, crit: str, where: str) -> PreferenceFunction:
    key = text.strip().casefold().replace("-", "_").replace(" ", "_")
    try:
        return PreferenceFunction(key)
    except ValueError:
        names = ", ".join(f.value for f in PreferenceFunction)
        raise InvalidInputError(
            f"{text.strip()!r} for criterion {crit!r} is not a preference function (use one of {names})",
            where=where,
        ) from None


def _thresholds(text: str, crit: str, where: str) -> dict[str, float]:
    found: dict[str, float] = {}
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        key, eq, raw = part.partition("=")
        key = key.strip().casefold()
        if not eq or key not in _THRESHOLD_WORDS:
            raise InvalidInputError(
                f"{part!r} for criterion {crit!r} is not a threshold; write q=NUMBER, p=NUMBER or s=NUMBER",
                where=where,
            )
        if key in found:
            raise InvalidInputError(f"{key} is given twice for criterion {crit!r}", where=where)
        try:
            value = float(raw)
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            raise InvalidInputError(
                f"the {_THRESHOLD_WORDS[key]} for criterion {crit!r} must be a number, not {raw.strip()!r}",
                where=where,
            )
        if key == "s" and value <= 0:
            raise InvalidInputError(
                f"the Gaussian spread s for criterion {crit!r} must be above 0, not {value:g}", where=where
            )
        if value < 0:
            raise InvalidInputError(
                f"the {_THRESHOLD_WORDS[key]} for criterion {crit!r} must not be negative ({value:g})", where=where
            )
        found[key] = value
    return found


_SPEC = re.compile(r"^(?P<crit>.+?)=(?P<fn>[A-Za-z_\- ]+?)\s*(?::(?P<params>.*))?$", re.S)


def parse_preference(decision: Decision, text: str, *, where: str = "preference") -> tuple[str, CriterionPreference]:
    """Read ``CRITERION=FUNCTION[:q=..][,p=..][,s=..]`` into a leaf id and its preference function.

    Parameters
    ----------
    decision : Decision
        Supplies the criteria. CRITERION is a criterion's id, its name or its
        path (``Group > Name``), in any case.
    text : str
        For example ``Cost=v_shape_indifference:q=1,p=4`` or ``harm=usual``.
    where : str
        Names the setting in error messages (the CLI passes ``--preference``).

    Returns
    -------
    criterion_id : str
    preference : CriterionPreference

    Raises
    ------
    InvalidInputError
        Malformed text, an unknown or group criterion, an unknown function, a
        threshold the function needs but was not given (or one it does not use),
        a negative or non-numeric threshold, or ``q >= p``.
    """
    match = _SPEC.match(text.strip())
    if match is None:
        raise InvalidInputError(
            f"{text!r} is not CRITERION=FUNCTION[:q=NUMBER][,p=NUMBER][,s=NUMBER]", where=where
        )
    crit_text = match.group("crit").strip()
    if not crit_text:
        raise InvalidInputError(f"{text!r} names no criterion before '='", where=where)
    crit = find_criterion(decision, crit_text, where=where)
    if crit.scale is None:
        raise InvalidInputError(
            f"{crit.name!r} is a group; preference functions apply to scored criteria only", where=where
        )
    fn = _function(match.group("fn"), crit.name, where)
    given = _thresholds(match.group("params") or "", crit.name, where)
    needed = fn.parameters
    missing = [k for k in needed if k not in given]
    if missing:
        words = " and ".join(_THRESHOLD_WORDS[k] for k in missing)
        example = ",".join(f"{k}=NUMBER" for k in needed)
        raise InvalidInputError(
            f"{fn.value} on criterion {crit.name!r} needs the {words} (write {crit_text}={fn.value}:{example})",
            where=where,
        )
    extra = [k for k in given if k not in needed]
    if extra:
        uses = " and ".join(needed) if needed else "no thresholds"
        raise InvalidInputError(
            f"{fn.value} on criterion {crit.name!r} uses {uses}, not {' or '.join(extra)}", where=where
        )
    if "q" in given and "p" in given and given["q"] >= given["p"]:
        raise InvalidInputError(
            f"on criterion {crit.name!r} the indifference threshold q ({given['q']:g}) must be below the"
            f" preference threshold p ({given['p']:g})",
            where=where,
        )
    return crit.id, CriterionPreference(function=fn, **given)


__all__ = [
    "TOPSIS_NORMALIZATIONS",
    "check_topsis_normalization",
    "check_vikor_v",
    "parse_preference",
]

"""Saaty's scale, the random-index tables and the matrix kernels of AHP.

The kernels take a positive reciprocal matrix as an array and do not check it:
the principal eigenvalue and eigenvector, the row geometric means, CI and CR, the
ratios ``e_ij = a_ij * w_j / w_i`` that pinpoint a judgement at odds with the
priorities, and snapping a value to the nearest scale value. The method itself
(validating judgements given by identifier, the diagnostics) is in
:mod:`counterweight.engine.ahp`, whose docstring gives the formulas and sources.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

#: The 17 values of Saaty's fundamental scale, 1/9 .. 1 .. 9.
SAATY_SCALE: tuple[float, ...] = tuple([1.0 / k for k in range(9, 1, -1)] + [float(k) for k in range(1, 10)])

#: Saaty's verbal scale (the fundamental scale, Saaty 2008, Table 1), for the GUI.
SAATY_LABELS: dict[int, str] = {
    1: "Equal importance",
    2: "Weak or slight (between equal and moderate)",
    3: "Moderate importance",
    4: "Moderate plus (between moderate and strong)",
    5: "Strong importance",
    6: "Strong plus (between strong and very strong)",
    7: "Very strong importance",
    8: "Very, very strong (between very strong and extreme)",
    9: "Extreme importance",
}

@dataclass(frozen=True)
class RandomIndexTable:
    """Saaty's random index RI(n): the mean CI of random reciprocal matrices of order n.

    ``values[n - 1]`` is RI for ``n`` elements; ``n`` beyond the table has no RI.
    """

    key: str
    name: str
    citation: str
    values: tuple[float, ...]

    def ri(self, n: int) -> float | None:
        """RI for ``n`` elements, or ``None`` when the table does not reach ``n``."""
        return self.values[n - 1] if 1 <= n <= len(self.values) else None


#: Saaty (1980), *The Analytic Hierarchy Process*, McGraw-Hill; the table most
#: software and textbooks reproduce (also in Saaty 1990, EJOR 48, whose house example
#: CR = 0.169 with n = 8 needs RI = 1.41). The default.
SAATY_1980 = RandomIndexTable(
    key="saaty1980",
    name="Saaty 1980",
    citation="Saaty, T. L. (1980). The Analytic Hierarchy Process. McGraw-Hill.",
    values=(0.0, 0.0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49),
)

#: Saaty's later estimates from many more random matrices, as given in Saaty (2005),
#: *Theory and Applications of the Analytic Network Process*, RWS, p. 31 (values as
#: tabulated by the AHPy library, which uses them to reproduce Saaty's 2008 examples).
SAATY_2005 = RandomIndexTable(
    key="saaty2005",
    name="Saaty 2005",
    citation="Saaty, T. L. (2005). Theory and Applications of the Analytic Network Process. RWS, p. 31.",
    values=(0.0, 0.0, 0.52, 0.89, 1.11, 1.25, 1.35, 1.40, 1.45, 1.49, 1.52, 1.54, 1.56, 1.58, 1.59),
)

RI_TABLES: dict[str, RandomIndexTable] = {t.key: t for t in (SAATY_1980, SAATY_2005)}


# ----------------------------------------------------------------- kernels
def principal_eigen(matrix: np.ndarray) -> tuple[float, np.ndarray]:
    """Principal eigenvalue and eigenvector (normalised to sum 1) of a positive matrix.

    Uses ``numpy.linalg.eig`` and takes the eigenvalue with the largest real part:
    for a positive matrix that is the real Perron root, whose eigenvector has
    entries of one sign (Perron's theorem), so dividing by the sum makes it positive.
    """
    values, vectors = np.linalg.eig(matrix)
    k = int(np.argmax(values.real))
    vec = vectors[:, k].real
    vec = vec / vec.sum()
    return float(values[k].real), np.clip(vec, 0.0, None)


def principal_eigenvalue(matrix: np.ndarray) -> float:
    """lambda_max: the largest real part among the eigenvalues of ``matrix``."""
    return float(np.max(np.linalg.eigvals(matrix).real))


def geometric_mean_priorities(matrix: np.ndarray) -> np.ndarray:
    """Row geometric means normalised to sum 1 (Crawford & Williams 1985)."""
    g = np.exp(np.log(matrix).mean(axis=1))
    return g / g.sum()


def consistency_index(lambda_max: float, n: int) -> float:
    """``CI = (lambda_max - n) / (n - 1)``; 0 for n <= 2; rounding noise below 0 is cut to 0."""
    if n <= 2:
        return 0.0
    return max((lambda_max - n) / (n - 1), 0.0)


def consistency_ratio(matrix: np.ndarray, table: RandomIndexTable = SAATY_1980) -> float | None:
    """``CR = CI / RI(n)`` from the principal eigenvalue; 0 for n <= 2; None beyond the table."""
    n = matrix.shape[0]
    if n <= 2:
        return 0.0
    ri = table.ri(n)
    if not ri:
        return None
    return consistency_index(principal_eigenvalue(matrix), n) / ri


def snap_to_saaty(x: float) -> float:
    """The Saaty scale value (1/9 .. 9) nearest to ``x`` on a log scale.

    Log distance treats ``x`` and ``1/x`` alike, so ``snap(1/x) == 1/snap(x)``;
    values beyond the scale snap to 9 or 1/9.
    """
    lx = math.log(x)
    return min(SAATY_SCALE, key=lambda s: abs(math.log(s) - lx))


def inconsistency_ratios(matrix: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """``e_ij = a_ij * w_j / w_i``: 1 where a judgement agrees with the priorities."""
    return matrix * weights[None, :] / weights[:, None]


def format_saaty(value: float) -> str:
    """``3``, ``1/3`` or ``2.5``: a judgement as an analyst would write it."""
    if abs(value - round(value)) < 1e-6 and round(value) >= 1:
        return str(round(value))
    inv = 1.0 / value
    if abs(inv - round(inv)) < 1e-6:
        return f"1/{round(inv)}"
    return f"{value:.3g}"


__all__ = [
    "RI_TABLES", "SAATY_1980", "SAATY_2005", "SAATY_LABELS", "SAATY_SCALE", "RandomIndexTable",
    "consistency_index", "consistency_ratio", "format_saaty", "geometric_mean_priorities",
    "inconsistency_ratios", "principal_eigen", "principal_eigenvalue", "snap_to_saaty",
]

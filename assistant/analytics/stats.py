"""The statistics behind the analytics reports, as pure functions on arrays.

- ``multinomial_test``: does a unit's rating distribution depart from the guideline beyond chance? Its shape
  (Pearson's X²) and its mean grade (a shift up or down), each by the asymptotic test when every expected count
  is at least 5, otherwise by Monte Carlo under the guideline's multinomial (exact in the limit, valid for
  small counts).
- ``holm``: the Holm–Bonferroni adjustment across units.
- ``rater_effects``: each rater's leniency (+) or severity (−) estimated jointly with each employee's own level,
  rating = μ + employee + rater + error (a two-way fit by alternating projections, then empirical-Bayes
  shrinkage of each rater's effect by its standard error). Raters with little comparable evidence are shrunk
  toward zero; intervals are Bonferroni-corrected for the number of raters. Employees who changed raters across
  cycles are what separate a lenient rater from a strong team.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy import stats as sps


@dataclass(frozen=True)
class TestResult:
    statistic: float
    p_value: float
    method: str  # "chi-square" | "monte-carlo"


def multinomial_test(counts: np.ndarray, probs: np.ndarray, sims: int = 20_000, seed: int = 7) -> TestResult:
    """Does ``counts`` depart from the multinomial ``probs`` (ordered best grade first)? Two statistics, each
    with its own p-value, combined by Bonferroni: Pearson's X² for the shape, and the mean grade for a shift
    up or down (what inflation or deflation looks like). Each p-value is the chi-square or normal one when every
    expected count is at least 5, else a Monte Carlo p-value under the guideline's multinomial."""
    counts = np.asarray(counts, dtype=float)
    probs = np.asarray(probs, dtype=float) / np.sum(probs)
    n = counts.sum()
    if n == 0:
        return TestResult(0.0, 1.0, "none")
    expected = n * probs
    points = np.arange(len(probs), 0, -1, dtype=float)  # best grade highest
    mu0 = float(points @ probs)
    sd0 = float(np.sqrt(((points - mu0) ** 2) @ probs / n))
    x2 = float(np.sum((counts - expected) ** 2 / expected))
    z = abs(float(points @ counts) / n - mu0) / sd0 if sd0 else 0.0
    if np.all(expected >= 5):
        p_shape, p_shift, method = (
            float(sps.chi2.sf(x2, len(counts) - 1)),
            float(2 * sps.norm.sf(z)),
            "chi-square",
        )
    else:
        draws = np.random.default_rng(seed).multinomial(int(n), probs, size=sims)
        sim_x2 = np.sum((draws - expected) ** 2 / expected, axis=1)
        sim_z = np.abs(draws @ points / n - mu0) / sd0 if sd0 else np.zeros(sims)
        p_shape = float((1 + np.sum(sim_x2 >= x2 - 1e-9)) / (1 + sims))
        p_shift = float((1 + np.sum(sim_z >= z - 1e-9)) / (1 + sims))
        method = "monte-carlo"
    return TestResult(x2, min(1.0, 2 * min(p_shape, p_shift)), method)


def holm(p_values: list[float]) -> list[float]:
    """Holm–Bonferroni adjusted p-values (same order as given)."""
    m = len(p_values)
    order = np.argsort(p_values)
    adjusted = np.empty(m)
    running = 0.0
    for rank, idx in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p_values[idx]))
        adjusted[idx] = running
    return adjusted.tolist()


@dataclass(frozen=True)
class RaterEffects:
    raters: list[str]
    effect: np.ndarray  # shrunk estimate, rating points
    se: np.ndarray
    low: np.ndarray  # Bonferroni-corrected interval
    high: np.ndarray
    n: np.ndarray  # ratings per rater
    evidence: np.ndarray  # effective number of comparable ratings (Σ_i n_ij (1 − n_ij / n_i))
    shared: np.ndarray  # of the rater's employees, how many were also rated by someone else
    naive: np.ndarray  # rater mean minus overall mean, for comparison
    sigma: float  # residual SD
    tau_rater: float  # SD of rater effects
    tau_employee: float


def rater_effects(employee: np.ndarray, rater: np.ndarray, y: np.ndarray, rater_ids: list[str],
                  alpha: float = 0.05, reference: int | None = None) -> RaterEffects:  # fmt: skip
    """Fit rating = μ + a[employee] + b[rater] + ε on integer-coded arrays, one rating each (see
    :func:`pair_effects`, which takes the same data summed per employee and rater)."""
    pairs, inverse, n_ij = np.unique(np.stack([employee, rater], axis=1), axis=0, return_inverse=True,
                                     return_counts=True)  # fmt: skip
    y = np.asarray(y, dtype=float)
    inverse = inverse.ravel()
    sums = np.bincount(inverse, weights=y, minlength=len(pairs))
    squares = np.bincount(inverse, weights=y * y, minlength=len(pairs))
    return pair_effects(
        pairs[:, 0], pairs[:, 1], n_ij.astype(float), sums, squares, rater_ids, alpha, reference
    )


def pair_effects(employee: np.ndarray, rater: np.ndarray, n_ij: np.ndarray, sums: np.ndarray, squares: np.ndarray,
                 rater_ids: list[str], alpha: float = 0.05, reference: int | None = None,
                 rounds: int = 500) -> RaterEffects:  # fmt: skip
    """The model fitted on sufficient statistics: per (employee, rater) pair, the number of ratings, their sum
    and their sum of squares (what SQL aggregates, so 100k employees need no row-by-row work).

    The employees' levels a are fixed effects, so a rater's effect b is learnt only from employees who were also
    rated by someone else (alternating projections to the two-way fit). Each b then has a standard error from
    its effective number of ratings, Σ_i n_ij (1 − n_ij / n_i) over its employees i; the spread of true rater
    effects τ² is estimated by the method of moments, and every b is shrunk toward zero by τ² / (τ² + se²)
    (empirical Bayes), so a rater with little comparable evidence gets an effect near zero and a wide interval.
    ``reference``: a rater whose effect is zero by definition (the calibrated rating, the department's consensus
    on everyone): effects are then measured against it instead of against the raters' average.
    """
    n_emp, n_rat = int(employee.max()) + 1, len(rater_ids)
    n_i = np.bincount(employee, weights=n_ij, minlength=n_emp)
    n_j = np.bincount(rater, weights=n_ij, minlength=n_rat)
    s_i = np.bincount(employee, weights=sums, minlength=n_emp)
    s_j = np.bincount(rater, weights=sums, minlength=n_rat)
    eff = np.bincount(rater, weights=n_ij * (1 - n_ij / np.maximum(n_i[employee], 1e-12)), minlength=n_rat)
    identified = eff > 1e-9
    a, b = np.zeros(n_emp), np.zeros(n_rat)
    for _ in range(rounds):
        a = (s_i - np.bincount(employee, weights=n_ij * b[rater], minlength=n_emp)) / np.maximum(n_i, 1e-12)
        raw = (s_j - np.bincount(rater, weights=n_ij * a[employee], minlength=n_rat)) / np.maximum(n_j, 1e-12)
        b_new = np.where(identified, raw, 0.0)
        if reference is not None:
            b_new -= b_new[reference]
        elif identified.any():
            b_new -= np.average(b_new, weights=np.where(identified, eff, 0.0))
        converged = np.max(np.abs(b_new - b)) < 1e-7
        b = b_new
        if converged:
            break
    fitted = a[employee] + b[rater]
    ss = float(np.sum(squares - 2 * fitted * sums + n_ij * fitted**2))
    df = float(n_ij.sum()) - n_emp - int(identified.sum())
    if df <= 0:  # no residual left to estimate the noise: no rater can be judged
        eff, identified = np.zeros(n_rat), np.zeros(n_rat, dtype=bool)
    sigma2 = max(ss / max(df, 1.0), 1e-6)
    se_raw = np.where(identified, np.sqrt(sigma2 / np.maximum(eff, 1e-9)), np.inf)
    known = identified & np.isfinite(se_raw)
    if reference is not None:
        known[reference] = False
    k = int(known.sum())
    tau2 = max(float(np.mean(b[known] ** 2) - np.mean(se_raw[known] ** 2)), 0.0) if k else 0.0
    if (
        k > 3
    ):  # shrink by B = se² / (τ² + se²), with the uncertainty of the estimated B in the variance (Morris 1983)
        shrink = np.where(known, se_raw**2 / (tau2 + se_raw**2), 1.0)
        effect = (1 - shrink) * b
        se = np.sqrt(np.where(known, se_raw**2 * (1 - shrink) + 2 / (k - 3) * (shrink * b) ** 2, 0.0))
    else:  # too few raters to learn their spread: the plain estimates
        effect = np.where(known, b, 0.0)
        se = np.where(known, se_raw, 0.0)
    z = sps.norm.ppf(1 - alpha / (2 * max(n_rat, 1)))
    real = np.ones(len(rater), dtype=bool) if reference is None else rater != reference
    raters_of = np.bincount(employee[real], minlength=n_emp)  # raters other than the reference, per employee
    shared = np.bincount(rater[real], weights=(raters_of[employee[real]] > 1).astype(float), minlength=n_rat)
    naive = s_j / np.maximum(n_j, 1e-12) - sums.sum() / n_ij.sum()
    return RaterEffects(list(rater_ids), effect, se, effect - z * se, effect + z * se, n_j.astype(int), eff,
                        shared.astype(int), naive, float(np.sqrt(sigma2)), float(np.sqrt(tau2)),
                        float(np.std(a)))  # fmt: skip

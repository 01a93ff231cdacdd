"""One-to-one optimal matching of gold items to predicted items (Hungarian algorithm)."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from scipy.optimize import linear_sum_assignment

# score(gold_index, pred_index) -> None when the pair may not match, else a tie-break score
# in [0, max_secondary]: higher is a better pair.
PairScore = Callable[[int, int], float | None]


def optimal_pairs(
    n_gold: int, n_pred: int, score: PairScore, max_secondary: float
) -> list[tuple[int, int]]:
    """The largest set of eligible one-to-one pairs; among those, the best total tie-break score.

    Each eligible pair weighs ``big + secondary`` with ``big > max_secondary * min(n, m)``, so
    one more pair always outweighs any gain in tie-break scores: the matching first maximises
    the number of matches (unlike a greedy pass), then their quality.
    """
    if n_gold == 0 or n_pred == 0:
        return []
    big = max_secondary * min(n_gold, n_pred) + 1.0
    weights = np.zeros((n_gold, n_pred), dtype=float)
    eligible = np.zeros((n_gold, n_pred), dtype=bool)
    for i in range(n_gold):
        for j in range(n_pred):
            secondary = score(i, j)
            if secondary is not None:
                weights[i, j] = big + min(max(secondary, 0.0), max_secondary)
                eligible[i, j] = True
    if not eligible.any():
        return []
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return sorted((int(i), int(j)) for i, j in zip(rows, cols, strict=True) if eligible[i, j])

"""Step 3: group the embedded answers into themes.

k-means on unit vectors (so Euclidean distance ranks like cosine similarity). When the
caller gives no number of themes we try 2 to `max_themes` on a sample and keep the k
with the best cosine silhouette: answers closer to their own theme than to the next one.
Themes smaller than `min_size` are dissolved into their nearest surviving neighbour, so
no theme rests on a handful of answers.
"""

from __future__ import annotations

import warnings
from typing import Protocol

import numpy as np
from sklearn.cluster import KMeans
from sklearn.exceptions import ConvergenceWarning
from sklearn.metrics import silhouette_score

#: k is chosen on at most this many answers; the final fit uses the whole sample.
SELECTION_SAMPLE = 3000


class Clusterer(Protocol):
    """Returns unit-length theme centroids for embedded answers."""

    def fit(self, z: np.ndarray, n_themes: int | None, seed: int) -> np.ndarray: ...


def _kmeans(z: np.ndarray, k: int, seed: int, n_init: int) -> KMeans:
    with warnings.catch_warnings():
        # Many identical answers ("more youth clubs") can leave fewer distinct points than
        # k; KMeans then warns and returns duplicate centres, which pruning removes.
        warnings.simplefilter("ignore", ConvergenceWarning)
        return KMeans(n_clusters=k, n_init=n_init, random_state=seed).fit(z)


def _unit(rows: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(rows, axis=1, keepdims=True)
    return np.asarray(rows / np.where(norms == 0, 1.0, norms))


def assign(z: np.ndarray, centroids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Nearest centroid by cosine similarity, and that similarity, for each row."""
    if len(z) == 0 or len(centroids) == 0:
        return np.full(len(z), -1, dtype=np.int64), np.zeros(len(z))
    sims = z @ centroids.T
    best = np.argmax(sims, axis=1)
    return best.astype(np.int64), sims[np.arange(len(z)), best]


class KMeansClusterer:
    """k-means with silhouette-chosen k and small-theme pruning."""

    def __init__(self, max_themes: int = 12, min_size: int = 5, n_init: int = 10) -> None:
        self.max_themes = max_themes
        self.min_size = min_size
        self.n_init = n_init

    def choose_k(self, z: np.ndarray, seed: int) -> int:
        n_distinct = len(np.unique(np.round(z, 6), axis=0))
        # A theme should hold ten answers on average: more themes than that is noise.
        k_max = min(self.max_themes, len(z) // max(self.min_size, 10), n_distinct - 1)
        if k_max < 2:
            return 1
        rng = np.random.default_rng(seed)
        if len(z) > SELECTION_SAMPLE:
            z = z[rng.choice(len(z), SELECTION_SAMPLE, replace=False)]
        sample = z
        best_k, best_score = 1, -1.0
        for k in range(2, k_max + 1):
            labels = _kmeans(sample, k, seed, self.n_init).labels_
            if len(np.unique(labels)) < 2:
                continue
            score = float(silhouette_score(sample, labels, metric="cosine"))
            if score > best_score + 1e-9:
                best_k, best_score = k, score
        return best_k

    def fit(self, z: np.ndarray, n_themes: int | None, seed: int) -> np.ndarray:
        if len(z) == 0:
            return np.zeros((0, z.shape[1] if z.ndim == 2 else 0))
        k = n_themes if n_themes is not None else self.choose_k(z, seed)
        k = max(1, min(k, len(z)))
        centroids = _unit(_kmeans(z, k, seed, self.n_init).cluster_centers_)
        return self._prune(z, centroids, keep_all=n_themes is not None)

    def _prune(self, z: np.ndarray, centroids: np.ndarray, keep_all: bool) -> np.ndarray:
        """Dissolve themes under `min_size`, smallest first, and order by size."""
        while len(centroids) > 1:
            labels, _ = assign(z, centroids)
            sizes = np.bincount(labels, minlength=len(centroids))
            smallest = int(np.argmin(sizes))
            too_small = sizes[smallest] == 0 or (not keep_all and sizes[smallest] < self.min_size)
            if not too_small:
                break
            centroids = np.delete(centroids, smallest, axis=0)
        labels, _ = assign(z, centroids)
        means = np.vstack(
            [z[labels == i].mean(axis=0) if np.any(labels == i) else centroids[i]
             for i in range(len(centroids))]
        )
        sizes = np.bincount(labels, minlength=len(centroids))
        # Largest theme first; ties broken by position so the order is deterministic.
        order = sorted(range(len(centroids)), key=lambda i: (-sizes[i], i))
        return _unit(means[order])

"""The two baselines every evaluation run reports next to Cairn's method.

Both are the textbook recipe and both are handed the true number of themes, which
Cairn's own method has to find for itself.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence

import numpy as np
from sklearn.cluster import KMeans
from sklearn.decomposition import NMF
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import TfidfVectorizer


def tfidf_kmeans(texts: Sequence[str], k: int, seed: int) -> np.ndarray:
    x = TfidfVectorizer().fit_transform(texts)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)
        return np.asarray(KMeans(n_clusters=k, n_init=10, random_state=seed).fit_predict(x))


def tfidf_nmf(texts: Sequence[str], k: int, seed: int) -> np.ndarray:
    x = TfidfVectorizer().fit_transform(texts)
    with warnings.catch_warnings():
        # NMF may stop at max_iter on tiny sets; the baseline takes what it has.
        warnings.simplefilter("ignore", ConvergenceWarning)
        w = NMF(n_components=k, init="nndsvda", max_iter=500, random_state=seed).fit_transform(x)
    return np.asarray(w.argmax(axis=1))

"""Step 2: put answers in a small dense space where similar answers sit close together.

`LsaEmbedder` hashes word 1-2 grams and character 3-5 grams (inside word boundaries),
weights them by TF-IDF, and projects them with a truncated SVD (latent semantic analysis)
to `dims` dimensions. Character n-grams make "beleive", "believe" and "believed" share
most features, which matters for answers typed on phones. Hashing keeps the vocabulary
out of memory, so `transform` works chunk by chunk on any number of answers once `fit`
has seen a sample.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import numpy as np
from scipy import sparse
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import HashingVectorizer, TfidfTransformer
from sklearn.preprocessing import normalize

from analysis.normalise import STOP_WORDS, normalise


class Embedder(Protocol):
    """Fits on a sample of answers, then maps any answers to unit-length vectors."""

    def fit(self, texts: Sequence[str]) -> Embedder: ...

    def fit_transform(self, texts: Sequence[str]) -> np.ndarray: ...

    def transform(self, texts: Sequence[str]) -> np.ndarray: ...


class LsaEmbedder:
    """Hashed word and character n-grams, TF-IDF, truncated SVD, unit length."""

    def __init__(self, dims: int = 32, seed: int = 0, n_features: int = 2**17) -> None:
        self.dims = dims
        self.seed = seed
        self._words = HashingVectorizer(
            n_features=n_features,
            ngram_range=(1, 2),
            stop_words=sorted(STOP_WORDS),
            alternate_sign=False,
            norm=None,
            token_pattern=r"(?u)\b\w\w+\b",  # noqa: S106 - a regex, not a secret
        )
        self._chars = HashingVectorizer(
            n_features=n_features,
            analyzer="char_wb",
            ngram_range=(3, 5),
            alternate_sign=False,
            norm=None,
        )
        self._word_idf = TfidfTransformer(sublinear_tf=True)
        self._char_idf = TfidfTransformer(sublinear_tf=True)
        self._svd: TruncatedSVD | None = None
        self._columns: np.ndarray = np.zeros(0, dtype=np.int64)

    def _counts(self, texts: Sequence[str]) -> tuple[sparse.csr_matrix, sparse.csr_matrix]:
        plain = [normalise(t) for t in texts]
        return self._words.transform(plain), self._char_counts(plain)

    def _char_counts(self, plain: list[str]) -> sparse.csr_matrix:
        """Character n-grams inside word boundaries belong to one word each, so an answer's
        counts are the sum of its words' counts. Counting each distinct word once and
        summing is the same matrix as counting every answer, several times faster: the
        same few thousand words recur across answers."""
        index: dict[str, int] = {}
        rows, columns = [], []
        for row, text in enumerate(plain):
            for word in text.split():
                rows.append(row)
                columns.append(index.setdefault(word, len(index)))
        ones = np.ones(len(rows), dtype=np.float64)
        words_in_texts = sparse.csr_matrix((ones, (rows, columns)), shape=(len(plain), len(index)))
        return sparse.csr_matrix(words_in_texts @ self._chars.transform(list(index)))

    def _tfidf(self, words: sparse.csr_matrix, chars: sparse.csr_matrix) -> sparse.csr_matrix:
        # Each block is normalised on its own so neither view drowns the other.
        w = normalize(self._word_idf.transform(words))
        c = normalize(self._char_idf.transform(chars))
        return normalize(sparse.hstack([w, c], format="csr"))

    def fit(self, texts: Sequence[str]) -> LsaEmbedder:
        self.fit_transform(texts)
        return self

    def fit_transform(self, texts: Sequence[str]) -> np.ndarray:
        """Fit on a sample and embed it, counting its n-grams once rather than twice."""
        words, chars = self._counts(texts)
        self._word_idf.fit(words)
        self._char_idf.fit(chars)
        x = self._tfidf(words, chars)
        # Only hash buckets the sample used can carry weight in the SVD; dropping the
        # empty ones shrinks its random projection from 2 x 2**17 rows to a few thousand.
        self._columns = np.unique(x.indices)
        x = x[:, self._columns]
        dims = max(1, min(self.dims, x.shape[0] - 1, x.shape[1] - 1))
        self._svd = TruncatedSVD(n_components=dims, random_state=self.seed)
        return np.asarray(normalize(self._svd.fit_transform(x)), dtype=np.float64)

    def transform(self, texts: Sequence[str]) -> np.ndarray:
        if self._svd is None:
            raise RuntimeError("LsaEmbedder.transform called before fit")
        if not texts:
            return np.zeros((0, self._svd.n_components), dtype=np.float64)
        # Answers repeat ("dunno", "more youth clubs"): each distinct one is embedded once.
        distinct, rows = np.unique(np.asarray(texts, dtype=object), return_inverse=True)
        z = self._svd.transform(self._tfidf(*self._counts(list(distinct)))[:, self._columns])
        return np.asarray(normalize(z), dtype=np.float64)[rows.reshape(-1)]

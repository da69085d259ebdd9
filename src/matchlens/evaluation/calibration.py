"""Calibration: map a model's raw score to P(fit), so scores of different models become comparable.

Fitted on labeled pairs with a split grouped by resume *and* by gig: a pair is in the test part only if
both its resume and its gig are unseen, so nothing leaks from training to evaluation.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np

METHODS = ("platt", "isotonic")


@dataclass
class Calibrator:
    method: str
    params: dict

    def predict(self, scores) -> np.ndarray:
        s = np.asarray(scores, dtype=float)
        if self.method == "platt":
            z = self.params["a"] * s + self.params["b"]
            return 1.0 / (1.0 + np.exp(-z))
        return np.interp(s, self.params["x"], self.params["y"])

    def to_json(self) -> str:
        return json.dumps({"method": self.method, "params": self.params})

    @classmethod
    def from_json(cls, text: str) -> "Calibrator":
        d = json.loads(text)
        return cls(d["method"], d["params"])

    def save(self, path: str | Path) -> None:
        Path(path).write_text(self.to_json())


def fit(scores, y, method: str = "platt") -> Calibrator:
    """Platt scaling (logistic regression on the score) or isotonic regression (monotone steps)."""
    s = np.asarray(scores, dtype=float)
    y = np.asarray(y, dtype=int)
    if method == "platt":
        from sklearn.linear_model import LogisticRegression

        lr = LogisticRegression(C=1e4).fit(s.reshape(-1, 1), y)
        return Calibrator("platt", {"a": float(lr.coef_[0, 0]), "b": float(lr.intercept_[0])})
    if method == "isotonic":
        from sklearn.isotonic import IsotonicRegression

        iso = IsotonicRegression(out_of_bounds="clip", y_min=0, y_max=1).fit(s, y)
        return Calibrator("isotonic", {"x": iso.X_thresholds_.tolist(), "y": iso.y_thresholds_.tolist()})
    raise ValueError(f"method must be one of {METHODS}")


def grouped_split(resume_ids, gig_ids, test_size: float = 0.3, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Boolean train/test masks: resumes and gigs are each split; mixed pairs go to neither side."""
    rng = np.random.default_rng(seed)
    r = np.asarray(resume_ids, dtype=object)
    g = np.asarray(gig_ids, dtype=object)

    def test_set(ids):
        uniq = np.unique(ids)
        k = max(1, int(round(len(uniq) * test_size))) if len(uniq) > 1 else 0
        return set(rng.choice(uniq, k, replace=False).tolist()) if k else set()

    r_test, g_test = test_set(r), test_set(g)
    in_r = np.array([x in r_test for x in r])
    in_g = np.array([x in g_test for x in g])
    return ~in_r & ~in_g, in_r & in_g


def reliability(probs, y, bins: int = 10):
    """Mean predicted probability vs observed frequency per bin (sklearn's calibration_curve)."""
    from sklearn.calibration import calibration_curve

    frac, mean = calibration_curve(np.asarray(y, int), np.clip(np.asarray(probs, float), 0, 1), n_bins=bins,
                                   strategy="quantile")
    return mean, frac


def _path_for(model: str) -> Path:
    import hashlib

    from matchlens import settings

    folder = settings.home() / "calibrations"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{hashlib.sha256(model.encode()).hexdigest()[:16]}.json"


def save_for_model(model: str, cal: Calibrator) -> Path:
    """Keep a calibration next to the model's other user files, keyed by the model name."""
    path = _path_for(model)
    path.write_text(json.dumps({"model": model, **json.loads(cal.to_json())}))
    return path


def saved_stamp(models) -> tuple:
    """When each model's saved calibration last changed (0: none); a key for values computed from them."""
    stamps = []
    for m in models:
        try:
            stamps.append(_path_for(m).stat().st_mtime_ns)
        except OSError:
            stamps.append(0)
    return tuple(stamps)


def load_for_model(model: str) -> Calibrator | None:
    path = _path_for(model)
    if not path.exists():
        return None
    try:
        return Calibrator.from_json(path.read_text())
    except (ValueError, KeyError):
        return None

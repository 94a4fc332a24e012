#!/usr/bin/python3
"""Reference ROC / PR / F1 values computed with scikit-learn.

Usage:  sklearn_reference.py IN.json OUT.json
        sklearn_reference.py --selftest

IN.json:  {"cases": [{"scores": [float, ...], "labels": [0/1, ...]}, ...]}
OUT.json: {"sklearn_version": "1.2.1",
           "cases": [{"roc_fpr": [...], "roc_tpr": [...], "roc_thresholds": [...],
                      "auroc": x, "pr_precision": [...], "pr_recall": [...],
                      "pr_thresholds": [...], "f1_max": x, "f1_threshold": x}, ...]}
Cases are output in input order.  roc_curve uses its default drop_intermediate=True;
roc_thresholds[0] is sklearn's own value (thresholds[1] + 1 in sklearn < 1.3, inf
later).  f1_max is the first maximum of 2pr/(p+r) (0 where p+r == 0) over the PR
points that have a threshold (the final (precision=1, recall=0) point is excluded),
f1_threshold the matching pr_thresholds entry.  Values sklearn cannot define
(single-class labels: auroc, NaN curve entries) are written as null; +/-inf as
the strings "inf"/"-inf".
"""
import json
import math
import sys
import warnings

import numpy as np
import sklearn
from sklearn.metrics import precision_recall_curve, roc_auc_score, roc_curve


def _num(v):
    """Python float for JSON: full repr precision, NaN -> None, inf -> string."""
    v = float(v)
    if math.isnan(v):
        return None
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    return v


def _list(a):
    return [_num(v) for v in np.asarray(a, dtype=np.float64).ravel()]


def evaluate_case(scores, labels):
    """All metrics of one (scores, labels) case as a JSON-ready dict."""
    y_score = np.asarray(scores, dtype=np.float64)
    y_true = np.asarray(labels, dtype=np.int64)
    with np.errstate(divide="ignore", invalid="ignore"):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # single-class cases warn
            fpr, tpr, roc_thr = roc_curve(y_true, y_score)
            prec, rec, pr_thr = precision_recall_curve(y_true, y_score)
        try:
            auroc = roc_auc_score(y_true, y_score)
        except ValueError:  # only one class present
            auroc = float("nan")
        p, r = prec[:-1], rec[:-1]  # last point has no threshold
        denom = p + r
        f1 = np.where(denom > 0, 2.0 * p * r / np.where(denom > 0, denom, 1.0), 0.0)
        f1 = np.nan_to_num(f1, nan=0.0)
    if len(f1):
        best = int(np.argmax(f1))  # first maximum
        f1_max, f1_thr = f1[best], pr_thr[best]
    else:
        f1_max, f1_thr = float("nan"), float("nan")
    return {
        "roc_fpr": _list(fpr), "roc_tpr": _list(tpr), "roc_thresholds": _list(roc_thr),
        "auroc": _num(auroc),
        "pr_precision": _list(prec), "pr_recall": _list(rec), "pr_thresholds": _list(pr_thr),
        "f1_max": _num(f1_max), "f1_threshold": _num(f1_thr),
    }


def run(in_path, out_path):
    with open(in_path) as f:
        data = json.load(f)
    out = {"sklearn_version": sklearn.__version__,
           "cases": [evaluate_case(c["scores"], c["labels"]) for c in data["cases"]]}
    with open(out_path, "w") as f:
        json.dump(out, f)


def selftest():
    close = lambda a, b: np.allclose(np.asarray(a, float), np.asarray(b, float), atol=1e-12)
    # Hand case: scores 0.1 0.4 0.35 0.8, labels 0 0 1 1.
    # Descending: 0.8(+) 0.4(-) 0.35(+) 0.1(-).
    # ROC points (fpr,tpr): (0,0) (0,.5) (.5,.5) (.5,1) (1,1); every one is a
    # corner, so drop_intermediate keeps all of them.
    # AUROC: positive/negative pairs ranked correctly: 3 of 4 -> 0.75.
    c = evaluate_case([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])
    assert close(c["roc_fpr"], [0, 0, 0.5, 0.5, 1]), c["roc_fpr"]
    assert close(c["roc_tpr"], [0, 0.5, 0.5, 1, 1]), c["roc_tpr"]
    assert close(c["roc_thresholds"][1:], [0.8, 0.4, 0.35, 0.1]), c["roc_thresholds"]
    assert abs(c["auroc"] - 0.75) < 1e-12
    # PR at thresholds 0.1, 0.35, 0.4, 0.8: precision 2/4, 2/3, 1/2, 1; recall 1, 1, .5, .5.
    assert close(c["pr_thresholds"], [0.1, 0.35, 0.4, 0.8]), c["pr_thresholds"]
    assert close(c["pr_precision"], [0.5, 2 / 3, 0.5, 1, 1]), c["pr_precision"]
    assert close(c["pr_recall"], [1, 1, 0.5, 0.5, 0]), c["pr_recall"]
    # F1: 2/3, 0.8, 0.5, 2/3 -> max 0.8 at threshold 0.35.
    assert abs(c["f1_max"] - 0.8) < 1e-12 and c["f1_threshold"] == 0.35, c
    # drop_intermediate: points (0,0) (0,1/3) (0,2/3) (0,1) (1,1); (0,2/3) lies
    # between collinear neighbours (0,1/3) and (0,1) -> dropped.
    c = evaluate_case([0.9, 0.8, 0.7, 0.6], [1, 1, 1, 0])
    assert close(c["roc_fpr"], [0, 0, 0, 1]) and close(c["roc_tpr"], [0, 1 / 3, 1, 1]), c
    assert close(c["roc_thresholds"][1:], [0.9, 0.7, 0.6]), c["roc_thresholds"]
    # Tie for the maximum F1 -> first one wins; perfect separation -> AUROC 1.
    c = evaluate_case([0.9, 0.9, 0.2, 0.2], [1, 1, 0, 0])
    assert c["auroc"] == 1.0 and c["f1_max"] == 1.0 and c["f1_threshold"] == 0.9, c
    # Single class: auroc undefined -> null, no crash.
    c = evaluate_case([0.3, 0.6], [0, 0])
    assert c["auroc"] is None, c
    # JSON round trip keeps full precision.
    v = 0.1 + 0.2
    assert json.loads(json.dumps(evaluate_case([v, 0.0], [1, 0])))["f1_threshold"] == v
    print("sklearn_reference selftest OK (sklearn %s)" % sklearn.__version__)


if __name__ == "__main__":
    if sys.argv[1:] == ["--selftest"]:
        selftest()
    elif len(sys.argv) == 3:
        run(sys.argv[1], sys.argv[2])
    else:
        sys.exit(__doc__)

#!/usr/bin/python3
"""Reference AUPRO (MVTec AD, Bergmann et al., IJCV 2021) in numpy + scipy.

Re-implements the exact (threshold-free) algorithm of the MVTec AD evaluation
code: compute_pro + trapezoid + calculate_au_pro.

Usage:  aupro_reference.py IN.json OUT.json
        aupro_reference.py --selftest

IN.json:  {"integration_limit": 0.3,
           "maps": [{"height": h, "width": w, "scores": [h*w floats, row-major],
                     "mask": [h*w 0/1]}, ...]}
OUT.json: {"aupro": x | null, "pro_fpr": [...], "pro_pro": [...],
           "pixel_auroc": x | null}
aupro is null when there is no defect pixel (PRO undefined) or no defect-free
pixel (FPR undefined); pro_fpr/pro_pro are then empty.  pixel_auroc is
sklearn's roc_auc_score over all pixels (mask as label), null for one class.
Maps may have different sizes.  All arithmetic is float64 (the original code
stores FPRs as float32, which can differ in the last digits).
"""
import json
import sys
from bisect import bisect_right

import numpy as np
from scipy.ndimage import label
from sklearn.metrics import roc_auc_score

STRUCTURE = np.ones((3, 3), dtype=int)  # 8-connectivity


def pro_curve(maps):
    """maps: list of (scores[h,w], mask[h,w]).  Returns (fprs, pros) with (0,0)
    prepended and (1,1) appended, or None if FPR or PRO is undefined."""
    scores, fp_step, pro_step = [], [], []
    n_ok, n_regions = 0, 0
    for s, m in maps:
        labeled, n = label(m != 0, structure=STRUCTURE)
        ok = labeled == 0
        n_ok += int(ok.sum())
        n_regions += n
        # Per pixel: 1 if defect-free; 1/|c| for pixels of component c
        # (normalised by the global counts below).
        sizes = np.bincount(labeled.ravel(), minlength=n + 1).astype(np.float64)
        inv = np.zeros(n + 1)
        inv[1:] = 1.0 / sizes[1:]
        scores.append(s.ravel().astype(np.float64))
        fp_step.append(ok.ravel().astype(np.float64))
        pro_step.append(inv[labeled.ravel()])
    if n_ok == 0 or n_regions == 0:
        return None
    scores = np.concatenate(scores)
    order = np.argsort(-scores, kind="stable")  # descending
    scores = scores[order]
    fprs = np.cumsum(np.concatenate(fp_step)[order]) / n_ok
    pros = np.cumsum(np.concatenate(pro_step)[order]) / n_regions
    keep = np.append(np.diff(scores) != 0, True)  # last entry of each tie run
    fprs = np.minimum(fprs[keep], 1.0)
    pros = np.minimum(pros[keep], 1.0)
    return np.concatenate(([0.0], fprs, [1.0])), np.concatenate(([0.0], pros, [1.0]))


def trapezoid(x, y, x_max):
    """Trapezoidal area under y(x) for x in [x[0], x_max] (x sorted ascending);
    if x_max is not a sample, y is linearly interpolated there."""
    x, y = np.asarray(x, np.float64), np.asarray(y, np.float64)
    correction = 0.0
    if x_max not in x:
        i = bisect_right(list(x), x_max)
        assert 0 < i < len(x)
        y_int = y[i - 1] + (y[i] - y[i - 1]) * (x_max - x[i - 1]) / (x[i] - x[i - 1])
        correction = 0.5 * (y_int + y[i - 1]) * (x_max - x[i - 1])
    m = x <= x_max
    x, y = x[m], y[m]
    return float(np.sum(0.5 * (y[1:] + y[:-1]) * (x[1:] - x[:-1]))) + correction


def au_pro(maps, integration_limit=0.3):
    """Normalised area under the PRO curve up to FPR = integration_limit."""
    curve = pro_curve(maps)
    if curve is None:
        return None, curve
    return trapezoid(curve[0], curve[1], integration_limit) / integration_limit, curve


def evaluate(data):
    maps = []
    for mp in data["maps"]:
        shape = (mp["height"], mp["width"])
        maps.append((np.asarray(mp["scores"], np.float64).reshape(shape),
                     np.asarray(mp["mask"], np.int64).reshape(shape)))
    aupro, curve = au_pro(maps, float(data.get("integration_limit", 0.3)))
    y = np.concatenate([m.ravel() != 0 for _, m in maps]).astype(int)
    s = np.concatenate([s.ravel() for s, _ in maps])
    auroc = float(roc_auc_score(y, s)) if 0 < y.sum() < len(y) else None
    return {"aupro": aupro,
            "pro_fpr": curve[0].tolist() if curve else [],
            "pro_pro": curve[1].tolist() if curve else [],
            "pixel_auroc": auroc}


def selftest():
    a = lambda *rows: np.array(rows, dtype=np.float64)
    eq = lambda u, v: abs(u - v) < 1e-12
    # Perfect map: defects score 1, background 0.  Curve (0,0) (0,1) (1,1) (1,1):
    # PRO is 1 on (0, 0.3] -> area 0.3 -> AUPRO 1.
    mask = a([0, 1, 1, 0], [0, 0, 0, 0], [1, 0, 0, 0])
    assert eq(au_pro([(mask.copy(), mask)])[0], 1.0)
    # Constant map: one tie run -> curve (0,0) (1,1) (1,1), i.e. the diagonal.
    # Area under y = x on [0, 0.3] = 0.3^2 / 2 = 0.045 -> AUPRO 0.045 / 0.3 = 0.15
    # (random-like performance is integration_limit / 2, not 0.5).
    assert eq(au_pro([(np.full_like(mask, 0.7), mask)])[0], 0.15)
    # 1x4 hand case, scores 4 3 2 1, mask 1 0 1 0: two 1-pixel components, two ok
    # pixels.  Curve x = 0 0 .5 .5 1 1, y = 0 .5 .5 1 1 1.
    m = [(a([4, 3, 2, 1]), a([1, 0, 1, 0]))]
    fpr, pro = pro_curve(m)
    assert np.allclose(fpr, [0, 0, .5, .5, 1, 1]) and np.allclose(pro, [0, .5, .5, 1, 1, 1])
    assert eq(au_pro(m, 0.3)[0], 0.5)    # interpolated end: 0.5 * 0.3 / 0.3
    assert eq(au_pro(m, 0.5)[0], 0.5)    # x_max is a sample: 0.25 / 0.5
    assert eq(au_pro(m, 1.0)[0], 0.75)   # 0.25 + 0.5
    # Ties: scores 1 1 0 0, mask 1 0 0 0 -> points (1/3,1), (1,1); curve
    # (0,0) (1/3,1) (1,1) (1,1); PRO(0.3) = 0.9 -> area 0.5*0.9*0.3 = 0.135 -> 0.45.
    m = [(a([1, 1, 0, 0]), a([1, 0, 0, 0]))]
    assert eq(au_pro(m)[0], 0.45)
    # 8-connectivity: the diagonal pair (0,0),(1,1) is ONE region, (2,3) another.
    # After score 9: PRO = (1/2)/2 = 0.25; after 8: 0.75.  (4-connectivity would
    # see 3 regions and give 1/3, 2/3.)
    s = a([9, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 8])
    mk = a([1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 0, 1])
    fpr, pro = pro_curve([(s, mk)])
    assert np.allclose(pro[1:3], [0.25, 0.75]), pro
    # Empty-mask images count their pixels as defect-free; maps of different sizes.
    m = [(a([1, 0]), a([1, 0])), (a([.5], [.5]), a([0], [0]))]
    fpr, pro = pro_curve(m)
    assert np.allclose(fpr, [0, 0, 2 / 3, 1, 1]) and np.allclose(pro, [0, 1, 1, 1, 1])
    # No defect pixel at all -> null.
    out = evaluate({"integration_limit": 0.3, "maps": [
        {"height": 1, "width": 2, "scores": [0.1, 0.2], "mask": [0, 0]}]})
    assert out["aupro"] is None and out["pixel_auroc"] is None
    # JSON path: pixel AUROC of the 1x4 hand case: pairs (4>3,4>1,2>1 ok; 2<3) = 3/4.
    out = evaluate({"integration_limit": 0.3, "maps": [
        {"height": 2, "width": 2, "scores": [4, 3, 2, 1], "mask": [1, 0, 1, 0]}]})
    # In 2x2 the two defect pixels (0,0),(1,0) are adjacent -> one region.
    assert eq(out["pixel_auroc"], 0.75) and out["pro_pro"][1] == 0.5, out
    print("aupro_reference selftest OK")


if __name__ == "__main__":
    if sys.argv[1:] == ["--selftest"]:
        selftest()
    elif len(sys.argv) == 3:
        with open(sys.argv[1]) as f:
            result = evaluate(json.load(f))
        with open(sys.argv[2], "w") as f:
            json.dump(result, f)
    else:
        sys.exit(__doc__)

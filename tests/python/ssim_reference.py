#!/usr/bin/env python3
"""Local SSIM map (Wang et al. 2004) with an 11-tap Gaussian window, σ = 1.5, reflect-101 borders
(scipy's "mirror"), C1 = 0.01², C2 = 0.03² for data in [0, 1]: the reference for DefectScope's
maps::ssimMap. IN.json: {"x": [C][H][W], "y": [C][H][W]}. OUT.json: {"ssim": [C][H][W]}."""
import json
import sys

import numpy as np
from scipy.ndimage import correlate1d


def window():
    r = np.arange(-5, 6, dtype=np.float64)
    k = np.exp(-r * r / (2 * 1.5 ** 2))
    return k / k.sum()


def blur(img):
    k = window()
    return correlate1d(correlate1d(img, k, axis=1, mode="mirror"), k, axis=0, mode="mirror")


def ssim(x, y):
    c1, c2 = 0.01 ** 2, 0.03 ** 2
    mx, my = blur(x), blur(y)
    sxx = blur(x * x) - mx * mx
    syy = blur(y * y) - my * my
    sxy = blur(x * y) - mx * my
    return ((2 * mx * my + c1) * (2 * sxy + c2)) / ((mx * mx + my * my + c1) * (sxx + syy + c2))


def main(src, dst):
    data = json.load(open(src))
    x = np.asarray(data["x"], dtype=np.float64)
    y = np.asarray(data["y"], dtype=np.float64)
    json.dump({"ssim": [ssim(x[c], y[c]).tolist() for c in range(x.shape[0])]}, open(dst, "w"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

#!/usr/bin/env python3
"""Multi-scale SSIM (Wang, Simoncelli & Bovik 2003) in numpy/scipy: the reference for DefectScope's
maps::msSsim and maps::msSsimMap.

Scalar form: per scale, the contrast-structure factor cs (the full SSIM at the last scale) is averaged
over the "valid" Gaussian-window positions and clamped at 0; images are halved between scales by 2x2
averaging (odd sides zero-padded by one on each side, the padding counted); the factors are raised to the
scale weights (Wang et al.'s five as published, or their first M rescaled to sum 1) and multiplied; per channel, then
the channel mean.
Map form: the same factors as maps at each scale's size (reflect-101 borders), resized bilinearly with
half-pixel centres to the input size, clamped at 1e-6, raised to the weights and multiplied pixel by
pixel; the channel mean.

IN.json: {"x": [N][C][H][W], "y": same, "window": w, "scales": M, "range": L}
OUT.json: {"ms_ssim": [N], "map": [N][H][W]}"""
import json
import sys

import numpy as np
from scipy.ndimage import correlate1d

STANDARD = [0.0448, 0.2856, 0.3001, 0.2363, 0.1333]


def weights(scales):
    w = np.array(STANDARD[:scales])
    return w if scales == 5 else w / w.sum()


def gaussian(window, sigma=1.5):
    r = np.arange(window) - window // 2
    k = np.exp(-(r * r) / (2 * sigma * sigma))
    return k / k.sum()


def valid_mean(img, k):
    # correlate over every full window position only
    h, w = img.shape
    n = len(k)
    rows = np.array([img[:, j:j + n] @ k for j in range(w - n + 1)]).T
    return np.array([k @ rows[i:i + n, :] for i in range(h - n + 1)])


def same_mean(img, k):
    return correlate1d(correlate1d(img, k, axis=1, mode="mirror"), k, axis=0, mode="mirror")


def factors(x, y, k, rng, blur):
    c1, c2 = (0.01 * rng) ** 2, (0.03 * rng) ** 2
    mx, my = blur(x, k), blur(y, k)
    sxx = blur(x * x, k) - mx * mx
    syy = blur(y * y, k) - my * my
    sxy = blur(x * y, k) - mx * my
    lum = (2 * mx * my + c1) / (mx * mx + my * my + c1)
    cs = (2 * sxy + c2) / (sxx + syy + c2)
    return lum, cs


def halve(img):
    h, w = img.shape
    ph, pw = h % 2, w % 2
    p = np.pad(img, ((ph, ph), (pw, pw)))
    hh, ww = (p.shape[0] - 2) // 2 + 1, (p.shape[1] - 2) // 2 + 1
    return np.array([[p[2 * i:2 * i + 2, 2 * j:2 * j + 2].mean() for j in range(ww)] for i in range(hh)])


def resize(img, h, w):
    ih, iw = img.shape
    if (ih, iw) == (h, w):
        return img
    def coords(n_out, n_in):
        c = (np.arange(n_out) + 0.5) * n_in / n_out - 0.5
        c = np.clip(c, 0, n_in - 1)
        lo = np.floor(c).astype(int)
        hi = np.minimum(lo + 1, n_in - 1)
        return lo, hi, c - lo
    y0, y1, fy = coords(h, ih)
    x0, x1, fx = coords(w, iw)
    top = img[y0][:, x0] * (1 - fx) + img[y0][:, x1] * fx
    bottom = img[y1][:, x0] * (1 - fx) + img[y1][:, x1] * fx
    return top * (1 - fy[:, None]) + bottom * fy[:, None]


def ms_ssim_channel(x, y, window, scales, rng):
    k, w = gaussian(window), weights(scales)
    result = 1.0
    for m in range(scales):
        lum, cs = factors(x, y, k, rng, valid_mean)
        last = m == scales - 1
        value = max((lum * cs).mean() if last else cs.mean(), 1e-6)
        result *= value ** w[m]
        x, y = halve(x), halve(y)
    return result


def ms_ssim_map_channel(x, y, window, scales, rng):
    k, w = gaussian(window), weights(scales)
    h, wd = x.shape
    result = np.ones((h, wd))
    for m in range(scales):
        lum, cs = factors(x, y, k, rng, same_mean)
        last = m == scales - 1
        f = np.maximum(resize(lum * cs if last else cs, h, wd), 1e-6)
        result *= f ** w[m]
        x, y = halve(x), halve(y)
    return result


def main(src, dst):
    d = json.load(open(src))
    x = np.asarray(d["x"], dtype=np.float64)
    y = np.asarray(d["y"], dtype=np.float64)
    window, scales, rng = d["window"], d["scales"], d["range"]
    scalar = [float(np.mean([ms_ssim_channel(x[n, c], y[n, c], window, scales, rng) for c in range(x.shape[1])])) for n in range(x.shape[0])]
    maps = [np.mean([ms_ssim_map_channel(x[n, c], y[n, c], window, scales, rng) for c in range(x.shape[1])], axis=0).tolist() for n in range(x.shape[0])]
    json.dump({"ms_ssim": scalar, "map": maps}, open(dst, "w"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

#!/usr/bin/env python3
"""Two-pass per-location mean and unbiased covariance (numpy.cov), the reference for DefectScope's
streaming LocationGaussians. IN.json: {"z": [N][k][L] nested lists}. OUT.json: {"mean": [L][k],
"cov": [L][k][k]}."""
import json
import sys

import numpy as np


def main(src, dst):
    z = np.asarray(json.load(open(src))["z"], dtype=np.float64)  # N, k, L
    means, covs = [], []
    for loc in range(z.shape[2]):
        x = z[:, :, loc]
        means.append(x.mean(axis=0).tolist())
        covs.append(np.cov(x, rowvar=False).tolist())
    json.dump({"mean": means, "cov": covs}, open(dst, "w"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

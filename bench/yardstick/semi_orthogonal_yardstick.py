#!/usr/bin/env python3
"""The straightforward PyTorch implementation the semi-orthogonal embedding is measured against
(issue "Semi-orthogonal embedding", Performance): run it on the same machine as the C++ benchmark so
the two timings compare. Tiny-darknet stride-4/8/16 maps -> 896 channels, k = 100, one Gaussian per
location (torch.linalg.inv), Mahalanobis maps upsampled and blurred (sigma 4), image score = max.

usage: semi_orthogonal_yardstick.py DATASET TORCHSCRIPT [WxH=256x640] [k=100]
DATASET is an MVTec-layout folder (train/good, test/<type>, ground_truth/<type>/<name>_mask.png).
"""
import pathlib
import resource
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F
from scipy.ndimage import gaussian_filter
from sklearn.metrics import roc_auc_score

from yardstick_data import images, load, mask_of


def embed(model, batch, w):
    maps = model(batch)
    h, wd = maps[0].shape[2:]
    x = torch.cat([maps[0]] + [F.interpolate(m, size=(h, wd), mode="bilinear", align_corners=False) for m in maps[1:]], 1)
    return torch.einsum("nfl,fk->nkl", x.flatten(2), w), (h, wd)


def main():
    root = pathlib.Path(sys.argv[1])
    model = torch.jit.load(sys.argv[2]).eval()
    width, height = (int(v) for v in (sys.argv[3] if len(sys.argv) > 3 else "256x640").split("x"))
    k = int(sys.argv[4]) if len(sys.argv) > 4 else 100
    size = (width, height)  # as the CLI's --image-size WxH
    torch.manual_seed(0)
    q, r = torch.linalg.qr(torch.randn(896, k))
    w = q * torch.sign(torch.diagonal(r))

    with torch.no_grad():
        start = time.time()
        train = images(root / "train" / "good")
        embedded = []
        for i in range(0, len(train), 8):
            batch = torch.stack([load(p, size) for p in train[i:i + 8]])
            z, grid = embed(model, batch, w)
            embedded.append(z)
        z = torch.cat(embedded)  # [N,k,L]
        features = time.time() - start
        start = time.time()
        mean = z.mean(0)
        centred = (z - mean).permute(2, 0, 1)  # [L,N,k]
        cov = centred.transpose(1, 2) @ centred / (z.shape[0] - 1) + 0.01 * torch.eye(k)
        precision = torch.linalg.inv(cov)
        gaussians = time.time() - start
        del z, centred, cov
        print(f"fit: {len(train)} images, features {features:.1f} s + Gaussians {gaussians:.1f} s = {features + gaussians:.1f} s")

        test = images(root / "test")
        scores, labels, maps, masks = [], [], [], []
        start = time.time()
        for path in test:
            z, grid = embed(model, load(path, size)[None], w)
            diff = (z[0] - mean).permute(1, 0)[:, None, :]  # [L,1,k]
            d = torch.sqrt((diff @ precision @ diff.transpose(1, 2)).flatten().clamp_min(0)).view(1, 1, *grid)
            m = F.interpolate(d, size=(size[1], size[0]), mode="bilinear", align_corners=False)[0, 0].numpy()
            m = gaussian_filter(m, sigma=4)
            scores.append(float(m.max()))
            labels.append(path.parent.name != "good")
            maps.append(m)
            masks.append(mask_of(root, path, size))
        predict = (time.time() - start) / len(test)
    print(f"predict: {1000 * predict:.0f} ms per test image ({len(test)} images)")
    print(f"image AUROC {roc_auc_score(labels, scores):.3f}, "
          f"pixel AUROC {roc_auc_score(np.concatenate([m.ravel() for m in masks]), np.concatenate([m.ravel() for m in maps])):.3f}")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB, "
          f"model {(precision.numel() + mean.numel()) * 4 / 2**20:.0f} MB")


if __name__ == "__main__":
    main()

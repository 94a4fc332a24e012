#!/usr/bin/env python3
"""The straightforward PyTorch implementation PatchCore is measured against (issue "PatchCore in C++",
Performance), to run on the same machine as the C++ benchmark: anomalib-style 768-d features from
tiny-darknet's stride-8/16 maps (3x3 average pooling, deeper map upsampled, concatenated), greedy
coreset on a 128-d random projection (one centre per step, one matrix-vector product each),
torch.cdist nearest neighbours, eq. (7) re-weighting with b = 9, patch scores upsampled and blurred
(sigma 4); image AUROC, pixel AUROC and AUPRO (tests/python/aupro_reference.py).

usage: patchcore_yardstick.py DATASET TORCHSCRIPT [WxH=256x640] [coreset_ratio=0.01] [seed=0]
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

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "tests" / "python"))
from aupro_reference import au_pro  # noqa: E402  (the MVTec AD evaluation's AUPRO, FPR limit 0.3)


def features(model, batch):
    maps = model(batch)[1:3]
    pooled = [F.avg_pool2d(m, 3, 1, 1) for m in maps]
    h, w = pooled[0].shape[2:]
    pooled[1] = F.interpolate(pooled[1], size=(h, w), mode="bilinear", align_corners=False)
    x = torch.cat(pooled, 1)
    return x.permute(0, 2, 3, 1).reshape(-1, x.shape[1]), (h, w)


def greedy_coreset(bank, count, generator):
    projection = torch.randn(bank.shape[1], 128, generator=generator) / 128 ** 0.5
    points = bank @ projection
    selected = [int(torch.randint(len(points), (1,), generator=generator))]
    squares = (points * points).sum(1)

    def distances(index):  # ‖p − c‖ through ‖p‖² − 2p·c + ‖c‖²: one matrix-vector product a step
        return (squares - 2 * (points @ points[index]) + squares[index]).clamp_min(0).sqrt()

    nearest = distances(selected[0])
    for _ in range(count - 1):
        index = int(torch.argmax(nearest))
        selected.append(index)
        nearest = torch.minimum(nearest, distances(index))
    return torch.tensor(selected)


def patch_and_image_scores(query, bank):
    """Each test patch's distance to its nearest bank entry, and the image score: the largest of them
    re-weighted by eq. (7) over the b = 9 bank neighbours of that patch's nearest entry m*."""
    patch, nearest = torch.cdist(query, bank).min(1)
    worst = int(torch.argmax(patch))
    neighbours = torch.cdist(bank[nearest[worst]][None], bank)[0].topk(9, largest=False).indices
    weights = torch.softmax(torch.cdist(query[worst][None], bank[neighbours])[0], 0)
    return patch, float((1 - weights[0]) * patch[worst])


def main():
    root = pathlib.Path(sys.argv[1])
    model = torch.jit.load(sys.argv[2]).eval()
    size = tuple(int(v) for v in (sys.argv[3] if len(sys.argv) > 3 else "256x640").split("x"))  # (W, H)
    ratio = float(sys.argv[4]) if len(sys.argv) > 4 else 0.01
    generator = torch.Generator().manual_seed(int(sys.argv[5]) if len(sys.argv) > 5 else 0)
    with torch.no_grad():
        start = time.time()
        train = images(root / "train" / "good")
        bank = torch.cat([features(model, torch.stack([load(p, size) for p in train[i:i + 8]]))[0]
                          for i in range(0, len(train), 8)])
        extraction = time.time() - start
        start = time.time()
        bank = bank[greedy_coreset(bank, max(1, round(ratio * len(bank))), generator)].contiguous()
        coreset = time.time() - start
        print(f"fit: {len(train)} images, features {extraction:.1f} s + coreset {coreset:.1f} s "
              f"= {extraction + coreset:.1f} s; bank {len(bank)} x {bank.shape[1]}")

        test = images(root / "test")
        scores, labels, maps, masks = [], [], [], []
        start = time.time()
        for path in test:
            query, grid = features(model, load(path, size)[None])
            patch, score = patch_and_image_scores(query, bank)
            scores.append(score)
            m = F.interpolate(patch.view(1, 1, *grid), size=(size[1], size[0]), mode="bilinear", align_corners=False)
            maps.append(gaussian_filter(m[0, 0].numpy(), sigma=4))
            labels.append(path.parent.name != "good")
            masks.append(mask_of(root, path, size))
        predict = (time.time() - start) / len(test)
    print(f"predict: {1000 * predict:.0f} ms per test image ({len(test)} images)")
    print(f"image AUROC {roc_auc_score(labels, scores):.3f}, "
          f"pixel AUROC {roc_auc_score(np.concatenate([m.ravel() for m in masks]), np.concatenate([m.ravel() for m in maps])):.3f}, "
          f"AUPRO {au_pro(list(zip(maps, masks)))[0]:.3f}")
    print(f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Scores a dataset's test images with patchcore_yardstick.py's loop (its features, torch.cdist, eq. (7)
with b = 9) against the memory bank of a DefectScope PatchCore model (.dsm, docs/model-file.md), the
test images resized either as the yardstick resizes them (PIL bilinear, antialiased) or by area
averaging (torch's `area`, as DefectScope's OpenCV INTER_AREA did before it resized as Pillow does):
which side, bank or test images, moved the image AUROC between the two programs (bench/README.md,
"PatchCore").

usage: score_dsm_bank.py DATASET TORCHSCRIPT MODEL.dsm [WxH=256x640] [pil|area]
"""
import json
import pathlib
import struct
import sys

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image
from sklearn.metrics import roc_auc_score

from patchcore_yardstick import features, patch_and_image_scores
from yardstick_data import images, load


def memory_bank(path):
    data = pathlib.Path(path).read_bytes()
    if data[:8] != b"DSMODEL1":
        sys.exit(f"{path}: not a DefectScope model")
    version, length = struct.unpack_from("<IQ", data, 8)
    offset = 20 + length
    (count,) = struct.unpack_from("<I", data, offset)
    offset += 4
    for _ in range(count):
        (n,) = struct.unpack_from("<I", data, offset)
        name = data[offset + 4:offset + 4 + n].decode()
        dtype, rank = struct.unpack_from("<BI", data, offset + 4 + n)
        offset += 9 + n
        dims = struct.unpack_from(f"<{rank}q", data, offset)
        (size,) = struct.unpack_from("<Q", data, offset + 8 * rank)
        offset += 8 * rank + 8
        if version >= 2:
            offset = (offset + 63) // 64 * 64  # the data's 64-byte alignment
        if name == "memory_bank" and dtype == 1:
            return torch.from_numpy(np.frombuffer(data, np.float32, size // 4, offset).reshape(dims).copy())
        offset += size
    sys.exit(f"{path}: no float32 memory_bank (not a PatchCore model?)")


def load_by_area(path, size):
    x = torch.from_numpy(np.asarray(Image.open(path).convert("RGB"), dtype=np.float32) / 255.0)
    return F.interpolate(x.permute(2, 0, 1)[None], size=(size[1], size[0]), mode="area")[0]


def main():
    root = pathlib.Path(sys.argv[1])
    model = torch.jit.load(sys.argv[2]).eval()
    bank = memory_bank(sys.argv[3])
    size = tuple(int(v) for v in (sys.argv[4] if len(sys.argv) > 4 else "256x640").split("x"))  # (W, H)
    resize = load_by_area if len(sys.argv) > 5 and sys.argv[5] == "area" else load
    scores, labels = [], []
    with torch.no_grad():
        for path in images(root / "test"):
            query, _ = features(model, resize(path, size)[None])
            scores.append(patch_and_image_scores(query, bank)[1])
            labels.append(path.parent.name != "good")
    print(f"bank {bank.shape[0]} x {bank.shape[1]}; image AUROC {roc_auc_score(labels, scores):.4f} ({len(labels)} test images)")


if __name__ == "__main__":
    main()

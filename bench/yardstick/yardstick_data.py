"""What the yardstick scripts share: an MVTec-layout dataset read with PIL, as a straightforward
PyTorch implementation would read it (train/good, test/<type>, ground_truth/<type>/<name>_mask.png)."""
import pathlib

import numpy as np
import torch
from PIL import Image

IMAGE_TYPES = {".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff"}


def images(folder):
    return sorted(p for p in pathlib.Path(folder).rglob("*") if p.suffix.lower() in IMAGE_TYPES)


def load(path, size):
    """RGB in [0,1] as a [3,H,W] tensor, resized bilinearly to size = (W, H)."""
    image = Image.open(path).convert("RGB").resize(size, Image.BILINEAR)
    return torch.from_numpy(np.asarray(image, dtype=np.float32) / 255.0).permute(2, 0, 1)


def mask_of(root, path, size):
    """The ground-truth mask of a test image (all false for a good one) at size = (W, H)."""
    if path.parent.name == "good":
        return np.zeros((size[1], size[0]), dtype=bool)
    mask = pathlib.Path(root) / "ground_truth" / path.parent.name / (path.stem + "_mask.png")
    return np.asarray(Image.open(mask).convert("L").resize(size, Image.NEAREST)) > 127

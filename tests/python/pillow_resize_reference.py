"""Pillow's bilinear resize (Image.resize(size, Image.BILINEAR)) of 8-bit images, for tst_antialiased_resize.

In: {"cases": [{"width", "height", "channels": 1|3, "pixels": [h*w*channels row-major], "out_width", "out_height"}]}
Out: {"pillow_version": s, "cases": [{"pixels": [...]}]}
"""
import json
import sys

import numpy as np
import PIL
from PIL import Image


def resize(case):
    shape = (case["height"], case["width"]) + ((case["channels"],) if case["channels"] > 1 else ())
    pixels = np.asarray(case["pixels"], dtype=np.uint8).reshape(shape)
    image = Image.fromarray(pixels, "RGB" if case["channels"] == 3 else "L")
    out = np.asarray(image.resize((case["out_width"], case["out_height"]), Image.BILINEAR))
    return {"pixels": out.reshape(-1).astype(int).tolist()}


def main():
    with open(sys.argv[1]) as f:
        cases = json.load(f)["cases"]
    with open(sys.argv[2], "w") as f:
        json.dump({"pillow_version": PIL.__version__, "cases": [resize(c) for c in cases]}, f)


if __name__ == "__main__":
    main()

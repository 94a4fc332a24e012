#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora into tests/fuzz/corpus/ (committed; run again only to change
them). Needs Debian's python3 with numpy, PIL and torch. Each seed is small and valid, so the fuzzers
start from every format variant the readers handle."""
import hashlib
import io
import json
import os
import struct
from collections import OrderedDict

import numpy as np
import torch
from PIL import Image

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")


def write(target, name, data):
    folder = os.path.join(ROOT, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def encoded(image, fmt, **options):
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def images():
    rng = np.random.default_rng(7)
    rgb = Image.fromarray(rng.integers(0, 256, (6, 9, 3), dtype=np.uint8))
    grey = rgb.convert("L")
    write("image", "rgb.png", encoded(rgb, "PNG"))
    write("image", "grey.png", encoded(grey, "PNG"))
    write("image", "grey1.png", encoded(grey.convert("1"), "PNG"))
    write("image", "rgba.png", encoded(rgb.convert("RGBA"), "PNG"))
    write("image", "palette_trns.png", encoded(rgb.convert("P"), "PNG", transparency=3))
    write("image", "interlaced.png", encoded(rgb, "PNG", interlace=1))
    write("image", "grey16.png", encoded(Image.fromarray(rng.integers(0, 65536, (5, 7), dtype=np.uint16)), "PNG"))
    write("image", "baseline.jpg", encoded(rgb, "JPEG", quality=80))
    write("image", "progressive.jpg", encoded(rgb, "JPEG", quality=80, progressive=True))
    write("image", "grey.jpg", encoded(grey, "JPEG"))
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90°
    write("image", "exif_rotated.jpg", encoded(rgb, "JPEG", exif=exif.tobytes()))
    write("image", "cmyk.jpg", encoded(rgb.convert("CMYK"), "JPEG"))
    write("image", "rgb.bmp", encoded(rgb, "BMP"))
    write("image", "palette.bmp", encoded(rgb.convert("P"), "BMP"))
    write("image", "rgb.tif", encoded(rgb, "TIFF"))
    write("image", "grey_deflate.tif", encoded(grey, "TIFF", compression="tiff_adobe_deflate"))


def datasets():
    manifest = ("split,label,defect_type,image_path,mask_path\n"
                "train,good,,a.png,\n"
                "test,good,,a.png,\n"
                "test,defect,crack,b.png,b_mask.png\n"
                "test,defect,stain,b.png,missing.png\n"
                "test,,,\"a.png\",\n")
    write("dataset", "manifest.csv", b"\x00" + manifest.encode())
    write("dataset", "manifest_quoted.csv", b"\x00" + b'image_path,label,split,defect_type,mask_path\r\n"a,b.png",bad,train,,\r\nb.png,good\r\n')
    mvtec = ["train/good/0.png", "train/good/1.png", "test/good/2.png", "test/crack/3.png",
             "ground_truth/crack/3_mask.png", "test/crack/notes.txt!", "license.txt!"]
    write("dataset", "mvtec.tree", b"\x01" + "\n".join(mvtec).encode())
    plain = ["good/0.png", "good/1.png", "ok/2.png", "defect/3.png", "defect/4.png!", "masks/defect/3.png", "empty/"]
    write("dataset", "plain.tree", b"\x01" + "\n".join(plain).encode())


def model_archive():
    # core/io/model_archive.h: "DSMODEL1" | u32 version | u64 header length | header JSON | u32 count |
    # per tensor: u32 name length | name | u8 dtype | u32 rank | i64 dims | u64 bytes |
    # (version 2: zeros up to a multiple of 64 bytes in the file) | data | SHA-256.
    header = json.dumps({"method": "mean-diff", "settings": {}, "input": {"width": 8, "height": 8}}).encode()
    tensors = [("mean", 1, (2, 3), np.arange(6, dtype="<f4").tobytes()),
               ("hashes", 5, (1, 32), bytes(range(32))),
               ("index", 3, (2,), np.array([4, 5], dtype="<i8").tobytes())]
    for version, name in ((1, "small.dsm"), (2, "aligned.dsm")):
        body = b"DSMODEL1" + struct.pack("<IQ", version, len(header)) + header + struct.pack("<I", len(tensors))
        for tensor, dtype, shape, data in sorted(tensors):
            body += struct.pack("<I", len(tensor)) + tensor.encode() + struct.pack("<BI", dtype, len(shape))
            body += b"".join(struct.pack("<q", d) for d in shape) + struct.pack("<Q", len(data))
            if version >= 2:
                body += bytes(-len(body) % 64)
            body += data
        write("model_archive", name, body + hashlib.sha256(body).digest())


def weight_files():
    def saved(obj):
        buffer = io.BytesIO()
        torch.save(obj, buffer)
        return buffer.getvalue()

    state = OrderedDict([("conv.weight", torch.arange(6.0).reshape(1, 2, 3)), ("conv.bias", torch.tensor([0.5])),
                         ("bn.num_batches_tracked", torch.tensor(3))])
    state._metadata = OrderedDict([("", {"version": 1})])
    write("weight_file", "ordered_dict.pth", saved(state))
    write("weight_file", "nested_state_dict.pth", saved({"state_dict": {"w": torch.ones(2, 2, dtype=torch.float16)}}))
    write("weight_file", "view.pth", saved({"w": torch.arange(12.0).reshape(3, 4)[:, 1:3]}))
    write("weight_file", "bfloat16.pth", saved({"model": {"w": torch.zeros(3, dtype=torch.bfloat16)}}))


if __name__ == "__main__":
    images()
    datasets()
    model_archive()
    weight_files()

#!/usr/bin/python3
"""Reference outputs of a torchvision ResNet for tst_resnet.

Usage: make_torchvision_reference.py OUT_DIR ARCH   (ARCH: resnet18 or wide_resnet50_2)

Writes into OUT_DIR:
  ARCH.pth        torch.save(model.state_dict()): an OrderedDict carrying `_metadata`, as torchvision's
                  published weights do
  ARCH_plain.pth  the same tensors as a plain dict
  input.bin       the input, float32 little-endian, shape [2, 3, 96, 128]
  reference.json  {"arch", "torch", "torchvision", "input_shape", "layers": [{"shape", "sum", "abs_sum",
                  "first"}] for layer1..layer4}

Needs torch and torchvision (Debian: python3-torch, python3-torchvision). The network is torchvision's
own code with random weights (no download); batch norm running statistics and affine parameters are
perturbed so that loading them is really tested.
"""
import json
import os
import sys

import torch
import torchvision


def main():
    out_dir, arch = sys.argv[1], sys.argv[2]
    builders = {"resnet18": torchvision.models.resnet18, "wide_resnet50_2": torchvision.models.wide_resnet50_2}
    if arch not in builders:
        sys.exit(f"unknown arch {arch}")
    torch.manual_seed(0)
    model = builders[arch](weights=None).eval()

    gen = torch.Generator().manual_seed(1234)
    with torch.no_grad():
        for module in model.modules():
            if isinstance(module, torch.nn.BatchNorm2d):
                n = module.num_features
                module.running_mean.copy_((torch.rand(n, generator=gen) - 0.5) * 0.4)
                module.running_var.copy_(torch.rand(n, generator=gen) * 1.5 + 0.5)
                module.weight.copy_(torch.rand(n, generator=gen) + 0.5)
                module.bias.copy_((torch.rand(n, generator=gen) - 0.5) * 0.4)
                module.num_batches_tracked.fill_(int(torch.randint(1, 1000, (1,), generator=gen)))

    sd = model.state_dict()
    if not hasattr(sd, "_metadata"):
        sys.exit("state_dict() has no _metadata: the test would not cover torchvision's format")
    torch.save(sd, os.path.join(out_dir, f"{arch}.pth"))
    plain = dict(sd)
    assert not hasattr(plain, "_metadata")
    torch.save(plain, os.path.join(out_dir, f"{arch}_plain.pth"))

    x = torch.randn(2, 3, 96, 128, generator=torch.Generator().manual_seed(99))
    with open(os.path.join(out_dir, "input.bin"), "wb") as f:
        f.write(x.numpy().astype("<f4").tobytes())

    layers = []
    with torch.no_grad():
        h = model.maxpool(model.relu(model.bn1(model.conv1(x))))
        for layer in (model.layer1, model.layer2, model.layer3, model.layer4):
            h = layer(h)
            d = h.double()
            layers.append({
                "shape": list(h.shape),
                "sum": float(d.sum()),
                "abs_sum": float(d.abs().sum()),
                "first": [float(v) for v in h.flatten()[:8]],
            })
    with open(os.path.join(out_dir, "reference.json"), "w") as f:
        json.dump({"arch": arch, "torch": torch.__version__, "torchvision": torchvision.__version__,
                   "input_shape": list(x.shape), "layers": layers}, f, indent=1)


if __name__ == "__main__":
    main()

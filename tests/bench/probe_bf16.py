#!/usr/bin/python3
"""bf16 probe for issue 9: is CPU autocast to bfloat16 worth offering?

Times the lab's training step (reference_step.py's Net, Adam 1e-3, batch B,
resident float data, index_select batches) in fp32 and under
torch.autocast("cpu", dtype=torch.bfloat16) (oneDNN's bf16 convolutions and
GEMMs, fp32 master weights), rounds interleaved; then trains one epoch on N
images per seed in both precisions and evaluates the 10k test set.

Run with Debian's interpreter (the same libtorch as cnnlab):
  /usr/bin/python3 tests/bench/probe_bf16.py --data DIR [--threads 2]
"""

import argparse
import json
import os
import sys
import time

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reference_step import Net, load_images, load_labels  # noqa: E402


def step_fn(model, optimizer, bf16):
    def step(x, y):
        optimizer.zero_grad(set_to_none=True)
        if bf16:
            with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
                logits = model(x)
            loss = F.cross_entropy(logits.float(), y)
        else:
            loss = F.cross_entropy(model(x), y)
        loss.backward()
        optimizer.step()
        return loss

    return step


def time_steps(images, labels, batch, bf16, steps, seed=0):
    torch.manual_seed(seed)
    model = Net()
    model.train()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, eps=1e-7)
    step = step_fn(model, optimizer, bf16)
    order = torch.randperm(images.shape[0])
    times = []
    for i in range(steps + 3):
        idx = order[(i * batch) % (images.shape[0] - batch):][:batch]
        x, y = images.index_select(0, idx), labels.index_select(0, idx)
        t0 = time.perf_counter()
        step(x, y).item()
        if i >= 3:  # warm-up: oneDNN primitive creation
            times.append(time.perf_counter() - t0)
    times.sort()
    return times[len(times) // 2] * 1e3


def train_and_test(images, labels, test_x, test_y, batch, bf16, seed):
    torch.manual_seed(seed)
    model = Net()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, eps=1e-7)
    step = step_fn(model, optimizer, bf16)
    model.train()
    order = torch.randperm(images.shape[0])
    t0 = time.perf_counter()
    for start in range(0, images.shape[0], batch):
        idx = order[start : start + batch]
        step(images.index_select(0, idx), labels.index_select(0, idx))
    seconds = time.perf_counter() - t0
    model.eval()
    correct = 0
    with torch.no_grad():
        for start in range(0, test_x.shape[0], 500):
            x = test_x[start : start + 500]
            if bf16:
                with torch.autocast(device_type="cpu", dtype=torch.bfloat16):
                    logits = model(x)
            else:
                logits = model(x)
            correct += int((logits.float().argmax(1) == test_y[start : start + 500]).sum())
    return seconds, 100.0 * correct / test_x.shape[0]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--threads", type=int, default=os.cpu_count())
    parser.add_argument("--batches", default="32,128,1000")
    parser.add_argument("--steps", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--train-limit", type=int, default=9600)
    parser.add_argument("--seeds", type=int, default=3)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    images = load_images(args.data, "train-images-idx3-ubyte", 0)
    labels = load_labels(args.data, "train-labels-idx1-ubyte", 0)
    test_x = load_images(args.data, "t10k-images-idx3-ubyte", 0)
    test_y = load_labels(args.data, "t10k-labels-idx1-ubyte", 0)
    report = {"torch": torch.__version__, "threads": args.threads, "steps": {}, "accuracy": []}
    for batch in [int(b) for b in args.batches.split(",")]:
        steps = max(5, args.steps * 32 // batch)
        rows = {"fp32": [], "bf16": []}
        for _ in range(args.rounds):
            for name in ("fp32", "bf16"):
                rows[name].append(time_steps(images, labels, batch, name == "bf16", steps))
        best = {k: min(v) for k, v in rows.items()}
        report["steps"][batch] = {"ms": rows, "speedup": best["fp32"] / best["bf16"]}
        print(f"batch {batch}: fp32 {best['fp32']:.1f} ms, bf16 {best['bf16']:.1f} ms, "
              f"fp32/bf16 {best['fp32'] / best['bf16']:.2f}x  (median step, best of {args.rounds} rounds)",
              flush=True)
    train_x, train_y = images[: args.train_limit], labels[: args.train_limit]
    for seed in range(1, args.seeds + 1):
        row = {"seed": seed}
        for name in ("fp32", "bf16"):
            seconds, acc = train_and_test(train_x, train_y, test_x, test_y, 32, name == "bf16", seed)
            row[name] = {"seconds": seconds, "test_accuracy": acc}
        report["accuracy"].append(row)
        print(f"seed {seed}: 1 epoch of {args.train_limit} at batch 32: fp32 {row['fp32']['test_accuracy']:.2f} % "
              f"({row['fp32']['seconds']:.1f} s), bf16 {row['bf16']['test_accuracy']:.2f} % "
              f"({row['bf16']['seconds']:.1f} s)", flush=True)
    print(json.dumps(report))


if __name__ == "__main__":
    main()

#!/usr/bin/python3
"""Reference PyTorch training step for cnnlab-bench.

The lab's Keras MNIST CNN written the way a PyTorch user would write it
(nn.Module, F.cross_entropy, torch.optim.Adam), fed the way cnnlab's engine
feeds its model: the whole training set resident as a float tensor, one
randperm per epoch, index_select batches. Prints one JSON object on stdout.

Run it with Debian's interpreter (/usr/bin/python3): it must load the same
libtorch_cpu and the same BLAS as the C++ side for the comparison to mean
anything; the JSON says which libraries were loaded.
"""

import argparse
import ctypes
import gzip
import json
import os
import resource
import statistics
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


def read_idx(directory, stem):
    # Same search as cnnlab's loader: plain IDX first, then gzip.
    for name in (stem, stem + ".gz"):
        path = os.path.join(directory, name)
        if os.path.exists(path):
            opener = gzip.open if name.endswith(".gz") else open
            with opener(path, "rb") as f:
                data = f.read()
            dims = data[3]
            shape = [int.from_bytes(data[4 + 4 * i : 8 + 4 * i], "big") for i in range(dims)]
            return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)
    raise FileNotFoundError(os.path.join(directory, stem))


def load_images(directory, stem, limit):
    images = read_idx(directory, stem)
    if limit > 0:
        images = images[:limit]
    # uint8 -> float [0, 1], [N, 1, 28, 28], as cnnlab's engine does.
    return torch.from_numpy(images.copy()).to(torch.float32).div_(255.0).unsqueeze(1)


def load_labels(directory, stem, limit):
    labels = read_idx(directory, stem)
    if limit > 0:
        labels = labels[:limit]
    return torch.from_numpy(labels.copy()).to(torch.int64)


class Net(nn.Module):
    """The Keras MNIST CNN, layer for layer (as in pytorch/examples mnist)."""

    def __init__(self):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 32, 3)
        self.conv2 = nn.Conv2d(32, 64, 3)
        self.dropout1 = nn.Dropout(0.25)
        self.dropout2 = nn.Dropout(0.5)
        self.fc1 = nn.Linear(9216, 128)
        self.fc2 = nn.Linear(128, 10)
        # Keras' defaults, as cnnlab's kerasInit: Glorot-uniform kernels, zero biases.
        with torch.no_grad():
            for name, p in self.named_parameters():
                if name.endswith("weight"):
                    nn.init.xavier_uniform_(p)
                else:
                    nn.init.zeros_(p)

    def forward(self, x):
        x = F.relu(self.conv1(x))
        x = F.relu(self.conv2(x))
        x = F.max_pool2d(x, 2)
        x = self.dropout1(x)
        x = torch.flatten(x, 1)
        x = F.relu(self.fc1(x))
        x = self.dropout2(x)
        return self.fc2(x)


def loaded_libraries():
    # Which libtorch/BLAS/oneDNN/OpenMP this interpreter really mapped.
    found = set()
    try:
        with open("/proc/self/maps") as maps:
            for line in maps:
                path = line.split()[-1] if len(line.split()) >= 6 else ""
                base = os.path.basename(path)
                if any(k in base for k in ("blas", "dnnl", "gomp", "libtorch_cpu", "lapack")):
                    found.add(os.path.realpath(path))
    except OSError:
        pass
    return sorted(found)


class Contention:
    """Share of the machine other processes took, as cnnlab-bench measures it.

    System-wide busy time from /proc/stat (steal included) minus this process's
    CPU time, over wall time x CPUs. Steps are kept in blocks of >= block
    seconds; a block counts only if the share stayed under the threshold.
    """

    def __init__(self, block_seconds, threshold):
        self.block_seconds = block_seconds
        self.threshold = threshold
        self.cpus = os.cpu_count() or 1
        self.tick = os.sysconf("SC_CLK_TCK")
        self.worst = 0.0
        self.start = self.block_start = self.snapshot()

    def snapshot(self):
        with open("/proc/stat") as stat:
            fields = [float(v) for v in stat.readline().split()[1:9]]
        user, nice, system, _idle, _iowait, irq, softirq, steal = fields
        usage = resource.getrusage(resource.RUSAGE_SELF)
        own = usage.ru_utime + usage.ru_stime
        return time.perf_counter(), (user + nice + system + irq + softirq + steal) / self.tick, own

    def share(self, a, b):
        wall = b[0] - a[0]
        if wall <= 0:
            return 0.0
        return min(1.0, max(0.0, ((b[1] - a[1]) - (b[2] - a[2])) / (wall * self.cpus)))

    def block_due(self):
        return time.perf_counter() - self.block_start[0] >= self.block_seconds

    def close_block(self):
        """Returns whether the block that ends now was clean."""
        now = self.snapshot()
        share = self.share(self.block_start, now)
        self.block_start = now
        self.worst = max(self.worst, share)
        return share < self.threshold

    def elapsed(self):
        return time.perf_counter() - self.start[0]


def train(args, model, train_x, train_y):
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, eps=1e-7)
    model.train()
    n = train_x.size(0)
    batch = min(args.batch, n)
    steps_per_epoch = max(1, n // batch)
    phase_names = ("batch", "zero_grad", "forward", "loss", "backward", "step")
    state = {"i": 0, "perm": None, "running_loss": 0.0, "correct": torch.zeros((), dtype=torch.int64)}
    clock = time.perf_counter

    def one_step():
        k = state["i"] % steps_per_epoch
        state["i"] += 1
        t0 = clock()
        if k == 0:
            state["perm"] = torch.randperm(n)
        idx = state["perm"][k * batch : (k + 1) * batch]
        x = train_x.index_select(0, idx)
        y = train_y.index_select(0, idx)
        t1 = clock()
        optimizer.zero_grad()
        t2 = clock()
        out = model(x)
        t3 = clock()
        loss = F.cross_entropy(out, y)
        t4 = clock()
        loss.backward()
        t5 = clock()
        optimizer.step()
        # The usual bookkeeping: loss as a Python float, accuracy on the tensor side.
        state["running_loss"] += loss.item()
        state["correct"] += out.detach().argmax(1).eq(y).sum()
        t6 = clock()
        return (t6 - t0) * 1e3, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5)

    for _ in range(args.warmup):
        one_step()
    gate = Contention(args.block_seconds, args.clean_threshold)
    clean, every, block = [], [], []
    clean_phases = [0.0] * 6
    every_phases = [0.0] * 6
    while len(clean) < args.steps:
        if args.max_seconds > 0 and gate.elapsed() >= args.max_seconds:
            break
        if args.max_seconds <= 0 and len(every) + len(block) >= args.steps:
            break
        block.append(one_step())
        if gate.block_due():
            is_clean = gate.close_block()
            for ms, phases in block:
                every.append(ms)
                every_phases = [a + b for a, b in zip(every_phases, phases)]
                if is_clean:
                    clean.append(ms)
                    clean_phases = [a + b for a, b in zip(clean_phases, phases)]
            block = []
    if block:
        is_clean = gate.close_block()
        for ms, phases in block:
            every.append(ms)
            every_phases = [a + b for a, b in zip(every_phases, phases)]
            if is_clean:
                clean.append(ms)
                clean_phases = [a + b for a, b in zip(clean_phases, phases)]
    contended = len(clean) < max(1, args.steps)
    times_ms = every if contended else clean
    phase_sums = every_phases if contended else clean_phases
    result = {
        "step_ms": times_ms,
        "contended": contended,
        "steps_run": len(every),
        "others_worst_share": gate.worst,
        "median_ms": statistics.median(times_ms) if times_ms else None,
        "phases_ms": {
            name: value * 1e3 / max(1, len(times_ms)) for name, value in zip(phase_names, phase_sums)
        },
        "final_loss": state["running_loss"] / max(1, state["i"]),
    }
    if args.profile_steps > 0:
        # Same (legacy) profiler as the C++ side, so self times compare op by op.
        with torch.autograd.profiler.profile(use_kineto=False) as prof:
            for _ in range(args.profile_steps):
                one_step()
        result["ops_self_ms"] = {
            e.key: e.self_cpu_time_total / 1e3 / args.profile_steps for e in prof.key_averages()
        }
    return result


def evaluate(args, model, test_x, test_y):
    model.eval()
    times_ms, shares = [], []
    accuracy = 0.0
    gate = Contention(0.0, args.clean_threshold)
    with torch.no_grad():
        model(test_x[: args.eval_batch])  # warm-up, as the C++ side does
        clean = 0
        while clean < args.eval_repeats:
            if len(times_ms) >= args.eval_repeats and (
                args.max_seconds <= 0 or gate.elapsed() >= args.max_seconds
            ):
                break
            before = gate.snapshot()
            t0 = time.perf_counter()
            loss_sum = torch.zeros((), dtype=torch.float64)
            correct = torch.zeros((), dtype=torch.int64)
            for first in range(0, test_x.size(0), args.eval_batch):
                x = test_x[first : first + args.eval_batch]
                y = test_y[first : first + args.eval_batch]
                out = model(x)
                loss_sum += F.cross_entropy(out, y, reduction="sum").to(torch.float64)
                correct += out.argmax(1).eq(y).sum()
            accuracy = correct.item() / test_x.size(0)
            loss_sum.item()
            times_ms.append((time.perf_counter() - t0) * 1e3)
            shares.append(gate.share(before, gate.snapshot()))
            clean += shares[-1] < args.clean_threshold
    model.train()
    return {"eval_ms": times_ms, "eval_others_share": shares, "eval_images": test_x.size(0),
            "eval_accuracy": accuracy}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, required=True)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--steps", type=int, default=50, help="timed (clean) steps wanted (0: none)")
    parser.add_argument("--warmup", type=int, default=5, help="untimed steps first")
    parser.add_argument("--data", required=True, help="directory with the MNIST IDX files")
    parser.add_argument("--train-limit", type=int, default=0, help="first N training images; 0: all")
    parser.add_argument("--eval", action="store_true", help="also time the test-set evaluation")
    parser.add_argument("--eval-limit", type=int, default=0, help="first N test images; 0: all")
    parser.add_argument("--eval-batch", type=int, default=500)
    parser.add_argument("--eval-repeats", type=int, default=1, help="clean evaluations wanted")
    parser.add_argument("--block-seconds", type=float, default=0.5, help="contention check interval")
    parser.add_argument("--clean-threshold", type=float, default=0.10,
                        help="a block counts if other processes took less than this share of the CPUs")
    parser.add_argument("--max-seconds", type=float, default=0.0,
                        help="give up waiting for clean steps after this long (0: run --steps steps)")
    parser.add_argument("--profile-steps", type=int, default=0, help="then N steps under the profiler")
    parser.add_argument("--mallopt", action="store_true",
                        help="apply cnnlab's allocator setting (M_MMAP_THRESHOLD 32 MiB, M_TRIM_THRESHOLD 512 MiB)")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()

    if args.mallopt:
        # What cnnlab's engine does in tuneAllocator(), to tell the allocator's
        # share of a C++/Python difference from the interpreter's.
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(-3, 32 * 1024 * 1024)  # M_MMAP_THRESHOLD
        libc.mallopt(-1, 512 * 1024 * 1024)  # M_TRIM_THRESHOLD
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    result = {
        "torch": torch.__version__,
        "threads": torch.get_num_threads(),
        "batch": args.batch,
        "libraries": [],
    }
    model = Net()
    if args.steps > 0 or args.profile_steps > 0:
        train_x = load_images(args.data, "train-images-idx3-ubyte", args.train_limit)
        train_y = load_labels(args.data, "train-labels-idx1-ubyte", args.train_limit)
        result.update(train(args, model, train_x, train_y))
        del train_x, train_y
    if args.eval:
        test_x = load_images(args.data, "t10k-images-idx3-ubyte", args.eval_limit)
        test_y = load_labels(args.data, "t10k-labels-idx1-ubyte", args.eval_limit)
        result.update(evaluate(args, model, test_x, test_y))
    result["libraries"] = loaded_libraries()
    json.dump(result, sys.stdout)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/python3
"""End-to-end reference for cnnlab-bench: the whole job as a PyTorch user writes it.

Load MNIST, train the lab's CNN (reference_step.py's Net, Adam 1e-3) for one
epoch on the first N training images at batch 32, evaluate the 10k test set,
print the accuracy, exit. The bench times the whole process (interpreter
start, `import torch`, loading, training, evaluation), as it times
`cnnlab-train` doing the same job.

--feed dataloader (default) is the idiomatic script: TensorDataset +
DataLoader(shuffle=True), as pytorch/examples' mnist does with torchvision's
dataset. --feed resident is a tuned script: the training set as one tensor,
randperm + index_select per batch, as cnnlab's engine feeds its model.
"""

import argparse
import os
import sys

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from reference_step import Net, load_images, load_labels  # noqa: E402


def batches(images, labels, batch, feed):
    if feed == "dataloader":
        dataset = torch.utils.data.TensorDataset(images, labels)
        yield from torch.utils.data.DataLoader(dataset, batch_size=batch, shuffle=True)
        return
    order = torch.randperm(images.shape[0])
    for start in range(0, images.shape[0], batch):
        idx = order[start : start + batch]
        yield images.index_select(0, idx), labels.index_select(0, idx)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--train-limit", type=int, default=9600)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--threads", type=int, default=0)
    parser.add_argument("--feed", choices=("dataloader", "resident"), default="dataloader")
    args = parser.parse_args()
    if args.threads > 0:
        torch.set_num_threads(args.threads)
    torch.manual_seed(42)
    train_x = load_images(args.data, "train-images-idx3-ubyte", args.train_limit)
    train_y = load_labels(args.data, "train-labels-idx1-ubyte", args.train_limit)
    test_x = load_images(args.data, "t10k-images-idx3-ubyte", 0)
    test_y = load_labels(args.data, "t10k-labels-idx1-ubyte", 0)

    model = Net()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3, eps=1e-7)
    model.train()
    for x, y in batches(train_x, train_y, args.batch, args.feed):
        optimizer.zero_grad()
        loss = F.cross_entropy(model(x), y)
        loss.backward()
        optimizer.step()

    model.eval()
    correct = 0
    with torch.no_grad():
        for start in range(0, test_x.shape[0], 1000):
            logits = model(test_x[start : start + 1000])
            correct += int((logits.argmax(1) == test_y[start : start + 1000]).sum())
    print(f"test accuracy {100.0 * correct / test_x.shape[0]:.2f} %")


if __name__ == "__main__":
    main()

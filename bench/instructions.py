"""Instructions per pass of the rules-only pipeline, component by component (valgrind).

    python bench/instructions.py       # needs valgrind; about 4 minutes on 2 cores

Time on a shared machine varies by 10–30 % from run to run; instruction counts do not.
This counts, with ``valgrind --tool=callgrind``, the instructions of one pass of
``nlp.pipe(texts, batch_size=16)`` over the corpus of ``bench/speed.py`` (each article
once) for (a) spaCy's blank English tokenizer and for vnentities rules only cut after
each of its components (its tokenizer alone, then one component more each time). Each
count runs in its own process, with the instrumentation switched on only after the
pipeline is loaded and has made one warm-up pass (the caches full, as in a long run), and
is taken as the difference between four passes and none, divided by four. A component's
cost is the difference between consecutive cuts.

It prints a Markdown table and b/a in instructions: the tokenizer's instructions per
pass over the whole pipeline's.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import spacy
from speed import BATCH_SIZE, corpus, run

import vnentities
from vnentities.pipeline import BLANK, COMPONENTS

PASSES = 4
COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def child(system: str, passes: int) -> None:
    """In valgrind: load ``system``, warm up, switch the instrumentation on, make ``passes`` passes."""
    if system == "a":
        nlp = spacy.blank("en")
    else:
        nlp = vnentities.load(BLANK)
        for name in nlp.pipe_names[int(system[1:]) :]:
            nlp.remove_pipe(name)
    texts = corpus(1)
    run(nlp, texts)
    subprocess.run(["callgrind_control", "--instr=on", str(os.getpid())], check=True, capture_output=True)
    for _ in range(passes):
        run(nlp, texts)


def collected(system: str, passes: int) -> int:
    """The instructions valgrind counted for ``child(system, passes)``."""
    command = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--callgrind-out-file=/dev/null",
               sys.executable, __file__, "--child", system, str(passes)]
    result = subprocess.run(command, capture_output=True, text=True, check=True)
    return int(COLLECTED.search(result.stderr).group(1))


def per_pass(system: str) -> float:
    """Instructions of one pass of ``system``, in millions."""
    return (collected(system, PASSES) - collected(system, 0)) / PASSES / 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--child", nargs=2, metavar=("SYSTEM", "PASSES"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]))
        return
    if not shutil.which("valgrind"):
        raise SystemExit("valgrind is not installed")
    systems = ["a", *(f"b{k}" for k in range(len(COMPONENTS) + 1))]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        counts = dict(zip(systems, pool.map(per_pass, systems), strict=True))
    tokens = run(spacy.blank("en"), corpus(1))
    print(f"Instructions per pass over {tokens:,} tokens (millions), `nlp.pipe`, batch size {BATCH_SIZE}:\n")
    print("| system | instructions | of which | share of (b) |")
    print("|---|---:|---:|---:|")
    total = counts[f"b{len(COMPONENTS)}"]
    print(f"| (a) spaCy blank English tokenizer | {counts['a']:.1f} | | |")
    print(f"| (b) vnentities, rules only | {total:.1f} | | |")
    previous = 0.0
    for k, name in enumerate(("tokenizer", *COMPONENTS)):
        cost = counts[f"b{k}"] - previous
        previous = counts[f"b{k}"]
        print(f"| | | {name}: {cost:.1f} | {cost / total:.0%} |")
    print(f"\nb/a in instructions: {counts['a'] / total:.2f}")


if __name__ == "__main__":
    main()

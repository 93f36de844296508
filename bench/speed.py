"""Speed of vnentities against the bare spaCy pipelines.

    python bench/speed.py              # the full run: about 10 minutes on 2 cores
    python bench/speed.py --quick      # a 0.25 MB corpus and one round: a rough look only

Progress goes to stderr, the Markdown report to stdout.

Systems, all run with ``nlp.pipe(texts, batch_size=16)`` over the same texts:

    (a) spaCy's blank English tokenizer      ``spacy.blank("en")``
    (b) vnentities, rules only               ``vnentities.load("blank")``
    (c) en_core_web_sm alone                 ``spacy.load(<installed en_core_web_sm>)``
    (d) vnentities on en_core_web_sm         ``vnentities.load()``

Corpus: the seed articles (``tests/data/*.txt``) and the hand-written articles in
``bench/articles.jsonl`` (written for this benchmark in the style of Vietnamese
English-language news; the events and quotes are illustrative, not reports),
repeated until the corpus holds at least 1 MB of text.

Steps:

1. Check, before timing, that (b) and (d) give the results the tests score: on the
   seed, dev and held-out gold files their scores must meet the floors that
   ``tests/test_gold.py`` asserts, and ``nlp.pipe`` (the timed path) must give, on every
   gold text, exactly the entities ``vnentities.extract`` gives. Exit status 1 if not.
2. Throughput: tokens per second of each system over the corpus, each system's own
   tokens, best of ``--rounds`` rounds (default 2) with the four systems interleaved in
   every round.
   Time is the process's CPU time (``time.process_time``): the machine is shared, and CPU
   time is less disturbed by other loads than wall time. Ratios: b/a and d/c.
3. Load: the pipeline's load call, timed in a fresh subprocess after the imports, best of
   three subprocesses (import time and the first short document are shown apart).
4. Peak memory: each system in its own subprocess loads and runs over the corpus; the
   peak resident set size is the process's ``VmHWM`` from ``/proc/self/status`` (on Linux,
   ``resource.getrusage(RUSAGE_SELF).ru_maxrss`` keeps the parent's peak across fork and
   exec, so it would report this script's own size; it is the fallback elsewhere). The
   batch size drives the memory of the statistical pipelines: (c) and (d) are measured
   again with spaCy's default ``batch_size=1000``, for information.
5. Scaling: one article repeated 1, 10 and 100 times in a single document (100, 10 and 1
   such documents, so each size has the same number of tokens), through (b) (best of
   ``--rounds``) and (d) (one round), each in its own subprocess (a process holding all four
   pipelines pays full garbage collections over the others' objects, which would blur the
   measure): the CPU time per 1,000 tokens must not grow with the length (at ×100 at most
   1.5 times that at ×1; a quadratic pass would make it ~100 times).

The results are printed as Markdown, with each target marked PASS or FAIL.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import spacy
from spacy.language import Language

import vnentities
from vnentities.pipeline import BLANK, default_base
from vnentities.scoring import HEADLINE, evaluate, read_gold

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
ARTICLES = ROOT / "bench" / "articles.jsonl"
GOLD = {"seeds": DATA / "gold" / "seeds.jsonl", "dev": DATA / "dev" / "dev.jsonl",
        "held-out": DATA / "heldout" / "heldout.jsonl"}
SCALING_ARTICLE = "state-visit-indonesia"
BATCH_SIZE = 16
NAMES = {
    "a": "spaCy blank English tokenizer",
    "b": "vnentities, rules only",
    "c": "`en_core_web_sm` alone",
    "d": "vnentities on `en_core_web_sm`",
}
TARGETS = {"b/a": 0.5, "d/c": 0.85, "load (b)": 1.5, "memory (d)": 400.0, "scaling": 1.5}


def build(system: str) -> Language:
    """The pipeline of ``system`` (``a`` to ``d``)."""
    base = default_base()
    if system in "cd" and base == BLANK:
        raise SystemExit("en_core_web_sm is not installed: pip install -e '.[test]'")
    return {
        "a": lambda: spacy.blank("en"),
        "b": lambda: vnentities.load(BLANK),
        "c": lambda: spacy.load(base),
        "d": lambda: vnentities.load(base),
    }[system]()


def articles() -> list[dict[str, str]]:
    """The hand-written articles: ``id`` and ``text``."""
    lines = ARTICLES.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def corpus(min_bytes: int) -> list[str]:
    """Seed and hand-written articles, repeated to at least ``min_bytes`` of UTF-8 text."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))]
    texts += [a["text"] for a in articles()]
    size = sum(len(t.encode("utf-8")) for t in texts)
    return texts * -(-min_bytes // size)


def progress(message: str) -> None:
    """Report progress on stderr."""
    print(message, file=sys.stderr, flush=True)


def run(nlp: Language, texts: Iterable[str], batch_size: int = BATCH_SIZE) -> int:
    """Run ``nlp`` over ``texts``; the number of tokens."""
    return sum(len(doc) for doc in nlp.pipe(texts, batch_size=batch_size))


# 1. the check


def entities(doc) -> list[tuple]:
    """A doc's entities as ``extract`` reports them: offsets, label, text, norm."""
    return [(e.start_char, e.end_char, e.label_, e.text, e.kb_id_ or None) for e in doc.ents]


def check(system: str, nlp: Language) -> list[str]:
    """What differs from the test suite's results for ``system`` (``b`` or ``d``); empty if nothing."""
    problems = []
    reports = {name: evaluate(path, nlp) for name, path in GOLD.items()}
    seeds = reports["seeds"]
    floors = [("seeds", "headline F1", seeds.headline.f1, 0.95),
              ("seeds", "headline norm accuracy", seeds.headline.norm_accuracy,
               0.97 if system == "d" else 0.95)]
    if system == "d":
        floors.append(("seeds", "overall F1", seeds.overall.f1, 0.97))
        floors += [("seeds", f"{label} F1", seeds.labels[label].f1, 0.95) for label in HEADLINE]
    for name, floor in (("dev", 0.90), ("held-out", 0.88)):
        floors += [(name, "headline F1", reports[name].headline.f1, floor),
                   (name, "headline norm accuracy", reports[name].headline.norm_accuracy, 0.90)]
    for name, what, value, floor in floors:
        if value < floor:
            problems.append(f"({system}) {name} {what} {value:.3f} < {floor}")
    for name, path in GOLD.items():
        gold = read_gold(path)
        docs = []
        for g in gold:
            doc = nlp.make_doc(g.text)
            doc._.doc_date = g.doc_date
            docs.append(doc)
        for g, doc in zip(gold, nlp.pipe(docs), strict=True):
            expected = vnentities.extract(g.text, g.doc_date, nlp=nlp).entities
            if entities(doc) != [(e.start, e.end, e.label, e.text, e.norm) for e in expected]:
                problems.append(f"({system}) {name} {g.id}: nlp.pipe and extract differ")
    scores = ", ".join(f"{name} {r.headline.f1:.3f}/{r.headline.norm_accuracy:.3f}"
                       for name, r in reports.items())
    progress(f"check ({system}): headline F1 / norm accuracy: {scores}")
    return problems


# 2. throughput, 5. scaling


def cpu_seconds(work: Callable[[], int]) -> tuple[float, int]:
    """CPU seconds ``work`` takes, and what it returns."""
    start = time.process_time()
    result = work()
    return time.process_time() - start, result


def throughput(nlps: dict[str, Language], texts: list[str], rounds: int) -> dict[str, float]:
    """Tokens per CPU second of each pipeline, best of ``rounds`` interleaved rounds."""
    best: dict[str, float] = {}
    for number in range(rounds):
        for system, nlp in nlps.items():
            seconds, tokens = cpu_seconds(lambda nlp=nlp: run(nlp, texts))
            best[system] = max(best.get(system, 0.0), tokens / seconds)
            progress(f"round {number + 1}: ({system}) {tokens / seconds:,.0f} tokens/s")
    return best


def scaling(nlp: Language, article: str, rounds: int) -> dict[int, tuple[int, float]]:
    """Tokens and CPU milliseconds per 1,000 tokens of ``article`` × 1, 10, 100 in one doc."""
    result = {}
    for times in (1, 10, 100):
        text = "\n\n".join([article] * times)
        copies = 100 // times
        per_k = min(
            cpu_seconds(lambda text=text, copies=copies: run(nlp, [text] * copies))
            for _ in range(rounds)
        )
        seconds, tokens = per_k
        result[times] = (tokens // copies, seconds / tokens * 1e6)
    return result


# 3. load, 4. memory, 5. scaling: one subprocess each


def child(task: str, system: str, min_bytes: int, batch_size: int = BATCH_SIZE, rounds: int = 1) -> dict:
    """Run ``task`` (``load``, ``memory`` or ``scaling``) for ``system`` in a fresh interpreter."""
    progress(f"{task} ({system}) in a subprocess")
    command = [sys.executable, __file__, "--child", task, system, "--bytes", str(min_bytes),
               "--batch-size", str(batch_size), "--rounds", str(rounds)]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return json.loads(output.splitlines()[-1])


def child_main(task: str, system: str, min_bytes: int, batch_size: int, rounds: int) -> None:
    """In the subprocess: time the load, measure the scaling, or run the corpus and report the peak memory."""
    if task == "scaling":
        nlp = build(system)
        article = next(a["text"] for a in articles() if a["id"] == SCALING_ARTICLE)
        run(nlp, [article])  # warm up: lazy imports, dateparser, caches
        print(json.dumps(scaling(nlp, article, rounds)))
    elif task == "load":
        start = time.perf_counter()
        nlp = build(system)
        loaded = time.perf_counter()
        nlp("HÀ NỘI, March 10, 2025 – President Lương Cường met Prime Minister Anwar Ibrahim on Monday.")
        first = time.perf_counter()
        print(json.dumps({"load": loaded - start, "first_doc": first - loaded}))
    else:
        run(build(system), corpus(min_bytes), batch_size)
        print(json.dumps({"peak_mb": peak_memory_mb()}))


def scaling_apart(system: str, rounds: int) -> dict[int, tuple[int, float]]:
    """``scaling`` of ``system``, measured in a fresh interpreter."""
    rows = child("scaling", system, 0, rounds=rounds)
    return {int(times): (tokens, per_k) for times, (tokens, per_k) in rows.items()}


def peak_memory_mb() -> float:
    """Peak resident set size of this process, MB: VmHWM on Linux, else ru_maxrss."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss / 1024 / (1024 if sys.platform == "darwin" else 1)


def import_seconds() -> float:
    """Wall seconds to import spacy and vnentities in a fresh interpreter."""
    code = "import time; t = time.perf_counter(); import spacy, vnentities; print(time.perf_counter() - t)"
    return float(subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                                text=True).stdout)


# report


def verdict(ok: bool) -> str:
    """PASS or FAIL."""
    return "PASS" if ok else "FAIL"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="0.25 MB and one round")
    parser.add_argument("--rounds", type=int, default=2, help="timing rounds (default 2)")
    parser.add_argument("--bytes", type=int, default=1_000_000, help="minimum corpus size")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--batch-size", type=int, default=BATCH_SIZE, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_main(*args.child, args.bytes, args.batch_size, args.rounds)
        return
    if args.quick:
        args.bytes, args.rounds = 250_000, 1

    nlps = {system: build(system) for system in "abcd"}
    problems = check("b", nlps["b"]) + check("d", nlps["d"])
    if problems:
        print("\n".join(["The pipelines do not reproduce the test suite's results:", *problems]),
              file=sys.stderr)
        sys.exit(1)

    texts = corpus(args.bytes)
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    for nlp in nlps.values():  # warm up: lazy imports, dateparser, caches
        run(nlp, texts[:20])
    speed = throughput(nlps, texts, args.rounds)
    growth = {"b": scaling_apart("b", args.rounds), "d": scaling_apart("d", 1)}
    loads = {
        system: min((child("load", system, args.bytes) for _ in range(3)), key=lambda r: r["load"])
        for system in "abcd"
    }
    memory = {system: child("memory", system, args.bytes)["peak_mb"] for system in "abcd"}
    memory_1000 = {system: child("memory", system, args.bytes, 1000)["peak_mb"] for system in "cd"}
    imports = import_seconds()

    ratios = {"b": speed["b"] / speed["a"], "d": speed["d"] / speed["c"]}
    print(f"\nCorpus: {len(texts)} texts, {megabytes:.2f} MB. Machine: {os.cpu_count()} CPUs, "
          f"{platform.python_implementation()} {platform.python_version()}, spaCy {spacy.__version__}, "
          f"{platform.machine()}. Import of spacy + vnentities: {imports:.2f} s.\n")
    print(f"| system | tokens/s (CPU) | ratio | load (s) | first doc (s) | peak memory (MB), "
          f"batch {BATCH_SIZE} | peak memory (MB), batch 1000 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for system in "abcd":
        ratio = {"b": f"b/a = {ratios['b']:.2f}", "d": f"d/c = {ratios['d']:.2f}"}.get(system, "")
        default_batch = f"{memory_1000[system]:.0f}" if system in memory_1000 else ""
        print(f"| ({system}) {NAMES[system]} | {speed[system]:,.0f} | {ratio} | "
              f"{loads[system]['load']:.2f} | {loads[system]['first_doc']:.2f} | {memory[system]:.0f} | "
              f"{default_batch} |")
    print(f"\nScaling: article `{SCALING_ARTICLE}` repeated in one document, CPU ms per 1,000 tokens.\n")
    print("| article × | tokens | (b) ms / 1k tokens | (d) ms / 1k tokens |")
    print("|---:|---:|---:|---:|")
    for times in (1, 10, 100):
        b, d = growth["b"][times], growth["d"][times]
        print(f"| {times} | {b[0]:,} | {b[1]:.2f} | {d[1]:.2f} |")
    spread = {s: g[100][1] / g[1][1] for s, g in growth.items()}
    print("\n| target | measured | result |")
    print("|---|---:|---|")
    rows = [
        ("b/a ≥ 0.5", f"{ratios['b']:.2f}", ratios["b"] >= TARGETS["b/a"]),
        ("d/c ≥ 0.85", f"{ratios['d']:.2f}", ratios["d"] >= TARGETS["d/c"]),
        ("load of (b) < 1.5 s", f"{loads['b']['load']:.2f} s", loads["b"]["load"] < TARGETS["load (b)"]),
        (f"peak memory of (d) < 400 MB (batch {BATCH_SIZE})", f"{memory['d']:.0f} MB",
         memory["d"] < TARGETS["memory (d)"]),
        ("linear in length (b): time per token at ×100 / at ×1 ≤ 1.5", f"{spread['b']:.2f}",
         spread["b"] <= TARGETS["scaling"]),
        ("linear in length (d): time per token at ×100 / at ×1 ≤ 1.5", f"{spread['d']:.2f}",
         spread["d"] <= TARGETS["scaling"]),
    ]
    for target, measured, ok in rows:
        print(f"| {target} | {measured} | {verdict(ok)} |")


if __name__ == "__main__":
    main()

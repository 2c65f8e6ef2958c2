#!/usr/bin/env python3
"""Make the scale workload: N articles (default 100,000) built from real Reuters stories.

Each article starts from one real story (its headline, date and dateline paragraph),
keeps a random subset of that story's paragraphs in their order, and takes one to
three paragraphs from other stories published within three days of it — as a wire
digest or a follow-up story would. Every sentence is a real sentence from the wire;
the publication dates are the real ones; the vocabulary and the entity overlap between
articles are those of the real archive. The output is deterministic for a given seed.

Input: the dated Markdown articles that scripts/reuters_to_md.py makes from
Reuters-21578 (one file per story with `published:` front matter).

    python3 benches/make_scale_set.py --reuters ~/.cache/newsgraph-data/reuters \
        --out ~/.cache/newsgraph-data/scale-100k [--count 100000] [--seed 7]
"""

import argparse
import bisect
import datetime as dt
import os
import random
import sys


def read_story(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not text.startswith("---\n"):
        return None
    end = text.find("\n---\n", 4)
    if end < 0:
        return None
    meta = {}
    for line in text[4:end].splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip().strip('"')
    body = text[end + 5 :]
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    if "published" not in meta or not paragraphs:
        return None
    try:
        date = dt.date.fromisoformat(meta["published"])
    except ValueError:
        return None
    return {"title": meta.get("title", ""), "date": date, "paragraphs": paragraphs}


def load(root):
    stories = []
    for folder, _, files in sorted(os.walk(root)):
        for name in sorted(files):
            if name.endswith(".md"):
                s = read_story(os.path.join(folder, name))
                if s:
                    stories.append(s)
    stories.sort(key=lambda s: s["date"])
    return stories


def yaml_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reuters", required=True, help="folder of dated Reuters Markdown stories")
    ap.add_argument("--out", required=True, help="output folder (created; must be empty or absent)")
    ap.add_argument("--count", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    stories = load(args.reuters)
    if not stories:
        sys.exit(f"{args.reuters}: no dated stories found")
    if os.path.isdir(args.out) and os.listdir(args.out):
        sys.exit(f"{args.out}: not empty")
    dates = [s["date"] for s in stories]
    rng = random.Random(args.seed)
    total = 0
    for n in range(args.count):
        base = stories[rng.randrange(len(stories))]
        paras = base["paragraphs"]
        # The dateline paragraph always stays; of the rest, each is kept with
        # probability 0.7 (at least one when there is one).
        rest = [p for p in paras[1:] if rng.random() < 0.7]
        if not rest and len(paras) > 1:
            rest = [paras[rng.randrange(1, len(paras))]]
        lo = bisect.bisect_left(dates, base["date"] - dt.timedelta(days=3))
        hi = bisect.bisect_right(dates, base["date"] + dt.timedelta(days=3))
        for _ in range(rng.randint(1, 3)):
            other = stories[rng.randrange(lo, hi)]
            if other is not base and len(other["paragraphs"]) > 1:
                rest.append(other["paragraphs"][rng.randrange(1, len(other["paragraphs"]))])
        body = "\n\n".join([paras[0]] + rest)
        text = (
            "---\n"
            f"title: {yaml_string(base['title'])}\n"
            f"published: {base['date'].isoformat()}\n"
            f'source: "newsgraph scale set {args.seed}/{n}"\n'
            "---\n"
            f"{body}\n"
        )
        folder = os.path.join(args.out, f"{n // 1000:03d}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"{n % 1000:03d}.md"), "w", encoding="utf-8") as f:
            f.write(text)
        total += len(text.encode("utf-8"))
    print(f"{args.count} articles, {total / 1e6:.1f} MB in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()

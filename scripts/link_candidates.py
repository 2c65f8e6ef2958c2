#!/usr/bin/env python3
"""List, for every entity of an annotated article, the rows of the bundled gazetteer
(data/gazetteer/*.tsv) whose name or alias matches it: the candidates an annotator
chooses from when writing an article's expected links (`links` in eval/README.md).

It reads only the repository's gazetteer and the annotation files, never the
extractor, so the expected links do not depend on what the linker does.

Usage: scripts/link_candidates.py ANNOTATION.json... > candidates.txt

Keys printed: `Q…` for people and organizations (Wikidata), `C:XX` for countries
(ISO code), `G…` for GeoNames places (`Q…` for places without a GeoNames id). `scripts/link_candidates.py --expand KEY` prints
the identifiers a key stands for (a place row carries both its GeoNames id and its
Wikidata QID).
"""
import csv
import json
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

GAZ = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
csv.field_size_limit(1 << 30)


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace(".", "").replace("'", "").replace("’", "").replace("-", " ")
    return " ".join(s.casefold().split())


def rows(name):
    with open(GAZ / name, encoding="utf-8") as f:
        yield from csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)


def split(cell):
    return [x for x in (cell or "").split("|") if x]


class Index:
    def __init__(self):
        self.full = defaultdict(list)  # norm name -> [(key, description)]
        self.surname = defaultdict(list)
        self.desc = {}
        self.ids = {}
        for r in rows("countries.tsv"):
            key = f"C:{r['iso2']}"
            self.desc[key] = f"country {r['name']}"
            self.ids[key] = [x for x in (r["qid"] and r["qid"], r["geonameid"] and f"geonames:{r['geonameid']}") if x]
            for n in [r["name"], r["official_name"], r["iso2"], r["iso3"]] + split(r["alt_names"]):
                if n:
                    self.full[norm(n)].append(key)
        for r in rows("places.tsv"):
            if r["kind"] == "country":
                continue
            key = f"G{r['geonameid']}" if r["geonameid"] else r["qid"]
            if not key:
                continue
            pop = int(r["population"] or 0)
            self.desc[key] = f"{r['kind']} {r['name']} ({r['country'] or '-'}, {r['feature'] or '-'}, population {pop:,}) wikidata {r['qid'] or '-'}"
            self.ids[key] = [x for x in (r["qid"], r["geonameid"] and f"geonames:{r['geonameid']}") if x]
            for n in [r["name"]] + split(r["alt_names"]):
                self.full[norm(n)].append(key)
        for r in rows("organizations.tsv"):
            if not r["qid"]:
                continue
            key = r["qid"]
            self.desc[key] = f"organization {r['name']} [{r['abbreviation'] or '-'}] ({r['kind']}, {r['country'] or '-'})"
            self.ids[key] = [key]
            for n in [r["name"], r["abbreviation"]] + split(r["alt_names"]):
                if n:
                    self.full[norm(n)].append(key)
        for r in rows("people.tsv"):
            key = r["qid"]
            pos = []
            for p in split(r["positions"]):
                label, _pq, country, start, end = (p.split("~") + [""] * 5)[:5]
                pos.append(f"{label} [{country or '-'}] {start[:4] or '?'}-{end[:4] or ''}")
            self.desc[key] = f"person {r['name']}: " + "; ".join(pos[:6]) + (" …" if len(pos) > 6 else "")
            self.ids[key] = [key]
            names = [r["name"]] + split(r["alt_names"])
            for n in names:
                self.full[norm(n)].append(key)
            last = norm(r["name"]).split()
            if last:
                self.surname[last[-1]].append(key)

    def candidates(self, kind, forms):
        out = []
        for f in forms:
            for k in self.full.get(norm(f), []):
                if k not in out:
                    out.append(k)
        if kind == "persons":
            for f in forms:
                toks = norm(f).split()
                if len(toks) == 1 or not out:
                    for k in self.surname.get(toks[-1] if toks else "", [])[:25]:
                        if k not in out:
                            out.append(k)
        return out


def main():
    if sys.argv[1:2] == ["--expand"]:
        idx = Index()
        for key in sys.argv[2:]:
            print(key, " ".join(idx.ids.get(key, ["?"])))
        return
    idx = Index()
    for path in sys.argv[1:]:
        a = json.load(open(path, encoding="utf-8"))
        print(f"=== {path}  (article: {a['path']})")
        for kind in ("persons", "organizations", "places"):
            for name in a.get(kind, []):
                forms = [x.strip() for x in name.split("|")]
                cands = idx.candidates(kind, forms)
                print(f"- [{kind[:-1]}] {name}")
                if not cands:
                    print("    (no candidate in the bundled data)")
                for k in cands[:25]:
                    print(f"    {k}: {idx.desc[k]}")
        print()


if __name__ == "__main__":
    main()

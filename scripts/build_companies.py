#!/usr/bin/env python3
"""Build data/gazetteer/companies.tsv: listed companies, in bulk, from pytickersymbols.

Usage:
    pip download --no-deps pytickersymbols==1.17.10      # from PyPI, MIT licence
    python3 scripts/build_companies.py pytickersymbols-1.17.10-py3-none-any.whl

The wheel's `pytickersymbols/indices_data.py` holds the member companies of 20 stock
indices (S&P 500, FTSE 100, DAX, CAC 40, Nikkei 225, AEX …) with their names, countries
and headquarters, gathered by its authors from Wikipedia. The script reads that data
only (no code of the package is run: the module is parsed as a literal) and writes
one row per company, in the format of organizations.tsv: `qid` (empty: the source has
none), `name`, `abbreviation` (empty), `alt_names`, `kind` (`company`), `country` (ISO
alpha-2, from data/gazetteer/countries.tsv), `headquarters`.

RULES (the only ones; listed in data/SOURCES.md):
  C1. A name's legal form and a leading "The" are dropped for an alternative name,
      repeatedly ("Anglo American plc" -> "Anglo American"; "Swiss Reinsurance Company
      Ltd" -> "Swiss Reinsurance"; "BT Group" -> "BT").
  C2. The English Wikipedia title the source gives (without its bracketed qualifier)
      is an alternative name ("ABN_AMRO" -> "ABN AMRO").
  C3. Names of fewer than two letters, names without a Latin letter and names that are
      only digits are dropped.
  C4. An alternative name made by C1 whose words are all English words in lower case,
      countries' names or demonyms ("National Bank" from "National Bank Holdings
      Corporation", "Bancorp" from "The Bancorp, Inc.", "U.S." from "U.S. Bancorp") is
      dropped: it names any number of firms.
  C5. A one-word name that is also an English word in lower case ("Shell", "Next",
      "Block", "Partners": any entry of the word list, Debian's `wamerican`
      /usr/share/dict/american-english by default) is dropped: in news it is the word
      before it is the company. A company left with no name is dropped.

Standard library only (Python 3.11). Rows are sorted: the same wheel gives the same
bytes.
"""

from __future__ import annotations

import argparse
import ast
import os
import re
import sys
import unicodedata
import urllib.parse
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "data", "gazetteer", "companies.tsv")
COUNTRIES = os.path.join(ROOT, "data", "gazetteer", "countries.tsv")

LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:Inc\.?|Incorporated|Corporation|Corp\.?|Company|Co\.?|Co\.,? Ltd\.?|plc|PLC|Plc"
    r"|AG|SE|S\.?A\.?|N\.?V\.?|Ltd\.?|Limited|Holdings?|Group|LLC|L\.?P\.?|ASA|AB|A/S|Oyj"
    r"|S\.p\.A\.|SpA|KGaA|GmbH|& Co\.? KGaA|Aktiengesellschaft|Bancorp(?:oration)?))$"
)


def clean(s: str | None) -> str:
    return " ".join((s or "").replace("\t", " ").replace("|", " ").split())


def has_latin_letter(s: str) -> bool:
    return any(
        ch.isalpha() and "LATIN" in unicodedata.name(ch, "") for ch in s
    )


def usable(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and has_latin_letter(name) and not name.isdigit()


def english_words(path: str) -> set[str]:
    with open(path, encoding="utf-8") as f:
        return {w for w in (line.strip() for line in f) if w and w.islower()}


def ordinary_word(name: str, words: set[str]) -> bool:
    return " " not in name and name.lower() in words


def generic(short: str, words: set[str]) -> bool:
    """C4: a short form made only of English words or legal forms."""
    return all(
        w.lower() in words or LEGAL_FORM.search(" " + w)
        for w in short.replace(",", " ").split()
    )


def short_forms(name: str) -> list[str]:
    out = []
    n = name
    while True:
        m = LEGAL_FORM.search(n)
        stripped = n[: m.start()].rstrip(" ,") if m else n
        if stripped.startswith("The "):
            stripped = stripped[4:]
        if stripped == n or not stripped:
            break
        out.append(stripped)
        n = stripped
    return out


def wiki_title(url: str | None) -> str | None:
    if not url or "/wiki/" not in url:
        return None
    title = urllib.parse.unquote(url.rsplit("/wiki/", 1)[1]).replace("_", " ")
    title = re.sub(r"\s*\([^)]*\)$", "", title)
    return clean(title) or None


def country_codes() -> tuple[dict[str, str], set[str]]:
    """Country names to ISO codes, and every country's names and demonyms in lower case."""
    codes = {}
    words = set()
    with open(COUNTRIES, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            r = dict(zip(header, line.rstrip("\n").split("\t")))
            for n in [r["name"], r["official_name"], *r["alt_names"].split("|")]:
                if n:
                    codes.setdefault(n.lower(), r["iso2"])
                    words.add(n.lower())
            words.update(d.lower() for d in r["demonyms"].split("|") if d)
    return codes, words


def read_indices(wheel: str) -> dict:
    with zipfile.ZipFile(wheel) as z:
        source = z.read("pytickersymbols/indices_data.py").decode("utf-8")
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "INDICES" for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise SystemExit(f"{wheel}: no INDICES table in pytickersymbols/indices_data.py")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("wheel", help="pytickersymbols-1.17.10-py3-none-any.whl from PyPI")
    ap.add_argument("--words", default="/usr/share/dict/american-english",
                    help="an English word list, one word per line (Debian: wamerican)")
    args = ap.parse_args(argv)
    codes, country_words = country_codes()
    words = english_words(args.words)
    # C4 also counts a country's name or demonym as a common word ("U.S." from "U.S.
    # Bancorp", "American International" from "American International Group").
    words_or_countries = words | country_words
    rows = {}
    for index in read_indices(args.wheel).values():
        for c in index["companies"]:
            name = clean(c.get("name"))
            if not usable(name):
                continue
            keep = lambda n: usable(n) and not ordinary_word(n, words)
            meta = c.get("metadata") or {}
            alts = short_forms(name)
            title = wiki_title(meta.get("wikipedia_url"))
            if title:
                alts += [title, *short_forms(title)]
            alts = [a for a in alts if not generic(a, words_or_countries)]
            row = rows.setdefault(
                name,
                {
                    "alts": set(),
                    "country": codes.get(clean(c.get("country")).lower(), ""),
                    "hq": clean(meta.get("headquarters")).replace(" ,", ","),
                },
            )
            row["alts"].update(a for a in alts if keep(a) and a != name)
    # C5: a name that is an ordinary word gives way to its first other name.
    for name in list(rows):
        if ordinary_word(name, words):
            r = rows.pop(name)
            if r["alts"]:
                first = min(r["alts"], key=lambda n: (n.lower(), n))
                r["alts"].discard(first)
                other = rows.setdefault(first, {"alts": set(), "country": r["country"], "hq": r["hq"]})
                other["alts"].update(r["alts"])
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("qid\tname\tabbreviation\talt_names\tkind\tcountry\theadquarters\n")
        for name in sorted(rows, key=lambda n: (n.lower(), n)):
            r = rows[name]
            alts = "|".join(sorted(r["alts"], key=lambda n: (n.lower(), n)))
            f.write(f"\t{name}\t\t{alts}\tcompany\t{r['country']}\t{r['hq']}\n")
    print(f"{OUT}: {len(rows)} companies", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

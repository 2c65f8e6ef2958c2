"""Check each annotated role's organization against the sentence stating the role.

The format (eval/README.md) takes a role's organization only when the text names it
in the role's sentence, as a name, an acronym, a possessive or a nationality adjective
("Japanese Finance Minister X" -> Japan); otherwise it is null. This rewrites roles whose
organization appears in none of the sentences naming the person. Usage:
    python3 scripts/check_role_orgs.py DATA_ROOT ANNOTATION_DIR... [--write]
"""
import csv, json, pathlib, re, sys

args = [a for a in sys.argv[1:] if a != "--write"]
write = "--write" in sys.argv
root = pathlib.Path(args[0])
here = pathlib.Path(__file__).resolve().parent.parent
countries = list(csv.DictReader(open(here / "data/gazetteer/countries.tsv"), delimiter="\t"))

def country_words(name):
    """Every name and demonym of the country called `name`, if it is one."""
    for c in countries:
        names = [c["name"], c["official_name"], c["iso2"], c["iso3"]] + c["alt_names"].split("|")
        if name.lower() in [n.lower() for n in names if n]:
            return [n for n in names + c["demonyms"].split("|") if n and len(n) > 1]
    return []

def forms(entry):
    return [f.strip() for f in entry.split("|") if f.strip()]

def sentences(text):
    return re.split(r"(?<=[.!?])\s+(?=[\"A-Z(])|\n\s*\n", text)

changed = 0
for d in args[1:]:
    for f in sorted(pathlib.Path(d).rglob("*.json")):
        ann = json.loads(f.read_text())
        if not ann.get("roles"):
            continue
        text = (root / ann["path"]).read_text(encoding="utf-8", errors="replace")
        entries = ann.get("persons", []) + ann.get("organizations", []) + ann.get("places", [])
        new_roles = []
        for person, label, org in ann["roles"]:
            if org is None:
                new_roles.append([person, label, org])
                continue
            pforms = next((forms(e) for e in ann.get("persons", []) if forms(e)[0] == forms(person)[0]), forms(person))
            oforms = next((forms(e) for e in entries if set(forms(e)) & set(forms(org))), forms(org))
            words = set(oforms)
            for o in oforms:
                words.update(country_words(o))
            ok = any(
                any(p in s for p in pforms) and any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", s) for w in words)
                for s in sentences(text)
            )
            if not ok:
                changed += 1
                print(f"{f}: ({person}; {label}; {org}) -> null")
            new_roles.append([person, label, org if ok else None])
        if write and new_roles != ann["roles"]:
            ann["roles"] = new_roles
            f.write_text(json.dumps(ann, indent=2, ensure_ascii=False) + "\n")
print(f"{changed} role organizations not named in the role's sentence", file=sys.stderr)

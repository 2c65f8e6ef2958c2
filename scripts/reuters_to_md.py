#!/usr/bin/env python3
"""Convert Reuters-21578 (reut2-*.sgm.gz) into one Markdown article per story.

    python3 scripts/reuters_to_md.py ../shared/data/reuters21578 OUT

writes OUT/reut2-NNN/NNNNN.md (the story's NEWID, zero-padded) for every story that has
a body, with YAML front matter `title`, `published` (the story's <DATE>, as ISO 8601) and
`source`. The body keeps the dateline ("SALVADOR, Feb 26 - ") and joins the wire's
hard-wrapped lines into paragraphs; the closing "Reuter" sign-off is dropped.

The texts are Reuters' and free for research use only (see the data's SOURCES.md): the
output stays outside the repository. Annotations under eval/reuters/ name articles by
their path in OUT, which `newsgraph eval articles --data-root OUT` reads.
Standard library only.
"""

import datetime
import gzip
import html
import pathlib
import re
import sys

STORY = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
NEWID = re.compile(r'NEWID="(\d+)"')
MONTHS = {m: i + 1 for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"])}


def tag(name, text):
    m = re.search(rf"<{name}>(.*?)</{name}>", text, re.S)
    return html.unescape(m.group(1)) if m else None


def iso_date(raw):
    # "26-FEB-1987 15:01:01.79"
    m = re.match(r"\s*(\d{1,2})-([A-Z]{3})-(\d{4})", raw or "")
    if not m or m.group(2) not in MONTHS:
        return None
    try:
        return datetime.date(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1))).isoformat()
    except ValueError:
        return None


def paragraphs(body):
    body = body.replace("\x03", "").rstrip()
    body = re.sub(r"\s*Reuter\s*$", "", body)
    paras, cur = [], []
    for line in body.split("\n"):
        if (line.startswith("    ") or not line.strip()) and cur:
            paras.append(" ".join(cur))
            cur = []
        if line.strip():
            cur.append(line.strip())
    if cur:
        paras.append(" ".join(cur))
    return paras


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: reuters_to_md.py REUTERS21578_DIR OUT_DIR")
    src, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    files = sorted(src.glob("reut2-*.sgm.gz"))
    if not files:
        sys.exit(f"{src}: no reut2-*.sgm.gz files")
    written = 0
    for f in files:
        raw = gzip.open(f, "rb").read().decode("latin-1")
        folder = out / f.name.split(".")[0]
        folder.mkdir(parents=True, exist_ok=True)
        for attrs, story in STORY.findall(raw):
            newid = NEWID.search(attrs)
            body = tag("BODY", story)
            published = iso_date(tag("DATE", story))
            if not newid or not body or not published:
                continue
            title = " ".join((tag("TITLE", story) or "").split())
            dateline = " ".join((tag("DATELINE", story) or "").split())
            paras = paragraphs(body)
            if dateline and paras:
                paras[0] = f"{dateline} {paras[0]}"
            front = [
                "---",
                f"title: {yaml_str(title.title() if title.isupper() else title)}",
                f"published: {published}",
                f"source: {yaml_str('Reuters-21578 NEWID ' + newid.group(1))}",
                "---",
                "",
            ]
            text = "\n".join(front) + "\n\n".join(paras) + "\n"
            (folder / f"{int(newid.group(1)):05d}.md").write_text(text, encoding="utf-8")
            written += 1
    print(f"{written} articles written to {out}", file=sys.stderr)


if __name__ == "__main__":
    main()

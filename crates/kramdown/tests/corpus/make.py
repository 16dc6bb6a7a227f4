#!/usr/bin/env python3
"""Regenerate the kramdown corpus expectations with the real Jekyll 4.3.1.

usage: crates/kramdown/tests/corpus/make.py [--iiif]
(KRAMDOWN_FIXTURES=dir works on another case directory.)

Every fixtures/kramdown/NAME.md becomes the page NAME.md of a throw-away Jekyll
site (front matter: layout null, render_with_liquid false; an empty _config.yml,
so Jekyll's default kramdown options apply), the site is built with
/work/shared/tools/jekyll-ref, and the page Jekyll wrote is saved as
fixtures/kramdown/NAME.html.

--iiif first (re)creates the iiif-*.md cases from the Markdown pages and
posts (`_news`) of /work/shared/fixtures/iiif-website/site/source: the body
after the front matter, only for pages whose body holds no Liquid (`{%` or
`{{`).
"""
import os
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[4]
CASES = pathlib.Path(os.environ.get("KRAMDOWN_FIXTURES", ROOT / "fixtures" / "kramdown"))
JEKYLL_REF = pathlib.Path("/work/shared/tools/jekyll-ref")
IIIF = pathlib.Path("/work/shared/fixtures/iiif-website/site/source")
FRONT_MATTER = re.compile(r"\A---\s*\n.*?\n?^(---|\.\.\.)\s*$\n?", re.M | re.S)


def import_iiif():
    for old in CASES.glob("iiif-*.md"):
        old.unlink()
    for path in sorted(IIIF.rglob("*.md")):
        rel = path.relative_to(IIIF)
        if any(part.startswith(".") or part in ("_includes", "_layouts", "_data") for part in rel.parts[:-1]):
            continue
        text = path.read_text(encoding="utf-8")
        m = FRONT_MATTER.match(text)
        if not m:
            continue
        body = text[m.end():]
        if "{%" in body or "{{" in body or not body.strip():
            continue
        name = "iiif-" + re.sub(r"[^a-z0-9]+", "-", str(rel.with_suffix("")).lower()).strip("-")
        (CASES / (name + ".md")).write_text(body, encoding="utf-8")


def build():
    with tempfile.TemporaryDirectory() as tmp:
        site = pathlib.Path(tmp) / "site"
        site.mkdir()
        (site / "_config.yml").write_text("", encoding="utf-8")
        names = sorted(p.stem for p in CASES.glob("*.md") if p.stem != "README")
        for name in names:
            body = (CASES / (name + ".md")).read_text(encoding="utf-8")
            (site / (name + ".md")).write_text(
                "---\nlayout: null\nrender_with_liquid: false\n---\n" + body, encoding="utf-8")
        dest = pathlib.Path(tmp) / "out"
        subprocess.run([str(JEKYLL_REF), str(site), str(dest)], check=True)
        for name in names:
            shutil.copyfile(dest / (name + ".html"), CASES / (name + ".html"))
        print(f"{len(names)} cases written", file=sys.stderr)


if __name__ == "__main__":
    if "--iiif" in sys.argv[1:]:
        import_iiif()
    build()

#!/usr/bin/env python3
"""Regenerate the kramdown corpus expectations with the real Jekyll 4.3.1.

usage: crates/kramdown/tests/corpus/make.py [--iiif]
(KRAMDOWN_FIXTURES=dir works on another case directory.)

Every fixtures/kramdown/NAME.md becomes the page NAME.md of a throw-away Jekyll
site (front matter: layout null, render_with_liquid false; an empty _config.yml,
so Jekyll's default kramdown options apply), the site is built with
/work/shared/tools/jekyll-ref, and the page Jekyll wrote is saved as
fixtures/kramdown/NAME.html.

--options regenerates the cases in fixtures/kramdown/options/: NAME.md with
NAME.options (`key: value` lines, a site's `kramdown:` settings), converted
by Jekyll's own Markdown converter (Jekyll::Converters::Markdown with that
configuration) into NAME.html.

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


CONVERT_RB = r"""
require "jekyll"
opts = {}
File.readlines(ARGV[0]).each do |line|
  next if line.strip.empty?
  key, value = line.split(":", 2).map(&:strip)
  opts[key] = YAML.safe_load(value)
end
conf = Jekyll::Configuration.from({"kramdown" => opts})
print Jekyll::Converters::Markdown.new(conf).convert(File.read(ARGV[1]))
"""


def build_options():
    cases = CASES / "options"
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8")
    for md in sorted(cases.glob("*.md")):
        opts = md.with_suffix(".options")
        out = subprocess.run(["ruby", "-e", CONVERT_RB, str(opts), str(md)], check=True,
                             capture_output=True, env=env).stdout
        md.with_suffix(".html").write_bytes(out)


if __name__ == "__main__":
    if "--options" in sys.argv[1:]:
        build_options()
        sys.exit(0)
    if "--iiif" in sys.argv[1:]:
        import_iiif()
    build()

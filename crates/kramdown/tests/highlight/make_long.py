#!/usr/bin/env python3
"""Regenerate the long-input highlighting expectations with the real Jekyll 4.3.1.

usage: crates/kramdown/tests/highlight/make_long.py

Every fixtures/highlight-long/cases/LANG.txt (the start of a real file in
LANG, see fixtures/highlight-long/README.md) becomes a page p/LANG.md of a
throw-away Jekyll site (an empty _config.yml): front matter `layout: null`,
`render_with_liquid: false`, then the text in a ````LANG fenced code block.
The site is built with /work/shared/tools/jekyll-ref and each page Jekyll
wrote is saved unchanged as cases/LANG.html.
"""
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[4]
CASES = ROOT / "fixtures" / "highlight-long" / "cases"
JEKYLL_REF = pathlib.Path("/work/shared/tools/jekyll-ref")


def main():
    texts = sorted(CASES.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        site = pathlib.Path(tmp) / "site"
        (site / "p").mkdir(parents=True)
        (site / "_config.yml").write_text("", encoding="utf-8")
        for text in texts:
            code = text.read_text(encoding="utf-8")
            (site / "p" / f"{text.stem}.md").write_text(
                "---\nlayout: null\nrender_with_liquid: false\n---\n"
                + f"````{text.stem}\n{code}````\n",
                encoding="utf-8",
            )
        dest = pathlib.Path(tmp) / "out"
        subprocess.run([str(JEKYLL_REF), str(site), str(dest)], check=True)
        for text in texts:
            shutil.copyfile(dest / "p" / f"{text.stem}.html", CASES / f"{text.stem}.html")
    print(f"{len(texts)} pages written", file=sys.stderr)


if __name__ == "__main__":
    main()

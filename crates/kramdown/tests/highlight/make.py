#!/usr/bin/env python3
"""Regenerate the highlighting corpus expectations with the real Jekyll 4.3.1.

usage: crates/kramdown/tests/highlight/make.py

Every fixtures/highlight/cases/LANG/NAME.txt (a code snippet; LANG is the
language name as a page writes it) becomes three pages of a throw-away Jekyll
site (an empty _config.yml, so Jekyll's defaults apply: kramdown with GFM
input, Rouge, guess_lang):

  p/LANG/NAME/fenced.md     the snippet in a ````LANG fenced code block
                            (front matter: layout null, render_with_liquid false)
  p/LANG/NAME/tag.html      {% highlight LANG %}{% raw %}\\nSNIPPET{% endraw %}{% endhighlight %}
  p/LANG/NAME/linenos.html  the same with {% highlight LANG linenos %}

The site is built with /work/shared/tools/jekyll-ref and the pages Jekyll
wrote are saved unchanged as NAME.fenced.html, NAME.tag.html and
NAME.linenos.html beside the snippet.
"""
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[4]
CASES = ROOT / "fixtures" / "highlight" / "cases"
JEKYLL_REF = pathlib.Path("/work/shared/tools/jekyll-ref")
KINDS = ("fenced", "tag", "linenos")


def pages(lang, code):
    """The three page sources for one snippet (as the test rebuilds them)."""
    return {
        "fenced.md": "---\nlayout: null\nrender_with_liquid: false\n---\n"
        + f"````{lang}\n{code}````\n",
        "tag.html": "---\nlayout: null\n---\n"
        + f"{{% highlight {lang} %}}{{% raw %}}\n{code}{{% endraw %}}{{% endhighlight %}}\n",
        "linenos.html": "---\nlayout: null\n---\n"
        + f"{{% highlight {lang} linenos %}}{{% raw %}}\n{code}{{% endraw %}}{{% endhighlight %}}\n",
    }


def main():
    snippets = sorted(CASES.glob("*/*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        site = pathlib.Path(tmp) / "site"
        site.mkdir()
        (site / "_config.yml").write_text("", encoding="utf-8")
        for snippet in snippets:
            lang, name = snippet.parent.name, snippet.stem
            code = snippet.read_text(encoding="utf-8")
            page_dir = site / "p" / lang / name
            page_dir.mkdir(parents=True)
            for file, text in pages(lang, code).items():
                (page_dir / file).write_text(text, encoding="utf-8")
        dest = pathlib.Path(tmp) / "out"
        subprocess.run([str(JEKYLL_REF), str(site), str(dest)], check=True)
        for snippet in snippets:
            lang, name = snippet.parent.name, snippet.stem
            for kind in KINDS:
                shutil.copyfile(dest / "p" / lang / name / f"{kind}.html",
                                snippet.parent / f"{name}.{kind}.html")
    print(f"{len(snippets)} snippets, {len(snippets) * len(KINDS)} pages written", file=sys.stderr)


if __name__ == "__main__":
    main()

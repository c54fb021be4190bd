"""Write the encoded sample files of tests/test_ingest.py (run once; the files are committed).

    python tests/data/make_samples.py

The same seed-like page (English essay with a Russian keyword line, a Russian navigation bar,
a byline, a bracketed citation and a copyright footer) in every encoding the reader detects.
"""

from __future__ import annotations

import codecs
from pathlib import Path

HERE = Path(__file__).parent

# Only characters that windows-1251 and KOI8-R can both encode (no «», no Polish letters).
SAMPLE_TEXT = (
    "Russian Emigration in Prague | The Russian Free University | Archive\n"
    "\n"
    "Prague, Russian Free University, emigration, Russian Student Christian Movement, "
    "Эмиграция, Русская Прага, Русский свободный университет, Чехословакия, РСХД, "
    "Зарубежная Россия, Ёлкин\n"
    "\n"
    "Главная | Фотоархив | Библиотека | Форум\u00a0\n"
    "\n"
    "The Russian Free University in Prague\n"
    "\n"
    "by Ivan Petrov and Maria Novak [ed.]\n"
    "\n"
    "In 1923 the Russian Free University opened in Prague. Its founders called it Русский "
    "свободный университет [the Russian Free University - the editor] and hoped that it would "
    "keep Russian scholarship alive abroad; the lectures were given in Russian, and the students "
    "came from all over the emigration.\u00a0\n"
    "\n"
    "The university published a yearbook, Научные труды, and held public lectures every week "
    "[Ibid, p. 12.].\n"
    "\n"
    "back to top\n"
    "\n"
    "Copyright © 2003 Russian Prague archive. All rights reserved.\n"
)

HTML_TEMPLATE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
{meta}<title>Русская Прага | Russian Free University</title>
<style type="text/css">body {{ font-family: Verdana; }}</style>
<script type="text/javascript">var x = "<p>not text</p>";</script>
</head>
<body>
<table><tr>
<td><a href="/">Главная</a></td><td><a href="/foto">Фотоархив</a></td>
<td><a href="/lib">Библиотека</a></td><td><a href="/forum">Форум</a></td>
</tr></table>
<h1>The Russian Free University in Prague</h1>
<p>by Ivan Petrov and Maria Novak [ed.]</p>
<p>In 1923 the Russian Free University opened in Prague.
   Its founders called it <i>Русский свободный университет</i>
   and hoped that it would keep Russian scholarship alive abroad.<br>
   The lectures were given in <b>Russian</b>.</p>
<noscript>Please enable JavaScript</noscript>
<!-- a comment -->
<ul><li>Эмиграция</li><li>Русская Прага</li></ul>
<div>Copyright &copy; 2003 Russian Prague archive.</div>
</body>
</html>
"""

# The text every HTML sample must give.
HTML_TEXT = (
    "Русская Прага | Russian Free University\n"
    "\n"
    "Главная | Фотоархив | Библиотека | Форум\n"
    "\n"
    "The Russian Free University in Prague\n"
    "\n"
    "by Ivan Petrov and Maria Novak [ed.]\n"
    "\n"
    "In 1923 the Russian Free University opened in Prague. Its founders called it Русский "
    "свободный университет and hoped that it would keep Russian scholarship alive abroad.\n"
    "The lectures were given in Russian.\n"
    "\n"
    "Эмиграция\n"
    "Русская Прага\n"
    "\n"
    "Copyright © 2003 Russian Prague archive."
)

TEXT_FILES = {
    "sample_utf8.txt": ("utf-8", b""),
    "sample_utf8_bom.txt": ("utf-8", codecs.BOM_UTF8),
    "sample_utf16le_bom.txt": ("utf-16-le", codecs.BOM_UTF16_LE),
    "sample_utf16be_bom.txt": ("utf-16-be", codecs.BOM_UTF16_BE),
    "sample_cp1251.txt": ("cp1251", b""),
    "sample_koi8r.txt": ("koi8-r", b""),
}

HTML_FILES = {
    "page_utf8_meta.html": ("utf-8", '<meta charset="utf-8">\n'),
    "page_utf8_bom_nometa.html": ("utf-8-sig", ""),
    "page_utf16le_bom.html": ("utf-16", ""),
    "page_cp1251_meta.html": (
        "cp1251",
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">\n',
    ),
    "page_cp1251_nometa.html": ("cp1251", ""),
    "page_koi8r_meta.html": ("koi8-r", '<meta charset="koi8-r">\n'),
    "page_koi8r_nometa.html": ("koi8-r", ""),
    # Old Russian sites often declared the wrong charset: the reader must not believe it.
    "page_cp1251_labelled_latin1.html": (
        "cp1251",
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">\n',
    ),
    "page_koi8r_labelled_cp1251.html": (
        "koi8-r",
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">\n',
    ),
    "page_cp1251_labelled_x-cp1251.html": ("cp1251", '<meta charset="x-cp1251">\n'),
}

# Western text in windows-1252: must not be taken for Cyrillic.
WESTERN_TEXT = (
    "Café society in Paris: Antonio Muñoz and Jürgen Groß met at the Théâtre in 1925.\n"
    "\n"
    "They talked about naïve art, the façade of the opéra and the Exposition.\n"
)


def main() -> None:
    for name, (enc, bom) in TEXT_FILES.items():
        (HERE / name).write_bytes(bom + SAMPLE_TEXT.encode(enc))
    for name, (enc, meta) in HTML_FILES.items():
        (HERE / name).write_bytes(HTML_TEMPLATE.format(meta=meta).encode(enc))
    (HERE / "western_cp1252.txt").write_bytes(WESTERN_TEXT.encode("cp1252"))
    # CRLF line endings and a decomposed (NFD) "й" and "é": the reader composes them.
    (HERE / "crlf_nfd.txt").write_bytes(
        "Краткий очерк\r\n\r\nCafe\u0301 и и\u0306\r\nold Mac line\rend\r\n".encode()
    )


if __name__ == "__main__":
    main()

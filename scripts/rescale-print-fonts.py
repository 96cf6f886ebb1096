#!/usr/bin/env python3
"""Writes print-fonts/: the Noto files the PDF export embeds, rescaled to 2048 units an em.

Why: Chromium's Skia writes a glyph without a move of its own only where the
position Blink's layout gave equals the font's advance exactly. Noto ships at
1000 units an em, and FreeType's scale for 1000 is rounded, so at the print
sizes every advance is a few millionths off and nearly every glyph got its own
`Td` move in the PDF (docs/performance.md, "Where the PDF's bytes go"). At 2048
units an em, with font sizes on a quarter pixel (print-html.ts), the advances
are exact and a line is one run. The outlines and metrics are the same shapes,
scaled; fontTools' scale_upem rescales every table (glyf, hmtx, kern, GPOS, …).

Run from the project's root after changing the @fontsource versions or the
subsets in electron/export/print-fonts.ts:

    python3 scripts/rescale-print-fonts.py

Needs fontTools with woff2 (brotli): Debian's python3-fonttools and python3-brotli.
The fonts are under the SIL Open Font License 1.1, which allows modified
versions; Noto reserves no font name. Each family's licence is copied beside it.
"""
import os
import shutil

from fontTools.ttLib import TTFont
from fontTools.ttLib.scaleUpem import scale_upem

SOURCE = os.path.join('node_modules', '@fontsource')
TARGET = 'print-fonts'
LATIN_AND_CYRILLIC = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext']
# The same families, subsets, weights and styles as electron/export/print-fonts.ts.
FAMILIES = [
    ('noto-serif', LATIN_AND_CYRILLIC, ['normal', 'italic']),
    ('noto-sans', LATIN_AND_CYRILLIC, ['normal', 'italic']),
    ('noto-naskh-arabic', ['arabic'], ['normal']),
    ('noto-sans-arabic', ['arabic'], ['normal']),
]

for family, subsets, styles in FAMILIES:
    os.makedirs(os.path.join(TARGET, family), exist_ok=True)
    shutil.copyfile(os.path.join(SOURCE, family, 'LICENSE'), os.path.join(TARGET, family, 'OFL.txt'))
    for subset in subsets:
        for weight in ['400', '700']:
            for style in styles:
                name = f'{family}-{subset}-{weight}-{style}.woff2'
                font = TTFont(os.path.join(SOURCE, family, 'files', name))
                scale_upem(font, 2048)
                font.flavor = 'woff2'
                font.save(os.path.join(TARGET, family, name))
                print(name)

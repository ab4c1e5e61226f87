#!/usr/bin/env python3
"""Copy check: prints every 9-word run shared by articles/*.txt with any text under ../shared/data or the earlier sets (synthetic to synthetic4)."""
import os, re, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(os.path.dirname(HERE))
N = 9
def toks(t): return re.findall(r"[a-z0-9']+", t.lower())
mine = {}
for f in sorted(glob.glob(os.path.join(HERE, 'articles', '*.txt'))):
    w = toks(open(f, encoding='utf-8').read())
    for i in range(len(w) - N + 1):
        mine.setdefault(tuple(w[i:i+N]), set()).add(os.path.basename(f))
print('my 9-grams', len(mine))
others = []
for root, _, files in os.walk(os.path.join(ROOT, '..', 'shared', 'data')):
    for fn in files: others.append(os.path.join(root, fn))
for s in ('synthetic', 'synthetic2', 'synthetic3', 'synthetic4'):
    others += glob.glob(os.path.join(ROOT, 'eval', s, 'articles', '*.txt'))
hits = {}
for f in others:
    try: t = open(f, encoding='utf-8', errors='ignore').read()
    except Exception: continue
    if f.endswith('cities500.txt') or 'geonames' in f: continue
    w = toks(t)
    for i in range(len(w) - N + 1):
        g = tuple(w[i:i+N])
        if g in mine: hits.setdefault(g, set()).add(f)
for g, fs in hits.items(): print(' '.join(g), '|', sorted(mine[g]), '|', sorted(fs)[:3])
print('shared 9-word runs:', len(hits), 'files checked:', len(others))

// Article text with its evidence marked, built from text nodes and <mark> elements only.
import { el } from './dom.js';

/**
 * Renders `text` with `spans` marked, offsets in Unicode code points (as the API gives them).
 * A span is {key, kind: 'figure' | 'evidence', start, end, sentenceStart, sentenceEnd, label}.
 * A figure's whole sentence gets class "hl-sentence" (data-sentence holds the figure keys), its quote "hl-figure";
 * other evidence "hl-evidence". The first mark of each quote gets the id `${idPrefix}${key}`.
 * Returns a DocumentFragment.
 */
export function highlightedText(text, spans, idPrefix) {
  const chars = Array.from(text);
  const n = chars.length;
  const ranges = [];
  for (const s of spans) {
    const start = clamp(s.start, 0, n);
    const end = clamp(s.end, start, n);
    if (s.kind === 'figure') {
      const from = clamp(Math.min(s.sentenceStart ?? start, start), 0, n);
      const to = clamp(Math.max(s.sentenceEnd ?? end, end), from, n);
      if (to > from) ranges.push({ type: 'sentence', start: from, end: to, key: s.key, label: null });
    }
    if (end > start) ranges.push({ type: s.kind === 'figure' ? 'figure' : 'evidence', start, end, key: s.key, label: s.label });
  }
  const cuts = new Set([0, n]);
  for (const r of ranges) { cuts.add(r.start); cuts.add(r.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const fragment = document.createDocumentFragment();
  const anchored = new Set();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const piece = chars.slice(a, b).join('');
    const active = ranges.filter(r => r.start <= a && r.end >= b);
    if (active.length === 0) {
      fragment.append(document.createTextNode(piece));
      continue;
    }
    const types = new Set(active.map(r => r.type));
    const classes = [];
    if (types.has('sentence')) classes.push('hl-sentence');
    if (types.has('figure')) classes.push('hl-figure');
    if (types.has('evidence')) classes.push('hl-evidence');
    const labels = [...new Set(active.filter(r => r.label).map(r => r.label))];
    const sentences = active.filter(r => r.type === 'sentence').map(r => r.key);
    const mark = el('mark', {
      class: classes.join(' '),
      title: labels.length ? labels.join('; ') : null,
      dataset: sentences.length ? { sentence: sentences.join(' ') } : undefined,
    }, piece);
    for (const r of active) {
      if (r.type === 'sentence' || r.start !== a || anchored.has(r.key)) continue;
      anchored.add(r.key);
      if (!mark.id) {
        mark.id = idPrefix + r.key;
        mark.tabIndex = -1;
      } else {
        fragment.append(el('span', { id: idPrefix + r.key, tabindex: '-1', class: 'anchor' }));
      }
    }
    fragment.append(mark);
  }
  return fragment;
}

function clamp(x, lo, hi) {
  const v = Number.isFinite(x) ? x : lo;
  return Math.max(lo, Math.min(hi, v));
}

// The incident card: what happened, where, when, who; every source's killed and injured figures side by side;
// and the articles themselves, the sentence behind each figure highlighted. All text goes in as text nodes.
import { el, replace, safeLink } from './dom.js';
import { highlightedText } from './highlight.js';
import * as f from './format.js';

const FIELD_LABELS = {
  date: 'date', location: 'place', sublocation: 'spot', event_type: 'type', suicide: 'suicide attack', weapons: 'weapon',
  targets: 'target', perpetrator: 'perpetrator', responsibility: 'claim', killed: 'killed', injured: 'injured',
};
const fieldLabel = field => FIELD_LABELS[field] ?? String(field).replaceAll('_', ' ');
const spanKey = (field, start, end) => `${field}-${start}-${end}`;
const reduceMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Fills `card` with the incident `detail` (GET /api/incidents/{id}) and its `documents` (GET /api/documents/{id},
 * in the order of detail.documents; an entry may be an Error). `known` maps incident ids to list items, for naming
 * the other members of a wave.
 */
export function renderCard(card, { detail, documents, known, onSelect, onClose }) {
  const docIndex = new Map(detail.documents.map((d, i) => [d, i]));
  const sources = new Map((detail.sources ?? []).map(s => [s.id, s]));
  const targetId = (document, field, start, end) => `doc${docIndex.get(document)}-${spanKey(field, start, end)}`;

  function jump(id) {
    const target = card.querySelector(`#${CSS.escape(id)}`);
    if (!target) return;
    target.scrollIntoView({ block: 'center', behavior: reduceMotion() ? 'auto' : 'smooth' });
    target.focus({ preventScroll: true });
    const marks = target.matches('mark') ? [target] : [];
    const key = id.slice(id.indexOf('-') + 1);
    const scope = target.closest('.article-text') ?? card;
    for (const m of scope.querySelectorAll('mark[data-sentence]')) if (m.dataset.sentence.split(' ').includes(key)) marks.push(m);
    for (const m of marks) {
      m.classList.remove('flash');
      void m.offsetWidth;
      m.classList.add('flash');
    }
  }

  const articleName = id => {
    const s = sources.get(id);
    return s?.outlet || s?.title || id;
  };

  replace(card,
    el('div', { class: 'card-nav' },
      el('button', { type: 'button', class: 'back', on: { click: onClose } }, '← All incidents'),
      el('a', { class: 'api-link', href: `/api/incidents/${encodeURIComponent(detail.id)}` }, `${detail.id} as JSON`)),
    el('h2', { id: 'card-title', tabindex: '-1' }, detail.summary || detail.id),
    el('p', { class: 'card-sub' },
      el('span', { class: `type-chip type-${detail.event_type}` }, f.eventLabel(detail.event_type)),
      detail.suicide ? el('span', { class: 'chip' }, 'suicide attack') : null,
      el('span', {}, f.date(detail.date)),
      el('span', {}, f.place(detail))),
    tolls(detail),
    facts(detail, known, onSelect),
    figures(detail, articleName, sources, targetId, jump),
    reports(detail, articleName),
    evidence(detail, articleName, targetId, jump),
    articles(detail, documents));
}

function tolls(d) {
  const toll = (name, c) => el('div', { class: `toll ${name}` },
    el('span', { class: 'toll-number' }, c.best === null ? '?' : f.number(c.best)),
    el('span', { class: 'toll-word' }, name),
    el('span', { class: 'toll-range' },
      c.reports.length === 0 ? 'no source gives a figure'
        : c.low !== c.high ? `estimate range ${f.number(c.low)}–${f.number(c.high)}, from ${f.plural(c.reports.length, 'report')}`
          : `from ${f.plural(c.reports.length, 'report')}`),
    c.low !== c.high || c.disputed ? el('span', { class: 'disputed' }, 'sources disagree') : null);
  return el('div', { class: 'tolls' }, toll('killed', d.killed), toll('injured', d.injured));
}

function facts(d, known, onSelect) {
  const rows = [];
  const row = (term, ...value) => rows.push(el('dt', {}, term), el('dd', {}, ...value));
  row('When', f.date(d.date), d.date_precision && d.date_precision !== 'day' ? ` (known to the ${d.date_precision})` : '');
  row('Where', f.place(d),
    d.latitude !== null ? el('span', { class: 'muted' }, ` · ${d.latitude.toFixed(3)}, ${d.longitude.toFixed(3)} (${d.geo_precision ?? 'unknown'} precision)`) : null);
  row('Type', f.eventLabel(d.event_type), d.suicide ? ', suicide attack' : '', d.weapons.length ? ` · ${f.words(d.weapons)}` : '');
  if (d.targets.length) row('Targets', f.words(d.targets));
  row('Perpetrator', d.perpetrator ?? 'unknown',
    d.perpetrator ? el('span', { class: `claim claim-${d.responsibility}` }, f.responsibility(d.responsibility)) : null);
  const group = d.group_record;
  if (group) {
    const others = group.members.filter(m => m !== d.id);
    row('Wave', group.summary || 'part of a coordinated series',
      others.length ? el('ul', { class: 'members' }, others.map(id =>
        el('li', {}, el('button', { type: 'button', class: 'link', on: { click: () => onSelect(id) } }, known.get(id)?.summary ?? id)))) : null);
  }
  row('Sources', f.plural(d.documents.length, 'article'));
  return el('dl', { class: 'facts' }, rows);
}

function figures(d, articleName, sources, targetId, jump) {
  const all = [...d.killed.reports.map(r => ({ kind: 'killed', r, c: d.killed })), ...d.injured.reports.map(r => ({ kind: 'injured', r, c: d.injured }))];
  const section = el('section', { class: 'figures', 'aria-labelledby': 'figures-title' },
    el('h3', { id: 'figures-title' }, 'Every source’s figures'));
  if (all.length === 0) return append(section, el('p', { class: 'muted' }, 'No article gives a number of killed or injured.'));
  const notes = [];
  for (const [kind, c] of [['killed', d.killed], ['injured', d.injured]]) {
    const said = [...new Set(c.reports.map(r => f.figure(r.value, r.qualifier)))];
    if (said.length > 1) {
      notes.push(el('p', { class: 'disagreement' },
        el('strong', {}, `The sources disagree on the ${kind}: `), said.join(' · '), '. ',
        `Sitrep’s estimate: ${f.number(c.best)}${c.low !== c.high ? ` (range ${f.number(c.low)}–${f.number(c.high)})` : ''}.`));
    }
  }
  const max = kind => Math.max(1, ...all.filter(x => x.kind === kind).map(x => Math.max(x.r.value ?? 0, x.c.best ?? 0)));
  const maxOf = { killed: max('killed'), injured: max('injured') };
  const body = all.map(({ kind, r, c }) => {
    const differs = r.value !== c.best;
    const source = sources.get(r.document);
    return el('tr', { class: differs ? 'differs' : null, dataset: { document: r.document, kind } },
      el('th', { scope: 'row' },
        el('span', { class: `kind ${kind}` }, kind),
        el('span', { class: 'figure-value' }, f.figure(r.value, r.qualifier)),
        differs ? el('span', { class: 'differs-note' }, 'differs') : null),
      el('td', {},
        el('span', { class: 'who' }, r.source ?? el('span', { class: 'muted' }, 'source not named')),
        el('span', { class: 'muted where', title: source?.title ?? null }, articleName(r.document), source?.published ? ` · ${f.date(source.published)}` : '')),
      el('td', { class: 'scale-cell' },
        r.value === null ? el('span', { class: 'muted' }, 'no number')
          : scale(r.value / maxOf[kind], c.best === null ? null : c.best / maxOf[kind], kind)),
      el('td', { class: 'quote-cell' }, el('button', {
        type: 'button', class: 'show-sentence',
        'aria-label': `Show the sentence of “${r.quote}” in ${articleName(r.document)}`,
        on: { click: () => jump(targetId(r.document, kind, r.start, r.end)) },
      }, `“${r.quote}”`)));
  });
  return append(section, notes,
    el('div', { class: 'table-wrap' },
      el('table', {},
        el('caption', { class: 'visually-hidden' }, 'Killed and injured as each source reported them. The bar compares them; the line marks Sitrep’s estimate.'),
        el('thead', {}, el('tr', {},
          el('th', { scope: 'col' }, 'Figure'), el('th', { scope: 'col' }, 'Who said it, where'),
          el('th', { scope: 'col' }, 'Compared'), el('th', { scope: 'col' }, 'Words in the article (show)'))),
        el('tbody', {}, body))));
}

function scale(share, best, kind) {
  const bar = el('span', { class: `scale ${kind}`, 'aria-hidden': 'true' }, el('span', { class: 'fill' }));
  bar.firstChild.style.width = `${Math.max(2, Math.round(share * 100))}%`;
  if (best !== null) {
    const line = el('span', { class: 'best' });
    line.style.left = `${Math.round(best * 100)}%`;
    bar.append(line);
  }
  return bar;
}

function reports(d, articleName) {
  if (!d.reports?.length) return null;
  const figs = list => list.length ? list.map(x => f.figure(x.value, x.qualifier)).join(', ') : '–';
  return el('section', { class: 'reports', 'aria-labelledby': 'reports-title' },
    el('h3', { id: 'reports-title' }, 'What each article said'),
    el('div', { class: 'table-wrap' },
      el('table', {},
        el('thead', {}, el('tr', {}, ['Article', 'Date', 'Place', 'Type', 'Perpetrator', 'Killed', 'Injured'].map(h => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, d.reports.map(r => el('tr', {},
          el('th', { scope: 'row' }, articleName(r.document)),
          el('td', {}, f.date(r.date)),
          el('td', {}, r.place ? [r.sublocation, r.place.name].filter(Boolean).join(', ') : 'unknown'),
          el('td', {}, f.eventLabel(r.event_type)),
          el('td', {}, r.perpetrator ? `${r.perpetrator} (${r.responsibility})` : 'unknown'),
          el('td', {}, figs(r.killed)),
          el('td', {}, figs(r.injured))))))));
}

function evidence(d, articleName, targetId, jump) {
  const items = d.evidence.filter(e => e.field !== 'killed' && e.field !== 'injured');
  if (!items.length) return null;
  return el('details', { class: 'evidence' },
    el('summary', {}, `Where every other value was read (${items.length})`),
    el('ul', {}, items.map(e => el('li', {},
      el('span', { class: 'field' }, fieldLabel(e.field)),
      el('button', {
        type: 'button', class: 'link',
        on: { click: () => jump(targetId(e.document, e.field, e.start, e.end)) },
      }, `“${e.quote.length > 140 ? `${e.quote.slice(0, 137)}…` : e.quote}”`),
      el('span', { class: 'muted' }, ` ${articleName(e.document)}`)))));
}

function articles(d, documents) {
  return el('section', { class: 'articles', 'aria-labelledby': 'articles-title' },
    el('h3', { id: 'articles-title' }, d.documents.length === 1 ? 'The article' : 'The articles'),
    el('p', { class: 'legend' },
      el('mark', { class: 'hl-sentence' }, 'sentence with a figure'), ' ',
      el('mark', { class: 'hl-sentence hl-figure' }, 'the figure'), ' ',
      el('mark', { class: 'hl-evidence' }, 'other evidence')),
    d.documents.map((id, i) => {
      const doc = documents[i];
      if (!doc || doc instanceof Error) {
        return el('article', { class: 'article-doc' }, el('h4', {}, id), el('p', { class: 'error' }, `This article could not be loaded: ${doc?.message ?? 'unknown error'}`));
      }
      const spans = doc.spans.filter(s => s.record === d.id).map(s => ({
        key: spanKey(s.field, s.start, s.end),
        kind: s.field === 'killed' || s.field === 'injured' ? 'figure' : 'evidence',
        start: s.start, end: s.end, sentenceStart: s.sentence_start, sentenceEnd: s.sentence_end,
        label: s.field === 'killed' || s.field === 'injured'
          ? `${s.field}: ${f.figure(s.value, s.qualifier)}${s.source ? ` (${s.source})` : ''}`
          : fieldLabel(s.field),
      }));
      const link = safeLink(doc.url, 'original');
      return el('article', { class: 'article-doc', 'aria-labelledby': `doc${i}-title`, dataset: { document: id } },
        el('h4', { id: `doc${i}-title` }, doc.title || id),
        el('p', { class: 'muted article-meta' },
          [doc.outlet, doc.published ? `published ${f.date(doc.published)}` : null, id].filter(Boolean).join(' · '),
          link ? [' · ', link] : null),
        el('div', { class: 'article-text' }, highlightedText(doc.text, spans, `doc${i}-`)));
    }));
}

function append(node, ...children) {
  for (const c of children.flat(Infinity)) if (c) node.append(c);
  return node;
}

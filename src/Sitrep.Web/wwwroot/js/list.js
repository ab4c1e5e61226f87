// The list of incidents: one button per incident (newest first by default), a page at a time.
import { el, replace } from './dom.js';
import * as f from './format.js';

export function createList(root, { onSelect, onPage }) {
  const list = root.querySelector('#incident-list');
  const count = root.querySelector('#list-count');
  const pager = root.querySelector('.pager');
  const previous = pager.querySelector('[data-page="previous"]');
  const next = pager.querySelector('[data-page="next"]');
  const where = pager.querySelector('.pager-where');
  let page = null;

  previous.addEventListener('click', () => page && onPage(Math.max(0, page.offset - page.limit)));
  next.addEventListener('click', () => page && onPage(page.offset + page.limit));

  function row(item, selectedId) {
    const killed = item.killed?.best;
    return el('li', {},
      el('button', {
        type: 'button', class: 'incident-row', dataset: { id: item.id },
        'aria-current': item.id === selectedId ? 'true' : null,
        on: { click: () => onSelect(item.id) },
      },
      el('span', { class: 'row-top' },
        el('span', { class: `type-chip type-${item.event_type}` }, f.eventLabel(item.event_type)),
        el('time', { datetime: item.date ?? null }, f.date(item.date))),
      el('span', { class: 'row-summary' }, item.summary || 'Incident without a summary'),
      el('span', { class: 'row-meta' },
        el('span', { class: 'killed' }, killed === null || killed === undefined ? 'toll unknown' : `${f.range(item.killed)} killed`),
        item.killed?.disputed ? el('span', { class: 'disputed' }, 'sources differ') : null,
        el('span', {}, f.plural(item.documents.length, 'source')),
        el('span', {}, [item.location, f.countryName(item.country)].filter(Boolean).join(', ')))));
  }

  function show(newPage, selectedId, { filtered = true } = {}) {
    page = newPage;
    if (page.total === 0) {
      replace(list, el('li', { class: 'empty' }, filtered ? 'No incident matches these filters.'
        : 'The database holds no incidents yet. Add articles with ./sitrep ingest, then reload this page.'));
    } else {
      replace(list, page.items.map(i => row(i, selectedId)));
    }
    count.textContent = `(${f.number(page.total)})`;
    const shown = page.items.length;
    where.textContent = page.total ? `${f.number(page.offset + 1)}–${f.number(page.offset + shown)} of ${f.number(page.total)}` : '';
    previous.disabled = page.offset === 0;
    next.disabled = page.offset + shown >= page.total;
    pager.hidden = page.total <= page.limit && page.offset === 0;
  }

  function select(id) {
    for (const b of list.querySelectorAll('.incident-row')) {
      if (b.dataset.id === id) b.setAttribute('aria-current', 'true');
      else b.removeAttribute('aria-current');
    }
  }

  function focus(id) {
    const button = [...list.querySelectorAll('.incident-row')].find(b => b.dataset.id === id);
    (button ?? root.querySelector('h2')).focus();
  }

  return { show, select, focus };
}

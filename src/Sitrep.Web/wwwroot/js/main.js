// The page: filters, map, timeline, list and incident card, kept in step with the address bar
// (?q=...&country=...&incident=...) so that a view can be bookmarked and shared.
import * as api from './api.js';
import { el, replace } from './dom.js';
import * as f from './format.js';
import { createMap } from './map.js';
import { createTimeline } from './timeline.js';
import { createList } from './list.js';
import { renderCard } from './card.js';

const FILTERS = ['q', 'from', 'to', 'country', 'admin1', 'perpetrator', 'event_type', 'min_killed'];
const PAGE = 50;

const form = document.getElementById('filters');
const status = document.getElementById('status');
const message = document.getElementById('message');
const listPanel = document.getElementById('list-panel');
const card = document.getElementById('card');
const sort = document.getElementById('sort');

const state = { offset: 0, selected: null, known: new Map(), fitNext: true, revealNext: true };
let generation = 0;
let controller = null;

const map = createMap(document.getElementById('map'), { onSelect: id => select(id) });
const timeline = createTimeline(document.getElementById('timeline'), { onRange: range => setRange(range) });
const list = createList(listPanel, {
  onSelect: id => select(id),
  onPage: offset => { state.offset = offset; refresh({ timeline: false, map: false }); listPanel.querySelector('h2').focus(); },
});

/** The current filters as API parameters (empty values left out). */
function filters() {
  const params = new URLSearchParams();
  for (const name of FILTERS) {
    const value = form.elements[name].value.trim();
    if (value) params.set(name, value);
  }
  return params;
}

function withoutDates(params) {
  const copy = new URLSearchParams(params);
  copy.delete('from');
  copy.delete('to');
  return copy;
}

function writeAddress() {
  const params = filters();
  if (sort.value !== '-date') params.set('sort', sort.value);
  if (state.selected) params.set('incident', state.selected);
  const query = params.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

function readAddress() {
  const params = new URLSearchParams(location.search);
  for (const name of FILTERS) form.elements[name].value = params.get(name) ?? '';
  if (params.get('sort')) sort.value = params.get('sort');
  return params.get('incident');
}

function showMessage(text) {
  message.hidden = !text;
  message.textContent = text ?? '';
}

async function refresh({ timeline: withTimeline = true, map: withMap = true } = {}) {
  controller?.abort();
  controller = new AbortController();
  const signal = controller.signal;
  const mine = ++generation;
  const params = filters();
  writeAddress();
  updateExports(params);
  document.body.classList.add('loading');
  try {
    const [all, page, stats] = await Promise.all([
      withMap ? api.allIncidents(params, signal) : null,
      api.incidents(params, { sort: sort.value, offset: state.offset, limit: PAGE }, signal),
      withTimeline ? api.stats(withoutDates(params), signal) : null,
    ]);
    if (mine !== generation) return;
    showMessage(null);
    for (const item of page.items) state.known.set(item.id, item);
    if (all) {
      for (const item of all.items) state.known.set(item.id, item);
      const placed = map.show(all.items, { fit: state.fitNext });
      state.fitNext = false;
      const killed = all.items.reduce((s, i) => s + (i.killed?.best ?? 0), 0);
      const injured = all.items.reduce((s, i) => s + (i.injured?.best ?? 0), 0);
      const unplaced = all.items.length - placed;
      status.textContent = `${f.plural(all.total, 'incident')} · ${f.number(killed)} killed · ${f.number(injured)} injured` +
        (unplaced ? ` · ${f.number(unplaced)} without a place on the map` : '');
      updateAdmin1(all.items);
    }
    list.show(page, state.selected, { filtered: params.size > 0 });
    if (stats) timeline.show(stats.per_day, range());
    else timeline.setRange(range());
    if (state.selected) map.select(state.selected, { reveal: Boolean(all) && state.revealNext });
    if (all) state.revealNext = false;
  } catch (error) {
    if (error.name === 'AbortError' || mine !== generation) return;
    showMessage(error instanceof api.ApiError ? error.message : `The server could not be reached: ${error.message}`);
  } finally {
    if (mine === generation) document.body.classList.remove('loading');
  }
}

function range() {
  const from = form.elements.from.value;
  const to = form.elements.to.value;
  return from || to ? { from: from || null, to: to || null } : null;
}

function setRange(r) {
  form.elements.from.value = r?.from ?? '';
  form.elements.to.value = r?.to ?? '';
  state.offset = 0;
  refresh({ timeline: false });
}

function updateExports(params) {
  for (const a of document.querySelectorAll('[data-export]')) a.href = api.exportUrl(a.dataset.export, params);
}

function updateAdmin1(items) {
  const datalist = document.getElementById('admin1-options');
  const names = [...new Set(items.map(i => i.admin1).filter(Boolean))].sort((a, b) => a.localeCompare(b));
  const have = [...datalist.options].map(o => o.value);
  for (const name of names) if (!have.includes(name)) datalist.append(el('option', { value: name }));
}

async function fillChoices() {
  const stats = await api.stats(new URLSearchParams());
  const country = form.elements.country;
  const perpetrator = form.elements.perpetrator;
  const address = new URLSearchParams(location.search);
  const keepCountry = country.value || address.get('country') || '';
  const keepPerpetrator = perpetrator.value || address.get('perpetrator') || '';
  replace(country, el('option', { value: '' }, 'All countries'),
    stats.per_country.filter(c => c.key !== 'unknown').map(c => el('option', { value: c.key }, `${f.countryName(c.key)} (${f.number(c.incidents)})`)));
  replace(perpetrator, el('option', { value: '' }, 'Anyone'),
    stats.per_perpetrator.map(p => el('option', { value: p.key }, `${p.key === 'unknown' ? 'Unknown' : p.key} (${f.number(p.incidents)})`)));
  for (const [select, value] of [[country, keepCountry], [perpetrator, keepPerpetrator]]) {
    if (value && ![...select.options].some(o => o.value === value)) select.append(el('option', { value }, value));
    select.value = value;
  }
}

async function select(id, { focus = true } = {}) {
  state.selected = id;
  writeAddress();
  list.select(id);
  map.select(id);
  const mine = ++selectGeneration;
  replace(card, el('p', { class: 'muted', role: 'status' }, 'Loading the incident…'));
  card.hidden = false;
  listPanel.hidden = true;
  try {
    const detail = await api.incident(id);
    const documents = await Promise.all(detail.documents.map(d => api.document(d).catch(error => error)));
    if (mine !== selectGeneration) return;
    renderCard(card, { detail, documents, known: state.known, onSelect: other => select(other), onClose: close });
    document.querySelector('.side').scrollTop = 0;
    if (!wide.matches && focus) card.scrollIntoView({ block: 'start' });
    if (focus) card.querySelector('#card-title').focus({ preventScroll: !wide.matches });
  } catch (error) {
    if (mine !== selectGeneration) return;
    replace(card, el('button', { type: 'button', class: 'back', on: { click: close } }, '← All incidents'),
      el('p', { class: 'error', role: 'alert' }, error instanceof api.ApiError && error.status === 404 ? `There is no incident ${id}.` : `The incident could not be loaded: ${error.message}`));
  }
}
let selectGeneration = 0;

function close() {
  const id = state.selected;
  state.selected = null;
  selectGeneration++;
  card.hidden = true;
  replace(card);
  listPanel.hidden = false;
  map.select(null);
  list.select(null);
  writeAddress();
  list.focus(id);
}

// ---- wiring ---------------------------------------------------------------------------------------------------

let typing = null;
form.addEventListener('input', event => {
  if (event.target.name !== 'q' && event.target.name !== 'admin1' && event.target.name !== 'min_killed') return;
  clearTimeout(typing);
  typing = setTimeout(() => { state.offset = 0; state.fitNext = true; refresh(); }, 350);
});
form.addEventListener('change', event => {
  if (!FILTERS.includes(event.target.name)) return;
  clearTimeout(typing);
  state.offset = 0;
  state.fitNext = !['from', 'to'].includes(event.target.name);
  refresh({ timeline: !['from', 'to'].includes(event.target.name) });
});
form.addEventListener('submit', event => {
  event.preventDefault();
  clearTimeout(typing);
  state.offset = 0;
  state.fitNext = true;
  refresh();
});
form.addEventListener('reset', () => {
  setTimeout(() => { state.offset = 0; state.fitNext = true; refresh(); });
});
sort.addEventListener('change', () => { state.offset = 0; refresh({ timeline: false, map: false }); });
document.addEventListener('keydown', event => {
  if (event.key === 'Escape' && !card.hidden && !event.defaultPrevented && !event.target.closest?.('#timeline')) close();
});
const wide = window.matchMedia('(min-width: 860px)');
const filterBox = document.getElementById('filter-box');
if (wide.matches) filterBox.open = true;
wide.addEventListener('change', e => { if (e.matches) filterBox.open = true; map.resize(); });

const initial = readAddress();
const ready = fillChoices().catch(() => {}).then(() => refresh());
if (initial) ready.then(() => select(initial, { focus: false }));

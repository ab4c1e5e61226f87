// The timeline: incidents and killed per day (per week or month over long spans), as two rows of bars in SVG.
// Dragging across it, clicking a bar, or the arrow keys when it has focus choose a period; the page then filters
// the map and the list to that period. Escape or the Clear button forget it.
import { svg, replace } from './dom.js';
import * as f from './format.js';

const DAY = 86400000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export const dayNumber = s => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / DAY;
export const dayString = n => new Date(n * DAY).toISOString().slice(0, 10);

/** The bins of a span of days: per day up to ~5 months, per week (from Monday) up to 3 years, else per month. */
export function binsFor(first, last) {
  const span = last - first + 1;
  const unit = span <= 150 ? 'day' : span <= 3 * 366 ? 'week' : 'month';
  const bins = [];
  let start = unit === 'week' ? first - ((new Date(first * DAY).getUTCDay() + 6) % 7)
    : unit === 'month' ? dayNumber(dayString(first).slice(0, 8) + '01') : first;
  while (start <= last) {
    let end;
    if (unit === 'day') end = start + 1;
    else if (unit === 'week') end = start + 7;
    else { const d = new Date(start * DAY); end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY; }
    bins.push({ start, end, incidents: 0, killed: 0 });
    start = end;
  }
  return { unit, bins };
}

export function createTimeline(root, { onRange }) {
  const chart = root.querySelector('svg');
  const caption = root.querySelector('.timeline-caption');
  const live = root.querySelector('.timeline-live');
  const clear = root.querySelector('.timeline-clear');
  let model = null;      // {unit, bins, first, last}
  let range = null;      // {from, to} day strings, inclusive
  let drag = null;
  let width = 0;
  const TOP = 4, LABEL = 14, LANE = 38, GAP = 8, AXIS = 20, PAD = 8;
  const KILLED_BASE = TOP + LABEL + LANE;
  const INCIDENTS_BASE = KILLED_BASE + GAP + LABEL + LANE;
  const H = INCIDENTS_BASE + AXIS;

  clear.addEventListener('click', () => choose(null));
  new ResizeObserver(() => {
    const w = Math.round(chart.getBoundingClientRect().width);
    if (w && w !== width) { width = w; draw(); }
  }).observe(chart);

  function x(day) {
    const w = Math.max(1, width - 2 * PAD);
    return PAD + ((day - model.first) / Math.max(1, model.last - model.first)) * w;
  }
  function dayAt(px) {
    const w = Math.max(1, width - 2 * PAD);
    return model.first + ((px - PAD) / w) * (model.last - model.first);
  }
  function binAt(day) {
    return model.bins.findIndex(b => day >= b.start && day < b.end);
  }

  function show(perDay, newRange) {
    range = newRange;
    if (!perDay.length) {
      model = null;
    } else {
      const days = perDay.map(d => dayNumber(d.key));
      const { unit, bins } = binsFor(Math.min(...days), Math.max(...days));
      for (const d of perDay) {
        const bin = bins.find(b => dayNumber(d.key) >= b.start && dayNumber(d.key) < b.end);
        bin.incidents += d.incidents;
        bin.killed += d.killed;
      }
      model = { unit, bins, first: bins[0].start, last: bins[bins.length - 1].end };
    }
    draw();
  }

  function setRange(newRange) {
    range = newRange;
    draw();
  }

  function choose(newRange, announce = true) {
    range = newRange;
    draw();
    if (announce) onRange(range);
  }

  function inRange(bin) {
    if (!range) return true;
    const from = range.from ? dayNumber(range.from) : -Infinity;
    const to = range.to ? dayNumber(range.to) + 1 : Infinity;
    return bin.start < to && bin.end > from;
  }

  function draw() {
    clear.hidden = !range;
    chart.toggleAttribute('hidden', !model);
    if (!model || !width) {
      replace(chart);
      chart.setAttribute('viewBox', `0 0 ${Math.max(width, 1)} ${H}`);
      caption.textContent = model ? '' : 'No incident with a known day matches the filters.';
      chart.setAttribute('aria-label', caption.textContent || 'Timeline');
      return;
    }
    chart.setAttribute('viewBox', `0 0 ${width} ${H}`);
    chart.setAttribute('height', H);
    const maxKilled = Math.max(1, ...model.bins.map(b => b.killed));
    const maxIncidents = Math.max(1, ...model.bins.map(b => b.incidents));
    const killedBase = KILLED_BASE;
    const incidentsBase = INCIDENTS_BASE;
    const nodes = [svg('rect', { class: 'brush-area', x: 0, y: 0, width, height: H })];
    nodes.push(svg('line', { class: 'baseline', x1: PAD, x2: width - PAD, y1: killedBase + 0.5, y2: killedBase + 0.5 }));
    nodes.push(svg('line', { class: 'baseline', x1: PAD, x2: width - PAD, y1: incidentsBase + 0.5, y2: incidentsBase + 0.5 }));
    for (const b of model.bins) {
      if (!b.incidents) continue;
      const x0 = x(b.start);
      const w = Math.max(2, x(b.end) - x0 - 1);
      const hk = b.killed ? Math.max(2, (b.killed / maxKilled) * (LANE - 2)) : 0;
      const hi = Math.max(2, (b.incidents / maxIncidents) * (LANE - 2));
      const label = `${binLabel(b)}: ${f.plural(b.incidents, 'incident')}, ${f.number(b.killed)} killed`;
      const cls = inRange(b) ? '' : ' outside';
      nodes.push(svg('rect', { class: `bar killed${cls}`, x: x0, y: killedBase - hk, width: w, height: hk }, svg('title', { text: label })));
      nodes.push(svg('rect', { class: `bar incidents${cls}`, x: x0, y: incidentsBase - hi, width: w, height: hi }, svg('title', { text: label })));
    }
    nodes.push(svg('text', { class: 'lane-label', x: PAD, y: TOP + 10 }, `Killed (max ${f.number(maxKilled)} a ${model.unit})`));
    nodes.push(svg('text', { class: 'lane-label', x: PAD, y: KILLED_BASE + GAP + 10 }, `Incidents (max ${f.number(maxIncidents)} a ${model.unit})`));
    for (const t of ticks()) {
      nodes.push(svg('line', { class: 'tick', x1: x(t.day), x2: x(t.day), y1: incidentsBase, y2: incidentsBase + 4 }));
      nodes.push(svg('text', { class: 'tick-label', x: x(t.day), y: incidentsBase + 15, 'text-anchor': 'middle' }, t.label));
    }
    if (range) {
      const from = range.from ? Math.max(model.first, dayNumber(range.from)) : model.first;
      const to = range.to ? Math.min(model.last, dayNumber(range.to) + 1) : model.last;
      if (to > from) nodes.push(svg('rect', { class: 'selection', x: x(from), y: TOP, width: Math.max(2, x(to) - x(from)), height: incidentsBase - TOP }));
    }
    replace(chart, nodes);
    const total = model.bins.reduce((s, b) => s + b.incidents, 0);
    const killed = model.bins.reduce((s, b) => s + b.killed, 0);
    const period = `${f.date(dayString(model.first))} to ${f.date(dayString(model.last - 1))}`;
    const chosen = range ? ` Chosen period: ${describeRange()}.` : '';
    chart.setAttribute('aria-label', `Timeline of ${f.plural(total, 'incident')} and ${f.number(killed)} killed per ${model.unit}, ${period}.${chosen} Use the arrow keys to choose a period, Shift to widen it, Escape to clear.`);
    caption.textContent = `Per ${model.unit}, ${period}. Drag across the bars to choose a period.`;
  }

  function describeRange() {
    if (!range) return 'all dates';
    if (range.from === range.to) return f.date(range.from);
    return `${range.from ? f.date(range.from) : 'the start'} to ${range.to ? f.date(range.to) : 'the end'}`;
  }

  function binLabel(b) {
    if (model.unit === 'day') return f.date(dayString(b.start));
    if (model.unit === 'week') return `Week of ${f.date(dayString(b.start))}`;
    return f.date(dayString(b.start).slice(0, 7));
  }

  function ticks() {
    const result = [];
    const first = new Date(model.first * DAY);
    const spanDays = model.last - model.first;
    const maxTicks = Math.max(2, Math.floor(width / 64));
    if (spanDays <= 21) {
      const step = Math.ceil(spanDays / maxTicks) || 1;
      for (let d = model.first; d <= model.last; d += step) {
        const date = new Date(d * DAY);
        result.push({ day: d, label: `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}` });
      }
      return result;
    }
    let y = first.getUTCFullYear();
    let m = first.getUTCMonth() + 1;
    const months = [];
    for (;;) {
      if (m > 11) { m = 0; y++; }
      const d = Date.UTC(y, m, 1) / DAY;
      if (d > model.last) break;
      months.push({ day: d, y, m });
      m++;
    }
    const step = [1, 2, 3, 6, 12, 24, 60].find(s => months.length / s <= maxTicks) ?? 120;
    for (const t of months) {
      if (step >= 12 ? t.m !== 0 || t.y % (step / 12) !== 0 : t.m % step !== 0) continue;
      result.push({ day: t.day, label: t.m === 0 || step >= 12 ? (step >= 12 ? String(t.y) : `${MONTHS[0]} ${t.y}`) : MONTHS[t.m] });
    }
    return result;
  }

  function binsToRange(i, j) {
    const a = model.bins[Math.max(0, Math.min(i, j))];
    const b = model.bins[Math.min(model.bins.length - 1, Math.max(i, j))];
    return { from: dayString(a.start), to: dayString(b.end - 1) };
  }

  function pointerX(event) {
    const box = chart.getBoundingClientRect();
    return ((event.clientX - box.left) / box.width) * width;
  }

  chart.addEventListener('pointerdown', event => {
    if (!model || event.button !== 0) return;
    chart.setPointerCapture(event.pointerId);
    drag = { x0: pointerX(event), x1: pointerX(event) };
    event.preventDefault();
  });
  chart.addEventListener('pointermove', event => {
    if (!drag) return;
    drag.x1 = pointerX(event);
    const i = binAt(Math.max(model.first, Math.min(model.last - 0.01, dayAt(drag.x0))));
    const j = binAt(Math.max(model.first, Math.min(model.last - 0.01, dayAt(drag.x1))));
    if (i >= 0 && j >= 0) { range = binsToRange(i, j); draw(); }
  });
  const finish = event => {
    if (!drag) return;
    const moved = Math.abs(drag.x1 - drag.x0) >= 4;
    const i = binAt(Math.max(model.first, Math.min(model.last - 0.01, dayAt(drag.x0))));
    const j = moved ? binAt(Math.max(model.first, Math.min(model.last - 0.01, dayAt(drag.x1)))) : i;
    drag = null;
    if (event.type === 'pointercancel' || i < 0 || j < 0) { draw(); return; }
    choose(binsToRange(i, j));
    live.textContent = `Chosen period: ${describeRange()}.`;
  };
  chart.addEventListener('pointerup', finish);
  chart.addEventListener('pointercancel', finish);

  chart.addEventListener('keydown', event => {
    if (!model) return;
    const last = model.bins.length - 1;
    const current = range
      ? [binAt(dayNumber(range.from ?? dayString(model.first))), binAt(dayNumber(range.to ?? dayString(model.last - 1)))]
      : null;
    let next = null;
    const [a, b] = current && current[0] >= 0 && current[1] >= 0 ? current : [last, last];
    switch (event.key) {
      case 'ArrowLeft': next = event.shiftKey ? [Math.max(0, a - 1), b] : current ? [Math.max(0, a - 1), Math.max(0, a - 1)] : [last, last]; break;
      case 'ArrowRight': next = event.shiftKey ? [a, Math.min(last, b + 1)] : current ? [Math.min(last, b + 1), Math.min(last, b + 1)] : [0, 0]; break;
      case 'Home': next = [0, 0]; break;
      case 'End': next = [last, last]; break;
      case 'Escape': if (range) { event.preventDefault(); choose(null); live.textContent = 'All dates.'; } return;
      default: return;
    }
    event.preventDefault();
    choose(binsToRange(next[0], next[1]));
    live.textContent = `Chosen period: ${describeRange()}.`;
  });

  return { show, setRange };
}

// Words and numbers as the page shows them.

const numberFormat = new Intl.NumberFormat('en');
const regionNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;

export const EVENT_TYPES = ['bombing', 'air_strike', 'shelling', 'kidnapping', 'assassination', 'armed_assault', 'battle', 'other'];

const EVENT_LABELS = {
  bombing: 'Bombing', air_strike: 'Air strike', shelling: 'Shelling', kidnapping: 'Kidnapping',
  assassination: 'Assassination', armed_assault: 'Armed assault', battle: 'Battle', other: 'Other',
};

export function eventLabel(type) {
  return EVENT_LABELS[type] ?? String(type ?? 'unknown').replaceAll('_', ' ');
}

/** "Syria" for "SY", or the code itself when the browser does not know it. */
export function countryName(code) {
  if (!code) return 'unknown country';
  try { return regionNames?.of(code) ?? code; } catch { return code; }
}

export function number(n) {
  return n === null || n === undefined ? '–' : numberFormat.format(n);
}

/** "50", "50 (40–100)" for a range, "unknown" without a figure. */
export function range(c) {
  if (!c || c.best === null || c.best === undefined) return c && c.reports > 0 ? 'not counted' : 'unknown';
  if (c.low !== null && c.high !== null && c.low !== c.high) return `${number(c.best)} (${number(c.low)}–${number(c.high)})`;
  return number(c.best);
}

const QUALIFIER_WORDS = {
  exact: '', at_least: 'at least ', more_than: 'more than ', at_most: 'at most ', nearly: 'nearly ', about: 'about ',
};

/** A reported figure in words: "at least 40", "dozens". */
export function figure(value, qualifier) {
  if (value === null || value === undefined) return qualifier === 'dozens' ? 'dozens' : (qualifier ?? 'unknown').replaceAll('_', ' ');
  return (QUALIFIER_WORDS[qualifier] ?? '') + number(value);
}

const RESPONSIBILITY = {
  claimed: 'claimed it', attributed: 'blamed by others', suspected: 'suspected', denied: 'denied it', unknown: 'responsibility unknown',
};

export function responsibility(r) {
  return RESPONSIBILITY[r] ?? r ?? '';
}

export function words(list) {
  return (list ?? []).map(w => String(w).replaceAll('_', ' ')).join(', ');
}

/** "27 Jul 2016" for "2016-07-27"; "Jul 2016" and "2016" for coarser dates. */
export function date(d) {
  if (!d) return 'date unknown';
  const [y, m, day] = d.split('-').map(Number);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  if (day) return `${day} ${months[m - 1]} ${y}`;
  if (m) return `${months[m - 1]} ${y}`;
  return String(y);
}

export function place(i) {
  return [i.sublocation, i.location, i.admin1, countryName(i.country)].filter(Boolean).join(', ');
}

export function plural(n, one, many = `${one}s`) {
  return `${number(n)} ${n === 1 ? one : many}`;
}

// The page's calls to the HTTP API (same origin). Errors come back as problem details (RFC 9457).

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `The server answered ${status}.`);
    this.status = status;
    this.problem = problem;
  }
}

async function get(path, params, signal) {
  const query = params instanceof URLSearchParams ? params : new URLSearchParams(params ?? {});
  const url = query.size ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** One page of incidents. */
export function incidents(filter, { sort = '-date', offset = 0, limit = 50 } = {}, signal) {
  const params = new URLSearchParams(filter);
  params.set('sort', sort);
  params.set('offset', offset);
  params.set('limit', limit);
  return get('/api/incidents', params, signal);
}

/** Every incident the filter keeps (for the map), page after page, up to `max`. */
export async function allIncidents(filter, signal, max = 20000) {
  const items = [];
  let total = Infinity;
  while (items.length < Math.min(total, max)) {
    const page = await incidents(filter, { sort: 'date', offset: items.length, limit: 1000 }, signal);
    total = page.total;
    items.push(...page.items);
    if (page.items.length === 0) break;
  }
  return { total, items };
}

export const incident = (id, signal) => get(`/api/incidents/${encodeURIComponent(id)}`, null, signal);
export const document = (id, signal) => get(`/api/documents/${encodeURIComponent(id)}`, null, signal);
export const stats = (filter, signal) => get('/api/stats', new URLSearchParams(filter), signal);

export function exportUrl(format, filter) {
  const params = new URLSearchParams(filter);
  params.set('format', format);
  return `/api/export?${params}`;
}

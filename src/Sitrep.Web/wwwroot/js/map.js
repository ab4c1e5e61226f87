// The map: country outlines bundled with the page (Natural Earth through world-atlas), incidents as circles sized
// by the killed, clustered when dense. Leaflet and Leaflet.markercluster are loaded as classic scripts (window.L).
import { el } from './dom.js';
import * as f from './format.js';

const L = window.L;

/** A div icon that names itself for screen readers and says how many incidents it stands for. */
const LabelledIcon = L.DivIcon.extend({
  createIcon(old) {
    const div = L.DivIcon.prototype.createIcon.call(this, old);
    div.setAttribute('aria-label', this.options.label);
    div.dataset.count = String(this.options.count);
    if (this.options.incident) div.dataset.id = this.options.incident;
    return div;
  },
});

/** Diameter in pixels of a circle for this many killed: the area grows with the toll. */
export function diameter(killed, base = 14, max = 60) {
  return Math.round(Math.min(max, base + 5 * Math.sqrt(Math.max(0, killed ?? 0))));
}

/**
 * world-atlas keeps rings that cross the antimeridian whole (d3-geo cuts them on the sphere); drawn flat they would
 * streak across the map. Each ring is unwrapped instead: a jump of more than 180° of longitude continues past ±180.
 */
export function withoutAntimeridianJumps(collection) {
  const ring = points => {
    let offset = 0;
    return points.map(([lon, lat], i) => {
      if (i > 0) {
        const step = lon - points[i - 1][0];
        if (step > 180) offset -= 360;
        else if (step < -180) offset += 360;
      }
      return [lon + offset, lat];
    });
  };
  for (const feature of collection.features) {
    const g = feature.geometry;
    if (!g) continue;
    if (g.type === 'Polygon') g.coordinates = g.coordinates.map(ring);
    else if (g.type === 'MultiPolygon') g.coordinates = g.coordinates.map(polygon => polygon.map(ring));
  }
  return collection;
}

export function createMap(container, { onSelect }) {
  const map = L.map(container, {
    worldCopyJump: true, minZoom: 1, maxZoom: 13, zoomSnap: 0.5, keyboard: true, attributionControl: true,
  }).setView([25, 20], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Outlines: Natural Earth · Leaflet');

  // What the circles mean (a picture for sighted users; each marker names itself for screen readers).
  const Legend = L.Control.extend({
    options: { position: 'bottomleft' },
    onAdd() {
      const sample = killed => {
        const dot = el('span', { class: 'legend-dot' });
        dot.style.width = dot.style.height = `${diameter(killed)}px`;
        return el('span', { class: 'legend-item' }, dot, f.number(killed));
      };
      const box = el('div', { class: 'map-legend', 'aria-hidden': 'true' },
        el('span', { class: 'legend-title' }, 'Killed'), sample(1), sample(10), sample(50),
        el('span', { class: 'legend-item' }, el('span', { class: 'legend-cluster' }, '3'), 'incidents'));
      L.DomEvent.disableClickPropagation(box);
      return box;
    },
  });
  new Legend().addTo(map);

  const outlines = fetch('lib/world-atlas/countries-50m.json')
    .then(r => (r.ok ? r.json() : Promise.reject(new Error(`outlines: ${r.status}`))))
    .then(topology => {
      const countries = withoutAntimeridianJumps(window.topojson.feature(topology, topology.objects.countries));
      L.geoJSON(countries, { interactive: false, style: { className: 'country', weight: 0.7 } }).addTo(map);
    })
    .catch(() => container.classList.add('no-outlines'));

  // A new cluster group for every new set of incidents: clearing one in the middle of its own updates can lose markers.
  // No cluster animation: the map changes at once, for people who dislike motion and for tests.
  const newClusters = () => L.markerClusterGroup({
    animate: false,
    showCoverageOnHover: false,
    maxClusterRadius: 36,
    spiderfyDistanceMultiplier: 1.6,
    iconCreateFunction(cluster) {
      const markers = cluster.getAllChildMarkers();
      const killed = markers.reduce((sum, m) => sum + (m.options.killed ?? 0), 0);
      const count = cluster.getChildCount();
      const d = diameter(killed, 28, 72);
      return new LabelledIcon({
        className: 'incident-cluster',
        html: el('span', { class: 'cluster-count', 'aria-hidden': 'true' }, f.number(count)),
        iconSize: [d, d],
        label: `${f.plural(count, 'incident')}, ${f.number(killed)} killed: zoom in`,
        count,
      });
    },
  });
  let clusters = newClusters().addTo(map);
  new ResizeObserver(() => map.invalidateSize({ pan: false })).observe(container);

  const markers = new Map();
  let selected = null;

  function icon(item, isSelected) {
    const d = diameter(item.killed?.best);
    return new LabelledIcon({
      className: `incident-marker type-${item.event_type}${isSelected ? ' selected' : ''}`,
      html: el('span', { class: 'dot', 'aria-hidden': 'true' }),
      iconSize: [d, d],
      label: `${item.summary} (${f.date(item.date)})`,
      count: 1,
      incident: item.id,
    });
  }

  function show(items, { fit = false } = {}) {
    map.removeLayer(clusters);
    clusters = newClusters();
    markers.clear();
    const layers = [];
    for (const item of items) {
      if (item.latitude === null || item.longitude === null) continue;
      const marker = L.marker([item.latitude, item.longitude], {
        icon: icon(item, item.id === selected), keyboard: true, riseOnHover: true, killed: item.killed?.best ?? 0,
      });
      marker.item = item;
      marker.on('click', () => onSelect(item.id));
      markers.set(item.id, marker);
      layers.push(marker);
    }
    clusters.addLayers(layers);
    map.addLayer(clusters);
    map.invalidateSize({ pan: false });
    if (layers.length && (fit || !layers.every(m => map.getBounds().contains(m.getLatLng())))) {
      map.fitBounds(L.latLngBounds(layers.map(m => m.getLatLng())).pad(0.25), { maxZoom: 7, animate: false });
    }
    return layers.length;
  }

  function select(id, { reveal = true } = {}) {
    const previous = selected && markers.get(selected);
    selected = id;
    if (previous) previous.setIcon(icon(previous.item, false));
    const marker = id && markers.get(id);
    if (!marker) return;
    marker.setIcon(icon(marker.item, true));
    marker.setZIndexOffset(1000);
    if (reveal) show_(marker);
  }

  /** Brings a marker into view: pans to it, zooms in (not past 7) when a cluster hides it, spreads a cluster that cannot split. */
  function show_(marker) {
    const at = marker.getLatLng();
    if (!map.getBounds().pad(-0.05).contains(at)) map.setView(at, Math.max(map.getZoom(), 5), { animate: false });
    let parent = clusters.getVisibleParent(marker);
    if (parent && parent !== marker) {
      const bounds = parent.getBounds();
      if (!bounds.getNorthEast().equals(bounds.getSouthWest())) {
        map.fitBounds(bounds.pad(0.6), { maxZoom: 7, animate: false });
        parent = clusters.getVisibleParent(marker);
      }
      if (parent && parent !== marker && typeof parent.spiderfy === 'function') parent.spiderfy();
    }
  }

  function resize() { map.invalidateSize(); }

  return { show, select, resize, outlines, leaflet: map };
}

// Where: country outlines (Natural Earth, from the vendored world-atlas package), each country
// shaded by the events located in it (country-level places too, which have no coordinates), and
// the located towns as circles. Drag and scroll to pan and zoom; click a country to filter.
import {fmt, note, tame, widthOf} from "./dom.js";

const {d3, Plot, topojson} = globalThis;
const NS = "http://www.w3.org/2000/svg";
const HEIGHT = 400;
let world = null;

async function outlines() {
  if (!world) {
    const res = await fetch("/static/vendor/countries-50m.json");
    if (!res.ok) throw new Error("the map outlines could not be loaded");
    const topo = await res.json();
    world = {countries: topojson.feature(topo, topo.objects.countries).features,
      borders: topojson.mesh(topo, topo.objects.countries, (a, b) => a !== b)};
  }
  return world;
}

function svgEl(tag, attrs, parent) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  parent?.appendChild(el);
  return el;
}

// The area to show: the shaded countries and the points, at least 40 by 25 degrees around them.
function focus(features, points) {
  if (!features.length && !points.length) return {type: "Sphere"};
  const all = {type: "FeatureCollection", features: [...features,
    ...points.map((p) => ({type: "Feature", geometry: {type: "Point", coordinates: [p.lon, p.lat]}}))]};
  const [[w, s], [e, n]] = d3.geoBounds(all);
  if (e < w) return {type: "Sphere"};  // across the antimeridian: the world
  const cx = (w + e) / 2, cy = (s + n) / 2, hw = Math.max(20, (e - w) / 2 + 3), hh = Math.max(12.5, (n - s) / 2 + 3);
  return {type: "MultiPoint", coordinates: [[cx - hw, cy - hh], [cx + hw, cy + hh], [cx - hw, cy + hh], [cx + hw, cy - hh]]};
}

// byCountry: [{place_country, name, n}]; places: [{place_name, place_country, lat, lon, n}];
// countries: codebook {code: {name, numeric}}; onPlace(code).
export async function drawMap(el, legend, caption, {byCountry, places, total, countries, onPlace}) {
  legend.replaceChildren();
  const {countries: shapes, borders} = await outlines();
  const codeOf = new Map();
  for (const [code, c] of Object.entries(countries)) {
    if (c.numeric) codeOf.set(c.numeric, code);
    codeOf.set(c.name, code);
  }
  const counts = new Map(byCountry.map((c) => [c.place_country, c]));
  const keyed = shapes.map((f) => ({f, code: codeOf.get(f.id) ?? codeOf.get(f.properties.name)}));
  const shaded = keyed.filter((k) => counts.has(k.code));
  const located = d3.sum(places, (p) => p.n), inCountry = d3.sum(byCountry, (c) => c.n);
  const unplaced = total - inCountry;
  caption.textContent = !total ? "" : `${fmt(inCountry)} of ${fmt(total)} events have a place: ${fmt(located)} in a town or region ` +
    `(circles), ${fmt(Math.max(0, inCountry - located))} in a country only (shading)` + (unplaced > 0 ? `; ${fmt(unplaced)} have none.` : ".");
  if (!byCountry.length && !places.length) {
    note(el, "No located events match these filters.");
    return;
  }
  const width = widthOf(el);
  const projection = d3.geoEqualEarth().fitExtent([[8, 8], [width - 8, HEIGHT - 8]], focus(shaded.map((k) => k.f), places));
  const path = d3.geoPath(projection);
  const max = d3.max(byCountry, (c) => c.n) || 1;
  const colour = d3.scaleSequentialSqrt([0, max], (t) => d3.interpolateOranges(0.15 + 0.85 * t));
  const radius = d3.scaleSqrt([0, d3.max(places, (p) => p.n) || 1], [0, 12]);

  const svg = svgEl("svg", {id: "map-chart", class: "map", viewBox: `0 0 ${width} ${HEIGHT}`, role: "img",
    "aria-label": `Map: ${byCountry.length} countries shaded, ${places.length} places`});
  const zoomed = svgEl("g", {}, svg);
  svgEl("path", {d: path({type: "Sphere"}), class: "sphere"}, zoomed);
  svgEl("path", {d: path(d3.geoGraticule10()), class: "graticule"}, zoomed);
  const land = svgEl("g", {class: "countries"}, zoomed);
  for (const {f, code} of keyed) {
    const c = counts.get(code);
    const shape = svgEl("path", {d: path(f), class: c ? "country shaded" : "country", fill: c ? colour(c.n) : "#e8e6e1",
      "data-code": code ?? ""}, land);
    svgEl("title", {}, shape).textContent = c ? `${c.name ?? f.properties.name}: ${fmt(c.n)} events. Click to filter.` : f.properties.name;
    if (c) shape.addEventListener("click", () => onPlace(code));
  }
  svgEl("path", {d: path(borders), class: "borders"}, zoomed);
  const names = svgEl("g", {class: "country-labels"}, zoomed);
  // one label a country, on its largest shape (a territory may share its numeric code), placed
  // the countries with most events first and left out where it would cover one already placed
  const largest = new Map();
  for (const k of shaded) if (!largest.has(k.code) || path.area(k.f) > path.area(largest.get(k.code).f)) largest.set(k.code, k);
  const taken = [];
  for (const {f, code} of [...largest.values()].sort((a, b) => counts.get(b.code).n - counts.get(a.code).n)) {
    const [x, y] = path.centroid(f);
    const label = counts.get(code).name ?? f.properties.name;
    const box = [x - label.length * 3.2, y - 10, x + label.length * 3.2, y + 3];
    if (!Number.isFinite(x) || box[0] < 0 || box[2] > width || box[1] < 0 || box[3] > HEIGHT) continue;
    if (taken.some((t) => box[0] < t[2] && t[0] < box[2] && box[1] < t[3] && t[1] < box[3])) continue;
    taken.push(box);
    svgEl("text", {x, y, "text-anchor": "middle"}, names).textContent = label;
  }
  const dots = svgEl("g", {class: "places"}, zoomed);
  for (const p of places) {
    const xy = projection([p.lon, p.lat]);
    if (!xy) continue;
    const dot = svgEl("circle", {cx: xy[0], cy: xy[1], r: 2.5 + radius(p.n), class: "place", "data-r": 2.5 + radius(p.n)}, dots);
    svgEl("title", {}, dot).textContent = `${p.place_name} (${p.place_country}): ${fmt(p.n)} events`;
  }
  el.replaceChildren(svg);
  d3.select(svg).call(d3.zoom().scaleExtent([1, 16]).on("zoom", ({transform}) => {
    zoomed.setAttribute("transform", transform);
    for (const dot of dots.children) dot.setAttribute("r", dot.dataset.r / transform.k);
    names.setAttribute("font-size", 11 / transform.k);
  }));
  legend.appendChild(tame(Plot.legend({className: "plot", color: {type: "sqrt", domain: [0, max],
    interpolate: (t) => d3.interpolateOranges(0.15 + 0.85 * t), label: "Events in the country"}, width: 260})));
}

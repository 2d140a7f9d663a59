// The Events view: filters, the three charts, the table and the evidence of one event, all drawn
// from the state in the URL hash (state.js). Charts are redrawn only when the filters change, the
// table only when its page does (opening an event just marks its row).
import {$, fmt} from "./dom.js";
import {getJSON} from "./api.js";
import {FILTERS, filterQuery, go} from "./state.js";
import {drawTimeline} from "./timeline.js";
import {drawNetwork} from "./network.js";
import {drawMap} from "./map.js";
import {PAGE_SIZES, drawTable} from "./table.js";
import {showEvent, showNothing} from "./detail.js";

const TOP = [10, 25, 50, 100];
const drawn = {charts: null, timeline: null, timelineRows: [], table: null, total: 0};
let codebook = null;

export function setUpEvents(book) {
  codebook = book;
  const form = $("#filters");
  form.elements.root.append(...book.roots.map((r) => new Option(`${r.code} ${r.label}`, r.code)));
  form.elements.plover.append(...book.plover.map((p) => new Option(p, p)));
  $("#top").append(...TOP.map((n) => new Option(String(n), String(n))));
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    go(Object.fromEntries(FILTERS.map((k) => [k, form.elements[k].value.trim() || null])));
  });
  $("#clear").addEventListener("click", () => go(Object.fromEntries(FILTERS.map((k) => [k, null]))));
  $("#top").addEventListener("change", (ev) => go({top: ev.target.value}));
}

function fillForm(params) {
  const form = $("#filters");
  for (const k of FILTERS) form.elements[k].value = params.get(k) ?? "";
  $("#top").value = String(topOf(params));
}

const topOf = (params) => (TOP.includes(Number(params.get("top"))) ? Number(params.get("top")) : 25);
const sizeOf = (params) => (PAGE_SIZES.includes(Number(params.get("size"))) ? Number(params.get("size")) : 25);

function describe(params) {
  const parts = FILTERS.filter((k) => params.get(k)).map((k) => `${k} ${params.get(k)}`);
  return parts.length ? ` matching ${parts.join(", ")}` : "";
}

async function charts(params) {
  const filters = filterQuery(params);
  const key = `${filters}&top=${topOf(params)}`;
  if (drawn.charts === key) return;
  const undated = `${filterQuery(params, {without: ["since", "until"]})}`;  // the timeline's context
  const [stats, context] = await Promise.all([
    getJSON(`/api/stats?${filters}&top=${topOf(params)}`),
    drawn.timeline === undated ? null : getJSON(`/api/stats?${undated}&top=1`)]);
  if (context) [drawn.timeline, drawn.timelineRows] = [undated, context.by_day];
  const total = stats.totals.events;
  $("#summary").textContent = `${fmt(total)} events (${fmt(stats.totals.mentions)} mentions)` +
    `${describe(params)}, in a store of ${fmt(stats.articles)} articles.`;
  drawTimeline($("#timeline"), $("#timeline-note"), drawn.timelineRows, {
    quads: codebook.quad_classes, range: [params.get("since"), params.get("until")],
    onBrush: (range) => go({since: range?.[0] ?? null, until: range?.[1] ?? null})});
  drawNetwork($("#network"), $("#network-legend"), stats.dyads, {onActor: (code) => go({actor: code})});
  await drawMap($("#map"), $("#map-legend"), $("#map-note"), {byCountry: stats.by_country, places: stats.places,
    total, countries: codebook.countries, onPlace: (code) => go({place: code})});
  drawn.charts = key;
}

async function table(params) {
  const size = sizeOf(params);
  const page = Math.max(1, Number(params.get("page")) || 1);
  const sort = params.get("sort") || "date";
  const q = filterQuery(params);
  q.set("limit", size);
  q.set("offset", (page - 1) * size);
  q.set("sort", sort);
  if (drawn.table === `${q}`) {  // the same page: only the event on show changed
    for (const tr of $("#table").tBodies[0].rows) tr.classList.toggle("selected", tr.dataset.id === params.get("event"));
    return drawn.total;
  }
  const events = await getJSON(`/api/events?${q}`);
  [drawn.table, drawn.total] = [`${q}`, events.total];
  drawTable($("#table"), [$("#pager-top"), $("#pager")], events, {sort, selected: params.get("event")}, {
    sort: (s) => go({sort: s, page: null}),
    page: (n) => go({page: n > 1 ? n : null}),
    size: (n) => go({size: n, page: null}),
    open: (id) => go({event: id}),
  });
  return events.total;
}

async function detail(params, total) {
  const box = $("#detail");
  const id = params.get("event");
  if (!total) return showNothing(box, "No events match these filters, so there is no evidence to show. Widen or clear the filters.");
  if (!id) return showNothing(box, "Pick an event in the table to see the sentences it was coded from.");
  try {
    showEvent(box, await getJSON(`/api/events/${encodeURIComponent(id)}`));
  } catch (err) {
    showNothing(box, err.status === 404 ? "That event is not in this store." : `Error: ${err.message}`);
  }
}

export async function showEvents(params) {
  fillForm(params);
  const [, total] = await Promise.all([charts(params), table(params)]);
  await detail(params, total);
  document.body.dataset.ready = location.hash;  // for tests: this state is on screen
}

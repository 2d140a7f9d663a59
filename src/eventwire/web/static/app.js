// eventwire dashboard: plain JavaScript and SVG, no libraries, no network beyond this server.
"use strict";
const $ = (s) => document.querySelector(s);
const NS = "http://www.w3.org/2000/svg";
const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
const TOKEN = "eventwire-token";

// A stored URL becomes a link only when it is an absolute http(s) URL: `javascript:`, `data:` and
// every other scheme (or no URL at all) is shown as text. esc() keeps HTML out, not schemes.
function httpUrl(value) {
  try {
    const url = new URL(String(value ?? ""));
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function link(url, label) {
  const href = httpUrl(url);
  return href ? `<a href="${esc(href)}" rel="noopener noreferrer" target="_blank">${esc(label)}</a>` : esc(label);
}

function svg(tag, attrs, parent) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  if (parent) parent.appendChild(el);
  return el;
}

async function getJSON(url, options = {}) {
  const headers = {...(options.headers || {})};
  const token = sessionStorage.getItem(TOKEN);
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(url, {...options, headers});
  const body = await res.json().catch(() => ({error: res.statusText}));
  if (res.status === 401) $("#login").hidden = false;  // a server bound beyond loopback
  if (!res.ok) throw new Error(body.error || res.statusText);
  return body;
}

function filterQuery() {
  const data = new FormData($("#filters"));
  const q = new URLSearchParams();
  for (const [k, v] of data.entries()) if (v) q.set(k, v);
  return q;
}

async function refresh() {
  const q = filterQuery();
  const [events, stats] = await Promise.all([
    getJSON(`/api/events?${q}&limit=200`), getJSON(`/api/stats?${q}`)]);
  $("#total").textContent = `${events.total} events`;
  drawTable(events.items);
  drawTimeline(stats.by_day);
  drawNetwork(stats.dyads);
  await drawMap(stats.places);
}

function drawTable(items) {
  const body = $("#table tbody");
  body.innerHTML = "";
  for (const e of items) {
    const tr = document.createElement("tr");
    tr.dataset.id = e.id;
    tr.innerHTML = `<td>${esc(e.date)}</td><td>${esc(e.source_code)}</td><td>${esc(e.cameo)}</td>` +
      `<td>${esc(e.target_code)}</td><td>${esc(e.plover_type)}</td><td>${esc(e.place_name)}</td>` +
      `<td>${e.num_mentions}</td><td>${e.num_sources}</td>`;
    tr.addEventListener("click", () => showEvent(e.id));
    body.appendChild(tr);
  }
}

function drawTimeline(rows) {
  const el = $("#timeline");
  el.innerHTML = "";
  const days = [...new Set(rows.map((r) => r.date).filter(Boolean))].sort();
  if (!days.length) return;
  const per = {};
  for (const r of rows) if (r.date) (per[r.date] ??= []).push(r);
  const max = Math.max(...days.map((d) => per[d].reduce((a, r) => a + r.n, 0)));
  const w = 580 / days.length;
  days.forEach((d, i) => {
    let y = 165;
    for (const r of per[d].sort((a, b) => a.quad_class - b.quad_class)) {
      const h = (r.n / max) * 150;
      y -= h;
      const bar = svg("rect", {x: 10 + i * w, y, width: Math.max(1, w - 1), height: h, class: `q${r.quad_class}`}, el);
      svg("title", {}, bar).textContent = `${d}: ${r.n} (quad class ${r.quad_class})`;
    }
  });
  svg("text", {x: 10, y: 178, "font-size": 10}, el).textContent = days[0];
  svg("text", {x: 520, y: 178, "font-size": 10}, el).textContent = days[days.length - 1];
}

function drawNetwork(dyads) {
  const el = $("#network");
  el.innerHTML = "";
  const nodes = [...new Set(dyads.flatMap((d) => [d.source_code, d.target_code]))].slice(0, 24);
  const pos = {};
  nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length;
    pos[n] = [300 + 140 * Math.cos(a), 180 + 140 * Math.sin(a)];
  });
  const max = Math.max(1, ...dyads.map((d) => d.n));
  for (const d of dyads) {
    if (!pos[d.source_code] || !pos[d.target_code]) continue;
    const g = d.mean_goldstein;
    const colour = g < 0 ? `rgb(${Math.min(255, 120 - g * 14)},60,60)` : `rgb(60,${Math.min(255, 120 + g * 14)},90)`;
    const line = svg("line", {x1: pos[d.source_code][0], y1: pos[d.source_code][1], x2: pos[d.target_code][0],
      y2: pos[d.target_code][1], stroke: colour, "stroke-width": 1 + (5 * d.n) / max, "stroke-opacity": 0.7}, el);
    svg("title", {}, line).textContent = `${d.source_code} → ${d.target_code}: ${d.n} events, mean Goldstein ${g}`;
  }
  for (const n of nodes) {
    svg("circle", {cx: pos[n][0], cy: pos[n][1], r: 6, fill: "#1d3557"}, el);
    svg("text", {x: pos[n][0] + 8, y: pos[n][1] + 4, "font-size": 11}, el).textContent = n;
  }
}

let basemap = null;
async function drawMap(places) {
  basemap ??= await getJSON("/api/basemap").catch(() => []);
  const el = $("#map");
  el.innerHTML = "";
  for (const [lon, lat] of basemap) {
    svg("circle", {cx: (lon + 180) * 600 / 360, cy: (90 - lat) * 300 / 180, r: 0.7, fill: "#b8c4d0"}, el);
  }
  for (let lon = -180; lon <= 180; lon += 30) svg("line", {x1: (lon + 180) * 600 / 360, y1: 0, x2: (lon + 180) * 600 / 360, y2: 300, stroke: "#e4e4e4"}, el);
  for (let lat = -90; lat <= 90; lat += 30) svg("line", {x1: 0, y1: (90 - lat) * 300 / 180, x2: 600, y2: (90 - lat) * 300 / 180, stroke: "#e4e4e4"}, el);
  const max = Math.max(1, ...places.map((p) => p.n));
  for (const p of places) {
    const c = svg("circle", {cx: (p.lon + 180) * 600 / 360, cy: (90 - p.lat) * 300 / 180,
      r: 3 + (7 * p.n) / max, fill: "#e76f51", "fill-opacity": 0.7, class: "place"}, el);
    svg("title", {}, c).textContent = `${p.place_name} (${p.place_country}): ${p.n} events`;
  }
}

function highlight(text, marks) {
  // marks: [{start, end, cls}] in offsets of `text`; outermost first, no overlaps kept
  const sorted = marks.filter((m) => m.start >= 0 && m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "", at = 0;
  for (const m of sorted) {
    if (m.start < at) continue;
    out += esc(text.slice(at, m.start)) + `<mark class="${m.cls}">${esc(text.slice(m.start, m.end))}</mark>`;
    at = m.end;
  }
  return out + esc(text.slice(at));
}

function findIn(text, needle, cls) {
  const i = needle ? text.indexOf(needle) : -1;
  return i < 0 ? [] : [{start: i, end: i + needle.length, cls}];
}

async function showEvent(id) {
  const e = await getJSON(`/api/events/${encodeURIComponent(id)}`);
  const box = $("#detail");
  box.hidden = false;
  const items = e.mentions.map((m) => {
    const marks = [...findIn(m.text, m.source.text, "source"), ...findIn(m.text, m.trigger.text, "trigger"),
      ...(m.target ? findIn(m.text, m.target.text, "target") : [])];
    const who = m.reported_by ? `reported by ${esc(m.reported_by.code)}` : "asserted by the article";
    return `<li><p class="evidence">${highlight(m.text, marks)}</p>
      <p>${esc(m.source.code)} (${esc(m.source.name)}) → <b>${esc(m.cameo.code)} ${esc(m.cameo.label)}</b> →
      ${m.target ? esc(m.target.code) + " (" + esc(m.target.name) + ")" : "no target"}; ${esc(m.modality)}, ${who};
      ${m.date ? esc(m.date.value) : ""} ${m.location ? "in " + esc(m.location.name) : ""}
      — ${link(m.article_url, m.article_source || m.article_title || "article")}</p></li>`;
  }).join("");
  box.innerHTML = `<h2>${esc(e.source_code)} ${esc(e.cameo)} ${esc(e.target_code)}</h2>
    <p>${e.num_mentions} mentions in ${e.num_articles} articles from ${e.num_sources} sources,
    ${esc(e.first_seen)} to ${esc(e.last_seen)}; Goldstein ${e.goldstein}; ${esc(e.plover_type)}</p><ol>${items}</ol>`;
  box.scrollIntoView();
}

async function codeArticle(ev) {
  ev.preventDefault();
  const text = $("#text").value;
  const body = {text, date: $("#date").value || null};
  let doc;
  try {
    doc = await getJSON("/api/code", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});
  } catch (err) {
    $("#raw").textContent = `Error: ${err.message}`;
    return;
  }
  const marks = [
    ...doc.events.map((e) => ({start: e.trigger.span[0], end: e.trigger.span[1], cls: "trigger"})),
    ...doc.actors.map((a) => ({start: a.span[0], end: a.span[1], cls: "actor"})),
    ...doc.places.filter((p) => p.span).map((p) => ({start: p.span[0], end: p.span[1], cls: "place"})),
    ...(doc.dates || []).filter((d) => d.span).map((d) => ({start: d.span[0], end: d.span[1], cls: "date"})),
  ];
  $("#raw").innerHTML = highlight(text, marks);
  $("#explained").innerHTML = doc.events.map((e) => `<li><b>${esc(e.source.code)}</b> (${esc(e.source.text)})
    ${esc(e.cameo.label)} [${esc(e.cameo.code)}, ${esc(e.plover.type)}]
    ${e.target ? "<b>" + esc(e.target.code) + "</b> (" + esc(e.target.text) + ")" : ""};
    ${esc(e.modality)}${e.reported_by ? ", reported by " + esc(e.reported_by.code) : ""};
    ${e.date ? esc(e.date.value) : ""}${e.location ? ", " + esc(e.location.name) : ""}</li>`).join("")
    || "<li>No events.</li>";
}

for (const tab of document.querySelectorAll(".tab")) {
  tab.addEventListener("click", (ev) => {
    ev.preventDefault();
    document.querySelectorAll(".tab").forEach((t) => t.classList.toggle("active", t === tab));
    document.querySelectorAll(".panel").forEach((p) => { p.hidden = p.id !== tab.dataset.tab; });
  });
}
$("#filters").addEventListener("submit", (ev) => { ev.preventDefault(); refresh().catch(showError); });
$("#coder").addEventListener("submit", codeArticle);
$("#login").addEventListener("submit", (ev) => {
  ev.preventDefault();
  sessionStorage.setItem(TOKEN, $("#token").value.trim());
  $("#login").hidden = true;
  refresh().catch(showError);
});
function showError(err) { $("#total").textContent = `Error: ${err.message}`; }
refresh().catch(showError);

// Who acts on whom: a directed, weighted network of the top dyads. An arrow runs from source to
// target, its width the number of events, its colour their mean Goldstein score; the two
// directions of a pair are drawn as two arcs. Labels are actor names ("Sudanese military"), the
// code in the tooltip. Clicking an actor filters the dashboard to it.
import {fmt, note, tame, widthOf} from "./dom.js";

const {d3, Plot} = globalThis;
const NS = "http://www.w3.org/2000/svg";
const HEIGHT = 400;
// conflict red, cooperation blue, a neutral grey between (not white: it must show on white)
const COLOURS = ["#b2182b", "#9a9a9a", "#2166ac"];
const GOLDSTEIN = d3.scaleLinear([-10, 0, 10], COLOURS).interpolate(d3.interpolateLab).clamp(true);

function svgEl(tag, attrs, parent) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  parent?.appendChild(el);
  return el;
}

// A deterministic layout (d3-force seeds its own random source), run to rest inside the box
// before drawing. Each label sits centred under its node, so the collision radius covers it.
const labelWidth = (n) => n.label.length * 7;
function layout(nodes, links, W, H) {
  const sim = d3.forceSimulation(nodes)
    .force("link", d3.forceLink(links).id((d) => d.id).distance(70).strength(0.3))
    .force("charge", d3.forceManyBody().strength(-900 / Math.sqrt(nodes.length)))  // less apart when many
    .force("collide", d3.forceCollide((d) => Math.max(d.r + 10, labelWidth(d) / 2 + 4)).strength(0.9))
    .force("x", d3.forceX(W / 2).strength(0.07))
    .force("y", d3.forceY(H / 2).strength(0.08))
    .stop();
  for (let i = 0; i < 400; i++) {
    sim.tick();
    for (const n of nodes) {
      const half = Math.max(n.r, labelWidth(n) / 2) + 2;
      n.x = Math.max(half, Math.min(W - half, n.x));
      n.y = Math.max(n.r + 4, Math.min(H - n.r - 18, n.y));
    }
  }
}

// A path from a to b that bends to one side (the two directions of a pair bend apart) and stops
// short of b's circle, and an arrowhead of `head` pixels whose tip touches the rim.
function arc(a, b, bend, head) {
  const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy) || 1;
  const mx = (a.x + b.x) / 2 - (dy / len) * bend * len, my = (a.y + b.y) / 2 + (dx / len) * bend * len;
  const unit = (x, y) => { const l = Math.hypot(x, y) || 1; return [x / l, y / l]; };
  const [ux, uy] = unit(b.x - mx, b.y - my);  // the direction the curve arrives in
  const tipX = b.x - ux * (b.r + 1.5), tipY = b.y - uy * (b.r + 1.5);
  const baseX = tipX - ux * head, baseY = tipY - uy * head;
  const [sx, sy] = unit(mx - a.x, my - a.y);
  const line = `M${a.x + sx * a.r},${a.y + sy * a.r}Q${mx},${my} ${baseX},${baseY}`;
  const w = head * 0.55;
  const arrow = `M${tipX},${tipY}L${baseX - uy * w},${baseY + ux * w}L${baseX + uy * w},${baseY - ux * w}Z`;
  return {line, arrow};
}

// dyads: [{source_code, target_code, source_label, target_label, n, mean_goldstein}]
export function drawNetwork(el, legend, dyads, {onActor}) {
  legend.replaceChildren();
  if (!dyads.length) {
    note(el, "No source–target pairs match these filters.");
    return;
  }
  const byId = new Map();
  const node = (code, label) => byId.get(code) ?? byId.set(code, {id: code, label: label || code, out: 0, in: 0}).get(code);
  for (const d of dyads) {
    node(d.source_code, d.source_label).out += d.n;
    node(d.target_code, d.target_label).in += d.n;
  }
  const nodes = [...byId.values()];
  const size = d3.scaleSqrt([0, d3.max(nodes, (n) => n.out + n.in)], [0, 9]);
  for (const n of nodes) n.r = 3 + size(n.out + n.in);
  const pairs = new Set(dyads.map((d) => `${d.source_code}\u0000${d.target_code}`));
  const links = dyads.map((d) => ({source: d.source_code, target: d.target_code, n: d.n, g: d.mean_goldstein,
    both: pairs.has(`${d.target_code}\u0000${d.source_code}`)}));
  // tall enough for every node's label disc (the collision radius below), within bounds
  const W = widthOf(el), room = d3.sum(nodes, (n) => (Math.max(n.r + 10, labelWidth(n) / 2 + 4) * 2) ** 2);
  const H = Math.round(Math.max(HEIGHT, Math.min(3 * HEIGHT, room / W)));
  layout(nodes, links, W, H);
  const width = d3.scaleSqrt([1, Math.max(2, d3.max(links, (l) => l.n))], [1.5, 7]);
  const svg = svgEl("svg", {id: "network-chart", class: "network", role: "img",
    "aria-label": `Directed network of ${links.length} source–target pairs`, viewBox: `0 0 ${W} ${H}`});
  const edges = svgEl("g", {class: "edges"}, svg);
  for (const l of [...links].sort((a, b) => b.n - a.n)) {
    const stroke = GOLDSTEIN(l.g ?? 0), w = width(l.n);
    const {line, arrow} = arc(l.source, l.target, l.both ? 0.18 : 0.06, 7 + w * 1.3);
    const g = svgEl("g", {class: "edge", "data-source": l.source.id, "data-target": l.target.id}, edges);
    svgEl("path", {d: line, fill: "none", stroke, "stroke-width": w, "stroke-opacity": 0.8}, g);
    svgEl("path", {d: arrow, fill: stroke, class: "arrow"}, g);
    svgEl("title", {}, g).textContent = `${l.source.label} (${l.source.id}) → ${l.target.label} (${l.target.id}): ` +
      `${fmt(l.n)} events, mean Goldstein ${l.g}`;
  }
  const vertices = svgEl("g", {class: "nodes"}, svg);
  for (const n of nodes) {
    const g = svgEl("g", {class: "node", transform: `translate(${n.x},${n.y})`, "data-code": n.id, tabindex: 0}, vertices);
    svgEl("circle", {r: n.r}, g);
    const text = svgEl("text", {y: n.r + 12, "text-anchor": "middle"}, g);
    text.textContent = n.label;
    svgEl("title", {}, g).textContent = `${n.label} (${n.id}): ${fmt(n.out)} events as source, ${fmt(n.in)} as target. Click to filter.`;
    g.addEventListener("click", () => onActor(n.id));
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter") onActor(n.id); });
  }
  el.replaceChildren(svg);
  legend.appendChild(tame(Plot.legend({className: "plot", color: {type: "linear", domain: [-10, 0, 10], range: COLOURS,
    interpolate: "lab", label: "Mean Goldstein score (conflict − / cooperation +); width: events"}, width: 320})));
}

// Events over time: a real UTC time axis (an empty day takes its own room), bars stacked by quad
// class with a legend, and a brush: dragging across the chart sets the From/To filter.
import {fmt, note, tame, widthOf} from "./dom.js";

const {d3, Plot} = globalThis;
const QUAD_COLOURS = ["#2a9d8f", "#8ab17d", "#e9c46a", "#e76f51"];
const HEIGHT = 230;
const MIN_BINS = 21;
const MARGIN = {top: 16, right: 16, bottom: 30, left: 48};
const day = d3.utcFormat("%Y-%m-%d");

// The bar width that keeps the chart readable: days up to four months, weeks up to two years.
function binning(lo, hi) {
  const days = d3.utcDay.count(lo, hi) + 1;
  if (days <= 122) return {name: "day", interval: d3.utcDay};
  if (days <= 731) return {name: "week", interval: d3.utcMonday};
  return {name: "month", interval: d3.utcMonth};
}

// rows: [{date, quad_class, n}] (stats.by_day); quads: {"1": "Verbal cooperation", ...};
// range: [since, until] strings or nulls; onBrush([since, until] | null).
export function drawTimeline(el, caption, rows, {quads, range, onBrush}) {
  const names = ["1", "2", "3", "4"].map((q) => quads[q]);
  const dated = rows.filter((r) => r.date).map((r) => ({date: new Date(`${r.date}T00:00:00Z`), n: r.n, quad: quads[String(r.quad_class)]}));
  const undated = d3.sum(rows.filter((r) => !r.date), (r) => r.n);
  caption.textContent = undated ? `${fmt(undated)} events without a date are not on the axis.` : "";
  if (!dated.length) {
    note(el, "No dated events match these filters.");
    return;
  }
  const [lo, hi] = d3.extent(dated, (d) => d.date);
  const {name, interval} = binning(lo, hi);
  const bins = d3.flatRollup(dated, (v) => d3.sum(v, (d) => d.n), (d) => +interval.floor(d.date), (d) => d.quad)
    .map(([start, quad, n]) => ({start: new Date(start), end: interval.offset(new Date(start), 1), quad, n}));
  // at least MIN_BINS bars' room, so one busy day is a bar on a calendar and not the whole width
  const span = interval.count(interval.floor(lo), hi) + 1, pad = Math.max(0, Math.ceil((MIN_BINS - span) / 2));
  const domain = [interval.offset(interval.floor(lo), -pad), interval.offset(interval.floor(hi), 1 + pad)];
  const tallest = d3.max(d3.rollup(bins, (v) => d3.sum(v, (b) => b.n), (b) => +b.start).values());
  const width = widthOf(el);
  const chart = tame(Plot.plot({
    className: "plot", width, height: HEIGHT, marginTop: MARGIN.top, marginRight: MARGIN.right,
    marginBottom: MARGIN.bottom, marginLeft: MARGIN.left,
    x: {type: "utc", domain, label: null},
    y: {grid: true, label: `events per ${name}`, ticks: Math.min(5, tallest), tickFormat: "d"},
    color: {domain: names, range: QUAD_COLOURS, legend: true},
    marks: [
      Plot.rectY(bins, {x1: "start", x2: "end", y: "n", fill: "quad", order: names, insetLeft: 0.5, insetRight: 0.5,
        title: (d) => `${name === "day" ? day(d.start) : `${name} of ${day(d.start)}`}: ${d.n} ${d.quad.toLowerCase()}`}),
      Plot.ruleY([0]),
    ],
  }));
  el.replaceChildren(chart);
  const svg = chart.querySelector("svg.plot");
  svg.id = "timeline-chart";
  const x = chart.scale("x");
  const brush = d3.brushX()
    .extent([[MARGIN.left, MARGIN.top], [width - MARGIN.right, HEIGHT - MARGIN.bottom]])
    .on("end", ({selection, sourceEvent}) => {
      if (!sourceEvent) return;  // moved by the code below, not by a person
      if (!selection) return onBrush(null);
      const [a, b] = selection.map((px) => d3.utcDay.round(x.invert(px)));
      onBrush([day(a), day(b > a ? d3.utcDay.offset(b, -1) : a)]);  // To is the last day in
    });
  const g = d3.select(svg).append("g").attr("class", "brush").call(brush);
  const [since, until] = range;
  if (since || until) {
    const a = since ? new Date(`${since}T00:00:00Z`) : domain[0];
    const b = until ? d3.utcDay.offset(new Date(`${until}T00:00:00Z`), 1) : domain[1];
    const px = [Math.max(MARGIN.left, x.apply(a)), Math.min(width - MARGIN.right, x.apply(b))];
    if (px[1] > px[0]) g.call(brush.move, px);
  }
}

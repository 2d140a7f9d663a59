// The events, a page at a time: sortable columns (click a heading; again to reverse), codes shown
// with their names, the total and the rows shown always said.
import {$, esc, fmt} from "./dom.js";

export const PAGE_SIZES = [25, 50, 100];

// sort: the API's sort for the first click on a heading, `down` when that puts the largest or
// latest first; a second click reverses it (the same key with or without a leading "-")
const COLUMNS = [
  {title: "Date", sort: "date", down: true, cell: (e) => esc(e.date ?? "undated")},
  {title: "Source", sort: "source", cell: (e) => actor(e.source_label, e.source_code)},
  {title: "Event (CAMEO)", sort: "cameo", cell: (e) => `<code>${esc(e.cameo)}</code> ${esc(e.cameo_label ?? "")}`},
  {title: "Target", sort: "target", cell: (e) => (e.target_code ? actor(e.target_label, e.target_code) : '<span class="none">none</span>')},
  {title: "PLOVER", sort: "plover", cell: (e) => esc(e.plover_type ?? "")},
  {title: "Goldstein", sort: "goldstein", num: true, cell: (e) => esc(e.goldstein)},
  {title: "Place", sort: "place", cell: (e) => (e.place_name ? `${esc(e.place_name)} <small>${esc(e.place_country ?? "")}</small>` : "")},
  {title: "Mentions", sort: "mentions", down: true, num: true, cell: (e) => fmt(e.num_mentions)},
  {title: "Sources", sort: "sources", down: true, num: true, cell: (e) => fmt(e.num_sources)},
];

function actor(label, code) {
  return label && label !== code ? `${esc(label)} <small><code>${esc(code)}</code></small>` : `<code>${esc(code)}</code>`;
}

const reverse = (s) => (s.startsWith("-") ? s.slice(1) : `-${s}`);

// page: {total, offset, limit, items}; state: {sort, selected}; on: {sort(key), page(n), size(n), open(id)}
export function drawTable(table, pagers, page, {sort, selected}, on) {
  const head = table.tHead.rows[0];
  head.replaceChildren(...COLUMNS.map((c) => {
    const th = document.createElement("th");
    const active = sort === c.sort || sort === reverse(c.sort);
    const down = (sort === c.sort) === Boolean(c.down);
    th.innerHTML = `<button type="button" class="sort">${esc(c.title)}${active ? (down ? " ▼" : " ▲") : ""}</button>`;
    th.setAttribute("aria-sort", active ? (down ? "descending" : "ascending") : "none");
    th.dataset.sort = c.sort;
    if (c.num) th.className = "num";
    th.querySelector("button").addEventListener("click", () => on.sort(sort === c.sort ? reverse(c.sort) : c.sort));
    return th;
  }));
  const body = table.tBodies[0];
  body.replaceChildren(...page.items.map((e) => {
    const tr = document.createElement("tr");
    tr.dataset.id = e.id;
    tr.tabIndex = 0;
    tr.classList.toggle("selected", e.id === selected);
    tr.innerHTML = COLUMNS.map((c) => `<td${c.num ? ' class="num"' : ""}>${c.cell(e)}</td>`).join("");
    tr.addEventListener("click", () => on.open(e.id));
    tr.addEventListener("keydown", (ev) => { if (ev.key === "Enter") on.open(e.id); });
    return tr;
  }));
  if (!page.items.length) {
    const tr = body.insertRow();
    const td = tr.insertCell();
    td.colSpan = COLUMNS.length;
    td.className = "empty";
    td.textContent = page.total ? "No events on this page: go back a page." : "No events match these filters.";
  }
  const first = page.total ? page.offset + 1 : 0, last = page.offset + page.items.length;
  const pages = Math.max(1, Math.ceil(page.total / page.limit)), now = Math.floor(page.offset / page.limit) + 1;
  for (const pager of pagers) {
    pager.innerHTML = `<button type="button" class="prev"${now > 1 ? "" : " disabled"}>‹ Previous</button>
      <span class="range">Events ${fmt(first)}–${fmt(last)} of ${fmt(page.total)} (page ${fmt(now)} of ${fmt(pages)})</span>
      <button type="button" class="next"${now < pages ? "" : " disabled"}>Next ›</button>
      <label>Rows <select class="size">${PAGE_SIZES.map((n) => `<option${n === page.limit ? " selected" : ""}>${n}</option>`).join("")}</select></label>`;
    $(".prev", pager).addEventListener("click", () => on.page(now - 1));
    $(".next", pager).addEventListener("click", () => on.page(now + 1));
    $(".size", pager).addEventListener("change", (ev) => on.size(Number(ev.target.value)));
  }
}

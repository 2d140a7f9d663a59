// One event and its evidence: every mention's sentence with the source, trigger and target
// marked (the trigger also when it lies inside the source phrase), who reported it, and the
// article it came from (a link only for an http(s) URL).
import {esc, fmt, link} from "./dom.js";
import {highlight, locate} from "./highlight.js";

export function showNothing(box, text) {
  box.innerHTML = `<p class="empty">${esc(text)}</p>`;
}

function mention(m) {
  const marks = locate(m.text, [
    m.source && {...m.source, cls: "source", title: `source: ${m.source.code}`},
    m.target && {...m.target, cls: "target", title: `target: ${m.target.code}`},
    m.trigger && {...m.trigger, cls: "trigger", title: `trigger: ${m.cameo.code} ${m.cameo.label}`},
  ]);
  const who = m.reported_by ? `reported by <code>${esc(m.reported_by.code)}</code>` : "asserted by the article";
  const when = m.date ? `${esc(m.date.value)} (${esc(m.date.basis ?? m.date.precision ?? "")})` : "no date";
  const where = m.location ? `in ${esc(m.location.name)}${m.location.country ? ` (${esc(m.location.country)})` : ""}` : "no place";
  return `<li><p class="evidence">${highlight(m.text, marks)}</p>
    <p class="meta"><code>${esc(m.source.code)}</code> → <b><code>${esc(m.cameo.code)}</code> ${esc(m.cameo.label)}</b> →
    ${m.target ? `<code>${esc(m.target.code)}</code>` : "no target"}; ${esc(m.modality)}, ${who}; ${when}; ${where};
    confidence ${esc(m.confidence)} — ${link(m.article_url, m.article_source || m.article_title || "article")}</p></li>`;
}

export function showEvent(box, e) {
  const target = e.target_code ? `${esc(e.target_label)} <code>${esc(e.target_code)}</code>` : "no target";
  box.innerHTML = `<h2>${esc(e.source_label)} <code>${esc(e.source_code)}</code> → ${target}</h2>
    <p class="headline"><code>${esc(e.cameo)}</code> ${esc(e.cameo_label ?? "")} · PLOVER ${esc(e.plover_type ?? "none")} ·
    Goldstein ${esc(e.goldstein)} · ${esc(e.date ?? "undated")}${e.place_name ? ` · ${esc(e.place_name)}` : ""}</p>
    <p>${fmt(e.num_mentions)} mentions in ${fmt(e.num_articles)} articles from ${fmt(e.num_sources)} sources,
    published ${esc(e.first_seen ?? "?")} to ${esc(e.last_seen ?? "?")}.</p>
    <p class="legend"><mark class="source">source</mark> <mark class="trigger">trigger</mark> <mark class="target">target</mark></p>
    <ol>${e.mentions.map(mention).join("")}</ol>`;
}

// Small DOM helpers shared by the views: escaping, safe links, and Plot output made fit for the CSP.

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

const ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"};
export const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => ENTITIES[c]);

export const fmt = (n) => (n ?? 0).toLocaleString("en-US");

// A stored URL becomes a link only when it is an absolute http(s) URL: `javascript:`, `data:` and
// every other scheme (or no URL at all) is shown as text. esc() keeps HTML out, not schemes.
export function httpUrl(value) {
  try {
    const url = new URL(String(value ?? ""));
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export function link(url, label) {
  const href = httpUrl(url);
  return href ? `<a href="${esc(href)}" rel="noopener noreferrer" target="_blank">${esc(label)}</a>` : esc(label);
}

// Plot puts a <style> element into every chart and legend; the CSP refuses inline styles, so it
// is taken out before the node enters the page (style.css has the same rules for `.plot`).
export function tame(node) {
  for (const style of node.querySelectorAll("style")) style.remove();
  return node;
}

// Replace what `el` shows with a one-line note (empty states).
export function note(el, text) {
  el.replaceChildren();
  const p = document.createElement("p");
  p.className = "empty";
  p.textContent = text;
  el.appendChild(p);
}

// The width a chart should be drawn at: its container's, within sensible bounds.
export function widthOf(el, fallback = 640) {
  const w = el.getBoundingClientRect().width;
  return Math.max(320, Math.round(w || fallback));
}

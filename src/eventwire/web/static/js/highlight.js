// Marked-up text: spans of a text wrapped in <mark class="...">, nested where one lies inside
// another (a trigger inside its source phrase: "Russian <shelling>"), so every span is shown.
import {esc} from "./dom.js";

// marks: [{start, end, cls, title?}] in character offsets of `text`. Two spans that cross are
// nested by cutting the later one at the end of the earlier; nothing is dropped.
export function highlight(text, marks) {
  const todo = marks.filter((m) => m.start >= 0 && m.end > m.start && m.end <= text.length)
    .map((m) => ({...m}))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let out = "";
  let at = 0;
  const open = [];  // marks whose element is open, outermost first
  const close = (upTo) => {
    while (open.length && open[open.length - 1].end <= upTo) {
      const m = open.pop();
      out += esc(text.slice(at, m.end)) + "</mark>";
      at = m.end;
    }
  };
  while (todo.length) {
    const m = todo.shift();
    close(m.start);
    const outer = open[open.length - 1];
    if (outer && m.end > outer.end) {  // crosses its parent: the rest becomes a mark of its own
      todo.push({...m, start: outer.end});
      todo.sort((a, b) => a.start - b.start || b.end - a.end);
      m.end = outer.end;
    }
    out += esc(text.slice(at, m.start));
    out += `<mark class="${esc(m.cls)}"${m.title ? ` title="${esc(m.title)}"` : ""}>`;
    at = m.start;
    open.push(m);
  }
  close(Infinity);
  return out + esc(text.slice(at));
}

// Where the parts of an event mention sit in its sentence. Their spans are offsets of the raw
// article; the sentence is the cleaned text of one sentence. The offset that makes the most
// parts read their own text is taken (the trigger counts double), so "shelling" is found inside
// "Russian shelling" and not at an earlier "shelling" of the same sentence.
export function locate(sentence, parts) {
  const found = parts.filter((p) => p && p.text && Array.isArray(p.span));
  const bases = new Set();
  for (const p of found) {
    for (let i = sentence.indexOf(p.text); i >= 0; i = sentence.indexOf(p.text, i + 1)) bases.add(p.span[0] - i);
  }
  let best = null;
  let bestScore = 0;
  for (const base of [...bases].sort((a, b) => a - b)) {
    const score = found.reduce((s, p) => s + (sentence.slice(p.span[0] - base, p.span[1] - base) === p.text ? (p.cls === "trigger" ? 2 : 1) : 0), 0);
    if (score > bestScore) [best, bestScore] = [base, score];
  }
  return found.map((p) => {
    if (best !== null && sentence.slice(p.span[0] - best, p.span[1] - best) === p.text) {
      return {start: p.span[0] - best, end: p.span[1] - best, cls: p.cls, title: p.title};
    }
    const i = sentence.indexOf(p.text);  // the sentence was rewritten between the parts
    return i < 0 ? null : {start: i, end: i + p.text.length, cls: p.cls, title: p.title};
  }).filter(Boolean);
}

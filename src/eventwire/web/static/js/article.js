// The Article view: paste a text, code it on the server, and see the actors, triggers, places and
// dates marked in it (nested where one lies inside another), with each event explained.
import {$, esc} from "./dom.js";
import {getJSON} from "./api.js";
import {highlight} from "./highlight.js";

const span = (s, cls, title) => (s && s.span ? {start: s.span[0], end: s.span[1], cls, title} : null);

function explain(e) {
  return `<li><b>${esc(e.source.code)}</b> (${esc(e.source.text)}) ${esc(e.cameo.label)}
    [<code>${esc(e.cameo.code)}</code>, ${esc(e.plover.type ?? "no PLOVER type")}]
    ${e.target ? `<b>${esc(e.target.code)}</b> (${esc(e.target.text)})` : "no target"};
    ${esc(e.modality)}${e.reported_by ? `, reported by ${esc(e.reported_by.code)}` : ""};
    ${e.date ? esc(e.date.value) : ""}${e.location ? `, ${esc(e.location.name)}` : ""}</li>`;
}

async function code(ev) {
  ev.preventDefault();
  const text = $("#text").value;
  $("#raw").textContent = "Coding…";
  $("#explained").replaceChildren();
  let doc;
  try {
    doc = await getJSON("/api/code", {method: "POST", headers: {"Content-Type": "application/json"},
      body: JSON.stringify({text, date: $("#date").value || null})});
  } catch (err) {
    $("#raw").textContent = `Error: ${err.message}`;
    return;
  }
  const marks = [
    ...doc.events.map((e) => span(e.trigger, "trigger", `${e.cameo.code} ${e.cameo.label}`)),
    ...doc.actors.map((a) => span(a, "actor", a.code)),
    ...doc.places.map((p) => span(p, "place", p.country ?? "")),
    ...(doc.dates || []).map((d) => span(d, "date", d.value ?? "")),
  ].filter(Boolean);
  $("#raw").innerHTML = highlight(text, marks);
  $("#explained").innerHTML = doc.events.map(explain).join("") || "<li>No events.</li>";
}

export function setUpArticle() {
  $("#coder").addEventListener("submit", code);
}

// Every view is a URL: the hash holds the view and its state, e.g.
//   #events?actor=SDN&root=19&since=2024-01-01&page=2&sort=-date&event=4f0c...
//   #article
// Links, the back button and a reload all land on the same screen.

export const FILTERS = ["actor", "root", "plover", "place", "since", "until"];
export const VIEWS = ["events", "article"];

export function readHash(hash = location.hash) {
  const text = hash.replace(/^#/, "");
  const cut = text.indexOf("?");
  const view = (cut < 0 ? text : text.slice(0, cut)) || "events";
  const params = new URLSearchParams(cut < 0 ? "" : text.slice(cut + 1));
  return {view: VIEWS.includes(view) ? view : "events", params};
}

export function hashFor(view, params) {
  const q = new URLSearchParams();
  for (const [k, v] of params) if (v !== "" && v != null) q.set(k, v);
  const s = q.toString();
  return `#${view}${s ? "?" + s : ""}`;
}

// Go to a new state of the events view: `changes` are set (null removes a key). A change of any
// filter starts again at page 1 and closes the event on show, which may no longer match.
export function go(changes) {
  const {params} = readHash();
  const next = new URLSearchParams(params);
  const filterChanged = Object.keys(changes).some((k) => FILTERS.includes(k) && (changes[k] ?? "") !== (params.get(k) ?? ""));
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === "") next.delete(k);
    else next.set(k, v);
  }
  if (filterChanged) {
    next.delete("page");
    if (!("event" in changes)) next.delete("event");
  }
  location.hash = hashFor("events", next);
}

// The filter part of the state, as query parameters for the API.
export function filterQuery(params, {without = []} = {}) {
  const q = new URLSearchParams();
  for (const k of FILTERS) if (params.get(k) && !without.includes(k)) q.set(k, params.get(k));
  return q;
}

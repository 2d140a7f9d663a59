// eventwire dashboard: start-up and routing. The views live in their own modules; the libraries
// they draw with (d3, Observable Plot, topojson-client, world-atlas) are served from
// /static/vendor (see VENDORED.md): nothing is fetched from anywhere but this server.
import {$, $$} from "./dom.js";
import {getJSON, onLogin} from "./api.js";
import {readHash} from "./state.js";
import {setUpEvents, showEvents} from "./events.js";
import {setUpArticle} from "./article.js";

let hasStore = null;
let booted = false;

function showTab(view) {
  for (const tab of $$(".tab")) tab.classList.toggle("active", tab.dataset.tab === view);
  for (const panel of $$(".panel")) panel.hidden = panel.id !== view;
}

async function route() {
  const {view, params} = readHash();
  const shown = hasStore && view === "events" ? "events" : "article";
  showTab(shown);
  if (shown === "events") {
    $('.tab[data-tab="events"]').href = location.hash || "#events";  // back with the same filters
    await showEvents(params).catch(showError);
  } else {
    document.body.dataset.ready = location.hash;
  }
}

function showError(err) {
  $("#summary").textContent = `Error: ${err.message}`;
}

async function boot() {
  if (booted) return;
  let status;
  try {
    status = await getJSON("/api/status");
  } catch (err) {
    showError(err);  // 401: the token form is showing; boot runs again once it is given
    return;
  }
  booted = true;
  hasStore = status.store;
  $("#no-store").hidden = hasStore;
  $('.tab[data-tab="events"]').hidden = !hasStore;
  if (hasStore) setUpEvents(await getJSON("/api/codebook"));
  window.addEventListener("hashchange", () => route());
  await route();
}

setUpArticle();
onLogin(() => boot());
boot();

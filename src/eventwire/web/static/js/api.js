// Talking to the server: JSON with the bearer token when the server has one (asked once per tab).
import {$} from "./dom.js";

const TOKEN = "eventwire-token";

export class ApiError extends Error {
  constructor(message, status, reason) {
    super(message);
    this.status = status;
    this.reason = reason;
  }
}

export async function getJSON(url, options = {}) {
  const headers = {...(options.headers || {})};
  const token = sessionStorage.getItem(TOKEN);
  if (token) headers.Authorization = `Bearer ${token}`;
  const res = await fetch(url, {...options, headers});
  const body = await res.json().catch(() => ({error: res.statusText}));
  if (res.status === 401) $("#login").hidden = false;  // a server bound beyond loopback
  if (!res.ok) throw new ApiError(body.error || res.statusText, res.status, body.reason);
  return body;
}

// The token form: keep the token for this tab, then call `then` (the dashboard starts again).
export function onLogin(then) {
  $("#login").addEventListener("submit", (ev) => {
    ev.preventDefault();
    sessionStorage.setItem(TOKEN, $("#token").value.trim());
    $("#login").hidden = true;
    then();
  });
}

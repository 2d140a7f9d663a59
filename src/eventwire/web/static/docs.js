// Swagger UI for /openapi.json, from the files the fastapi-offline package ships (no CDN). A file
// of its own, not an inline script, so the page keeps the server's Content-Security-Policy.
"use strict";
window.ui = SwaggerUIBundle({
  url: "/openapi.json",
  dom_id: "#swagger-ui",
  deepLinking: true,
  validatorUrl: null,  // no badge fetched from a validator service: nothing leaves this server
  // the dashboard's token, when the server has one and it was given there, for "Try it out"
  requestInterceptor: (req) => {
    const token = sessionStorage.getItem("eventwire-token");
    if (token && !req.headers.Authorization) req.headers.Authorization = `Bearer ${token}`;
    return req;
  },
});

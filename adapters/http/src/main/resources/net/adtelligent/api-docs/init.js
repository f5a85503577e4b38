// Swagger UI reading this service's own document; a file of its own, since the
// Content-Security-Policy allows no inline script.
window.addEventListener('load', () => {
  window.ui = window.SwaggerUIBundle({
    url: '/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    // Calls go to this service only, with the bearer token the reader types in "Authorize".
    tryItOutEnabled: false,
    validatorUrl: null,
  });
});

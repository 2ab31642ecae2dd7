// Served by the test server before the app's script when asked to (see
// ServerOptions.collector): what a page-error event and a dialog handler
// report in Playwright, for drivers that have neither (WebDriver classic).
// A payload that reaches alert/confirm/prompt/print sets the sentinel.
// Service workers are kept out, as playwright.config.ts keeps them out of
// the other engines (a worker in control answers what specs ask the network).
window.ruweiPageErrors = [];
window.ruweiDialogs = [];
window.addEventListener('error', (event) => {
  window.ruweiPageErrors.push(String(event.message || (event.error && event.error.message) || event.type));
});
window.addEventListener('unhandledrejection', (event) => {
  window.ruweiPageErrors.push(`unhandled rejection: ${String(event.reason && event.reason.message ? event.reason.message : event.reason)}`);
});
for (const name of ['alert', 'confirm', 'prompt', 'print']) {
  window[name] = (message) => {
    window.ruweiDialogs.push(`${name}: ${String(message)}`);
  };
}
if (window.ServiceWorkerContainer) ServiceWorkerContainer.prototype.register = async () => undefined;

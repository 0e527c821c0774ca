// Loaded first, as a classic script from the page's own origin (no inline script is allowed):
// records every Content-Security-Policy violation and uncaught error, for the test and for you.
window.kqViolations = [];
window.kqErrors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : '';
  window.kqViolations.push(
    `${event.effectiveDirective || event.violatedDirective}: ${event.blockedURI || event.sample}${where}`,
  );
  console.warn('[csp]', window.kqViolations.at(-1));
});
window.addEventListener('error', (event) => window.kqErrors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.kqErrors.push(String(event.reason)));

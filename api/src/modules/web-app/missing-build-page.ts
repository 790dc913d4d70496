/** Served with 503 at `/` and client routes while web/dist does not exist, so a fresh clone says what to do. */
export function missingBuildPage(distDir: string): string {
  const escaped = distDir.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Checkmark: dashboard not built</title></head>
<body>
<h1>The Checkmark dashboard is not built yet</h1>
<p>The API is running, but there is no web build in <code>${escaped}</code>.</p>
<p>Build the web app with <code>npm run build --workspace web</code> (or start with <code>npm start</code>, which builds it),
then reload this page. The GraphQL API is at <a href="/graphql">/graphql</a> and health at <a href="/healthz">/healthz</a>.</p>
</body>
</html>
`;
}

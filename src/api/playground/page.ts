/**
 * The GraphiQL page at GET /graphql (Accept: text/html), with one tab per file in queries/ so a
 * researcher can run the prepared questions at once. A file may start with `# variables: {…}` lines
 * giving the tab's variables.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export interface PlaygroundTab {
  query: string;
  variables?: string;
}

/** `# variables: {...}` header lines → the tab's variables JSON (pretty-printed when valid). */
export function tabOf(source: string): PlaygroundTab {
  const lines = source.split('\n');
  const json = lines
    .filter((line) => /^#\s*variables:/.test(line))
    .map((line) => line.replace(/^#\s*variables:\s*/, ''))
    .join('');
  if (!json) return { query: source };
  try {
    return { query: source, variables: JSON.stringify(JSON.parse(json), null, 2) };
  } catch {
    return { query: source, variables: json };
  }
}

export async function loadTabs(queriesDir: string): Promise<PlaygroundTab[]> {
  let files: string[];
  try {
    files = (await readdir(queriesDir)).filter((f) => f.endsWith('.graphql')).sort();
  } catch {
    return [];
  }
  return Promise.all(files.map(async (f) => tabOf(await readFile(join(queriesDir, f), 'utf8'))));
}

/** JSON safe to embed in a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function playgroundHtml(tabs: PlaygroundTab[], assetBase: string, endpoint: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Guangdong government knowledge graph — GraphiQL</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${assetBase}/graphiql.min.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="${assetBase}/react.production.min.js"></script>
<script src="${assetBase}/react-dom.production.min.js"></script>
<script src="${assetBase}/graphiql.min.js"></script>
<script>
  const tabs = ${scriptJson(tabs)};
  const fetcher = GraphiQL.createFetcher({ url: ${scriptJson(endpoint)} });
  const root = ReactDOM.createRoot(document.getElementById('graphiql'));
  root.render(React.createElement(GraphiQL, {
    fetcher,
    defaultTabs: tabs.length ? tabs : undefined,
    defaultEditorToolsVisibility: true,
    // The prepared tabs, not the ones from an earlier visit, are what a new visitor should see.
    storage: { getItem: () => null, setItem: () => {}, removeItem: () => {}, clear: () => {}, length: 0 },
  }));
</script>
</body>
</html>
`;
}

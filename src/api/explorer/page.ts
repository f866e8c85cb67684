/** The explorer's one HTML page: every explorer path (and an IRI asked for as text/html) gets it. */

export const EXPLORER_ASSET_BASE = '/explorer';

/** Paths the explorer answers besides `/id/…` (routes.ts). */
export const EXPLORER_PATHS = new Set(['/', '/search', '/network', '/evidence']);

export function explorerHtml(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>政务知识图谱 · Government knowledge graph</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${EXPLORER_ASSET_BASE}/explorer.css">
</head>
<body>
<noscript>本页需要 JavaScript · This page needs JavaScript. The data is also at <a href="/graphql">/graphql</a>.</noscript>
<script type="module" src="${EXPLORER_ASSET_BASE}/explorer.js"></script>
</body>
</html>
`;
}

/**
 * The explorer's files, served by the API itself (no CDN, works offline): its TypeScript bundled with
 * Cytoscape.js from node_modules by esbuild on first request (~1 s, then kept in memory), and its
 * stylesheet.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ENTRY = fileURLToPath(new URL('../../explorer/main.ts', import.meta.url));
const STYLESHEET = fileURLToPath(new URL('../../explorer/explorer.css', import.meta.url));

export const EXPLORER_ASSETS: Record<string, { type: string; body: () => Promise<string> }> = {
  'explorer.js': { type: 'text/javascript; charset=utf-8', body: () => explorerScript() },
  'explorer.css': { type: 'text/css; charset=utf-8', body: () => readFile(STYLESHEET, 'utf8') },
};

let script: Promise<string> | undefined;

/** The bundled explorer, built once per process (a failed build is tried again on the next request). */
export function explorerScript(): Promise<string> {
  script ??= build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    charset: 'utf8',
    legalComments: 'none',
    logLevel: 'silent',
  }).then(
    (result) => result.outputFiles[0]!.text,
    (error: unknown) => {
      script = undefined;
      throw error;
    },
  );
  return script;
}

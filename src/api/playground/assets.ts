/**
 * The playground's static files, served by the API itself from node_modules (no CDN): GraphiQL's UMD
 * bundle and stylesheet, and the React UMD builds it runs on.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** React's package exports hide `umd/`, so locate the package directory through its main entry. */
function packageFile(pkg: string, file: string): string {
  return join(dirname(require.resolve(pkg)), file);
}

export const PLAYGROUND_ASSETS: Record<string, { path: () => string; type: string }> = {
  'react.production.min.js': {
    path: () => packageFile('react', 'umd/react.production.min.js'),
    type: 'text/javascript; charset=utf-8',
  },
  'react-dom.production.min.js': {
    path: () => packageFile('react-dom', 'umd/react-dom.production.min.js'),
    type: 'text/javascript; charset=utf-8',
  },
  'graphiql.min.js': {
    path: () => require.resolve('graphiql/graphiql.min.js'),
    type: 'text/javascript; charset=utf-8',
  },
  'graphiql.min.css': {
    path: () => require.resolve('graphiql/graphiql.min.css'),
    type: 'text/css; charset=utf-8',
  },
};

const cache = new Map<string, Promise<Buffer>>();

/** The asset's bytes, read once per process; undefined for a name that is not an asset. */
export function playgroundAsset(name: string): { body: Promise<Buffer>; type: string } | undefined {
  const asset = Object.hasOwn(PLAYGROUND_ASSETS, name) ? PLAYGROUND_ASSETS[name] : undefined;
  if (!asset) return undefined;
  let body = cache.get(name);
  if (!body) {
    body = readFile(asset.path());
    cache.set(name, body);
  }
  return { body, type: asset.type };
}

/**
 * `npm run screenshots`: pictures of the explorer's pages over the seeds, for the README
 * (docs/screenshots/*.png). Starts a throw-away Neo4j in a temporary directory (never the developer's
 * data), loads seeds/, serves the API on a free port, and photographs each page in Debian's Chromium
 * (installed when missing and running as root, like Chinese fonts). The subjects are picked from the
 * data (the agency with the heaviest co-ownership, the project with the longest dependency chain), so
 * the script does not depend on particular extracted names.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startServer } from '../src/api/server.js';
import { idPath } from '../src/linked-data/iri.js';
import { openDriver } from '../src/store/connection.js';
import { ensureChineseFonts, launchChromium } from './browser/chromium.js';
import { ensureLocalServer, stopLocalServer } from '../src/neo4j-server/local-server.js';
import { pickFreePort } from '../src/neo4j-server/ports.js';
import { TEST_TUNING } from '../src/neo4j-server/server-config.js';
import { syntheticNetwork } from './synthetic-network.js';
import { loadGraph } from '../src/store/writer.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const OUT = join(ROOT, 'docs', 'screenshots');
const VIEWPORT = { width: 1280, height: 860 };

interface Subjects {
  agency: string;
  project: string;
  document: string;
  evidence: { doc: string; start: number; end: number };
  search: string;
}

async function graphql<T>(url: string, query: string): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data) throw new Error(`screenshots: ${body.errors?.[0]?.message ?? response.status}`);
  return body.data;
}

/** The most telling subjects in whatever the seeds gave. */
async function pickSubjects(url: string): Promise<Subjects> {
  const data = await graphql<{
    agencyPairs: { edges: { node: { a: { id: string; name: string } } }[] };
    projects: {
      edges: {
        node: {
          id: string;
          dependsOn: unknown[];
          dependents: unknown[];
          roles: { evidence: { start: number; end: number; document: { id: string } }[] }[];
        };
      }[];
    };
    documents: { edges: { node: { id: string } }[] };
  }>(
    url,
    `
      {
        agencyPairs(first: 1) {
          edges {
            node {
              a {
                id
                name
              }
            }
          }
        }
        projects(first: 100, orderBy: AGENCIES_DESC) {
          edges {
            node {
              id
              dependsOn(depth: 3) {
                depth
              }
              dependents(depth: 3) {
                depth
              }
              roles {
                evidence {
                  start
                  end
                  document {
                    id
                  }
                }
              }
            }
          }
        }
        documents(first: 1) {
          edges {
            node {
              id
            }
          }
        }
      }
    `,
  );
  const projects = data.projects.edges.map((e) => e.node);
  const project = [...projects].sort(
    (a, b) => b.dependsOn.length + b.dependents.length - (a.dependsOn.length + a.dependents.length),
  )[0];
  const agency = data.agencyPairs.edges[0]?.node.a;
  const evidence = project?.roles[0]?.evidence[0] ?? projects.flatMap((p) => p.roles)[0]?.evidence[0];
  if (!agency || !project || !evidence || !data.documents.edges[0]) {
    throw new Error('screenshots: the seeds gave no co-owning agencies, projects or documents');
  }
  return {
    agency: agency.id,
    project: project.id,
    document: data.documents.edges[0].node.id,
    evidence: { doc: evidence.document.id, start: evidence.start, end: evidence.end },
    search: agency.name.slice(-5, -1) || agency.name,
  };
}

async function ready(page: Page, graph?: string): Promise<void> {
  await page.waitForSelector('main[data-state="ready"]', { timeout: 60_000 });
  const error = await page
    .locator('main .error')
    .textContent({ timeout: 100 })
    .catch(() => null);
  if (error) throw new Error(`${page.url()} shows an error: ${error}`);
  if (graph) {
    await page.waitForFunction(
      (name) =>
        !!(globalThis as unknown as { kgExplorer?: { graphs: Record<string, unknown> } }).kgExplorer?.graphs[
          name
        ],
      graph,
    );
  }
  await page.waitForTimeout(300);
}

async function photograph(base: string, subjects: Subjects): Promise<string[]> {
  await ensureChineseFonts();
  const browser = await launchChromium();
  const written: string[] = [];
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    const iri = (id: string) => idPath(id)!;
    const shots: [string, string, string?, string?][] = [
      ['search', `/search?q=${encodeURIComponent(subjects.search)}`],
      ['agency', iri(subjects.agency), 'coOwners'],
      ['agency-network', iri(subjects.agency), 'coOwners', '#co-owner-graph'],
      ['network', '/network', 'network'],
      ['project', iri(subjects.project), 'dependencies'],
      ['project-dependencies', iri(subjects.project), 'dependencies', '#dependency-graph'],
      ['document', iri(subjects.document)],
      [
        'evidence',
        `/evidence?doc=${encodeURIComponent(subjects.evidence.doc)}&start=${subjects.evidence.start}&end=${subjects.evidence.end}`,
      ],
    ];
    for (const [name, path, graph, scrollTo] of shots) {
      await page.goto(`${base}${path}`);
      await ready(page, graph);
      if (scrollTo)
        await page.locator(scrollTo).evaluate((element) => element.scrollIntoView({ block: 'center' }));
      const file = join(OUT, `${name}.png`);
      await page.screenshot({ path: file });
      written.push(file);
      console.error(`wrote ${file}`);
    }
  } finally {
    await browser.close();
  }
  return written;
}

async function photographNetwork(base: string): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(`${base}/network`);
    await ready(page, 'network');
    await page.locator('#network-graph').evaluate((element) => element.scrollIntoView({ block: 'center' }));
    const file = join(OUT, 'network-hundreds.png');
    await page.screenshot({ path: file });
    console.error(`wrote ${file}`);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const home = mkdtempSync(join(tmpdir(), 'gov-kg-screenshots-'));
  const neo4j = await ensureLocalServer({
    name: 'screenshots',
    homeDir: home,
    boltPort: await pickFreePort(),
    tuning: TEST_TUNING,
    detached: false,
    log: (line) => console.error(line),
  });
  const driver = openDriver({ uri: neo4j.uri, user: neo4j.user, password: neo4j.password, local: false });
  try {
    // The load command reads its connection from the environment.
    process.env.NEO4J_URI = neo4j.uri;
    process.env.NEO4J_USER = neo4j.user;
    process.env.NEO4J_PASSWORD = neo4j.password;
    const { run } = await import('../src/cli/commands/load.js');
    await run([join(ROOT, 'seeds'), '--quiet']);
    const server = await startServer({ driver, port: 0 });
    try {
      const base = server.url.replace(/\/graphql$/, '');
      await photograph(base, await pickSubjects(server.url));
      // The seeds have a dozen co-owning agencies; the overview is also shown with a few hundred.
      await driver.executeQuery('MATCH (n) DETACH DELETE n');
      const synthetic = syntheticNetwork();
      await loadGraph(driver, synthetic.graph, {
        texts: new Map([[synthetic.graph.documents[0]!.id, synthetic.text]]),
      });
      await photographNetwork(base);
    } finally {
      await server.stop(1000);
    }
  } finally {
    await driver.close();
    await stopLocalServer({ name: 'screenshots', homeDir: home, graceful: false, removeHome: true });
    rmSync(home, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`screenshots: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

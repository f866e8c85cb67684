/**
 * The explorer in a real browser (Debian's Chromium driven by Playwright) over the API and the
 * fixture graph in the test Neo4j: a researcher's path from a search to the sentence behind a fact,
 * and every kind of page once. Needs Neo4j (like the other API tests) and Chromium (installed by
 * scripts/browser/chromium.ts when running as root; otherwise the failure says how to install it).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../../../scripts/browser/chromium.js';
import { explorerScript } from '../../../src/api/explorer/bundle.js';
import { TEXTS } from '../../support/api-graph.js';
import { startHarness, type Harness } from '../../support/api-server.js';

/**
 * What the test reads in the page (this file is compiled without the DOM library): the explorer's
 * graph registry (src/explorer/graph.ts) and a few DOM calls. Casts of `globalThis` vanish at run time.
 */
interface Rect {
  top: number;
  bottom: number;
  left: number;
}
interface PageGraph {
  nodes(): { length: number; map<T>(f: (n: { id(): string }) => T): T[] };
  getElementById(id: string): { empty(): boolean; renderedPosition(): { x: number; y: number } };
  container(): { scrollIntoView(o: object): void; getBoundingClientRect(): Rect } | null;
}
interface PageWindow {
  kgExplorer?: { graphs: Record<string, PageGraph | undefined> };
  innerHeight: number;
  document: { querySelector(selector: string): { getBoundingClientRect(): Rect } | null };
}

let api: Harness;
let base: string;
let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
  // The explorer bundle is built once per process: build it while Neo4j is seeded and Chromium starts.
  [api, browser] = await Promise.all([startHarness(), launchChromium(), explorerScript()]);
  base = api.server.url.replace(/\/graphql$/, '');
  // On a fresh machine (as root) Chromium is installed first: apt-get update and install take minutes.
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});
beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  // The explorer works offline: nothing but this server may be asked for anything.
  await page.route('**/*', (route) =>
    route.request().url().startsWith(base) ? route.continue() : route.abort('blockedbyclient'),
  );
});
afterEach(async () => {
  await page?.close();
  expect(problems).toEqual([]);
});

/** Waits until the page shows this heading (pages render after their queries answer). */
async function heading(text: string): Promise<void> {
  try {
    await page.waitForSelector(`main[data-state="ready"] h1:text-is("${text}")`, { timeout: 30_000 });
  } catch (error) {
    // Say what the page shows instead (an error box, another page, still loading).
    const state = await page.evaluate(() => {
      const main = (globalThis as unknown as PageWindow).document.querySelector('main') as unknown as {
        dataset: { state?: string };
        textContent: string;
      } | null;
      return `${main?.dataset.state}: ${main?.textContent?.slice(0, 300)}`;
    });
    throw new Error(`no heading ${text} at ${page.url()} (${state}; ${problems.join('; ')})`, {
      cause: error,
    });
  }
}

/** Clicks a node of a drawn graph where it is on the screen, as a user would. */
/**
 * Clicks a node of a graph on the page, as a user would, and waits for the page it opens. A layout
 * may still be moving the nodes on a slow machine, so a click that opened nothing is tried again
 * where the node is now.
 */
async function clickNode(graph: string, id: string): Promise<void> {
  await page.waitForFunction(
    (name) => !!(globalThis as unknown as PageWindow).kgExplorer?.graphs[name],
    graph,
  );
  const from = page.url();
  for (let attempt = 1; ; attempt++) {
    const point = await page.evaluate(
      ([name, nodeId]) => {
        const cy = (globalThis as unknown as PageWindow).kgExplorer!.graphs[name!]!;
        const node = cy.getElementById(nodeId!);
        if (node.empty()) throw new Error(`no node ${nodeId} in ${name}`);
        cy.container()!.scrollIntoView({ block: 'center' });
        const box = cy.container()!.getBoundingClientRect();
        const at = node.renderedPosition();
        return { x: box.left + at.x, y: box.top + at.y };
      },
      [graph, id],
    );
    await page.mouse.click(point.x, point.y);
    try {
      await page.waitForURL((url) => url.href !== from, { timeout: 3_000 });
      return;
    } catch (error) {
      if (attempt === 5) throw new Error(`clicking ${id} in ${graph} opened nothing`, { cause: error });
    }
  }
}

describe('the explorer', () => {
  it('search → agency → co-owner → project → evidence: the highlighted text is the stored quote', async () => {
    await page.goto(`${base}/`);
    await page.fill('#search-input', '发展和改革');
    await page.press('#search-input', 'Enter');
    await page.click('a.result:text-is("珠海市发展和改革局")');
    await heading('珠海市发展和改革局');
    expect(new URL(page.url()).pathname).toBe('/id/Agency/zh-fgj');

    await clickNode('coOwners', 'agency:zh-czj');
    await heading('珠海市财政局');

    await page.click('table.projects a:text-is("十字门隧道")');
    await heading('十字门隧道');

    const stored = await api.query<{
      project: { roles: { role: string; evidence: { quote: string; start: number; end: number }[] }[] };
    }>('{ project(id: "project:szm") { roles { role evidence { quote start end } } } }');
    const lead = stored.data!.project.roles.find((r) => r.role === 'LEAD')!.evidence[0]!;
    await page.click('table.roles.lead a.quote');
    await page.waitForSelector('#evidence-mark');
    expect(await page.textContent('#evidence-mark')).toBe(lead.quote);
    expect(lead.quote).toBe(TEXTS['doc:api-c']!.slice(lead.start, lead.end));
    // Scrolled into view: the mark is inside the window and inside the scrolled text box.
    const visible = await page.evaluate(() => {
      const w = globalThis as unknown as PageWindow;
      const mark = w.document.querySelector('#evidence-mark')!.getBoundingClientRect();
      const box = w.document.querySelector('.source-text pre')!.getBoundingClientRect();
      return mark.top >= Math.max(0, box.top) && mark.bottom <= Math.min(w.innerHeight, box.bottom);
    });
    expect(visible).toBe(true);
  });

  it('shows the co-ownership overview, and an edge opens the shared projects with their sources', async () => {
    await page.goto(`${base}/network`);
    await page.waitForFunction(
      () => (globalThis as unknown as PageWindow).kgExplorer?.graphs.network?.nodes().length === 4,
    );
    await page.click('table.pairs a.shared-count >> nth=0');
    await page.waitForSelector('#network-panel ul.shared a.quote');
    const quotes = await page.$$eval('#network-panel a.quote', (links) => links.map((a) => a.textContent));
    expect(quotes).toContain('「市财政局协助」');
  });

  it('shows a project with its funding and its dependency chain both ways, and follows a dependency', async () => {
    await page.goto(`${base}/id/Project/hkc`);
    await heading('金湾航空城');
    await page.waitForFunction(
      () => (globalThis as unknown as PageWindow).kgExplorer?.graphs.dependencies?.nodes().length === 4,
    );
    const ids = await page.evaluate(() =>
      (globalThis as unknown as PageWindow)
        .kgExplorer!.graphs.dependencies!.nodes()
        .map((n) => n.id())
        .sort(),
    );
    expect(ids).toEqual(['project:hkc', 'project:hkc2', 'project:lng1', 'project:lng2']);
    await page.fill('input[name="depth"]', '1');
    await page.dispatchEvent('input[name="depth"]', 'change');
    await page.waitForFunction(
      () => (globalThis as unknown as PageWindow).kgExplorer?.graphs.dependencies?.nodes().length === 3,
    );
    await clickNode('dependencies', 'project:lng2');
    await heading('珠海LNG二期工程');
    expect(await page.textContent('table.funding')).toContain('60亿元');
  });

  it('shows a document with its facts, a place, a person, an amount, and an IRI opened in the browser', async () => {
    await page.goto(`${base}/id/Document/api-c`);
    await heading('珠海市重点任务分工');
    expect(await page.locator('table.facts tbody tr').count()).toBe(11);
    for (const [path, name] of [
      ['/id/Place/jw', '珠海市金湾区'],
      ['/id/Person/yc', '杨川'],
      ['/id/Funding/szm-subsidy', '2亿元（2亿元）'],
    ] as const) {
      await page.goto(`${base}${path}`);
      await heading(name);
      expect(await page.locator('table.facts a.quote').count()).toBeGreaterThan(0);
    }
  });
});

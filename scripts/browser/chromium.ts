import { getConfig } from '../../src/config.js';
/**
 * Debian's Chromium for the browser tests and the screenshots: installed with apt-get when missing and
 * running as root (as CI does); otherwise an error that says how to install it. Playwright drives it
 * (playwright-core: no browser download of its own).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { chromium, type Browser } from 'playwright-core';

const run = promisify(execFile);

export const CHROMIUM_PATH = getConfig().browser.chromiumPath;
const APT_PACKAGE = 'chromium';

/** Flags for a headless Chromium on a machine without a GPU and without network beyond localhost. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export class ChromiumMissingError extends Error {}

async function aptInstall(packages: string[], log: (line: string) => void): Promise<void> {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    run('apt-get', ['install', '-y', '--no-install-recommends', ...packages], { env, timeout: 600_000 });
  try {
    await install();
  } catch {
    // A fresh machine has no package lists yet.
    log('apt-get update…');
    await run('apt-get', ['update'], { env, timeout: 600_000 });
    await install();
  }
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** Makes sure Chromium is at CHROMIUM_PATH: installs Debian's package as root, else explains how. */
export async function ensureChromium(
  log: (line: string) => void = (line) => console.error(line),
): Promise<string> {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  if (!isRoot() || CHROMIUM_PATH !== '/usr/bin/chromium') {
    throw new ChromiumMissingError(
      `Chromium is not installed at ${CHROMIUM_PATH}. The browser tests need Debian's Chromium: ` +
        `run \`sudo apt-get install -y ${APT_PACKAGE}\` (or set CHROMIUM_PATH to a Chromium binary).`,
    );
  }
  log(`Installing Debian's ${APT_PACKAGE} with apt-get (first run only)…`);
  await aptInstall([APT_PACKAGE], log);
  if (!existsSync(CHROMIUM_PATH))
    throw new ChromiumMissingError(`apt-get installed ${APT_PACKAGE} but ${CHROMIUM_PATH} is missing`);
  return CHROMIUM_PATH;
}

/** Fonts with Chinese glyphs, so screenshots show characters rather than boxes (as root only). */
export async function ensureChineseFonts(
  log: (line: string) => void = (line) => console.error(line),
): Promise<void> {
  const { stdout } = await run('fc-list', [':lang=zh', 'family']).catch(() => ({ stdout: '' }));
  if (stdout.trim()) return;
  if (!isRoot()) {
    log(
      'No Chinese fonts: screenshots will show boxes. Install them with `sudo apt-get install fonts-noto-cjk`.',
    );
    return;
  }
  log('Installing fonts-noto-cjk for the screenshots…');
  await aptInstall(['fonts-noto-cjk'], log);
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = await ensureChromium();
  return chromium.launch({ executablePath, headless: true, args: FLAGS });
}

// Finds a Chromium for the browser tests, or installs Debian's package when running as root
// on a Debian-like system. Never lets the browser suite skip silently.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from '../tests/e2e/support/find-chromium.ts';

const found = findChromium();
if (found) {
  console.log(`Browser for tests: ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version');
if (isRoot && hasApt) {
  console.log("No Chromium found: installing Debian's chromium package (about half a minute)...");
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch (error) {
    console.error('Installing chromium with apt-get failed:', error instanceof Error ? error.message : error);
  }
  const installed = findChromium();
  if (installed) {
    console.log(`Browser for tests: ${installed}`);
    process.exit(0);
  }
}

console.error(`
The browser tests need Chromium and none was found.
Looked at: $CHROME_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome.
Get one of these:
  - Debian/Ubuntu (as root): apt-get update && apt-get install -y chromium
  - Or point CHROME_PATH at any Chromium or Chrome binary: CHROME_PATH=/path/to/chrome npm test
`);
process.exit(1);

import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/**
 * Firefox ESR, as staff run it: Debian's /usr/bin/firefox-esr (with its zh-CN language pack),
 * driven over WebDriver BiDi by puppeteer-core (Playwright's Firefox is a patched build that
 * cannot be downloaded here). The production Firefox build (`wxt build -b firefox`) is packed
 * into an .xpi and placed in a fresh profile's extensions folder, the way a deployment places
 * it; ESR honours `xpinstall.signatures.required=false`, so the unsigned test build loads.
 */
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
export const FIREFOX = '/usr/bin/firefox-esr';
export const firefoxExtensionPath = path.join(
  path.resolve(repoRoot, process.env.DR_OUT_DIR ?? '.output'),
  'firefox-mv2',
);
/** The add-on id in the Firefox manifest (browser_specific_settings.gecko.id). */
export const ADDON_ID = 'disclosure-review@gov-tools.cn';
/** Firefox gives each profile's add-on a random internal UUID; the tests fix it by pref. */
export const ADDON_UUID = '5d1f3c2a-7b4e-4c8d-9a6f-0e2b7c9d4a13';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

function filesUnder(dir: string, prefix = ''): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const relative = prefix + entry.name;
    if (entry.isDirectory()) {
      Object.assign(files, filesUnder(path.join(dir, entry.name), `${relative}/`));
    } else {
      files[relative] = readFileSync(path.join(dir, entry.name));
    }
  }
  return files;
}

/** The built extension as an .xpi, optionally under another add-on id (for policy tests). */
export function packXpi(target: string, addonId = ADDON_ID): void {
  const manifestPath = path.join(firefoxExtensionPath, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(
      `No Firefox build at ${firefoxExtensionPath}: run \`wxt build -b firefox\` first.`,
    );
  }
  const files = filesUnder(firefoxExtensionPath);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings: { gecko: { id: string } };
  };
  manifest.browser_specific_settings.gecko.id = addonId;
  files['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
  writeFileSync(target, zipSync(files, { level: 1 }));
}

/** The part of the WebExtension `browser` API the tests call from an extension page. */
export interface TabsApi {
  tabs: {
    query(query: {
      active?: boolean;
      lastFocusedWindow?: boolean;
    }): Promise<Array<{ id?: number }>>;
    create(options: { url: string; active?: boolean }): Promise<unknown>;
  };
}

export interface FirefoxRun {
  browser: Browser;
  /** The tab Firefox opened at start-up: an extension page (BiDi cannot navigate to one). */
  extensionPage: Page;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  /** The extension page the first tab opens (only extension pages may open extension pages). */
  startPage?: string;
  addonId?: string;
  /**
   * Where the extension comes from: the profile's extensions folder (default), or nowhere, for
   * a policies.json that force-installs it (ExtensionSettings → install_url).
   */
  install?: 'profile' | 'policy';
}

/** Starts Firefox ESR headless, in Chinese, with the extension installed in a fresh profile. */
export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxRun> {
  if (!existsSync(FIREFOX)) {
    throw new Error(`${FIREFOX} not found: apt-get install firefox-esr firefox-esr-l10n-zh-cn`);
  }
  const addonId = options.addonId ?? ADDON_ID;
  const profile = mkdtempSync(path.join(tmpdir(), 'dr-firefox-'));
  mkdirSync(path.join(profile, 'extensions'));
  if (options.install !== 'policy') {
    packXpi(path.join(profile, 'extensions', `${addonId}.xpi`), addonId);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    args: [`${EXTENSION_ORIGIN}/${options.startPage ?? 'popup.html'}`],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      // Add-ons found in the profile are enabled without asking (a deployment's force install).
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: ADDON_UUID }),
      'intl.locale.requested': 'zh-CN',
    },
  });
  try {
    const extensionPage = await waitForPage(browser, EXTENSION_ORIGIN);
    return {
      browser,
      extensionPage,
      async close() {
        await browser.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

async function waitForPage(browser: Browser, urlPrefix: string, timeout = 15_000): Promise<Page> {
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const page of await browser.pages()) {
      if (!page.url().startsWith(urlPrefix)) continue;
      // The extension starts with the browser; until it has, its page is an error page.
      const ready = await page
        .evaluate(() => typeof (globalThis as { browser?: unknown }).browser === 'object')
        .catch(() => false);
      if (ready) return page;
      await page.reload({ timeout: 5000 }).catch(() => undefined);
    }
    if (Date.now() > deadline) throw new Error(`no ready page at ${urlPrefix} in ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Opens an extension page in a new background tab (through the extension's own tabs API). */
export async function openExtensionPage(run: FirefoxRun, page: string): Promise<Page> {
  const url = `${EXTENSION_ORIGIN}/${page}`;
  const before = new Set(await run.browser.pages());
  await run.extensionPage.evaluate(async (target) => {
    const api = (globalThis as unknown as { browser: TabsApi }).browser;
    await api.tabs.create({ url: target, active: false });
  }, url);
  const deadline = Date.now() + 15_000;
  for (;;) {
    // BiDi may still report the new tab as about:blank: ask the page where it is.
    for (const opened of await run.browser.pages()) {
      if (before.has(opened)) continue;
      const ready = await opened
        .evaluate(() => (document.readyState === 'complete' ? location.href : ''))
        .catch(() => '');
      if (ready === url) return opened;
    }
    if (Date.now() > deadline) {
      const open = (await run.browser.pages()).map((p) => p.url()).join(', ');
      throw new Error(`${url} did not open (open: ${open})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

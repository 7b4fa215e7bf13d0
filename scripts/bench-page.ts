/**
 * `bench-page`: what the extension costs in a real page, measured in Chromium with and without it.
 * Prints tables and writes bench-results/page.json.
 *
 *   1. Pages without an editor (a small article, a ~5,000-element page; served by a tiny local
 *      server): the content script's own `disclosure-review:*` performance measures per load
 *      (goal ≤ 5 ms), cross-checked with CDP `Performance.getMetrics` ScriptDuration with and
 *      without the extension, and a CPU profile of one load (content.js time, top functions).
 *   2. Bundle size of content-scripts/*, in-page.js (loaded only where there is an editor) and
 *      background.js, raw and gzip.
 *   3. Keystroke latency on a 100,000-character draft (demo textarea.html and tinymce.html):
 *      keydown → the frame after `input` (rAF + setTimeout 0), 40 keys, median and p95, with
 *      and without the extension; Event Timing entries where headless Chromium reports them; a
 *      CPU profile of the typing with the extension (content.js time, top functions).
 *   4. Time to result in textarea.html: `input` event → `<disclosure-review aria-busy="false">`,
 *      drafts of 10k–1M characters (the 500 ms debounce included).
 *
 * Builds the extension first (`npx wxt build`) only when .output/chrome-mv3/manifest.json is missing.
 * Run: `tsx scripts/bench-page.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession, Frame, Page } from '@playwright/test';
import { extensionPath, launchChromium } from '../test/e2e/fixtures';
import { buildText } from './bench-text';
import { startDemoServer, type DemoServer } from './demo-server';

/** Loads per page and browser for the no-editor pages (plus one warm-up load each). */
const LOADS = 7;
/** Time after `load` before the measures are read: the script runs at document_idle, then scans. */
const SETTLE_MS = 2_000;
const START_GOAL_MS = 5;
const DRAFT_CHARS = 100_000;
/** 40 ASCII characters: Playwright types CJK as text insertion without keydown, so keys must be ASCII. */
const TYPED = 'the quick brown fox jumps over the lazy dog'.slice(0, 40);
const RESULT_SIZES = [10_000, 100_000, 200_000, 1_000_000];
const RESULT_REPEATS = 3;
const REVIEW_DELAY_MS = 500;
const HEAVY_ELEMENTS = 5_000;
const OUT_FILE = 'bench-results/page.json';

const log = (message: string): void => {
  process.stderr.write(`[bench-page] ${message}\n`);
};

// ── Numbers ─────────────────────────────────────────────────────────────────────────────

interface Stats {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

function stats(values: number[]): Stats {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { n, median: NaN, p95: NaN, min: NaN, max: NaN };
  const median = n % 2 === 1 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return {
    n,
    median: round(median),
    p95: round(sorted[Math.min(n - 1, Math.ceil(0.95 * n) - 1)]!),
    min: round(sorted[0]!),
    max: round(sorted[n - 1]!),
  };
}

function table(title: string, headers: string[], rows: Array<Array<string | number>>): string {
  const cells = [headers, ...rows.map((row) => row.map((c) => String(c)))];
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]): string =>
    row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [
    title,
    line(headers),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.slice(1).map(line),
    '',
  ].join('\n');
}

// ── CPU profiles ────────────────────────────────────────────────────────────────────────

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

interface ProfileSummary {
  /** Sampled time in content.js, its native callees (DOM, regex built-ins) folded in. */
  contentScriptMs: number;
  /** Sampled time by script (native calls counted for the script that made them). */
  byScriptMs: Record<string, number>;
  top: Array<{ fn: string; at: string; selfMs: number; source: string }>;
}

let contentSource: string[] | null = null;
function sourceAt(line: number, column: number): string {
  contentSource ??= readFileSync(
    path.join(extensionPath, 'content-scripts', 'content.js'),
    'utf8',
  ).split('\n');
  return (contentSource[line] ?? '').slice(column, column + 90);
}

/**
 * Sampled self time per JavaScript function. A sample in a native function (querySelectorAll,
 * a regex built-in, a DOM setter) counts for the nearest JavaScript caller, so that "content.js"
 * means the work the content script caused on the main thread.
 */
function summarizeProfile(profile: CpuProfile, topN = 8): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const owner = (id: number): ProfileNode => {
    let node = byId.get(id)!;
    const special = node.callFrame.functionName.startsWith('(');
    if (special) return node;
    while (!node.callFrame.url) {
      const up = parent.get(node.id);
      const next = up === undefined ? undefined : byId.get(up);
      if (!next || next.callFrame.functionName === '(root)') break;
      node = next;
    }
    return node;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const selfMs = new Map<number, number>();
  for (let i = 0; i < samples.length; i++) {
    const node = owner(samples[i]!);
    selfMs.set(node.id, (selfMs.get(node.id) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  const byScriptMs: Record<string, number> = {};
  const fns: ProfileSummary['top'] = [];
  for (const [id, ms] of selfMs) {
    const { callFrame } = byId.get(id)!;
    const script = callFrame.url
      ? callFrame.url.startsWith('chrome-extension://')
        ? callFrame.url.replace(/^chrome-extension:\/\/[^/]+\//, '')
        : 'page'
      : callFrame.functionName || '(native)';
    byScriptMs[script] = (byScriptMs[script] ?? 0) + ms;
    if (script === 'content-scripts/content.js') {
      fns.push({
        fn: callFrame.functionName || '(anonymous)',
        at: `${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}`,
        selfMs: ms,
        source: sourceAt(callFrame.lineNumber, callFrame.columnNumber),
      });
    }
  }
  // The same function appears once per distinct stack: merge by location.
  const merged = new Map<string, ProfileSummary['top'][number]>();
  for (const f of fns) {
    const key = `${f.fn}@${f.at}`;
    const seen = merged.get(key);
    if (seen) seen.selfMs += f.selfMs;
    else merged.set(key, { ...f });
  }
  for (const key of Object.keys(byScriptMs)) byScriptMs[key] = round(byScriptMs[key]!, 1);
  delete byScriptMs['(idle)'];
  return {
    contentScriptMs: byScriptMs['content-scripts/content.js'] ?? 0,
    byScriptMs,
    top: [...merged.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, topN)
      .map((f) => ({ ...f, selfMs: round(f.selfMs, 1) })),
  };
}

async function startProfiler(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
}

async function stopProfiler(cdp: CDPSession): Promise<ProfileSummary> {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  return summarizeProfile(profile as CpuProfile);
}

// ── Browsers ────────────────────────────────────────────────────────────────────────────

function ensureBuilt(): boolean {
  if (existsSync(path.join(extensionPath, 'manifest.json'))) return false;
  log(`no built extension at ${extensionPath}: running \`npx wxt build\` first`);
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 2, 2] });
  if (result.status !== 0) throw new Error(`npx wxt build failed (exit ${result.status})`);
  return true;
}

let browserVersion = '';

async function openBrowser(withExtension: boolean): Promise<BrowserContext> {
  const context = await launchChromium(withExtension);
  browserVersion ||= context.browser()?.version() ?? '';
  if (withExtension && context.serviceWorkers().length === 0) {
    await context.waitForEvent('serviceworker', { timeout: 15_000 });
  }
  return context;
}

// ── 1. Pages without an editor ──────────────────────────────────────────────────────────

const PARAGRAPHS = [
  '为进一步做好本年度城乡居民医疗保险参保缴费工作，现将有关事项通知如下。',
  '各乡镇人民政府、街道办事处要高度重视，明确责任分工，确保工作落实到位。',
  '参保人员可通过线上平台或社区服务中心办理缴费手续，逾期未缴费的将影响待遇享受。',
  '本通知自发布之日起施行，由市医疗保障局负责解释。',
];

function articlePage(): string {
  const body = Array.from({ length: 12 }, (_, i) => `<p>${PARAGRAPHS[i % PARAGRAPHS.length]}</p>`);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>关于做好医疗保险参保缴费工作的通知</title>
<style>body{font:16px/1.8 sans-serif;max-width:760px;margin:2em auto}nav a{margin-right:1em}</style></head>
<body><header><nav><a href="#">首页</a><a href="#">政府信息公开</a><a href="#">政务服务</a><a href="#">互动交流</a></nav></header>
<main><article><h1>关于做好医疗保险参保缴费工作的通知</h1><p class="meta">发布时间：2026-11-20&emsp;来源：市医疗保障局</p>
${body.join('\n')}
<p>附件：<a href="#">参保缴费指南.pdf</a></p></article></main>
<footer><p>某某市人民政府办公室 主办</p><form role="search"><input type="search" name="q" placeholder="搜索"></form></footer></body></html>`;
}

/** A portal page with about HEAVY_ELEMENTS elements: navigation, news lists, a big table; no editors. */
function heavyPage(): string {
  const parts: string[] = [];
  let count = 0;
  const add = (html: string, elements: number): void => {
    parts.push(html);
    count += elements;
  };
  add('<header><nav><ul>', 2);
  for (let i = 0; i < 60; i++) add(`<li><a href="/c/${i}">栏目${i}</a></li>`, 2);
  add(
    '</ul></nav><form role="search"><input type="search" name="q"><button>搜索</button></form></header><main>',
    3,
  );
  for (let s = 0; s < 12; s++) {
    add(`<section class="news"><h2>新闻动态 ${s + 1}</h2><ul>`, 3);
    for (let i = 0; i < 60; i++) {
      add(
        `<li><a href="/n/${s}/${i}">${PARAGRAPHS[(s + i) % PARAGRAPHS.length]!.slice(0, 18)}</a><span class="date">2026-11-${String((i % 28) + 1).padStart(2, '0')}</span></li>`,
        3,
      );
    }
    add('</ul></section>', 0);
  }
  add(
    '<table class="data"><thead><tr><th>序号</th><th>事项</th><th>部门</th><th>时限</th><th>办理</th></tr></thead><tbody>',
    9,
  );
  while (count < HEAVY_ELEMENTS - 10) {
    add(
      `<tr><td>${count}</td><td>政务服务事项</td><td>市政务服务中心</td><td>5个工作日</td><td><a href="#">办理</a></td></tr>`,
      7,
    );
  }
  add('</tbody></table></main><footer><p>某某市人民政府 主办</p></footer>', 2);
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>某某市人民政府门户网站</title>
<style>body{font:14px/1.6 sans-serif}li{list-style:none}nav li{display:inline-block;margin:0 .5em}</style></head>
<body>${parts.join('\n')}</body></html>`;
}

async function startPageServer(): Promise<{ server: Server; url: string }> {
  const pages: Record<string, string> = {
    '/article.html': articlePage(),
    '/heavy.html': heavyPage(),
  };
  const server = createServer((request, response) => {
    const body = pages[new URL(request.url ?? '/', 'http://bench.invalid').pathname];
    response.writeHead(body ? 200 : 404, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    response.end(body ?? 'Not Found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

interface LoadSample {
  elements: number;
  /** Sum of the content script's disclosure-review:* measures (null without the extension). */
  measuresMs: number | null;
  measureCounts: Record<string, number>;
  scriptDurationMs: number;
  taskDurationMs: number;
}

async function loadOnce(
  context: BrowserContext,
  url: string,
  profile: boolean,
): Promise<{ sample: LoadSample; profile: ProfileSummary | null }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (profile) await startProfiler(cdp);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(SETTLE_MS);
    const summary = profile ? await stopProfiler(cdp) : null;
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string): number =>
      (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
    const inPage = await page.evaluate(() => ({
      elements: document.getElementsByTagName('*').length,
      measures: performance
        .getEntriesByType('measure')
        .filter((e) => e.name.startsWith('disclosure-review:'))
        .map((e) => ({ name: e.name, duration: e.duration })),
    }));
    const measureCounts: Record<string, number> = {};
    for (const m of inPage.measures) measureCounts[m.name] = (measureCounts[m.name] ?? 0) + 1;
    return {
      sample: {
        elements: inPage.elements,
        measuresMs: inPage.measures.length
          ? inPage.measures.reduce((sum, m) => sum + m.duration, 0)
          : null,
        measureCounts,
        scriptDurationMs: metric('ScriptDuration'),
        taskDurationMs: metric('TaskDuration'),
      },
      profile: summary,
    };
  } finally {
    await page.close();
  }
}

async function benchNoEditor(): Promise<Record<string, unknown>> {
  const { server, url } = await startPageServer();
  const pages = { article: `${url}article.html`, heavy: `${url}heavy.html` };
  const samples: Record<string, { with: LoadSample[]; without: LoadSample[] }> = {
    article: { with: [], without: [] },
    heavy: { with: [], without: [] },
  };
  const profiles: Record<string, ProfileSummary> = {};
  try {
    for (const withExtension of [true, false]) {
      const context = await openBrowser(withExtension);
      try {
        for (const [name, pageUrl] of Object.entries(pages)) {
          log(`no-editor page "${name}" ${withExtension ? 'with' : 'without'} the extension`);
          await loadOnce(context, pageUrl, false); // warm-up: HTTP, fonts, code caches
          for (let i = 0; i < LOADS; i++) {
            const { sample } = await loadOnce(context, pageUrl, false);
            if (withExtension && sample.measureCounts['disclosure-review:start'] !== 1) {
              throw new Error(`content script did not run on ${pageUrl} (no start measure)`);
            }
            samples[name]![withExtension ? 'with' : 'without'].push(sample);
          }
          if (withExtension) profiles[name] = (await loadOnce(context, pageUrl, true)).profile!;
        }
      } finally {
        await context.close();
      }
    }
  } finally {
    server.close();
  }
  const result: Record<string, unknown> = {};
  for (const [name, { with: withExt, without }] of Object.entries(samples)) {
    const measures = stats(withExt.map((s) => s.measuresMs ?? 0));
    const scriptWith = stats(withExt.map((s) => s.scriptDurationMs));
    const scriptWithout = stats(without.map((s) => s.scriptDurationMs));
    const taskWith = stats(withExt.map((s) => s.taskDurationMs));
    const taskWithout = stats(without.map((s) => s.taskDurationMs));
    result[name] = {
      elements: withExt[0]?.elements,
      measureCountsPerLoad: withExt[0]?.measureCounts,
      measuresMs: measures,
      goalMs: START_GOAL_MS,
      met: measures.median <= START_GOAL_MS,
      maxWithinGoal: measures.max <= START_GOAL_MS,
      scriptDurationMs: { with: scriptWith, without: scriptWithout },
      scriptDurationDeltaMedianMs: round(scriptWith.median - scriptWithout.median),
      taskDurationMs: { with: taskWith, without: taskWithout },
      taskDurationDeltaMedianMs: round(taskWith.median - taskWithout.median),
      cpuProfileOneLoad: profiles[name],
    };
  }
  return result;
}

// ── 2. Bundle size ──────────────────────────────────────────────────────────────────────

function bundleSizes(): Array<{ file: string; bytes: number; gzipBytes: number }> {
  const dir = path.join(extensionPath, 'content-scripts');
  const files = [
    ...readdirSync(dir)
      .sort()
      .map((f) => path.join('content-scripts', f)),
    // Loaded by content.js only on a page where it finds an editor.
    'in-page.js',
    'background.js',
  ];
  return files.map((file) => {
    const data = readFileSync(path.join(extensionPath, file));
    return { file, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length };
  });
}

// ── 3. Keystroke latency ────────────────────────────────────────────────────────────────

type DemoWindow = Window & {
  __demo?: { ready: boolean; getText(): string };
  tinymce?: {
    activeEditor: {
      setContent(html: string): void;
      getBody(): HTMLElement;
      focus(): void;
      selection: { select(node: Node, content?: boolean): void; collapse(toStart?: boolean): void };
    };
  };
  __bench?: {
    samples: Array<{ ms: number; rafMs: number; queuedMs: number }>;
    events: Array<{ name: string; duration: number; interactionId: number }>;
    eventTiming: boolean;
  };
};

type EditorKind = 'textarea' | 'tinymce';

function paragraphsHtml(text: string): string {
  const escape = (s: string): string =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => `<p>${escape(line)}</p>`)
    .join('');
}

async function waitForBadgeIdle(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('disclosure-review')?.getAttribute('aria-busy') === 'false',
    undefined,
    { timeout, polling: 50 },
  );
}

/** Opens the demo editor, puts the draft in through the page's main world, caret at the end. */
async function prepareDraft(
  page: Page,
  demo: DemoServer,
  editor: EditorKind,
  text: string,
  withExtension: boolean,
): Promise<void> {
  await page.goto(new URL(`${editor}.html`, demo.url).href);
  await page.waitForFunction(() => (window as DemoWindow).__demo?.ready === true, undefined, {
    timeout: 30_000,
  });
  // With the extension, first let its scan find the (empty) editor and finish the first review.
  if (withExtension) await waitForBadgeIdle(page, 15_000);
  if (editor === 'textarea') {
    await page.evaluate((draft) => {
      const area = document.getElementById('content') as HTMLTextAreaElement;
      area.value = draft;
      area.focus();
      area.setSelectionRange(draft.length, draft.length);
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);
  } else {
    await page.evaluate((html) => {
      const ed = (window as DemoWindow).tinymce!.activeEditor;
      ed.setContent(html);
      ed.focus();
      ed.selection.select(ed.getBody(), true);
      ed.selection.collapse(false);
    }, paragraphsHtml(text));
  }
  if (withExtension) {
    // The review of the new draft starts after the debounce; wait for it to be pending, then done.
    await page.waitForFunction(
      () => document.querySelector('disclosure-review')?.getAttribute('aria-busy') === 'true',
      undefined,
      { timeout: 5_000, polling: 10 },
    );
    await waitForBadgeIdle(page);
  }
  // Let deferred work (the long-textarea underline draw, GC after the big setContent) finish.
  await page.waitForTimeout(1_000);
}

/** The frame whose document receives the keys: the page for a textarea, TinyMCE's iframe. */
function editorFrame(page: Page, editor: EditorKind): Frame {
  if (editor === 'textarea') return page.mainFrame();
  const frame = page
    .frames()
    .find((f) => f !== page.mainFrame() && f.parentFrame() === page.mainFrame());
  if (!frame) throw new Error('no TinyMCE iframe');
  return frame;
}

/** Length of the draft: the textarea's value, or the text in TinyMCE's body. */
function editorLength(frame: Frame): Promise<number> {
  return frame.evaluate(() => {
    const area = document.getElementById('content') as HTMLTextAreaElement | null;
    return area ? area.value.length : (document.body.textContent ?? '').length;
  });
}

/** Main-world listeners in the editor's document: keydown (capture) → rAF after input → setTimeout 0. */
async function instrument(page: Page, editor: EditorKind): Promise<void> {
  await page.evaluate((kind) => {
    const win = window as DemoWindow;
    const doc = kind === 'textarea' ? document : document.querySelector('iframe')!.contentDocument!;
    const view = doc.defaultView! as Window & typeof globalThis;
    const bench: NonNullable<DemoWindow['__bench']> = {
      samples: [],
      events: [],
      eventTiming: typeof view.PerformanceEventTiming === 'function',
    };
    win.__bench = bench;
    // Event timestamps are relative to the editor window's time origin; ours to the top window's.
    const originShift = view.performance.timeOrigin - performance.timeOrigin;
    let pending: { t0: number; stamp: number } | null = null;
    doc.addEventListener(
      'keydown',
      (event) => {
        pending = { t0: performance.now(), stamp: event.timeStamp + originShift };
      },
      true,
    );
    doc.addEventListener(
      'input',
      () => {
        const key = pending;
        pending = null;
        if (!key) return;
        view.requestAnimationFrame(() => {
          const raf = performance.now();
          view.setTimeout(() => {
            const end = performance.now();
            bench.samples.push({
              ms: end - key.t0,
              rafMs: raf - key.t0,
              queuedMs: key.t0 - key.stamp,
            });
          }, 0);
        });
      },
      true,
    );
    try {
      const observer = new view.PerformanceObserver((list) => {
        // interactionId is not in TypeScript's DOM types yet.
        for (const entry of list.getEntries() as Array<
          PerformanceEventTiming & { interactionId?: number }
        >) {
          bench.events.push({
            name: entry.name,
            duration: entry.duration,
            interactionId: entry.interactionId ?? 0,
          });
        }
      });
      observer.observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    } catch {
      bench.eventTiming = false;
    }
  }, editor);
}

interface TypingResult {
  keystrokeMs: Stats;
  toAnimationFrameMs: Stats;
  keydownQueuedMs: Stats;
  eventTiming: {
    supported: boolean;
    entries: number;
    interactions: number;
    /** Longest entry per interaction, among interactions with an entry ≥ 16 ms. */
    interactionMs: Stats;
  };
  /** Characters the editor gained while typing (should be TYPED.length). */
  landed: number;
  profile?: ProfileSummary;
}

async function typeAndMeasure(
  page: Page,
  editor: EditorKind,
  withExtension: boolean,
  profile: boolean,
): Promise<TypingResult> {
  const cdp = profile ? await page.context().newCDPSession(page) : null;
  const frame = editorFrame(page, editor);
  const before = await editorLength(frame);
  await instrument(page, editor);
  if (cdp) await startProfiler(cdp);
  for (let i = 0; i < TYPED.length; i++) {
    await page.keyboard.type(TYPED[i]!);
    await page.waitForFunction(
      (n) => ((window as DemoWindow).__bench?.samples.length ?? 0) >= n,
      i + 1,
      { timeout: 10_000, polling: 5 },
    );
  }
  const summary = cdp ? await stopProfiler(cdp) : undefined;
  // Event Timing entries are delivered after the frame is presented: give them a moment.
  await page.waitForTimeout(500);
  const bench = await page.evaluate(() => (window as DemoWindow).__bench!);
  if (withExtension) await waitForBadgeIdle(page);
  const landed = (await editorLength(frame)) - before;
  if (landed !== TYPED.length) log(`warning: ${landed} of ${TYPED.length} typed characters landed`);
  const perInteraction = new Map<number, number>();
  for (const e of bench.events) {
    if (!e.interactionId) continue;
    perInteraction.set(
      e.interactionId,
      Math.max(perInteraction.get(e.interactionId) ?? 0, e.duration),
    );
  }
  return {
    keystrokeMs: stats(bench.samples.map((s) => s.ms)),
    toAnimationFrameMs: stats(bench.samples.map((s) => s.rafMs)),
    keydownQueuedMs: stats(bench.samples.map((s) => s.queuedMs)),
    eventTiming: {
      supported: bench.eventTiming,
      entries: bench.events.length,
      interactions: perInteraction.size,
      interactionMs: stats([...perInteraction.values()]),
    },
    landed,
    ...(summary ? { profile: summary } : {}),
  };
}

async function benchTyping(demo: DemoServer): Promise<Record<string, unknown>> {
  const text = buildText(DRAFT_CHARS);
  const results: Record<string, Record<string, TypingResult>> = { textarea: {}, tinymce: {} };
  for (const withExtension of [true, false]) {
    const context = await openBrowser(withExtension);
    try {
      for (const editor of ['textarea', 'tinymce'] as const) {
        log(
          `typing in ${editor} (${DRAFT_CHARS} characters) ${withExtension ? 'with' : 'without'} the extension`,
        );
        const page = await context.newPage();
        try {
          await prepareDraft(page, demo, editor, text, withExtension);
          results[editor]![withExtension ? 'with' : 'without'] = await typeAndMeasure(
            page,
            editor,
            withExtension,
            false,
          );
        } finally {
          await page.close();
        }
        if (withExtension) {
          // A second, profiled run: where the extension's share of a keystroke goes.
          log(`typing in ${editor} with the extension, CPU profile`);
          const profiled = await context.newPage();
          try {
            await prepareDraft(profiled, demo, editor, text, true);
            results[editor]!.profiled = await typeAndMeasure(profiled, editor, true, true);
          } finally {
            await profiled.close();
          }
        }
      }
    } finally {
      await context.close();
    }
  }
  const out: Record<string, unknown> = {};
  for (const [editor, r] of Object.entries(results)) {
    out[editor] = {
      draftCharacters: DRAFT_CHARS,
      typedCharacters: TYPED.length,
      with: r.with,
      without: r.without,
      deltaMedianMs: round(r.with!.keystrokeMs.median - r.without!.keystrokeMs.median),
      deltaP95Ms: round(r.with!.keystrokeMs.p95 - r.without!.keystrokeMs.p95),
      profiledRunWithExtension: r.profiled,
    };
  }
  return out;
}

// ── 4. Time to result ───────────────────────────────────────────────────────────────────

interface ResultTiming {
  totalMs: number;
  inputHandlerMs: number;
  readMs: number;
  status: string;
  findings: number;
}

async function timeToResult(page: Page, text: string): Promise<ResultTiming> {
  return page.evaluate(async (draft) => {
    const area = document.getElementById('content') as HTMLTextAreaElement;
    const badge = document.querySelector('disclosure-review')!;
    area.value = draft;
    performance.clearMeasures('disclosure-review:read');
    return new Promise<ResultTiming>((resolve, reject) => {
      let t0 = 0;
      let handled = 0;
      const observer = new MutationObserver(() => {
        if (badge.getAttribute('aria-busy') !== 'false') return;
        const end = performance.now();
        observer.disconnect();
        const reads = performance.getEntriesByName('disclosure-review:read');
        resolve({
          totalMs: end - t0,
          inputHandlerMs: handled - t0,
          readMs: reads.reduce((sum, e) => sum + e.duration, 0),
          status: badge.getAttribute('data-status') ?? '',
          findings: Number(badge.getAttribute('data-findings')),
        });
      });
      observer.observe(badge, { attributes: true, attributeFilter: ['aria-busy'] });
      t0 = performance.now();
      area.dispatchEvent(new Event('input', { bubbles: true }));
      handled = performance.now();
      if (badge.getAttribute('aria-busy') !== 'true') {
        observer.disconnect();
        reject(new Error('the input event did not start a review (aria-busy is not true)'));
      }
      setTimeout(() => reject(new Error('no result after 60 s')), 60_000);
    });
  }, text);
}

async function benchTimeToResult(demo: DemoServer): Promise<Record<string, unknown>[]> {
  const context = await openBrowser(true);
  const rows: Record<string, unknown>[] = [];
  try {
    const page = await context.newPage();
    await page.goto(new URL('textarea.html', demo.url).href);
    await page.waitForFunction(() => (window as DemoWindow).__demo?.ready === true);
    await waitForBadgeIdle(page, 15_000);
    for (const size of RESULT_SIZES) {
      log(`time to result, ${size} characters`);
      const base = buildText(size);
      const runs: ResultTiming[] = [];
      for (let i = 0; i < RESULT_REPEATS; i++) {
        // A different text each run (the first character changes), same length.
        runs.push(await timeToResult(page, `${'甲乙丙'[i]}${base.slice(1)}`));
        await page.waitForTimeout(500);
      }
      const total = stats(runs.map((r) => r.totalMs));
      rows.push({
        characters: size,
        totalMs: total,
        afterDebounceMedianMs: round(total.median - REVIEW_DELAY_MS),
        inputHandlerMs: stats(runs.map((r) => r.inputHandlerMs)),
        readMs: stats(runs.map((r) => r.readMs)),
        status: runs[0]!.status,
        findings: runs[0]!.findings,
        hasIdNumber: /\d{17}[\dXx]/.test(base),
        hasMobile: /1[3-9]\d{9}/.test(base),
      });
    }
  } finally {
    await context.close();
  }
  return rows;
}

// ── Report ──────────────────────────────────────────────────────────────────────────────

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- report shapes

function report(results: Json): string {
  const out: string[] = [];
  const fmt = (s: Stats): string => `${s.median} / ${s.max}`;
  out.push(
    table(
      `1. Page without an editor: cost per load (${LOADS} loads each, median / max, ms)`,
      [
        'page',
        'elements',
        'own measures',
        'goal (median)',
        'ScriptDuration +ext',
        'ScriptDuration -ext',
        'delta',
        'TaskDuration delta',
        'content.js, 1 profiled load',
      ],
      Object.entries(results.noEditor as Json).map(([name, r]) => [
        name,
        r.elements,
        fmt(r.measuresMs),
        `<= ${r.goalMs} ${r.met ? 'met' : 'MISSED'}`,
        fmt(r.scriptDurationMs.with),
        fmt(r.scriptDurationMs.without),
        r.scriptDurationDeltaMedianMs,
        r.taskDurationDeltaMedianMs,
        r.cpuProfileOneLoad.contentScriptMs,
      ]),
    ),
  );
  out.push(
    '   (the bench pages have no scripts of their own: ScriptDuration +ext is all extension script)\n',
  );
  const loadTop = (results.noEditor.article as Json).cpuProfileOneLoad.top as ProfileSummary['top'];
  out.push(
    table(
      '   content.js functions in one profiled article load (self ms, native callees folded in)',
      ['function', 'at', 'ms', 'source'],
      loadTop.slice(0, 5).map((f) => [f.fn, f.at, f.selfMs, f.source.slice(0, 70)]),
    ),
  );
  out.push(
    table(
      '2. Bundle size (bytes)',
      ['file', 'raw', 'gzip -9'],
      (results.bundle as Json[]).map((b) => [b.file, b.bytes, b.gzipBytes]),
    ),
  );
  const typingRows: Array<Array<string | number>> = [];
  for (const [editor, r] of Object.entries(results.typing as Json)) {
    for (const side of ['with', 'without'] as const) {
      const t = r[side] as TypingResult;
      typingRows.push([
        `${editor} ${side === 'with' ? '+ext' : '-ext'}`,
        t.keystrokeMs.median,
        t.keystrokeMs.p95,
        t.keystrokeMs.max,
        t.keydownQueuedMs.median,
        t.eventTiming.supported
          ? `${t.eventTiming.interactions} (${t.eventTiming.interactionMs.median || '-'})`
          : 'unsupported',
      ]);
    }
    typingRows.push([`${editor} delta`, r.deltaMedianMs, r.deltaP95Ms, '', '', '']);
  }
  out.push(
    table(
      `3. Keystroke latency, ${DRAFT_CHARS} characters, ${TYPED.length} keys (keydown → frame after input, ms)`,
      ['editor', 'median', 'p95', 'max', 'queued', 'event timing >=16ms: n (median)'],
      typingRows,
    ),
  );
  for (const [editor, r] of Object.entries(results.typing as Json)) {
    const p = r.profiledRunWithExtension?.profile as ProfileSummary | undefined;
    if (!p) continue;
    out.push(
      table(
        `   ${editor} +ext, CPU profile of ${TYPED.length} keys: content.js ${p.contentScriptMs} ms in all (self ms, native callees folded in)`,
        ['function', 'at', 'ms', 'source'],
        p.top.slice(0, 5).map((f) => [f.fn, f.at, f.selfMs, f.source.slice(0, 70)]),
      ),
    );
  }
  out.push(
    table(
      `4. Time to result in textarea.html (input event → aria-busy=false, ${RESULT_REPEATS} runs, median / max, ms; includes the ${REVIEW_DELAY_MS} ms debounce)`,
      [
        'characters',
        'total',
        'minus debounce',
        'input handler',
        'read',
        'ID / mobile',
        'status',
        'findings',
      ],
      (results.timeToResult as Json[]).map((r) => [
        r.characters,
        fmt(r.totalMs),
        r.afterDebounceMedianMs,
        r.inputHandlerMs.median,
        r.readMs.median,
        `${r.hasIdNumber ? 'yes' : 'no'} / ${r.hasMobile ? 'yes' : 'no'}`,
        r.status,
        r.findings,
      ]),
    ),
  );
  return out.join('\n');
}

async function main(): Promise<void> {
  const built = ensureBuilt();
  const results: Json = {
    benchmark: 'page',
    at: new Date().toISOString(),
    node: process.version,
    builtNow: built,
    notes: [
      "measures: sum of the content script's own disclosure-review:* performance measures per load",
      'ScriptDuration: CDP Performance.getMetrics, all script on the page main thread (content scripts included)',
      'profiles: CPU profiler samples every 100 µs; a native call counts for its JavaScript caller',
      `keystroke: keydown (capture, editor document) → setTimeout 0 inside the first requestAnimationFrame after input`,
    ],
  };
  results.noEditor = await benchNoEditor();
  results.bundle = bundleSizes();
  const demo = await startDemoServer({ port: 0 });
  try {
    results.typing = await benchTyping(demo);
    results.timeToResult = await benchTimeToResult(demo);
  } finally {
    await demo.close();
  }
  results.browser = browserVersion;
  results.extension = {
    path: extensionPath,
    contentScriptBuiltAt: statSync(
      path.join(extensionPath, 'content-scripts', 'content.js'),
    ).mtime.toISOString(),
    gitHead: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim(),
  };
  mkdirSync(path.dirname(OUT_FILE), { recursive: true });
  writeFileSync(OUT_FILE, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(`${report(results)}\nWritten ${OUT_FILE}\n`);
}

await main();

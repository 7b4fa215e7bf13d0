/**
 * Static server for the demo CMS (`demo/`) and the editor packages it embeds.
 *
 *   /                      → demo/index.html
 *   /<file>                → demo/<file>
 *   /vendor/<package>/...  → node_modules/<package>/... (only the editor packages below)
 *   /bundles/<name>.js     → demo/src/<name>.ts bundled by esbuild (ProseMirror, Lexical)
 *
 * It listens on both loopback addresses (127.0.0.1 and, where available, ::1) on one port, so
 * that `http://localhost:PORT/` and `http://127.0.0.1:PORT/` both reach it: the two host names
 * are different origins, which is what demo/cross-origin.html needs.
 *
 * Run directly: `tsx scripts/demo-server.ts` (port 5173, or $PORT).
 */
import { build } from 'esbuild';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const demoRoot = path.join(repoRoot, 'demo');
const nodeModules = path.join(repoRoot, 'node_modules');

/** The editor packages the demo pages may load from /vendor/. */
export const VENDOR_PACKAGES = [
  'tinymce',
  'ckeditor5',
  'ckeditor4',
  'quill',
  '@wangeditor/editor',
  'kindeditor',
  'jodit',
  'trix',
] as const;

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};

export interface DemoServer {
  /** `http://localhost:PORT/` */
  url: string;
  /** `http://127.0.0.1:PORT/`: same server, a different origin from `url`. */
  crossOriginUrl: string;
  port: number;
  close(): Promise<void>;
}

/** Maps a URL path to a file under demo/ or a whitelisted package, or null (→ 404). */
function resolveFile(urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;

  let root: string;
  let rest: string[];
  if (segments[0] === 'vendor') {
    const pkg = VENDOR_PACKAGES.find((name) => {
      const parts = name.split('/');
      return parts.every((part, index) => segments[1 + index] === part);
    });
    if (!pkg) return null;
    root = path.join(nodeModules, ...pkg.split('/'));
    rest = segments.slice(1 + pkg.split('/').length);
  } else {
    root = demoRoot;
    rest = segments.length === 0 ? ['index.html'] : segments;
  }
  if (rest.length === 0) return null;
  const file = path.resolve(root, ...rest);
  // Belt and braces: the resolved path must stay inside its root.
  if (!file.startsWith(root + path.sep)) return null;
  return file;
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const send = (status: number, message: string): void => {
    response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(request.method === 'HEAD' ? undefined : message);
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(405, 'Method Not Allowed');
    return;
  }
  const urlPath = new URL(request.url ?? '/', 'http://demo.invalid').pathname;
  const bundle = BUNDLES.find((name) => urlPath === `/bundles/${name}.js`);
  if (bundle) {
    const code = await bundleEditor(bundle).catch((error: unknown) => {
      send(500, `bundle ${bundle} failed: ${String(error)}`);
      return null;
    });
    if (code === null) return;
    response.writeHead(200, { 'content-type': MIME_TYPES['.js']!, 'cache-control': 'no-cache' });
    response.end(request.method === 'HEAD' ? undefined : code);
    return;
  }
  let file = resolveFile(urlPath);
  if (!file) {
    send(404, 'Not Found');
    return;
  }
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory() && !urlPath.startsWith('/vendor/')) {
    file = path.join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  const type = MIME_TYPES[path.extname(file).toLowerCase()];
  if (!info?.isFile() || !type) {
    send(404, 'Not Found');
    return;
  }
  response.writeHead(200, {
    'content-type': type,
    'content-length': info.size,
    'cache-control': 'no-cache',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

/**
 * Editors published only as ES modules with dependencies (ProseMirror, Lexical) are bundled from
 * demo/src/<name>.ts by esbuild on first request, then kept in memory.
 */
export const BUNDLES = ['prosemirror', 'lexical'] as const;
const bundles = new Map<string, Promise<string>>();

function bundleEditor(name: (typeof BUNDLES)[number]): Promise<string> {
  let code = bundles.get(name);
  if (!code) {
    code = build({
      entryPoints: [path.join(demoRoot, 'src', `${name}.ts`)],
      bundle: true,
      write: false,
      format: 'iife',
      target: 'es2022',
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0]!.text);
    bundles.set(name, code);
  }
  return code;
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error): void => reject(error);
    server.once('error', onError);
    server.listen({ port, host, ipv6Only: host === '::1' }, () => {
      server.off('error', onError);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

function createDemoHttpServer(): Server {
  return createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
}

/** Errors meaning "this machine has no usable IPv6 loopback": serve IPv4 only then. */
const NO_IPV6 = new Set(['EADDRNOTAVAIL', 'EAFNOSUPPORT', 'EPROTONOSUPPORT', 'EINVAL']);

export async function startDemoServer(options: { port?: number } = {}): Promise<DemoServer> {
  const requested = options.port ?? 0;
  // With a random port, the port chosen on 127.0.0.1 may be taken on ::1: try a few times.
  for (let attempt = 0; ; attempt++) {
    const v4 = createDemoHttpServer();
    await listen(v4, requested, '127.0.0.1');
    const port = (v4.address() as AddressInfo).port;
    const servers = [v4];
    const v6 = createDemoHttpServer();
    try {
      await listen(v6, port, '::1');
      servers.push(v6);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (code === 'EADDRINUSE' && requested === 0 && attempt < 5) {
        await closeServer(v4);
        continue;
      }
      if (!NO_IPV6.has(code)) {
        await closeServer(v4);
        throw error;
      }
    }
    return {
      url: `http://localhost:${port}/`,
      crossOriginUrl: `http://127.0.0.1:${port}/`,
      port,
      close: async () => {
        await Promise.all(servers.map(closeServer));
      },
    };
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 5173);
  const server = await startDemoServer({ port });
  console.log(`演示 CMS / demo CMS: ${server.url}`);
  console.log(`跨源地址 / cross-origin host: ${server.crossOriginUrl}`);
  console.log('Ctrl+C 停止 / to stop');
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

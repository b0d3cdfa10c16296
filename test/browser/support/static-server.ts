/**
 * A tiny HTTP server on 127.0.0.1 (random port) for the browser tests: the built pane from its
 * output folder, and under /office-js/ only the Office.js files the page loads, from
 * node_modules/@microsoft/office-js/dist. Every request is recorded.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const OFFICE_JS_DIST = join(__dirname, '..', '..', '..', 'node_modules', '@microsoft', 'office-js', 'dist');
/** What office.js fetches when it runs outside Office: itself and its host/file mapping table. */
export const OFFICE_JS_FILES = ['office.js', 'o15apptofilemappingtable.js'];
export const OFFICE_JS_PREFIX = '/office-js/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticServer {
  readonly origin: string;
  /** Paths requested, in order, with the status served. */
  readonly requests: { readonly path: string; readonly status: number }[];
  close(): Promise<void>;
}

/** The file a path maps to, never outside `root`. */
function inside(root: string, path: string): string | null {
  const file = normalize(join(root, decodeURIComponent(path)));
  return file.startsWith(root + sep) ? file : null;
}

export async function startStaticServer(root: string): Promise<StaticServer> {
  const requests: { path: string; status: number }[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const send = async (file: string | null) => {
      const found = file
        ? await stat(file).then(
            (s) => s.isFile(),
            () => false,
          )
        : false;
      const status = found ? 200 : 404;
      requests.push({ path, status });
      if (!found || !file) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      createReadStream(file).pipe(response);
    };
    if (path.startsWith(OFFICE_JS_PREFIX)) {
      const name = path.slice(OFFICE_JS_PREFIX.length);
      void send(OFFICE_JS_FILES.includes(name) ? join(OFFICE_JS_DIST, name) : null);
    } else {
      void send(inside(root, path === '/' ? '/taskpane.html' : path));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

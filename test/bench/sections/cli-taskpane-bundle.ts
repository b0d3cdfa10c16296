/**
 * The task pane's first download: the scripts taskpane.html loads before its first paint, gzipped as
 * a web server sends them, from a production build made first (npm run build: a build left in
 * dist/addin from another day or a dev build would give stale figures). Chunks the
 * pane imports later (findings, settings…) are listed apart: they are not needed to show the pane.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchCell, BenchSection } from '../bench-section';
import { ROOT } from './cli-measure';

const ADDIN = join(ROOT, 'dist/addin');
const TARGET_KIB = 300;

const gzipKib = (file: string) => gzipSync(readFileSync(join(ADDIN, file)), { level: 9 }).length / 1024;

/** The scripts the page itself names (<script src=…>), in order. */
function firstPaintScripts(html: string): string[] {
  // minified html leaves attribute values unquoted
  return [...html.matchAll(/<script\b[^>]*?\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((match) => match[1] ?? match[2] ?? match[3])
    .filter((src) => !/^https?:/.test(src));
}

export const cliTaskpaneBundleSection: BenchSection = {
  title: 'Task pane: JavaScript loaded before the first paint, gzipped (dist/addin)',
  note: `Production build made now with \`npm run build\`; gzip level 9. Office.js comes from Microsoft's CDN and is not counted. Target: under ${TARGET_KIB} KiB.`,
  columns: ['script', 'loaded', 'KiB', 'gzipped KiB'],
  async run() {
    try {
      execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'pipe' });
    } catch {
      return [['npm run build failed: nothing measured (run it to see why)', '—', '—', '—']];
    }
    const html = join(ADDIN, 'taskpane.html');
    if (!existsSync(html)) return [['npm run build left no dist/addin/taskpane.html', '—', '—', '—']];
    const first = firstPaintScripts(readFileSync(html, 'utf8'));
    const later = readdirSync(ADDIN).filter((file) => file.endsWith('.js') && !first.includes(file));
    const row = (file: string, loaded: string): BenchCell[] => [
      file,
      loaded,
      Math.round(readFileSync(join(ADDIN, file)).length / 1024),
      Math.round(gzipKib(file)),
    ];
    const total = first.reduce((sum, file) => sum + gzipKib(file), 0);
    return [
      ['taskpane.html', `built ${statSync(html).mtime.toISOString().slice(0, 16)}`, '', ''],
      ...first.map((file) => row(file, 'first paint')),
      ['first paint, total', total <= TARGET_KIB ? `under ${TARGET_KIB} KiB` : `OVER ${TARGET_KIB} KiB`, '', Math.round(total)],
      ...later.map((file) => row(file, 'on demand')),
    ];
  },
};

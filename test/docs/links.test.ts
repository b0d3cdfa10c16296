/** Every relative link and picture in docs/*.md points at a file that exists. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const DOCS = join(__dirname, '..', '..', 'docs');
const pages = readdirSync(DOCS).filter((file) => file.endsWith('.md'));

describe.each(pages)('docs/%s', (page) => {
  it('links only to files that exist', () => {
    const text = readFileSync(join(DOCS, page), 'utf8');
    const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((match) => match[1].split('#')[0])
      .filter((target) => target !== '' && !/^[a-z]+:/i.test(target));
    const missing = targets.filter((target) => !existsSync(resolve(dirname(join(DOCS, page)), target)));
    expect(missing).toEqual([]);
  });
});

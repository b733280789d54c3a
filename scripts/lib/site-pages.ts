import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const dist = join(process.cwd(), 'dist');

/** Every built HTML page, as a path relative to the base URL (`''`, `about/`, `404.html`). */
export function sitePages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const rel = relative(dist, path).split(sep).join('/');
        pages.push(rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dist);
  if (pages.length === 0) throw new Error('No pages in dist/: run `npm run build:test` first.');
  return pages;
}

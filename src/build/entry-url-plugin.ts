// `import url from './module.ts?entry-url'` bundles that module as a client entry of its own and
// gives its public URL, so an inline script can load it whenever it chooses. A plain dynamic
// import() would bundle it too, but then Astro keeps the importing script as an external module
// file, and the browser fetches that at high priority before the first paint.
import type { Plugin } from 'vite';

const SUFFIX = '?entry-url';
const PREFIX = '\0entry-url:';

export function entryUrlPlugin(): Plugin {
  let command: 'build' | 'serve' = 'build';
  let base = '/';
  return {
    name: 'entry-url',
    enforce: 'pre',
    configResolved(config) {
      command = config.command;
      base = config.base;
    },
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const target = source.slice(0, -SUFFIX.length);
      const resolved = await this.resolve(target, importer, { skipSelf: true });
      if (!resolved) this.error(`${importer ?? 'unknown file'}: cannot resolve "${target}" for ${SUFFIX}`);
      return PREFIX + resolved.id;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      // The dev server transforms source files on request, so the source path is the URL.
      if (command === 'serve') return `export default ${JSON.stringify(`${base}@fs${file}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: file });
      // Vite turns the file reference into a URL under the configured base.
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}

import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { readRegister, type CollectionName } from './read-register.ts';
import type { Register } from './check-register.ts';

let cached: { root: string; register: Register } | undefined;

/**
 * An Astro loader for one register collection. Every collection reads and checks the whole
 * register, so an unknown source id or a duplicate fails the build wherever it sits.
 */
export function registerLoader(collection: CollectionName): Loader {
  return {
    name: `register-${collection}`,
    load: async ({ store, parseData, config, watcher }) => {
      const root = fileURLToPath(config.root);
      if (!cached || cached.root !== root || watcher) cached = { root, register: readRegister(root) };
      store.clear();
      for (const { file, data } of cached.register[collection]) {
        const parsed = await parseData({ id: data.id, data: { ...data }, filePath: file });
        store.set({ id: data.id, data: parsed, filePath: file });
      }
    },
  };
}

import { defineConfig } from 'vitest/config';

/** Tests that read the production build in dist/; run after `npm run build:test`. */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    env: { TZ: 'UTC' },
  },
});

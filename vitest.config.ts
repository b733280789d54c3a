import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Deterministic formatting for the date helpers. Tests of date checks pass their own "today";
    // modules that read the site's own content check it against the real date, as the build does.
    env: { TZ: 'UTC' },
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // Deterministic formatting for number/date helpers and golden SVGs.
    env: { TZ: 'UTC', BUILD_DATE: '2026-11-21' },
  },
});

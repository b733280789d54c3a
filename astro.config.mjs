// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { entryUrlPlugin } from './src/build/entry-url-plugin.ts';
import { siteFonts } from './src/build/site-fonts.ts';

// Newsrooms host graphics under a sub-path (e.g. /graphics/2026/cartels/); BASE_PATH sets it at build.
const base = process.env.BASE_PATH ?? '/';
// Absolute URLs (canonical, Open Graph) need the public origin; set SITE_URL when deploying.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: {
    locales: ['en', 'es'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  // Type that ships with the project, so every reader, printer and test machine lays out the same lines.
  fonts: siteFonts,
  // The sitemap includes the chart embed pages: each carries its chart's Dataset description.
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
  vite: { plugins: [entryUrlPlugin()] },
});

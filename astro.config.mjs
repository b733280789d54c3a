// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { entryUrlPlugin } from './src/build/entry-url-plugin.ts';
import { siteFonts } from './src/build/site-fonts.ts';

// Newsrooms host graphics under a sub-path (e.g. /graphics/2026/cartels/); BASE_PATH sets it at build.
const base = process.env.BASE_PATH ?? '/';
// Absolute URLs (Open Graph, feed, sitemap) need the public origin; set SITE_URL when deploying.
// Without it the build has no origin and writes root-relative addresses: it never invents one.
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  ...(site ? { site } : {}),
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
  // The sitemap includes the chart embed pages: each carries its chart's Dataset description. A
  // sitemap lists absolute URLs only, so a build without SITE_URL has none.
  integrations: site ? [mdx(), sitemap()] : [mdx()],
  devToolbar: { enabled: false },
  vite: { plugins: [entryUrlPlugin()] },
});

// Crawls every built page and checks each internal link, asset and #anchor; external links are
// left alone (the site must not depend on them, and CI has no network).
import { check, LinkState } from 'linkinator';
import { sitePages } from './lib/site-pages.ts';
import { serveDist } from './lib/serve-dist.ts';

const server = await serveDist(Number(process.env.LINKS_PORT ?? 4323));
const origin = new URL(server.url).origin;
try {
  const pages = sitePages().filter((page) => page !== '404.html');
  const result = await check({
    path: pages.map((page) => new URL(page, server.url).href),
    recurse: true,
    checkFragments: true,
    checkCss: true,
    concurrency: 8,
    linksToSkip: async (link) => !link.startsWith(origin),
  });
  const broken = result.links.filter((link) => link.state === LinkState.BROKEN);
  const checked = result.links.filter((link) => link.state === LinkState.OK).length;
  for (const link of broken) console.error(`BROKEN ${link.status ?? ''} ${link.url}\n  on ${link.parent}`);
  console.log(`${checked} internal links and anchors checked on ${pages.length} pages; ${broken.length} broken.`);
  if (broken.length) process.exitCode = 1;
} finally {
  await server.stop();
}

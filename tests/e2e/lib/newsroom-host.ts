import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readChartIndex, type ChartIndexEntry } from '../../../scripts/lib/chart-index.ts';
import { localePrefix } from '../../../src/i18n/ui.ts';

/**
 * A newsroom's site on another origin (a loopback port of its own), with one page per way a
 * newsroom embeds our charts. Every page embeds every chart of one edition, in the markup that newsroom would
 * paste or its CMS would print, and records the page's layout shifts in `window.hostCls`.
 */
export interface NewsroomHost {
  url: string;
  charts: ChartIndexEntry[];
  close: () => Promise<void>;
}

const PLACEHOLDER_ORIGIN = 'https://public-address-not-set.example';

/**
 * WordPress core's host protocol (wp-includes/js/wp-embed.js, as current core has it) written
 * anew: heights and links only from a frame's own window carrying its secret, heights clamped to
 * 200–1000px, and a {message: 'ready'} to every embed once the page's DOM is loaded.
 */
const WORDPRESS_HOST = `(function () {
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || typeof d !== 'object' || /[^a-zA-Z0-9]/.test(d.secret)) return;
    document.querySelectorAll('iframe[data-secret="' + d.secret + '"]').forEach(function (f) {
      if (e.source !== f.contentWindow) return;
      f.removeAttribute('style');
      if (d.message === 'height') {
        var h = parseInt(d.value, 10);
        f.height = h > 1000 ? 1000 : ~~h < 200 ? 200 : h;
      } else if (d.message === 'link') {
        var from = new URL(f.getAttribute('src')), to = new URL(d.value);
        if (/^https?:$/i.test(to.protocol) && to.host === from.host && document.activeElement === f) window.top.location.href = d.value;
      }
    });
  });
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('iframe.wp-embedded-content').forEach(function (f) {
      f.contentWindow.postMessage({ message: 'ready', secret: f.getAttribute('data-secret') }, '*');
    });
  });
})();`;

const CLS_RECORDER = `<script>window.hostCls = 0; new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) { if (!e.hadRecentInput) window.hostCls += e.value; }); }).observe({ type: 'layout-shift', buffered: true });</script>`;

function page(body: string, background = '#fff'): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A newsroom story</title><link rel="icon" href="data:,">${CLS_RECORDER}
<style>body{margin:0;font-family:sans-serif;background:${background}}article{max-width:1000px;margin:0 auto;padding:0 8px}</style></head><body><article><h1>A newsroom story</h1><p>Our reporting, with the charts below.</p>${body}<p>The story goes on.</p></article></body></html>`;
}

const textareas = (html: string) =>
  [...html.matchAll(/<textarea id="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)].map(([, id, text]) => ({
    id: id!,
    text: text!.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&#39;', "'").replaceAll('&amp;', '&'),
  }));

/** WordPress's filtering of an oEmbed answer's iframe: its own attribute list, sandbox and secret. */
function asWordPressPrints(html: string, secret: string): string {
  const attributes = [...html.matchAll(/ (src|width|height|frameborder|title)="([^"]*)"/g)]
    .map(([, name, value]) => (name === 'src' ? ` src="${value}#?secret=${secret}"` : ` ${name}="${value}"`))
    .join('');
  return `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted"${attributes} data-secret="${secret}"></iframe>`;
}

export async function startNewsroomHost(siteUrl: string, lang = 'en'): Promise<NewsroomHost> {
  const charts = readChartIndex(lang);
  // Where the edition's gallery and oEmbed answers are: the default edition at the site root.
  const edition = localePrefix(lang);
  const origin = new URL(siteUrl).origin;
  const ours = (text: string) => text.replaceAll(PLACEHOLDER_ORIGIN, origin);
  const gallery = textareas(await (await fetch(new URL(`${edition}embed/`, siteUrl))).text());
  const snippets = charts.map((chart) => ours(gallery.find(({ id }) => id === `${chart.id}-snippet`)!.text));
  const pymExample = ours(gallery.find(({ id }) => id === 'pym-snippet')!.text);
  const example = charts[0]!.id;
  const oembeds = await Promise.all(
    charts.map(async (chart) => ((await (await fetch(new URL(`${edition}oembed/${chart.id}.json`, siteUrl))).json()) as { html: string }).html),
  );
  const pym = readFileSync('node_modules/pym.js/dist/pym.v1.min.js', 'utf8');

  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const send = (type: string, body: string, status = 200) => {
      response.writeHead(status, { 'Content-Type': type });
      response.end(body);
    };
    switch (url.pathname) {
      case '/snippet.html': {
        let body = snippets.join('\n');
        if (url.searchParams.has('sandbox')) body = body.replaceAll('<iframe ', '<iframe sandbox="allow-scripts" ');
        // Each frame's address answers with a redirect to the chart, as a link shortener would.
        if (url.searchParams.has('redirect'))
          body = body.replace(/<iframe src="([^"]+)"/g, (_, src: string) => `<iframe src="/go?to=${encodeURIComponent(src)}"`);
        return send('text/html', page(body, url.searchParams.get('background') ?? '#fff'));
      }
      case '/go':
        response.writeHead(302, { Location: url.searchParams.get('to') ?? '/' });
        return response.end();
      case '/pym.html': {
        // The gallery's pym.js example, once per chart.
        const body = charts
          .map((chart, i) =>
            pymExample
              .replaceAll(`embed/${example}/`, `embed/${chart.id}/`)
              .replaceAll(`cx-${example}`, `cx-${chart.id}`)
              .replace(/data-cx-heights="[^"]*"/, /data-cx-heights="[^"]*"/.exec(snippets[i]!)![0])
              .replace('<script src="pym.v1.min.js"></script>', i === 0 ? '<script src="/pym.v1.min.js"></script>' : ''),
          )
          .join('\n');
        return send('text/html', page(body));
      }
      case '/wordpress.html': {
        const body = oembeds.map((html, i) => asWordPressPrints(ours(html), `s3cr3t${i}`)).join('\n');
        // The host script comes last and late, after the frames have loaded and reported to no one.
        return send('text/html', page(`${body}<script src="/wp-embed.js"></script>`));
      }
      case '/wp-embed.js':
        setTimeout(() => send('text/javascript', WORDPRESS_HOST), 2000);
        return;
      case '/pym.v1.min.js':
        return send('text/javascript', pym);
      case '/intruder.html':
        // Posing as an embed from a third origin: our height message, and pym's for every chart.
        return send(
          'text/html',
          `<!doctype html><title>x</title><script>parent.postMessage({type:'cx-embed:height',height:1234},'*');${charts
            .map((chart) => `parent.postMessage('pymxPYMxcx-${chart.id}xPYMxheightxPYMx1234','*');`)
            .join('')}</script>`,
        );
      default:
        return send('text/plain', 'not found', 404);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    charts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

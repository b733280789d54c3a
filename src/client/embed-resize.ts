// Reports the embed's height to the host page whenever it changes, in the protocols newsroom
// CMSs already listen for: our own, pym.js, AMP and WordPress. The host decides whom to trust.
import { onWordpressReady, wordpressSecret } from './embed-wordpress.ts';

const params = new URLSearchParams(window.location.search);
const chartId = document.documentElement.dataset.chart ?? '';
const pymId = params.get('childId');
let last = 0;

function report(force = false): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if ((height === last && !force) || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'cx-embed:height', chart: chartId, height }, '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  if (pymId) window.parent.postMessage(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`, '*');
  const secret = wordpressSecret();
  if (secret) window.parent.postMessage({ message: 'height', value: height, secret }, '*');
}

new ResizeObserver(() => report()).observe(document.documentElement);
window.addEventListener('load', () => report());
// Browsers may hold back resize observations in off-screen frames; a window resize still reports.
window.addEventListener('resize', () => report());
document.fonts?.ready.then(() => report());
document.addEventListener('cx-embed:state', () => report());
onWordpressReady(() => report(true));
// A host script that loads after this frame asks again, so no height is lost to the race.
window.addEventListener('message', (event) => {
  if (event.source === window.parent && (event.data as { type?: unknown } | null)?.type === 'cx-embed:request-height')
    report(true);
});

export {};

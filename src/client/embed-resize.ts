// Reports the embed's height to the host page whenever it changes, in the protocols newsroom
// CMSs already listen for: our own, pym.js, AMP and WordPress. The host decides whom to trust.
const params = new URLSearchParams(window.location.search);
const chartId = document.documentElement.dataset.chart ?? '';
const pymId = params.get('childId');
const wpSecret = new URLSearchParams(window.location.hash.replace(/^#\??/, '')).get('secret');
let last = 0;

function report(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: 'cx-embed:height', chart: chartId, height }, '*');
  window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  if (pymId) window.parent.postMessage(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`, '*');
  if (wpSecret) window.parent.postMessage({ message: 'height', value: height, secret: wpSecret }, '*');
}

new ResizeObserver(report).observe(document.documentElement);
window.addEventListener('load', report);
document.fonts?.ready.then(report);
document.addEventListener('cx-embed:state', report);

export {};

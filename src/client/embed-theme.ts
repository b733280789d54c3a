// The host page may tell the embed its own theme (embed.js does, from the host's colours), so a
// chart on a light newspaper page stays light on a reader's dark phone. An explicit ?theme wins.
const root = document.documentElement;
const fixed = new URLSearchParams(window.location.search).has('theme');

window.addEventListener('message', (event) => {
  const data = event.data as { type?: unknown; theme?: unknown } | null;
  if (fixed || event.source !== window.parent || data?.type !== 'cx-embed:theme') return;
  if (data.theme === 'light' || data.theme === 'dark') root.dataset.theme = data.theme;
});

export {};

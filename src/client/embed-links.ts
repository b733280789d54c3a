// Links in an embed open outside the frame (the page's <base target="_blank">). WordPress sandboxes
// its embeds without popups, so there a click asks the host to open our link in the top window,
// which its script does for links to the embed's own site.
import { wordpressSecret } from './embed-wordpress.ts';

document.addEventListener('click', (event) => {
  const secret = wordpressSecret();
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!secret || !(link instanceof HTMLAnchorElement) || link.origin !== window.location.origin) return;
  event.preventDefault();
  window.parent.postMessage({ message: 'link', value: link.href, secret }, '*');
});

export {};

// WordPress's embed handshake, as its core host script (wp-embed.js) speaks it: the host names each
// frame by a secret, put in the address (#?secret=…) before the frame loads or sent in a
// {message: 'ready'} once its script runs, however late. It trusts only messages that carry it.
type Listener = (secret: string) => void;

const listeners: Listener[] = [];
let secret = fromHash();

function fromHash(): string | null {
  return new URLSearchParams(window.location.hash.replace(/^#\??/, '')).get('secret');
}

function learn(next: string | null): void {
  if (!next || !/^[A-Za-z0-9]+$/.test(next)) return;
  secret = next;
  listeners.forEach((listener) => listener(next));
}

/** The host's secret once WordPress has given one, else null. */
export function wordpressSecret(): string | null {
  return secret;
}

/** Runs when the host hands over (or repeats) its secret: the moment to report again. */
export function onWordpressReady(listener: Listener): void {
  listeners.push(listener);
}

window.addEventListener('message', (event) => {
  const data = event.data as { message?: unknown; secret?: unknown } | null;
  if (event.source !== window.parent || !data || data.message !== 'ready' || typeof data.secret !== 'string') return;
  learn(data.secret);
});
// A host script that arrives after the frame adds the secret to the address: only the hash changes.
window.addEventListener('hashchange', () => learn(fromHash()));

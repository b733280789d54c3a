// Applies the embed's allow-listed URL parameters; anything else is ignored, never an error.
const params = new URLSearchParams(window.location.search);
const root = document.documentElement;

if (params.get('static') !== '1') root.dataset.interactive = '';
const step = Number(params.get('step'));
if (Number.isInteger(step) && step > 0) {
  const marks = document.querySelectorAll<SVGElement>('[data-steps]');
  const max = Math.max(0, ...[...marks].flatMap((mark) => (mark.dataset.steps ?? '').split(' ').map(Number)));
  const shown = Math.min(step, max);
  if (shown > 0) {
    root.dataset.step = String(shown);
    marks.forEach((mark) =>
      mark.toggleAttribute('data-on', (mark.dataset.steps ?? '').split(' ').map(Number).includes(shown)),
    );
    document.dispatchEvent(new Event('cx-embed:state'));
  }
}

export {};

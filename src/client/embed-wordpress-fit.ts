// WordPress caps an embed at 1000px. Where the chart and its notes would run longer, the notes,
// sourcing limits and source list fold into one disclosure under the chart, so nothing is cut off;
// a reader who opens it scrolls inside the frame.
import { onWordpressReady, wordpressSecret } from './embed-wordpress.ts';

const WORDPRESS_MAX_HEIGHT = 1000;

function fold(): void {
  const frame = document.querySelector<HTMLElement>('.chart-frame figcaption');
  if (!frame || frame.querySelector('.embed-notes') || document.documentElement.getBoundingClientRect().height <= WORDPRESS_MAX_HEIGHT)
    return;
  const parts = frame.querySelectorAll('.chart-note, .source-links');
  if (parts.length === 0) return;
  const details = document.createElement('details');
  details.className = 'embed-notes';
  const summary = document.createElement('summary');
  summary.textContent = document.querySelector<HTMLElement>('main')?.dataset.foldLabel ?? '';
  details.append(summary);
  parts[0]!.before(details);
  parts.forEach((part) => details.append(part));
}

if (wordpressSecret()) fold();
onWordpressReady(fold);

export {};

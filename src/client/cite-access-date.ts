// Re-renders each citation with the reader's own access date, from the same pure formatter the
// server used, so the two can never disagree on the form. The citations sit in a closed
// disclosure, so this can wait until after the first paint.
import { citations, localDay, type CitationInput } from '../lib/citation.ts';

// Just after the next paint: a frame callback runs before it, a task queued from there after.
const afterFirstPaint = (work: () => void) => requestAnimationFrame(() => setTimeout(work, 0));

afterFirstPaint(() => {
  for (const section of document.querySelectorAll<HTMLElement>('[data-citation]')) {
    const input = JSON.parse(section.dataset.citation ?? '{}') as CitationInput;
    for (const citation of citations({ ...input, accessed: localDay(new Date()) })) {
      const target = section.querySelector<HTMLElement>(`[data-style="${citation.style}"]`);
      if (target) target.innerHTML = citation.html;
    }
  }
});

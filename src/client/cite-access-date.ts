// Re-renders each citation with the reader's own access date, from the same pure formatter the
// server used, so the two can never disagree on the form.
import { citations, localDay, type CitationInput } from '../lib/citation.ts';

for (const section of document.querySelectorAll<HTMLElement>('[data-citation]')) {
  const input = JSON.parse(section.dataset.citation ?? '{}') as CitationInput;
  for (const citation of citations({ ...input, accessed: localDay(new Date()) })) {
    const target = section.querySelector<HTMLElement>(`[data-style="${citation.style}"]`);
    if (target) target.innerHTML = citation.html;
  }
}

// Turns each glossary link into a disclosure: the definition opens in place, where the reader is,
// instead of sending them away from the story. The link stays a link in the markup (role=button
// on top), so nothing on screen moves when this runs. Definitions come from the glossary's JSON
// on the first tap, so pages do not carry them; if that fails, the link's page opens.

// Just after the next paint: a frame callback runs before it, a task queued from there after.
const afterFirstPaint = (work: () => void) => requestAnimationFrame(() => setTimeout(work, 0));

interface Glossary {
  labels: { more: string };
  terms: Record<string, { term: string; expansion: string | null; definition: string }>;
}

let glossary: Promise<Glossary> | undefined;
const loadGlossary = (from: string) =>
  (glossary ??= fetch(new URL('../data/glossary.json', from)).then((response) => {
    if (!response.ok) throw new Error(`glossary: HTTP ${response.status}`);
    return response.json() as Promise<Glossary>;
  }));

function fill(definition: HTMLElement, id: string, href: string, data: Glossary): void {
  const entry = data.terms[id];
  if (!entry) throw new Error(`glossary: no term "${id}"`);
  const name = document.createElement('strong');
  name.textContent = entry.term;
  const more = document.createElement('a');
  more.href = href;
  more.textContent = data.labels.more;
  definition.replaceChildren(name, `${entry.expansion ? ` (${entry.expansion})` : ''}: ${entry.definition} `, more);
}

function enhance(link: HTMLAnchorElement, index: number): void {
  const id = link.dataset.term ?? '';
  const definition = document.createElement('span');
  definition.className = 'term-definition';
  definition.id = `term-definition-${index + 1}`;
  definition.hidden = true;
  link.after(definition);
  link.setAttribute('role', 'button');
  link.setAttribute('aria-expanded', 'false');
  link.setAttribute('aria-controls', definition.id);

  const toggle = (open: boolean) => {
    link.setAttribute('aria-expanded', String(open));
    definition.hidden = !open;
  };
  const activate = async () => {
    if (link.getAttribute('aria-expanded') === 'true') return toggle(false);
    try {
      if (!definition.hasChildNodes()) fill(definition, id, link.href, await loadGlossary(link.href));
      toggle(true);
    } catch {
      window.location.assign(link.href);
    }
  };
  link.addEventListener('click', (event) => {
    event.preventDefault();
    void activate();
  });
  link.addEventListener('keydown', (event) => {
    // A button answers to Space as well as Enter (which already clicks a link).
    if (event.key === ' ') {
      event.preventDefault();
      void activate();
    }
  });
  for (const element of [link, definition])
    element.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || definition.hidden) return;
      toggle(false);
      link.focus();
    });
}

afterFirstPaint(() => document.querySelectorAll<HTMLAnchorElement>('a.term-link[data-term]').forEach(enhance));

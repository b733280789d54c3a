// Turns each glossary link into a disclosure button: the definition opens in place, where the
// reader is, instead of sending them away from the story. Definitions come from the glossary's
// JSON on the first tap, so pages do not carry them; if that fails, the link's page opens.
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
  definition.replaceChildren(
    name,
    `${entry.expansion ? ` (${entry.expansion})` : ''}: ${entry.definition} `,
    more,
  );
}

function enhance(link: HTMLAnchorElement, index: number): void {
  const id = link.dataset.term ?? '';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'term term-button';
  button.dataset.term = id;
  button.setAttribute('aria-expanded', 'false');
  const definition = document.createElement('span');
  definition.className = 'term-definition';
  definition.id = `term-definition-${index + 1}`;
  definition.hidden = true;
  button.setAttribute('aria-controls', definition.id);
  button.append(...link.childNodes);
  link.replaceWith(button, definition);

  const toggle = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    definition.hidden = !open;
  };
  button.addEventListener('click', async () => {
    if (button.getAttribute('aria-expanded') === 'true') return toggle(false);
    try {
      if (!definition.hasChildNodes()) fill(definition, id, link.href, await loadGlossary(link.href));
      toggle(true);
    } catch {
      window.location.assign(link.href);
    }
  });
  for (const element of [button, definition])
    element.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || definition.hidden) return;
      toggle(false);
      button.focus();
    });
}

document.querySelectorAll<HTMLAnchorElement>('a.term-link[data-term]').forEach(enhance);

// Turns each glossary link into a disclosure button: the definition opens in place, where the
// reader is, instead of sending them away from the story. Escape closes it and keeps focus.
function enhance(link: HTMLAnchorElement): void {
  const definition = document.getElementById(link.dataset.definition ?? '');
  if (!definition) return;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'term-button';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', definition.id);
  button.append(...link.childNodes);
  link.replaceWith(button);
  const toggle = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    definition.hidden = !open;
  };
  button.addEventListener('click', () => toggle(button.getAttribute('aria-expanded') !== 'true'));
  for (const element of [button, definition])
    element.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || definition.hidden) return;
      toggle(false);
      button.focus();
    });
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a.term-link[data-definition]')) enhance(link);

// <theme-toggle>: a pressed/unpressed dark-theme button that remembers the reader's choice.
// Without JS the button stays invisible (see ThemeToggle.astro) and the page follows the system setting.
const KEY = 'cx-theme';

function isDark(): boolean {
  const pinned = document.documentElement.dataset.theme;
  if (pinned) return pinned === 'dark';
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

class ThemeToggle extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    if (!button) return;
    const sync = () => button.setAttribute('aria-pressed', String(isDark()));
    sync();
    button.addEventListener('click', () => {
      const next = isDark() ? 'light' : 'dark';
      document.documentElement.dataset.theme = next;
      try {
        localStorage.setItem(KEY, next);
      } catch {
        /* storage blocked: the choice lasts for this page only */
      }
      sync();
    });
  }
}

if (!customElements.get('theme-toggle')) customElements.define('theme-toggle', ThemeToggle);

export {};

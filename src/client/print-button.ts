// The print button only works with JavaScript, so it stays invisible (its space kept) until this runs.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.dataset.ready = '';
  button.addEventListener('click', () => window.print());
}

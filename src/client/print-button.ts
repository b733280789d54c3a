// The print button only works with JavaScript, so it stays invisible (its space kept) until this runs.
// A button naming a part of the page (data-print="critiques") prints that part alone: print.css
// hides the rest while the page carries data-print-only, which is cleared once printing is done.
const root = document.documentElement;
window.addEventListener('afterprint', () => {
  delete root.dataset.printOnly;
  for (const part of document.querySelectorAll('[data-printing]')) part.removeAttribute('data-printing');
});
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.dataset.ready = '';
  button.addEventListener('click', () => {
    const part = button.dataset.print ? document.getElementById(button.dataset.print) : null;
    if (part) {
      root.dataset.printOnly = part.id;
      part.setAttribute('data-printing', '');
    }
    window.print();
  });
}

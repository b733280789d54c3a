// <scrolly-section>: connects scroll steps to a sticky chart. The chart state is computed from the
// active step index alone (never from the order events arrived in), so fast scrolls, anchor jumps
// and reloads mid-story all land in the right state. Without this script every step and the full
// chart simply read in order.
import scrollama from 'scrollama';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

class ScrollySection extends HTMLElement {
  #scroller: ReturnType<typeof scrollama> | undefined;
  #steps: HTMLElement[] = [];
  #index = -1;

  connectedCallback(): void {
    this.#steps = [...this.querySelectorAll<HTMLElement>('[data-step]')];
    if (this.#steps.length === 0) return;
    this.dataset.enhanced = '';
    this.#buildControls();
    this.#scroller = scrollama();
    this.#scroller.setup({ step: this.#steps, offset: 0.6 }).onStepEnter(({ index }) => this.show(index));
    const fromHash = this.#steps.findIndex((step) => `#${step.id}` === window.location.hash);
    this.show(fromHash >= 0 ? fromHash : 0, false);
    window.addEventListener('hashchange', this.#onHash);
    window.addEventListener('resize', this.#onResize);
  }

  disconnectedCallback(): void {
    this.#scroller?.destroy();
    window.removeEventListener('hashchange', this.#onHash);
    window.removeEventListener('resize', this.#onResize);
  }

  #onHash = () => {
    const index = this.#steps.findIndex((step) => `#${step.id}` === window.location.hash);
    if (index >= 0) this.show(index);
  };

  #onResize = () => this.#scroller?.resize();

  /** Sets the chart to the state of step `index`: marks listing the step become active. */
  show(index: number, announce = true): void {
    const clamped = Math.max(0, Math.min(index, this.#steps.length - 1));
    if (clamped === this.#index) return;
    this.#index = clamped;
    this.dataset.activeStep = String(clamped + 1);
    this.#steps.forEach((step, i) => step.toggleAttribute('data-active', i === clamped));
    for (const mark of this.querySelectorAll<SVGElement | HTMLElement>('[data-steps]')) {
      const steps = (mark.dataset.steps ?? '').split(' ').map(Number);
      mark.toggleAttribute('data-on', steps.includes(clamped + 1));
    }
    this.toggleAttribute('data-animate', !reducedMotion());
    const status = this.querySelector<HTMLElement>('[data-scrolly-status]');
    if (status && announce) status.textContent = this.#steps[clamped]?.dataset.summary ?? '';
    const counter = this.querySelector<HTMLElement>('[data-scrolly-counter]');
    if (counter) counter.textContent = `${clamped + 1} / ${this.#steps.length}`;
  }

  #buildControls(): void {
    const controls = this.querySelector<HTMLElement>('[data-scrolly-controls]');
    if (!controls) return;
    controls.hidden = false;
    controls.querySelector('[data-scrolly-prev]')?.addEventListener('click', () => this.#go(this.#index - 1));
    controls.querySelector('[data-scrolly-next]')?.addEventListener('click', () => this.#go(this.#index + 1));
  }

  #go(index: number): void {
    const step = this.#steps[Math.max(0, Math.min(index, this.#steps.length - 1))];
    if (!step) return;
    this.show(this.#steps.indexOf(step));
    step.scrollIntoView({ behavior: reducedMotion() ? 'auto' : 'smooth', block: 'center' });
    history.replaceState(null, '', `#${step.id}`);
  }
}

if (!customElements.get('scrolly-section')) customElements.define('scrolly-section', ScrollySection);

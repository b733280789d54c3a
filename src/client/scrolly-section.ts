// <scrolly-section>: connects scroll steps to a sticky chart. The chart state is computed from the
// active step index alone (never from the order events arrived in), so fast scrolls, anchor jumps
// and reloads mid-story all land in the right state. Without this script every step and the full
// chart simply read in order.
import scrollama from 'scrollama';
import { selectAll } from 'd3-selection';
import 'd3-transition';

/** Where the trigger line sits, as a share of the viewport height from the top. */
const OFFSET = 0.6;

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
    this.#scroller
      .setup({ step: this.#steps, offset: OFFSET })
      .onStepEnter(() => this.#sync())
      .onStepExit(() => this.#sync());
    const fromHash = this.#steps.findIndex((step) => `#${step.id}` === window.location.hash);
    if (fromHash >= 0) this.show(fromHash, false);
    else this.#sync(false);
    window.addEventListener('hashchange', this.#onHash);
    window.addEventListener('resize', this.#onResize);
    // Scrollama's observers can miss steps that a jump or a fast fling skips over entirely;
    // reading positions on scroll keeps the state right whatever the path.
    window.addEventListener('scroll', this.#onScroll, { passive: true });
  }

  disconnectedCallback(): void {
    this.#scroller?.destroy();
    window.removeEventListener('hashchange', this.#onHash);
    window.removeEventListener('resize', this.#onResize);
    window.removeEventListener('scroll', this.#onScroll);
  }

  #frame = 0;

  #onScroll = () => {
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#sync();
    });
  };

  /** Set while a button-driven scroll runs, so passing steps do not flicker the state. */
  #navigating = false;

  /** The active step is the last one whose top has passed the trigger line. */
  #sync(announce = true): void {
    if (this.#navigating) return;
    const line = window.innerHeight * OFFSET;
    let index = 0;
    this.#steps.forEach((step, i) => {
      if (step.getBoundingClientRect().top <= line) index = i;
    });
    this.show(index, announce);
  }

  #onHash = () => {
    const index = this.#steps.findIndex((step) => `#${step.id}` === window.location.hash);
    if (index >= 0) this.show(index);
  };

  #onResize = () => {
    this.#scroller?.resize();
    this.#sync();
  };

  /** Sets the chart to the state of step `index`: marks listing the step become active. */
  show(index: number, announce = true): void {
    const clamped = Math.max(0, Math.min(index, this.#steps.length - 1));
    if (clamped === this.#index) return;
    this.#index = clamped;
    this.dataset.activeStep = String(clamped + 1);
    this.#steps.forEach((step, i) => step.toggleAttribute('data-active', i === clamped));
    const marks = [...this.querySelectorAll<SVGElement | HTMLElement>('[data-steps]')];
    for (const mark of marks) {
      const steps = (mark.dataset.steps ?? '').split(' ').map(Number);
      mark.toggleAttribute('data-on', steps.includes(clamped + 1));
    }
    this.toggleAttribute('data-animate', !reducedMotion());
    // d3 eases each mark's shapes to the opacity of the new state; with reduced motion it jumps
    // there. Labels never fade (a faded label drops far below 4.5:1 contrast): charts.css mutes
    // their colour instead.
    const opacity = function (this: Element) {
      return this.parentElement?.hasAttribute('data-on') ? '1' : '0.2';
    };
    const shapes = marks.flatMap((mark) => [...mark.children].filter((child) => child.localName !== 'text'));
    const selection = selectAll(shapes).interrupt();
    if (reducedMotion()) selection.style('opacity', opacity);
    else selection.transition().duration(400).style('opacity', opacity);
    const status = this.querySelector<HTMLElement>('[data-scrolly-status]');
    if (status && announce) status.textContent = this.#steps[clamped]?.dataset.summary ?? '';
    const counter = this.querySelector<HTMLElement>('[data-scrolly-counter]');
    if (counter) counter.textContent = `${clamped + 1} / ${this.#steps.length}`;
  }

  #buildControls(): void {
    const controls = this.querySelector<HTMLElement>('[data-scrolly-controls]');
    if (!controls) return;
    controls.querySelector('[data-scrolly-prev]')?.addEventListener('click', () => this.#go(this.#index - 1));
    controls.querySelector('[data-scrolly-next]')?.addEventListener('click', () => this.#go(this.#index + 1));
  }

  #go(index: number): void {
    const step = this.#steps[Math.max(0, Math.min(index, this.#steps.length - 1))];
    if (!step) return;
    this.show(this.#steps.indexOf(step));
    this.#navigating = true;
    const done = () => {
      this.#navigating = false;
      window.removeEventListener('scrollend', done);
    };
    window.addEventListener('scrollend', done);
    window.setTimeout(done, 1200);
    step.scrollIntoView({ behavior: reducedMotion() ? 'auto' : 'smooth', block: 'center' });
    history.replaceState(null, '', `#${step.id}`);
  }
}

if (!customElements.get('scrolly-section')) customElements.define('scrolly-section', ScrollySection);

export {};

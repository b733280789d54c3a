// <scrolly-section>: connects scroll steps to a sticky chart. The chart state is computed from the
// active step index alone (never from the order events arrived in), so fast scrolls, anchor jumps
// and reloads mid-story all land in the right state. Without this script every step and the full
// chart simply read in order.
import scrollama, { type DecimalType } from 'scrollama';
import { selectAll } from 'd3-selection';
import 'd3-transition';

/** Where the trigger line sits when the chart is beside the steps, as a share of the viewport. */
const OFFSET = 0.6;
/** Below this many px between a pinned chart and the step buttons, a card cannot be read there. */
const MIN_BAND = 96;

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
    this.#setUpScroller();
    const fromHash = this.#steps.findIndex((step) => `#${step.id}` === window.location.hash);
    if (fromHash >= 0) this.show(fromHash, false);
    else this.#sync(false);
    window.addEventListener('hashchange', this.#onHash);
    window.addEventListener('resize', this.#onResize);
    // Late web fonts and a rotated phone change the chart's height, and with it the band.
    const graphic = this.querySelector('.graphic');
    if (graphic) this.#observer.observe(graphic);
    // Scrollama's observers can miss steps that a jump or a fast fling skips over entirely;
    // reading positions on scroll keeps the state right whatever the path.
    window.addEventListener('scroll', this.#onScroll, { passive: true });
  }

  disconnectedCallback(): void {
    this.#scroller?.destroy();
    this.#observer.disconnect();
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

  /**
   * On a phone the chart is pinned above the steps and cards slide under it, so a step turns on
   * while its card is still in the band between the chart and the step buttons: every line of it
   * is read there, beside the state it describes. A chart too tall to leave that band is not
   * pinned (Scrolly.astro), and the line falls back to the wide layout's.
   */
  #triggerLine(): number {
    // Every read comes before any write, so working out the line forces at most one layout.
    const graphic = this.querySelector<HTMLElement>('.graphic');
    const controls = this.querySelector<HTMLElement>('[data-scrolly-controls]');
    const beside = graphic !== null && getComputedStyle(graphic).order !== '0';
    const top = graphic?.offsetHeight ?? -1;
    const bottom = window.innerHeight - (controls?.offsetHeight ?? 0);
    const above = graphic !== null && !beside;
    const pinned = above && bottom - top >= MIN_BAND;
    this.#graphicHeight = top;
    this.#pinnedAbove = pinned;
    this.toggleAttribute('data-unpinned', above && !pinned);
    // Deep links and the step buttons land a card just under the pinned chart, not beneath it.
    this.style.setProperty('--scrolly-pinned-height', pinned ? `${top}px` : '0px');
    return pinned ? top + (bottom - top) * 0.55 : window.innerHeight * OFFSET;
  }

  /** The active step is the last one whose top has passed the trigger line. */
  #sync(announce = true): void {
    if (this.#navigating) return;
    const line = this.#line;
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

  #line = 0;
  /** The chart is pinned above the steps (a phone), rather than beside them. */
  #pinnedAbove = false;
  /** The chart's height the line was last set for: the observer's first report repeats it. */
  #graphicHeight = -1;
  #observer = new ResizeObserver(([entry]) => {
    const height = entry?.borderBoxSize[0]?.blockSize ?? -1;
    if (Math.round(height) === this.#graphicHeight) return;
    this.#onResize();
  });

  /**
   * Scrollama's trigger follows the line, which moves when the chart or the viewport resizes. Its
   * typings take tenths of the viewport only; that is close enough, because its events only ask
   * #sync to read the exact line.
   */
  #setUpScroller(): void {
    this.#line = this.#triggerLine();
    const tenths = Math.min(10, Math.max(0, Math.round((this.#line / window.innerHeight) * 10)));
    this.#scroller?.destroy();
    this.#scroller = scrollama();
    this.#scroller
      .setup({ step: this.#steps, offset: (tenths / 10) as DecimalType })
      .onStepEnter(() => this.#sync())
      .onStepExit(() => this.#sync());
  }

  #onResize = () => {
    this.#setUpScroller();
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
    const behavior = reducedMotion() ? 'auto' : 'smooth';
    step.scrollIntoView({ behavior, block: this.#pinnedAbove ? 'start' : 'center' });
    history.replaceState(null, '', `#${step.id}`);
  }
}

if (!customElements.get('scrolly-section')) customElements.define('scrolly-section', ScrollySection);

export {};

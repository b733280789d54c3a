import { describe, expect, it } from 'vitest';
import { readDist } from './dist.ts';
import { visibleText } from './visible-text.ts';

interface Claim {
  kind: 'figure' | 'quote' | 'event';
  id: string;
  text: string;
  appears: { page: string; anchor: string | null }[];
  sources: { id: string; tier: number; url: string | null; excerpt: string | null }[];
  weak_sourcing: string | null;
}

const claims = (JSON.parse(readDist('data/claims.json')) as { claims: Claim[] }).claims;
const ids = (kind: Claim['kind']) => claims.filter((claim) => claim.kind === kind).map((claim) => claim.id).sort();
const story = readDist('index.html');
const timeline = readDist('timeline/index.html');
const attributes = (html: string, name: string) =>
  [...new Set([...html.matchAll(new RegExp(`${name}="([a-z0-9-]+)"`, 'g'))].map((m) => m[1]!))].sort();

// The claims file is only useful if it is exactly what a reader sees: nothing shown is missing
// from it, and nothing in it is absent from the pages.
describe('/data/claims.json', () => {
  it('lists every <Fig> on the story page and no other figure', () => {
    expect(ids('figure')).toEqual(attributes(story, 'data-figure'));
  });

  it('lists every <Quote> on the story page and no other quote', () => {
    expect(ids('quote')).toEqual(attributes(story, 'data-quote'));
  });

  it('lists every timeline event and no other event', () => {
    const events = [...timeline.matchAll(/<li id="([a-z0-9-]+)" data-category=/g)].map((m) => m[1]!).sort();
    expect(ids('event')).toEqual(events);
  });

  it('gives each figure the text the page prints', () => {
    for (const claim of claims.filter((c) => c.kind === 'figure')) {
      const span = new RegExp(`<span class="fig"[^>]*data-figure="${claim.id}"[^>]*>([^<]*)<`).exec(story);
      expect(span?.[1], claim.id).toBe(claim.text);
    }
  });

  it('says next to each weakly sourced figure and quote that it is weakly sourced', () => {
    const text = visibleText(story);
    for (const claim of claims.filter((c) => c.weak_sourcing && c.kind !== 'event')) {
      const block =
        claim.kind === 'figure'
          ? new RegExp(`data-figure="${claim.id}"[\\s\\S]{0,600}?fig-weak`).test(story)
          : new RegExp(`data-quote="${claim.id}"[\\s\\S]*?weak-sourcing[\\s\\S]*?</figure>`).test(story);
      expect(block, claim.id).toBe(true);
    }
    expect(text).not.toContain('undefined');
  });

  it('gives every claim at least one source with an address and the excerpt that proves it', () => {
    for (const claim of claims) {
      expect(claim.sources.length, claim.id).toBeGreaterThan(0);
      expect(claim.sources[0]!.url, claim.id).toMatch(/^https?:\/\//);
      expect(claim.sources[0]!.excerpt, claim.id).toBeTruthy();
      if (claim.sources.every((source) => source.tier === 3)) expect(claim.weak_sourcing, claim.id).toBeTruthy();
    }
  });
});

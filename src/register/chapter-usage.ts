import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Which chapter anchors use each figure and quote id, read from the chapters' MDX source. */
export interface ChapterUsage {
  figures: Map<string, string[]>;
  quotes: Map<string, string[]>;
}

const COMPONENT = /<(Fig|Quote)\s+[^>]*?\bid="([a-z0-9-]+)"/g;

function add(map: Map<string, string[]>, id: string, anchor: string) {
  const anchors = map.get(id) ?? [];
  if (!anchors.includes(anchor)) anchors.push(anchor);
  map.set(id, anchors);
}

/** Figures and quotes in the story's key points (content/opening), which sit above the chapters. */
export function readOpeningUsage(root: string): ChapterUsage {
  const usage: ChapterUsage = { figures: new Map(), quotes: new Map() };
  const source = readFileSync(join(root, 'content/opening/opening.mdx'), 'utf8');
  for (const [, component, id] of source.matchAll(COMPONENT)) {
    add(component === 'Fig' ? usage.figures : usage.quotes, id!, '');
  }
  return usage;
}

export function readChapterUsage(root: string): ChapterUsage {
  const dir = join(root, 'content/chapters');
  const usage: ChapterUsage = { figures: new Map(), quotes: new Map() };
  for (const name of readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .sort()) {
    const source = readFileSync(join(dir, name), 'utf8');
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(source)?.[1] ?? '';
    const anchor = String((parse(frontmatter) as { anchor?: string } | null)?.anchor ?? '');
    for (const [, component, id] of source.matchAll(COMPONENT)) {
      add(component === 'Fig' ? usage.figures : usage.quotes, id!, anchor);
    }
  }
  return usage;
}

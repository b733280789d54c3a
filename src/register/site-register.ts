// The validated register and its back-links, read once per build for pages that need the whole picture.
import { readRegister } from './read-register.ts';
import { readChapterUsage } from './chapter-usage.ts';
import { sourceBacklinks } from './backlinks.ts';

const root = process.cwd();

export const siteRegister = readRegister(root);
export const backlinks = sourceBacklinks(siteRegister, readChapterUsage(root));

// The site's coverage dates, computed once per build from the register and the updates log.
import { coverageOf } from '../lib/coverage.ts';
import { readUpdates } from './read-updates.ts';
import { siteRegister } from './site-register.ts';

export const siteUpdates = readUpdates(process.cwd());
export const siteCoverage = coverageOf(
  siteRegister.events.map(({ data }) => data),
  siteUpdates,
);

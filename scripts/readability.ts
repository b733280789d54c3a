// Prints the reading grade of each chapter and of the handout (also part of `npm run bench`).
import { readabilityMarkdown } from './lib/readability-report.ts';

console.log(readabilityMarkdown());

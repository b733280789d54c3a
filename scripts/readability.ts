// Prints the reading grade of each chapter and of the handout, and the reading ease of each Spanish
// chapter (also part of `npm run bench`).
import { readabilityMarkdown, spanishReadabilityMarkdown } from './lib/readability-report.ts';

console.log(readabilityMarkdown());
console.log();
console.log(spanishReadabilityMarkdown());

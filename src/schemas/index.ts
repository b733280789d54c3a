export * from './common.ts';
export * from './source.ts';
export * from './figure.ts';
export * from './series.ts';
export * from './quote.ts';
export * from './event.ts';
export * from './actor.ts';
export * from './glossary.ts';

export * from './claim-date.ts';
export * from './claim-dates.ts';
export * from './line-dates.ts';

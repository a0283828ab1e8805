export * from './bewaartermijnen';
export * from './deployment';
export * from './grondslag';
export * from './profielen';
export * from './register';
export * from './schema';
export * from './start';

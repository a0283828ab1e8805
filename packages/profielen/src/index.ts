export * from './deployment';
export * from './grondslag';
export * from './profielen';
export * from './schema';
export * from './start';

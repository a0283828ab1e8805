export * from './deployment';
export * from './profielen';
export * from './schema';
export * from './start';

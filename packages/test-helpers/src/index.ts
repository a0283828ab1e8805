export * from './http';
export * from './omgeving';

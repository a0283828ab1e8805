export * from './fouten';
export * from './http';
export * from './omgeving';
export * from './relay';
export * from './storing';

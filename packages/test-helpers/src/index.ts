export * from './fouten';
export * from './http';
export * from './levering';
export * from './omgeving';
export * from './persoon';
export * from './relay';
export * from './storing';

export * from './alarmen';
export * from './api-event';
export * from './aws-endpoint';
export * from './dev-issuer';
export * from './dynalite';
export * from './event-bus';
export * from './omgeving';
export * from './verzoeken';

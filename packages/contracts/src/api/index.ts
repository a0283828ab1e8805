export * from './aanmelding';
export * from './abonnementen';
export * from './archief';
export * from './begeleiding';
export * from './beslissing';
// The response schemas (`./*-responses`) are imported directly (`@wegwijs/contracts/api/...-responses`), not from
// here: zod schemas are built at module load, and every function bundle that imports the index would carry them.
export * from './inzage';
export * from './plan';
export * from './praktijk';
export * from './regeldag';
export * from './regie';
export * from './sociaal-domein';
export * from './toegangslog';
export * from './toestemming';

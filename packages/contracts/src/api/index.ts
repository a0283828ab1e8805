export * from './aanmelding';
export * from './begeleiding';
export * from './beslissing';
export * from './plan';
export * from './regeldag';
export * from './regie';
export * from './sociaal-domein';
export * from './toegangslog';
export * from './toestemming';
// The response schemas (`./*-responses`) are imported directly (`@wegwijs/contracts/api/...-responses`), not from
// here: zod schemas are built at module load, and every function bundle that imports the index would carry them.

export * from './aanmelding';
export * from './begeleiding';
export * from './beslissing';
export * from './regeldag';
export * from './sociaal-domein';
export * from './toestemming';

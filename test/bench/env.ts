// Imported first by main.ts (a side-effect import, so it runs before any measured module is evaluated): the
// variables that code reads at import time, such as Powertools' log level and the AWS SDK's Node version warning.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';

export {};

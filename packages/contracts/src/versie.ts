/**
 * The full version of the public HTTP API (semver). Every response carries it in the `API-Version` header and the
 * OpenAPI document names it in `info.version` (NL API Design Rules). The major version is the `/v1` in every path.
 */
export const API_VERSION = '1.0.0';
export const API_VERSION_HEADER = 'api-version';

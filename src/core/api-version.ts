/** The version of the HTTP API (`API-Version` header, OpenAPI `info.version`) and of the CLI. */
export const API_VERSION = '1.0.0';

/**
 * What the server's request log keeps of a request: method, path and client, never the query
 * string. Queries carry what residents type or where they are (an address search, "Gebruik mijn
 * locatie" as lat/lon, nearby reports), and tokens in some links; none of it belongs in a log file.
 */
export type LoggedRequest = {
  method: string;
  url: string;
  host?: string | undefined;
  remoteAddress?: string | undefined;
  remotePort?: number | undefined;
};

interface RequestLike {
  method: string;
  url: string;
  host?: string | undefined;
  ip?: string | undefined;
  socket?: { remotePort?: number | undefined } | undefined;
}

/** The path of a URL without its query string (`?…`) or fragment. */
export const pathOnly = (url: string): string => url.split(/[?#]/, 1)[0] ?? url;

export function serializeRequest(request: RequestLike): LoggedRequest {
  return {
    method: request.method,
    url: pathOnly(request.url),
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

// GraphQL over HTTP for the explorer, with the failures an analyst needs told apart: the server
// cannot be reached, it did not answer in time, it answered with an HTTP error, or the query
// itself failed. Every failure is an ApiError whose message can be shown as is.

export type ApiErrorKind = 'offline' | 'timeout' | 'http' | 'graphql' | 'invalid' | 'aborted';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: ApiErrorKind,
    readonly status: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ClientOptions {
  /** Where the API is; the page's own /graphql by default. */
  endpoint: string;
  /** How long one request may take. */
  timeoutMs: number;
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 20_000;

export interface GraphQLClient {
  request<T>(query: string, variables?: Record<string, unknown>, signal?: AbortSignal): Promise<T>;
}

export function createClient(opts: ClientOptions): GraphQLClient {
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  return {
    async request<T>(
      query: string,
      variables: Record<string, unknown> = {},
      signal?: AbortSignal,
    ): Promise<T> {
      const timeout = AbortSignal.timeout(opts.timeoutMs);
      const combined = signal ? AbortSignal.any([timeout, signal]) : timeout;
      let res: Response;
      let text: string;
      try {
        res = await doFetch(opts.endpoint, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json, application/json',
          },
          body: JSON.stringify({ query, variables }),
          signal: combined,
        });
        text = await res.text();
      } catch (e) {
        if (signal?.aborted) throw new ApiError('Request cancelled.', 'aborted');
        if (timeout.aborted) {
          throw new ApiError(
            `The server did not answer within ${Math.round(opts.timeoutMs / 1000)} s. It may be busy; try again.`,
            'timeout',
          );
        }
        throw new ApiError(
          `Cannot reach the Isnad server (${e instanceof Error ? e.message : String(e)}). Check that it is running, then retry.`,
          'offline',
        );
      }
      return parse<T>(res.status, res.headers.get('content-type') ?? '', text);
    },
  };
}

/** Reads a GraphQL HTTP answer: data when there are no errors, else the most telling error. */
export function parse<T>(status: number, contentType: string, text: string): T {
  let body: unknown = null;
  if (/json/iu.test(contentType) || /^\s*[{[]/u.test(text)) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  const errors = (body as { errors?: { message?: unknown }[] } | null)?.errors;
  if (Array.isArray(errors) && errors.length > 0) {
    const messages = errors.map((e) => (typeof e?.message === 'string' ? e.message : 'unknown error'));
    throw new ApiError(
      `The server could not answer: ${[...new Set(messages)].join('; ')}`,
      'graphql',
      status,
    );
  }
  if (status < 200 || status >= 300) {
    const detail = text.trim().slice(0, 200);
    const what = status >= 500 ? 'The server failed' : 'The server refused the request';
    throw new ApiError(`${what} (HTTP ${status})${detail ? `: ${detail}` : ''}.`, 'http', status);
  }
  const data = (body as { data?: unknown } | null)?.data;
  if (data === undefined || data === null) {
    throw new ApiError('The server answered with something that is not a GraphQL result.', 'invalid', status);
  }
  return data as T;
}

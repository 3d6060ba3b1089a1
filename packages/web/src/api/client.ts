import type { paths } from './schema.d.ts';

/**
 * A small fetch wrapper typed by the paths generated from the server's OpenAPI document: a wrong
 * path, parameter, body or response field is a compile error in the UI. Cookie sessions need the
 * CSRF token on unsafe methods, so the client sends it whenever it knows one.
 */

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

type Operation<P extends keyof paths, M extends Method> = paths[P][M & keyof paths[P]];

/** The paths that have an operation for the method. */
export type PathsFor<M extends Method> = {
  [P in keyof paths]: Operation<P, M> extends { responses: unknown } ? P : never;
}[keyof paths];

type JsonContent<R> = R extends { content: { 'application/json': infer B } } ? B : undefined;

/** The body of the operation's success answer (200, 201 or 204). */
export type SuccessBody<O> = O extends { responses: infer R }
  ? R extends { 200: infer A } ? JsonContent<A>
    : R extends { 201: infer A } ? JsonContent<A>
      : R extends { 204: unknown } ? undefined
        : never
  : never;

type QueryOf<O> = O extends { parameters: { query?: infer Q } } ? ([Q] extends [never | undefined] ? never : Q) : never;
type PathParamsOf<O> = O extends { parameters: { path: infer P } } ? ([P] extends [never | undefined] ? never : P) : never;
type BodyOf<O> = O extends { requestBody: { content: { 'application/json': infer B } } } ? B
  : O extends { requestBody?: { content: { 'application/json': infer B } } } ? B | undefined
    : never;

type Optional<K extends string, V> = [V] extends [never] ? { [key in K]?: never } : undefined extends V ? { [key in K]?: V } : { [key in K]: V };

export type RequestOptions<O> = Optional<'params', PathParamsOf<O>> &
  Optional<'body', BodyOf<O>> & { query?: QueryOf<O> extends never ? never : QueryOf<O>; signal?: AbortSignal; headers?: Record<string, string> };

/** True when every key of the options may be left out: then the options argument is optional. */
type OptionsArgs<O> = Partial<RequestOptions<O>> extends RequestOptions<O> ? [options?: RequestOptions<O>] : [options: RequestOptions<O>];

export type ApiResponse<P extends keyof paths, M extends Method> = SuccessBody<Operation<P, M>>;

/** What the server answers on failure: `{ error: { code, message, details? } }`. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(status: number, code: string, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export interface ApiClient {
  get<P extends PathsFor<'get'>>(path: P, ...args: OptionsArgs<Operation<P, 'get'>>): Promise<ApiResponse<P, 'get'>>;
  post<P extends PathsFor<'post'>>(path: P, ...args: OptionsArgs<Operation<P, 'post'>>): Promise<ApiResponse<P, 'post'>>;
  put<P extends PathsFor<'put'>>(path: P, ...args: OptionsArgs<Operation<P, 'put'>>): Promise<ApiResponse<P, 'put'>>;
  patch<P extends PathsFor<'patch'>>(path: P, ...args: OptionsArgs<Operation<P, 'patch'>>): Promise<ApiResponse<P, 'patch'>>;
  delete<P extends PathsFor<'delete'>>(path: P, ...args: OptionsArgs<Operation<P, 'delete'>>): Promise<ApiResponse<P, 'delete'>>;
  /** The token the server gave with the session; sent as x-csrf-token on unsafe requests. */
  setCsrfToken(token: string | undefined): void;
}

export interface ApiClientOptions {
  baseUrl?: string;
  fetch?: typeof fetch;
}

const SAFE_METHODS = new Set<Method>(['get']);

export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  let csrfToken: string | undefined;

  async function request(method: Method, path: string, requestOptions: RawOptions = {}): Promise<unknown> {
    const url = baseUrl + expandPath(path, requestOptions.params) + queryString(requestOptions.query);
    // Extra headers carry secrets that must not go in the URL (e.g. a report's tracking token).
    const headers: Record<string, string> = { ...requestOptions.headers, accept: 'application/json' };
    if (!SAFE_METHODS.has(method) && csrfToken !== undefined) headers['x-csrf-token'] = csrfToken;
    let body: string | undefined;
    if (requestOptions.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(requestOptions.body);
    }
    let response: Response;
    try {
      response = await doFetch(url, { method: method.toUpperCase(), headers, credentials: 'same-origin', ...(body === undefined ? {} : { body }), ...(requestOptions.signal ? { signal: requestOptions.signal } : {}) });
    } catch (error) {
      if ((error as Error).name === 'AbortError') throw error;
      throw new ApiError(0, 'network_error', 'The server could not be reached. Check your connection and try again.');
    }
    if (response.status === 204) return undefined;
    const text = await response.text();
    const parsed = parseJson(text);
    if (!response.ok) throw errorFrom(response.status, parsed);
    if (parsed === NOT_JSON) throw new ApiError(response.status, 'invalid_response', 'The server sent an answer this page cannot read.');
    return parsed;
  }

  const call = (method: Method) => (path: string, requestOptions?: RawOptions) => request(method, path, requestOptions);
  return {
    get: call('get'),
    post: call('post'),
    put: call('put'),
    patch: call('patch'),
    delete: call('delete'),
    setCsrfToken(token) {
      csrfToken = token;
    },
  } as ApiClient;
}

interface RawOptions {
  params?: Record<string, string | number>;
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

/** Fills `{name}` placeholders; every placeholder must have a value. */
export function expandPath(path: string, params: Record<string, string | number> = {}): string {
  return path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Missing path parameter "${name}" for ${path}`);
    return encodeURIComponent(String(value));
  });
}

/** `?a=1&b=2` from the defined, non-empty values; '' when there are none. */
export function queryString(query: Record<string, string | number | boolean | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}

const NOT_JSON = Symbol('not json');

function parseJson(text: string): unknown {
  if (text === '') return NOT_JSON;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return NOT_JSON;
  }
}

function errorFrom(status: number, body: unknown): ApiError {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const error = (body as { error: unknown }).error;
    if (typeof error === 'object' && error !== null) {
      const { code, message, details } = error as { code?: unknown; message?: unknown; details?: unknown };
      if (typeof code === 'string' && typeof message === 'string') {
        return new ApiError(status, code, message, typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : undefined);
      }
    }
  }
  return new ApiError(status, `http_${status}`, `The server answered ${status} without an explanation.`);
}

/** The one client the UI uses, talking to the server that served the page. */
export const api = createApiClient();

import { SESSION_COOKIE } from '../shared/auth/session-cookie';

export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface GraphQLResponse {
  status: number;
  text: string;
  body: GraphQLBody;
  setCookies: string[];
}

/** Talks to /graphql over HTTP like a browser: keeps the session cookie and any other cookie it is given. */
export class GraphQLTestClient {
  sessionToken: string | null = null;
  /** Other cookies this browser holds (e.g. sign-in device cookies), by name. */
  readonly cookies = new Map<string, string>();
  /** Sent with every request (e.g. X-Forwarded-For behind a trusted proxy). */
  headers: Record<string, string> = {};

  constructor(private readonly baseUrl: string) {}

  async request(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse> {
    return this.post(JSON.stringify({ query, variables }));
  }

  async post(rawBody: string, headers: Record<string, string> = {}): Promise<GraphQLResponse> {
    const cookies = [
      ...(this.sessionToken ? [`${SESSION_COOKIE}=${this.sessionToken}`] : []),
      ...[...this.cookies].map(([name, value]) => `${name}=${value}`),
    ];
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(cookies.length > 0 ? { cookie: cookies.join('; ') } : {}),
        ...this.headers,
        ...headers,
      },
      body: rawBody,
    });
    const setCookies = response.headers.getSetCookie();
    for (const cookie of setCookies) {
      const [pair] = cookie.split(';');
      const [name, value] = pair.split('=');
      const cleared = !value || /expires=Thu, 01 Jan 1970/i.test(cookie);
      if (name === SESSION_COOKIE) this.sessionToken = cleared ? null : value;
      else if (cleared) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await response.text();
    let body: GraphQLBody = {};
    try {
      body = JSON.parse(text) as GraphQLBody;
    } catch {
      // not JSON: tests assert on `text`
    }
    return { status: response.status, text, body, setCookies };
  }

  /** The first error's code, or undefined. */
  static errorCode(response: GraphQLResponse): string | undefined {
    return response.body.errors?.[0]?.extensions?.code;
  }
}

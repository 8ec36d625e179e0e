/**
 * A browser as the sign-in tests need one, over fetch: a cookie jar by name (every host: the API
 * and an OpenID provider on 127.0.0.1), redirects reported rather than followed, and the few
 * requests the explorer makes.
 */
/** A browser: keeps cookies by name, follows nothing by itself, and reports what it was told. */
export class Browser {
  readonly cookies = new Map<string, { value: string; attributes: string }>();
  constructor(private readonly origin: string) {}

  private remember(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair, ...attributes] = line.split(';');
      const [name, value] = [pair!.slice(0, pair!.indexOf('=')), pair!.slice(pair!.indexOf('=') + 1)];
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, { value, attributes: attributes.join(';').trim() });
    }
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const cookie = [...this.cookies].map(([name, { value }]) => `${name}=${value}`).join('; ');
    const response = await fetch(path.startsWith('http') ? path : `${this.origin}${path}`, {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) },
    });
    this.remember(response);
    return response;
  }

  askForLink(email: string, language: 'ja' | 'en' = 'ja'): Promise<Response> {
    return this.fetch('/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, language }),
    });
  }

  async gql(query: string, variables: Record<string, unknown> = {}) {
    const response = await this.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as { data?: any; errors?: any[] } }; // eslint-disable-line @typescript-eslint/no-explicit-any
  }

  async me(): Promise<{ email: string; administrator: boolean; person: { id: string } | null } | null> {
    return (await this.gql('{ me { email administrator person { id } } }')).body.data!.me;
  }
}

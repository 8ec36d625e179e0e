import { describe, expect, it } from 'vitest';
import { httpServer } from '../../server/http/server.ts';

describe('the HTTP server', () => {
  it('keeps idle connections longer than load balancers (60 s) and clients (4 s) do, headers timeout above it', () => {
    const server = httpServer(() => {});
    expect(server.keepAliveTimeout).toBeGreaterThan(60_000);
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
  });
});

// Renders the real routes at a URL, with fetch answered from a table.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { MemoryRouter, parsePath } from 'react-router';
import { vi } from 'vitest';
import { AppRoutes } from '../src/app/app';

export type FakeResponse = { status?: number; body?: unknown } | (() => Promise<Response>);

export const ORIGIN = window.location.origin;

/** Answers fetch from `routes` (keyed by path or absolute URL); anything else is a 404. */
export function stubFetch(routes: Record<string, FakeResponse>) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input instanceof Request ? input.url : input), ORIGIN);
    const route = routes[url.href] ?? routes[url.pathname + url.search] ?? routes[url.pathname];
    if (typeof route === 'function') return route();
    if (!route) return new Response('not found', { status: 404, statusText: 'Not Found' });
    const body = typeof route.body === 'string' ? route.body : JSON.stringify(route.body);
    return new Response(body, { status: route.status ?? 200 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** `state` is the router state of the entry, as a link with `state` would set it. */
export function renderApp(url: string, state?: unknown) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  return {
    queryClient,
    ...render(
      <QueryClientProvider client={queryClient}>
        <MemoryRouter initialEntries={[state === undefined ? url : { ...parsePath(url), state }]}>
          <AppRoutes />
        </MemoryRouter>
      </QueryClientProvider>,
    ),
  };
}

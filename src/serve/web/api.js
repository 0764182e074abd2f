/* global fetch, URLSearchParams */
// The JSON API, as the web app uses it. Errors carry the server's message.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function getJson(path) {
  const response = await fetch(path, { headers: { accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.error ? body.error.message : `HTTP ${response.status}`;
    throw new ApiError(response.status, message);
  }
  return body;
}

export const api = {
  stories: ({ search, offset }) => {
    const params = new URLSearchParams({ limit: '30', offset: String(offset || 0) });
    if (search) params.set('search', search);
    return getJson(`/stories?${params}`);
  },
  brief: (id) => getJson(`/stories/${encodeURIComponent(id)}/brief`),
  article: (id, cite) =>
    getJson(
      `/articles/${encodeURIComponent(id)}${cite ? `?cite=${encodeURIComponent(cite.slice(0, 2000))}` : ''}`,
    ),
};

/**
 * `GET /v1/models` and `GET /v1/models/{id}` in each dialect's list format, for when the upstream does not list models
 * itself: OpenAI `{"object":"list","data":[{"id","object":"model","created","owned_by"}]}`, Anthropic
 * `{"data":[{"type":"model","id","display_name","created_at"}],"has_more","first_id","last_id"}` with its
 * `limit`/`after_id`/`before_id` paging.
 */
import type { Api } from './api.js';

export function modelObject(api: Api, id: string, createdMs: number): Record<string, unknown> {
  if (api === 'anthropic') return { type: 'model', id, display_name: id, created_at: new Date(createdMs).toISOString().replace(/\.\d{3}Z$/, 'Z') };
  return { id, object: 'model', created: Math.floor(createdMs / 1000), owned_by: 'system' };
}

/** The list body for `ids`; `query` is the request's query string (Anthropic paging). */
export function modelList(api: Api, ids: readonly string[], createdMs: number, query: URLSearchParams): Record<string, unknown> {
  if (api === 'openai') return { object: 'list', data: ids.map((id) => modelObject(api, id, createdMs)) };
  const limit = Math.min(1000, Math.max(1, Number(query.get('limit') ?? 20) || 20));
  let start = 0;
  let end = ids.length;
  const after = query.get('after_id');
  const before = query.get('before_id');
  if (after !== null) start = ids.indexOf(after) + 1;
  if (before !== null) end = Math.max(0, ids.indexOf(before));
  let page = ids.slice(start, end);
  let hasMore = page.length > limit;
  // before_id pages backwards: the items just before it.
  page = before !== null && after === null ? page.slice(-limit) : page.slice(0, limit);
  if (before !== null && after === null) hasMore = end - page.length > 0;
  return { data: page.map((id) => modelObject(api, id, createdMs)), has_more: hasMore, first_id: page[0] ?? null, last_id: page[page.length - 1] ?? null };
}

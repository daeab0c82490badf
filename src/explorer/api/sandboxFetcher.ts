// The sandbox's fetcher: a plain POST of GraphiQL's request to the API. GraphiQL expects the
// raw GraphQL response (data + errors), so no client library sits in between.

export interface SandboxRequest {
  readonly query: string;
  readonly variables?: Record<string, unknown> | null;
  readonly operationName?: string | null;
}

export function createSandboxFetcher(url: string, headers: () => Record<string, string> = () => ({})) {
  return async (request: SandboxRequest, options?: { headers?: Record<string, unknown> }): Promise<unknown> => {
    const extra = Object.fromEntries(Object.entries(options?.headers ?? {}).map(([k, v]) => [k, String(v)]));
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers(), ...extra },
      body: JSON.stringify(request),
    });
    return response.json();
  };
}

export const SANDBOX_DEFAULT_QUERY = `# 政策级联 GraphQL 查询沙盒(离线可用)
# 示例:搜索“综合行政执法”相关条款
query Search {
  search(query: "综合行政执法", first: 5) {
    totalCount
    nodes { id path title document { title level } }
  }
}
`;

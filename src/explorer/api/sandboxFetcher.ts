// The sandbox's fetcher: a plain POST of GraphiQL's request to the API. GraphiQL expects the
// raw GraphQL response (data + errors), so no client library sits in between.

export interface SandboxRequest {
  readonly query: string;
  readonly variables?: Record<string, unknown> | null;
  readonly operationName?: string | null;
}

export function createSandboxFetcher(url: string, headers: () => Record<string, string> = () => ({})) {
  return async (
    request: SandboxRequest,
    options?: { headers?: Record<string, unknown> },
  ): Promise<unknown> => {
    const extra = Object.fromEntries(Object.entries(options?.headers ?? {}).map(([k, v]) => [k, String(v)]));
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers(), ...extra },
      body: JSON.stringify(request),
    });
    return response.json();
  };
}

export const SANDBOX_DEFAULT_QUERY = `# 政策级联 GraphQL 查询沙盒(离线可用)。按 Ctrl-Enter 运行。
# 示例:在中央文件中搜索“执法体制”,列出条款及其下级落实条款数量。
# 更多分析问题见仓库中的 graphql/queries/*.graphql。
query SearchCentral {
  search(query: "执法体制", level: CENTRAL, first: 5) {
    totalCount
    terms
    nodes {
      score
      provision {
        id
        path
        title
        document { title level }
        implementedBy(first: 10) { totalCount }
      }
    }
  }
}
`;

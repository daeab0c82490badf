// Turns urql's CombinedError into what the user should read (in Chinese) and a kind the UI
// can branch on: the API is unreachable, the thing asked for does not exist, or anything else.
import type { CombinedError } from 'urql';

export type ApiErrorKind = 'unreachable' | 'not-found' | 'bad-input' | 'server';

export interface ApiProblem {
  readonly kind: ApiErrorKind;
  readonly message: string;
}

export function describeApiError(error: CombinedError): ApiProblem {
  if (error.networkError) {
    return { kind: 'unreachable', message: '无法连接到 API 服务器,请确认服务已启动后重试。' };
  }
  const codes = error.graphQLErrors.map((e) => String(e.extensions?.code ?? ''));
  const first = error.graphQLErrors[0]?.message ?? error.message;
  if (codes.includes('NOT_FOUND')) return { kind: 'not-found', message: `未找到:${first}` };
  if (codes.includes('BAD_USER_INPUT') || codes.includes('GRAPHQL_VALIDATION_FAILED')) {
    return { kind: 'bad-input', message: `请求无效:${first}` };
  }
  return { kind: 'server', message: `服务器出错:${first}` };
}

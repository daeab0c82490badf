// The urql client for the explorer. Document cache: the graph only changes through
// authenticated mutations the explorer never makes, so cached answers stay valid for a session.
import { cacheExchange, Client, fetchExchange } from 'urql';

export function createApiClient(url: string): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    requestPolicy: 'cache-first',
    preferGetMethod: false,
  });
}

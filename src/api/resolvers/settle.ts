// Loader results for many keys, keeping the ones that exist (a dangling edge is not the client's error).
import type DataLoader from 'dataloader';

export async function loadExisting<V>(loader: DataLoader<string, V>, keys: readonly string[]): Promise<V[]> {
  const results = await loader.loadMany(keys);
  return results.filter((r): r is V => !(r instanceof Error));
}

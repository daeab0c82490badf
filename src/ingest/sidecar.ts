// The sidecar `<file>.meta.json` that records where a document came from (policy pages vanish
// from the web): { "url": "...", "retrievedAt": "2024-05-01T08:00:00Z" }.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { PolicyCascadeError } from '../errors.js';

export const SourceMetaSchema = z.object({
  url: z.string().url().optional(),
  retrievedAt: z.string().min(4).optional(),
});
export type SourceMeta = z.infer<typeof SourceMetaSchema>;

export async function readSidecar(filePath: string): Promise<SourceMeta | undefined> {
  const sidecar = `${filePath}.meta.json`;
  let raw: string;
  try {
    raw = await readFile(sidecar, 'utf8');
  } catch {
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (cause) {
    throw new PolicyCascadeError('BAD_USER_INPUT', `${sidecar} is not valid JSON.`, {
      cause,
      details: { path: sidecar },
    });
  }
  const parsed = SourceMetaSchema.safeParse(json);
  if (!parsed.success) {
    throw new PolicyCascadeError(
      'BAD_USER_INPUT',
      `${sidecar}: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
      { details: { path: sidecar } },
    );
  }
  return parsed.data;
}

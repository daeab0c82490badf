// Mutations, each behind the bearer token: ingest, delete, relink.
import 'reflect-metadata';
import { Arg, Ctx, ID, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import { RequireToken } from '../auth.js';
import type { ApiContext } from '../context.js';
import { expectLocalId, toGlobalId } from '../ids.js';
import { deleteDocument, ingestDocument, relink } from '../services/ingest.service.js';
import { DeleteResult, IngestDocumentInput, IngestResult, RelinkResult } from '../types/ingest.type.js';

@Resolver()
export class IngestResolver {
  @Mutation(() => IngestResult, {
    description: 'Parses a document, links it against the stored corpus and writes both in one transaction.',
  })
  @UseMiddleware(RequireToken)
  async ingestDocument(
    @Arg('input', () => IngestDocumentInput) input: IngestDocumentInput,
    @Ctx() ctx: ApiContext,
  ): Promise<IngestResult> {
    const { document, links } = await ingestDocument(ctx, {
      base64: input.file?.base64 ?? null,
      text: input.text ?? null,
      fileName: input.file?.fileName ?? input.fileName ?? null,
      url: input.hints?.url ?? null,
      retrievedAt: input.hints?.retrievedAt ?? null,
    });
    const ids = new Set(document.provisions.map((p) => p.id));
    return {
      document: await ctx.loaders.documentById.load(document.id),
      warnings: document.warnings.map((w) => ({ code: w.code, message: w.message, line: w.line })),
      provisionCount: document.provisions.length,
      implementationCount: links.implementations.filter((l) => ids.has(l.sourceId) || ids.has(l.targetId))
        .length,
    };
  }

  @Mutation(() => DeleteResult, { description: 'Removes an ingested document and what only it owned.' })
  @UseMiddleware(RequireToken)
  async deleteDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<DeleteResult> {
    const localId = expectLocalId(id, 'Document', 'id');
    await deleteDocument(ctx, localId);
    return { id: toGlobalId('Document', localId), deleted: true };
  }

  @Mutation(() => RelinkResult, {
    description: 'Recomputes every link of the stored corpus and replaces them atomically.',
  })
  @UseMiddleware(RequireToken)
  async relink(@Ctx() ctx: ApiContext): Promise<RelinkResult> {
    const links = await relink(ctx);
    return {
      implementations: links.implementations.length,
      similarities: links.similarities.length,
      documentLinks: links.documentLinks.length,
      referencedDocuments: links.referencedDocuments.length,
    };
  }
}

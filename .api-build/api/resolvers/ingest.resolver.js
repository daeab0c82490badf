var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
// Mutations, each behind the bearer token: ingest, delete, relink.
import 'reflect-metadata';
import { Arg, Ctx, ID, Mutation, Resolver, UseMiddleware } from 'type-graphql';
import { RequireToken } from '../auth.js';
import { expectLocalId, toGlobalId } from '../ids.js';
import { deleteDocument, ingestDocument, relink } from '../services/ingest.service.js';
import { DeleteResult, IngestDocumentInput, IngestResult, RelinkResult } from '../types/ingest.type.js';
let IngestResolver = class IngestResolver {
    async ingestDocument(input, ctx) {
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
            implementationCount: links.implementations.filter((l) => ids.has(l.sourceId) || ids.has(l.targetId)).length,
        };
    }
    async deleteDocument(id, ctx) {
        const localId = expectLocalId(id, 'Document', 'id');
        await deleteDocument(ctx, localId);
        return { id: toGlobalId('Document', localId), deleted: true };
    }
    async relink(ctx) {
        const links = await relink(ctx);
        return {
            implementations: links.implementations.length,
            similarities: links.similarities.length,
            documentLinks: links.documentLinks.length,
            referencedDocuments: links.referencedDocuments.length,
        };
    }
};
__decorate([
    Mutation(() => IngestResult, {
        description: 'Parses a document, links it against the stored corpus and writes both in one transaction.',
    }),
    UseMiddleware(RequireToken),
    __param(0, Arg('input', () => IngestDocumentInput)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [IngestDocumentInput, Object]),
    __metadata("design:returntype", Promise)
], IngestResolver.prototype, "ingestDocument", null);
__decorate([
    Mutation(() => DeleteResult, { description: 'Removes an ingested document and what only it owned.' }),
    UseMiddleware(RequireToken),
    __param(0, Arg('id', () => ID)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], IngestResolver.prototype, "deleteDocument", null);
__decorate([
    Mutation(() => RelinkResult, { description: 'Recomputes every link of the stored corpus and replaces them atomically.' }),
    UseMiddleware(RequireToken),
    __param(0, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], IngestResolver.prototype, "relink", null);
IngestResolver = __decorate([
    Resolver()
], IngestResolver);
export { IngestResolver };
//# sourceMappingURL=ingest.resolver.js.map
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
// Document queries and relations.
import 'reflect-metadata';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { listComplexity, pagedComplexity } from '../complexity.js';
import { expectLocalId } from '../ids.js';
import { documentOf } from '../loaders/rows.js';
import { paginate } from '../pagination.js';
import { regionFilter, withinRegion } from '../services/regions.service.js';
import { DocumentConnection, DocumentNode } from '../types/document.type.js';
import { GovernmentLevelEnum, ProvisionKindEnum } from '../types/enums.js';
import { PageArgs } from '../types/page.args.js';
import { ProvisionConnection } from '../types/provision.type.js';
import { RegionNode } from '../types/region.type.js';
import { loadExisting } from './settle.js';
let DocumentsArgs = class DocumentsArgs extends PageArgs {
};
__decorate([
    Field(() => GovernmentLevelEnum, { nullable: true }),
    __metadata("design:type", Object)
], DocumentsArgs.prototype, "level", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'GB/T 2260 code or name; includes the regions inside it.' }),
    __metadata("design:type", Object)
], DocumentsArgs.prototype, "region", void 0);
__decorate([
    Field(() => Boolean, { nullable: true, description: 'true: only referenced-only documents; false: only ingested ones.' }),
    __metadata("design:type", Object)
], DocumentsArgs.prototype, "referencedOnly", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'Substring of the title.' }),
    __metadata("design:type", Object)
], DocumentsArgs.prototype, "title", void 0);
DocumentsArgs = __decorate([
    ArgsType()
], DocumentsArgs);
let ProvisionsArgs = class ProvisionsArgs extends PageArgs {
};
__decorate([
    Field(() => [ProvisionKindEnum], { nullable: true }),
    __metadata("design:type", Object)
], ProvisionsArgs.prototype, "kinds", void 0);
__decorate([
    Field(() => Int, { nullable: true, description: 'Only provisions at most this deep in the outline (0 = top).' }),
    __metadata("design:type", Object)
], ProvisionsArgs.prototype, "maxDepth", void 0);
ProvisionsArgs = __decorate([
    ArgsType()
], ProvisionsArgs);
let DocumentResolver = class DocumentResolver {
    document(id, ctx) {
        return ctx.loaders.documentById.load(expectLocalId(id, 'Document', 'id'));
    }
    async documents(args, ctx) {
        const [rows, prefix] = await Promise.all([ctx.reader.read('read/documents'), regionFilter(ctx, args.region)]);
        const documents = rows
            .map(documentOf)
            .filter((d) => !args.level || d.level === args.level)
            .filter((d) => withinRegion(d.regionCode, prefix))
            .filter((d) => args.referencedOnly === null || args.referencedOnly === undefined || d.referencedOnly === args.referencedOnly)
            .filter((d) => !args.title || d.title.includes(args.title));
        for (const d of documents)
            ctx.loaders.documentById.prime(d.localId, d);
        return paginate(documents, args);
    }
    async region(d, ctx) {
        return d.regionCode ? ((await loadExisting(ctx.loaders.regionByCode, [d.regionCode]))[0] ?? null) : null;
    }
    async provisions(d, args, ctx) {
        const all = await ctx.loaders.provisionsByDocument.load(d.localId);
        const kinds = args.kinds ?? [];
        return paginate(all.filter((p) => (kinds.length === 0 || kinds.includes(p.kind)) && (args.maxDepth == null || p.depth <= args.maxDepth)), args);
    }
    async implementsDocuments(d, ctx) {
        const links = await ctx.loaders.documentLinksBySource.load(d.localId);
        return loadExisting(ctx.loaders.documentById, links.filter((l) => l.relation === 'implements').map((l) => l.targetDocumentId));
    }
    async cites(d, ctx) {
        const links = await ctx.loaders.documentLinksBySource.load(d.localId);
        return loadExisting(ctx.loaders.documentById, [...new Set(links.map((l) => l.targetDocumentId))]);
    }
    async citedBy(d, args, ctx) {
        const links = await ctx.loaders.documentLinksByTarget.load(d.localId);
        return paginate(await loadExisting(ctx.loaders.documentById, [...new Set(links.map((l) => l.sourceDocumentId))]), args);
    }
    async implementedByDocuments(d, args, ctx) {
        const links = await ctx.loaders.documentLinksByTarget.load(d.localId);
        const ids = links.filter((l) => l.relation === 'implements').map((l) => l.sourceDocumentId);
        return paginate(await loadExisting(ctx.loaders.documentById, ids), args);
    }
};
__decorate([
    Query(() => DocumentNode, { description: 'A document by global or local ID.' }),
    __param(0, Arg('id', () => ID)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], DocumentResolver.prototype, "document", null);
__decorate([
    Query(() => DocumentConnection, { complexity: pagedComplexity, description: 'Documents by level, then date.' }),
    __param(0, Args(() => DocumentsArgs)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [DocumentsArgs, Object]),
    __metadata("design:returntype", Promise)
], DocumentResolver.prototype, "documents", null);
__decorate([
    FieldResolver(() => RegionNode, { nullable: true }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [DocumentNode, Object]),
    __metadata("design:returntype", Promise)
], DocumentResolver.prototype, "region", null);
__decorate([
    FieldResolver(() => ProvisionConnection, { complexity: pagedComplexity, description: 'Provisions in document order.' }),
    __param(0, Root()),
    __param(1, Args(() => ProvisionsArgs)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [DocumentNode, ProvisionsArgs, Object]),
    __metadata("design:returntype", Promise)
], DocumentResolver.prototype, "provisions", null);
__decorate([
    FieldResolver(() => [DocumentNode], { complexity: listComplexity, description: 'Documents this one states it implements (贯彻落实, 根据 …).' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [DocumentNode, Object]),
    __metadata("design:returntype", Promise)
], DocumentResolver.prototype, "implementsDocuments", null);
__decorate([
    FieldResolver(() => [DocumentNode], { complexity: listComplexity, description: 'Every document this one cites, implemented or not.' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [DocumentNode, Object]),
    __metadata("design:returntype", Promise)
], DocumentResolver.prototype, "cites", null);
__decorate([
    FieldResolver(() => DocumentConnection, { complexity: pagedComplexity, description: 'Documents citing this one.' }),
    __param(0, Root()),
    __param(1, Args(() => PageArgs)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [DocumentNode, PageArgs, Object]),
    __metadata("design:returntype", Promise)
], DocumentResolver.prototype, "citedBy", null);
__decorate([
    FieldResolver(() => DocumentConnection, { complexity: pagedComplexity, description: 'Documents stating they implement this one.' }),
    __param(0, Root()),
    __param(1, Args(() => PageArgs)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [DocumentNode, PageArgs, Object]),
    __metadata("design:returntype", Promise)
], DocumentResolver.prototype, "implementedByDocuments", null);
DocumentResolver = __decorate([
    Resolver(() => DocumentNode)
], DocumentResolver);
export { DocumentResolver };
//# sourceMappingURL=document.resolver.js.map
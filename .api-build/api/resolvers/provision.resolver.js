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
// Provision queries and relations: outline, units, concepts, targets and IMPLEMENTS edges.
import 'reflect-metadata';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, Query, Resolver, Root } from 'type-graphql';
import { listComplexity, pagedComplexity } from '../complexity.js';
import { expectLocalId } from '../ids.js';
import { paginate } from '../pagination.js';
import { ConceptNode } from '../types/concept.type.js';
import { DocumentNode } from '../types/document.type.js';
import { GovernmentLevelEnum } from '../types/enums.js';
import { ImplementationConnection, ImplementationEdge, SimilarityEdge } from '../types/implementation.type.js';
import { PageArgs } from '../types/page.args.js';
import { ProvisionNode } from '../types/provision.type.js';
import { TargetNode } from '../types/target.type.js';
import { UnitAssignment } from '../types/unit.type.js';
import { loadExisting } from './settle.js';
let ImplementedByArgs = class ImplementedByArgs extends PageArgs {
};
__decorate([
    Field(() => Float, { nullable: true, description: 'Only edges scoring at least this.' }),
    __metadata("design:type", Object)
], ImplementedByArgs.prototype, "minScore", void 0);
__decorate([
    Field(() => GovernmentLevelEnum, { nullable: true, description: 'Only implementing provisions of this level.' }),
    __metadata("design:type", Object)
], ImplementedByArgs.prototype, "level", void 0);
ImplementedByArgs = __decorate([
    ArgsType()
], ImplementedByArgs);
let ProvisionResolver = class ProvisionResolver {
    provision(id, ctx) {
        return ctx.loaders.provisionById.load(expectLocalId(id, 'Provision', 'id'));
    }
    document(p, ctx) {
        return ctx.loaders.documentById.load(p.documentId);
    }
    async parent(p, ctx) {
        return (await ctx.loaders.parentByProvision.load(p.localId))[0] ?? null;
    }
    children(p, ctx) {
        return ctx.loaders.childrenByProvision.load(p.localId);
    }
    units(p, ctx) {
        return ctx.loaders.assignmentsByProvision.load(p.localId);
    }
    concepts(p, ctx) {
        return ctx.loaders.conceptsByProvision.load(p.localId);
    }
    targets(p, ctx) {
        return ctx.loaders.targetsByProvision.load(p.localId);
    }
    implements(p, ctx) {
        return ctx.loaders.implementsBySource.load(p.localId);
    }
    async implementedBy(p, args, ctx) {
        let edges = (await ctx.loaders.implementsByTarget.load(p.localId)).filter((e) => e.score >= (args.minScore ?? 0));
        if (args.level) {
            const sources = await loadExisting(ctx.loaders.provisionById, edges.map((e) => e.sourceId));
            const ofLevel = new Set(sources.filter((s) => s.level === args.level).map((s) => s.localId));
            edges = edges.filter((e) => ofLevel.has(e.sourceId));
        }
        return paginate(edges, args);
    }
    similar(p, ctx) {
        return ctx.loaders.similarByProvision.load(p.localId);
    }
};
__decorate([
    Query(() => ProvisionNode, { description: 'A provision by global ID or local ID (`documentId:path`).' }),
    __param(0, Arg('id', () => ID)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], ProvisionResolver.prototype, "provision", null);
__decorate([
    FieldResolver(() => DocumentNode),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ProvisionNode, Object]),
    __metadata("design:returntype", Promise)
], ProvisionResolver.prototype, "document", null);
__decorate([
    FieldResolver(() => ProvisionNode, { nullable: true, description: 'The enclosing provision in the outline.' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ProvisionNode, Object]),
    __metadata("design:returntype", Promise)
], ProvisionResolver.prototype, "parent", null);
__decorate([
    FieldResolver(() => [ProvisionNode], { complexity: listComplexity }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ProvisionNode, Object]),
    __metadata("design:returntype", Promise)
], ProvisionResolver.prototype, "children", null);
__decorate([
    FieldResolver(() => [UnitAssignment], { complexity: listComplexity, description: 'Responsible units with their roles.' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ProvisionNode, Object]),
    __metadata("design:returntype", Promise)
], ProvisionResolver.prototype, "units", null);
__decorate([
    FieldResolver(() => [ConceptNode], { complexity: listComplexity }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ProvisionNode, Object]),
    __metadata("design:returntype", Promise)
], ProvisionResolver.prototype, "concepts", null);
__decorate([
    FieldResolver(() => [TargetNode], { complexity: listComplexity }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ProvisionNode, Object]),
    __metadata("design:returntype", Promise)
], ProvisionResolver.prototype, "targets", null);
__decorate([
    FieldResolver(() => [ImplementationEdge], {
        complexity: listComplexity,
        description: 'Higher-level provisions this one implements, strongest first.',
    }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ProvisionNode, Object]),
    __metadata("design:returntype", Promise)
], ProvisionResolver.prototype, "implements", null);
__decorate([
    FieldResolver(() => ImplementationConnection, {
        complexity: pagedComplexity,
        description: 'Lower-level provisions implementing this one, strongest first.',
    }),
    __param(0, Root()),
    __param(1, Args(() => ImplementedByArgs)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ProvisionNode, ImplementedByArgs, Object]),
    __metadata("design:returntype", Promise)
], ProvisionResolver.prototype, "implementedBy", null);
__decorate([
    FieldResolver(() => [SimilarityEdge], {
        complexity: listComplexity,
        description: 'Provisions of peer documents outside this one\'s chain that say similar things.',
    }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ProvisionNode, Object]),
    __metadata("design:returntype", Promise)
], ProvisionResolver.prototype, "similar", null);
ProvisionResolver = __decorate([
    Resolver(() => ProvisionNode)
], ProvisionResolver);
export { ProvisionResolver };
let ImplementationResolver = class ImplementationResolver {
    source(e, ctx) {
        return ctx.loaders.provisionById.load(e.sourceId);
    }
    target(e, ctx) {
        return ctx.loaders.provisionById.load(e.targetId);
    }
};
__decorate([
    FieldResolver(() => ProvisionNode, { description: 'The lower-level, implementing provision.' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ImplementationEdge, Object]),
    __metadata("design:returntype", Promise)
], ImplementationResolver.prototype, "source", null);
__decorate([
    FieldResolver(() => ProvisionNode, { description: 'The higher-level, implemented provision.' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ImplementationEdge, Object]),
    __metadata("design:returntype", Promise)
], ImplementationResolver.prototype, "target", null);
ImplementationResolver = __decorate([
    Resolver(() => ImplementationEdge)
], ImplementationResolver);
export { ImplementationResolver };
let SimilarityResolver = class SimilarityResolver {
    source(e, ctx) {
        return ctx.loaders.provisionById.load(e.sourceId);
    }
    target(e, ctx) {
        return ctx.loaders.provisionById.load(e.targetId);
    }
};
__decorate([
    FieldResolver(() => ProvisionNode),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [SimilarityEdge, Object]),
    __metadata("design:returntype", Promise)
], SimilarityResolver.prototype, "source", null);
__decorate([
    FieldResolver(() => ProvisionNode),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [SimilarityEdge, Object]),
    __metadata("design:returntype", Promise)
], SimilarityResolver.prototype, "target", null);
SimilarityResolver = __decorate([
    Resolver(() => SimilarityEdge)
], SimilarityResolver);
export { SimilarityResolver };
//# sourceMappingURL=provision.resolver.js.map
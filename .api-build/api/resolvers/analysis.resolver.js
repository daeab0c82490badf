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
// The analysts' questions: search, cascade, trace, coverage, compare, neighborhood, node, stats.
import 'reflect-metadata';
import { Arg, Args, ArgsType, Ctx, Field, Float, ID, Int, Query, Resolver } from 'type-graphql';
import { analysisComplexity, pagedComplexity } from '../complexity.js';
import { expectLocalId } from '../ids.js';
import { cascade } from '../services/cascade.service.js';
import { compare } from '../services/compare.service.js';
import { coverage } from '../services/coverage.service.js';
import { neighborhood } from '../services/neighborhood.service.js';
import { loadNode } from '../services/nodes.service.js';
import { search } from '../services/search.service.js';
import { stats } from '../services/stats.service.js';
import { trace } from '../services/trace.service.js';
import { Cascade, Trace } from '../types/cascade.type.js';
import { Comparison } from '../types/compare.type.js';
import { Coverage } from '../types/coverage.type.js';
import { GraphLabelEnum, GovernmentLevelEnum, ProvisionKindEnum } from '../types/enums.js';
import { Node } from '../types/node.type.js';
import { PageArgs } from '../types/page.args.js';
import { SearchResults } from '../types/search.type.js';
import { Stats } from '../types/stats.type.js';
import { Subgraph } from '../types/subgraph.type.js';
let SearchArgs = class SearchArgs extends PageArgs {
};
__decorate([
    Field(() => String, { description: 'Chinese words or phrases, Simplified or Traditional.' }),
    __metadata("design:type", String)
], SearchArgs.prototype, "query", void 0);
__decorate([
    Field(() => GovernmentLevelEnum, { nullable: true }),
    __metadata("design:type", Object)
], SearchArgs.prototype, "level", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'GB/T 2260 code or name; includes the regions inside it.' }),
    __metadata("design:type", Object)
], SearchArgs.prototype, "region", void 0);
SearchArgs = __decorate([
    ArgsType()
], SearchArgs);
let CascadeArgs = class CascadeArgs {
};
__decorate([
    Field(() => ID, { description: 'The requirement: a provision ID (global or `documentId:path`).' }),
    __metadata("design:type", String)
], CascadeArgs.prototype, "from", void 0);
__decorate([
    Field(() => Int, { defaultValue: 4 }),
    __metadata("design:type", Number)
], CascadeArgs.prototype, "maxDepth", void 0);
__decorate([
    Field(() => Float, { defaultValue: 0 }),
    __metadata("design:type", Number)
], CascadeArgs.prototype, "minScore", void 0);
__decorate([
    Field(() => [GovernmentLevelEnum], { nullable: true, description: 'Only report implementing provisions of these levels (the walk still passes through others).' }),
    __metadata("design:type", Object)
], CascadeArgs.prototype, "levels", void 0);
__decorate([
    Field(() => Boolean, { defaultValue: true, description: 'Also follow what implements the requirement\'s sub-provisions.' }),
    __metadata("design:type", Boolean)
], CascadeArgs.prototype, "includeSubProvisions", void 0);
CascadeArgs = __decorate([
    ArgsType()
], CascadeArgs);
let TraceArgs = class TraceArgs {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], TraceArgs.prototype, "from", void 0);
__decorate([
    Field(() => Int, { defaultValue: 4 }),
    __metadata("design:type", Number)
], TraceArgs.prototype, "maxDepth", void 0);
__decorate([
    Field(() => Float, { defaultValue: 0 }),
    __metadata("design:type", Number)
], TraceArgs.prototype, "minScore", void 0);
__decorate([
    Field(() => Boolean, { defaultValue: true, description: 'Also follow the IMPLEMENTS edges of the enclosing items.' }),
    __metadata("design:type", Boolean)
], TraceArgs.prototype, "includeAncestors", void 0);
TraceArgs = __decorate([
    ArgsType()
], TraceArgs);
let CoverageArgs = class CoverageArgs {
};
__decorate([
    Field(() => ID, { description: 'The higher-level document whose requirements are checked.' }),
    __metadata("design:type", String)
], CoverageArgs.prototype, "document", void 0);
__decorate([
    Field(() => [ID], { nullable: true, description: 'Lower-level documents to check; default: every ingested lower-level document inside its region.' }),
    __metadata("design:type", Object)
], CoverageArgs.prototype, "against", void 0);
__decorate([
    Field(() => [ProvisionKindEnum], { nullable: true, description: 'Requirement kinds; default: the leaves of its outline.' }),
    __metadata("design:type", Object)
], CoverageArgs.prototype, "kinds", void 0);
__decorate([
    Field(() => Int, { defaultValue: 4 }),
    __metadata("design:type", Number)
], CoverageArgs.prototype, "maxDepth", void 0);
__decorate([
    Field(() => Float, { defaultValue: 0 }),
    __metadata("design:type", Number)
], CoverageArgs.prototype, "minScore", void 0);
__decorate([
    Field(() => Float, { defaultValue: 0.5, description: 'Evidence scoring below this counts as WEAK.' }),
    __metadata("design:type", Number)
], CoverageArgs.prototype, "weakBelow", void 0);
CoverageArgs = __decorate([
    ArgsType()
], CoverageArgs);
let NeighborhoodArgs = class NeighborhoodArgs {
};
__decorate([
    Field(() => ID, { description: 'Global ID of the centre node.' }),
    __metadata("design:type", String)
], NeighborhoodArgs.prototype, "id", void 0);
__decorate([
    Field(() => Int, { defaultValue: 1 }),
    __metadata("design:type", Number)
], NeighborhoodArgs.prototype, "depth", void 0);
__decorate([
    Field(() => Int, { defaultValue: 100 }),
    __metadata("design:type", Number)
], NeighborhoodArgs.prototype, "limit", void 0);
__decorate([
    Field(() => [GraphLabelEnum], { nullable: true, description: 'Only nodes with these labels (default: all).' }),
    __metadata("design:type", Object)
], NeighborhoodArgs.prototype, "labels", void 0);
NeighborhoodArgs = __decorate([
    ArgsType()
], NeighborhoodArgs);
let AnalysisResolver = class AnalysisResolver {
    search(args, ctx) {
        return search(ctx, args);
    }
    cascade(args, ctx) {
        return cascade(ctx, expectLocalId(args.from, 'Provision', 'from'), { ...args, levels: args.levels ?? [] });
    }
    trace(args, ctx) {
        return trace(ctx, expectLocalId(args.from, 'Provision', 'from'), args);
    }
    coverage(args, ctx) {
        return coverage(ctx, expectLocalId(args.document, 'Document', 'document'), {
            against: args.against ? args.against.map((id) => expectLocalId(id, 'Document', 'against')) : null,
            kinds: args.kinds ?? [],
            maxDepth: args.maxDepth,
            minScore: args.minScore,
            weakBelow: args.weakBelow,
        });
    }
    compare(a, b, ctx) {
        return compare(ctx, expectLocalId(a, 'Document', 'a'), expectLocalId(b, 'Document', 'b'));
    }
    async neighborhood(args, ctx) {
        return neighborhood(ctx, await loadNode(ctx, args.id), { ...args, labels: args.labels ?? [] });
    }
    node(id, ctx) {
        return loadNode(ctx, id);
    }
    nodes(ids, ctx) {
        return Promise.all(ids.map((id) => loadNode(ctx, id)));
    }
    stats(ctx) {
        return stats(ctx);
    }
};
__decorate([
    Query(() => SearchResults, { complexity: pagedComplexity, description: 'Chinese full-text search over provisions.' }),
    __param(0, Args(() => SearchArgs)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [SearchArgs, Object]),
    __metadata("design:returntype", void 0)
], AnalysisResolver.prototype, "search", null);
__decorate([
    Query(() => Cascade, { complexity: analysisComplexity, description: 'Everything below that implements a requirement.' }),
    __param(0, Args(() => CascadeArgs)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [CascadeArgs, Object]),
    __metadata("design:returntype", Promise)
], AnalysisResolver.prototype, "cascade", null);
__decorate([
    Query(() => Trace, { complexity: analysisComplexity, description: 'The chain upward from a task to the requirements it serves.' }),
    __param(0, Args(() => TraceArgs)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [TraceArgs, Object]),
    __metadata("design:returntype", Promise)
], AnalysisResolver.prototype, "trace", null);
__decorate([
    Query(() => Coverage, { complexity: analysisComplexity, description: "Which lower-level documents implement each of a document's requirements." }),
    __param(0, Args(() => CoverageArgs)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [CoverageArgs, Object]),
    __metadata("design:returntype", Promise)
], AnalysisResolver.prototype, "coverage", null);
__decorate([
    Query(() => Comparison, { complexity: analysisComplexity, description: 'Two plans aligned provision by provision.' }),
    __param(0, Arg('a', () => ID)),
    __param(1, Arg('b', () => ID)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, String, Object]),
    __metadata("design:returntype", Promise)
], AnalysisResolver.prototype, "compare", null);
__decorate([
    Query(() => Subgraph, { complexity: analysisComplexity, description: 'The subgraph around a node, for the explorer.' }),
    __param(0, Args(() => NeighborhoodArgs)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [NeighborhoodArgs, Object]),
    __metadata("design:returntype", Promise)
], AnalysisResolver.prototype, "neighborhood", null);
__decorate([
    Query(() => Node, { description: 'Any node by global ID.' }),
    __param(0, Arg('id', () => ID)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", void 0)
], AnalysisResolver.prototype, "node", null);
__decorate([
    Query(() => [Node], { description: 'Nodes by global ID, in the order asked.' }),
    __param(0, Arg('ids', () => [ID])),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Array, Object]),
    __metadata("design:returntype", void 0)
], AnalysisResolver.prototype, "nodes", null);
__decorate([
    Query(() => Stats),
    __param(0, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], AnalysisResolver.prototype, "stats", null);
AnalysisResolver = __decorate([
    Resolver()
], AnalysisResolver);
export { AnalysisResolver };
//# sourceMappingURL=analysis.resolver.js.map
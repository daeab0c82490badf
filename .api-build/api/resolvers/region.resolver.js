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
// The region tree and each region's documents.
import 'reflect-metadata';
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { listComplexity, pagedComplexity } from '../complexity.js';
import { regionOf } from '../loaders/rows.js';
import { paginate } from '../pagination.js';
import { resolveRegion } from '../services/regions.service.js';
import { DocumentConnection } from '../types/document.type.js';
import { PageArgs } from '../types/page.args.js';
import { RegionNode } from '../types/region.type.js';
import { loadExisting } from './settle.js';
let RegionResolver = class RegionResolver {
    async regions(parent, ctx) {
        if (parent)
            return ctx.loaders.regionChildren.load((await resolveRegion(ctx, parent)).code);
        const roots = (await ctx.reader.read('read/region-roots')).map(regionOf);
        for (const r of roots)
            ctx.loaders.regionByCode.prime(r.code, r);
        return roots;
    }
    region(region, ctx) {
        return resolveRegion(ctx, region);
    }
    async parent(r, ctx) {
        return r.parentCode ? ((await loadExisting(ctx.loaders.regionByCode, [r.parentCode]))[0] ?? null) : null;
    }
    children(r, ctx) {
        return ctx.loaders.regionChildren.load(r.code);
    }
    async documents(r, args, ctx) {
        return paginate(await ctx.loaders.documentsByRegion.load(r.code), args);
    }
};
__decorate([
    Query(() => [RegionNode], {
        complexity: listComplexity,
        description: 'The region tree: its root (全国), or the children of `parent`.',
    }),
    __param(0, Arg('parent', () => String, { nullable: true, description: 'GB/T 2260 code or name.' })),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Object]),
    __metadata("design:returntype", Promise)
], RegionResolver.prototype, "regions", null);
__decorate([
    Query(() => RegionNode, { description: 'A region by GB/T 2260 code or name.' }),
    __param(0, Arg('region', () => String)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], RegionResolver.prototype, "region", null);
__decorate([
    FieldResolver(() => RegionNode, { nullable: true }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [RegionNode, Object]),
    __metadata("design:returntype", Promise)
], RegionResolver.prototype, "parent", null);
__decorate([
    FieldResolver(() => [RegionNode], { complexity: listComplexity }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [RegionNode, Object]),
    __metadata("design:returntype", Promise)
], RegionResolver.prototype, "children", null);
__decorate([
    FieldResolver(() => DocumentConnection, { complexity: pagedComplexity, description: 'Documents of exactly this region.' }),
    __param(0, Root()),
    __param(1, Args(() => PageArgs)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [RegionNode, PageArgs, Object]),
    __metadata("design:returntype", Promise)
], RegionResolver.prototype, "documents", null);
RegionResolver = __decorate([
    Resolver(() => RegionNode)
], RegionResolver);
export { RegionResolver };
//# sourceMappingURL=region.resolver.js.map
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
// Concepts and their distribution across levels and regions.
import 'reflect-metadata';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { listComplexity, pagedComplexity } from '../complexity.js';
import { paginate } from '../pagination.js';
import { conceptProvisions, listConcepts } from '../services/concepts.service.js';
import { levelCounts } from '../services/levels.js';
import { regionCounts } from '../services/regions.service.js';
import { ConceptConnection, ConceptNode, LevelCount, RegionCount } from '../types/concept.type.js';
import { GovernmentLevelEnum } from '../types/enums.js';
import { PageArgs } from '../types/page.args.js';
import { ProvisionConnection } from '../types/provision.type.js';
let ConceptsArgs = class ConceptsArgs extends PageArgs {
};
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], ConceptsArgs.prototype, "category", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'Substring of the concept name.' }),
    __metadata("design:type", Object)
], ConceptsArgs.prototype, "name", void 0);
ConceptsArgs = __decorate([
    ArgsType()
], ConceptsArgs);
let ConceptProvisionsArgs = class ConceptProvisionsArgs extends PageArgs {
};
__decorate([
    Field(() => GovernmentLevelEnum, { nullable: true }),
    __metadata("design:type", Object)
], ConceptProvisionsArgs.prototype, "level", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'GB/T 2260 code or name; includes the regions inside it.' }),
    __metadata("design:type", Object)
], ConceptProvisionsArgs.prototype, "region", void 0);
ConceptProvisionsArgs = __decorate([
    ArgsType()
], ConceptProvisionsArgs);
let ConceptResolver = class ConceptResolver {
    async concepts(args, ctx) {
        return paginate((await listConcepts(ctx, args)).map((e) => e.concept), args);
    }
    concept(name, ctx) {
        return ctx.loaders.conceptByName.load(name.trim());
    }
    async provisionCount(c, ctx) {
        return (await ctx.loaders.provisionsByConcept.load(c.name)).length;
    }
    async byLevel(c, ctx) {
        return levelCounts((await ctx.loaders.provisionsByConcept.load(c.name)).map((p) => p.level));
    }
    async byRegion(c, ctx) {
        return regionCounts(ctx, (await ctx.loaders.provisionsByConcept.load(c.name)).map((p) => p.regionCode));
    }
    async provisions(c, args, ctx) {
        return paginate(await conceptProvisions(ctx, c.name, args), args);
    }
};
__decorate([
    Query(() => ConceptConnection, { complexity: pagedComplexity, description: 'Concepts, most mentioned first.' }),
    __param(0, Args(() => ConceptsArgs)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ConceptsArgs, Object]),
    __metadata("design:returntype", Promise)
], ConceptResolver.prototype, "concepts", null);
__decorate([
    Query(() => ConceptNode, { description: 'A concept by its canonical (Simplified) name, e.g. 枫桥经验.' }),
    __param(0, Arg('name', () => String)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], ConceptResolver.prototype, "concept", null);
__decorate([
    FieldResolver(() => Int),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ConceptNode, Object]),
    __metadata("design:returntype", Promise)
], ConceptResolver.prototype, "provisionCount", null);
__decorate([
    FieldResolver(() => [LevelCount], { description: 'Provisions mentioning the concept, per level.' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ConceptNode, Object]),
    __metadata("design:returntype", Promise)
], ConceptResolver.prototype, "byLevel", null);
__decorate([
    FieldResolver(() => [RegionCount], { complexity: listComplexity, description: 'Provisions mentioning the concept, per region.' }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ConceptNode, Object]),
    __metadata("design:returntype", Promise)
], ConceptResolver.prototype, "byRegion", null);
__decorate([
    FieldResolver(() => ProvisionConnection, { complexity: pagedComplexity, description: 'Mentioning provisions, top level first.' }),
    __param(0, Root()),
    __param(1, Args(() => ConceptProvisionsArgs)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [ConceptNode, ConceptProvisionsArgs, Object]),
    __metadata("design:returntype", Promise)
], ConceptResolver.prototype, "provisions", null);
ConceptResolver = __decorate([
    Resolver(() => ConceptNode)
], ConceptResolver);
export { ConceptResolver };
//# sourceMappingURL=concept.resolver.js.map
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
// Responsible units: workload rankings and each unit's tasks across documents.
import 'reflect-metadata';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { pagedComplexity } from '../complexity.js';
import { expectLocalId } from '../ids.js';
import { paginate } from '../pagination.js';
import { listUnits, workloadOf } from '../services/units.service.js';
import { UnitOrderEnum, UnitRoleEnum } from '../types/enums.js';
import { PageArgs } from '../types/page.args.js';
import { ProvisionNode } from '../types/provision.type.js';
import { RegionNode } from '../types/region.type.js';
import { UnitAssignment, UnitAssignmentConnection, UnitConnection, UnitNode, Workload } from '../types/unit.type.js';
import { loadExisting } from './settle.js';
let UnitsArgs = class UnitsArgs extends PageArgs {
};
__decorate([
    Field(() => String, { nullable: true, description: 'GB/T 2260 code or name; includes the regions inside it.' }),
    __metadata("design:type", Object)
], UnitsArgs.prototype, "region", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'Substring of the unit name, e.g. 司法局.' }),
    __metadata("design:type", Object)
], UnitsArgs.prototype, "name", void 0);
__decorate([
    Field(() => UnitOrderEnum, { defaultValue: UnitOrderEnum.WORKLOAD }),
    __metadata("design:type", String)
], UnitsArgs.prototype, "orderBy", void 0);
UnitsArgs = __decorate([
    ArgsType()
], UnitsArgs);
let TasksArgs = class TasksArgs extends PageArgs {
};
__decorate([
    Field(() => UnitRoleEnum, { nullable: true }),
    __metadata("design:type", Object)
], TasksArgs.prototype, "role", void 0);
TasksArgs = __decorate([
    ArgsType()
], TasksArgs);
let UnitResolver = class UnitResolver {
    async units(args, ctx) {
        return paginate((await listUnits(ctx, args)).map((u) => u.unit), args);
    }
    unit(id, ctx) {
        return ctx.loaders.unitById.load(expectLocalId(id, 'Unit', 'id'));
    }
    async region(u, ctx) {
        return u.regionCode ? ((await loadExisting(ctx.loaders.regionByCode, [u.regionCode]))[0] ?? null) : null;
    }
    async workload(u, ctx) {
        return workloadOf(await ctx.loaders.assignmentsByUnit.load(u.localId));
    }
    async tasks(u, args, ctx) {
        const all = await ctx.loaders.assignmentsByUnit.load(u.localId);
        return paginate(args.role ? all.filter((a) => a.role === args.role) : all, args);
    }
};
__decorate([
    Query(() => UnitConnection, { complexity: pagedComplexity, description: 'Units that carry tasks, busiest first by default.' }),
    __param(0, Args(() => UnitsArgs)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [UnitsArgs, Object]),
    __metadata("design:returntype", Promise)
], UnitResolver.prototype, "units", null);
__decorate([
    Query(() => UnitNode),
    __param(0, Arg('id', () => ID)),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], UnitResolver.prototype, "unit", null);
__decorate([
    FieldResolver(() => RegionNode, { nullable: true }),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [UnitNode, Object]),
    __metadata("design:returntype", Promise)
], UnitResolver.prototype, "region", null);
__decorate([
    FieldResolver(() => Workload),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [UnitNode, Object]),
    __metadata("design:returntype", Promise)
], UnitResolver.prototype, "workload", null);
__decorate([
    FieldResolver(() => UnitAssignmentConnection, { complexity: pagedComplexity, description: 'Tasks in document order.' }),
    __param(0, Root()),
    __param(1, Args(() => TasksArgs)),
    __param(2, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [UnitNode, TasksArgs, Object]),
    __metadata("design:returntype", Promise)
], UnitResolver.prototype, "tasks", null);
UnitResolver = __decorate([
    Resolver(() => UnitNode)
], UnitResolver);
export { UnitResolver };
let UnitAssignmentResolver = class UnitAssignmentResolver {
    unit(a, ctx) {
        return ctx.loaders.unitById.load(a.unitId);
    }
    provision(a, ctx) {
        return ctx.loaders.provisionById.load(a.provisionId);
    }
};
__decorate([
    FieldResolver(() => UnitNode),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [UnitAssignment, Object]),
    __metadata("design:returntype", Promise)
], UnitAssignmentResolver.prototype, "unit", null);
__decorate([
    FieldResolver(() => ProvisionNode),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [UnitAssignment, Object]),
    __metadata("design:returntype", Promise)
], UnitAssignmentResolver.prototype, "provision", null);
UnitAssignmentResolver = __decorate([
    Resolver(() => UnitAssignment)
], UnitAssignmentResolver);
export { UnitAssignmentResolver };
//# sourceMappingURL=unit.resolver.js.map
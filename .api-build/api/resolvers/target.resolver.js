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
// Targets and the provision that sets each.
import 'reflect-metadata';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ProvisionNode } from '../types/provision.type.js';
import { TargetNode } from '../types/target.type.js';
let TargetResolver = class TargetResolver {
    provision(t, ctx) {
        return ctx.loaders.provisionById.load(t.provisionId);
    }
};
__decorate([
    FieldResolver(() => ProvisionNode),
    __param(0, Root()),
    __param(1, Ctx()),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [TargetNode, Object]),
    __metadata("design:returntype", Promise)
], TargetResolver.prototype, "provision", null);
TargetResolver = __decorate([
    Resolver(() => TargetNode)
], TargetResolver);
export { TargetResolver };
//# sourceMappingURL=target.resolver.js.map
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
// A generic subgraph (nodes + edges) for the explorer's canvas.
import 'reflect-metadata';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphLabelEnum, GovernmentLevelEnum, UnitRoleEnum } from './enums.js';
export const RelationTypeEnum = {
    HAS_PROVISION: 'HAS_PROVISION',
    HAS_CHILD: 'HAS_CHILD',
    ASSIGNED_TO: 'ASSIGNED_TO',
    MENTIONS: 'MENTIONS',
    SETS_TARGET: 'SETS_TARGET',
    CITES: 'CITES',
    IMPLEMENTS_DOC: 'IMPLEMENTS_DOC',
    IMPLEMENTS: 'IMPLEMENTS',
    SIMILAR_TO: 'SIMILAR_TO',
    FOR_REGION: 'FOR_REGION',
    PART_OF: 'PART_OF',
};
registerEnumType(RelationTypeEnum, { name: 'RelationType' });
let GraphNode = class GraphNode {
};
__decorate([
    Field(() => String, { description: 'Global ID, usable with node(id:).' }),
    __metadata("design:type", String)
], GraphNode.prototype, "id", void 0);
__decorate([
    Field(() => GraphLabelEnum),
    __metadata("design:type", String)
], GraphNode.prototype, "label", void 0);
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], GraphNode.prototype, "localId", void 0);
__decorate([
    Field(() => String, { description: 'Short display text: a title, a path and title, or a name.' }),
    __metadata("design:type", String)
], GraphNode.prototype, "caption", void 0);
__decorate([
    Field(() => GovernmentLevelEnum, { nullable: true }),
    __metadata("design:type", Object)
], GraphNode.prototype, "level", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], GraphNode.prototype, "regionCode", void 0);
__decorate([
    Field(() => Boolean),
    __metadata("design:type", Boolean)
], GraphNode.prototype, "referencedOnly", void 0);
__decorate([
    Field(() => Int, { description: 'Hops from the centre.' }),
    __metadata("design:type", Number)
], GraphNode.prototype, "depth", void 0);
GraphNode = __decorate([
    ObjectType('GraphNode')
], GraphNode);
export { GraphNode };
let GraphEdge = class GraphEdge {
};
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], GraphEdge.prototype, "id", void 0);
__decorate([
    Field(() => RelationTypeEnum),
    __metadata("design:type", String)
], GraphEdge.prototype, "type", void 0);
__decorate([
    Field(() => String, { description: 'Global ID of the start node.' }),
    __metadata("design:type", String)
], GraphEdge.prototype, "source", void 0);
__decorate([
    Field(() => String, { description: 'Global ID of the end node.' }),
    __metadata("design:type", String)
], GraphEdge.prototype, "target", void 0);
__decorate([
    Field(() => Float, { nullable: true }),
    __metadata("design:type", Object)
], GraphEdge.prototype, "score", void 0);
__decorate([
    Field(() => UnitRoleEnum, { nullable: true }),
    __metadata("design:type", Object)
], GraphEdge.prototype, "role", void 0);
GraphEdge = __decorate([
    ObjectType('GraphEdge')
], GraphEdge);
export { GraphEdge };
let Subgraph = class Subgraph {
};
__decorate([
    Field(() => [GraphNode]),
    __metadata("design:type", Array)
], Subgraph.prototype, "nodes", void 0);
__decorate([
    Field(() => [GraphEdge]),
    __metadata("design:type", Array)
], Subgraph.prototype, "edges", void 0);
__decorate([
    Field(() => Boolean, { description: 'True when `limit` cut the expansion short.' }),
    __metadata("design:type", Boolean)
], Subgraph.prototype, "truncated", void 0);
Subgraph = __decorate([
    ObjectType('Subgraph')
], Subgraph);
export { Subgraph };
//# sourceMappingURL=subgraph.type.js.map
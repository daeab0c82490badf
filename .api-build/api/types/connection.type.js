var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
// Relay connection types, made per node type by one factory so every list that can grow pages alike.
import 'reflect-metadata';
import { Field, Int, ObjectType } from 'type-graphql';
let PageInfo = class PageInfo {
};
__decorate([
    Field(() => Boolean),
    __metadata("design:type", Boolean)
], PageInfo.prototype, "hasNextPage", void 0);
__decorate([
    Field(() => Boolean),
    __metadata("design:type", Boolean)
], PageInfo.prototype, "hasPreviousPage", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PageInfo.prototype, "startCursor", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], PageInfo.prototype, "endCursor", void 0);
PageInfo = __decorate([
    ObjectType('PageInfo')
], PageInfo);
export { PageInfo };
export function connectionOf(name, nodeClass) {
    let Edge = class Edge {
    };
    __decorate([
        Field(() => String),
        __metadata("design:type", String)
    ], Edge.prototype, "cursor", void 0);
    __decorate([
        Field(() => nodeClass),
        __metadata("design:type", Object)
    ], Edge.prototype, "node", void 0);
    Edge = __decorate([
        ObjectType(`${name}Edge`)
    ], Edge);
    let Connection = class Connection {
    };
    __decorate([
        Field(() => [Edge]),
        __metadata("design:type", Array)
    ], Connection.prototype, "edges", void 0);
    __decorate([
        Field(() => [nodeClass], { description: 'The nodes of `edges`, for clients that need no cursors.' }),
        __metadata("design:type", Array)
    ], Connection.prototype, "nodes", void 0);
    __decorate([
        Field(() => Int),
        __metadata("design:type", Number)
    ], Connection.prototype, "totalCount", void 0);
    __decorate([
        Field(() => PageInfo),
        __metadata("design:type", PageInfo)
    ], Connection.prototype, "pageInfo", void 0);
    Connection = __decorate([
        ObjectType(`${name}Connection`)
    ], Connection);
    return Connection;
}
//# sourceMappingURL=connection.type.js.map
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
// The Node interface: every entity of the graph has a global ID and can be fetched by `node(id:)`.
import 'reflect-metadata';
import { Field, ID, InterfaceType } from 'type-graphql';
let Node = class Node {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], Node.prototype, "id", void 0);
__decorate([
    Field(() => String, { description: 'The ID in the graph store, e.g. a provision\'s `documentId:path`.' }),
    __metadata("design:type", String)
], Node.prototype, "localId", void 0);
Node = __decorate([
    InterfaceType('Node', {
        description: 'An object with a global ID (base64 of `Type:localId`).',
        resolveType: (value) => value.nodeType,
    })
], Node);
export { Node };
//# sourceMappingURL=node.type.js.map
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
// A policy document: ingested from a file, or referenced-only (cited by the corpus but not in it).
import 'reflect-metadata';
import { Field, Int, ObjectType } from 'type-graphql';
import { connectionOf } from './connection.type.js';
import { GovernmentLevelEnum } from './enums.js';
import { Node } from './node.type.js';
let ParseWarningObject = class ParseWarningObject {
};
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], ParseWarningObject.prototype, "code", void 0);
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], ParseWarningObject.prototype, "message", void 0);
__decorate([
    Field(() => Int, { nullable: true, description: '1-based line of the normalized text.' }),
    __metadata("design:type", Object)
], ParseWarningObject.prototype, "line", void 0);
ParseWarningObject = __decorate([
    ObjectType('ParseWarning')
], ParseWarningObject);
export { ParseWarningObject };
let DocumentNode = class DocumentNode extends Node {
};
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], DocumentNode.prototype, "title", void 0);
__decorate([
    Field(() => String, { nullable: true }),
    __metadata("design:type", Object)
], DocumentNode.prototype, "issuer", void 0);
__decorate([
    Field(() => String, { nullable: true, description: '文号, e.g. 鞍委发〔2021〕25号.' }),
    __metadata("design:type", Object)
], DocumentNode.prototype, "docNumber", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'ISO date of issue or adoption.' }),
    __metadata("design:type", Object)
], DocumentNode.prototype, "date", void 0);
__decorate([
    Field(() => GovernmentLevelEnum, { nullable: true }),
    __metadata("design:type", Object)
], DocumentNode.prototype, "level", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'The file name it was ingested from.' }),
    __metadata("design:type", Object)
], DocumentNode.prototype, "sourceFile", void 0);
__decorate([
    Field(() => Boolean, { description: 'Cited by the corpus but not itself ingested.' }),
    __metadata("design:type", Boolean)
], DocumentNode.prototype, "referencedOnly", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'The title as printed (Traditional when the source was).' }),
    __metadata("design:type", Object)
], DocumentNode.prototype, "originalTitle", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'Where the text was retrieved from, when known.' }),
    __metadata("design:type", Object)
], DocumentNode.prototype, "url", void 0);
__decorate([
    Field(() => [ParseWarningObject], { description: 'What the parser could not do with certainty.' }),
    __metadata("design:type", Array)
], DocumentNode.prototype, "warnings", void 0);
DocumentNode = __decorate([
    ObjectType('Document', { implements: Node })
], DocumentNode);
export { DocumentNode };
export const DocumentConnection = connectionOf('Document', DocumentNode);
//# sourceMappingURL=document.type.js.map
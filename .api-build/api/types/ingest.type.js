var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
// Inputs and results of the mutations.
import 'reflect-metadata';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DocumentNode, ParseWarningObject } from './document.type.js';
let DocumentFileInput = class DocumentFileInput {
};
__decorate([
    Field(() => String, { description: 'The file\'s bytes, base64-encoded.' }),
    __metadata("design:type", String)
], DocumentFileInput.prototype, "base64", void 0);
__decorate([
    Field(() => String, { description: 'Its name; the extension tells the format (.txt, .html, .docx, .pdf).' }),
    __metadata("design:type", String)
], DocumentFileInput.prototype, "fileName", void 0);
DocumentFileInput = __decorate([
    InputType('DocumentFileInput')
], DocumentFileInput);
export { DocumentFileInput };
let IngestHintsInput = class IngestHintsInput {
};
__decorate([
    Field(() => String, { nullable: true, description: 'Where the document was retrieved from.' }),
    __metadata("design:type", Object)
], IngestHintsInput.prototype, "url", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'When it was retrieved (ISO date).' }),
    __metadata("design:type", Object)
], IngestHintsInput.prototype, "retrievedAt", void 0);
IngestHintsInput = __decorate([
    InputType('IngestHintsInput')
], IngestHintsInput);
export { IngestHintsInput };
let IngestDocumentInput = class IngestDocumentInput {
};
__decorate([
    Field(() => DocumentFileInput, { nullable: true }),
    __metadata("design:type", Object)
], IngestDocumentInput.prototype, "file", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'Plain text of the document.' }),
    __metadata("design:type", Object)
], IngestDocumentInput.prototype, "text", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'Name to record for `text` (default pasted.txt).' }),
    __metadata("design:type", Object)
], IngestDocumentInput.prototype, "fileName", void 0);
__decorate([
    Field(() => IngestHintsInput, { nullable: true }),
    __metadata("design:type", Object)
], IngestDocumentInput.prototype, "hints", void 0);
IngestDocumentInput = __decorate([
    InputType('IngestDocumentInput', { description: 'Exactly one of `file` or `text`.' })
], IngestDocumentInput);
export { IngestDocumentInput };
let IngestResult = class IngestResult {
};
__decorate([
    Field(() => DocumentNode),
    __metadata("design:type", DocumentNode)
], IngestResult.prototype, "document", void 0);
__decorate([
    Field(() => [ParseWarningObject], { description: 'What the parser could not do with certainty.' }),
    __metadata("design:type", Array)
], IngestResult.prototype, "warnings", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], IngestResult.prototype, "provisionCount", void 0);
__decorate([
    Field(() => Int, { description: 'IMPLEMENTS edges written from or to the document\'s provisions.' }),
    __metadata("design:type", Number)
], IngestResult.prototype, "implementationCount", void 0);
IngestResult = __decorate([
    ObjectType('IngestResult')
], IngestResult);
export { IngestResult };
let DeleteResult = class DeleteResult {
};
__decorate([
    Field(() => ID),
    __metadata("design:type", String)
], DeleteResult.prototype, "id", void 0);
__decorate([
    Field(() => Boolean),
    __metadata("design:type", Boolean)
], DeleteResult.prototype, "deleted", void 0);
DeleteResult = __decorate([
    ObjectType('DeleteResult')
], DeleteResult);
export { DeleteResult };
let RelinkResult = class RelinkResult {
};
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], RelinkResult.prototype, "implementations", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], RelinkResult.prototype, "similarities", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], RelinkResult.prototype, "documentLinks", void 0);
__decorate([
    Field(() => Int),
    __metadata("design:type", Number)
], RelinkResult.prototype, "referencedDocuments", void 0);
RelinkResult = __decorate([
    ObjectType('RelinkResult')
], RelinkResult);
export { RelinkResult };
//# sourceMappingURL=ingest.type.js.map
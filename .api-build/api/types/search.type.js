var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
// Full-text search results: a connection of scored provisions plus the terms the query was cut into.
import 'reflect-metadata';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './connection.type.js';
import { ProvisionNode } from './provision.type.js';
let SearchHit = class SearchHit {
};
__decorate([
    Field(() => ProvisionNode),
    __metadata("design:type", ProvisionNode)
], SearchHit.prototype, "provision", void 0);
__decorate([
    Field(() => Float, { description: 'Relevance from the engine\'s full-text index (higher is better).' }),
    __metadata("design:type", Number)
], SearchHit.prototype, "score", void 0);
SearchHit = __decorate([
    ObjectType('SearchHit')
], SearchHit);
export { SearchHit };
let SearchHitEdge = class SearchHitEdge {
};
__decorate([
    Field(() => String),
    __metadata("design:type", String)
], SearchHitEdge.prototype, "cursor", void 0);
__decorate([
    Field(() => SearchHit),
    __metadata("design:type", SearchHit)
], SearchHitEdge.prototype, "node", void 0);
SearchHitEdge = __decorate([
    ObjectType('SearchHitEdge')
], SearchHitEdge);
export { SearchHitEdge };
let SearchResults = class SearchResults {
};
__decorate([
    Field(() => [SearchHitEdge]),
    __metadata("design:type", Array)
], SearchResults.prototype, "edges", void 0);
__decorate([
    Field(() => [SearchHit]),
    __metadata("design:type", Array)
], SearchResults.prototype, "nodes", void 0);
__decorate([
    Field(() => Int, { description: 'Matching provisions (at most 1000).' }),
    __metadata("design:type", Number)
], SearchResults.prototype, "totalCount", void 0);
__decorate([
    Field(() => PageInfo),
    __metadata("design:type", PageInfo)
], SearchResults.prototype, "pageInfo", void 0);
__decorate([
    Field(() => [String], { description: 'The Simplified terms every hit contains.' }),
    __metadata("design:type", Array)
], SearchResults.prototype, "terms", void 0);
SearchResults = __decorate([
    ObjectType('SearchResults')
], SearchResults);
export { SearchResults };
//# sourceMappingURL=search.type.js.map
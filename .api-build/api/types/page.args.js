var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
// Cursor arguments shared by every connection field.
import 'reflect-metadata';
import { ArgsType, Field, Int } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination.js';
let PageArgs = class PageArgs {
};
__decorate([
    Field(() => Int, { nullable: true, description: `Page size, default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}.` }),
    __metadata("design:type", Object)
], PageArgs.prototype, "first", void 0);
__decorate([
    Field(() => String, { nullable: true, description: 'Cursor of the last edge of the previous page.' }),
    __metadata("design:type", Object)
], PageArgs.prototype, "after", void 0);
PageArgs = __decorate([
    ArgsType()
], PageArgs);
export { PageArgs };
//# sourceMappingURL=page.args.js.map
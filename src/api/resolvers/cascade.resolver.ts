// Fields of a cascade answer that take arguments.
import 'reflect-metadata';
import { Arg, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { unboundedFirst } from '../pagination.js';
import { Cascade, CascadeUnit } from '../types/cascade.type.js';

@Resolver(() => Cascade)
export class CascadeResolver {
  @FieldResolver(() => [CascadeUnit], {
    description:
      'Units carrying the cascade, most provisions first: all of them, or the first `first` (a national cascade has tens of thousands; `unitCount` says how many).',
  })
  units(
    @Root() cascade: Cascade,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
  ): Promise<CascadeUnit[]> {
    const limit = unboundedFirst(first);
    return cascade.carryingUnits(Number.isFinite(limit) ? limit : null);
  }
}

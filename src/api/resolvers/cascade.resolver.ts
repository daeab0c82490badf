// Fields of a cascade answer that take arguments.
import 'reflect-metadata';
import { Arg, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { PolicyCascadeError } from '../../errors.js';
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
  ): CascadeUnit[] {
    if (first === null || first === undefined) return cascade.carryingUnits;
    if (!Number.isInteger(first) || first < 0) {
      throw new PolicyCascadeError('BAD_USER_INPUT', 'first must be a non-negative integer', {
        details: { argument: 'first' },
      });
    }
    return cascade.carryingUnits.slice(0, first);
  }
}

// A responsible unit (责任单位), scoped to a region, and its assignments to provisions.
import 'reflect-metadata';
import { Field, Int, ObjectType } from 'type-graphql';
import type { UnitRole } from '../../domain.js';
import { connectionOf } from './connection.type.js';
import { UnitRoleEnum } from './enums.js';
import { Node } from './node.type.js';

@ObjectType('Unit', { implements: Node })
export class UnitNode extends Node {
  declare nodeType: 'Unit';

  @Field(() => String) name!: string;
  @Field(() => Boolean, { description: 'A class of units rather than one body, e.g. 各县(市)区.' })
  collective!: boolean;

  regionCode!: string | null;
}

export const UnitConnection = connectionOf('Unit', UnitNode);

@ObjectType('Workload')
export class Workload {
  @Field(() => Int) lead!: number;
  @Field(() => Int) coLead!: number;
  @Field(() => Int) support!: number;
  @Field(() => Int, { description: 'Distinct provisions assigned to the unit.' }) total!: number;
  @Field(() => Int, { description: 'Distinct documents those provisions belong to.' }) documents!: number;
}

@ObjectType('UnitAssignment', { description: 'A unit named on a provision, with its role.' })
export class UnitAssignment {
  @Field(() => UnitRoleEnum) role!: UnitRole;

  unitId!: string;
  provisionId!: string;
  documentId!: string;
}

export const UnitAssignmentConnection = connectionOf('UnitAssignment', UnitAssignment);

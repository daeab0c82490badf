// Inputs and results of the mutations.
import 'reflect-metadata';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DocumentNode, ParseWarningObject } from './document.type.js';

@InputType('DocumentFileInput')
export class DocumentFileInput {
  @Field(() => String, { description: "The file's bytes, base64-encoded." }) base64!: string;
  @Field(() => String, {
    description: 'Its name; the extension tells the format (.txt, .html, .docx, .pdf).',
  })
  fileName!: string;
}

@InputType('IngestHintsInput')
export class IngestHintsInput {
  @Field(() => String, { nullable: true, description: 'Where the document was retrieved from.' }) url?:
    string | null;
  @Field(() => String, { nullable: true, description: 'When it was retrieved (ISO date).' }) retrievedAt?:
    string | null;
}

@InputType('IngestDocumentInput', { description: 'Exactly one of `file` or `text`.' })
export class IngestDocumentInput {
  @Field(() => DocumentFileInput, { nullable: true }) file?: DocumentFileInput | null;
  @Field(() => String, { nullable: true, description: 'Plain text of the document.' }) text?: string | null;
  @Field(() => String, { nullable: true, description: 'Name to record for `text` (default pasted.txt).' })
  fileName?: string | null;
  @Field(() => IngestHintsInput, { nullable: true }) hints?: IngestHintsInput | null;
}

@ObjectType('IngestResult')
export class IngestResult {
  @Field(() => DocumentNode) document!: DocumentNode;
  @Field(() => [ParseWarningObject], { description: 'What the parser could not do with certainty.' })
  warnings!: ParseWarningObject[];
  @Field(() => Int) provisionCount!: number;
  @Field(() => Int, { description: "IMPLEMENTS edges written from or to the document's provisions." })
  implementationCount!: number;
}

@ObjectType('DeleteResult')
export class DeleteResult {
  @Field(() => ID) id!: string;
  @Field(() => Boolean) deleted!: boolean;
}

@ObjectType('RelinkResult')
export class RelinkResult {
  @Field(() => Int) implementations!: number;
  @Field(() => Int) similarities!: number;
  @Field(() => Int) documentLinks!: number;
  @Field(() => Int) referencedDocuments!: number;
}

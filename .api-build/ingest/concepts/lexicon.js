// The curated lexicon of rule-of-law concepts (seed/concepts.json): canonical names, printed
// aliases, a category, a boilerplate flag for phrases every document repeats, and parts of
// composite concepts (行政执法“三项制度”). Reading the file is the only I/O of concept matching.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { PolicyCascadeError } from '../../errors.js';
export const ConceptEntrySchema = z.object({
    name: z.string().min(1),
    category: z.string().min(1),
    aliases: z.array(z.string().min(1)),
    /** Present in nearly every document (习近平法治思想, 坚持党的领导): weak evidence of a cascade. */
    boilerplate: z.boolean().optional(),
    /** Component concepts, by canonical name. */
    parts: z.array(z.string().min(1)).optional(),
    note: z.string().optional(),
});
export const ConceptLexiconSchema = z
    .object({
    $comment: z.string().optional(),
    version: z.literal(1),
    concepts: z.array(ConceptEntrySchema).min(1),
})
    .superRefine((lexicon, ctx) => {
    const names = new Set(lexicon.concepts.map((c) => c.name));
    const owner = new Map();
    for (const concept of lexicon.concepts) {
        for (const surface of [concept.name, ...concept.aliases]) {
            const other = owner.get(surface);
            if (other && other !== concept.name) {
                ctx.addIssue({ code: 'custom', message: `"${surface}" names both ${other} and ${concept.name}` });
            }
            owner.set(surface, concept.name);
        }
        for (const part of concept.parts ?? []) {
            if (!names.has(part))
                ctx.addIssue({ code: 'custom', message: `${concept.name}: unknown part ${part}` });
        }
    }
    if (names.size !== lexicon.concepts.length)
        ctx.addIssue({ code: 'custom', message: 'duplicate concept names' });
});
const DEFAULT_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../seed/concepts.json');
/** Validates lexicon data already read (tests, or a lexicon shipped some other way). */
export function parseConceptLexicon(data) {
    const result = ConceptLexiconSchema.safeParse(data);
    if (!result.success) {
        throw new PolicyCascadeError('CONFIG_INVALID', `Concept lexicon is invalid: ${result.error.issues.map((i) => i.message).join('; ')}`);
    }
    return result.data;
}
export function loadConceptLexicon(file = DEFAULT_FILE) {
    let data;
    try {
        data = JSON.parse(readFileSync(file, 'utf8'));
    }
    catch (cause) {
        throw new PolicyCascadeError('CONFIG_INVALID', `Cannot read concept lexicon ${file}`, { cause });
    }
    return parseConceptLexicon(data);
}
//# sourceMappingURL=lexicon.js.map
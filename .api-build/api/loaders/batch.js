// Helpers that turn the rows of one batched read into DataLoader results in key order.
import DataLoader from 'dataloader';
import { PolicyCascadeError } from '../../errors.js';
/** One object per key; a key with no row gets a NOT_FOUND error in its slot. */
export function entityLoader(reader, query, label, keyOf, map) {
    return new DataLoader(async (keys) => {
        const rows = await reader.read(query, { ids: [...keys] });
        const byKey = new Map(rows.map((r) => [keyOf(r), map(r)]));
        return keys.map((k) => byKey.get(k) ?? new PolicyCascadeError('NOT_FOUND', `No ${label} with ID ${k}`, { details: { id: k } }));
    });
}
/** A list per key (one-to-many relations); a key with no rows gets an empty list. */
export function groupLoader(reader, query, keyOf, map, onRow) {
    return new DataLoader(async (keys) => {
        const rows = await reader.read(query, { ids: [...keys] });
        const groups = new Map(keys.map((k) => [k, []]));
        for (const row of rows) {
            onRow?.(row);
            groups.get(keyOf(row))?.push(map(row));
        }
        return keys.map((k) => groups.get(k) ?? []);
    });
}
//# sourceMappingURL=batch.js.map
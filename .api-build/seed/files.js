// Which files a seed run reads: the given paths, with directories expanded to the documents in
// them (sorted; sidecar `<file>.meta.json` and hidden files are not documents).
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { PolicyCascadeError } from '../errors.js';
const isDocumentFile = (name) => !name.startsWith('.') && !name.endsWith('.meta.json');
export async function seedFiles(paths) {
    const files = [];
    for (const p of paths) {
        const info = await stat(p).catch(() => null);
        if (!info)
            throw new PolicyCascadeError('BAD_USER_INPUT', `No such file or directory: ${p}`);
        if (info.isDirectory()) {
            const names = (await readdir(p)).filter(isDocumentFile).sort();
            for (const name of names) {
                if ((await stat(path.join(p, name))).isFile())
                    files.push(path.join(p, name));
            }
        }
        else
            files.push(p);
    }
    return files;
}
//# sourceMappingURL=files.js.map
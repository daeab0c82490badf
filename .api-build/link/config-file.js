// Reads seed/link-config.json (or another file) into a validated LinkConfig. I/O at the edge:
// the CLIs and the seeding service call this; the linker itself only receives the result.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PolicyCascadeError } from '../errors.js';
import { parseLinkConfig } from './config.js';
export const DEFAULT_LINK_CONFIG_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../seed/link-config.json');
export function loadLinkConfig(file = DEFAULT_LINK_CONFIG_FILE) {
    let json;
    try {
        json = JSON.parse(readFileSync(file, 'utf8'));
    }
    catch (cause) {
        throw new PolicyCascadeError('CONFIG_INVALID', `Cannot read link configuration ${file}`, { cause });
    }
    return parseLinkConfig(json);
}
//# sourceMappingURL=config-file.js.map
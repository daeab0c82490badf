// The one place that imports the embedded engine's module, so that the API-identical `lbug`
// fork (Kuzu's successor) can replace `kuzu` by changing this file alone.
import kuzu from 'kuzu';
export const KuzuDatabase = kuzu.Database;
export const KuzuConnection = kuzu.Connection;
//# sourceMappingURL=module.js.map
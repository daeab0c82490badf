// Structured logs (pino). Each request gets a child logger carrying its request id.
import { pino } from 'pino';
export function createLogger(config) {
    return pino({ level: config.logLevel, base: { service: 'policy-cascade' } });
}
//# sourceMappingURL=logging.js.map
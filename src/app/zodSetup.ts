import { z } from 'zod';

// zod probes `new Function` to compile fast parsers; the studio's CSP forbids eval, so the
// probe would be reported as a violation on every load. Plain parsing is fast enough here.
z.config({ jitless: true });

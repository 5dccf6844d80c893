/** REST operations of the regional sourcing issue (funnel); spread into `operations` (../operations.ts). */
import { defineOperation } from '../operation.ts';

export const funnelOperations = {
	// operations of this part, e.g. `listX: defineOperation({ ... })`
};

void defineOperation;

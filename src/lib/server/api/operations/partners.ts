/** REST operations of the regional sourcing issue (partners); spread into `operations` (../operations.ts). */
import { defineOperation } from '../operation.ts';

export const partnersOperations = {
	// operations of this part, e.g. `listX: defineOperation({ ... })`
};

void defineOperation;

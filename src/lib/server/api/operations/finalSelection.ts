/**
 * REST operations of the selection session issue (finalSelection); spread into `operations` (../operations.ts).
 */
export const finalSelectionOperations = {};

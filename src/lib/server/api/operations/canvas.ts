/**
 * REST operations of the selection session issue (canvas); spread into `operations` (../operations.ts).
 */
export const canvasOperations = {};

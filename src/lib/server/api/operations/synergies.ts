/**
 * REST operations of the selection session issue (synergies); spread into `operations` (../operations.ts).
 */
export const synergiesOperations = {};

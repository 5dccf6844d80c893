import { serve } from './serve.js';

await serve({ demo: true });

import { serve } from './serve.js';

await serve({ demo: false });

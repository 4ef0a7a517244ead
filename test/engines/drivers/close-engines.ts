import { afterAll } from 'vitest';
import { closeFileEngines } from './use-engine.ts';

// Set up for every engines file: the browsers its describe blocks shared close when the file ends.
afterAll(closeFileEngines, 60_000);

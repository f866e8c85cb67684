// Starts an extraction worker under tsx (development and tests, where the sources are TypeScript):
// a worker thread does not inherit the parent's loader, so it registers tsx before importing.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);

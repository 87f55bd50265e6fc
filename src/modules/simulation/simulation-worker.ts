// Entry of a simulation worker thread: runs its share of the replications and posts the counters back.
import { parentPort, workerData } from 'node:worker_threads';
import { runStrategyParts, type RunPartsJob } from './simulate-strategies.js';

const { job } = workerData as { job: RunPartsJob };
const runs = await runStrategyParts(job);
parentPort!.postMessage(runs);

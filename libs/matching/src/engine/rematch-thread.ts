// A rematch worker thread: holds its own CandidateIndex and scores the needs it is sent. Loaded by
// RematchPool only; it imports the pure engine and nothing else (no Nest, no I/O).
import { parentPort, workerData } from 'node:worker_threads';
import { CandidateIndex } from './candidate-index';
import type { RematchThreadReply, RematchThreadRequest, RematchThreadSetup } from './rematch-pool';

const port = parentPort;
if (!port) throw new Error('rematch-thread runs as a worker thread only');
const setup = workerData as RematchThreadSetup;
const index = new CandidateIndex({ expectedProfiles: setup.expectedProfiles });

port.on('message', (request: RematchThreadRequest) => {
  let reply: RematchThreadReply;
  try {
    switch (request.type) {
      case 'profiles':
        for (const profile of request.profiles) index.upsert(profile);
        return;
      case 'remove':
        for (const id of request.profileIds) index.remove(id);
        return;
      case 'match':
        reply = { type: 'matched', id: request.id, outcomes: request.needs.map((need) => index.match(need, request.k, setup.context)) };
        break;
    }
  } catch (error) {
    reply = { type: 'failed', id: request.type === 'match' ? request.id : null, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply);
});

// Runs the functions of one service in a worker thread, as Lambda runs them: its own process.env, its own module
// instances, and the very `handler` export of each entry file. TypeScript is loaded through tsx's loader.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();

// The local platform's clock (`POST /dev/klok`): a shift every function's `systemClock` adds to the system time
// (packages/lambda-kit/src/clock.ts, KLOK_VERSCHUIVING). Messages arrive in order, so every later invocation sees it.
const KLOK_VERSCHUIVING = Symbol.for('wegwijs.klok.verschuivingMs');
if (typeof workerData.klokVerschuivingMs === 'number') globalThis[KLOK_VERSCHUIVING] = workerData.klokVerschuivingMs;

const handlers = new Map();
try {
  for (const [soort, entry] of Object.entries(workerData.functies)) {
    const mod = await import(entry);
    if (typeof mod.handler !== 'function') throw new Error(`${entry} has no handler export`);
    handlers.set(soort, mod.handler);
  }
  parentPort.postMessage({ type: 'ready' });
} catch (error) {
  parentPort.postMessage({
    type: 'load-error',
    error: { name: error?.name ?? 'Error', message: String(error?.message ?? error) },
  });
}

const context = (functionName, requestId) => ({
  functionName,
  functionVersion: '$LATEST',
  invokedFunctionArn: `arn:aws:lambda:eu-west-1:000000000000:function:${functionName}`,
  memoryLimitInMB: '512',
  awsRequestId: requestId,
  logGroupName: `/aws/lambda/${functionName}`,
  logStreamName: 'local',
  callbackWaitsForEmptyEventLoop: false,
  getRemainingTimeInMillis: () => 30_000,
  done() {},
  fail() {},
  succeed() {},
});

parentPort.on('message', async (message) => {
  if (message.type === 'klok') {
    if (typeof message.verschuivingMs === 'number') globalThis[KLOK_VERSCHUIVING] = message.verschuivingMs;
    else delete globalThis[KLOK_VERSCHUIVING];
    return;
  }
  if (message.type !== 'invoke') return;
  const handler = handlers.get(message.soort);
  try {
    if (!handler) throw new Error(`no ${message.soort} function in this service`);
    const value = await handler(message.event, context(message.functionName, message.id));
    parentPort.postMessage({ type: 'result', id: message.id, ok: true, value });
  } catch (error) {
    parentPort.postMessage({
      type: 'result',
      id: message.id,
      ok: false,
      error: { name: error?.name ?? 'Error', message: String(error?.message ?? error) },
    });
  }
});

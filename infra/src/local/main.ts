import { startLocalPlatform } from './platform';

// Lambda runs Node 22; the SDK's notice about Node 20 is noise on a developer's machine.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const port = Number(process.env.PORT ?? 3000);
const inMemory = process.env.WEGWIJS_IN_MEMORY === '1';
const dataDir = process.env.WEGWIJS_DATA_DIR ?? '.wegwijs-data';

const platform = await startLocalPlatform({
  port,
  ...(process.env.HOST ? { host: process.env.HOST } : {}),
  dataDir,
  inMemory,
  log: (m) => console.log(`[wegwijs] ${m}`),
  // The local clock to start at (as POST /dev/klok sets it), and the crash tests' fault hook: local only.
  ...(process.env.WEGWIJS_KLOK ? { klok: new Date(process.env.WEGWIJS_KLOK) } : {}),
  ...(process.env.WEGWIJS_HOUD_VAST ? { houdVastNaVernietiging: process.env.WEGWIJS_HOUD_VAST } : {}),
});

const u = platform.url;
console.log(`
Wegwijs runs locally at ${u}   (${inMemory ? 'in memory: nothing is kept' : `data kept in ${dataDir}`})

  Health:   curl ${u}/health
  A token:  curl -s -X POST ${u}/dev/token -H 'content-type: application/json' \\
              -d '{"sub":"consulent-1","rol":"inburgeringsconsulent","org":"gemeente-0014","gemeenten":["0014"]}'
  Example:  TOKEN=$(curl -s -X POST ${u}/dev/token -H 'content-type: application/json' \\
              -d '{"sub":"consulent-1","rol":"inburgeringsconsulent","org":"gemeente-0014","gemeenten":["0014"]}' \\
              | sed -E 's/.*"token":"([^"]+)".*/\\1/')
            curl -s ${u}/v1/gemeenten/0014/profiel -H "authorization: Bearer $TOKEN"

  The contract: API.md beside this repository, and ${u}/v1/openapi.json
  Stop with Ctrl-C.
`);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`[wegwijs] ${signal}: stopping`);
  await platform.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

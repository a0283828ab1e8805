// `pnpm bench`: measures the platform's hot paths on this machine and prints medians. Run it alone (no other load);
// quote the figures of one run with this command. Never used for assertions in tests.
import { benchGateway } from './gateway';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';

const sections = [benchGateway];
for (const section of sections) {
  const rows = await section();
  for (const row of rows) console.log(row);
}
process.exit(0);

import type { Metafile } from 'esbuild';

/** An AWS SDK client package a bundle contains, found through the bundle's metafile. */
export interface SdkClient {
  /** The package name, e.g. `@aws-sdk/client-dynamodb`. */
  readonly pakket: string;
  /** The directory of the exact copy (version) the bundle used. */
  readonly map: string;
  /** The client class, e.g. `DynamoDBClient` (from its `dist-es/<Name>Client.js` module). */
  readonly klasse: string;
}

const CLIENT_MODULE =
  /^(.*[\\/]node_modules[\\/](@aws-sdk[\\/]client-[a-z0-9-]+))[\\/]dist-[a-z]+[\\/](\w+Client)\.js$/;

/**
 * The AWS SDK clients a bundle uses: every `@aws-sdk/client-*` whose client class module is among the metafile
 * inputs. The input paths are relative to `cwd` (esbuild's working directory when it built the bundle).
 */
export function sdkClientsIn(metafile: Metafile, resolveInput: (input: string) => string): SdkClient[] {
  const clients = new Map<string, SdkClient>();
  for (const input of Object.keys(metafile.inputs)) {
    const match = CLIENT_MODULE.exec(resolveInput(input));
    const [, map, pakket, klasse] = match ?? [];
    if (!map || !pakket || !klasse) continue;
    clients.set(pakket, { pakket: pakket.replaceAll('\\', '/'), map, klasse });
  }
  return [...clients.values()].sort((a, b) => a.pakket.localeCompare(b.pakket));
}

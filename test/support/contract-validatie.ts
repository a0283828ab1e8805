import { API_VERSION, HTTP_ROUTES, type HttpRoute, routeKey } from '@wegwijs/contracts';
import { isApiRoute, openApiDocument } from '@wegwijs/contracts/openapi';
import { matchPath } from '@wegwijs/local-kit';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/** A response that the OpenAPI document does not describe: the request, what was wrong, and the answer's status. */
export interface Schending {
  operatie: string;
  status: number;
  fout: string;
}

export interface Antwoord {
  method: string;
  /** The request path as sent, without query (e.g. `/v1/inburgeraars/01J.../traject`). */
  pad: string;
  status: number;
  headers: Headers;
  /** The parsed JSON body, or undefined when there was none. */
  body: unknown;
}

type Operation = {
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string; type?: string } }> }>;
};

const COMPONENTS_ID = 'https://wegwijs.nl/openapi/components';

/**
 * Checks real answers against the OpenAPI document the platform serves (the same function builds it): every answer
 * carries `API-Version`, its status is documented for the operation, and its body validates against the schema the
 * document gives for that status and media type (ajv, JSON Schema 2020-12 as OpenAPI 3.1 uses). Compiled once.
 */
export class ContractValidatie {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly operaties = new Map<string, Operation>();
  private readonly routes: readonly HttpRoute[] = HTTP_ROUTES.filter(isApiRoute);

  constructor(document: ReturnType<typeof openApiDocument> = openApiDocument()) {
    addFormats.default(this.ajv);
    this.ajv.addSchema({ $id: COMPONENTS_ID, $defs: document.components.schemas });
    for (const [pad, ops] of Object.entries(document.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        if (method === 'servers') continue;
        const volledig = pad === '/health' ? pad : `/v1${pad}`;
        this.operaties.set(`${method.toUpperCase()} ${volledig}`, op as Operation);
      }
    }
  }

  private validator(ref: string): ValidateFunction {
    let v = this.validators.get(ref);
    if (!v) {
      v = this.ajv.compile({ $ref: ref.replace('#/components/schemas/', `${COMPONENTS_ID}#/$defs/`) });
      this.validators.set(ref, v);
    }
    return v;
  }

  /** The route of a request, as the gateway finds it; undefined for anything the document does not cover. */
  private routeVan(method: string, pad: string): HttpRoute | undefined {
    return this.routes.find((r) => r.method === method && matchPath(r.path, pad) !== undefined);
  }

  /** The ways this answer departs from the document (empty when it conforms, or is not an API route). */
  controleer(a: Antwoord): Schending[] {
    const route = this.routeVan(a.method.toUpperCase(), a.pad);
    if (!route) return [];
    const operatie = routeKey(route);
    const fouten: string[] = [];
    if (a.headers.get('api-version') !== API_VERSION) {
      fouten.push(`API-Version header is ${a.headers.get('api-version')}, not ${API_VERSION}`);
    }
    const response = this.operaties.get(operatie)?.responses[String(a.status)];
    if (!response) {
      fouten.push(`status ${a.status} is not documented`);
    } else {
      const mediaType = (a.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
      const schema = response.content?.[mediaType]?.schema;
      const ref = schema?.$ref;
      // A documented answer without content (204 No Content) has no media type and no body.
      if (!response.content && !mediaType && (a.body === undefined || a.body === '' || a.body === null)) {
        return [];
      }
      if (!schema) fouten.push(`media type ${mediaType || '(none)'} is not documented for ${a.status}`);
      else if (!ref) {
        // An inline text schema (the regie monitor's CSV): the body is text.
        if (schema.type !== 'string' || typeof a.body !== 'string') fouten.push(`body is not the documented text`);
      } else {
        const valideer = this.validator(ref);
        if (!valideer(a.body)) {
          for (const e of valideer.errors ?? [])
            fouten.push(`body${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
        }
      }
    }
    return fouten.map((fout) => ({ operatie, status: a.status, fout }));
  }
}

let gedeeld: ContractValidatie | undefined;
/** One validator per test process: the schemas compile once. */
export const contractValidatie = () => {
  gedeeld ??= new ContractValidatie();
  return gedeeld;
};

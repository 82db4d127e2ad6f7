/** A child flow that answers its caller, and a caller's "Run a Child Flow", as the designer writes them. */
import { flowFile, getSecret } from '../helpers/flow-builders.js';

type Json = Record<string, unknown>;

export const CHILD_ID = '745e5d0d-f62e-ed11-9db1-000d3adabdfc';
export const CHILD_FILE = `Workflows/Rotate-${CHILD_ID.toUpperCase()}.json`;
export const MIDDLE_ID = '0b7c8a2e-1d3f-4e5a-9b6c-7d8e9f0a1b2c';
export const MIDDLE_FILE = `Workflows/Relay-${MIDDLE_ID}.json`;

/** "Run a Child Flow" calling the flow with this GUID. */
export const runChild = (id: string = CHILD_ID, runtime: Json = {}): Json => ({
  type: 'Workflow',
  inputs: { host: { workflowReferenceName: id }, body: { text: 'rotate' } },
  runAfter: {},
  ...runtime,
});

/** "Respond to a PowerApp or flow" with this body. */
export const respond = (body: unknown, runtime: Json = {}): Json => ({
  type: 'Response',
  kind: 'PowerApp',
  inputs: { statusCode: 200, body, schema: { type: 'object', properties: { key: { type: 'string' } } } },
  runAfter: {},
  ...runtime,
});

/** A child flow (manual trigger from a flow) that reads a secret and returns it, or returns `done`. */
export const childFlow = (returnsSecret: boolean): Json =>
  flowFile(
    {
      Get_secret: getSecret('OpenApiConnection', 'partner-api-key', { secureOutputs: true }),
      Respond_to_a_PowerApp_or_flow: respond(
        { key: returnsSecret ? "@{body('Get_secret')?['value']}" : 'done' },
        { runAfter: { Get_secret: ['Succeeded'] } },
      ),
    },
    { manual: { type: 'Request', kind: 'Button', inputs: { schema: {} } } },
  );

/** A flow that calls the child and returns what it answered (a chain). */
export const relayFlow = (): Json =>
  flowFile({
    Run_a_Child_Flow: runChild(),
    Respond_to_a_PowerApp_or_flow: respond(
      { key: "@body('Run_a_Child_Flow')?['key']" },
      { runAfter: { Run_a_Child_Flow: ['Succeeded'] } },
    ),
  });

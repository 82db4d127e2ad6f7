import { fg112 } from '../../src/rules/fg112-dynamic-secret-name.js';
import { flowFile, foreach, getSecret, listSecrets, scope, SHAPES } from '../helpers/flow-builders.js';
import { ruleTester, type InvalidCase, type RuleCase } from '../helpers/rule-tester.js';
import { compose, envVarSecret, ifElse, initVar, switchOf, until } from './secret-fixtures.js';

const S = { secureOutputs: true };

const valid: RuleCase[] = SHAPES.flatMap((shape) => [
  { name: `${shape}: literal secret name`, flow: flowFile({ Get_secret: getSecret(shape, 'api-key', S) }) },
  { name: `${shape}: name with a quote`, flow: flowFile({ Get_secret: getSecret(shape, "it's", S) }) },
  {
    name: `${shape}: dynamic name inside a Foreach (FG111 reports it)`,
    flow: flowFile({
      Loop: foreach("@triggerBody()?['names']", { Get_secret: getSecret(shape, "@items('Loop')", S) }),
    }),
  },
  {
    name: `${shape}: dynamic name from a vault listing (FG111 reports it)`,
    flow: flowFile({
      List_secrets: listSecrets(shape),
      Get_secret: getSecret(shape, "@first(body('List_secrets')?['value'])?['name']", S),
    }),
  },
]);
valid.push(
  {
    name: 'OpenApiConnection: literal name in an interpolation of literals',
    flow: flowFile({
      Get_secret: getSecret('OpenApiConnection', "@{'api'}-@{encodeURIComponent('key')}", S),
    }),
  },
  {
    name: 'Dataverse environment-variable secret with a literal name',
    flow: flowFile({ Get_env: envVarSecret('fg_ApiKey') }),
  },
);

const invalid: InvalidCase[] = SHAPES.flatMap((shape): InvalidCase[] => [
  {
    name: `${shape}: name from a variable initialised to a literal`,
    flow: flowFile({
      Init: initVar('name', 'api-key'),
      Get_secret: getSecret(shape, "@variables('name')", S),
    }),
    findings: [
      { action: 'Get_secret', severity: 'medium', message: ['"Get_secret" (Azure Key Vault ', 'expression'] },
    ],
  },
  {
    name: `${shape}: name from the trigger body`,
    flow: flowFile({ Get_secret: getSecret(shape, "@triggerBody()?['secretName']", S) }),
    findings: [{ action: 'Get_secret', severity: 'high', message: ['trigger "manual"'] }],
  },
  {
    name: `${shape}: name from trigger data through Compose, in an If else branch inside a Scope`,
    flow: flowFile({
      Name: compose("@toLower(triggerBody()?['name'])"),
      Try: scope({ Check: ifElse(true, {}, { Get_secret: getSecret(shape, "@{outputs('Name')}", S) }) }),
    }),
    findings: [{ action: 'Get_secret', severity: 'high' }],
  },
  {
    name: `${shape}: names from trigger data in Switch case and default`,
    flow: flowFile({
      Pick: switchOf(
        "@triggerBody()?['env']",
        { Prod: { Get_prod: getSecret(shape, "@concat('prod-', triggerBody()?['app'])", S) } },
        { Get_other: getSecret(shape, "@concat('dev-', triggerOutputs()?['body/app'])", S) },
      ),
    }),
    findings: [
      { action: 'Get_prod', severity: 'high' },
      { action: 'Get_other', severity: 'high' },
    ],
  },
]);
invalid.push(
  {
    name: 'Dataverse environment-variable secret with a name from the trigger',
    flow: flowFile({ Get_env: envVarSecret("@triggerBody()?['variable']") }),
    findings: [
      { action: 'Get_env', severity: 'high', message: ['(Microsoft Dataverse PerformUnboundAction)'] },
    ],
  },
  {
    name: 'OpenApiConnection: name computed after an Until loop from a non-trigger value',
    flow: flowFile({
      Wait: until('@equals(1, 1)', { Tick: compose('x') }),
      Get_secret: getSecret('OpenApiConnection', "@{utcNow('yyyy')}-key", S),
    }),
    findings: [{ action: 'Get_secret', severity: 'medium' }],
  },
);

ruleTester(fg112, { valid, invalid });

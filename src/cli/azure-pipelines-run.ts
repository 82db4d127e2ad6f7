import type * as Sarif from 'sarif';

/**
 * `run.automationDetails` for GitHub Advanced Security for Azure DevOps, from Azure Pipelines' predefined
 * variables (TF_BUILD=True marks a pipeline job). GHAzDO attaches a SARIF run to the build definition and
 * phase named here and drops a run without them; outside Azure Pipelines there is nothing true to write, so
 * nothing is written (null).
 */
export function azurePipelinesAutomation(env: NodeJS.ProcessEnv): Sarif.RunAutomationDetails | null {
  if ((env.TF_BUILD ?? '').toLowerCase() !== 'true') return null;
  const definitionId = /^-?\d+$/.test(env.SYSTEM_DEFINITIONID ?? '') ? env.SYSTEM_DEFINITIONID! : '-1';
  const phaseId = env.SYSTEM_PHASEID ?? '';
  const definitionName = env.BUILD_DEFINITIONNAME ?? '';
  const phaseName = env.SYSTEM_PHASENAME ?? '';
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(phaseId)) return null;
  if (!definitionName || !phaseName) return null;
  // `azuredevops/pipeline/build/<org>/<project>/<buildDefId>/<phaseId>/<branch>/<buildId>`, each part one segment.
  const org = organisation(env.SYSTEM_COLLECTIONURI ?? env.SYSTEM_TEAMFOUNDATIONCOLLECTIONURI ?? '');
  const parts = [
    org,
    env.SYSTEM_TEAMPROJECT ?? '',
    definitionId,
    phaseId,
    env.BUILD_SOURCEBRANCH ?? '',
    env.BUILD_BUILDID ?? '',
  ].map((p) => encodeURIComponent(p));
  return {
    id: `azuredevops/pipeline/build/${parts.join('/')}`,
    properties: {
      'azuredevops/pipeline/build/buildDefinitionId': definitionId,
      'azuredevops/pipeline/build/buildDefinitionName': definitionName,
      'azuredevops/pipeline/build/phaseId': phaseId,
      'azuredevops/pipeline/build/phaseName': phaseName,
    },
  };
}

/** `https://dev.azure.com/contoso/` → `contoso`; `https://contoso.visualstudio.com/` → `contoso`. */
function organisation(uri: string): string {
  const m = /^https:\/\/([^/]+)\/([^/]*)/i.exec(uri.trim());
  if (!m) return '';
  if (m[1].toLowerCase() === 'dev.azure.com') return m[2];
  return m[1].split('.')[0];
}

import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import "./chunk-IMH2DE2T.js";

// src/cli/azure-pipelines-run.ts
function azurePipelinesAutomation(env) {
  if ((env.TF_BUILD ?? "").toLowerCase() !== "true") return null;
  const definitionId = /^-?\d+$/.test(env.SYSTEM_DEFINITIONID ?? "") ? env.SYSTEM_DEFINITIONID : "-1";
  const phaseId = env.SYSTEM_PHASEID ?? "";
  const definitionName = env.BUILD_DEFINITIONNAME ?? "";
  const phaseName = env.SYSTEM_PHASENAME ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(phaseId)) return null;
  if (!definitionName || !phaseName) return null;
  const org = organisation(env.SYSTEM_COLLECTIONURI ?? env.SYSTEM_TEAMFOUNDATIONCOLLECTIONURI ?? "");
  const parts = [
    org,
    env.SYSTEM_TEAMPROJECT ?? "",
    definitionId,
    phaseId,
    env.BUILD_SOURCEBRANCH ?? "",
    env.BUILD_BUILDID ?? ""
  ].map((p) => encodeURIComponent(p));
  return {
    id: `azuredevops/pipeline/build/${parts.join("/")}`,
    properties: {
      "azuredevops/pipeline/build/buildDefinitionId": definitionId,
      "azuredevops/pipeline/build/buildDefinitionName": definitionName,
      "azuredevops/pipeline/build/phaseId": phaseId,
      "azuredevops/pipeline/build/phaseName": phaseName
    }
  };
}
function organisation(uri) {
  const m = /^https:\/\/([^/]+)\/([^/]*)/i.exec(uri.trim());
  if (!m) return "";
  if (m[1].toLowerCase() === "dev.azure.com") return m[2];
  return m[1].split(".")[0];
}
export {
  azurePipelinesAutomation
};

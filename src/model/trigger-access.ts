import { entries, isObject, own, str, type JsonPath } from '../json/json-path.js';
import type { Layout } from '../sources/types.js';
import type { TriggerAccess } from './types.js';

/** Where the trigger sits: what tells the platform apart. */
export interface TriggerPlace {
  layout: Layout;
  /** The container's `accessControl`, as written (undefined when absent). */
  accessControl: unknown;
  definitionPath: JsonPath;
}

/** The access of a Request trigger; null for every other trigger. */
export function triggerAccessOf(raw: Record<string, unknown>, place: TriggerPlace): TriggerAccess | null {
  if ((str(own(raw, 'type')) ?? '').toLowerCase() !== 'request') return null;
  if (isLogicApps(raw, place))
    return { platform: 'logic-apps', restricted: logicAppsRestricted(place.accessControl) };
  return { platform: 'power-automate', anyone: powerAutomateAnyone(raw) };
}

/**
 * `triggerAuthenticationType` values seen in exported flows: `All` (Anyone), `Tenant` (Any user in my
 * tenant), `User` + `triggerAllowedUsers` (Specific users in my tenant; blank means the tenant). Only
 * `All` and a missing value mean "anyone": flows saved before the setting existed have none, and the
 * platform treats them as Anyone (learn.microsoft.com/power-automate/oauth-authentication). An unknown
 * value is not reported: it cannot be `All`, and guessing would flag settings newer than this list.
 */
function powerAutomateAnyone(raw: Record<string, unknown>): 'all' | 'absent' | null {
  const value = own(own(raw, 'inputs'), 'triggerAuthenticationType');
  if (value === undefined || value === null || value === '') return 'absent';
  return typeof value === 'string' && value.toLowerCase() === 'all' ? 'all' : null;
}

/** Address ranges that admit every caller, so they restrict nothing. */
const OPEN_RANGES = new Set(['0.0.0.0-255.255.255.255', '0.0.0.0/0', '::/0', '*']);

/**
 * Logic Apps Consumption restricts trigger callers in `accessControl.triggers`: a list of caller IP ranges
 * (an empty list is "Only other Logic Apps") or Microsoft Entra ID authorization policies. An ARM expression
 * in place of either object cannot be judged and counts as a restriction (no guess, no false positive).
 */
function logicAppsRestricted(accessControl: unknown): boolean {
  if (accessControl === undefined || accessControl === null) return false;
  if (!isObject(accessControl)) return true;
  const triggers = own(accessControl, 'triggers');
  if (triggers === undefined || triggers === null) return false;
  if (!isObject(triggers)) return true;
  const ips = own(triggers, 'allowedCallerIpAddresses');
  if (typeof ips === 'string') return true;
  if (Array.isArray(ips)) {
    const open = ips.some((r) => OPEN_RANGES.has((str(own(r, 'addressRange')) ?? '').replace(/\s/g, '')));
    if (!open) return true;
  }
  const policies = own(own(triggers, 'openAuthenticationPolicies'), 'policies');
  return typeof policies === 'string' || entries(policies).length > 0;
}

/**
 * Logic Apps: the Standard and ARM layouts, a container with `accessControl`, or a `{ definition }`
 * workflow file or bare definition file (the root is the definition) whose trigger has no Power Automate
 * setting. Everything else (solutions, packages,
 * `properties.definition` files) is Power Automate, where a missing `triggerAuthenticationType` means Anyone.
 */
function isLogicApps(raw: Record<string, unknown>, place: TriggerPlace): boolean {
  const { layout } = place;
  if (layout === 'logic-apps-standard' || layout === 'arm-template') return true;
  if (place.accessControl !== undefined) return true;
  if (own(own(raw, 'inputs'), 'triggerAuthenticationType') !== undefined) return false;
  return layout === 'single-file' && place.definitionPath.length <= 1;
}

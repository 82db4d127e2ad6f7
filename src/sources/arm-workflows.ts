import { isObject, own, str, type JsonPath } from '../json/json-path.js';
import type { Container } from './definition-container.js';

/** Nested deployments deeper than this are not followed (real templates nest one or two levels). */
const MAX_ARM_DEPTH = 8;

/** A template and the one that holds it (a nested deployment's `properties.template` sits in its parent). */
interface Template {
  value: unknown;
  path: JsonPath;
  parent: Template | null;
}

const TEMPLATE_REF = /^\[\s*(parameters|variables)\s*\(\s*'((?:[^']|'')*)'\s*\)\s*\]$/i;

/**
 * A definition written `[parameters('x')]` or `[variables('x')]`: the parameter's `defaultValue` or the
 * variable, when it is an object in this template or an outer one (ARM's default `outer` scope for nested
 * deployments). Null when the value comes only at deployment time (a parameters file, a pipeline): then
 * the definition is not in this file, and the resource is not read (as a resource without a definition).
 */
function templateValue(
  ref: string,
  template: Template,
): { value: Record<string, unknown>; path: JsonPath } | null {
  const m = TEMPLATE_REF.exec(ref.trim());
  if (!m) return null;
  const name = m[2].replace(/''/g, "'");
  const parameter = m[1].toLowerCase() === 'parameters';
  for (let t: Template | null = template; t; t = t.parent) {
    const value = parameter
      ? own(own(own(t.value, 'parameters'), name), 'defaultValue')
      : own(own(t.value, 'variables'), name);
    if (isObject(value))
      return {
        value,
        path: parameter ? [...t.path, 'parameters', name, 'defaultValue'] : [...t.path, 'variables', name],
      };
  }
  return null;
}

/**
 * The `Microsoft.Logic/workflows` resources of an ARM template: at the top level, as child resources and
 * inside inline nested deployments, in both language versions (`resources` as an array, or in 2.0 an
 * object keyed by symbolic name). A definition may be inline or a parameter default / variable the
 * resource names. Empty when the document holds none.
 */
export function armContainers(doc: unknown): { arm: boolean; containers: Container[] } {
  const found: Array<Container & { name?: string }> = [];
  const root: Template = { value: doc, path: [], parent: null };
  const stack: Array<{ list: unknown; path: JsonPath; depth: number; template: Template }> = [
    { list: own(doc, 'resources'), path: ['resources'], depth: 0, template: root },
  ];
  while (stack.length > 0) {
    const { list, path, depth, template } = stack.pop()!;
    if (depth > MAX_ARM_DEPTH) continue;
    // languageVersion 2.0 templates hold `resources` as an object keyed by symbolic name.
    const keys: Array<string | number> = Array.isArray(list)
      ? list.map((_, i) => i)
      : isObject(list)
        ? Object.keys(list)
        : [];
    for (let n = keys.length - 1; n >= 0; n--) {
      const i = keys[n];
      const r: unknown = Array.isArray(list) ? list[i as number] : own(list, i as string);
      // `existing: true` declares a resource deployed elsewhere: nothing of it is deployed from here.
      if (own(r, 'existing') === true) continue;
      const type = str(own(r, 'type'))?.toLowerCase();
      const rp = own(r, 'properties');
      const definition = isObject(rp) ? own(rp, 'definition') : undefined;
      if (type === 'microsoft.logic/workflows' && isObject(rp) && isObject(definition)) {
        found.push({
          containerPath: [...path, i, 'properties'],
          container: rp,
          resourceKey: null,
          name: str(own(r, 'name')),
        });
      } else if (type === 'microsoft.logic/workflows' && isObject(rp) && typeof definition === 'string') {
        const at = templateValue(definition, template);
        if (at)
          found.push({
            containerPath: [...path, i, 'properties'],
            // The resource as deployed: its properties with the definition the expression names.
            container: { ...rp, definition: at.value },
            definitionPath: at.path,
            resourceKey: null,
            name: str(own(r, 'name')),
          });
      }
      if (type === 'microsoft.resources/deployments') {
        const t = own(rp, 'template');
        const tPath = [...path, i, 'properties', 'template'];
        stack.push({
          list: own(t, 'resources'),
          path: [...tPath, 'resources'],
          depth: depth + 1,
          template: { value: t, path: tPath, parent: template },
        });
      }
      stack.push({ list: own(r, 'resources'), path: [...path, i, 'resources'], depth: depth + 1, template });
    }
  }
  found.sort((a, b) => comparePaths(a.containerPath, b.containerPath));
  const names = new Map<string, number>();
  for (const f of found) if (f.name) names.set(f.name, (names.get(f.name) ?? 0) + 1);
  const containers = found.map(({ name, ...c }) => ({
    ...c,
    resourceKey: name && names.get(name) === 1 ? name : armIndexKey(c.containerPath),
    ...(name ? { resourceName: name } : {}),
  }));
  return { arm: found.length > 0, containers };
}

/** `resources[3]` or `resources[0].properties.template.resources[1]`: the resource's place in the template. */
function armIndexKey(containerPath: JsonPath): string {
  return containerPath
    .slice(0, -1)
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');
}

function comparePaths(a: JsonPath, b: JsonPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] === b[i]) continue;
    if (typeof a[i] === 'number' && typeof b[i] === 'number') return (a[i] as number) - (b[i] as number);
    return String(a[i]) < String(b[i]) ? -1 : 1;
  }
  return a.length - b.length;
}

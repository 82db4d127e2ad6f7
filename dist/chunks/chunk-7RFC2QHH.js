import { createRequire as __fgCreateRequire } from 'node:module'; const require = __fgCreateRequire(import.meta.url);
import {
  CONFIG_FILE_NAMES,
  ConfigError,
  parseConfigText
} from "./chunk-O7VUNXFT.js";

// src/engine/revision-config.ts
async function configAtRevision(git, rev, file, label = "revision") {
  const read = (rel2) => git.run(["cat-file", "blob", `${rev}:${rel2}`]).catch(() => null);
  const candidates = file ? [file] : [...CONFIG_FILE_NAMES];
  const found = (await Promise.all(candidates.map(async (rel2) => ({ rel: rel2, content: await read(rel2) })))).filter((c) => c.content !== null);
  if (found.length > 1)
    throw new ConfigError(
      `both ${found.map((c) => c.rel).join(" and ")} exist in ${label} ${rev.slice(0, 7)}: keep one`
    );
  if (found.length === 0) return { config: {}, file: null, content: null };
  const { rel, content } = found[0];
  const config = await parseConfigText(content.toString("utf8"), `${rel} (${label} ${rev.slice(0, 7)})`);
  return { config, file: rel, content };
}

export {
  configAtRevision
};

/**
 * A reader of Azure Pipelines logging commands modelled on the agent's own (`Command.TryParse` and
 * `CommandStringConvertor.Unescape` in microsoft/azure-pipelines-agent): the command starts at the first
 * `##vso[` of a line, properties run to the first `]`, split on `;` then on the first `=`; values and the
 * message are unescaped (`%3B`, `%0D`, `%0A`, `%5D`, then `%AZP25` → `%`).
 */
export interface LoggingCommand {
  /** Where `##vso[` starts in the line (the agent accepts it anywhere). */
  at: number;
  area: string;
  event: string;
  properties: Record<string, string>;
  data: string;
}

function unescape(text: string): string {
  return text
    .replace(/%3B/g, ';')
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%5D/g, ']')
    .replace(/%AZP25/g, '%');
}

export function parseLoggingCommand(line: string): LoggingCommand | null {
  const at = line.indexOf('##vso[');
  if (at < 0) return null;
  const close = line.indexOf(']', at);
  if (close < 0) return null;
  const head = line.slice(at + '##vso['.length, close);
  const space = head.indexOf(' ');
  const name = space < 0 ? head : head.slice(0, space);
  const [area = '', event = ''] = name.split('.');
  const properties: Record<string, string> = {};
  for (const pair of (space < 0 ? '' : head.slice(space + 1)).split(';')) {
    if (pair.trim() === '') continue;
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    properties[key] = eq < 0 ? '' : unescape(pair.slice(eq + 1));
  }
  return { at, area, event, properties, data: unescape(line.slice(close + 1)) };
}

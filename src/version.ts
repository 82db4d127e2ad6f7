/** The released version; a test keeps it equal to package.json's. */
export const VERSION = '0.1.0';
export const TOOL_NAME = 'flowguard';
/** Where rule documentation pages live, for links in reports. */
export const DOCS_BASE_URL = 'https://github.com/flowguard/flowguard/blob/main/docs/rules/';

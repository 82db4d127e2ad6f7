/** A configuration file or value flowguard cannot use: exit 2 with a message naming the file and key. */
export class ConfigError extends Error {}

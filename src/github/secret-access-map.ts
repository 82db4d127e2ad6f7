/** Moved to report/ (a human format renders it too); kept so existing imports keep working. */
export * from '../report/secret-access-map.js';

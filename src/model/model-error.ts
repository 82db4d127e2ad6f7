/** A flow object that is not a usable definition (FG001). */
export class ModelError extends Error {}

/**
 * The form-definition schema lives with the service standard it belongs to (src/corpus), so the
 * corpus and index layers do not import the forms feature. Re-exported for the forms code.
 *
 * @example
 * import { FormDefinitionSchema, type FormField } from "./definition.js";
 */
export * from "../corpus/form-definition.js";

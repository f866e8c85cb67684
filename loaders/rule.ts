/**
 * What every extraction rule is: an id (recorded on the evidence of each fact it produces), a
 * one-line purpose, and a worked example from a train document of the development corpus. Rules of
 * a stage live one per file and are applied in the order of their stage's list: earlier rules take
 * precedence over later ones.
 */
export interface RuleInfo {
  /** `<stage>/<name>`, e.g. `role/closing-parenthesis`. */
  id: string;
  purpose: string;
  example: { doc: string; text: string };
}

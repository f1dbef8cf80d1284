/** A finding as every report shows it (design contract §3.3). */
import type { Fix } from './fixes.js';
import type { MessageData, Severity } from './rule-api.js';

export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly agent: string;
  readonly predicts: readonly string[];
  readonly remedy: string;
  /**
   * Other places the finding concerns (a fleet finding's agents that agree, where the deviating agent differs
   * from them); absent when there are none. SARIF shows them as relatedLocations.
   */
  readonly related?: readonly Pick<Finding, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'>[];
  /**
   * The text of the line the finding points at (its first line), with everything after a secret-bearing name
   * dropped and known secret values masked (design §3.8): what the HTML report shows as the source line.
   */
  readonly sourceLine: string;
  readonly messageId: string;
  readonly data: MessageData;
  /**
   * Identifies the finding independently of its line number: rule, file, message id and the (secret-free)
   * text of the line it points at, plus the occurrence among identical ones. Baselines and SARIF use it.
   */
  readonly fingerprint: string;
  /** Edits in `file` that `lint --fix` applies (see engine/fixes.ts for what the offsets count). */
  readonly fix?: Fix;
  /** Edits a person may choose to apply; never applied by --fix. */
  readonly suggestions?: readonly Fix[];
  /** Only on a waived finding: the waiver that silenced it (SARIF shows it as an in-source suppression). */
  readonly waiver?: Waiver;
}

/** An inline waiver as a waived finding carries it. */
export interface Waiver {
  /** The reason written after ` -- `, its file's secret values masked and control characters escaped. */
  readonly reason: string;
  /** Where the waiver comment is written. */
  readonly location: Pick<Finding, 'file' | 'line' | 'column' | 'endLine' | 'endColumn'>;
}

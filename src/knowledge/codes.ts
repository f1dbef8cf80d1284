/**
 * The log code catalog: one data file per product in codes/, each validated against schemas/codes.schema.json.
 */
import cams from './codes/cams.json' with { type: 'json' };
import cleartrust from './codes/cleartrust.json' with { type: 'json' };

export interface LogCode {
  readonly id: string;
  readonly product: 'cleartrust' | 'cams';
  readonly family: string;
  readonly logged: string;
  /** For ClearTrust messages without a CT_ token: text fragments that identify the message in a log line. */
  readonly matches?: readonly string[];
  /** Other ways the sources write the code (`CT_SOCKET_ERRORS`), accepted by explain. */
  readonly spellings?: readonly string[];
  readonly meaning: string;
  readonly causes: readonly string[];
  readonly settings: readonly string[];
  readonly remedy: string;
  readonly predictable: boolean;
  readonly sources: readonly string[];
  readonly confidence: 'documented' | 'inferred';
}

export const logCodes: ReadonlyMap<string, LogCode> = new Map([cleartrust, cams].flatMap((file) => file.codes as LogCode[]).map((code) => [code.id, code]));

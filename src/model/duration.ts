/**
 * Durations as ClearTrust agents write them (`30 Secs`, `10 Mins`, `1 Hrs`, `8 Hrs`; domain note §1 "dur")
 * and as users write them on the command line or in `.webagent-lint.yaml` (`55m`, `1h`, `90s`, `1h30m`,
 * or the agent form `50 Mins`).
 */

export type AgentDurationResult =
  | { readonly kind: 'ok'; readonly seconds: number }
  /** A number without a unit: which unit the agent assumes is not documented (domain note §2b). */
  | { readonly kind: 'ambiguous'; readonly number: number }
  | { readonly kind: 'invalid' };

// Only seconds, minutes and hours are seen in real files; other unit words are reported as invalid.
const UNIT_SECONDS: Readonly<Record<string, number>> = {
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
};

const AGENT_DURATION = /^(\d+)\s*([A-Za-z]+)?$/;

/** Parse an agent duration: an integer and a unit word in any case, singular or plural. */
export function parseAgentDuration(text: string): AgentDurationResult {
  const match = AGENT_DURATION.exec(text.trim());
  if (!match) return { kind: 'invalid' };
  const number = Number(match[1]);
  const unit = match[2];
  if (unit === undefined) return number === 0 ? { kind: 'ok', seconds: 0 } : { kind: 'ambiguous', number };
  const factor = UNIT_SECONDS[unit.toLowerCase()];
  return factor === undefined ? { kind: 'invalid' } : { kind: 'ok', seconds: number * factor };
}

const COMPACT_PART = /(\d+(?:\.\d+)?)\s*(d|h|m|s)/gy;

/**
 * Parse a duration given by the user: compact (`55m`, `1h30m`, `90s`, `1.5h`) or the agent form (`50 Mins`).
 * Returns undefined when the text is neither; a bare number is rejected because its unit would be a guess.
 */
export function parseUserDuration(text: string): number | undefined {
  const trimmed = text.trim();
  const agent = parseAgentDuration(trimmed);
  if (agent.kind === 'ok') return agent.seconds;
  if (trimmed === '') return undefined;
  let seconds = 0;
  COMPACT_PART.lastIndex = 0;
  let consumed = 0;
  for (let match = COMPACT_PART.exec(trimmed); match; match = COMPACT_PART.exec(trimmed)) {
    const factor = { d: 86400, h: 3600, m: 60, s: 1 }[match[2] as 'd' | 'h' | 'm' | 's'];
    seconds += Number(match[1]) * factor;
    consumed = COMPACT_PART.lastIndex;
  }
  return consumed === trimmed.length ? Math.round(seconds) : undefined;
}

/** Human wording: `1 hour`, `55 minutes`, `1 hour 30 minutes`, `15 seconds`. */
export function describeDuration(seconds: number): string {
  if (seconds === 0) return '0 seconds';
  const parts: string[] = [];
  let rest = seconds;
  for (const [unit, size] of [
    ['day', 86400],
    ['hour', 3600],
    ['minute', 60],
    ['second', 1],
  ] as const) {
    const count = Math.floor(rest / size);
    if (count > 0) parts.push(`${count} ${unit}${count === 1 ? '' : 's'}`);
    rest -= count * size;
  }
  return parts.join(' ');
}

/** The same duration in the agent's own syntax, choosing the largest unit that divides it exactly. */
export function toAgentSyntax(seconds: number): string {
  if (seconds > 0 && seconds % 3600 === 0) return `${seconds / 3600} Hrs`;
  if (seconds > 0 && seconds % 60 === 0) return `${seconds / 60} Mins`;
  return `${seconds} Secs`;
}

/**
 * A pool refresh "slightly less than the firewall's idle timeout" (RSA KB 000025051, remedy 1): about 5% below
 * it, rounded down to 5 minutes (to a minute, or 10 seconds less, for short timeouts). How much less is ours.
 */
export function slightlyBelow(seconds: number): number {
  if (seconds <= 120) return Math.max(1, seconds - 10);
  const target = seconds - Math.max(60, seconds * 0.05);
  const step = target >= 900 ? 300 : 60;
  return Math.floor(target / step) * step;
}

/** Approximate length of a measured interval: seconds below 2 minutes, minutes below 3 hours, hours above. */
export function describeInterval(seconds: number): string {
  if (seconds < 120) return `${Math.round(seconds)} seconds`;
  if (seconds < 3 * 3600) return `${Math.round(seconds / 60)} minutes`;
  return `${Math.round((seconds / 3600) * 10) / 10} hours`;
}

// Types of the benchmark generators, for the tests that reuse them.
export const random: (seed: number) => () => number;
export function generateClearTrustFleet(dir: string, count: number, seed: number): { count: number; bytes: number };
export function generateCtagentLog(file: string, bytes: number, seed: number): { bytes: number };
export function generateCamsDomain(dir: string, permissions: number, seed: number): { permissions: number; bytes: number };

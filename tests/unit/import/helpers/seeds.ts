import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PlanSummary } from './plan-summary';

export const SEED_NAMES = [
  '000_887fce41ce3b9e6c', '001_ca82d0a5fedf39b1', '002_59692cf78eb3dc0c', '003_5cb87e2d2ab2f10e', '004_c4e12caab4fdde4e',
] as const;

const root = fileURLToPath(new URL('../../../../', import.meta.url));

export function seedText(name: string): string {
  return readFileSync(`${root}seeds/${name}.txt`, 'utf8');
}

export function seedPlanJson(name: string): unknown {
  return JSON.parse(readFileSync(`${root}seeds/${name}.plan.json`, 'utf8'));
}

export function golden(name: string): PlanSummary {
  return JSON.parse(readFileSync(`${root}tests/fixtures/seeds/${name}.golden.json`, 'utf8')) as PlanSummary;
}

/**
 * Ids of the documents in the catalogue of sources (domain/sources/catalogue.ts). A rule cites one of them plus a place inside
 * it (domain/core/rule.ts `SourceRef`), so TypeScript refuses a rule whose document is not catalogued.
 * Naming: <short name>-<year of the document>.
 */
export const SOURCE_IDS = [
  'qd132-2018',
  'hd21-2019',
  'cv04-binh-dinh-2020',
  'nd90-2020',
  'qd124-2023',
  'hd25-2023',
  'hd-thanh-uy-ha-tinh-2023',
  'cv1058-sgddt-hcm-2024',
  'qd366-2025',
  'hd43-2025',
  'kh13-hd01-hcm-2025',
  'kl198-2025',
  'nd335-2025',
  'luat-vien-chuc-2025',
  'hd36-vptw-2018',
  'hd05-vptw-2026',
  'hd02-2026',
  'nd233-2026',
] as const;

export type SourceId = (typeof SOURCE_IDS)[number];

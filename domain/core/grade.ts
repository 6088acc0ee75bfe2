/** The four quality grades, used by every rulebook (QĐ 132, QĐ 124, QĐ 366). */
export const GRADES = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_LABELS: Record<Grade, string> = {
  HTXSNV: 'Hoàn thành xuất sắc nhiệm vụ',
  HTTNV: 'Hoàn thành tốt nhiệm vụ',
  HTNV: 'Hoàn thành nhiệm vụ',
  KHTNV: 'Không hoàn thành nhiệm vụ',
};

/** Higher is better: HTXSNV = 3 … KHTNV = 0. */
export function gradeRank(grade: Grade): number {
  return GRADES.length - 1 - GRADES.indexOf(grade);
}

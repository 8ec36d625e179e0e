/** Value helpers for mapping files: ids from names, and the date styles real exports use. */

/** A stable id from a name: NFKC, lower case, runs of other characters → one hyphen. */
export function slugOf(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * 2024-04-01, 2024/4/1 and 2024年4月1日 (kintone, Japanese Salesforce), 4/1/2024 (US-locale
 * Salesforce: month first), 01 Apr 2024 (LinkedIn). Anything else is returned unchanged, so
 * validation reports it with its own text.
 */
export function mappedDate(text: string): string {
  const s = text.trim().normalize('NFKC');
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$/.exec(s);
  if (m) return `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: .*)?$/.exec(s);
  if (m) return `${m[3]}-${pad(Number(m[1]))}-${pad(Number(m[2]))}`;
  m = /^(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})$/.exec(s);
  const month = m ? MONTHS.indexOf(m[2]!.toLowerCase()) : -1;
  if (m && month >= 0) return `${m[3]}-${pad(month + 1)}-${pad(Number(m[1]))}`;
  return text;
}

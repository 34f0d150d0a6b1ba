import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Log, ReportingDescriptor, Result } from 'sarif'
import type { DatasetReport } from '../dataset/analyze-dataset.js'
import { FINDING_CODES, type FindingCode, type Severity } from '../dataset/findings.js'
import { urlPath } from './escape.js'

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', notice: 'note' }
const HELP_URI = 'https://github.com/fine-tune-action/fine-tune-action#what-is-checked'

/**
 * The findings as a SARIF 2.1.0 log, for GitHub code scanning (upload-sarif) and editors: one rule per finding code
 * that occurs, one result per finding, located by the file's path (relative, as the report names it) and its line.
 */
export function sarifLog(report: DatasetReport, version: string): Log {
  const findings = report.files.flatMap(f => f.findings)
  const codes = [...new Set(findings.map(f => f.code))].sort()
  const rules: ReportingDescriptor[] = codes.map(code => ({
    id: code,
    name: code,
    shortDescription: { text: FINDING_CODES[code].rule },
    defaultConfiguration: { level: LEVEL[FINDING_CODES[code].severity] },
    helpUri: HELP_URI,
  }))
  const ruleIndex = new Map<FindingCode, number>(codes.map((code, i) => [code, i]))
  const results: Result[] = findings.map(f => ({
    ruleId: f.code,
    ruleIndex: ruleIndex.get(f.code),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(f.file),
          ...(f.line !== null && { region: { startLine: f.line } }),
        },
      },
    ],
  }))
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'fine-tune-action', version, informationUri: HELP_URI.split('#')[0], rules } },
        results,
      },
    ],
  }
}

/**
 * Where a file is, as SARIF wants it: a URI, so a name from a pull request (`a b#1%.jsonl`) is percent-encoded, and
 * relative to the repository root unless the file lies outside it (an absolute path, as a file URL).
 */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (path.isAbsolute(file)) return { uri: pathToFileURL(file).href }
  return { uri: urlPath(file.replaceAll('\\', '/')), uriBaseId: '%SRCROOT%' }
}

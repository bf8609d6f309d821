// Messages of the developer page 开发者 and the case's 强制报告 download (issue 13); spread into src/i18n/{zh-CN,en}.ts.
export const developerZhCN = {
  'developer.nav': '开发者',
  'developer.title': '开发者',
  'developer.subtitle': '供对接系统使用的 GraphQL 接口说明。',
  'developer.endpoint': '接口地址',
  'developer.endpointBody': '查询和变更均以 POST JSON 发往此地址。',
  'developer.curl': '用 curl 调用',
  'developer.curlBody': '令牌放在 Authorization 请求头中，由管理员签发。',
  'developer.codegen': '生成类型化客户端',
  'developer.codegenBody': '用 graphql-codegen 从接口结构生成 TypeScript 类型。',
  'developer.schema': '接口结构（SDL）',
  'developer.schemaBody': '弃用字段标有 @deprecated 及原因；破坏性变更先在变更记录中说明。',
  'developer.download': '下载 schema.graphql',
  'developer.changelog': '变更记录',
  'developer.loadFailed': '无法加载，请稍后重试。',
  'developer.mandatoryReport': '强制报告导出',
  'developer.mandatoryReportBody':
    'GET /api/cases/:id/mandatory-report.json，字段见 docs/MANDATORY-REPORT.md；儿童身份仅对知情范围内的导出人包含。',
  'mandatoryReport.export': '导出强制报告（JSON）',
  'mandatoryReport.hint': '儿童身份仅在您属于知情范围时包含。',
  'mandatoryReport.exported': '已导出 {name}',
  'mandatoryReport.refused': '您无权导出本案的强制报告。',
  'mandatoryReport.failed': '导出失败，请稍后重试。',
};

export const developerEn: Record<keyof typeof developerZhCN, string> = {
  'developer.nav': 'Developers',
  'developer.title': 'Developers',
  'developer.subtitle':
    'For integrating systems: the GraphQL API’s schema, an example call, a typed client and the changelog.',
  'developer.endpoint': 'Endpoint',
  'developer.endpointBody': 'Every query and mutation goes to one GraphQL address, as POST with JSON.',
  'developer.curl': 'Calling it with curl',
  'developer.curlBody':
    'An API client’s token goes in the Authorization header (issued once by an administrator under API clients).',
  'developer.codegen': 'Generating a typed client',
  'developer.codegenBody':
    'graphql-codegen generates TypeScript types from the schema below, so the queries in your code are type-checked.',
  'developer.schema': 'Schema (SDL)',
  'developer.schemaBody':
    'Deprecated fields carry @deprecated with a reason; a breaking change happens only after the changelog announces it.',
  'developer.download': 'Download schema.graphql',
  'developer.changelog': 'Changelog',
  'developer.loadFailed': 'Could not load; please try again later.',
  'developer.mandatoryReport': 'Mandatory-report export',
  'developer.mandatoryReportBody':
    'One case as the mandatory-report JSON: GET /api/cases/:id/mandatory-report.json, fields described in docs/MANDATORY-REPORT.md. The child’s identity only when the exporter is in the need-to-know group.',
  'mandatoryReport.export': 'Export mandatory report (JSON)',
  'mandatoryReport.hint':
    'Exports this case as the procuratorate’s mandatory report asks; the child’s identity only if you are in the need-to-know group.',
  'mandatoryReport.exported': 'Exported {name}',
  'mandatoryReport.refused': 'You may not export this case’s mandatory report.',
  'mandatoryReport.failed': 'The export failed; please try again later.',
};

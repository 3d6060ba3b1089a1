/**
 * @xmppsec/scanner — probe and grade the TLS, certificates, identity, SASL and DNS of an
 * XMPP domain, without a database.
 */
export { scanDomain, scanDomains, SCANNER_VERSION, ScanOptionsError } from './scan/scan-domain.ts';
export type { ScanOptions, ScanProgressEvent } from './scan/scan-domain.ts';
export type { ClientCertificate } from './scan/scan-endpoint.ts';
export { gradeReport, gradeTarget, worstGrade, compareGrades, gradeAtLeast } from './grade/grade.ts';
export { CATALOG as FINDINGS } from './grade/catalog.ts';
export type { FindingCode } from './grade/catalog.ts';
export { renderReportText } from './report/render-text.ts';
export type { RenderOptions } from './report/render-text.ts';
export { scanReportJsonSchema } from './report/schema.ts';
export { GRADES } from './report/types.ts';
export type * from './report/types.ts';
export { matchIdentity } from './identity/match-identity.ts';
export type { IdentityResult, IdentityMethod, IdentityProblem, PresentedIdentities, XmppMode } from './identity/match-identity.ts';
export { normaliseDomain, toAsciiDomain, DomainNameError } from './identity/domain-name.ts';
export { parseCertificate, pemToDers, CertificateParseError } from './cert/x509.ts';
export type { CertificateInfo, ParsedCertificate } from './cert/x509.ts';
export { scanCommand } from './cli.ts';
export type { CliCommand, CliIo } from './cli.ts';

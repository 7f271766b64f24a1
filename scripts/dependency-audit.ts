import { spawnSync } from 'node:child_process';

/**
 * Known high or critical vulnerabilities in the dependencies that ship (devDependencies left
 * out). A registry that cannot be asked is reported, not counted as a failure: the build must not
 * depend on the advisory service being up, and the next run asks again.
 */
interface AuditReport {
  vulnerabilities?: Record<string, { severity: string; via: unknown[]; fixAvailable: unknown }>;
  metadata?: { vulnerabilities: Record<string, number> };
  error?: { code?: string; summary?: string };
  message?: string;
}

const { stdout, error } = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
  encoding: 'utf8',
  maxBuffer: 32 * 1024 * 1024,
});
let report: AuditReport | undefined;
try {
  report = JSON.parse(stdout) as AuditReport;
} catch {
  report = undefined;
}

if (error || !report?.metadata) {
  const reason = error?.message ?? report?.message ?? report?.error?.summary ?? report?.error?.code ?? 'réponse illisible';
  console.log(`Audit des dépendances impossible : le registre npm ne répond pas au service d'avis de sécurité (${reason}).`);
  console.log("Ce n'est pas compté comme un échec ; relancez « npm audit --omit=dev » quand le registre est joignable.");
  process.exit(0);
}

const serious = Object.entries(report.vulnerabilities ?? {}).filter(([, entry]) => entry.severity === 'high' || entry.severity === 'critical');
const counts = report.metadata.vulnerabilities;
console.log(
  `Dépendances livrées : ${counts.critical ?? 0} critique(s), ${counts.high ?? 0} élevée(s), ${counts.moderate ?? 0} modérée(s), ${counts.low ?? 0} faible(s).`,
);
if (serious.length === 0) process.exit(0);
for (const [name, entry] of serious) {
  console.log(`  ${name} : gravité ${entry.severity === 'critical' ? 'critique' : 'élevée'}${entry.fixAvailable ? ' (correctif disponible : npm audit fix)' : ''}`);
}
process.exit(1);

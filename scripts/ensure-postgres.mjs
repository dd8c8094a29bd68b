// PostgreSQL for the tests. As a module: ensurePostgresCluster(), createThrowawayRole(), dropRole().
// As a command:
//   node scripts/ensure-postgres.mjs              make sure a cluster runs (installs/starts it when we are root)
//   node scripts/ensure-postgres.mjs CMD ARGS…    also create a throwaway role + database, run CMD with
//                                                 TEST_DATABASE_URL set to it, then drop them (npm test uses this)
// With TEST_DATABASE_URL already set (a role allowed to CREATE DATABASE), nothing is started or created.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export class PostgresUnavailableError extends Error {}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  return { ok: result.status === 0, stdout: result.stdout ?? '', stderr: result.stderr ?? (result.error?.message ?? '') };
}

const HOW_TO = [
  'The storage tests need PostgreSQL (15 or newer) and none could be started here.',
  'On Debian/Ubuntu, as root:',
  '  apt-get update && apt-get install -y postgresql',
  '  pg_ctlcluster 15 main start        # or: pg_lsclusters, then pg_ctlcluster <version> <name> start',
  'or point TEST_DATABASE_URL at a role that may create databases, e.g.',
  "  sudo -u postgres psql -c \"CREATE ROLE picpik_test LOGIN CREATEDB PASSWORD 'picpik_test'\"",
  '  export TEST_DATABASE_URL=postgres://picpik_test:picpik_test@127.0.0.1:5432/postgres',
].join('\n');

function clusters() {
  const listed = run('pg_lsclusters', ['--no-header']);
  if (!listed.ok) return null;
  return listed.stdout
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((fields) => fields.length >= 4)
    .map(([version, name, port, status]) => ({ version, name, port: Number(port), online: status.startsWith('online') }))
    .sort((a, b) => Number(b.version) - Number(a.version));
}

/** A running local cluster: started when stopped, installed with apt when missing and we are root. */
export function ensurePostgresCluster(log = console.log) {
  let found = clusters();
  if ((found === null || found.length === 0) && isRoot) {
    log('PostgreSQL is not installed: installing the Debian package "postgresql" (apt-get)…');
    run('sh', ['-c', 'apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql'], { stdio: 'inherit' });
    found = clusters();
  }
  if (found !== null && found.length === 0 && isRoot) {
    // Installed without a cluster (e.g. create_main_cluster = false): make the default one.
    const version = run('ls', ['/usr/lib/postgresql']).stdout.split('\n').filter(Boolean).sort((a, b) => Number(b) - Number(a))[0];
    if (version) {
      log(`Creating PostgreSQL cluster ${version}/main…`);
      run('pg_createcluster', [version, 'main']);
      found = clusters();
    }
  }
  const cluster = found?.[0];
  if (!cluster) throw new PostgresUnavailableError(HOW_TO);
  if (!cluster.online) {
    if (!isRoot) throw new PostgresUnavailableError(`PostgreSQL ${cluster.version}/${cluster.name} is stopped. Start it with:\n  sudo pg_ctlcluster ${cluster.version} ${cluster.name} start`);
    log(`Starting PostgreSQL ${cluster.version}/${cluster.name}…`);
    const started = run('pg_ctlcluster', [cluster.version, cluster.name, 'start']);
    if (!started.ok) throw new PostgresUnavailableError(`pg_ctlcluster ${cluster.version} ${cluster.name} start failed:\n${started.stderr}\n\n${HOW_TO}`);
  }
  return cluster;
}

/** psql as the postgres superuser (peer authentication): needs root, or sudo without a password. */
function superuserSql(port, sql) {
  const args = ['-X', '-q', '-A', '-t', '-p', String(port), '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-c', sql];
  const result = isRoot ? run('runuser', ['-u', 'postgres', '--', 'psql', ...args]) : run('sudo', ['-n', '-u', 'postgres', 'psql', ...args]);
  if (!result.ok) throw new PostgresUnavailableError(`psql as postgres failed (${result.stderr.trim()}).\n\n${HOW_TO}`);
  return result.stdout.split('\n').filter(Boolean);
}

/** A new login role that may create databases, and a database it owns; returns its URL. */
export function createThrowawayRole(cluster) {
  const name = `picpik_test_${randomBytes(6).toString('hex')}`;
  const password = randomBytes(18).toString('hex');
  superuserSql(cluster.port, `CREATE ROLE ${name} LOGIN CREATEDB PASSWORD '${password}'`);
  superuserSql(cluster.port, `CREATE DATABASE ${name} OWNER ${name}`);
  return { name, port: cluster.port, url: `postgres://${name}:${password}@127.0.0.1:${cluster.port}/${name}` };
}

/** Drops every database the role owns (test files make their own), then the role. */
export function dropRole(role) {
  const owned = superuserSql(role.port, `SELECT datname FROM pg_database WHERE datdba = (SELECT oid FROM pg_roles WHERE rolname = '${role.name}')`);
  for (const database of owned) superuserSql(role.port, `DROP DATABASE "${database}" WITH (FORCE)`);
  superuserSql(role.port, `DROP ROLE ${role.name}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [command, ...args] = process.argv.slice(2);
  try {
    if (process.env.TEST_DATABASE_URL) {
      if (!command) console.log('TEST_DATABASE_URL is set: using it.');
      process.exit(command ? (spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1) : 0);
    }
    const cluster = ensurePostgresCluster();
    if (!command) {
      console.log(`PostgreSQL ${cluster.version}/${cluster.name} is running on port ${cluster.port}.`);
      process.exit(0);
    }
    const role = createThrowawayRole(cluster);
    // Ctrl-C reaches the child too; this process stays to drop the role once the child is gone.
    for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => {});
    let status = 1;
    try {
      status = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, TEST_DATABASE_URL: role.url } }).status ?? 1;
    } finally {
      dropRole(role);
    }
    process.exit(status);
  } catch (error) {
    if (!(error instanceof PostgresUnavailableError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

"""Benchmark: a backup run and a restore drill of a ~1 GB PostgreSQL database, against the bare tools.

Budget (issue "Backups"): on a PostgreSQL database of about 1 GB, a backup run takes at most 2× the
time of ``pg_dump -Fc`` alone, and a restore drill at most 2× ``pg_restore`` alone, both measured in
the same run; memory stays flat (artifacts are streamed, never read into memory).

The database, ``bench_backups_1gb`` (``bench_backups_<N>mb`` for another ``BENCH_BACKUP_MB``), is
built on the server of ``BENCH_DATABASE_URL`` (a ``postgres://`` URL; ``postgres://postgres@
127.0.0.1:5432/postgres`` by default) with server-side ``INSERT … SELECT generate_series``: a narrow
table of many rows (numbers, dates, short text; two indexes), a table of ~800-character text
documents and a table of 4 KiB ``bytea`` attachments (stored out of line, in TOAST) with ``jsonb``
metadata and a foreign key to the documents. The text is MD5 hex and the bytes are MD5 digests, so
neither compresses much: the dump is about as large as a real one. The database is built once, frozen
and analysed, and reused by later runs (a marker table records its size and layout); ``BENCH_DROP=1``
drops it at the end. Nothing is read into this process while building it.

The portal's own path runs for real: a ``BackupPolicy`` copying that database as an "other
PostgreSQL database" (its URL in an environment variable), ``run_policy`` and then ``run_drill``,
restoring on the same server (``BACKUP_DRILL_DATABASE_URL``), so only a reachable PostgreSQL server
is needed: the portal's test database may be SQLite. Skipped without one (failed under CI=true).

Fairness: the tables are read once before anything is timed (so no step pays for a cold cache;
the database is frozen, so no first read writes hint bits), and ``sync`` plus a ``CHECKPOINT``
precede every timed step (so none pays for writing back what the one before left dirty: without
them ``pg_restore`` alone paid for the run's artifact and looked 50% slower than in the drill). The
order is: ``pg_dump -Fc`` alone, the backup run, ``pg_restore`` alone (of the run's own artifact,
into a fresh scratch database, timed without creating and dropping it), the drill (which creates
and drops its scratch database, checksums the artifact and reads the restored tables back: all of
it is timed). A printed breakdown says where each step's time went.

Memory: the high-water mark of this process's resident memory is reset (Linux ``clear_refs``)
before the run and before the drill, so ``ru_maxrss`` afterwards minus the resident memory at the
reset is what that step added at its peak; it must stay under 100 MB (under half the artifact for
a smaller ``BENCH_BACKUP_MB``), far below the artifact's size, which reading it into memory would
add whole. The peaks of ``pg_dump`` and ``pg_restore`` themselves are sampled from ``/proc`` and
printed (``RUSAGE_CHILDREN`` would report this process's size: a forked child starts from it).
"""

import os
import resource
import shutil
import subprocess
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import pytest
from psycopg import sql

from tests.conftest import require

SERVER_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/postgres")
SIZE_MB = int(os.environ.get("BENCH_BACKUP_MB", "1024"))
DATABASE = "bench_backups_1gb" if SIZE_MB == 1024 else f"bench_backups_{SIZE_MB}mb"
DROP_AT_END = os.environ.get("BENCH_DROP", "") == "1"
ENV_NAME = "BENCH_BACKUP_DB_URL"
RATIO_BUDGET = 2.0
RSS_BUDGET_MB = 100
#: Changes whenever the tables built below change: a database of another layout is rebuilt.
LAYOUT = 1

#: Rows per MB of database (tables, TOAST and indexes: about 192 bytes an event, 1 KB a document,
#: 5.8 KB an attachment, measured on this layout): 30% of the size in events, 35% in documents, 35% in
#: attachments.
EVENTS_PER_MB = 1620
DOCUMENTS_PER_MB = 345
ATTACHMENTS_PER_MB = 62
BODY_WORDS = 24
ATTACHMENT_DIGESTS = 256  # 16 bytes each: 4 KiB


def _digests(seed: str, count: int) -> str:
    """SQL concatenating ``count`` MD5 hex digests of ``seed`` (``concat`` takes at most 100 arguments,
    and a chain of ``||`` would copy the growing string once per digest)."""
    parts = [f"md5({seed} || ':{k}')" for k in range(count)]
    groups = [f"concat({', '.join(parts[i : i + 64])})" for i in range(0, count, 64)]
    return groups[0] if len(groups) == 1 else f"concat({', '.join(groups)})"


def _words(seed: str, count: int) -> str:
    return f"concat_ws(' ', {', '.join(f'md5({seed} || {k!r})' for k in range(count))})"


def _build_statements(size_mb: int) -> list[str]:
    events, documents = EVENTS_PER_MB * size_mb, DOCUMENTS_PER_MB * size_mb
    attachments = ATTACHMENTS_PER_MB * size_mb
    return [
        """CREATE TABLE events (
            id bigint PRIMARY KEY, happened_at timestamptz NOT NULL, account integer NOT NULL,
            amount numeric(12, 2) NOT NULL, status text NOT NULL, note text NOT NULL)""",
        f"""INSERT INTO events
            SELECT g, timestamptz '2020-01-01' + g * interval '17 seconds',
                   ('x' || substr(md5(g::text), 1, 7))::bit(28)::int,
                   (g * 7919 % 100000000) / 100.0,
                   (ARRAY['abierto', 'cerrado', 'pendiente', 'anulado'])[1 + g % 4],
                   md5(g::text || 'a') || ' ' || md5(g::text || 'b')
            FROM generate_series(1, {events}::bigint) g""",
        "CREATE INDEX events_account ON events (account, happened_at)",
        """CREATE TABLE documents (
            id bigint PRIMARY KEY, title text NOT NULL, body text NOT NULL, tags text[] NOT NULL,
            updated_at timestamptz NOT NULL)""",
        f"""INSERT INTO documents
            SELECT g, 'Documento ' || md5(g::text), {_words("g::text", BODY_WORDS)},
                   ARRAY['t' || g % 17, 't' || g % 31, 't' || g % 101],
                   timestamptz '2021-01-01' + g * interval '1 minute'
            FROM generate_series(1, {documents}::bigint) g""",
        """CREATE TABLE attachments (
            id bigint PRIMARY KEY, document_id bigint NOT NULL REFERENCES documents,
            meta jsonb NOT NULL, content bytea NOT NULL)""",
        f"""INSERT INTO attachments
            SELECT g, 1 + g % {documents},
                   jsonb_build_object(
                       'name', md5(g::text || 'n') || '.pdf', 'bytes', {ATTACHMENT_DIGESTS * 16},
                       'pages', g % 40, 'author', jsonb_build_object('id', g % 997, 'mail',
                       'u' || g % 997 || '@example.org'), 'sums', jsonb_build_array(
                       md5(g::text || 's1'), md5(g::text || 's2'))),
                   decode({_digests("g::text", ATTACHMENT_DIGESTS)}, 'hex')
            FROM generate_series(1, {attachments}::bigint) g""",
    ]


def _url_of(database: str) -> str:
    return urlsplit(SERVER_URL)._replace(path=f"/{database}").geturl()


def _exists(admin, database: str) -> bool:
    return admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [database]).fetchone() is not None


def _marker(database: str) -> tuple | None:
    with psycopg.connect(_url_of(database)) as connection:
        try:
            return connection.execute("SELECT size_mb, layout, built_seconds FROM bench_marker").fetchone()
        except psycopg.errors.UndefinedTable:
            return None


def _build(admin, database: str) -> float:
    started = time.monotonic()
    admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(database)))
    admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(database)))
    with psycopg.connect(_url_of(database), autocommit=True) as connection:
        connection.execute("SET maintenance_work_mem = '256MB'")
        for statement in _build_statements(SIZE_MB):
            connection.execute(statement)
        # Frozen and analysed: no timed step writes hint bits or meets autovacuum on these tables.
        connection.execute("VACUUM (FREEZE, ANALYZE)")
        seconds = time.monotonic() - started
        # Written last: a build that was interrupted has no marker and is built again.
        connection.execute("CREATE TABLE bench_marker (size_mb int, layout int, built_seconds float)")
        connection.execute("INSERT INTO bench_marker VALUES (%s, %s, %s)", [SIZE_MB, LAYOUT, seconds])
    return seconds


@pytest.fixture(scope="module")
def bench_database():
    """The URL of the ~``SIZE_MB`` database, its size, and how long it took to build (``None``: reused)."""
    require(shutil.which("pg_dump") and shutil.which("pg_restore"), "pg_dump and pg_restore")
    try:
        admin = psycopg.connect(SERVER_URL, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError:
        require(False, f"PostgreSQL at {SERVER_URL}")
    with admin:
        marker = _marker(DATABASE) if _exists(admin, DATABASE) else None
        if marker is not None and tuple(marker[:2]) == (SIZE_MB, LAYOUT):
            built, note = None, f"reused (built earlier in {marker[2]:.0f} s)"
        else:
            built = _build(admin, DATABASE)
            note = f"built now in {built:.0f} s"
        size = admin.execute("SELECT pg_database_size(%s)", [DATABASE]).fetchone()[0]
        print(f"\nDatabase {DATABASE}: {size / 2**20:.0f} MB, {note}")
        yield {"url": _url_of(DATABASE), "size": size, "note": note}
        if DROP_AT_END:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(DATABASE)))
            print(f"Database {DATABASE} dropped (BENCH_DROP=1)")


@pytest.fixture
def destination(tmp_path):
    folder = tmp_path / "copias"
    folder.mkdir()
    return folder


def _warm(url: str) -> float:
    """Read every table whole once (heap and TOAST) so that no timed step pays for a cold cache."""
    started = time.monotonic()
    with psycopg.connect(url) as connection:
        tables = connection.execute(
            "SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE c.relkind = 'r' AND n.nspname = 'public'"
        ).fetchall()
        for (table,) in tables:
            # ``t::text`` detoasts every column: the TOAST table is read too.
            connection.execute(
                sql.SQL("SELECT sum(length(t::text)) FROM {} AS t").format(sql.Identifier(table))
            )
    return time.monotonic() - started


def _settle() -> None:
    """Before a timed step: nothing left for it to write back from the steps before (the artifact
    just written, PostgreSQL's dirty buffers)."""
    os.sync()
    with psycopg.connect(SERVER_URL, autocommit=True) as connection:
        connection.execute("CHECKPOINT")


def _reset_peak_rss() -> bool:
    """Reset this process's resident-memory high-water mark (``ru_maxrss`` too); False if impossible."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _peak_growth_mb(step) -> tuple[object, float, bool]:
    """Run ``step()``; its result, how much it raised this process's peak resident memory (MB), and
    whether that is exact (the high-water mark could be reset first) or a lower bound."""
    exact = _reset_peak_rss()
    before = _rss_kb() if exact else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = step()
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return result, max(after - before, 0) / 1024, exact


class Timings:
    """Wraps functions of the portal's modules to time each call (the breakdown printed at the end)."""

    def __init__(self, monkeypatch):
        self.monkeypatch = monkeypatch
        self.seconds: dict[str, list[float]] = {}

    def wrap(self, module, name: str, label: str) -> None:
        original = getattr(module, name)

        def timed(*args, **kwargs):
            started = time.monotonic()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds.setdefault(label, []).append(time.monotonic() - started)

        self.monkeypatch.setattr(module, name, timed)

    def take(self, label: str) -> float:
        return sum(self.seconds.pop(label, []))


class ToolMemory(threading.Thread):
    """The peak resident memory (``VmHWM``) of this process's ``pg_dump`` and ``pg_restore`` children,
    sampled every quarter second, per step. ``RUSAGE_CHILDREN`` cannot tell it: a child's high-water
    mark starts at this process's size when it is forked."""

    TOOLS = ("pg_dump", "pg_restore")

    def __init__(self):
        super().__init__(daemon=True)
        self.step = ""
        self.peaks: dict[str, int] = {}
        self.stopping = threading.Event()

    def run(self) -> None:
        me = os.getpid()
        while not self.stopping.wait(0.25):
            for entry in os.scandir("/proc"):
                try:
                    # "pid (comm) state ppid …"
                    comm, rest = Path(entry.path, "stat").read_text().rsplit(")", 1)
                    if int(rest.split()[1]) != me or comm.split("(", 1)[1] not in self.TOOLS:
                        continue
                    status = Path(entry.path, "status").read_text()
                except (OSError, ValueError, IndexError):
                    continue
                peak = int(status.split("VmHWM:", 1)[1].split()[0]) if "VmHWM:" in status else 0
                self.peaks[self.step] = max(self.peaks.get(self.step, 0), peak)

    def mb(self, step: str) -> str:
        return f"{self.peaks[step] / 1024:.0f} MB" if step in self.peaks else "not sampled"


@pytest.fixture
def tools():
    sampler = ToolMemory()
    sampler.start()
    yield sampler
    sampler.stopping.set()
    sampler.join()


def _timed_run(command: list[str], env: dict) -> float:
    started = time.monotonic()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.monotonic() - started


@pytest.mark.django_db(transaction=True)
def test_backup_and_drill_of_a_1gb_database_take_at_most_twice_pg_dump_and_pg_restore(
    bench_database, destination, tools, tmp_path, monkeypatch
):
    from servicedesk.backups import drills, services
    from servicedesk.backups.choices import DrillStatus, RunStatus
    from servicedesk.backups.engines import postgres
    from servicedesk.backups.models import BackupPolicy

    url = bench_database["url"]
    # pg_dump reads committed data only: the policy and its runs are committed (transaction=True).
    monkeypatch.setenv(ENV_NAME, url)
    monkeypatch.setenv("BACKUP_DRILL_DATABASE_URL", SERVER_URL)
    policy = BackupPolicy(
        name="Benchmark 1 GB",
        destination=str(destination),
        include_portal_database=False,
        include_media=False,
        external_databases=ENV_NAME,
        drill_schedule="",
    )
    policy.full_clean()
    policy.save()
    timings = Timings(monkeypatch)
    timings.wrap(postgres, "backup", "backup")
    timings.wrap(postgres, "manifest", "manifest")
    timings.wrap(postgres, "restore_manifest", "restore")
    timings.wrap(services, "sha256_file", "sha256")
    timings.wrap(drills, "sha256_file", "sha256")
    env = postgres._environment(postgres.params_from_url(url))
    server_env = postgres._environment(postgres.params_from_url(SERVER_URL))

    warm_seconds = _warm(url)

    # 1. pg_dump -Fc alone.
    _settle()
    baseline = tmp_path / "baseline.dump"
    tools.step = "pg_dump"
    dump_seconds = _timed_run(["pg_dump", "--format=custom", f"--file={baseline}", "--no-password"], env)
    baseline_size = baseline.stat().st_size
    baseline.unlink()

    # 2. The backup run: run_policy, as the scheduler calls it.
    _settle()
    tools.step = "run"
    started = time.monotonic()
    run, run_rss_mb, exact = _peak_growth_mb(lambda: services.run_policy(policy))
    run_seconds = time.monotonic() - started
    assert run.status == RunStatus.SUCCEEDED, run.log
    run_backup, run_manifest, run_sha = (
        timings.take("backup"),
        timings.take("manifest"),
        timings.take("sha256"),
    )
    (artifact,) = run.artifacts.all()
    artifact_path = Path(run.folder) / artifact.filename

    # 3. pg_restore alone, of the run's artifact, into a fresh scratch database.
    _settle()
    scratch = f"bench_restore_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(SERVER_URL, autocommit=True) as admin:
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(scratch)))
    try:
        tools.step = "pg_restore"
        restore_seconds = _timed_run(
            [
                "pg_restore",
                "--no-owner",
                "--no-privileges",
                "--exit-on-error",
                "--no-password",
                f"--dbname={scratch}",
                str(artifact_path),
            ],
            {**server_env, "PGDATABASE": scratch},
        )
    finally:
        with psycopg.connect(SERVER_URL, autocommit=True) as admin:
            admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(scratch)))

    # 4. The restore drill: run_drill, as the scheduler calls it.
    _settle()
    tools.step = "drill"
    started = time.monotonic()
    drill, drill_rss_mb, _exact = _peak_growth_mb(lambda: drills.run_drill(run))
    drill_seconds = time.monotonic() - started
    assert drill.status == DrillStatus.PASSED, drill.log
    drill_restore, drill_manifest, drill_sha = (
        timings.take("restore"),
        timings.take("manifest"),
        timings.take("sha256"),
    )

    tables, rows = drill.results[0]["compared"]
    dump_ratio, drill_ratio = run_seconds / dump_seconds, drill_seconds / restore_seconds
    rss_mb = max(run_rss_mb, drill_rss_mb)
    mb = 2**20
    # Reading the artifact into memory would add its whole size: the budget stays well below it
    # (a database smaller than the default gets a proportionally smaller budget).
    rss_budget_mb = min(RSS_BUDGET_MB, artifact.size / mb / 2)
    print(
        f"\nBackup budget: {DATABASE}, {bench_database['size'] / mb:.0f} MB, {tables} tables, "
        f"{rows:,} rows ({bench_database['note']}; tables read once in {warm_seconds:.1f} s before timing)\n"
        f"  pg_dump -Fc alone          {dump_seconds:7.1f} s   dump {baseline_size / mb:.0f} MB\n"
        f"  backup run (run_policy)    {run_seconds:7.1f} s   = {dump_ratio:.2f} x pg_dump "
        f"(budget {RATIO_BUDGET:.1f}); artifact {artifact.size / mb:.0f} MB\n"
        f"      pg_dump with the manifest alongside {run_backup:.1f} s (manifest {run_manifest:.1f} s), "
        f"SHA-256 {run_sha:.1f} s, rest {run_seconds - run_backup - run_sha:.1f} s\n"
        f"  pg_restore alone           {restore_seconds:7.1f} s\n"
        f"  restore drill (run_drill)  {drill_seconds:7.1f} s   = {drill_ratio:.2f} x pg_restore "
        f"(budget {RATIO_BUDGET:.1f}); RTO {drill.rto_seconds:.1f} s, RPO {drill.rpo_seconds:.0f} s\n"
        f"      SHA-256 {drill_sha:.1f} s, "
        f"create + pg_restore + drop {drill_restore - drill_manifest:.1f} s, "
        f"manifest of the restored tables {drill_manifest:.1f} s, "
        f"rest {drill_seconds - drill_restore - drill_sha:.1f} s\n"
        f"  peak RSS growth of this process: run +{run_rss_mb:.1f} MB, drill +{drill_rss_mb:.1f} MB "
        f"({'exact: high-water mark reset before each' if exact else 'lower bound: no clear_refs'}; "
        f"budget {rss_budget_mb:.0f} MB)\n"
        f"  peak RSS of the tools (sampled): pg_dump alone {tools.mb('pg_dump')}, in the run "
        f"{tools.mb('run')}; pg_restore alone {tools.mb('pg_restore')}, in the drill {tools.mb('drill')}"
    )
    assert rss_mb < rss_budget_mb, f"this process's peak resident memory grew by {rss_mb:.0f} MB"
    assert dump_ratio <= RATIO_BUDGET, f"the backup run took {dump_ratio:.2f} x pg_dump alone"
    assert drill_ratio <= RATIO_BUDGET, f"the restore drill took {drill_ratio:.2f} x pg_restore alone"

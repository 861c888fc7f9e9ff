#!/usr/bin/env bash
# Makes sure the test services answer on loopback, installing and starting them on a fresh Debian machine:
#   Redis on 127.0.0.1:6379 (no persistence: tests and the worker's sweep treat Redis as disposable), and
#   PostgreSQL on 127.0.0.1:5432 with a `test` database the `postgres` user reaches without a password.
# Safe to run again; does nothing when both already answer. Called by scripts/install-system-deps.sh.
set -euo pipefail

answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "需要 root 权限来安装/启动 Redis 与 PostgreSQL（请以 root 运行 scripts/services.sh）" >&2
    exit 1
  fi
fi

as_postgres() { if [ -z "$sudo" ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

apt_install() {
  echo "installing Debian packages: $*" >&2
  $sudo apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "$@" >/dev/null
}

start_redis() {
  command -v redis-server >/dev/null 2>&1 || apt_install redis-server
  echo "starting redis-server on 127.0.0.1:6379" >&2
  $sudo redis-server --bind 127.0.0.1 --port 6379 --save "" --appendonly no --daemonize yes >/dev/null
}

start_postgres() {
  local installed_now=0
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then apt_install postgresql; installed_now=1; fi
  local version cluster
  version=$(ls /etc/postgresql | sort -V | tail -1)
  cluster="/etc/postgresql/$version/main"
  if [ "$installed_now" = 1 ] || [ -n "${CI:-}" ]; then
    # Test machines only: the suite connects as postgres over loopback without a password.
    grep -q "^host all all 127.0.0.1/32 trust" "$cluster/pg_hba.conf" ||
      $sudo sed -i '1i host all all 127.0.0.1/32 trust' "$cluster/pg_hba.conf"
  fi
  echo "starting PostgreSQL $version on 127.0.0.1:5432" >&2
  $sudo pg_ctlcluster "$version" main start || $sudo pg_ctlcluster "$version" main reload
}

answers 6379 || start_redis
answers 5432 || start_postgres

for _ in $(seq 1 30); do answers 6379 && answers 5432 && break; sleep 1; done
answers 6379 || { echo "Redis 未能在 127.0.0.1:6379 启动" >&2; exit 1; }
answers 5432 || { echo "PostgreSQL 未能在 127.0.0.1:5432 启动" >&2; exit 1; }

# The test database (the suite makes one schema per run inside it).
if command -v psql >/dev/null 2>&1 && ! psql -h 127.0.0.1 -U postgres -d test -c "SELECT 1" >/dev/null 2>&1; then
  psql -h 127.0.0.1 -U postgres -d postgres -c "CREATE DATABASE test" >/dev/null 2>&1 ||
    as_postgres psql -d postgres -c "CREATE DATABASE test" >/dev/null 2>&1 ||
    echo "无法创建数据库 test：请检查 PostgreSQL 的 127.0.0.1 免密（trust）设置" >&2
fi

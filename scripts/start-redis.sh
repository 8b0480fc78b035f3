#!/usr/bin/env bash
# Redis for Imp.Orleans (membership, run grains' state, reminders): installed from Debian's package when missing,
# started when not answering. Idempotent and quick when Redis is already up. Port: IMP_REDIS_PORT (6379).
# Append-only file with fsync on every write: a record a run grain stored survives a crash of Redis's machine too.
set -euo pipefail
port="${IMP_REDIS_PORT:-6379}"
if command -v redis-cli >/dev/null && redis-cli -p "$port" ping 2>/dev/null | grep -q PONG; then
  echo "redis: up on port $port"
  exit 0
fi
if ! command -v redis-server >/dev/null; then
  echo "redis: installing Debian's redis-server"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q redis-server >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q redis-server >/dev/null; }
fi
dir="${IMP_REDIS_DIR:-/var/lib/imp-redis}"
mkdir -p "$dir"
redis-server --port "$port" --bind 127.0.0.1 --daemonize yes --dir "$dir" \
  --appendonly yes --appendfsync always --save "" --logfile "$dir/redis.log"
for _ in $(seq 1 50); do
  if redis-cli -p "$port" ping 2>/dev/null | grep -q PONG; then
    echo "redis: started on port $port (data in $dir)"
    exit 0
  fi
  sleep 0.1
done
echo "redis: did not start; see $dir/redis.log" >&2
exit 1

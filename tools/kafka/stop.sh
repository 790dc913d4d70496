#!/usr/bin/env bash
# Stops a broker started by tools/kafka/start.sh and removes its dir.
#
# Usage: tools/kafka/stop.sh <KAFKA_DIR | KAFKA_PID>
#   SIGTERM (Kafka shuts down cleanly), then SIGKILL once KAFKA_STOP_TIMEOUT_S (default 20) has passed.
# Idempotent: stopping a broker that is already gone just removes what is left of its dir.
set -euo pipefail

target="${1:?usage: stop.sh <KAFKA_DIR | KAFKA_PID>}"
stop_timeout_s="${KAFKA_STOP_TIMEOUT_S:-20}"

dir=""
pid=""
if [[ "$target" =~ ^[0-9]+$ ]]; then
  pid="$target"
  # The broker's last argument is $KAFKA_DIR/server.properties.
  if [[ -r "/proc/$pid/cmdline" ]]; then
    config="$(tr '\0' '\n' <"/proc/$pid/cmdline" | tail -n 1)"
    [[ "$config" == */server.properties ]] && dir="$(dirname "$config")"
  fi
else
  dir="$(cd "$target" 2>/dev/null && pwd)" || { echo "[kafka] nothing to stop: $target does not exist" >&2; exit 0; }
  [[ -f "$dir/.checkmark-kafka" ]] || { echo "[kafka] error: $dir was not made by tools/kafka/start.sh" >&2; exit 1; }
  [[ -f "$dir/kafka.pid" ]] && pid="$(cat "$dir/kafka.pid")"
fi

# Only signal the process if it still is that broker (pids get reused).
is_our_broker() {
  [[ -n "$pid" && -r "/proc/$pid/cmdline" ]] || return 1
  local cmdline
  cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline")"
  [[ "$cmdline" == *" kafka.Kafka "* && ( -z "$dir" || "$cmdline" == *"$dir/server.properties"* ) ]]
}

if is_our_broker; then
  kill -TERM "$pid" 2>/dev/null || true
  deadline=$((SECONDS + stop_timeout_s))
  while is_our_broker && ((SECONDS < deadline)); do sleep 0.2; done
  if is_our_broker; then
    echo "[kafka] broker $pid ignored SIGTERM for ${stop_timeout_s} s; killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
    while is_our_broker; do sleep 0.1; done
  fi
elif [[ "$target" =~ ^[0-9]+$ ]]; then
  echo "[kafka] pid $pid is not a running tools/kafka broker" >&2
fi

if [[ -n "$dir" && -f "$dir/.checkmark-kafka" ]]; then
  rm -rf "$dir"
fi

#!/usr/bin/env bash
# Starts a single-node Apache Kafka 3.9 broker (KRaft, broker+controller in one JVM) on free loopback ports.
#
# Usage: tools/kafka/start.sh [--owner-pid PID]
#   --owner-pid PID  also stop the broker (and remove its dir) once process PID has exited, so a killed test
#                    runner cannot leave a JVM behind.
# Environment:
#   KAFKA_CACHE_DIR        jar cache (default tools/kafka/.cache); filled once from Maven Central with mvn
#   KAFKA_WORK_DIR         parent of the per-broker dir (default $TMPDIR or /tmp)
#   KAFKA_HEAP_OPTS        default "-Xmx512m -Xms256m"
#   KAFKA_START_TIMEOUT_S  bound on the wait for the broker to serve (default 90)
# Prints machine-readable lines on stdout (progress goes to stderr):
#   KAFKA_BROKERS=127.0.0.1:PORT  KAFKA_CONTROLLER=127.0.0.1:PORT  KAFKA_PID=…  KAFKA_DIR=…  KAFKA_VERSION=…
# The same lines are kept in $KAFKA_DIR/broker.env. Stop with tools/kafka/stop.sh "$KAFKA_DIR".
set -euo pipefail

script_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache_dir="${KAFKA_CACHE_DIR:-$script_dir/.cache}"
heap_opts="${KAFKA_HEAP_OPTS:--Xmx512m -Xms256m}"
start_timeout_s="${KAFKA_START_TIMEOUT_S:-90}"
owner_pid=""

while [[ $# -gt 0 ]]; do
  case "$1" in
    --owner-pid) owner_pid="${2:?--owner-pid needs a pid}"; shift 2 ;;
    *) echo "start.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
done

log() { echo "[kafka] $*" >&2; }
die() { echo "[kafka] error: $*" >&2; exit 1; }

command -v java >/dev/null || die "java (JDK 17+) is not on PATH"
command -v node >/dev/null || die "node is not on PATH (used to pick free ports)"

kafka_version="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$script_dir/pom.xml")"
mkdir -p "$cache_dir"
cache_dir="$(cd "$cache_dir" && pwd)"
lib_dir="$cache_dir/lib-$kafka_version-$(sha256sum "$script_dir/pom.xml" | cut -c1-12)"
# Class-data archive of the broker's classes: cuts JVM start-up by roughly a third. Valid for one JVM build only.
java_real="$(readlink -f "$(command -v java)")"
cds_archive="$lib_dir/cds-$(echo "$java_real $(stat -c %Y "$java_real")" | sha256sum | cut -c1-12).jsa"

# --- Per-broker dir; anything failing or interrupted before the broker is ready leaves nothing behind. ---------
work_parent="${KAFKA_WORK_DIR:-${TMPDIR:-/tmp}}"
mkdir -p "$work_parent"
dir="$(mktemp -d "$work_parent/checkmark-kafka.XXXXXX")"
touch "$dir/.checkmark-kafka" # stop.sh removes only dirs carrying this marker
pid=""
ready=""

cleanup_unless_ready() {
  [[ -n "$ready" ]] && return
  # A signal can land between starting a JVM and recording its pid, so also look the JVMs up by this dir.
  local pids
  pids="$({ [[ -n "$pid" ]] && echo "$pid"; pgrep -f -- "$dir/server.properties"; } | sort -u || true)"
  if [[ -n "$pids" ]]; then
    kill -KILL $pids 2>/dev/null || true
    wait $pids 2>/dev/null || true # they are this shell's children: reaped once gone
  fi
  if [[ -f "$dir/kafka.log" ]]; then
    log "last broker log lines:"
    tail -n 30 "$dir/kafka.log" >&2 || true
  fi
  rm -rf "$dir"
}
trap cleanup_unless_ready EXIT
trap 'exit 143' TERM INT HUP

cat >"$dir/log4j.properties" <<'EOF'
# Warnings and errors only, plus the one INFO line start.sh waits for ("Kafka Server started").
log4j.rootLogger=WARN, stdout
log4j.appender.stdout=org.apache.log4j.ConsoleAppender
log4j.appender.stdout.layout=org.apache.log4j.PatternLayout
log4j.appender.stdout.layout.ConversionPattern=[%d] %p %m (%c)%n
log4j.logger.kafka.server.KafkaRaftServer=INFO
EOF

jvm_opts=(-XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -Djava.awt.headless=true
  -Dlog4j.configuration="file:$dir/log4j.properties" -cp "$lib_dir/*")

# Two distinct ports the kernel just handed out as free; a lost race shows up as a bind error and is retried.
free_ports() {
  node -e '
    const net = require("node:net");
    const a = net.createServer().listen(0, "127.0.0.1", () => {
      const b = net.createServer().listen(0, "127.0.0.1", () => {
        console.log(a.address().port + " " + b.address().port);
        a.close(); b.close();
      });
    });'
}

write_config() {
  local broker_port="$1" controller_port="$2"
  cat >"$dir/server.properties" <<EOF
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller_port
listeners=PLAINTEXT://127.0.0.1:$broker_port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$broker_port
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$dir/data
num.partitions=3
# Topics are created explicitly (as on managed clusters), so a missing topic is a bug the tests can see.
auto.create.topics.enable=false
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=10
group.initial.rebalance.delay.ms=0
EOF
}

# Formats fresh KRaft storage and runs the broker until it serves; sets broker_port, controller_port and pid.
# Extra arguments are JVM options for the broker.
launch_broker() {
  local attempt cluster_id deadline
  for attempt in 1 2 3; do
    read -r broker_port controller_port < <(free_ports)
    write_config "$broker_port" "$controller_port"
    rm -rf "$dir/data" "$dir/kafka.log"
    cluster_id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n' | sed 's/^-/A/')"
    java -XX:TieredStopAtLevel=1 ${cds_opt[@]+"${cds_opt[@]}"} "${jvm_opts[@]}" \
      kafka.tools.StorageTool format --cluster-id "$cluster_id" --config "$dir/server.properties" \
      </dev/null >"$dir/format.log" 2>&1 9>&- || { cat "$dir/format.log" >&2; die "formatting KRaft storage failed"; }

    # shellcheck disable=SC2086 # heap options are a list of JVM flags
    java $heap_opts "$@" "${jvm_opts[@]}" kafka.Kafka "$dir/server.properties" </dev/null >"$dir/kafka.log" 2>&1 9>&- &
    pid=$!
    echo "$pid" >"$dir/kafka.pid"

    deadline=$((SECONDS + start_timeout_s))
    while :; do
      if grep -q "Kafka Server started" "$dir/kafka.log" 2>/dev/null \
        && (exec 3<>"/dev/tcp/127.0.0.1/$broker_port") 2>/dev/null; then
        return 0
      fi
      if ! kill -0 "$pid" 2>/dev/null; then
        wait "$pid" 2>/dev/null || true
        pid=""
        if grep -q "Address already in use" "$dir/kafka.log" && [[ $attempt -lt 3 ]]; then
          log "port taken meanwhile; retrying with new ports"
          continue 2
        fi
        die "broker exited during start-up"
      fi
      ((SECONDS < deadline)) || die "broker did not start within ${start_timeout_s} s"
      sleep 0.2
    done
  done
}

# --- One-time preparation, serialised across concurrent starts: jars, then the class-data archive. ---------
cds_opt=()
exec 9>"$cache_dir/.prepare.lock"
flock 9
if [[ ! -f "$lib_dir/.complete" ]]; then
  command -v mvn >/dev/null || die "mvn (Maven 3.8+) is needed once to resolve Kafka $kafka_version into $cache_dir"
  log "resolving Kafka $kafka_version jars from Maven Central into $cache_dir (first run only)"
  resolve_started=$SECONDS
  rm -rf "$lib_dir.partial"
  if ! mvn -q -B -f "$script_dir/pom.xml" -Dmaven.repo.local="$cache_dir/m2" \
    dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$lib_dir.partial" \
    >"$cache_dir/mvn.log" 2>&1; then
    cat "$cache_dir/mvn.log" >&2
    die "mvn could not resolve the Kafka jars (output above, also in $cache_dir/mvn.log)"
  fi
  touch "$lib_dir.partial/.complete"
  rm -rf "$lib_dir"
  mv "$lib_dir.partial" "$lib_dir"
  log "resolved in $((SECONDS - resolve_started)) s"
fi
if [[ ! -f "$cds_archive" ]]; then
  log "recording a class-data archive for faster broker starts (once per JVM)"
  archive_started=$SECONDS
  rm -f "$cds_archive.partial"
  launch_broker -XX:ArchiveClassesAtExit="$cds_archive.partial"
  kill -TERM "$pid"
  wait "$pid" || true # the JVM writes the archive while exiting
  pid=""
  if [[ -s "$cds_archive.partial" ]]; then
    mv "$cds_archive.partial" "$cds_archive"
    log "archive recorded in $((SECONDS - archive_started)) s"
  else
    log "no class-data archive written; starting without one"
  fi
fi
flock -u 9
exec 9>&-
[[ -f "$cds_archive" ]] && cds_opt=(-XX:SharedArchiveFile="$cds_archive")

# --- The broker. -----------------------------------------------------------------------------------------------
started=$SECONDS
launch_broker ${cds_opt[@]+"${cds_opt[@]}"}
ready=1

if [[ -n "$owner_pid" ]]; then
  # Watchdog: once the owner is gone (e.g. a killed test runner), stop the broker and remove its dir.
  (
    while kill -0 "$owner_pid" 2>/dev/null && kill -0 "$pid" 2>/dev/null; do sleep 1; done
    if ! kill -0 "$owner_pid" 2>/dev/null; then "$script_dir/stop.sh" "$dir"; fi
  ) </dev/null >/dev/null 2>&1 &
fi

log "Kafka $kafka_version up on 127.0.0.1:$broker_port in $((SECONDS - started)) s (dir $dir)"
{
  echo "KAFKA_BROKERS=127.0.0.1:$broker_port"
  echo "KAFKA_CONTROLLER=127.0.0.1:$controller_port"
  echo "KAFKA_PID=$pid"
  echo "KAFKA_DIR=$dir"
  echo "KAFKA_VERSION=$kafka_version"
} | tee "$dir/broker.env"

#!/usr/bin/env bash
# The intake probe: the packaged application (demo profile, a fresh embedded database) taking concerns from wrk in
# another process, with the CPU the JVM and PostgreSQL spent per concern read from /proc. Needs wrk (Debian package
# "wrk"), curl and a Java 21+ (JAVA_HOME, else the java on the PATH).
#
#   ./mvnw -q package -DskipTests && src/bench/probe/probe.sh target/linli-0.1.0-SNAPSHOT.jar [label]
#
# Settings (environment): PROBE_PORT (8089), PROBE_CONNECTIONS (32), PROBE_WARM_UP (40s), PROBE_DURATION (30s).
# Prints one line: probe <label> concerns_per_s … jvm_cpu_ms_per_concern … pg_cpu_ms_per_concern … non_2xx …
set -euo pipefail

jar=$1
label=${2:-$(basename "$jar" .jar)}
here=$(cd "$(dirname "$0")" && pwd)
port=${PROBE_PORT:-8089}
connections=${PROBE_CONNECTIONS:-32}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=$(mktemp -d /tmp/linli-probe.XXXXXX)

"$java" -jar "$jar" --spring.profiles.active=demo --server.port="$port" \
	--linli.embedded-database.data-directory="$work/pg" --linli.media.directory="$work/media" \
	--logging.level.root=WARN > "$work/app.log" 2>&1 &
app=$!
stop() {
	kill $app 2>/dev/null || true
	wait $app 2>/dev/null || true
	# the database may still be writing its shutdown checkpoint after the JVM is gone
	for _ in $(seq 1 30); do
		pgrep -f -- "-D $work/pg" > /dev/null || break
		sleep 1
	done
	rm -rf "$work"
}
trap stop EXIT

token=
for _ in $(seq 1 180); do
	token=$(curl -s -H 'Content-Type: application/json' -d '{"username":"worker1","password":"linli-demo"}' \
		"http://localhost:$port/api/v1/auth/token" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p') || true
	[ -n "$token" ] && break
	kill -0 $app 2>/dev/null || { cat "$work/app.log"; exit 1; }
	sleep 1
done
[ -n "$token" ] || { echo "the application did not sign worker1 in" >&2; exit 1; }
export LINLI_TOKEN=$token

# CPU ticks of a process and, with children, of its children (the database's postmaster and its backends)
ticks() {
	local total=0 pid
	for pid in "$@"; do
		total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0)))
	done
	echo $total
}
database() {
	local postmaster
	postmaster=$(pgrep -f -- "-D $work/pg" | head -1)
	echo "$postmaster" $(pgrep -P "$postmaster")
}

wrk -t2 -c"$connections" -d"${PROBE_WARM_UP:-40s}" -s "$here/intake.lua" "http://localhost:$port" > /dev/null
jvm_before=$(ticks $app)
pg_before=$(ticks $(database))
start=$(date +%s.%N)
wrk -t2 -c"$connections" -d"${PROBE_DURATION:-30s}" -s "$here/intake.lua" "http://localhost:$port" > "$work/wrk.out"
end=$(date +%s.%N)
jvm_after=$(ticks $app)
pg_after=$(ticks $(database))

requests=$(awk '/requests in/ {print $1}' "$work/wrk.out")
refused=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.out")
awk -v label="$label" -v n="$requests" -v bad="${refused:-0}" -v seconds="$(echo "$end $start" | awk '{print $1 - $2}')" \
	-v jvm=$((jvm_after - jvm_before)) -v pg=$((pg_after - pg_before)) -v hz="$(getconf CLK_TCK)" 'BEGIN {
	printf "probe %s concerns_per_s %.1f jvm_cpu_ms_per_concern %.2f pg_cpu_ms_per_concern %.2f non_2xx %d\n",
		label, n / seconds, 1000 * jvm / hz / n, 1000 * pg / hz / n, bad
}'

#!/usr/bin/env bash
# The benchmark: a synthetic record of 100,000 meetings, 1,000,000 readouts, 10,000 officials and 200,000
# agreements in a database of its own (bench/work), Readout started on it, and wrk on loopback against each
# kind of page, then against a plain-JDBC baseline serving the same first timeline page. Writes
# bench/results/<date>.md. Usage: bench/run.sh [seconds per scenario, default 20]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-20}"
work=bench/work
mkdir -p "$work" bench/results
export PATH="/usr/lib/postgresql/15/bin:$PATH"
command -v wrk > /dev/null || apt-get install -y wrk
command -v psql > /dev/null || apt-get install -y postgresql-client
command -v nginx > /dev/null || apt-get install -y nginx-light

./mvnw -B -q -DskipTests package
jar=$(ls target/readout-*.jar | grep -v plain | head -1)
app_port=8181
baseline_port=8182
password="benchmark-admin-password"

app_log="$work/app.log"
# A small heap and lean native memory for a 2-core machine (README, "Memory"): a 256 MB heap holds what is kept, and
# the serial collector, smaller thread stacks, a smaller code cache, two malloc arenas and memory the JVM's own
# allocations freed handed back every 5 s keep the rest near 300 MB.
JVM_OPTIONS="${JVM_OPTIONS:--Xmx256m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=192m -XX:TrimNativeHeapInterval=5000}"
app_pid=""
baseline_pid=""
nginx_dir="$PWD/$work/nginx"
trap 'kill $app_pid $baseline_pid 2> /dev/null || true; nginx -p "$nginx_dir" -c "$PWD/bench/nginx.conf" -s stop 2> /dev/null || true' EXIT
start_app() {
  READOUT_DATA_DIR="$PWD/$work/pg" SERVER_PORT=$app_port READOUT_ADMIN_PASSWORD=$password \
    MALLOC_ARENA_MAX=2 java $JVM_OPTIONS -jar "$jar" > "$app_log" 2>&1 &
  app_pid=$!
  until grep -q "Started ReadoutApplication" "$app_log"; do
    kill -0 $app_pid || { cat "$app_log"; exit 1; }
    sleep 1
  done
  db_port=$(grep -o "embedded PostgreSQL on port [0-9]*" "$app_log" | grep -o "[0-9]*$")
  # The embedded server takes only the password Readout generated and keeps in its data directory.
  export PGPASSWORD=$(cat "$work/pg/readout-database-password")
  db="host=localhost port=$db_port user=postgres dbname=readout"
  jdbc="jdbc:postgresql://localhost:$db_port/readout?user=postgres&password=$PGPASSWORD"
}
start_app
# PostgreSQL writes its own log files (under the data directory) so statements can be counted; this takes a
# restart, once.
if [ "$(psql -X -At "$db" -c "show logging_collector")" != "on" ]; then
  psql -X -q "$db" -c "alter system set logging_collector = on" -c "alter system set log_directory = 'log'"
  kill $app_pid; wait $app_pid || true
  start_app
fi

if [ "$(psql -X -At "$db" -c "select count(*) from meeting")" -lt 100000 ]; then
  echo "Loading the synthetic record (once; it stays in $work/pg)"
  started=$(date +%s)
  bench/load.sh "$db"
  echo "Loaded in $(( $(date +%s) - started )) s" | tee "$work/load-time.txt"
fi
psql -X -q "$db" -c "delete from readout where title like 'Benchmark readout %'"

# A signed-in analyst for the writes, and a position deep in the timeline. The admin's configured password would have
# to be changed at the first sign-in; the benchmark keeps it.
psql -X -q "$db" -c "update account set must_change_password = false where username = 'admin'"

# The CSRF token of the form on a page, read with the given cookie jar.
form_token() { curl -s -c "$2" -b "$2" "$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
# Signs the admin in through an address, the session kept in a new cookie jar; prints where the sign-in leads.
sign_in() {
  rm -f "$2"
  curl -s -c "$2" -b "$2" -o /dev/null -w "%{redirect_url}" --data-urlencode "username=admin" \
    --data-urlencode "password=$password" --data-urlencode "_csrf=$(form_token "$1/login" "$2")" "$1/login"
}
cookies="$work/cookies"
sign_in "localhost:$app_port" "$cookies" > /dev/null
session=$(awk '$6 == "READOUT_SESSION" { print $7 }' "$cookies")
form_csrf=$(form_token "localhost:$app_port/meetings/1000001/readouts/new" "$cookies")
deep=$(psql -X -At "$db" -c "select to_char(local_start, 'YYYY-MM-DD\"T\"HH24:MI') || '_' || id from meeting
                             order by local_start desc, id desc offset 50000 limit 1")

# 100,000 article texts for the copy-candidate scenario, posted through the API so that Readout files each under its
# band keys as it would an analyst's article (once; they stay in $work/pg).
articles=100000
if [ "$(psql -X -At "$db" -c "select count(*) from source where url like 'https://bench.example/%'")" -lt $articles ]; then
  echo "Posting $articles synthetic articles"
  psql -X -q "$db" -c "delete from source where url like 'https://bench.example/%'"
  token="benchmark-api-token-$(date +%s)"
  psql -X -q "$db" -c "insert into api_token (account_id, name, digest)
    select id, 'benchmark $(date +%s)', '$(printf %s "$token" | sha256sum | cut -d' ' -f1)' from account where username = 'admin'"
  started=$(date +%s)
  python3 bench/articles.py $articles | python3 bench/load-articles.py $app_port "$token"
  echo "$articles articles posted in $(( $(date +%s) - started )) s" | tee "$work/articles-time.txt"
fi
first_source=$(psql -X -At "$db" -c "select min(id) from source where url like 'https://bench.example/%'")
last_source=$(psql -X -At "$db" -c "select max(id) from source where url like 'https://bench.example/%'")

java -cp "$(find ~/.m2/repository/org/postgresql/postgresql -name 'postgresql-*.jar' | sort | tail -1)" \
  bench/Baseline.java $baseline_port "$jdbc" > "$work/baseline.log" 2>&1 &
baseline_pid=$!
sleep 3

count_statements() {
  cat "$work"/pg/log/*.log | grep "LOG:  \(execute\|statement\)" | grep -cv "COMMIT\|BEGIN\|ROLLBACK\|SET " || true
}

# Statements per request (transaction commands aside): PostgreSQL logs every statement while one anonymous request
# of each kind is made
# (the facet counts of a filter already counted come from a cache: see TimelineFacets).
statements() {
  psql -X -q "$db" -c "alter system set log_statement = 'all'" -c "select pg_reload_conf()" > /dev/null
  sleep 0.5
  # Requests queued by the previous scenario finish first, so that only this request is counted.
  sleep 3
  local before=$(count_statements)
  curl -s -o /dev/null "localhost:$app_port$1"
  sleep 0.5
  local after=$(count_statements)
  psql -X -q "$db" -c "alter system reset log_statement" -c "select pg_reload_conf()" > /dev/null
  echo $(( after - before ))
}

memory() {
  local java_kb=$(ps -o rss= -p $app_pid)
  local postgres_kb=$(ps -eo rss,args | grep "[p]ostgres" | grep -v grep | awk '{ sum += $1 } END { print sum }')
  echo "$(( java_kb / 1024 )) MB Java, $(( postgres_kb / 1024 )) MB PostgreSQL"
}

result="bench/results/$(date -u +%Y-%m-%d-%H%M).md"
{
  echo "# Readout benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ { print $2 }') GiB; app, PostgreSQL 17 (embedded) and wrk on loopback."
  echo "Record: $(psql -X -At "$db" -c "select format('%s meetings, %s readouts, %s officials, %s agreements, %s article texts',
    (select count(*) from meeting), (select count(*) from readout), (select count(*) from official),
    (select count(*) from agreement), (select count(*) from source_text))")."
  [ -f "$work/load-time.txt" ] && echo "Bulk load: $(cat "$work/load-time.txt")."
  [ -f "$work/articles-time.txt" ] && echo "Articles: $(cat "$work/articles-time.txt") through the API, 4 at a time."
  echo "Each scenario: wrk, 2 threads, 16 connections, ${seconds} s, after a 5 s warm-up (${WARMUP_COLD:-30} s for the cold ones)."
  echo
  echo "| scenario | requests/s | p50 ms | p95 ms | p99 ms | errors | SQL statements per request |"
  echo "|---|---|---|---|---|---|---|"
} > "$result"

# One scenario: a warm-up, then the measured run; a row of the results table. Scripts run from bench/.
# Pages worked out afresh each request run code that kept pages never reach: on two cores the JIT compiler competes
# with the requests and needs about a minute of such load to finish (measured: 29, 83, then 108 requests/s in
# successive 15 s runs of the cold timeline), so these scenarios warm up for WARMUP_COLD seconds.
scenario() {
  local name="$1" url="$2" script="${3:-report.lua}" sql="${4:-}" warmup="${5:-5}"
  (cd bench && wrk -t2 -c16 -d"${warmup}s" -s "$script" "$url" > /dev/null)
  local figures
  figures=$(cd bench && wrk -t2 -c16 -d"${seconds}s" -s "$script" "$url" | grep FIGURES || true)
  echo "$name: $figures"
  field() { sed "s/.*$1=\([0-9.]*\).*/\1/" <<< "$figures"; }
  echo "| $name | $(field rps) | $(field p50) | $(field p95) | $(field p99) | $(field errors) | $sql |" >> "$result"
  last_rps="$(field rps)"
}

base="http://localhost:$app_port"
cold_warmup="${WARMUP_COLD:-30}"
scenario "timeline, first page" "$base/" "" "$(statements /)"; timeline_rps="$last_rps"
scenario "timeline, first page, gzip" "$base/" gzip.lua ""
scenario "timeline, cold (a different cursor each request)" "$base" timeline-cold.lua \
  "$(statements "/?after=2011-03-04T09:00_9223372036854775807")" "$cold_warmup"; cold_timeline_rps="$last_rps"
scenario "timeline, page 1,000 (keyset)" "$base/?after=$deep" "" "$(statements "/?after=$deep")"
scenario "timeline, filtered (ministers, Taiwan topic, since 2015)" "$base/?level=MINISTERS&topic=1&from=2015" "" \
  "$(statements "/?level=MINISTERS&topic=1&from=2015")"
scenario "meeting page (random meeting)" "$base" meeting.lua "$(statements /meetings/1050000)" "$cold_warmup"
meeting_rps="$last_rps"
export READER_SESSION="$session"
scenario "meeting page, signed in (random meeting)" "$base" meeting.lua ""; signed_in_meeting_rps="$last_rps"
unset READER_SESSION
scenario "search page: fentanyl" "$base/search?q=fentanyl" "" "$(statements "/search?q=fentanyl")"
scenario "search page, cold (a different common word each request)" "$base" search-cold.lua \
  "$(statements "/search?q=trade+-x1")" "$cold_warmup"
scenario "search page: a rare word (王毅)" "$base/search?q=%E7%8E%8B%E6%AF%85" "" "$(statements "/search?q=%E7%8E%8B%E6%AF%85")"
export FIRST_SOURCE=$first_source LAST_SOURCE=$last_source
scenario "source page with copies found (random article of $articles)" "$base" source.lua \
  "$(statements /sources/$last_source)"
export PATH_SUFFIX=/compare
scenario "readout comparison (random meeting)" "$base" meeting.lua "$(statements /meetings/1050000/compare)"
unset PATH_SUFFIX
scenario "meeting summary PDF (Xi meeting)" "$base/meetings/3/summary.pdf" "" "$(statements /meetings/3/summary.pdf)"
export SESSION="$session" CSRF="$form_csrf"
scenario "mixed: 9 meeting pages per readout saved" "$base" mixed.lua ""; mixed_rps="$last_rps"
scenario "baseline: plain JDBC, hand-written HTML, first timeline page" "http://localhost:$baseline_port/" "" "2"
baseline_rps="$last_rps"
scenario "baseline: plain JDBC, hand-written HTML, meeting page (random meeting)" "http://localhost:$baseline_port" \
  meeting.lua "5"
meeting_baseline_rps="$last_rps"

# Warm, side by side: the kept first timeline page against nginx serving the same bytes from a file, alternating
# runs so that both see the same machine.
mkdir -p "$nginx_dir/static"
curl -s "$base/" -o "$nginx_dir/static/index.html"
nginx -p "$nginx_dir" -c "$PWD/bench/nginx.conf"
warm_rps=(); nginx_rps=()
for round in 1 2; do
  scenario "warm side by side $round: Readout, kept first timeline page" "$base/" "" ""; warm_rps+=("$last_rps")
  scenario "warm side by side $round: nginx, the same bytes from a file" "http://localhost:8183/" "" ""
  nginx_rps+=("$last_rps")
done
nginx -p "$nginx_dir" -c "$PWD/bench/nginx.conf" -s stop

# Two instances behind nginx: a second Readout on the same PostgreSQL, nginx sharing requests between the two without
# sticky sessions; first the cold timeline through nginx. Then an analyst signs in and saves a readout through nginx
# (so the form and the save may reach different instances), and each instance is asked directly, until it shows the
# readout, for its timeline, search and PDF, all of which it had kept before the save.
second_port=8184
SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$db_port/readout" SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD="$PGPASSWORD" SERVER_PORT=$second_port MALLOC_ARENA_MAX=2 \
  java $JVM_OPTIONS -jar "$jar" > "$work/app2.log" 2>&1 &
second_pid=$!
trap 'kill $app_pid $baseline_pid $second_pid 2> /dev/null || true; nginx -p "$nginx_dir" -c "$PWD/bench/nginx.conf" -s stop 2> /dev/null || true' EXIT
until grep -q "Started ReadoutApplication" "$work/app2.log"; do
  kill -0 $second_pid || { cat "$work/app2.log"; exit 1; }
  sleep 1
done
nginx -p "$nginx_dir" -c "$PWD/bench/nginx.conf"
balanced="http://localhost:8185"
scenario "two instances behind nginx: timeline, cold" "$balanced" timeline-cold.lua "" "$cold_warmup"
balanced_cold_rps="$last_rps"
word="Quokkaborough$(date +%s | tr 0-9 a-j)"
meeting=1050000
for port in $app_port $second_port; do
  for page in "/?q=$word" "/search?q=$word" "/meetings/$meeting/summary.pdf"; do curl -s -o /dev/null "localhost:$port$page"; done
done
jar2="$work/cookies-balanced"
signed_in=$(sign_in "$balanced" "$jar2")
readout_csrf=$(form_token "$balanced/meetings/$meeting/readouts/new" "$jar2")
saved_status=$(curl -s -b "$jar2" -o /dev/null -w "%{http_code}" --data-urlencode "side=CN" \
  --data-urlencode "issuingBody=Ministry of Foreign Affairs" --data-urlencode "title=Benchmark readout $word" \
  --data-urlencode "body=Saved through nginx." --data-urlencode "secondReadout=true" --data-urlencode "_csrf=$readout_csrf" \
  "$balanced/meetings/$meeting/readouts")
saved_at=$(date +%s%N)
# When each instance first shows the readout: the request that shows it was made this long after the save (its own
# answer time apart), or "never" within 10 s.
shown_after() {
  local port=$1 page=$2 asked found
  while true; do
    asked=$(( ($(date +%s%N) - saved_at) / 1000000 ))
    if [ "$page" = pdf ]; then
      found=$(curl -s "localhost:$port/meetings/$meeting/summary.pdf" | pdftotext - - 2> /dev/null | grep -c "$word" || true)
    else
      found=$(curl -s "localhost:$port$page" | grep -c "$word" || true)
    fi
    [ "$found" -gt 0 ] && break
    [ $asked -gt 10000 ] && { echo never; return; }
    sleep 0.05
  done
  echo "asked $asked ms after the save"
}
# All six asked at once, so that no answer waits for another.
checks=()
for port in $app_port $second_port; do
  shown_after $port "/?q=$word" > "$work/shown-$port-timeline" & checks+=($!)
  shown_after $port "/search?q=$word" > "$work/shown-$port-search" & checks+=($!)
  shown_after $port pdf > "$work/shown-$port-pdf" & checks+=($!)
done
wait "${checks[@]}"
two_instances=()
for port in $app_port $second_port; do
  two_instances+=("instance on port $port: timeline $(cat "$work/shown-$port-timeline"), search $(cat "$work/shown-$port-search"), PDF $(cat "$work/shown-$port-pdf")")
done
nginx -p "$nginx_dir" -c "$PWD/bench/nginx.conf" -s stop
kill $second_pid; wait $second_pid 2> /dev/null || true

saved=$(psql -X -At "$db" -c "select count(*) from readout where title like 'Benchmark readout %'")
{
  echo
  echo "Timeline throughput against the baseline: $(awk "BEGIN { printf \"%.0f%%\", 100 * $timeline_rps / $baseline_rps }") kept, $(awk "BEGIN { printf \"%.0f%%\", 100 * $cold_timeline_rps / $baseline_rps }") cold."
  echo "Kept timeline page against nginx serving its bytes: $(awk "BEGIN { printf \"%.0f%%\", 100 * (${warm_rps[0]} + ${warm_rps[1]}) / (${nginx_rps[0]} + ${nginx_rps[1]}) }") ($(( $(wc -c < "$nginx_dir/static/index.html") / 1024 )) KB a page)."
  echo "Meeting page throughput against its baseline: $(awk "BEGIN { printf \"%.0f%%\", 100 * $meeting_rps / $meeting_baseline_rps }")."
  echo "Mixed against read-only meeting pages: $(awk "BEGIN { printf \"%.0f%%\", 100 * $mixed_rps / $signed_in_meeting_rps }") of signed-in readers' (the same readers without the saves), $(awk "BEGIN { printf \"%.0f%%\", 100 * $mixed_rps / $meeting_rps }") of anonymous readers'."
  echo "Two instances behind nginx: signed in through nginx (redirected to ${signed_in:-nothing}), readout saved through nginx: HTTP $saved_status."
  for line in "${two_instances[@]}"; do echo "- Shown on the $line."; done
  echo "- Cold timeline through nginx, two instances on the same 2 cores: $balanced_cold_rps requests/s (one instance directly: $cold_timeline_rps)."
  echo "Readouts saved during the mixed run: $saved (each a 302 to the meeting page; wrk counts anything above 399 as an error)."
  echo "Process memory after the runs: $(memory) (JVM options: $JVM_OPTIONS)."
} >> "$result"

# Start to first answer: java -jar on this warm data directory, timed from the launch until the first timeline page
# is served; as built, and with the JDK's class data sharing (README, "Run it": the jar extracted, one training start
# that records the classes a start loads).
first_answer() {
  local started=$(date +%s%N)
  READOUT_DATA_DIR="$PWD/$work/pg" SERVER_PORT=$app_port MALLOC_ARENA_MAX=2 java $JVM_OPTIONS "$@" > "$work/start.log" 2>&1 &
  local pid=$!
  until curl -sf -o /dev/null "localhost:$app_port/"; do
    kill -0 $pid || { cat "$work/start.log"; exit 1; }
    sleep 0.1
  done
  echo "$(( ($(date +%s%N) - started) / 1000000 ))"
  kill $pid; wait $pid 2> /dev/null || true
}
kill $app_pid; wait $app_pid 2> /dev/null || true
rm -rf "$work/extracted"
java -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" > /dev/null
extracted_jar="$work/extracted/$(basename "$jar")"
READOUT_DATA_DIR="$PWD/$work/pg" SERVER_PORT=$app_port java $JVM_OPTIONS -XX:ArchiveClassesAtExit="$work/readout.jsa" \
  -Dspring.context.exit=onRefresh -jar "$extracted_jar" > "$work/training.log" 2>&1 || true
plain_ms=(); shared_ms=()
for round in 1 2; do
  plain_ms+=("$(first_answer -jar "$jar")")
  shared_ms+=("$(first_answer -XX:SharedArchiveFile="$work/readout.jsa" -jar "$extracted_jar")")
done
seconds_of() { awk "BEGIN { printf \"%.1f\", $1 / 1000 }"; }
echo "Start to first answer on this data directory (two starts each): $(seconds_of ${plain_ms[0]}) and $(seconds_of ${plain_ms[1]}) s with java -jar; $(seconds_of ${shared_ms[0]}) and $(seconds_of ${shared_ms[1]}) s with class data sharing." >> "$result"
echo "Results in $result"
cat "$result"

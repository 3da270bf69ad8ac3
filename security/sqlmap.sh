#!/usr/bin/env bash
# sqlmap (Debian's) against every kind of input that reaches SQL: the timeline's and the search page's query
# parameters, the same through the JSON API, a readout sent to the API as JSON, and the source and meeting forms
# (signed in, with their CSRF tokens). Runs the packaged application on a throwaway database under security/work.
# Exits non-zero if sqlmap identifies any injection point. Usage: security/sqlmap.sh [level, default 2]
set -euo pipefail
cd "$(dirname "$0")/.."
level="${1:-2}"
command -v sqlmap > /dev/null || apt-get install -y sqlmap
work=security/work
rm -rf "$work"
mkdir -p "$work"

./mvnw -B -q -DskipTests package
jar=$(ls target/readout-*.jar | grep -v plain | head -1)
port=8183
base="http://localhost:$port"
password="sqlmap-admin-password"
READOUT_DATA_DIR="$PWD/$work/pg" SERVER_PORT=$port READOUT_ADMIN_PASSWORD=$password \
  java -jar "$jar" > "$work/app.log" 2>&1 &
app_pid=$!
trap 'kill $app_pid 2> /dev/null || true' EXIT
until grep -q "Started ReadoutApplication" "$work/app.log"; do
  kill -0 $app_pid || { cat "$work/app.log"; exit 1; }
  sleep 1
done

# Sign in as the first admin, then create an API token on the account page.
cookies="$work/cookies"
csrf_of() { curl -s -c "$cookies" -b "$cookies" "$base$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//'; }
curl -s -c "$cookies" -b "$cookies" -o /dev/null --data-urlencode "username=admin" --data-urlencode "password=$password" \
  --data-urlencode "_csrf=$(csrf_of /login)" "$base/login"
# The first admin chooses their own password before anything else.
curl -s -c "$cookies" -b "$cookies" -o /dev/null --data-urlencode "currentPassword=$password" \
  --data-urlencode "newPassword=a passphrase chosen for sqlmap" \
  --data-urlencode "repeatedPassword=a passphrase chosen for sqlmap" \
  --data-urlencode "_csrf=$(csrf_of /account)" "$base/account/password"
session=$(awk '$6 == "READOUT_SESSION" { print $7 }' "$cookies")
token=$(curl -s -L -c "$cookies" -b "$cookies" --data-urlencode "name=sqlmap" --data-urlencode "_csrf=$(csrf_of /account)" \
  "$base/account/api-tokens" | grep -o 'readout_[A-Za-z0-9_-]*' | head -1)
[ -n "$session" ] && [ -n "$token" ] || { echo "Could not sign in or create a token"; exit 1; }

log="$work/sqlmap.log"
run() {
  echo "== sqlmap $*" | tee -a "$log"
  sqlmap --batch --disable-coloring --dbms=PostgreSQL --level="$level" --risk=1 --technique=BEUST --time-sec=2 \
    --output-dir="$work/sqlmap" --flush-session "$@" 2>&1 | tee -a "$log" | grep -E "injectable|identified|WARNING|CRITICAL" || true
}
run -u "$base/?q=taiwan&from=2023&to=2023-06&side=CN&official=11&topic=1&visit=1&channel=2&level=MINISTERS&order=NEWEST"
run -u "$base/search?q=taiwan"
run -u "$base/api/v1/meetings?q=taiwan&from=2023&to=2023-06&side=CN&official=11&topic=1&size=5"
run -u "$base/api/v1/search?q=fentanyl"
run -u "$base/api/v1/agreements?status=AGREED&topic=1"
run -u "$base/api/v1/meetings/3/readouts" --method POST \
  --headers="Authorization: Bearer $token"$'\n'"Content-Type: application/json" \
  --data '{"side":"CN","issuingBody":"Ministry of Foreign Affairs","publishedOn":"2023-06-19","title":"A readout","body":"Text.","characterisations":["candid"],"topicIds":[1],"sourceIds":[5]}'
# A session's CSRF token stays valid for the whole session, so one read from the form's page serves every request
# (sqlmap 1.7's own --csrf-url fetch sends the page request as a POST, which is refused).
run -u "$base/sources" --method POST --cookie "READOUT_SESSION=$session" --skip=_csrf,READOUT_SESSION \
  --data "publisher=Wire&label=A+report&publishedOn=2023-06-19&url=https%3A%2F%2Fexample.org%2Freport&_csrf=$(csrf_of /sources/new)"
run -u "$base/meetings" --method POST --cookie "READOUT_SESSION=$session" --skip=_csrf,READOUT_SESSION \
  --data "title=A+call&date=2023-07&format=PHONE_CALL&status=HELD&level=MINISTERS&summary=Talked.&participants%5B0%5D.officialId=11&participants%5B0%5D.side=CN&participants%5B0%5D.role=HOST&topicIds=1&channelId=2&_csrf=$(csrf_of /meetings/new)"

if grep -a "skipping to the next target" "$log" | grep -av "do not appear to be injectable"; then
  echo "sqlmap could not test a target: see $log"
  exit 1
fi
if grep -q "sqlmap identified the following injection point" "$log"; then
  echo "sqlmap found an injection point: see $log"
  exit 1
fi
echo "sqlmap found no injectable parameter ($(grep -c '^== sqlmap' "$log") targets); the full log is $log"

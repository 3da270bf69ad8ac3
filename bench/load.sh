#!/usr/bin/env bash
# Bulk-loads the synthetic record (generate.py) into a Readout database with COPY.
# Usage: bench/load.sh PSQL-CONNECTION-STRING   e.g. "host=localhost port=5432 user=postgres dbname=readout"
# Secondary indexes are dropped during the load and built again after it, which is much faster than
# maintaining them row by row.
set -euo pipefail
db="$1"
here="$(cd "$(dirname "$0")" && pwd)"
psql() { command psql -X -q -v ON_ERROR_STOP=1 "$db" "$@"; }

tables="official official_position meeting participant meeting_topic readout readout_characterisation readout_topic agreement agreement_status_change"
declare -A columns=(
  [official]="id, full_name, native_name, country, version"
  [official_position]="id, official_id, title, organisation, start_date, start_precision, end_date, end_precision"
  [meeting]="id, title, start_date, start_precision, local_time, time_zone, end_date, duration_minutes, city, country, venue, format, occasion, status, level, summary, visit_id, version, deleted_at, deleted_by, channel_id"
  [participant]="id, meeting_id, official_id, side, role"
  [meeting_topic]="meeting_id, topic_id"
  [readout]="id, meeting_id, side, issuing_body, published_on, title, body, version, deleted_at, deleted_by"
  [readout_characterisation]="readout_id, position, phrase"
  [readout_topic]="readout_id, topic_id"
  [agreement]="id, meeting_id, description, status, version"
  [agreement_status_change]="id, agreement_id, status, changed_on, note, source_id"
)
in_list="'$(echo $tables | sed "s/ /','/g")'"

psql -At -c "select indexdef || ';' from pg_indexes where schemaname = 'public' and tablename in ($in_list)
             and indexname not in (select conname from pg_constraint where contype in ('p', 'u'))" > "$here/work/indexes.sql"
psql -At -c "select 'drop index ' || indexname || ';' from pg_indexes where schemaname = 'public' and tablename in ($in_list)
             and indexname not in (select conname from pg_constraint where contype in ('p', 'u'))" | psql

for table in $tables; do
  started=$(date +%s)
  python3 "$here/generate.py" "$table" | psql -c "copy $table (${columns[$table]}) from stdin with (format csv)"
  echo "  $table: $(psql -At -c "select count(*) from $table") rows in $(( $(date +%s) - started )) s"
done

started=$(date +%s)
psql -f "$here/work/indexes.sql"
echo "  indexes built again in $(( $(date +%s) - started )) s"
for table in official official_position meeting participant readout agreement agreement_status_change; do
  psql -At -c "select setval(pg_get_serial_sequence('$table', 'id'), (select max(id) from $table))" > /dev/null
done
psql -c "vacuum analyze"

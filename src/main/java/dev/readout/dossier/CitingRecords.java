package dev.readout.dossier;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What on the record cites a source: meetings, statements, agreements and their status
 * changes, channels and tenures, each with where it is shown. Deleted meetings and
 * statements are not on record and cite nothing.
 */
@Component
class CitingRecords {

	private static final String CITING = """
			select 'MEETING' as kind, m.title as title, '/meetings/' || m.id as address, m.id as meeting_id, m.id as record_id
			from meeting_source ms join meeting_on_record m on m.id = ms.meeting_id where ms.source_id = :id
			union all
			select 'STATEMENT', r.title, '/meetings/' || r.meeting_id || '#readout-' || r.id, r.meeting_id, r.id
			from readout_source rs join readout_on_record r on r.id = rs.readout_id
			join meeting_on_record m on m.id = r.meeting_id where rs.source_id = :id
			union all
			select 'AGREEMENT', a.description, '/meetings/' || a.meeting_id || '#agreement-' || a.id, a.meeting_id, a.id
			from agreement a join meeting_on_record m on m.id = a.meeting_id
			where a.id in (select agreement_id from agreement_source where source_id = :id
			               union select agreement_id from agreement_status_change where source_id = :id)
			union all
			select 'CHANNEL', c.name, '/channels#channel-' || c.id, null, c.id from channel c where c.source_id = :id
			union all
			select 'TENURE', o.full_name || ': ' || p.title, '/officials/' || o.id, null, p.id
			from official_position p join official o on o.id = p.official_id
			where :id in (p.source_id, p.end_source_id)
			order by 1, 2""";

	private final JdbcClient jdbc;

	CitingRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<CitingRecord> of(long sourceId) {
		return this.jdbc.sql(CITING).param("id", sourceId).query(CitingRecord.class).list();
	}

	/**
	 * @param kind MEETING, STATEMENT, AGREEMENT, CHANNEL or TENURE
	 * @param address where the record is shown
	 * @param meetingId the meeting the record belongs to; null for channels and tenures
	 * @param recordId the citing record's own id
	 */
	record CitingRecord(String kind, String title, String address, Long meetingId, long recordId) {

		/** Meetings, statements and agreements can cite a passage of the source. */
		boolean citesPassages() {
			return "MEETING".equals(this.kind) || "STATEMENT".equals(this.kind) || "AGREEMENT".equals(this.kind);
		}

	}

}

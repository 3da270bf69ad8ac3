package dev.readout.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {

	@Query("""
			select m from Meeting m left join fetch m.visit left join fetch m.channel left join fetch m.topics
			where m.id = :id""")
	Optional<Meeting> findDetails(long id);

	/** Brings a deleted meeting back; 0 when there is no deleted meeting with this id. */
	@Modifying
	@Query(nativeQuery = true,
			value = "update meeting set deleted_at = null, deleted_by = null where id = :id and deleted_at is not null")
	int restore(long id);

	@Query(nativeQuery = true, value = """
			select m.id, m.title, m.deleted_at as deletedAt, m.deleted_by as deletedBy
			from meeting m where m.deleted_at is not null order by m.deleted_at desc""")
	List<DeletedMeeting> findDeleted();

	interface DeletedMeeting {

		Long getId();

		String getTitle();

		Instant getDeletedAt();

		String getDeletedBy();

	}

	/**
	 * The meeting with its participants, their officials and its visit. Only one
	 * collection is fetched: joining participants, topics and sources at once would
	 * repeat each participant once per topic and source.
	 */
	@Query("""
			select m from Meeting m left join fetch m.participants p left join fetch p.official
			left join fetch m.visit where m.id = :id""")
	Optional<Meeting> findWithParticipants(long id);

	/** The topics of these meetings, by name, as pairs of meeting id and topic name. */
	@Query("select new dev.readout.meeting.MeetingTopic(m.id, t.name) from Meeting m join m.topics t where m.id in :ids order by t.name")
	List<MeetingTopic> findTopics(Collection<Long> ids);

	/** The latest meeting on the timeline. */
	Optional<Meeting> findFirstByOrderByLocalStartDescIdDesc();

	@Query("select m from Meeting m where m.visit.id = :visitId order by m.localStart, m.id")
	List<Meeting> findByVisit(long visitId);

	@Query("select s.id from Meeting m join m.sources s where m.id = :id order by s.publishedOn, s.id")
	List<Long> findSourceIds(long id);

	/**
	 * The participants of these meetings with their officials and every position those
	 * officials held.
	 */
	@Query("""
			select p from Participant p join fetch p.official o left join fetch o.positions
			where p.meeting.id in :meetingIds""")
	List<Participant> findParticipants(Collection<Long> meetingIds);

	@Query("""
			select p from Participant p join fetch p.meeting m
			where p.official.id = :officialId order by m.localStart desc, m.id desc""")
	List<Participant> findParticipations(long officialId);

	/** The day of each official's latest contact held, as dated on record. */
	@Query(nativeQuery = true, value = """
			select p.official_id as officialId, max(m.start_date) as day
			from participant p join meeting_on_record m on m.id = p.meeting_id
			where m.status = 'HELD' group by p.official_id""")
	List<LatestContact> findLatestContactDays();

	interface LatestContact {

		long getOfficialId();

		LocalDate getDay();

	}

	/**
	 * The meetings an official took part in whose date (at its precision) starts between
	 * these days: the candidates for a record of the same contact from elsewhere.
	 */
	@Query("""
			select distinct m from Meeting m join m.participants p
			where p.official.id = :officialId and m.start.date between :from and :to""")
	List<Meeting> findWithParticipantStartingBetween(long officialId, LocalDate from, LocalDate to);

	/** Every meeting on record, by date, for exports of the whole record. */
	@Query("select m from Meeting m order by m.localStart, m.id")
	List<Meeting> findAllByDate();

	/** Which sources each meeting cites, read in bulk for exports. */
	@Query("select new dev.readout.meeting.MeetingSource(m.id, s.id) from Meeting m join m.sources s order by m.id, s.id")
	List<MeetingSource> findAllCitations();

	/**
	 * These meetings with their visits and their participants' officials, in one
	 * statement.
	 */
	@Query("""
			select distinct m from Meeting m left join fetch m.visit left join fetch m.participants p
			left join fetch p.official where m.id in :ids""")
	List<Meeting> findWithParticipants(Collection<Long> ids);

	/**
	 * The meetings of these visits with their participants' officials, in one statement.
	 */
	@Query("""
			select distinct m from Meeting m left join fetch m.participants p left join fetch p.official
			where m.visit.id in :visitIds order by m.localStart, m.id""")
	List<Meeting> findByVisits(Collection<Long> visitIds);

}

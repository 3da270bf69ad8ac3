package dev.readout.official;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OfficialRepository extends JpaRepository<Official, Long> {

	List<Official> findAllByOrderByFullName();

	@Query("select o from Official o left join fetch o.positions p left join fetch p.source left join fetch p.endSource where o.id = :id")
	Optional<Official> findWithPositions(long id);

	@Query("select o from Official o left join fetch o.positions order by o.fullName")
	List<Official> findAllWithPositions();

	@Query("select o.id from Official o order by o.fullName, o.id")
	Slice<Long> findIdsByName(Pageable page);

	@Query("select distinct o from Official o left join fetch o.positions where o.id in :ids order by o.fullName, o.id")
	List<Official> findWithPositions(Collection<Long> ids);

	/** The private citizens on record, who take part for no government. */
	@Query("select o.id from Official o where o.privatePerson")
	Set<Long> findPrivatePersonIds();

}

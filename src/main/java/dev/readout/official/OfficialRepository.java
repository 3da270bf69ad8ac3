package dev.readout.official;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OfficialRepository extends JpaRepository<Official, Long> {

	List<Official> findAllByOrderByFullName();

	@Query("select o from Official o left join fetch o.positions where o.id = :id")
	Optional<Official> findWithPositions(long id);

	@Query("select o from Official o left join fetch o.positions order by o.fullName")
	List<Official> findAllWithPositions();

}

package dev.readout.meeting;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VisitRepository extends JpaRepository<Visit, Long> {

	List<Visit> findAllByOrderByTitle();

}

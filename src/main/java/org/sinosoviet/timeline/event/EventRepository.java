package org.sinosoviet.timeline.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

public interface EventRepository extends Repository<Event, Long>, JpaSpecificationExecutor<Event> {

	@EntityGraph(attributePaths = "era")
	Optional<Event> findBySlug(String slug);

	@Override
	@EntityGraph(attributePaths = "era")
	Page<Event> findAll(Specification<Event> spec, Pageable pageable);

	@Override
	@EntityGraph(attributePaths = "era")
	List<Event> findAll(Specification<Event> spec, Sort sort);

	@Query("""
			select e.slug from Event e
			where e.startOn < :startOn or (e.startOn = :startOn and e.slug < :slug)
			order by e.startOn desc, e.slug desc""")
	List<String> findPrevious(LocalDate startOn, String slug, Pageable pageable);

	@Query("""
			select e.slug from Event e
			where e.startOn > :startOn or (e.startOn = :startOn and e.slug > :slug)
			order by e.startOn, e.slug""")
	List<String> findNext(LocalDate startOn, String slug, Pageable pageable);

}

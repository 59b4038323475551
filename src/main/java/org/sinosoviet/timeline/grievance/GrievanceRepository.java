package org.sinosoviet.timeline.grievance;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

public interface GrievanceRepository extends Repository<Grievance, Long> {

	Optional<Grievance> findBySlug(String slug);

	List<Grievance> findAll(Sort sort);

	List<Grievance> findBySlugIn(Collection<String> slugs);

}

package org.sinosoviet.timeline.actor;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.Repository;

public interface ActorRepository extends Repository<Actor, Long> {

	Optional<Actor> findBySlug(String slug);

	List<Actor> findAll(Sort sort);

	List<Actor> findBySlugIn(Collection<String> slugs);

}

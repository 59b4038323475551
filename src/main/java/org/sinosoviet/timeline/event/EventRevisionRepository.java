package org.sinosoviet.timeline.event;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface EventRevisionRepository extends Repository<EventRevision, Long> {

	EventRevision save(EventRevision revision);

	List<EventRevision> findByEventSlugOrderById(String eventSlug);

}

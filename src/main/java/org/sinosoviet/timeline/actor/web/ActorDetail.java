package org.sinosoviet.timeline.actor.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * An actor with how many events it takes part in and the eras in which those events start.
 */
record ActorDetail(@JsonUnwrapped ActorRepresentation actor, long eventCount, List<String> eras, long version,
		Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}

package org.sinosoviet.timeline.grievance.web;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.sinosoviet.timeline.event.web.CompactEvent;

/**
 * A grievance with its evidence events in compact form.
 */
record GrievanceDetail(@JsonUnwrapped GrievanceRepresentation grievance, List<CompactEvent> evidenceEvents,
		long version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {
}

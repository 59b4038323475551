package org.sinosoviet.timeline.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where an event happened: a name, and coordinates (WGS 84) where the place is known.
 */
@Embeddable
public record Location(@Column(name = "location_name") String name, @Column(name = "latitude") Double lat,
		@Column(name = "longitude") Double lon) {

	public boolean hasCoordinates() {
		return lat != null && lon != null;
	}

}
